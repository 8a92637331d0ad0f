// "This finding looks wrong": the words of the control under each finding on the Check page and of the page that lists
// the reports, and the pure steps both take (the report sent for a finding, the excerpt of a draft, a date in words).

import type { Action, Author, Context, Finding, Lang } from "../src/core/model.js";
import type { FeedbackInput, FeedbackReport, FeedbackVerdict } from "../src/core/feedback.js";

export { FEEDBACK_VERDICTS, MAX_REASON_LENGTH } from "../src/core/feedback.js";
export type { FeedbackReport, FeedbackVerdict };

/** Every string of the control and the page, in both official languages: the same keys in each, checked by a test. */
export const FEEDBACK_STRINGS = {
  en: {
    summary: "This finding looks wrong?",
    what: "What is kept: your draft, the context you gave, this finding and your reason, in Impartial's database on this computer. Nothing is sent.",
    verdictLegend: "What should it be?",
    verdicts: {
      "not-a-problem": "Not a problem: nothing here goes against the guidance",
      "more-serious": "It should be more serious",
      "less-serious": "It should be less serious",
      "wrong-guidance": "The guidance quoted does not apply",
      other: "Something else",
    } satisfies Record<FeedbackVerdict, string>,
    verdictShort: { "not-a-problem": "not a problem", "more-serious": "should be more serious", "less-serious": "should be less serious", "wrong-guidance": "wrong guidance", other: "something else" } satisfies Record<FeedbackVerdict, string>,
    chooseVerdict: "Choose what the finding should be.",
    reasonLabel: "Why? (optional)",
    reasonHint: "Up to {max} characters.",
    save: "Keep this report",
    saved: "Report {id} is kept on this computer. Nothing was sent.",
    seeReports: "See your reports",
    saveFailed: "The report was not kept:",
    networkError: "The Impartial server on this computer did not answer. Is impartial serve still running?",
    // The feedback page.
    shareHeading: "Download your reports",
    intro: "These are the findings you said look wrong on the Check page, newest first. They are kept in Impartial's database on this computer and are never sent by Impartial.",
    share: "You may download them and send the file to your values and ethics office, or to the Impartial project, if you choose. Read it first: it holds your drafts.",
    download: "Download as JSON lines (.jsonl)",
    shapeSummary: "What each line of the file holds",
    shape: [
      "id: the report's number; createdAt: when it was kept (UTC); lang: the page's language (en or fr)",
      "action and text: what you planned to do, and your draft; inReplyTo and author when you gave them",
      "context: what the check knew about you (role, followers, department, election period…)",
      "finding: the rule, category, level, message, span ([start, end) in the text), passage and source (rule or model)",
      "verdict: not-a-problem, more-serious, less-serious, wrong-guidance or other; reason: your words",
      "rulesVersion: the version of Impartial's rules that kept the report",
    ],
    listHeading: "Your reports",
    loading: "Loading your reports…",
    empty: "No reports yet. On the Check page, open “This finding looks wrong?” under a finding to keep one.",
    count: "{n} reports kept on this computer.",
    countOne: "1 report kept on this computer.",
    reportHeading: "Report {id}, {date}",
    draft: "Your draft",
    finding: "The finding",
    passage: "The passage",
    yourVerdict: "What you think it should be",
    reason: "Your reason",
    noReason: "(none given)",
    level: { appropriate: "appropriate", risky: "risky", inappropriate: "inappropriate" },
    deleteOne: "Delete",
    deleteOneLabel: "Delete report {id}",
    deleted: "Report {id} was deleted.",
    deleteAllHeading: "Delete every report",
    deleteAllHint: "This removes them from this computer for good; a file you downloaded is not affected.",
    deleteAllConfirm: "Yes, delete every report",
    deleteAllConfirmFirst: "Tick the box to confirm, then press the button again.",
    deleteAll: "Delete every report",
    deletedAll: "{n} reports were deleted.",
    failed: "That did not work:",
    colon: ": ",
  },
  fr: {
    summary: "Ce constat semble erroné ?",
    what: "Ce qui est conservé : votre ébauche, le contexte que vous avez donné, ce constat et votre raison, dans la base de données d'Impartial sur cet ordinateur. Rien n'est envoyé.",
    verdictLegend: "Que devrait-il être ?",
    verdicts: {
      "not-a-problem": "Pas un problème : rien ici ne va à l'encontre des lignes directrices",
      "more-serious": "Il devrait être plus grave",
      "less-serious": "Il devrait être moins grave",
      "wrong-guidance": "Les lignes directrices citées ne s'appliquent pas",
      other: "Autre chose",
    } satisfies Record<FeedbackVerdict, string>,
    verdictShort: { "not-a-problem": "pas un problème", "more-serious": "devrait être plus grave", "less-serious": "devrait être moins grave", "wrong-guidance": "mauvaises lignes directrices", other: "autre chose" } satisfies Record<FeedbackVerdict, string>,
    chooseVerdict: "Choisissez ce que le constat devrait être.",
    reasonLabel: "Pourquoi ? (facultatif)",
    reasonHint: "Au plus {max} caractères.",
    save: "Conserver ce signalement",
    saved: "Le signalement {id} est conservé sur cet ordinateur. Rien n'a été envoyé.",
    seeReports: "Voir vos signalements",
    saveFailed: "Le signalement n'a pas été conservé :",
    networkError: "Le serveur Impartial de cet ordinateur n'a pas répondu. La commande impartial serve fonctionne-t-elle encore ?",
    shareHeading: "Télécharger vos signalements",
    intro: "Voici les constats que vous avez jugés erronés dans la page Vérifier, les plus récents d'abord. Ils sont conservés dans la base de données d'Impartial sur cet ordinateur et ne sont jamais envoyés par Impartial.",
    share: "Vous pouvez les télécharger et envoyer le fichier à votre bureau des valeurs et de l'éthique, ou au projet Impartial, si vous le souhaitez. Lisez-le d'abord : il contient vos ébauches.",
    download: "Télécharger en lignes JSON (.jsonl)",
    shapeSummary: "Ce que contient chaque ligne du fichier",
    shape: [
      "id : le numéro du signalement; createdAt : quand il a été conservé (UTC); lang : la langue de la page (en ou fr)",
      "action et text : ce que vous comptiez faire, et votre ébauche; inReplyTo et author si vous les avez donnés",
      "context : ce que la vérification savait de vous (rôle, personnes abonnées, ministère ou organisme, période électorale…)",
      "finding : la règle, la catégorie, le niveau, le message, la portée (span, [début, fin) dans le texte), le passage et la source (rule ou model)",
      "verdict : not-a-problem, more-serious, less-serious, wrong-guidance ou other; reason : vos mots",
      "rulesVersion : la version des règles d'Impartial qui a conservé le signalement",
    ],
    listHeading: "Vos signalements",
    loading: "Chargement de vos signalements…",
    empty: "Aucun signalement pour l'instant. Dans la page Vérifier, ouvrez « Ce constat semble erroné ? » sous un constat pour en conserver un.",
    count: "{n} signalements conservés sur cet ordinateur.",
    countOne: "1 signalement conservé sur cet ordinateur.",
    reportHeading: "Signalement {id}, {date}",
    draft: "Votre ébauche",
    finding: "Le constat",
    passage: "Le passage",
    yourVerdict: "Ce qu'il devrait être selon vous",
    reason: "Votre raison",
    noReason: "(aucune)",
    level: { appropriate: "approprié", risky: "risqué", inappropriate: "inapproprié" },
    deleteOne: "Supprimer",
    deleteOneLabel: "Supprimer le signalement {id}",
    deleted: "Le signalement {id} a été supprimé.",
    deleteAllHeading: "Supprimer tous les signalements",
    deleteAllHint: "Ils sont retirés de cet ordinateur pour de bon; un fichier que vous avez téléchargé n'est pas touché.",
    deleteAllConfirm: "Oui, supprimer tous les signalements",
    deleteAllConfirmFirst: "Cochez la case pour confirmer, puis appuyez de nouveau sur le bouton.",
    deleteAll: "Supprimer tous les signalements",
    deletedAll: "{n} signalements ont été supprimés.",
    failed: "Cela n'a pas fonctionné :",
    colon: " : ",
  },
} as const;

export type FeedbackStrings = (typeof FEEDBACK_STRINGS)[Lang];

/** Where the reports go, are listed, downloaded and deleted. */
export const FEEDBACK_API = { add: "/api/feedback/report", list: "/api/feedback", export: "/api/feedback/export.jsonl", delete: "/api/feedback/delete" } as const;

/** A `{name}` placeholder filled: the strings above are data, not code. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** What the check judged, as the page had it when the finding was shown. */
export interface CheckedDraft {
  text: string;
  action: Action;
  inReplyTo?: string;
  author?: Author;
  context: Context;
}

/** The body of POST /api/feedback/report for one finding of a check. */
export function reportFor(lang: Lang, checked: CheckedDraft, finding: Finding, verdict: FeedbackVerdict, reason: string): FeedbackInput {
  const reported: FeedbackInput["finding"] = { rule: finding.rule, category: finding.category, level: finding.level, message: finding.message, source: finding.source };
  if (finding.span) reported.span = finding.span;
  return {
    lang,
    action: checked.action,
    text: checked.text,
    ...(checked.inReplyTo ? { inReplyTo: checked.inReplyTo } : {}),
    ...(checked.author ? { author: checked.author } : {}),
    context: checked.context,
    finding: reported,
    verdict,
    reason: reason.trim(),
  };
}

/** The start of a draft for a listing: whitespace folded, cut at a word near `max` characters with an ellipsis. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** When a report was kept, in the page's language and the reader's time zone. */
export function reportDate(iso: string, lang: Lang, timeZone?: string): string {
  return new Intl.DateTimeFormat(`${lang}-CA`, { dateStyle: "long", timeStyle: "short", ...(timeZone ? { timeZone } : {}) }).format(new Date(iso));
}

/** How many reports are kept, in words. */
export function countText(n: number, lang: Lang): string {
  const t = FEEDBACK_STRINGS[lang];
  return n === 1 ? t.countOne : fill(t.count, { n: n.toLocaleString(`${lang}-CA`) });
}
