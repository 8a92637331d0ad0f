import { contactsFor } from "../src/core/advice.js";
import { ACTIONS, type Action, type Lang } from "../src/core/model.js";
import { QUESTIONS, REQUIRED_QUESTIONS, type Answers, type SelfAssessment } from "../src/core/self-assessment.js";

export { langOfPath } from "./site.js";

/** Every string of the Self-assessment page that the self-assessment's own labels do not already hold: the same keys in each language. */
export const ASSESS_STRINGS = {
  en: {
    formHeading: "Your situation",
    requiredNote: "Questions marked “required” must be answered; the others count as not raising the risk when left out.",
    required: "required",
    privacy: "Your answers are not stored: they stay in this page's memory and are gone when you close or reload it.",
    roleFromProfile: "Filled in from the profile you entered on the Check or Review page (kept in this browser). An answer given here is for this self-assessment only.",
    textLabel: "The activity's wording (optional)",
    textHint: "Paste the post, comment or content you would share: Impartial checks it with the same rules as the Check page.",
    actionLabel: "What you would do with it (optional)",
    actionFromActivity: "Decide from the activity chosen above",
    actions: { post: "Post", comment: "Comment", reply: "Reply", share: "Share", like: "Like", follow: "Follow", profile: "Profile bio" } satisfies Record<Action, string>,
    submit: "See the result",
    errorHeading: "There is a problem",
    errorMissing: (question: string) => `Answer the question “${question}”`,
    errorInline: "Choose an answer.",
    errorText: "The activity's wording cannot be checked:",
    resultHeading: "Your result",
    levelPrefix: "Level of risk:",
    scoreOutOf: (score: number) => `Risk score: ${score} out of 100`,
    textHeading: "What Impartial finds in the wording",
    textLevel: "Level of the wording:",
    noFindings: "Nothing in the guidance stands against this wording.",
    suggestion: "Suggestion",
    contactsHeading: "Whom to contact",
    guidanceFor: "Guidance:",
    print: "Print this result",
    startOver: "Change my answers",
    colon: ": ",
    permission: "You have the right to do this, with the Public Service Commission's permission first.",
    permissionLevel: "Once permitted, how the other factors weigh:",
    outsidePart7: "Outside Part 7 of the Public Service Employment Act: the Values and Ethics Code applies.",
    assessedOn: (date: string, version: string) => `Assessed on ${date} with Impartial ${version}, an independent tool. Advice, not a ruling.`,
  },
  fr: {
    formHeading: "Votre situation",
    requiredNote: "Il faut répondre aux questions marquées « obligatoire »; une question laissée de côté est considérée comme n'augmentant pas le risque.",
    required: "obligatoire",
    privacy: "Vos réponses ne sont pas conservées : elles restent dans la mémoire de cette page et disparaissent quand vous la fermez ou la rechargez.",
    roleFromProfile: "Réponse tirée du profil que vous avez saisi à la page Vérifier ou Examiner (conservé dans ce navigateur). Une réponse donnée ici ne vaut que pour cette autoévaluation.",
    textLabel: "Le texte de l'activité (facultatif)",
    textHint: "Collez la publication, le commentaire ou le contenu que vous partageriez : Impartial le vérifie avec les mêmes règles que la page Vérifier.",
    actionLabel: "Ce que vous en feriez (facultatif)",
    actionFromActivity: "Déduire de l'activité choisie ci-dessus",
    actions: { post: "Publier", comment: "Commenter", reply: "Répondre", share: "Partager", like: "Aimer", follow: "Suivre", profile: "Biographie du profil" } satisfies Record<Action, string>,
    submit: "Voir le résultat",
    errorHeading: "Il y a un problème",
    errorMissing: (question: string) => `Répondez à la question « ${question} »`,
    errorInline: "Choisissez une réponse.",
    errorText: "Le texte de l'activité ne peut pas être vérifié :",
    resultHeading: "Votre résultat",
    levelPrefix: "Niveau de risque :",
    scoreOutOf: (score: number) => `Cote de risque : ${score} sur 100`,
    textHeading: "Ce qu'Impartial relève dans le texte",
    textLevel: "Niveau du texte :",
    noFindings: "Rien dans les lignes directrices ne s'oppose à ce texte.",
    suggestion: "Suggestion",
    contactsHeading: "Qui consulter",
    guidanceFor: "Lignes directrices :",
    print: "Imprimer ce résultat",
    startOver: "Modifier mes réponses",
    colon: " : ",
    permission: "Vous avez le droit de le faire, avec d'abord la permission de la Commission de la fonction publique.",
    permissionLevel: "Une fois la permission obtenue, le poids des autres facteurs :",
    outsidePart7: "Hors de la partie 7 de la Loi sur l'emploi dans la fonction publique : le Code de valeurs et d'éthique s'applique.",
    assessedOn: (date: string, version: string) => `Évalué le ${date} avec Impartial ${version}, un outil indépendant. Des conseils, pas une décision.`,
  },
} as const;

export type AssessStrings = (typeof ASSESS_STRINGS)[Lang];

/** The id of one answer's radio button; the first answer's is where an error link for its question leads. */
export function answerInputId(questionId: string, answerId: string): string {
  return `q-${questionId}-${answerId}`;
}

export function hintId(questionId: string): string {
  return `q-${questionId}-hint`;
}

export function errorId(questionId: string): string {
  return `q-${questionId}-error`;
}

export function isRequired(questionId: string): boolean {
  return (REQUIRED_QUESTIONS as readonly string[]).includes(questionId);
}

/** The form's radio values as answers: only known questions with one of their own answers, so a tampered form cannot throw. */
export function answersFromEntries(entries: Iterable<[string, unknown]>): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const [name, value] of entries) {
    const q = QUESTIONS.find((x) => x.id === name);
    if (q && typeof value === "string" && q.answers.some((a) => a.id === value)) answers[name] = value;
  }
  return answers;
}

/** What the page keeps while the tab is open, so the language toggle carries the answers to the other language's page. */
export interface AssessSession {
  answers: Record<string, string>;
  text: string;
  action: string;
}

export const ASSESS_SESSION_KEY = "impartial.assess.session";

/** A stored session, with only the answers that still exist kept; anything malformed is no session. */
export function parseAssessSession(stored: string | null): AssessSession | undefined {
  if (!stored) return undefined;
  try {
    const o = JSON.parse(stored) as Partial<AssessSession>;
    if (typeof o !== "object" || o === null || typeof o.answers !== "object" || o.answers === null || typeof o.text !== "string" || typeof o.action !== "string") return undefined;
    return { answers: answersFromEntries(Object.entries(o.answers)), text: o.text, action: actionFromValue(o.action) ?? "" };
  } catch {
    return undefined;
  }
}

/** The chosen action, or none when the box says "decide from the activity" or holds anything unknown. */
export function actionFromValue(value: string): Action | undefined {
  return (ACTIONS as readonly string[]).includes(value) ? (value as Action) : undefined;
}

export interface ErrorLink {
  question: string;
  href: string;
  text: string;
}

/** The error summary's links, in the order of the form: one per required question left unanswered. */
export function missingAnswers(answers: Answers, lang: Lang): ErrorLink[] {
  const t = ASSESS_STRINGS[lang];
  return QUESTIONS.filter((q) => isRequired(q.id) && answers[q.id] === undefined).map((q) => ({
    question: q.id,
    href: `#${answerInputId(q.id, q.answers[0]!.id)}`,
    text: t.errorMissing(q[lang]),
  }));
}

/** Every question with the answer given, or none, in the order asked: what the printed result shows. */
export function answeredList(answers: Answers, lang: Lang): { question: string; answer: string | undefined }[] {
  return QUESTIONS.map((q) => ({ question: q[lang], answer: q.answers.find((a) => a.id === answers[q.id])?.[lang] }));
}

/** Whom to ask about a political activity, then whoever the wording's findings add, each once. */
export function contactsOf(result: SelfAssessment): string[] {
  return [...new Set([...contactsFor(new Set(["partisan"]), {}, result.lang), ...(result.text?.contacts ?? [])])];
}

export { citation } from "../src/core/guidance/corpus.js";
