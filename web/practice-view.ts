import { sourceTitle } from "../src/core/guidance/corpus.js";
import { LEVELS, type Action, type Context, type Lang, type Level, type Role } from "../src/core/model.js";
import { scenarioById, SCENARIOS, type Scenario } from "../src/core/scenarios.js";

import { organizationById, organizationLabel } from "./profile.js";

export { langOfPath } from "./site.js";

/** Every string of the Practice page, in both official languages: the same keys in each, checked by a test. */
export const PRACTICE_STRINGS = {
  en: {
    listHeading: "Scenarios",
    listHint: "Choose a scenario. Its address can be bookmarked or shared.",
    choicesCount: (n: number) => `${n} choices`,
    fromSource: "From:",
    none: "Choose a scenario above to start.",
    unknown: (id: string) => `There is no scenario “${id}”. Choose one from the list.`,
    situation: "Situation",
    questions: "Questions to ask yourself",
    choicesHeading: "Rate each choice",
    choicesHint: "For each thing you might do, choose the level you think the guidance gives it. Leave a choice blank to skip it.",
    choice: (i: number, n: number, action: string) => `Choice ${i} of ${n}: ${action}`,
    context: "Context:",
    inReplyTo: "In reply to:",
    contentOf: { post: "The post:", comment: "The comment:", reply: "The reply:", share: "The content shared:", like: "The content liked:", follow: "The account followed:", profile: "The profile bio:" } satisfies Record<Action, string>,
    actions: { post: "post", comment: "comment", reply: "reply", share: "share", like: "like", follow: "follow", profile: "profile bio" } satisfies Record<Action, string>,
    level: { appropriate: "Appropriate", risky: "Risky", inappropriate: "Inappropriate" } satisfies Record<Level, string>,
    levelWord: { appropriate: "appropriate", risky: "risky", inappropriate: "inappropriate" } satisfies Record<Level, string>,
    check: "Check my answers",
    reset: "Start this scenario again",
    next: "Next scenario",
    right: (level: string) => `Right: the guidance rates it ${level}.`,
    wrong: (level: string, said: string) => `Not quite: the guidance rates it ${level}; you said ${said}.`,
    skipped: (level: string) => `Skipped: the guidance rates it ${level}.`,
    engineAgrees: (level: string) => `Impartial also rates it ${level}.`,
    engineDisagrees: (level: string, expected: string) => `Impartial rates it ${level}, but the guidance says ${expected}: Impartial gets this one wrong.`,
    why: "Why:",
    guidanceQuotes: "What the guidance says",
    score: (right: number, answered: number, total: number) => `You matched the guidance on ${right} of ${answered} answered (${total} choices).`,
    scoreHeading: "Your score",
    noContext: "none given",
    identifiable: "your account shows you are a public servant",
    role: { employee: "employee", manager: "manager", executive: "executive", "deputy-head": "deputy head" } satisfies Record<Role, string>,
    roleLabel: "role:",
    followers: (n: number) => `${n.toLocaleString("en-CA")} followers`,
    department: "department:",
    electionPeriod: "election period",
    workHours: "during working hours",
    governmentDevice: "on a government device",
    authorized: "authorized to post about this work",
    postedOn: "posted on",
    openQuote: "“",
    closeQuote: "”",
    unofficial: "French quotations of the guidance are unofficial translations.",
    advice: "Impartial gives advice, not a ruling. When in doubt, ask before you post.",
  },
  fr: {
    listHeading: "Mises en situation",
    listHint: "Choisissez une mise en situation. Son adresse peut être mise en signet ou partagée.",
    choicesCount: (n: number) => `${n} choix`,
    fromSource: "Source :",
    none: "Choisissez une mise en situation ci-dessus pour commencer.",
    unknown: (id: string) => `Il n'y a pas de mise en situation « ${id} ». Choisissez-en une dans la liste.`,
    situation: "Situation",
    questions: "Questions à vous poser",
    choicesHeading: "Évaluez chaque choix",
    choicesHint: "Pour chaque geste possible, choisissez le niveau que les lignes directrices lui donnent selon vous. Laissez un choix vide pour le passer.",
    choice: (i: number, n: number, action: string) => `Choix ${i} sur ${n} : ${action}`,
    context: "Contexte :",
    inReplyTo: "En réponse à :",
    contentOf: { post: "La publication :", comment: "Le commentaire :", reply: "La réponse :", share: "Le contenu partagé :", like: "Le contenu aimé :", follow: "Le compte suivi :", profile: "La biographie du profil :" } satisfies Record<Action, string>,
    actions: { post: "publication", comment: "commentaire", reply: "réponse", share: "partage", like: "mention « J'aime »", follow: "abonnement", profile: "biographie du profil" } satisfies Record<Action, string>,
    level: { appropriate: "Approprié", risky: "Risqué", inappropriate: "Inapproprié" } satisfies Record<Level, string>,
    levelWord: { appropriate: "approprié", risky: "risqué", inappropriate: "inapproprié" } satisfies Record<Level, string>,
    check: "Vérifier mes réponses",
    reset: "Recommencer cette mise en situation",
    next: "Mise en situation suivante",
    right: (level: string) => `Exact : les lignes directrices le jugent ${level}.`,
    wrong: (level: string, said: string) => `Pas tout à fait : les lignes directrices le jugent ${level}; vous avez répondu ${said}.`,
    skipped: (level: string) => `Passé : les lignes directrices le jugent ${level}.`,
    engineAgrees: (level: string) => `Impartial le juge aussi ${level}.`,
    engineDisagrees: (level: string, expected: string) => `Impartial le juge ${level}, mais les lignes directrices disent ${expected} : Impartial se trompe ici.`,
    why: "Pourquoi :",
    guidanceQuotes: "Ce que disent les lignes directrices",
    score: (right: number, answered: number, total: number) => `Vous rejoignez les lignes directrices pour ${right} de vos ${answered} réponses (${total} choix).`,
    scoreHeading: "Votre résultat",
    noContext: "aucun",
    identifiable: "votre compte montre que vous êtes fonctionnaire",
    role: { employee: "employé ou employée", manager: "gestionnaire", executive: "cadre", "deputy-head": "administrateur général ou administratrice générale" } satisfies Record<Role, string>,
    roleLabel: "rôle :",
    followers: (n: number) => `${n.toLocaleString("fr-CA")} personnes abonnées`,
    department: "ministère ou organisme :",
    electionPeriod: "période électorale",
    workHours: "pendant les heures de travail",
    governmentDevice: "sur un appareil du gouvernement",
    authorized: "autorisé ou autorisée à publier sur ce travail",
    postedOn: "publié le",
    openQuote: "«\u00a0",
    closeQuote: "\u00a0»",
    unofficial: "Les citations françaises des lignes directrices sont des traductions non officielles.",
    advice: "Impartial donne des conseils, pas une décision. En cas de doute, demandez avant de publier.",
  },
} as const;

export type PracticeStrings = (typeof PRACTICE_STRINGS)[Lang];

/** The scenario a URL hash names ("#duty-of-loyalty"), or undefined for an empty or unknown one. */
export function scenarioFromHash(hash: string): Scenario | undefined {
  const id = decodeHashId(hash);
  return id ? scenarioById(id) : undefined;
}

/** The id a hash holds, without its "#": undefined when empty. */
export function decodeHashId(hash: string): string | undefined {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  if (raw === "") return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The scenario after this one, back to the first after the last. */
export function nextScenarioId(id: string): string {
  const index = SCENARIOS.findIndex((s) => s.id === id);
  return SCENARIOS[(index + 1) % SCENARIOS.length]!.id;
}

/** A radio value as a level; anything else is no answer. */
export function levelFromValue(value: unknown): Level | undefined {
  return (LEVELS as readonly unknown[]).includes(value) ? (value as Level) : undefined;
}

export type Outcome = "right" | "wrong" | "skipped";

export interface ChoiceScore {
  id: string;
  expected: Level;
  picked?: Level;
  outcome: Outcome;
}

export interface Score {
  choices: ChoiceScore[];
  right: number;
  answered: number;
  total: number;
}

/** Compares the levels picked with those the guidance gives, as the CLI does: a skipped choice is neither right nor wrong. */
export function scoreAnswers(choices: readonly { id: string; expected: Level }[], picks: Readonly<Record<string, Level | undefined>>): Score {
  const scored = choices.map((c): ChoiceScore => {
    const picked = picks[c.id];
    if (picked === undefined) return { id: c.id, expected: c.expected, outcome: "skipped" };
    return { id: c.id, expected: c.expected, picked, outcome: picked === c.expected ? "right" : "wrong" };
  });
  return {
    choices: scored,
    right: scored.filter((c) => c.outcome === "right").length,
    answered: scored.filter((c) => c.outcome !== "skipped").length,
    total: scored.length,
  };
}

/** The words under a choice's score: right, wrong (with what was said) or skipped. */
export function outcomeText(score: ChoiceScore, lang: Lang): string {
  const t = PRACTICE_STRINGS[lang];
  const expected = t.levelWord[score.expected];
  if (score.outcome === "skipped" || score.picked === undefined) return t.skipped(expected);
  return score.outcome === "right" ? t.right(expected) : t.wrong(expected, t.levelWord[score.picked]);
}

/** What the engine found beside what the guidance gives: the page shows both, as the CLI does. */
export function engineText(choice: { level: Level; expected: Level }, lang: Lang): string {
  const t = PRACTICE_STRINGS[lang];
  return choice.level === choice.expected ? t.engineAgrees(t.levelWord[choice.level]) : t.engineDisagrees(t.levelWord[choice.level], t.levelWord[choice.expected]);
}

/** The context a choice is set in, in words, as the CLI prints it. */
export function describeContext(context: Context, lang: Lang): string {
  const t = PRACTICE_STRINGS[lang];
  const parts: string[] = [];
  if (context.identifiable) parts.push(t.identifiable);
  if (context.role) parts.push(`${t.roleLabel} ${t.role[context.role]}`);
  if (context.followers !== undefined) parts.push(t.followers(context.followers));
  if (context.department) parts.push(`${t.department} ${departmentName(context.department, lang)}`);
  if (context.electionPeriod) parts.push(t.electionPeriod);
  if (context.workHours) parts.push(t.workHours);
  if (context.governmentDevice) parts.push(t.governmentDevice);
  if (context.authorized) parts.push(t.authorized);
  if (context.postedAt) parts.push(`${t.postedOn} ${context.postedAt.slice(0, 10)}`);
  return parts.length > 0 ? parts.join(" · ") : t.noContext;
}

/** A department by its name in the page's language ("Statistique Canada"), never its id; an unknown id as given. */
function departmentName(id: string, lang: Lang): string {
  const org = organizationById(id);
  return org ? organizationLabel(org, lang) : id;
}

/** The titles of the texts a scenario comes from, in the page's language. */
export function sourceTitles(scenario: { sources: readonly string[] }, lang: Lang): string[] {
  return scenario.sources.map((id) => sourceTitle(id, lang));
}

export function quoted(text: string, lang: Lang): string {
  const t = PRACTICE_STRINGS[lang];
  return `${t.openQuote}${text}${t.closeQuote}`;
}

export { citation } from "../src/core/guidance/corpus.js";
