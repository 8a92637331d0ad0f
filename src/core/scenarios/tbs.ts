import { guidanceById } from "../guidance/corpus.js";
import type { Bilingual, Scenario } from "./types.js";

const TBS = "tbs-personal-use-best-practices";

/** The statement's own words: the English as published, the French our unofficial translation. */
function quoted(id: string): Bilingual {
  const s = guidanceById(id);
  return { en: s.en, fr: s.fr };
}

function heading(id: string): Bilingual {
  const s = guidanceById(id);
  return { en: s.section, fr: s.sectionFr };
}

const POLICY_THREAD: Bilingual = {
  en: "Thread: the department's new telework policy is a mess. Who signed off on this?",
  fr: "Fil : la nouvelle politique de télétravail du ministère est un fouillis. Qui a approuvé ça?",
};

export const TBS_SCENARIOS: readonly Scenario[] = [
  {
    id: "duty-of-loyalty",
    sources: [TBS],
    guidance: ["tbs.scenario.duty-of-loyalty", "tbs.risk.risky.criticizing-organization"],
    title: heading("tbs.scenario.duty-of-loyalty"),
    situation: quoted("tbs.scenario.duty-of-loyalty"),
    questions: [
      "tbs.scenario.duty-of-loyalty.q1",
      "tbs.scenario.duty-of-loyalty.q2",
      "tbs.scenario.duty-of-loyalty.q3",
      "tbs.scenario.duty-of-loyalty.q4",
      "tbs.scenario.duty-of-loyalty.q5",
    ],
    choices: [
      {
        id: "agree-with-the-critics",
        action: "comment",
        inReplyTo: POLICY_THREAD,
        context: { identifiable: true },
        text: {
          en: "Agreed. My department's new telework policy is a terrible decision and it makes no sense.",
          fr: "D'accord. La nouvelle politique de télétravail de mon ministère est une très mauvaise décision et n'a aucun sens.",
        },
        expected: "risky",
        explanation: {
          en: "Creating posts that criticize decisions of your own organization is risky, and more so when your account shows you work there.",
          fr: "Publier des critiques des décisions de votre propre organisation est risqué, d'autant plus quand votre compte montre que vous y travaillez.",
        },
        guidance: ["tbs.risk.risky.criticizing-organization", "tbs.scenario.duty-of-loyalty.q1", "tbs.question.perception-criticism"],
      },
      {
        id: "like-the-thread",
        action: "like",
        context: { identifiable: true },
        text: {
          en: "The department's new telework policy is a terrible decision. Management got this one badly wrong.",
          fr: "La nouvelle politique de télétravail du ministère est une très mauvaise décision. La direction s'est lourdement trompée.",
        },
        expected: "risky",
        explanation: {
          en: "A like adds no words but still counts: liking posts that criticize your organization's decisions is risky.",
          fr: "Une mention « J'aime » n'ajoute aucun mot, mais elle compte : aimer des publications qui critiquent les décisions de votre organisation est risqué.",
        },
        guidance: ["tbs.risk.risky.criticizing-organization", "tbs.scenario.duty-of-loyalty.q5"],
      },
      {
        id: "insult-the-author",
        action: "comment",
        inReplyTo: POLICY_THREAD,
        context: {},
        text: { en: "Whoever wrote this policy is an idiot.", fr: "Celui qui a écrit cette politique est un imbécile." },
        expected: "inappropriate",
        explanation: {
          en: "Insulting the person behind the policy is mistreating others, not adding to the conversation in a civil and neutral way.",
          fr: "Insulter la personne derrière la politique, c'est maltraiter autrui, pas contribuer à la conversation de façon courtoise et neutre.",
        },
        guidance: ["tbs.risk.inappropriate.harassment", "csps.dont.mistreat", "tbs.scenario.duty-of-loyalty.q2"],
      },
      {
        id: "point-to-the-facts",
        action: "comment",
        inReplyTo: POLICY_THREAD,
        context: { identifiable: true },
        text: {
          en: "For anyone with questions, the full text of the policy and a FAQ are on the public website.",
          fr: "Pour ceux qui ont des questions, le texte complet de la politique et une FAQ sont sur le site Web public.",
        },
        expected: "appropriate",
        explanation: {
          en: "A civil, neutral comment that points to publicly available information takes no side against the employer.",
          fr: "Un commentaire courtois et neutre qui renvoie à de l'information publique ne prend pas parti contre l'employeur.",
        },
        guidance: ["tbs.scenario.duty-of-loyalty.q2", "tbs.work.factual-public"],
      },
    ],
  },
  {
    id: "employer-policies",
    sources: [TBS],
    guidance: ["tbs.scenario.employer-policies", "tbs.risk.risky.commenting-government"],
    title: heading("tbs.scenario.employer-policies"),
    situation: quoted("tbs.scenario.employer-policies"),
    questions: [
      "tbs.scenario.employer-policies.q1",
      "tbs.scenario.employer-policies.q2",
      "tbs.scenario.employer-policies.q3",
      "tbs.scenario.employer-policies.q4",
    ],
    choices: [
      {
        id: "post-your-opinion",
        action: "post",
        context: { identifiable: true },
        text: {
          en: "The government's return-to-office policy is a bad decision for public servants.",
          fr: "La politique de retour au bureau du gouvernement est une mauvaise décision pour les fonctionnaires.",
        },
        expected: "risky",
        explanation: {
          en: "An opinion against a GC employment policy is commenting on the government and criticizing the employer: risky, even when civil.",
          fr: "Une opinion contre une politique d'emploi du GC commente le gouvernement et critique l'employeur : c'est risqué, même en restant courtois.",
        },
        guidance: ["tbs.risk.risky.commenting-government", "tbs.risk.risky.criticizing-organization", "tbs.scenario.employer-policies.q1"],
      },
      {
        id: "swear-at-the-employer",
        action: "post",
        context: {},
        text: {
          en: "The Government of Canada can shove its f***ing return-to-office policy.",
          fr: "Le gouvernement du Canada peut se mettre sa maudite politique de retour au bureau où je pense, câlisse.",
        },
        expected: "inappropriate",
        explanation: {
          en: "Profanity or abuse toward the Government of Canada is never to be published.",
          fr: "Il ne faut jamais publier de grossièretés ni de propos injurieux envers le gouvernement du Canada.",
        },
        guidance: ["statcan.brand.profanity", "tbs.scenario.employer-policies.q2"],
      },
      {
        id: "talk-to-someone-at-work",
        action: "post",
        context: {},
        text: {
          en: "Attended a great information session today on how the new employment policies apply. Lots of helpful answers.",
          fr: "J'ai assisté aujourd'hui à une excellente séance d'information sur l'application des nouvelles politiques d'emploi. Beaucoup de réponses utiles.",
        },
        expected: "appropriate",
        explanation: {
          en: "Taking your questions to the people at work who can answer them, and saying you attended a session, criticizes no one.",
          fr: "Porter vos questions aux personnes qui peuvent y répondre au travail, et dire que vous avez assisté à une séance, ne critique personne.",
        },
        guidance: ["tbs.scenario.employer-policies.q3", "tbs.professional.conference"],
      },
    ],
  },
  {
    id: "election-period",
    sources: [TBS, "psc-political-activities-social-media"],
    guidance: ["tbs.scenario.election-period", "tbs.risk.risky.partisan-content"],
    title: heading("tbs.scenario.election-period"),
    situation: quoted("tbs.scenario.election-period"),
    questions: ["tbs.scenario.election-period.q1", "tbs.scenario.election-period.q2"],
    choices: [
      {
        id: "like-the-campaign-post",
        action: "like",
        context: { electionPeriod: true, identifiable: true },
        text: {
          en: "Join us Saturday to door-knock for our Liberal candidate! Every vote counts.",
          fr: "Joignez-vous à nous samedi pour faire du porte-à-porte pour notre candidate libérale! Chaque vote compte.",
        },
        expected: "risky",
        explanation: {
          en: "A like can be read as an endorsement of the party: it is engaging with partisan content, risky even without a comment.",
          fr: "Une mention « J'aime » peut être lue comme un appui au parti : c'est interagir avec du contenu partisan, risqué même sans commentaire.",
        },
        guidance: ["tbs.risk.risky.partisan-content", "tbs.scenario.election-period.q1", "psc.consider.activities"],
      },
      {
        id: "like-it-at-work",
        action: "like",
        context: { electionPeriod: true, workHours: true, governmentDevice: true },
        text: {
          en: "Join us Saturday to door-knock for our Liberal candidate! Every vote counts.",
          fr: "Joignez-vous à nous samedi pour faire du porte-à-porte pour notre candidate libérale! Chaque vote compte.",
        },
        expected: "inappropriate",
        explanation: {
          en: "The same like during working hours on a government device is political activity at work, with government resources.",
          fr: "La même mention « J'aime » pendant les heures de travail sur un appareil du gouvernement est une activité politique au travail, avec des ressources du gouvernement.",
        },
        guidance: ["psc.dont.work-hours-resources", "tbs.risk.inappropriate.political-work-hours"],
      },
      {
        id: "follow-the-party",
        action: "follow",
        context: { electionPeriod: true },
        text: { en: "Liberal Party of Canada", fr: "Parti libéral du Canada" },
        expected: "appropriate",
        explanation: {
          en: "Following parties or candidates informs you as a voter.",
          fr: "Suivre des partis, des candidats et des candidates vous aide à vous informer avant de voter.",
        },
        guidance: ["psc.do.inform-yourself"],
      },
      {
        id: "encourage-voting",
        action: "post",
        context: { electionPeriod: true },
        text: {
          en: "Advance polls are open this weekend. Whoever you support, go vote!",
          fr: "Les bureaux de vote par anticipation sont ouverts cette fin de semaine. Peu importe votre choix, allez voter!",
        },
        expected: "appropriate",
        explanation: {
          en: "Encouraging people to vote, for no one in particular, is non-partisan.",
          fr: "Encourager les gens à voter, sans favoriser personne, n'est pas partisan.",
        },
        guidance: ["tbs.question.non-partisan", "tbs.impartiality.fair-treatment"],
      },
    ],
  },
  {
    id: "monetizing",
    sources: [TBS],
    guidance: ["tbs.scenario.monetizing", "tbs.coi.outside-activities"],
    title: heading("tbs.scenario.monetizing"),
    situation: quoted("tbs.scenario.monetizing"),
    questions: ["tbs.scenario.monetizing.q1", "tbs.scenario.monetizing.q2", "tbs.scenario.monetizing.q3"],
    choices: [
      {
        id: "accept-the-sponsorship",
        action: "post",
        context: { followers: 25000 },
        text: {
          en: "Loving my new running shoes from StrideCo! Use my code RUN20 for 20% off. #ad #sponsored",
          fr: "J'adore mes nouvelles chaussures de course de StrideCo! Utilisez mon code RUN20 pour 20 % de rabais. #pub #commandite",
        },
        expected: "risky",
        explanation: {
          en: "A paid promotion is an outside activity that can create a real, apparent or potential conflict of interest: declare it and get guidance first.",
          fr: "Une promotion rémunérée est une activité extérieure qui peut créer un conflit d'intérêts réel, apparent ou potentiel : déclarez-la et obtenez des conseils d'abord.",
        },
        guidance: ["tbs.coi.outside-activities", "tbs.scenario.monetizing.q1"],
      },
      {
        id: "promote-it-as-a-public-servant",
        action: "post",
        context: { followers: 25000, department: "cra", identifiable: true },
        text: {
          en: "As a CRA employee I trust TaxEasy software for my own return. Use my promo code CRA15 for 15% off! #sponsored",
          fr: "En tant qu'employé de l'ARC, je fais confiance au logiciel ImpôtFacile pour ma déclaration. Utilisez mon code promo ARC15 pour 15 % de rabais! #commandite",
        },
        expected: "inappropriate",
        explanation: {
          en: "A product tied to your GC job, promoted under your employer's name, can be seen as an endorsement by the GC and does not keep the post personal.",
          fr: "Un produit lié à votre emploi au GC, promu sous le nom de votre employeur, peut être perçu comme un appui du GC, et la publication n'a plus rien de personnel.",
        },
        guidance: ["tbs.scenario.monetizing.q3", "tbs.scenario.monetizing.q1", "tbs.official.not-official-capacity"],
      },
      {
        id: "decline-and-post-as-usual",
        action: "post",
        context: { followers: 25000 },
        text: {
          en: "Ran my first half-marathon this morning in 1:52. Legs are jelly but so happy!",
          fr: "J'ai couru mon premier demi-marathon ce matin en 1 h 52. Les jambes en compote, mais tellement content!",
        },
        expected: "appropriate",
        explanation: {
          en: "Declining the offer and sharing life outside work, unpaid, raises no conflict, whatever the size of your following.",
          fr: "Refuser l'offre et parler de votre vie hors du travail, sans rémunération, ne soulève aucun conflit, quel que soit votre nombre de personnes abonnées.",
        },
        guidance: ["tbs.risk.appropriate.non-work"],
      },
    ],
  },
  {
    id: "digital-legacy",
    sources: [TBS],
    guidance: ["tbs.scenario.digital-legacy", "tbs.history.review", "tbs.history.seek-guidance"],
    title: heading("tbs.scenario.digital-legacy"),
    situation: quoted("tbs.scenario.digital-legacy"),
    questions: ["tbs.scenario.digital-legacy.q1", "tbs.scenario.digital-legacy.q2", "tbs.question.reputation"],
    choices: [
      {
        id: "old-partisan-opinion",
        action: "post",
        context: { postedAt: "2012-04-02T20:00:00Z" },
        text: {
          en: "The Conservatives are ruining this country. Can't wait to vote them out!",
          fr: "Les conservateurs ruinent ce pays. J'ai hâte de voter contre eux!",
        },
        expected: "risky",
        explanation: {
          en: "A partisan opinion stays partisan content years later: review it, and if it worries you, ask your manager or your values and ethics office.",
          fr: "Une opinion partisane reste du contenu partisan des années plus tard : passez-la en revue et, si elle vous inquiète, consultez votre gestionnaire ou votre bureau des valeurs et de l'éthique.",
        },
        guidance: ["tbs.risk.risky.partisan-content", "tbs.history.seek-guidance", "tbs.scenario.digital-legacy.q2"],
      },
      {
        id: "old-insult",
        action: "reply",
        context: { postedAt: "2011-09-12T20:00:00Z" },
        text: { en: "@dan_k you're an idiot and a liar.", fr: "@dan_k t'es un imbécile et un menteur." },
        expected: "inappropriate",
        explanation: {
          en: "An insult aimed at a person is mistreating others, however old: remove it.",
          fr: "Une insulte visant une personne, c'est maltraiter autrui, si ancienne soit-elle : retirez-la.",
        },
        guidance: ["tbs.risk.inappropriate.harassment", "csps.dont.mistreat"],
      },
      {
        id: "old-camping-photo",
        action: "post",
        context: { postedAt: "2013-07-12T20:00:00Z" },
        text: {
          en: "Best camping trip ever in Algonquin Park. Saw a moose!",
          fr: "Le meilleur voyage de camping au parc Algonquin. On a vu un orignal!",
        },
        expected: "appropriate",
        explanation: {
          en: "Life outside work, with nothing partisan in it, can stay.",
          fr: "Votre vie hors du travail, sans rien de partisan, peut rester en ligne.",
        },
        guidance: ["tbs.risk.appropriate.non-work"],
      },
    ],
  },
];
