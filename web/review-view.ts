import { CATEGORIES, LEVELS, ROLES, type Category, type Lang, type Level, type Role } from "../src/core/model.js";
import { PLATFORMS, type Platform } from "../src/importers/types.js";
import { isKnownDate } from "../src/core/dates.js";

import { REPORT_LABELS, selectionText } from "../src/report/html.js";
import type { ReviewSelection } from "../src/store/store.js";

export { langOfPath } from "./site.js";

export const DECISION_CHOICES = ["keep", "delete", "edit", "make-private"] as const;
export type DecisionChoice = (typeof DECISION_CHOICES)[number];

export const PAGE_SIZE = 50;

/** Every string of the History review page, in both official languages: the same keys in each, checked by a test. */
export const REVIEW_STRINGS = {
  en: {
    uploadHeading: "Scan an export",
    howToHeading: "How to get your export",
    howToIntro: "Each platform prepares its export when you ask, in minutes or days. Give the file as downloaded: a .zip, a .tar.gz or a .car.",
    howToHelp: "The platform's help page",
    folderLabel: "Or choose the unzipped folder",
    folderHint: "If you already unpacked the export, choose its folder: its files are sent to this computer's server as they are.",
    fileLabel: "Your data export",
    fileHint: "The file the platform gave you: a .zip archive, or one file of it such as tweets.js, outbox.json, a .car or a .csv.",
    platformLabel: "Platform",
    platformAuto: "Detect it from the file",
    joinedLabel: "The day you joined the public service (optional)",
    joinedHint: "Items posted before it are marked, since they are still visible today.",
    roleLabel: "Your role",
    departmentUnknown: "No Government of Canada organization has the name in the department box: choose one from the list, or leave it empty.",
    identifiable: "My account shows that I work for the public service",
    scanButton: "Upload and scan",
    whyServer:
      "Why the server on this computer rather than this page: the readers of large archives and the review database that keeps your decisions between visits (shared with the impartial review command) run in Node, so the export is uploaded to the Impartial server at 127.0.0.1 and never leaves this machine.",
    progressLabel: "Scan progress",
    chooseFile: "Choose an export file first.",
    uploading: (percent: string) => `Uploading the export: ${percent}`,
    scanning: (items: string, rate: string, elapsed: string) => `Scanning: ${items} items read, ${rate} items/s, ${elapsed} elapsed.`,
    readingFile: (file: string, percent: string | undefined) => (percent === undefined ? ` Reading ${file}.` : ` Reading ${file}: ${percent} of it.`),
    scanDone: (items: string, risky: string, inappropriate: string) => `Scan finished: ${items} items read, ${risky} risky, ${inappropriate} inappropriate.`,
    scanFailed: "The scan stopped:",
    itemsKept: "The items read before the problem are stored and listed below.",
    uploadFailed: "The export could not be uploaded:",
    warningsTitle: (count: string) => `The export was read with ${count === "1" ? "1 warning" : `${count} warnings`}`,
    warningsSaid: (count: string) => ` ${count === "1" ? "1 warning" : `${count} warnings`}: see below.`,
    warningsMore: (count: string) => `… and ${count} more.`,
    networkError: "The Impartial server on this computer did not answer. Is impartial serve still running?",
    noStore: "This server has no review database open, so there is nothing to review and nowhere to store a scan. Start it with impartial serve (which opens your review database).",
    historyHeading: "Your history",
    empty: "Nothing is stored yet. Choose an export above and scan it: its items will be listed here.",
    storedSummary: (total: string, risky: string, inappropriate: string, undecided: string) => `${total} items stored: ${inappropriate} inappropriate, ${risky} risky. ${undecided} without a decision.`,
    timelineHeading: "Items by year and level",
    chartLabel: "Stacked bars: items by year, split by level. The same numbers are in the table that follows.",
    timelineCaption: "Items by year and level",
    legend: "Legend",
    year: "Year",
    total: "Total",
    unknownYear: "date unknown",
    filtersHeading: "Filter the list",
    levelLabel: "Level",
    categoryLabel: "Category of finding",
    yearLabel: "Year",
    any: "All",
    undecidedOnly: "Only items without a decision",
    pageStatus: (first: string, last: string, total: string) => `Items ${first}–${last} of ${total}`,
    noMatch: "No item matches these filters.",
    previous: "Previous page",
    next: "Next page",
    tableCaption: "Stored items, worst level first, then newest",
    colDate: "Date",
    colPlatform: "Platform",
    colAction: "Action",
    colText: "Text",
    colLevel: "Level",
    colCategories: "Categories",
    colWhy: "Why",
    colDecision: "Your decision",
    beforeService: "Posted before you joined the public service.",
    noText: "(no text in the export)",
    openLink: "Open on the platform",
    noFinding: "No finding.",
    undecided: "No decision yet",
    decisionIs: (decision: string) => `Decision: ${decision}`,
    clear: "Clear",
    recorded: (decision: string, date: string) => `Recorded: ${decision} for the item of ${date}.`,
    cleared: (date: string) => `Decision cleared for the item of ${date}.`,
    decisionFailed: "The decision was not recorded:",
    reportsHeading: "Reports to keep or print",
    reportsHint: "Each link saves a file made on this computer from the review database.",
    reportHtml: "Review report of the whole history (HTML, printable)",
    reportCsv: "All items (CSV, for a spreadsheet)",
    selectionReports: (selection: string) => `Only the items the filters select (${selection}):`,
    selectionReportHtml: "Review report of the selection (HTML, printable)",
    selectionReportCsv: "The selected items (CSV, for a spreadsheet)",
    forgetHeading: "Delete what is stored on this computer",
    forgetHint:
      "This deletes the items, what Impartial found in them and your decisions from the review database on this computer, and leaves no trace of their text in its files. Nothing is deleted on the platforms themselves. It cannot be undone.",
    forgetWhich: "Which history",
    forgetAll: "All platforms",
    forgetConfirm: "I understand that this cannot be undone",
    forgetButton: "Delete from this computer",
    forgetConfirmFirst: "Tick the box to confirm first.",
    forgetDone: (items: string, which: string) => `${items} items deleted (${which}).`,
    forgetFailed: "The deletion did not finish:",
    checklistHtml: "Deletion checklist (HTML, printable)",
    checklistCsv: "Deletion checklist (CSV)",
    level: REPORT_LABELS.en.level,
    category: REPORT_LABELS.en.category,
    platform: { x: "X (Twitter)", mastodon: "Mastodon", facebook: "Facebook", instagram: "Instagram", linkedin: "LinkedIn", bluesky: "Bluesky", reddit: "Reddit", threads: "Threads" } satisfies Record<Platform, string>,
    action: REPORT_LABELS.en.action,
    decision: REPORT_LABELS.en.decision,
    decisionButton: { keep: "Keep", delete: "Delete", edit: "Edit", "make-private": "Make private" } satisfies Record<DecisionChoice, string>,
    roles: { employee: "Employee", manager: "Manager", executive: "Executive", "deputy-head": "Deputy head" } satisfies Record<Role, string>,
    unofficial: "French quotations of the guidance are unofficial translations.",
  },
  fr: {
    uploadHeading: "Analyser une exportation",
    howToHeading: "Comment obtenir votre exportation",
    howToIntro: "Chaque plateforme prépare son exportation à votre demande, en quelques minutes ou quelques jours. Donnez le fichier tel que téléchargé : un .zip, un .tar.gz ou un .car.",
    howToHelp: "La page d'aide de la plateforme",
    folderLabel: "Ou choisissez le dossier décompressé",
    folderHint: "Si vous avez déjà décompressé l'exportation, choisissez son dossier : ses fichiers sont envoyés tels quels au serveur de cet ordinateur.",
    fileLabel: "Votre exportation de données",
    fileHint: "Le fichier remis par la plateforme : une archive .zip, ou l'un de ses fichiers, comme tweets.js, outbox.json, un .car ou un .csv.",
    platformLabel: "Plateforme",
    platformAuto: "La reconnaître d'après le fichier",
    joinedLabel: "Date de votre entrée dans la fonction publique (facultatif)",
    joinedHint: "Les éléments publiés avant cette date sont signalés, car ils sont encore visibles aujourd'hui.",
    roleLabel: "Votre rôle",
    departmentUnknown: "Aucune organisation du gouvernement du Canada ne porte le nom inscrit dans la case « Ministère ou organisme » : choisissez-en une dans la liste, ou laissez la case vide.",
    identifiable: "Mon compte indique que je travaille dans la fonction publique",
    scanButton: "Téléverser et analyser",
    whyServer:
      "Pourquoi le serveur de cet ordinateur plutôt que cette page : la lecture des grandes archives et la base de données d'examen qui conserve vos décisions d'une visite à l'autre (partagée avec la commande impartial review) fonctionnent dans Node ; l'exportation est donc téléversée au serveur Impartial à l'adresse 127.0.0.1 et ne quitte jamais cet ordinateur.",
    progressLabel: "Progression de l'analyse",
    chooseFile: "Choisissez d'abord un fichier d'exportation.",
    uploading: (percent: string) => `Téléversement de l'exportation : ${percent}`,
    scanning: (items: string, rate: string, elapsed: string) => `Analyse en cours : ${items} éléments lus, ${rate} éléments/s, temps écoulé ${elapsed}.`,
    readingFile: (file: string, percent: string | undefined) => (percent === undefined ? ` Lecture de ${file}.` : ` Lecture de ${file} : ${percent} du fichier.`),
    scanDone: (items: string, risky: string, inappropriate: string) => `Analyse terminée : ${items} éléments lus (risqué : ${risky} ; inapproprié : ${inappropriate}).`,
    scanFailed: "L'analyse s'est arrêtée :",
    itemsKept: "Les éléments lus avant le problème sont conservés et figurent ci-dessous.",
    uploadFailed: "L'exportation n'a pas pu être téléversée :",
    warningsTitle: (count: string) => `L'exportation a été lue avec ${count === "1" ? "1 avertissement" : `${count} avertissements`}`,
    warningsSaid: (count: string) => ` ${count === "1" ? "1 avertissement" : `${count} avertissements`} : voir ci-dessous.`,
    warningsMore: (count: string) => `… et ${count} de plus.`,
    networkError: "Le serveur Impartial de cet ordinateur n'a pas répondu. La commande impartial serve fonctionne-t-elle encore ?",
    noStore: "Ce serveur n'a aucune base de données d'examen ouverte : il n'y a donc rien à examiner ni d'endroit où conserver une analyse. Lancez-le avec impartial serve (qui ouvre votre base de données d'examen).",
    historyHeading: "Votre historique",
    empty: "Rien n'est encore conservé. Choisissez une exportation ci-dessus et analysez-la : ses éléments figureront ici.",
    storedSummary: (total: string, risky: string, inappropriate: string, undecided: string) =>
      `Éléments conservés : ${total} (inapproprié : ${inappropriate} ; risqué : ${risky}). Sans décision : ${undecided}.`,
    timelineHeading: "Éléments par année et par niveau",
    chartLabel: "Barres empilées : éléments par année, répartis par niveau. Les mêmes nombres figurent dans le tableau qui suit.",
    timelineCaption: "Éléments par année et par niveau",
    legend: "Légende",
    year: "Année",
    total: "Total",
    unknownYear: "date inconnue",
    filtersHeading: "Filtrer la liste",
    levelLabel: "Niveau",
    categoryLabel: "Catégorie de constat",
    yearLabel: "Année",
    any: "Tous",
    undecidedOnly: "Seulement les éléments sans décision",
    pageStatus: (first: string, last: string, total: string) => `Éléments ${first} à ${last} sur ${total}`,
    noMatch: "Aucun élément ne correspond à ces filtres.",
    previous: "Page précédente",
    next: "Page suivante",
    tableCaption: "Éléments conservés, du niveau le plus grave au moins grave, puis du plus récent au plus ancien",
    colDate: "Date",
    colPlatform: "Plateforme",
    colAction: "Action",
    colText: "Texte",
    colLevel: "Niveau",
    colCategories: "Catégories",
    colWhy: "Pourquoi",
    colDecision: "Votre décision",
    beforeService: "Publié avant votre entrée dans la fonction publique.",
    noText: "(aucun texte dans l'exportation)",
    openLink: "Ouvrir sur la plateforme",
    noFinding: "Aucun constat.",
    undecided: "Pas encore de décision",
    decisionIs: (decision: string) => `Décision : ${decision}`,
    clear: "Effacer",
    recorded: (decision: string, date: string) => `Décision enregistrée : ${decision}, pour l'élément du ${date}.`,
    cleared: (date: string) => `Décision effacée pour l'élément du ${date}.`,
    decisionFailed: "La décision n'a pas été enregistrée :",
    reportsHeading: "Rapports à conserver ou à imprimer",
    reportsHint: "Chaque lien enregistre un fichier produit sur cet ordinateur à partir de la base de données d'examen.",
    reportHtml: "Rapport d'examen de tout l'historique (HTML, imprimable)",
    reportCsv: "Tous les éléments (CSV, pour un tableur)",
    selectionReports: (selection: string) => `Seulement les éléments que les filtres sélectionnent (${selection})\u00a0:`,
    selectionReportHtml: "Rapport d'examen de la sélection (HTML, imprimable)",
    selectionReportCsv: "Les éléments sélectionnés (CSV, pour un tableur)",
    forgetHeading: "Supprimer ce qui est conservé sur cet ordinateur",
    forgetHint:
      "Cela supprime les éléments, ce qu'Impartial y a relevé et vos décisions de la base de données d'examen de cet ordinateur, sans laisser de trace de leur texte dans ses fichiers. Rien n'est supprimé sur les plateformes elles-mêmes. C'est définitif.",
    forgetWhich: "Quel historique",
    forgetAll: "Toutes les plateformes",
    forgetConfirm: "Je comprends que c'est définitif",
    forgetButton: "Supprimer de cet ordinateur",
    forgetConfirmFirst: "Cochez d'abord la case pour confirmer.",
    forgetDone: (items: string, which: string) => `${items} éléments supprimés (${which}).`,
    forgetFailed: "La suppression n'a pas abouti :",
    checklistHtml: "Liste de suppression (HTML, imprimable)",
    checklistCsv: "Liste de suppression (CSV)",
    level: REPORT_LABELS.fr.level,
    category: REPORT_LABELS.fr.category,
    platform: { x: "X (Twitter)", mastodon: "Mastodon", facebook: "Facebook", instagram: "Instagram", linkedin: "LinkedIn", bluesky: "Bluesky", reddit: "Reddit", threads: "Threads" } satisfies Record<Platform, string>,
    action: REPORT_LABELS.fr.action,
    decision: REPORT_LABELS.fr.decision,
    decisionButton: { keep: "Conserver", delete: "Supprimer", edit: "Modifier", "make-private": "Rendre privé" } satisfies Record<DecisionChoice, string>,
    roles: { employee: "Employé ou employée", manager: "Gestionnaire", executive: "Cadre", "deputy-head": "Administrateur général ou administratrice générale" } satisfies Record<Role, string>,
    unofficial: "Les citations françaises des lignes directrices sont des traductions non officielles.",
  },
} as const;

export type ReviewStrings = (typeof REVIEW_STRINGS)[Lang];

/** What the filters of the list hold; empty strings mean "all". */
export interface FilterState {
  level: Level | "";
  category: Category | "";
  platform: Platform | "";
  year: string;
  undecided: boolean;
  offset: number;
}

export const NO_FILTER: FilterState = { level: "", category: "", platform: "", year: "", undecided: false, offset: 0 };

/**
 * The filters as the page's hash ("#level=risky&platform=x&offset=50"): the language toggle carries the hash to the
 * other language's page, and a filtered view can be bookmarked. No filter is an empty hash.
 */
export function filtersToHash(state: FilterState): string {
  const params = selectionParams(state);
  if (state.offset > 0) params.set("offset", String(Math.floor(state.offset)));
  const query = params.toString();
  return query === "" ? "" : `#${query}`;
}

/** The filters a hash names; what it gets wrong (an unknown level, a year that is not one) is left unfiltered. */
export function filtersFromHash(hash: string): FilterState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | "" => {
    const v = params.get(name) ?? "";
    return (allowed as readonly string[]).includes(v) ? (v as T) : "";
  };
  const year = params.get("year") ?? "";
  const offset = Number(params.get("offset") ?? "0");
  return {
    level: pick("level", LEVELS),
    category: pick("category", CATEGORIES),
    platform: pick("platform", PLATFORMS),
    year: /^\d{4}$/.test(year) || year === "unknown" ? year : "",
    undecided: params.get("undecided") === "1" || params.get("undecided") === "true",
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** The query string of GET /api/review for these filters: only the filters set, then the page. */
export function reviewQuery(state: FilterState, limit = PAGE_SIZE): string {
  const params = selectionParams(state);
  params.set("limit", String(limit));
  params.set("offset", String(Math.max(0, Math.floor(state.offset))));
  return params.toString();
}

/** What the filters select, as the server reads it: the review's filters and the reports' (no page). */
export function selectionOf(state: FilterState): ReviewSelection {
  const selection: ReviewSelection = {};
  if ((LEVELS as readonly string[]).includes(state.level)) selection.level = state.level as Level;
  if ((CATEGORIES as readonly string[]).includes(state.category)) selection.category = state.category as Category;
  if ((PLATFORMS as readonly string[]).includes(state.platform)) selection.platform = state.platform as Platform;
  if (/^\d{4}$/.test(state.year)) selection.year = Number(state.year);
  if (state.year === "unknown") selection.dateUnknown = true;
  if (state.undecided) selection.undecided = true;
  return selection;
}

function selectionParams(state: FilterState): URLSearchParams {
  const s = selectionOf(state);
  const params = new URLSearchParams();
  if (s.level !== undefined) params.set("level", String(s.level));
  if (s.category) params.set("category", s.category);
  if (s.platform) params.set("platform", s.platform);
  if (s.year !== undefined) params.set("year", String(s.year));
  if (s.dateUnknown) params.set("year", "unknown");
  if (s.undecided) params.set("undecided", "true");
  return params;
}

/**
 * The reports of what the filters select, with the selection in words; none when no filter is set (the whole
 * history's reports are always offered).
 */
export function selectionLinks(state: FilterState, lang: Lang): { intro: string; links: { href: string; key: "selectionReportHtml" | "selectionReportCsv" }[] } | undefined {
  const params = selectionParams(state);
  if ([...params.keys()].length === 0) return undefined;
  params.set("lang", lang);
  return {
    intro: REVIEW_STRINGS[lang].selectionReports(selectionText(selectionOf(state), lang)),
    links: [
      { href: `/api/review/report.html?${params.toString()}`, key: "selectionReportHtml" },
      { href: `/api/review/report.csv?${params.toString()}`, key: "selectionReportCsv" },
    ],
  };
}

export interface TimelineRow {
  /** Four digits, or "?" for items without a readable date. */
  year: string;
  counts: Record<Level, number>;
  total: number;
}

/** One row per year, oldest first (an unknown year last), each with its count by level. */
export function timelineRows(byYearLevel: Readonly<Record<string, Partial<Record<Level, number>>>> | undefined): TimelineRow[] {
  return Object.entries(byYearLevel ?? {})
    .map(([year, c]) => {
      const counts = { appropriate: c.appropriate ?? 0, risky: c.risky ?? 0, inappropriate: c.inappropriate ?? 0 };
      return { year, counts, total: counts.appropriate + counts.risky + counts.inappropriate };
    })
    .filter((r) => r.total > 0)
    .sort((a, b) => (a.year === "?" ? 1 : b.year === "?" ? -1 : a.year.localeCompare(b.year)));
}

export interface BarSegment {
  level: Level;
  count: number;
  y: number;
  height: number;
}

export interface TimelineBar {
  year: string;
  total: number;
  x: number;
  width: number;
  /** Bottom to top: appropriate, risky, inappropriate; levels with no item are left out. */
  segments: BarSegment[];
}

/** Where each stacked bar and each of its segments goes in a chart of `height` units for the bars, the tallest bar full height. */
export function timelineBars(rows: readonly TimelineRow[], options: { height: number; barWidth: number; gap: number }): TimelineBar[] {
  const max = Math.max(1, ...rows.map((r) => r.total));
  return rows.map((row, i) => {
    const x = options.gap + i * (options.barWidth + options.gap);
    let top = options.height;
    const segments: BarSegment[] = [];
    for (const level of LEVELS) {
      const count = row.counts[level];
      if (count === 0) continue;
      const height = (count / max) * options.height;
      top -= height;
      segments.push({ level, count, y: top, height });
    }
    return { year: row.year, total: row.total, x, width: options.barWidth, segments };
  });
}

export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "fr" ? "fr-CA" : "en-CA").format(n);
}

/** A fraction from 0 to 1 as a percentage in the page's language: "45%", "45 %". */
export function formatPercent(fraction: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "fr" ? "fr-CA" : "en-CA", { style: "percent" }).format(fraction);
}

/** Minutes and seconds, as 1:05. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The live status while a scan runs: items read, the rate and the time elapsed. */
export function progressText(itemsRead: number, elapsedMs: number, lang: Lang, reading?: { file: string; percent?: number }): string {
  const t = REVIEW_STRINGS[lang];
  const rate = elapsedMs > 0 ? Math.round((itemsRead * 1000) / elapsedMs) : 0;
  const percent = reading?.percent === undefined ? undefined : formatPercent(reading.percent / 100, lang);
  return t.scanning(formatCount(itemsRead, lang), formatCount(rate, lang), formatElapsed(elapsedMs)) + (reading ? t.readingFile(reading.file, percent) : "");
}

/** "Items 51–100 of 123" for a page starting at `offset` holding `shown` items. */
export function pageText(offset: number, shown: number, total: number, lang: Lang): string {
  const t = REVIEW_STRINGS[lang];
  return t.pageStatus(formatCount(shown === 0 ? 0 : offset + 1, lang), formatCount(offset + shown, lang), formatCount(total, lang));
}

/** The download links, in the page's language. */
export function downloadLinks(lang: Lang): { href: string; key: "reportHtml" | "reportCsv" | "checklistHtml" | "checklistCsv" }[] {
  return [
    { href: `/api/review/report.html?lang=${lang}`, key: "reportHtml" },
    { href: `/api/review/report.csv?lang=${lang}`, key: "reportCsv" },
    { href: `/api/review/checklist.html?lang=${lang}`, key: "checklistHtml" },
    { href: `/api/review/checklist.csv?lang=${lang}`, key: "checklistCsv" },
  ];
}

/** The `YYYY-MM-DD` of an ISO date, or the text as given. */
export function dateOf(iso: string, lang: Lang = "en"): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(iso) && !isKnownDate(iso)) return REVIEW_STRINGS[lang].unknownYear;
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}

/** The text of a server's JSON error answer, or the status when it gave none. */
export function errorText(status: number, body: unknown): string {
  const error = (body as { error?: unknown } | null)?.error;
  return typeof error === "string" && error !== "" ? error : `HTTP ${status}`;
}

export const ROLE_CHOICES = ROLES;
