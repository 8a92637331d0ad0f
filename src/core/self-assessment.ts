// The political activity self-assessment: the PSC factors asked as questions, scored, and explained in the guidance's words.
// Pure and browser-safe: no I/O, so the CLI, the server and the page share it.

import { guidanceRef } from "./guidance/corpus.js";
import { assess, InputError } from "./engine.js";
import { BilingualError, type Message } from "./message.js";
import { isAction, type Action, type Assessment, type Context, type GuidanceRef, type Lang } from "./model.js";

export type SelfAssessmentLevel = "low" | "moderate" | "high";
export const SELF_ASSESSMENT_LEVELS = ["low", "moderate", "high"] as const satisfies readonly SelfAssessmentLevel[];

export interface Bilingual {
  en: string;
  fr: string;
}

export interface Answer extends Bilingual {
  id: string;
  /** Points this answer adds to the risk; 0 when it does not raise it. */
  weight: number;
  /** A more exact statement than the question's factor, when the answer has one. */
  guidance?: string;
  /** Why this answer matters, when it says more than the question's why. */
  why?: Bilingual;
}

export interface Question extends Bilingual {
  id: string;
  /** The guidance statement the question asks about. */
  factor: string;
  why: Bilingual;
  answers: readonly Answer[];
}

const YES_NO_FR = { no: "Non", yes: "Oui" };

export const QUESTIONS: readonly Question[] = Object.freeze([
  {
    id: "activity",
    factor: "psc.consider.activities",
    en: "What do you want to do?",
    fr: "Que voulez-vous faire?",
    why: {
      en: "The guidance weighs the nature of the activity: informing yourself is encouraged, supporting or opposing a party or candidate is a political activity.",
      fr: "Les lignes directrices tiennent compte de la nature de l'activité : s'informer est encouragé, appuyer un parti, un candidat ou une candidate, ou s'y opposer, est une activité politique.",
    },
    answers: [
      {
        id: "vote",
        en: "Vote in an election",
        fr: "Voter à une élection",
        weight: 0,
        guidance: "psc.deputy-heads",
        why: { en: "Voting is open to every public servant, deputy heads included.", fr: "Voter est permis à tous les fonctionnaires, y compris les administrateurs généraux et administratrices générales." },
      },
      {
        id: "inform",
        en: "Inform yourself as a voter: follow parties or candidates, watch debates or town halls",
        fr: "Vous informer avant de voter : suivre des partis, des candidats et des candidates, regarder des débats ou des assemblées publiques",
        weight: 0,
        guidance: "psc.do.inform-yourself",
        why: { en: "Informing yourself as a voter is one of the guidance's dos.", fr: "S'informer avant de voter fait partie de ce que les lignes directrices recommandent." },
      },
      {
        id: "like-share",
        en: "Like, share or forward a political post",
        fr: "Aimer, partager ou transférer une publication politique",
        weight: 2,
        guidance: "tbs.risk.risky.partisan-content",
        why: { en: "Liking or sharing is engaging with partisan content, even without a comment.", fr: "Aimer ou partager, c'est interagir avec du contenu partisan, même sans commentaire." },
      },
      {
        id: "comment",
        en: "Comment on a party, candidate, leader or campaign",
        fr: "Commenter au sujet d'un parti, d'un candidat ou d'une candidate, d'un chef ou d'une campagne",
        weight: 3,
        guidance: "tbs.risk.risky.commenting-government",
        why: { en: "A comment is your own words in support or opposition, visible to others.", fr: "Un commentaire, ce sont vos propres mots pour appuyer ou vous opposer, visibles par d'autres." },
      },
      {
        id: "create",
        en: "Create political content (a post, video or blog supporting or opposing a party or candidate)",
        fr: "Créer du contenu politique (publication, vidéo ou blogue pour ou contre un parti, un candidat ou une candidate)",
        weight: 4,
        guidance: "psc.consider.activities",
      },
      {
        id: "sign",
        en: "Display an electoral sign on your lawn, balcony or window",
        fr: "Installer une affiche électorale sur votre terrain, votre balcon ou votre fenêtre",
        weight: 2,
        guidance: "psc.consider.activities",
        why: {
          en: "A sign shows your support to your neighbours and to anyone who knows where you live; the PSC names it among political activities.",
          fr: "Une affiche montre votre appui à vos voisins et à quiconque sait où vous habitez; la CFP la nomme parmi les activités politiques.",
        },
      },
      {
        id: "donate",
        en: "Contribute funds to a party or candidate",
        fr: "Verser une contribution à un parti, à un candidat ou à une candidate",
        weight: 2,
        guidance: "psc.consider.activities",
        why: {
          en: "A contribution is a political activity, and contributors' names can be published by elections agencies.",
          fr: "Une contribution est une activité politique, et les organismes électoraux peuvent publier le nom des donateurs.",
        },
      },
      {
        id: "attend",
        en: "Attend a political rally, meeting or fundraiser",
        fr: "Assister à un rassemblement, une réunion ou une activité de financement politique",
        weight: 2,
        guidance: "psc.consider.activities",
        why: {
          en: "Attending is open to you; being seen or photographed there, or speaking, makes your support visible.",
          fr: "Y assister vous est permis; y être vu ou photographié, ou y prendre la parole, rend votre appui visible.",
        },
      },
      {
        id: "nomination-papers",
        en: "Sign a candidate's nomination papers",
        fr: "Signer les documents de mise en candidature d'un candidat ou d'une candidate",
        weight: 2,
        guidance: "psc.consider.activities",
        why: {
          en: "Signing nomination papers supports a candidate's candidacy: a political activity, though a limited one.",
          fr: "Signer des documents de mise en candidature appuie la candidature de quelqu'un : une activité politique, quoique limitée.",
        },
      },
      {
        id: "campaign",
        en: "Volunteer for a party or candidate: canvass, phone, drive voters, fundraise",
        fr: "Faire du bénévolat pour un parti, un candidat ou une candidate : porte-à-porte, appels, transport de personnes vers le bureau de vote, collecte de fonds",
        weight: 5,
        guidance: "psc.scope.political-activity",
      },
      {
        id: "seek-nomination",
        en: "Seek a party's nomination",
        fr: "Briguer l'investiture d'un parti",
        weight: 6,
        guidance: "psc.balance.right",
        why: {
          en: "You have the right to seek a nomination; the PSC's permission is needed first.",
          fr: "Vous avez le droit de briguer une investiture; il faut d'abord la permission de la CFP.",
        },
      },
      {
        id: "candidate",
        en: "Be a candidate in an election",
        fr: "Être candidat ou candidate à une élection",
        weight: 6,
        guidance: "psc.balance.right",
        why: {
          en: "You have the right to be a candidate; the PSC's permission is needed first, and leave without pay for a federal, provincial or territorial election.",
          fr: "Vous avez le droit d'être candidat ou candidate; il faut d'abord la permission de la CFP, et un congé sans solde pour une élection fédérale, provinciale ou territoriale.",
        },
      },
    ],
  },
  {
    id: "jurisdiction",
    factor: "psc.scope.part-7",
    en: "At which level of government is the election, party or candidate?",
    fr: "À quel ordre de gouvernement se rattache l'élection, le parti, le candidat ou la candidate?",
    why: {
      en: "Part 7 of the Public Service Employment Act covers federal, provincial, territorial and municipal politics; school boards and band councils are outside it.",
      fr: "La partie 7 de la Loi sur l'emploi dans la fonction publique vise la politique fédérale, provinciale, territoriale et municipale; les conseils scolaires et les conseils de bande n'en relèvent pas.",
    },
    answers: [
      { id: "federal", en: "Federal", fr: "Fédéral", weight: 1 },
      { id: "provincial", en: "Provincial or territorial", fr: "Provincial ou territorial", weight: 0 },
      { id: "municipal", en: "Municipal", fr: "Municipal", weight: 0 },
      {
        id: "outside-part-7",
        en: "A school board or a band council",
        fr: "Un conseil scolaire ou un conseil de bande",
        weight: 0,
        guidance: "psc.other-activities.values-code",
        why: {
          en: "Seeking nomination or being a candidate for a school board or band council is outside Part 7: no PSC permission is needed, but the Values and Ethics Code and your department's code of conduct still apply.",
          fr: "Briguer l'investiture ou être candidat ou candidate à un conseil scolaire ou à un conseil de bande ne relève pas de la partie 7 : aucune permission de la CFP n'est requise, mais le Code de valeurs et d'éthique et le code de conduite de votre ministère s'appliquent toujours.",
        },
      },
    ],
  },
  {
    id: "role",
    factor: "tbs.role.visibility",
    en: "What is your position?",
    fr: "Quel est votre poste?",
    why: {
      en: "The more senior or visible your role, the more weight and scrutiny your activity carries.",
      fr: "Plus votre rôle est élevé ou visible, plus votre activité a de poids et attire l'attention.",
    },
    answers: [
      { id: "employee", en: "Employee", fr: "Employé ou employée", weight: 0 },
      { id: "manager", en: "Manager or supervisor", fr: "Gestionnaire ou superviseur", weight: 2 },
      { id: "executive", en: "Executive (EX or equivalent)", fr: "Cadre (EX ou l'équivalent)", weight: 4 },
      {
        id: "deputy-head",
        en: "Deputy head",
        fr: "Administrateur général ou administratrice générale",
        weight: 6,
        guidance: "psc.deputy-heads",
        why: { en: "A deputy head may engage in no political activity other than voting.", fr: "Un administrateur général ou une administratrice générale ne peut exercer aucune activité politique autre que voter." },
      },
    ],
  },
  {
    id: "mandate",
    factor: "psc.factor.mandate",
    en: "Is your department's mandate linked to issues in the party's platform or the campaign?",
    fr: "Le mandat de votre ministère est-il lié à des enjeux de la plateforme du parti ou de la campagne?",
    why: {
      en: "When your department's mandate is a platform issue, your activity can look like a view on work you are part of.",
      fr: "Quand le mandat de votre ministère est un enjeu de plateforme, votre activité peut sembler être une opinion sur un travail auquel vous participez.",
    },
    answers: [
      { id: "no", en: "No", fr: YES_NO_FR.no, weight: 0 },
      { id: "unsure", en: "Not sure", fr: "Je ne sais pas", weight: 1 },
      { id: "yes", en: "Yes", fr: YES_NO_FR.yes, weight: 3, guidance: "psc.factor.platform-links" },
    ],
  },
  {
    id: "direct-service",
    factor: "psc.factor.direct-service",
    en: "Do you provide direct service to the public?",
    fr: "Offrez-vous des services directs au public?",
    why: {
      en: "People you serve must be able to trust they are treated fairly, whatever their political views.",
      fr: "Les personnes que vous servez doivent pouvoir croire qu'elles sont traitées équitablement, quelles que soient leurs opinions politiques.",
    },
    answers: [
      { id: "no", en: "No", fr: YES_NO_FR.no, weight: 0 },
      { id: "yes", en: "Yes", fr: YES_NO_FR.yes, weight: 2 },
    ],
  },
  {
    id: "influence",
    factor: "psc.factor.influence",
    en: "How much influence do you have over government decisions and direction (policy advice, briefing senior officials or ministers)?",
    fr: "Quelle influence avez-vous sur les décisions et l'orientation du gouvernement (conseils stratégiques, breffages de hauts fonctionnaires ou de ministres)?",
    why: {
      en: "Impartial advice to ministers is what a non-partisan public service protects.",
      fr: "Des conseils impartiaux aux ministres, c'est ce que protège une fonction publique non partisane.",
    },
    answers: [
      { id: "none", en: "None or little", fr: "Aucune ou peu", weight: 0 },
      { id: "some", en: "Some", fr: "Une certaine influence", weight: 2 },
      { id: "significant", en: "Significant", fr: "Une influence importante", weight: 4 },
    ],
  },
  {
    id: "authorities",
    factor: "psc.factor.authorities",
    en: "Do you hold decision-making, staffing or financial authorities?",
    fr: "Détenez-vous des pouvoirs décisionnels, de dotation ou financiers?",
    why: {
      en: "People affected by your decisions may question your impartiality if you take sides in public.",
      fr: "Les personnes touchées par vos décisions pourraient douter de votre impartialité si vous prenez parti en public.",
    },
    answers: [
      { id: "no", en: "No", fr: YES_NO_FR.no, weight: 0 },
      { id: "yes", en: "Yes", fr: YES_NO_FR.yes, weight: 2 },
    ],
  },
  {
    id: "official-dealings",
    factor: "psc.factor.official-interaction",
    en: "In your job, do you deal officially with the people, businesses, associations or groups involved in this issue or campaign?",
    fr: "Dans votre travail, traitez-vous officiellement avec les personnes, entreprises, associations ou groupes concernés par cet enjeu ou cette campagne?",
    why: {
      en: "Those you deal with officially could see your activity as taking their side, or the other side.",
      fr: "Ceux avec qui vous traitez officiellement pourraient voir dans votre activité un parti pris pour eux, ou contre eux.",
    },
    answers: [
      { id: "no", en: "No", fr: YES_NO_FR.no, weight: 0 },
      { id: "yes", en: "Yes", fr: YES_NO_FR.yes, weight: 4, guidance: "psc.factor.duties-political" },
    ],
  },
  {
    id: "identifiable",
    factor: "psc.factor.visibility",
    en: "Can people tell from your account or profile that you are a public servant?",
    fr: "Peut-on savoir, d'après votre compte ou votre profil, que vous êtes fonctionnaire?",
    why: {
      en: "Being identifiable as a public servant online can increase the level of risk.",
      fr: "Le fait d'être identifiable en ligne comme fonctionnaire peut accroître le niveau de risque.",
    },
    answers: [
      { id: "no", en: "No", fr: YES_NO_FR.no, weight: 0 },
      { id: "yes", en: "Yes", fr: YES_NO_FR.yes, weight: 2, guidance: "psc.other.online-visibility" },
    ],
  },
  {
    id: "followers",
    factor: "psc.other.online-visibility",
    en: "How many friends or followers do you have?",
    fr: "Combien de personnes vous suivent (amis et personnes abonnées)?",
    why: {
      en: "A higher number of friends or followers can increase the level of risk.",
      fr: "Plus il y a de personnes qui vous suivent, plus le niveau de risque peut augmenter.",
    },
    answers: [
      { id: "few", en: "Fewer than 500", fr: "Moins de 500", weight: 0 },
      { id: "some", en: "500 to 5,000", fr: "De 500 à 5 000", weight: 1 },
      { id: "many", en: "More than 5,000", fr: "Plus de 5 000", weight: 3 },
    ],
  },
  {
    id: "election",
    factor: "tbs.scenario.election-period",
    en: "Is an election period under way?",
    fr: "Une période électorale est-elle en cours?",
    why: {
      en: "During an election period a like or a share is more readily read as support for a party.",
      fr: "En période électorale, un « j'aime » ou un partage est plus facilement perçu comme un appui à un parti.",
    },
    answers: [
      { id: "no", en: "No", fr: YES_NO_FR.no, weight: 0 },
      { id: "yes", en: "Yes", fr: YES_NO_FR.yes, weight: 2 },
    ],
  },
  {
    id: "when",
    factor: "psc.dont.work-hours-resources",
    en: "When and with what would you do it?",
    fr: "Quand et avec quoi le feriez-vous?",
    why: {
      en: "No political activity during working hours, on government premises or using government resources, including mobile devices.",
      fr: "Aucune activité politique pendant les heures de travail, dans les locaux du gouvernement ou au moyen de ressources gouvernementales, y compris les appareils mobiles.",
    },
    answers: [
      { id: "own-time", en: "On my own time, with my own device", fr: "Sur mon temps personnel, avec mon propre appareil", weight: 0 },
      { id: "work-hours", en: "During working hours", fr: "Pendant les heures de travail", weight: 0 },
      { id: "premises", en: "On government premises", fr: "Dans les locaux du gouvernement", weight: 0 },
      { id: "government-device", en: "With a government device or network", fr: "Avec un appareil ou un réseau du gouvernement", weight: 0 },
    ],
  },
]);

const QUESTIONS_BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

/** The questions that must be answered; the others count as not raising the risk when left out. */
export const REQUIRED_QUESTIONS = ["activity", "role"] as const;

export type Answers = Readonly<Record<string, string>>;

export interface ParsedAnswers {
  answers: Record<string, string>;
  /** The words of the activity, judged by the engine when given. */
  text?: string;
  action?: Action;
}

/** Bad answers: every message names the question and the answers it allows. */
export class AnswersError extends BilingualError {
  override name = "AnswersError";
  constructor(readonly messages: readonly Message[]) {
    super({ en: messages.map((m) => m.en).join("\n"), fr: messages.map((m) => m.fr).join("\n") });
  }

  /** The problems in English, one a line of `message`. */
  get problems(): readonly string[] {
    return this.problemsIn("en");
  }

  /** The problems in one language, for a surface that speaks it. */
  problemsIn(lang: Lang): string[] {
    return this.messages.map((m) => m[lang]);
  }
}

function allowed(q: Question, lang: Lang = "en"): string {
  return q.answers.map((a) => (lang === "fr" ? `« ${a.id} »` : `"${a.id}"`)).join(", ");
}

/** The problem with an answer, naming the question and what it allows. */
function allowedBoth(q: Question, en: string, fr: string): Message {
  return { en: `${en}; allowed: ${allowed(q)}`, fr: `${fr}; réponses permises : ${allowed(q, "fr")}` };
}

/** Checks answers against the questionnaire; throws an AnswersError listing every problem. */
export function validateAnswers(answers: Answers): void {
  const problems: Message[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const q = QUESTIONS_BY_ID.get(id);
    if (!q) {
      problems.push({
        en: `unknown question "${id}": the questions are ${QUESTIONS.map((x) => `"${x.id}"`).join(", ")}`,
        fr: `question inconnue « ${id} » : les questions sont ${QUESTIONS.map((x) => `« ${x.id} »`).join(", ")}`,
      });
    } else if (!q.answers.some((a) => a.id === value)) {
      problems.push(allowedBoth(q, `question "${id}": "${String(value)}" is not an answer`, `question « ${id} » : « ${String(value)} » n'est pas une réponse`));
    }
  }
  for (const id of REQUIRED_QUESTIONS) {
    if (answers[id] === undefined) problems.push(allowedBoth(QUESTIONS_BY_ID.get(id)!, `question "${id}" is not answered`, `la question « ${id} » est sans réponse`));
  }
  if (problems.length > 0) throw new AnswersError(problems);
}

/** Reads `{ questionId: answerId, …, "text"?: "…", "action"?: "…" }` from JSON text. */
export function parseAnswers(json: string): ParsedAnswers {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new AnswersError([{ en: `the answers are not JSON: ${(e as Error).message}`, fr: `les réponses ne sont pas du JSON : ${(e as Error).message}` }]);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    const example = '{"activity": "like-share", "role": "employee"}';
    throw new AnswersError([{ en: `the answers must be a JSON object such as ${example}`, fr: `les réponses doivent être un objet JSON comme ${example}` }]);
  }
  const problems: Message[] = [];
  const out: ParsedAnswers = { answers: {} };
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === "text") {
      if (typeof v !== "string") problems.push({ en: '"text" must be a string: the words of the post, comment or share', fr: "« text » doit être une chaîne de caractères : les mots de la publication, du commentaire ou du partage" });
      else out.text = v;
    } else if (key === "action") {
      if (!isAction(v)) {
        problems.push({
          en: `"action" must be one of post, comment, reply, share, like, follow, profile, not ${JSON.stringify(v)}`,
          fr: `« action » doit être l'une des valeurs post, comment, reply, share, like, follow, profile, pas ${typeof v === "string" ? `« ${v} »` : JSON.stringify(v)}`,
        });
      }
      else out.action = v;
    } else if (typeof v !== "string") {
      const q = QUESTIONS_BY_ID.get(key);
      problems.push(q ? allowedBoth(q, `question "${key}": the answer must be a string`, `question « ${key} » : la réponse doit être une chaîne de caractères`) : { en: `unknown question "${key}"`, fr: `question inconnue « ${key} »` });
    } else out.answers[key] = v;
  }
  try {
    validateAnswers(out.answers);
  } catch (e) {
    if (e instanceof AnswersError) problems.push(...e.messages);
    else throw e;
  }
  if (problems.length > 0) throw new AnswersError(problems);
  return out;
}

export interface Driver {
  /** The question id, or "text" for a finding of the engine on the activity's words. */
  question: string;
  /** The answer id, or the engine's rule id. */
  answer: string;
  /** The question and answer as shown to the user. */
  questionText: string;
  answerText: string;
  why: string;
  guidance: GuidanceRef;
  weight: number;
}

export interface NextStep {
  id: string;
  text: string;
  guidance?: string;
}

export interface SelfAssessment {
  level: SelfAssessmentLevel;
  /** 0–100: low 0–33, moderate 34–66, high 67–100, as the engine's score. */
  score: number;
  drivers: Driver[];
  next: NextStep[];
  /** Questions left unanswered, counted as not raising the risk. */
  unanswered: string[];
  /** The engine's judgement of the text, when one was given. */
  text?: Assessment;
  /**
   * Seeking nomination or being a candidate (outside school boards and band councils): a right that needs the PSC's
   * permission first, whatever the level says; the result leads with that.
   */
  permissionNeeded: boolean;
  /** A school board or band council: outside Part 7 of the PSEA, under the Values and Ethics Code only. */
  outsidePart7: boolean;
  lang: Lang;
}

export interface SelfAssessOptions {
  text?: string;
  action?: Action;
  lang: Lang;
}

/** Points at or above which the weighed factors make a political activity high risk. */
export const HIGH_POINTS = 12;
const BASE = { low: 0, moderate: 34, high: 67 } as const;
const CEILING = { low: 33, moderate: 66, high: 100 } as const;
const RANK = { low: 0, moderate: 1, high: 2 } as const;

const WORKPLACE_ANSWERS = new Set(["work-hours", "premises", "government-device"]);
const INFORMING = new Set(["vote", "inform"]);

function ref(id: string, lang: Lang): GuidanceRef {
  return guidanceRef(id, lang);
}

function driverOf(q: Question, a: Answer, lang: Lang, why?: Bilingual): Driver {
  return {
    question: q.id,
    answer: a.id,
    questionText: q[lang],
    answerText: a[lang],
    why: (why ?? a.why ?? q.why)[lang],
    guidance: ref(a.guidance ?? q.factor, lang),
    weight: a.weight,
  };
}

const ACTION_OF: Record<string, Action> = { vote: "post", inform: "follow", "like-share": "share", comment: "comment", create: "post", campaign: "post", candidate: "post", "seek-nomination": "post" };
/** Seeking nomination and candidacy: a right, exercised with the PSC's permission. */
const CANDIDACY = new Set(["seek-nomination", "candidate"]);
const FOLLOWERS_OF: Record<string, number> = { few: 100, some: 1000, many: 10000 };

/** What the answers say about the context, for the engine's judgement of the text. */
function contextOf(answers: Answers): Context {
  const context: Context = {};
  const role = answers.role;
  if (role === "employee" || role === "manager" || role === "executive" || role === "deputy-head") context.role = role;
  if (answers.identifiable === "yes") context.identifiable = true;
  const followers = answers.followers && FOLLOWERS_OF[answers.followers];
  if (followers) context.followers = followers;
  if (answers.election === "yes") context.electionPeriod = true;
  if (answers.when === "work-hours" || answers.when === "premises") context.workHours = true;
  if (answers.when === "government-device") context.governmentDevice = true;
  return context;
}

/** Weighs the answers (and the activity's words, when given) against the PSC factors and the TBS guidance. */
export function selfAssess(answers: Answers, options: SelfAssessOptions): SelfAssessment {
  validateAnswers(answers);
  const { lang } = options;
  const chosen = QUESTIONS.flatMap((q) => {
    const a = q.answers.find((x) => x.id === answers[q.id]);
    return a ? [{ q, a }] : [];
  });
  const activity = answers.activity!;
  const activityQ = QUESTIONS_BY_ID.get("activity")!;
  const activityA = activityQ.answers.find((a) => a.id === activity)!;
  const informing = INFORMING.has(activity);
  const drivers: Driver[] = [driverOf(activityQ, activityA, lang)];
  const fixed: Driver[] = [];

  let level: SelfAssessmentLevel;
  const points = chosen.reduce((sum, { a }) => sum + a.weight, 0);
  const outsidePart7 = answers.jurisdiction === "outside-part-7";
  if (informing) level = "low";
  else if (outsidePart7) {
    // School boards and band councils are outside Part 7: the Values and Ethics Code still keeps them off work time.
    level = "low";
    drivers.push(driverOf(QUESTIONS_BY_ID.get("jurisdiction")!, QUESTIONS_BY_ID.get("jurisdiction")!.answers.find((a) => a.id === "outside-part-7")!, lang));
    const when = chosen.find(({ q }) => q.id === "when");
    if (when && WORKPLACE_ANSWERS.has(when.a.id)) {
      level = "high";
      fixed.push(driverOf(when.q, when.a, lang));
    }
  } else {
    // Any support or opposition is engaging with partisan content: at least moderate (TBS "Risky").
    level = points >= HIGH_POINTS ? "high" : "moderate";
    const role = chosen.find(({ q }) => q.id === "role")!;
    if (role.a.id === "deputy-head") {
      level = "high";
      fixed.push(driverOf(role.q, role.a, lang));
    }
    const when = chosen.find(({ q }) => q.id === "when");
    if (when && WORKPLACE_ANSWERS.has(when.a.id)) {
      level = "high";
      fixed.push(driverOf(when.q, when.a, lang));
    }
  }
  const permissionNeeded = CANDIDACY.has(activity) && !outsidePart7;
  const weighed = chosen
    .filter(({ q, a }) => q.id !== "activity" && a.weight > 0 && !fixed.some((d) => d.question === q.id))
    .sort((x, y) => y.a.weight - x.a.weight)
    .map(({ q, a }) => driverOf(q, a, lang));
  drivers.push(...fixed, ...(informing || outsidePart7 ? [] : weighed));

  let textAssessment: Assessment | undefined;
  if (options.text !== undefined && options.text.trim() !== "") {
    try {
      textAssessment = assess({ text: options.text, action: options.action ?? ACTION_OF[activity] ?? "post", context: contextOf(answers) }, { lang });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      throw new AnswersError([{ en: `"text": ${e.text.en}`, fr: `« text » : ${e.text.fr}` }]);
    }
    const fromText: SelfAssessmentLevel = textAssessment.level === "inappropriate" ? "high" : textAssessment.level === "risky" ? "moderate" : "low";
    if (RANK[fromText] > RANK[level]) level = fromText;
    for (const f of textAssessment.findings) {
      if (f.level === "appropriate" || !f.guidance[0]) continue;
      drivers.push({
        question: "text",
        answer: f.rule,
        questionText: lang === "fr" ? "Le texte de l'activité" : "The activity's words",
        answerText: f.message,
        why: f.suggestion ?? f.message,
        guidance: f.guidance[0],
        weight: f.level === "inappropriate" ? 6 : 3,
      });
    }
  }

  const score = Math.min(CEILING[level], BASE[level] + (informing ? 0 : Math.round((points * 33) / (HIGH_POINTS * 2))));
  const unanswered = QUESTIONS.filter((q) => answers[q.id] === undefined).map((q) => q.id);
  const result: SelfAssessment = { level, score, drivers, next: nextSteps(level, answers, lang), unanswered, permissionNeeded, outsidePart7, lang };
  if (textAssessment) result.text = textAssessment;
  return result;
}

const STEPS = {
  outsidePart7: {
    guidance: "psc.other-activities.values-code",
    en: "School boards and band councils are outside Part 7 of the Public Service Employment Act: the PSC's permission is not needed, but weigh the activity against the Values and Ethics Code and your department's code of conduct, and tell your manager if it could touch your duties.",
    fr: "Les conseils scolaires et les conseils de bande ne relèvent pas de la partie 7 de la Loi sur l'emploi dans la fonction publique : la permission de la CFP n'est pas requise, mais évaluez l'activité à la lumière du Code de valeurs et d'éthique et du code de conduite de votre ministère, et informez votre gestionnaire si elle pourrait toucher vos fonctions.",
  },
  candidate: {
    guidance: "psc.scope.part-7",
    en: "You have the right to seek nomination and to be a candidate. The PSC requires you to request and obtain its permission before you seek nomination or are a candidate in a federal, provincial, territorial or municipal election. Being a candidate in a federal, provincial or territorial election also requires a leave of absence without pay during the election period; for a municipal election the PSC may require one. Ask before you start.",
    fr: "Vous avez le droit de briguer l'investiture et d'être candidat ou candidate. La CFP exige que vous demandiez et obteniez sa permission avant de briguer l'investiture ou de vous présenter à une élection fédérale, provinciale, territoriale ou municipale. Se présenter à une élection fédérale, provinciale ou territoriale exige aussi un congé sans solde pendant la période électorale; pour une élection municipale, la CFP peut en exiger un. Renseignez-vous avant de commencer.",
  },
  deputyHead: {
    guidance: "psc.deputy-heads",
    en: "As a deputy head, keep to voting: any other political activity is not open to you.",
    fr: "En tant qu'administrateur général ou administratrice générale, limitez-vous à voter : toute autre activité politique vous est interdite.",
  },
  workplace: {
    guidance: "psc.dont.work-hours-resources",
    en: "Keep any political activity off working hours, government premises and government devices or networks.",
    fr: "Tenez toute activité politique à l'écart des heures de travail, des locaux du gouvernement et des appareils ou réseaux du gouvernement.",
  },
  high: {
    guidance: "psc.dont.impairs-impartiality",
    en: "Do not go ahead before you have talked it over with your designated political activities representative.",
    fr: "N'allez pas de l'avant avant d'en avoir discuté avec la personne désignée pour les activités politiques dans votre organisation.",
  },
  moderate: {
    guidance: "psc.balance.permitted",
    en: "Ask yourself whether the activity could be perceived as impairing your ability to do your duties impartially; if in doubt, ask before you act.",
    fr: "Demandez-vous si l'activité pourrait être perçue comme portant atteinte à votre capacité d'exercer vos fonctions de façon impartiale; en cas de doute, demandez avant d'agir.",
  },
  low: {
    guidance: "psc.do.inform-yourself",
    en: "Informing yourself as a voter and voting are open to every public servant. Liking, sharing or commenting would be a different activity: assess it again.",
    fr: "S'informer avant de voter et voter sont permis à tous les fonctionnaires. Aimer, partager ou commenter serait une autre activité : évaluez-la de nouveau.",
  },
  disclaimer: {
    guidance: "psc.other.disclaimer",
    en: "A disclaimer such as “my opinions are my own” may not be enough to address the risk.",
    fr: "Un avertissement comme « mes opinions n'engagent que moi » pourrait ne pas suffire à atténuer le risque.",
  },
  footprint: {
    guidance: "psc.other.digital-footprint",
    en: "Online messages can become permanent: think of how it will read years from now.",
    fr: "Les messages en ligne peuvent devenir permanents : pensez à la façon dont ce sera lu dans quelques années.",
  },
  representative: {
    guidance: "psc.support.representative",
    en: "Contact your designated political activities representative.",
    fr: "Communiquez avec la personne désignée pour les activités politiques dans votre organisation.",
  },
  pscTool: {
    guidance: "psc.support.self-assessment",
    en: "Use the PSC's Political Activities Self-Assessment Tool: it is the official tool, and this one only advises.",
    fr: "Utilisez l'Outil d'autoévaluation des activités politiques de la CFP : c'est l'outil officiel, celui-ci ne fait que conseiller.",
  },
} as const satisfies Record<string, Bilingual & { guidance: string }>;

function nextSteps(level: SelfAssessmentLevel, answers: Answers, lang: Lang): NextStep[] {
  const ids: (keyof typeof STEPS)[] = [];
  const informing = INFORMING.has(answers.activity ?? "");
  const candidacy = CANDIDACY.has(answers.activity ?? "");
  if (candidacy && answers.jurisdiction === "outside-part-7") ids.push("outsidePart7");
  else if (candidacy) ids.push("candidate");
  if (!informing && answers.role === "deputy-head") ids.push("deputyHead");
  if (!informing && answers.when !== undefined && WORKPLACE_ANSWERS.has(answers.when)) ids.push("workplace");
  if (!(level === "low" && answers.jurisdiction === "outside-part-7")) ids.push(level);
  if (level !== "low") ids.push("disclaimer", "footprint");
  ids.push("representative", "pscTool");
  return ids.map((id) => ({ id, text: STEPS[id][lang], guidance: STEPS[id].guidance }));
}
