// The history-review report: one self-contained, printable HTML page, built from what the review store returns.
// Pure string building and no I/O, so the CLI, the server and the page can all use it.

import { DATE_UNKNOWN, dayOrUnknown, isKnownDate } from "../core/dates.js";
import { LEVELS, levelRank, type Action, type Category, type GuidanceRef, type Finding, type Lang, type Level, type Role } from "../core/model.js";
import { citation, guidanceRef, shownQuote } from "../core/guidance/corpus.js";
import type { Platform, Visibility } from "../importers/types.js";
import type { Decision, DeletionEntry, ReviewCounts, ReviewRow, ReviewSelection, ReviewState, ReviewStore, TodoEntry } from "../store/store.js";
import { actionVerb, decisionName, hasReadableText } from "../core/remedies.js";
import type { Message } from "../core/message.js";
import { UI } from "../cli/i18n.js";

export const DEFAULT_MAX_ITEMS = 2000;

export interface HtmlReportInput {
  /** The store's rows; only assessed risky and inappropriate ones are listed, worst level first, then newest. */
  rows: readonly ReviewRow[];
  counts: ReviewCounts;
  lang: Lang;
  /** ISO 8601: when the report was made. */
  generatedAt: string;
  /** The export the history came from, as the user named it. */
  source?: string;
  profile?: { role?: string; department?: string; joined?: string };
  /** At most this many items to reconsider are listed (default 2,000); the report says how many more there are. */
  maxItems?: number;
  /**
   * The filters the rows and counts were read with, when the report covers part of the history only; the report
   * names them, and with `historyTotal` says how many items the whole history holds.
   */
  selection?: ReviewSelection;
  historyTotal?: number;
}

type Plural = (n: number, shown: string) => string;

const PLATFORM_NAMES: Record<Platform, string> = {
  x: "X",
  mastodon: "Mastodon",
  facebook: "Facebook",
  instagram: "Instagram",
  linkedin: "LinkedIn",
  bluesky: "Bluesky",
  reddit: "Reddit",
  threads: "Threads",
};

/** Every label of the report and of the deletion checklist, in both official languages. */
export const REPORT_LABELS = {
  en: {
    level: UI.en.state,
    category: {
      harassment: "harassment",
      profanity: "profanity",
      partisan: "partisan activity",
      criticism: "criticism of government",
      confidential: "confidential information",
      privacy: "others' privacy",
      "official-capacity": "official capacity",
      "work-content": "work content",
      "conflict-of-interest": "conflict of interest",
      misinformation: "misinformation",
      hashtag: "hashtags",
      workplace: "workplace",
      "work-hours": "work hours",
      spam: "spam",
    } satisfies Record<Category, string>,
    action: {
      post: "post",
      comment: "comment",
      reply: "reply",
      share: "share",
      like: "like",
      follow: "follow",
      profile: "profile",
    } satisfies Record<Action, string>,
    visibility: {
      public: "public",
      unlisted: "unlisted",
      followers: "followers only",
      direct: "direct message",
      private: "private",
      unknown: "unknown",
    } satisfies Record<Visibility, string>,
    decision: { keep: "keep", delete: "delete", edit: "edit", "make-private": "make private" } satisfies Record<Decision, string>,
    role: { employee: "employee", manager: "manager", executive: "executive", "deputy-head": "deputy head" } satisfies Record<Role, string>,
    unknownYear: "date unknown",
    documentTitle: "Impartial: review of your social media history",
    title: "Review of your social media history",
    advice:
      "This report gives advice, not a ruling: it shows what the Government of Canada guidance on personal use of social media says about what you posted, shared and liked. You decide what to keep.",
    local: "It was produced on your computer: nothing you imported left it.",
    generated: "Generated",
    source: "Export",
    selection: "Selection",
    selectionNote: ((n, shown) => `This report covers only the items of the selection above; the whole history holds ${n === 1 ? `${shown} item` : `${shown} items`}.`) as Plural,
    nothingInSelection: "Nothing to reconsider in this selection: no item of it was found risky or inappropriate.",
    role_: "Role",
    department: "Department",
    joined: "Joined the public service",
    contents: "Contents",
    summary: "Summary",
    summaryText: (total: string, reconsider: string, inappropriate: string, risky: string) =>
      `Impartial reviewed ${total}. ${reconsider} worth reconsidering: ${inappropriate} and ${risky}.`,
    items: ((n, shown) => (n === 1 ? `${shown} item` : `${shown} items`)) as Plural,
    itemsAre: ((n, shown) => (n === 1 ? `${shown} is` : `${shown} are`)) as Plural,
    levelCount: (level: Level, _n: number, shown: string) => `${shown} ${UI.en.level[level]}`,
    decisions: "Your decisions so far",
    undecided: "no decision yet",
    figures: "Your history in figures",
    chartLevel: "Items by level",
    chartCategory: "Items by category of finding",
    chartYear: "Items by year",
    chartPlatform: "Items by platform",
    colLevel: "Level",
    colCategory: "Category",
    colYear: "Year",
    colPlatform: "Platform",
    colItems: "Items",
    noFindings: "No finding in any category.",
    reconsider: "Items to reconsider",
    reconsiderIntro: "Worst level first, then newest. The marked passages are what the guidance points at.",
    nothingToReconsider: "Nothing to reconsider: no item was found risky or inappropriate.",
    more: (more: string, max: string) =>
      `${more} not listed here: this report lists at most ${max} items to reconsider. Filter the review by level, platform or year to see the others.`,
    moreItems: ((n, shown) => (n === 1 ? `${shown} more item to reconsider is` : `${shown} more items to reconsider are`)) as Plural,
    beforeServiceNote: "Items posted before you joined the public service are marked: they are still visible today, so they are worth a look too.",
    beforeService: "Posted before you joined the public service",
    date: "Date",
    platform: "Platform",
    action_: "Action",
    visibility_: "Visibility",
    score: "Risk score",
    id: "Id",
    link: "Link",
    openOn: (platform: string) => `Open on ${platform}`,
    notALink: "address, not a web link",
    noLink: "no link in the export",
    inReplyTo: "In reply to",
    contentWarning: "Content warning",
    deleted: "The platform lists this item as deleted.",
    noText: "(no text in the export)",
    why: "Why",
    suggestion: "Suggestion",
    decision_: "Your decision",
    decidedOn: "decided",
    note: "Note",
    noDecision: "No decision yet.",
    footer: "Impartial gives advice, not a ruling. If you are unsure, talk to your manager or your organization's Values and Ethics office.",
    unofficial: UI.en.unofficial,
    checklistTitle: "Deletion checklist",
    checklistIntro:
      "The items you decided to delete, by platform then date. Impartial deletes nothing itself: open each link, delete the item on its platform, then tick its box.",
    checklistEmpty: "You have not decided to delete anything.",
    done: "Done",
    posted: "posted",
    uncheckedCount: ((n, shown) => (n === 1 ? `${shown} item was not checked` : `${shown} items were not checked`)) as Plural,
    uncheckedWhy: "The export gives only a link to someone else's post, with no text to read: open each to see what it was. They are not counted as appropriate.",
    chartYearLevel: "Items by year and level",
    todoTitle: "To-do list",
    todoIntro:
      "What you decided to do, by platform and step, with a direct link to each item. Impartial changes nothing on the platforms itself: open each link, do the step there, then tick it (on the Review page, or with impartial review todo --done PLATFORM:ID).",
    todoEmpty: "Nothing to do: you have not decided to delete, unlike, undo, edit or hide anything.",
    progress: (done: string, total: string) => `${done} of ${total} done`,
    doneOn: "done",
    onlyLink: "Only a link in the export, no text: open it to see what it was.",
    selSearch: "words",
    selAction: "action",
    selGroup: { own: "your own words", shared: "shares", reacted: "likes and follows" } as Record<"own" | "shared" | "reacted", string>,
    selAttention: "needs attention (risky or worse, no decision yet)",
    selBefore: "before",
    selAfter: "on or after",
    selElection: "during an election period",
    selNotElection: "outside election periods",
    selEngagement: "liked or reposted by others at least",
  },
  fr: {
    level: UI.fr.state,
    category: {
      harassment: "harcèlement",
      profanity: "grossièretés",
      partisan: "activité partisane",
      criticism: "critique du gouvernement",
      confidential: "information confidentielle",
      privacy: "vie privée d'autrui",
      "official-capacity": "capacité officielle",
      "work-content": "contenu lié au travail",
      "conflict-of-interest": "conflit d'intérêts",
      misinformation: "désinformation",
      hashtag: "mots-clics",
      workplace: "milieu de travail",
      "work-hours": "heures de travail",
      spam: "pourriel",
    } satisfies Record<Category, string>,
    action: {
      post: "publication",
      comment: "commentaire",
      reply: "réponse",
      share: "partage",
      like: "mention J'aime",
      follow: "abonnement",
      profile: "profil",
    } satisfies Record<Action, string>,
    visibility: {
      public: "public",
      unlisted: "non répertorié",
      followers: "personnes abonnées seulement",
      direct: "message direct",
      private: "privé",
      unknown: "inconnue",
    } satisfies Record<Visibility, string>,
    decision: { keep: "conserver", delete: "supprimer", edit: "modifier", "make-private": "rendre privé" } satisfies Record<Decision, string>,
    role: { employee: "employé ou employée", manager: "gestionnaire", executive: "cadre", "deputy-head": "administrateur général ou administratrice générale" } satisfies Record<Role, string>,
    unknownYear: "date inconnue",
    documentTitle: "Impartial\u00a0: examen de votre historique dans les médias sociaux",
    title: "Examen de votre historique dans les médias sociaux",
    advice:
      "Ce rapport donne des conseils, pas une décision\u00a0: il montre ce que disent les lignes directrices du gouvernement du Canada sur l'utilisation personnelle des médias sociaux au sujet de ce que vous avez publié, partagé et aimé. C'est à vous de décider de ce que vous gardez.",
    local: "Il a été produit sur votre ordinateur\u00a0: rien de ce que vous avez importé ne l'a quitté.",
    generated: "Produit le",
    source: "Exportation",
    selection: "Sélection",
    selectionNote: ((n, shown) => `Ce rapport ne porte que sur les éléments de la sélection ci-dessus\u00a0; l'historique complet compte ${n <= 1 ? `${shown} élément` : `${shown} éléments`}.`) as Plural,
    nothingInSelection: "Rien à reconsidérer dans cette sélection\u00a0: aucun de ses éléments n'a été jugé risqué ou inapproprié.",
    role_: "Rôle",
    department: "Ministère",
    joined: "Entrée dans la fonction publique",
    contents: "Table des matières",
    summary: "Sommaire",
    summaryText: (total: string, reconsider: string, inappropriate: string, risky: string) =>
      `Impartial a examiné ${total}. ${reconsider} à reconsidérer\u00a0: ${inappropriate} et ${risky}.`,
    items: ((n, shown) => (n <= 1 ? `${shown} élément` : `${shown} éléments`)) as Plural,
    itemsAre: ((n, shown) => (n <= 1 ? `${shown} élément est` : `${shown} éléments sont`)) as Plural,
    levelCount: (level: Level, n: number, shown: string) => `${shown} ${n <= 1 ? UI.fr.level[level] : `${UI.fr.level[level]}s`}`,
    decisions: "Vos décisions jusqu'ici",
    undecided: "sans décision",
    figures: "Votre historique en chiffres",
    chartLevel: "Éléments par niveau",
    chartCategory: "Éléments par catégorie de constat",
    chartYear: "Éléments par année",
    chartPlatform: "Éléments par plateforme",
    colLevel: "Niveau",
    colCategory: "Catégorie",
    colYear: "Année",
    colPlatform: "Plateforme",
    colItems: "Éléments",
    noFindings: "Aucun constat, dans aucune catégorie.",
    reconsider: "Éléments à reconsidérer",
    reconsiderIntro: "Du niveau le plus grave au moins grave, puis du plus récent au plus ancien. Les passages marqués sont ceux que visent les lignes directrices.",
    nothingToReconsider: "Rien à reconsidérer\u00a0: aucun élément n'a été jugé risqué ou inapproprié.",
    more: (more: string, max: string) =>
      `${more} pas dans cette liste\u00a0: ce rapport énumère au plus ${max} éléments à reconsidérer. Filtrez l'examen par niveau, plateforme ou année pour voir les autres.`,
    moreItems: ((n, shown) => (n <= 1 ? `${shown} autre élément à reconsidérer n'est` : `${shown} autres éléments à reconsidérer ne sont`)) as Plural,
    beforeServiceNote:
      "Les éléments publiés avant votre entrée dans la fonction publique sont signalés\u00a0: ils sont encore visibles aujourd'hui et méritent donc aussi un coup d'œil.",
    beforeService: "Publié avant votre entrée dans la fonction publique",
    date: "Date",
    platform: "Plateforme",
    action_: "Action",
    visibility_: "Visibilité",
    score: "Cote de risque",
    id: "Identifiant",
    link: "Lien",
    openOn: (platform: string) => `Ouvrir sur ${platform}`,
    notALink: "adresse, pas un lien Web",
    noLink: "aucun lien dans l'exportation",
    inReplyTo: "En réponse à",
    contentWarning: "Avertissement de contenu",
    deleted: "La plateforme indique que cet élément a été supprimé.",
    noText: "(aucun texte dans l'exportation)",
    why: "Pourquoi",
    suggestion: "Suggestion",
    decision_: "Votre décision",
    decidedOn: "décidé le",
    note: "Note",
    noDecision: "Pas encore de décision.",
    footer:
      "Impartial donne des conseils, pas une décision. En cas de doute, adressez-vous à votre gestionnaire ou au Bureau des valeurs et de l'éthique de votre organisation.",
    unofficial: UI.fr.unofficial,
    checklistTitle: "Liste de suppression",
    checklistIntro:
      "Les éléments que vous avez décidé de supprimer, par plateforme puis par date. Impartial ne supprime rien lui-même\u00a0: ouvrez chaque lien, supprimez l'élément sur sa plateforme, puis cochez sa case.",
    checklistEmpty: "Vous n'avez décidé de supprimer aucun élément.",
    done: "Fait",
    posted: "publié le",
    uncheckedCount: ((n, shown) => (n <= 1 ? `${shown} élément n'a pas été vérifié` : `${shown} éléments n'ont pas été vérifiés`)) as Plural,
    uncheckedWhy:
      "L'exportation ne donne qu'un lien vers la publication d'une autre personne, sans texte à lire\u00a0: ouvrez chacun pour voir ce que c'était. Ils ne sont pas comptés comme appropriés.",
    chartYearLevel: "Éléments par année et par niveau",
    todoTitle: "Liste de tâches",
    todoIntro:
      "Ce que vous avez décidé de faire, par plateforme et par étape, avec un lien direct vers chaque élément. Impartial ne change rien lui-même sur les plateformes\u00a0: ouvrez chaque lien, faites l'étape sur la plateforme, puis cochez-la (sur la page Examen, ou avec impartial review todo --done PLATFORM:ID).",
    todoEmpty: "Rien à faire\u00a0: vous n'avez décidé de rien supprimer, ne plus aimer, annuler, modifier ni masquer.",
    progress: (done: string, total: string) => `${done} sur ${total} faites`,
    doneOn: "fait le",
    onlyLink: "Seulement un lien dans l'exportation, sans texte\u00a0: ouvrez-le pour voir ce que c'était.",
    selSearch: "mots",
    selAction: "action",
    selGroup: { own: "vos propres mots", shared: "partages", reacted: "mentions « J'aime » et abonnements" } as Record<"own" | "shared" | "reacted", string>,
    selAttention: "à examiner (risqué ou pire, sans décision)",
    selBefore: "avant le",
    selAfter: "le ou après le",
    selElection: "pendant une période électorale",
    selNotElection: "hors des périodes électorales",
    selEngagement: "aimé ou republié par d'autres au moins",
  },
} as const;

type Labels = (typeof REPORT_LABELS)[Lang];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text and attribute values alike: safe between tags and inside double-quoted attributes, the only kind this file writes. */
export function escapeHtml(s: string | number | undefined): string {
  return String(s ?? "").replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** The address as a safe href when it is an http(s) URL; anything else (javascript:, data:, a bare id) is not a link. */
export function webLink(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "fr" ? "fr-CA" : "en-CA").format(n);
}

/** `YYYY-MM-DD HH:MM UTC`, or the string as given when it is not a date. */
function formatDateTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`;
}

/** An item's date as a <time>, or "date unknown" when the export gave none or an impossible one. */
function itemTime(iso: string, lang: Lang): string {
  return isKnownDate(iso) ? timeElement(iso) : escapeHtml(DATE_UNKNOWN[lang]);
}

function timeElement(iso: string, dateOnly = false): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return `<bdi>${escapeHtml(iso)}</bdi>`;
  const shown = dateOnly ? new Date(t).toISOString().slice(0, 10) : formatDateTime(iso);
  return `<time datetime="${escapeHtml(new Date(t).toISOString())}">${escapeHtml(shown)}</time>`;
}

function platformName(platform: string): string {
  return (PLATFORM_NAMES as Record<string, string>)[platform] ?? platform;
}

function labelOf<K extends string>(table: Record<K, string>, key: string): string {
  return (table as Record<string, string>)[key] ?? key;
}

function badge(level: ReviewState, t: Labels): string {
  return `<span class="badge lv-${level}">${escapeHtml(t.level[level])}</span>`;
}

interface Mark {
  start: number;
  end: number;
  level: Level;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The findings' passages as non-overlapping marks: overlapping spans merge and keep the worse level. */
function marksOf(text: string, findings: readonly Finding[]): Mark[] {
  const spans: Mark[] = [];
  for (const f of findings) {
    if (!f.span || f.level === "appropriate" || !(LEVELS as readonly string[]).includes(f.level)) continue;
    let [start, end] = f.span;
    if (!Number.isInteger(start) || !Number.isInteger(end)) continue;
    start = Math.max(0, start);
    end = Math.min(text.length, end);
    // Never cut a surrogate pair in two: widen to the whole character.
    if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
    if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
    if (start < end) spans.push({ start, end, level: f.level });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Mark[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (levelRank(span.level) > levelRank(last.level)) last.level = span.level;
    } else merged.push({ ...span });
  }
  return merged;
}

function markedText(text: string, findings: readonly Finding[], t: Labels): string {
  let out = "";
  let at = 0;
  for (const m of marksOf(text, findings)) {
    out += escapeHtml(text.slice(at, m.start));
    const level = escapeHtml(t.level[m.level]);
    out += `<mark class="m-${m.level}">${escapeHtml(text.slice(m.start, m.end))}<span class="mark-level"> ${level}</span></mark>`;
    at = m.end;
  }
  return out + escapeHtml(text.slice(at));
}

interface Bar {
  label: string;
  value: number;
  tone: ReviewState | "neutral";
}

const CHART = { width: 440, labelWidth: 185, barMax: 200, row: 24, bar: 15, pad: 4 };

/** A horizontal bar chart with its figures written on it, plus the same figures as a table for screen readers. */
function barChart(id: string, title: string, column: string, bars: readonly Bar[], t: Labels, lang: Lang): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * CHART.row + CHART.pad * 2;
  const summary = `${title}: ${bars.map((b) => `${b.label} ${formatNumber(b.value, lang)}`).join("; ")}`;
  const rows = bars.map((b, i) => {
    const y = CHART.pad + i * CHART.row;
    const width = b.value === 0 ? 0 : Math.max(2, Math.round((b.value / max) * CHART.barMax));
    const barX = CHART.labelWidth + 10;
    const textY = y + CHART.bar - 3;
    return (
      `<text x="${CHART.labelWidth}" y="${textY}" text-anchor="end">${escapeHtml(b.label)}</text>` +
      `<rect x="${barX}" y="${y}" width="${width}" height="${CHART.bar}" class="bar-${b.tone}"></rect>` +
      `<text x="${barX + width + 6}" y="${textY}">${escapeHtml(formatNumber(b.value, lang))}</text>`
    );
  });
  const table = bars.map((b) => `<tr><th scope="row">${escapeHtml(b.label)}</th><td class="num">${escapeHtml(formatNumber(b.value, lang))}</td></tr>`);
  return `<figure class="chart" id="${id}">
<figcaption><h3>${escapeHtml(title)}</h3></figcaption>
<svg role="img" aria-label="${escapeHtml(summary)}" viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}"><title>${escapeHtml(summary)}</title>${rows.join("")}</svg>
<table class="vh"><caption>${escapeHtml(title)}</caption><thead><tr><th scope="col">${escapeHtml(column)}</th><th scope="col">${escapeHtml(t.colItems)}</th></tr></thead><tbody>${table.join("")}</tbody></table>
</figure>`;
}

function byCountDescending<K extends string>(record: Partial<Record<K, number>>): [K, number][] {
  return (Object.entries(record) as [K, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The review states, worst first, "not checked" before "appropriate": what the report's level rows list. */
const STATES_SHOWN: readonly ReviewState[] = ["inappropriate", "risky", "unchecked", "appropriate"];

function stateCount(counts: ReviewCounts, state: ReviewState): number {
  return state === "unchecked" ? counts.unchecked ?? 0 : counts.byLevel[state] ?? 0;
}

/** The level rows: "not checked" shown only when some item is, so a history with text everywhere reads as before. */
function statesOf(counts: ReviewCounts): ReviewState[] {
  return STATES_SHOWN.filter((s) => s !== "unchecked" || (counts.unchecked ?? 0) > 0);
}

/** Items by year and state as a table: what the year chart cannot show, with "date unknown" last, never 1970. */
function yearLevelTable(counts: ReviewCounts, t: Labels, lang: Lang): string {
  const byYear = counts.byYearLevel;
  if (!byYear || Object.keys(byYear).length === 0) return "";
  const states = statesOf(counts);
  const years = Object.keys(byYear).sort((a, b) => (a === "?" ? 1 : b === "?" ? -1 : a.localeCompare(b)));
  const head = states.map((s) => `<th scope="col">${badge(s, t)}</th>`).join("");
  const rows = years.map((y) => {
    const cells = states.map((s) => `<td class="num">${escapeHtml(formatNumber(byYear[y]?.[s] ?? 0, lang))}</td>`).join("");
    return `<tr><th scope="row">${escapeHtml(/^\d{4}$/.test(y) ? y : t.unknownYear)}</th>${cells}</tr>`;
  });
  // Its own scrolling region on a narrow screen, which a keyboard can reach.
  return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(t.chartYearLevel)}"><table class="year-levels" id="year-levels"><caption>${escapeHtml(t.chartYearLevel)}</caption><thead><tr><th scope="col">${escapeHtml(t.colYear)}</th>${head}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

function charts(counts: ReviewCounts, t: Labels, lang: Lang): string {
  const levels: Bar[] = statesOf(counts).map((state) => ({ label: t.level[state], value: stateCount(counts, state), tone: state }));
  const categories: Bar[] = byCountDescending(counts.byCategory).map(([c, n]) => ({ label: labelOf(t.category, c), value: n, tone: "neutral" }));
  const years: Bar[] = Object.entries(counts.byYear)
    .sort(([a], [b]) => (a === "?" ? 1 : b === "?" ? -1 : a.localeCompare(b)))
    .map(([year, n]) => ({ label: /^\d{4}$/.test(year) ? year : t.unknownYear, value: n, tone: "neutral" }));
  const platforms: Bar[] = byCountDescending(counts.byPlatform).map(([p, n]) => ({ label: platformName(p), value: n, tone: "neutral" }));
  return [
    barChart("chart-level", t.chartLevel, t.colLevel, levels, t, lang),
    categories.length > 0
      ? barChart("chart-category", t.chartCategory, t.colCategory, categories, t, lang)
      : `<h3>${escapeHtml(t.chartCategory)}</h3><p>${escapeHtml(t.noFindings)}</p>`,
    years.length > 0 ? barChart("chart-year", t.chartYear, t.colYear, years, t, lang) : "",
    platforms.length > 0 ? barChart("chart-platform", t.chartPlatform, t.colPlatform, platforms, t, lang) : "",
  ].join("\n");
}

interface Listed {
  row: ReviewRow;
  level: Level;
  findings: readonly Finding[];
  lang: Lang;
  textLang: Lang;
  score: number;
}

/** The rows to reconsider, worst level first, then newest, then by platform and id for a stable order. */
function toReconsider(rows: readonly ReviewRow[]): Listed[] {
  const listed: Listed[] = [];
  for (const row of rows) {
    const a = row.assessed?.assessment;
    if (!a || a.level === "appropriate" || !(LEVELS as readonly string[]).includes(a.level)) continue;
    listed.push({ row, level: a.level, findings: a.findings ?? [], lang: a.lang === "fr" ? "fr" : "en", textLang: a.textLang === "fr" ? "fr" : "en", score: a.score });
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return listed.sort(
    (a, b) =>
      levelRank(b.level) - levelRank(a.level) ||
      cmp(b.row.item.createdAt, a.row.item.createdAt) ||
      cmp(a.row.item.platform, b.row.item.platform) ||
      cmp(a.row.item.id, b.row.item.id),
  );
}

/** The quote in the report's language when the corpus knows the statement; otherwise as the assessment gave it. */
function quoteIn(ref: GuidanceRef, lang: Lang, assessedIn: Lang): { quote: string; section: string; lang: Lang } {
  if (lang !== assessedIn && ref.id) {
    try {
      // The corpus's reference in the report's language, shown as every page shows it (shownStatement).
      const corpus = guidanceRef(ref.id, lang);
      return { quote: shownQuote(corpus, lang), section: corpus.section, lang };
    } catch {
      // An id the corpus does not know (a department pack's): keep the assessment's own words.
    }
  }
  return { quote: shownQuote(ref, assessedIn), section: ref.section, lang: assessedIn };
}

/** What rendering found out along the way, for the footer. */
interface RenderNotes {
  frenchQuoted: boolean;
}

function reasons(entry: Listed, t: Labels, lang: Lang, notes: RenderNotes): string {
  const quoted = new Set<string>();
  const findings = [...entry.findings].sort((a, b) => levelRank(b.level) - levelRank(a.level));
  const items = findings.map((f) => {
    const level = (LEVELS as readonly string[]).includes(f.level) ? badge(f.level, t) : "";
    const quotes = (f.guidance ?? [])
      .filter((g) => {
        const key = g.id || `${g.source}|${g.quote}`;
        if (quoted.has(key)) return false;
        quoted.add(key);
        return true;
      })
      .map((g) => {
        const q = quoteIn(g, lang, entry.lang);
        if (q.lang === "fr") notes.frenchQuoted = true;
        return `<blockquote class="quote" lang="${q.lang}"><p>${escapeHtml(q.quote)}</p><footer>— <cite>${escapeHtml(citation({ source: g.source, section: "" }, lang))}</cite>, ${escapeHtml(q.section)}</footer></blockquote>`;
      });
    const suggestion = f.suggestion ? `<p class="suggestion"><strong>${escapeHtml(t.suggestion)}${colon(lang)}</strong> <span lang="${entry.lang}">${escapeHtml(f.suggestion)}</span></p>` : "";
    return `<li>${level} <span lang="${entry.lang}">${escapeHtml(f.message)}</span> <span class="rule">[${escapeHtml(f.rule)}]</span>${suggestion}${quotes.join("")}</li>`;
  });
  if (items.length === 0) return "";
  return `<p class="label"><strong>${escapeHtml(t.why)}</strong></p><ul class="reasons">${items.join("")}</ul>`;
}

function colon(lang: Lang): string {
  return lang === "fr" ? "&nbsp;:" : ":";
}

function linkOrText(url: string | undefined, platform: string, t: Labels): string {
  const href = webLink(url);
  if (href) return `<a class="item-link" href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(t.openOn(platformName(platform)))}</a>`;
  if (url !== undefined && url.trim() !== "") return `<code><bdi>${escapeHtml(url)}</bdi></code> <span class="meta">(${escapeHtml(t.notALink)})</span>`;
  return `<span class="meta">${escapeHtml(t.noLink)}</span>`;
}

function itemArticle(entry: Listed, index: number, t: Labels, lang: Lang, notes: RenderNotes): string {
  const { item, decision } = entry.row;
  const c = colon(lang);
  const fact = (name: string, value: string) => `<div><dt>${escapeHtml(name)}</dt><dd>${value}</dd></div>`;
  const facts = [
    fact(t.date, itemTime(item.createdAt, lang)),
    fact(t.platform, escapeHtml(platformName(item.platform))),
    fact(t.action_, escapeHtml(actionVerb(item.action)[lang])),
    fact(t.visibility_, escapeHtml(labelOf(t.visibility, item.visibility))),
    fact(t.score, `${escapeHtml(formatNumber(entry.score, lang))}/100`),
    fact(t.id, `<code><bdi>${escapeHtml(item.id)}</bdi></code>`),
    fact(t.link, linkOrText(item.url, item.platform, t)),
  ];
  const flags: string[] = [];
  if (entry.row.beforeService) flags.push(`<p class="flag before-service">${escapeHtml(t.beforeService)}</p>`);
  if (item.deleted) flags.push(`<p class="flag">${escapeHtml(t.deleted)}</p>`);
  const context: string[] = [];
  if (item.contentWarning) context.push(`<p><strong>${escapeHtml(t.contentWarning)}${c}</strong> <bdi>${escapeHtml(item.contentWarning)}</bdi></p>`);
  if (item.inReplyTo) context.push(`<p><strong>${escapeHtml(t.inReplyTo)}${c}</strong> <bdi>${escapeHtml(item.inReplyTo)}</bdi></p>`);
  const text = item.text
    ? `<div class="text" dir="auto" lang="${entry.textLang}">${markedText(item.text, entry.findings, t)}</div>`
    : `<div class="text meta">${escapeHtml(t.noText)}</div>`;
  let decided = `<p class="decision"><strong>${escapeHtml(t.decision_)}${c}</strong> ${escapeHtml(t.noDecision)}</p>`;
  if (decision) {
    const note = decision.note ? ` — ${escapeHtml(t.note)}${c} <bdi>${escapeHtml(decision.note)}</bdi>` : "";
    decided = `<p class="decision"><strong>${escapeHtml(t.decision_)}${c}</strong> <span class="decision-word">${escapeHtml(decisionName(decision.decision, item.platform, item.action)[lang])}</span> (${escapeHtml(t.decidedOn)} ${timeElement(decision.decidedAt)})${note}</p>`;
  }
  const heading = `${index}. ${platformName(item.platform)} · ${actionVerb(item.action)[lang]} · ${dayOrUnknown(item.createdAt, lang)}`;
  return `<article class="item item-${entry.level}" id="item-${index}">
<h4>${badge(entry.level, t)} ${escapeHtml(heading)}</h4>
${flags.join("")}<dl class="facts">${facts.join("")}</dl>
${context.join("")}${text}
${reasons(entry, t, lang, notes)}
${decided}
</article>`;
}

function reconsiderSection(input: HtmlReportInput, listed: Listed[], t: Labels, notes: RenderNotes): string {
  const { lang, counts } = input;
  const max = Math.max(0, Math.floor(input.maxItems ?? DEFAULT_MAX_ITEMS));
  const shown = listed.slice(0, max);
  const total = Math.max(listed.length, (counts.byLevel.risky ?? 0) + (counts.byLevel.inappropriate ?? 0));
  const more = total - shown.length;
  const parts: string[] = [`<h2 id="reconsider">${escapeHtml(t.reconsider)}</h2>`];
  if (total === 0) return parts.concat(`<p>${escapeHtml(hasSelection(input.selection) ? t.nothingInSelection : t.nothingToReconsider)}</p>`).join("\n");
  parts.push(`<p>${escapeHtml(t.reconsiderIntro)}</p>`);
  if (shown.some((e) => e.row.beforeService)) parts.push(`<p>${escapeHtml(t.beforeServiceNote)}</p>`);
  if (more > 0) parts.push(`<p class="more" role="note">${escapeHtml(t.more(t.moreItems(more, formatNumber(more, lang)), formatNumber(max, lang)))}</p>`);
  let index = 0;
  for (const level of [...LEVELS].reverse()) {
    const group = shown.filter((e) => e.level === level);
    if (group.length === 0) continue;
    parts.push(`<h3 id="level-${level}">${badge(level, t)} <span class="vh">${escapeHtml(t.colLevel)}${colon(lang)} </span>${escapeHtml(t.items(group.length, formatNumber(group.length, lang)))}</h3>`);
    for (const entry of group) parts.push(itemArticle(entry, ++index, t, lang, notes));
  }
  return parts.join("\n");
}

function summarySection(input: HtmlReportInput, t: Labels): string {
  const { counts, lang } = input;
  const n = (x: number) => formatNumber(x, lang);
  const inappropriate = counts.byLevel.inappropriate ?? 0;
  const risky = counts.byLevel.risky ?? 0;
  const reconsider = inappropriate + risky;
  const sentence = t.summaryText(
    t.items(counts.total, n(counts.total)),
    t.itemsAre(reconsider, n(reconsider)),
    t.levelCount("inappropriate", inappropriate, n(inappropriate)),
    t.levelCount("risky", risky, n(risky)),
  );
  const levelRows = statesOf(counts).map((state) => `<tr><th scope="row">${badge(state, t)}</th><td class="num">${escapeHtml(n(stateCount(counts, state)))}</td></tr>`);
  const unchecked = counts.unchecked ?? 0;
  const uncheckedLine = unchecked > 0 ? `\n<p class="unchecked-note">${escapeHtml(t.uncheckedCount(unchecked, n(unchecked)))}. ${escapeHtml(t.uncheckedWhy)}</p>` : "";
  const d = counts.byDecision;
  const decisions = [
    ...(["keep", "delete", "edit", "make-private"] as const).map((k) => `${t.decision[k]} ${n(d?.[k] ?? 0)}`),
    `${t.undecided} ${n(d?.undecided ?? 0)}`,
  ].join(", ");
  return `<h2 id="summary">${escapeHtml(t.summary)}</h2>
<p class="lede">${escapeHtml(sentence)}</p>${uncheckedLine}${hasSelection(input.selection) && input.historyTotal !== undefined ? `\n<p>${escapeHtml(t.selectionNote(input.historyTotal, formatNumber(input.historyTotal, lang)))}</p>` : ""}
<table class="levels"><caption>${escapeHtml(t.chartLevel)}</caption><thead><tr><th scope="col">${escapeHtml(t.colLevel)}</th><th scope="col">${escapeHtml(t.colItems)}</th></tr></thead><tbody>${levelRows.join("")}</tbody></table>
<p>${escapeHtml(t.decisions)}${colon(lang)} ${escapeHtml(decisions)}.</p>`;
}

/** True when a selection narrows the history at all. */
export function hasSelection(selection: ReviewSelection | undefined): selection is ReviewSelection {
  if (!selection) return false;
  const level = selection.level === undefined ? [] : [selection.level].flat();
  const action = selection.action === undefined ? [] : [selection.action].flat();
  return (
    level.length > 0 ||
    selection.category !== undefined ||
    selection.platform !== undefined ||
    selection.year !== undefined ||
    selection.dateUnknown === true ||
    selection.undecided === true ||
    selection.decision !== undefined ||
    selection.search !== undefined ||
    action.length > 0 ||
    selection.group !== undefined ||
    selection.attention === true ||
    selection.before !== undefined ||
    selection.after !== undefined ||
    selection.electionPeriod !== undefined ||
    selection.engagementAtLeast !== undefined ||
    selection.importId !== undefined
  );
}

/** A selection in words, as plain text: "level: risky; platform: X; year: 2019; no decision yet". */
export function selectionText(selection: ReviewSelection, lang: Lang): string {
  const t = REPORT_LABELS[lang];
  const c = lang === "fr" ? "\u00a0:" : ":";
  const parts: string[] = [];
  const levels = selection.level === undefined ? [] : [selection.level].flat();
  if (levels.length > 0) parts.push(`${t.colLevel.toLowerCase()}${c} ${levels.map((l) => t.level[l]).join(lang === "fr" ? " ou " : " or ")}`);
  if (selection.category) parts.push(`${t.colCategory.toLowerCase()}${c} ${t.category[selection.category]}`);
  if (selection.platform) parts.push(`${t.colPlatform.toLowerCase()}${c} ${PLATFORM_NAMES[selection.platform]}`);
  if (selection.year !== undefined) parts.push(`${t.colYear.toLowerCase()}${c} ${selection.year}`);
  if (selection.dateUnknown) parts.push(DATE_UNKNOWN[lang]);
  if (selection.decision) parts.push(`${t.decision_.toLowerCase()}${c} ${t.decision[selection.decision]}`);
  if (selection.undecided) parts.push(t.undecided);
  if (selection.attention) parts.push(t.selAttention);
  if (selection.search !== undefined) parts.push(`${t.selSearch}${c} ${lang === "fr" ? `«\u00a0${selection.search}\u00a0»` : `"${selection.search}"`}`);
  const actions = selection.action === undefined ? [] : [selection.action].flat();
  if (actions.length > 0) parts.push(`${t.selAction}${c} ${actions.map((a) => actionVerb(a)[lang]).join(lang === "fr" ? " ou " : " or ")}`);
  if (selection.group) parts.push(t.selGroup[selection.group]);
  if (selection.after !== undefined) parts.push(`${t.selAfter} ${selection.after}`);
  if (selection.before !== undefined) parts.push(`${t.selBefore} ${selection.before}`);
  if (selection.electionPeriod !== undefined) parts.push(selection.electionPeriod ? t.selElection : t.selNotElection);
  if (selection.engagementAtLeast !== undefined) parts.push(`${t.selEngagement} ${formatNumber(selection.engagementAtLeast, lang)}`);
  return parts.join(lang === "fr" ? "\u00a0; " : "; ");
}

function headerFacts(input: HtmlReportInput, t: Labels): string {
  const c = colon(input.lang);
  const facts: string[] = [`<li>${escapeHtml(t.generated)}${c} ${timeElement(input.generatedAt)}</li>`];
  if (input.source) facts.push(`<li>${escapeHtml(t.source)}${c} <code><bdi>${escapeHtml(input.source)}</bdi></code></li>`);
  if (hasSelection(input.selection)) facts.push(`<li>${escapeHtml(t.selection)}${c} ${escapeHtml(selectionText(input.selection, input.lang))}</li>`);
  const p = input.profile;
  if (p?.role) facts.push(`<li>${escapeHtml(t.role_)}${c} <bdi>${escapeHtml(labelOf(t.role, p.role))}</bdi></li>`);
  if (p?.department) facts.push(`<li>${escapeHtml(t.department)}${c} <bdi>${escapeHtml(p.department)}</bdi></li>`);
  if (p?.joined) facts.push(`<li>${escapeHtml(t.joined)}${c} ${timeElement(p.joined, true)}</li>`);
  return `<ul class="meta header-facts">${facts.join("")}</ul>`;
}

const CSS = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0 auto;max-width:62rem;padding:1.5rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color:#1b1b1b;background:#fff}
h1{font-size:1.9rem;line-height:1.2;margin:0 0 .75rem;color:#26374a}
h2{font-size:1.45rem;border-bottom:3px solid #26374a;padding-bottom:.2rem;margin:2.2rem 0 .8rem;color:#26374a}
h3{font-size:1.15rem;margin:1.4rem 0 .5rem}
h4{font-size:1.02rem;margin:0 0 .5rem}
a{color:#1c4a8a}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
.lede{font-size:1.1rem}
.meta{color:#444}
.notice{border-left:6px solid #26374a;background:#f1f4f8;padding:.6rem 1rem;margin:1rem 0}
.notice p{margin:.2rem 0}
.header-facts{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.2rem 1.5rem}
nav ul{margin:.3rem 0;padding-left:1.2rem}
.vh{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
table{border-collapse:collapse;margin:.5rem 0}
caption{text-align:left;font-weight:700;padding:.2rem 0}
th,td{border:1px solid #767676;padding:.25rem .7rem;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:0 .45em;border-radius:.25em;font-size:.85em;font-weight:700;line-height:1.5;border:1px solid #1b1b1b;vertical-align:.05em}
.lv-inappropriate{background:#a4262c;color:#fff}
.lv-risky{background:#f5c244;color:#1b1b1b}
.lv-appropriate{background:#1e6b34;color:#fff}
.lv-unchecked{background:#fff;color:#1b1b1b;border-style:dashed}
.chart{margin:1rem 0 1.5rem}
.chart figcaption h3{margin:0 0 .3rem}
.chart svg{max-width:100%;height:auto;display:block}
.chart text{font-size:13px;fill:#1b1b1b}
.bar-inappropriate{fill:#a4262c}
.bar-risky{fill:#a87200}
.bar-appropriate{fill:#1e6b34}
.bar-unchecked{fill:#595959}
.bar-neutral{fill:#26374a}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(26rem,100%),1fr));gap:0 2rem}
.more{border:2px solid #8a4b00;background:#fff7e0;padding:.5rem .8rem;font-weight:600}
article.item{border:1px solid #8a8a8a;border-left:8px solid #26374a;border-radius:.25rem;padding:.8rem 1rem;margin:1rem 0}
article.item-inappropriate{border-left-color:#a4262c}
article.item-risky{border-left-color:#a87200}
.facts{display:flex;flex-wrap:wrap;gap:.1rem 1.5rem;margin:.3rem 0 .6rem;font-size:.92rem}
.facts div{display:flex;gap:.35rem}
.facts dt{font-weight:700}
.facts dt::after{content:":"}
:lang(fr) .facts dt::after{content:"\\a0:"}
.facts dd{margin:0}
.flag{display:inline-block;margin:.1rem .5rem .4rem 0;padding:.1rem .5rem;border:2px dashed #26374a;font-weight:600;font-size:.92rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;background:#f5f5f5;border:1px solid #d0d0d0;border-radius:.25rem;padding:.5rem .75rem;margin:.5rem 0;unicode-bidi:isolate}
mark{color:#1b1b1b;padding:0 .1em;border-radius:.15em}
mark.m-risky{background:#ffeaa8;border-bottom:2px dashed #8a4b00}
mark.m-inappropriate{background:#fbd5d5;border-bottom:3px solid #a4262c}
.mark-level{font-size:.68em;font-weight:700;text-transform:uppercase;letter-spacing:.04em;white-space:nowrap}
mark.m-risky .mark-level{color:#6b3a00}
mark.m-inappropriate .mark-level{color:#7f1d22}
.label{margin:.6rem 0 .2rem}
.reasons{margin:.2rem 0;padding-left:1.2rem}
.reasons li{margin:.3rem 0}
.rule{color:#555;font-size:.85em}
.suggestion{margin:.2rem 0}
blockquote.quote{margin:.3rem 0 .4rem .2rem;padding:.1rem .8rem;border-left:4px solid #767676;color:#333;font-size:.93rem}
blockquote.quote p{margin:0}
blockquote.quote footer{color:#444;font-size:.9em}
.decision{margin:.6rem 0 0}
.decision-word{font-weight:700;text-transform:uppercase}
footer.page{margin-top:2.5rem;border-top:1px solid #767676;padding-top:.6rem;font-size:.92rem;color:#333}
.checklist{list-style:none;padding:0}
.checklist li{display:flex;gap:.8rem;align-items:flex-start;border-bottom:1px solid #b0b0b0;padding:.6rem 0;break-inside:avoid}
.checklist input{width:1.3rem;height:1.3rem;margin-top:.2rem;flex:none}
.checklist .excerpt{white-space:pre-wrap;overflow-wrap:anywhere;margin:.2rem 0}
.table-scroll{max-width:100%;overflow-x:auto}
.year-levels .badge{white-space:nowrap}
.progress{font-weight:700;font-size:1.1rem;margin:.8rem 0 .2rem}
progress{width:100%;max-width:30rem;height:1rem}
.done-on{color:#444}
@page{margin:1.6cm 1.4cm}
@media print{
body{max-width:none;padding:0;font-size:10.5pt}
nav{display:none}
.badge,mark,.chart svg,.lv-inappropriate,.lv-risky,.lv-appropriate,.lv-unchecked{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.charts{display:block}
h2,h3,h4{break-after:avoid}
article.item,.chart{break-inside:avoid}
.text{background:none}
a.item-link::after{content:" <" attr(href) ">";font-size:.85em;overflow-wrap:anywhere;color:#1b1b1b}
}`;

function page(lang: Lang, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The whole report, ready to write to a `.html` file. */
/**
 * The report of a store's history, or of the items a selection keeps: its risky and inappropriate items (at most
 * DEFAULT_MAX_ITEMS), the selection's figures, and how many items the whole history holds. What the CLI writes
 * and the server sends.
 */
export function buildHtmlReport(
  store: ReviewStore,
  lang: Lang,
  { selection = {}, generatedAt = new Date().toISOString(), relang }: { selection?: ReviewSelection; generatedAt?: string; relang?: (row: ReviewRow) => ReviewRow } = {},
): string {
  const selected = hasSelection(selection);
  const level = selection.level === undefined ? ["risky", "inappropriate"] as Level[] : [selection.level].flat();
  const stored = store.query({ ...selection, level, limit: DEFAULT_MAX_ITEMS });
  // Each item's messages in the report's language, where the store holds them in the other.
  const rows = relang ? stored.map(relang) : stored;
  return renderHtmlReport({
    rows,
    counts: store.counts(selection),
    lang,
    generatedAt,
    ...(selected ? { selection, historyTotal: store.count() } : {}),
  });
}

export function renderHtmlReport(input: HtmlReportInput): string {
  const lang: Lang = input.lang === "fr" ? "fr" : "en";
  const t = REPORT_LABELS[lang];
  const listed = toReconsider(input.rows);
  const notes: RenderNotes = { frenchQuoted: false };
  const reconsider = reconsiderSection({ ...input, lang }, listed, t, notes);
  const body = `<header>
<h1>${escapeHtml(t.title)}</h1>
<div class="notice"><p>${escapeHtml(t.advice)}</p><p>${escapeHtml(t.local)}</p></div>
${headerFacts(input, t)}
</header>
<nav aria-labelledby="toc"><h2 id="toc" class="vh">${escapeHtml(t.contents)}</h2><ul>
<li><a href="#summary">${escapeHtml(t.summary)}</a></li>
<li><a href="#figures">${escapeHtml(t.figures)}</a></li>
<li><a href="#reconsider">${escapeHtml(t.reconsider)}</a></li>
</ul></nav>
<main>
${summarySection({ ...input, lang }, t)}
<h2 id="figures">${escapeHtml(t.figures)}</h2>
<div class="charts">
${charts(input.counts, t, lang)}
</div>
${yearLevelTable(input.counts, t, lang)}
${reconsider}
</main>
<footer class="page"><p>${escapeHtml(t.footer)}</p>${lang === "fr" || notes.frenchQuoted ? `<p>${escapeHtml(t.unofficial)}</p>` : ""}</footer>`;
  return page(lang, t.documentTitle, body);
}

const EXCERPT_LENGTH = 280;

/** The first characters of a text, never cutting a character in two. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const chars = Array.from(text);
  return chars.length <= length ? text : `${chars.slice(0, length).join("")}…`;
}

/** What was done and when, as HTML: "liked 2019-03-05", « aimé le 2019-03-05 », "liked (date unknown)". */
function actedOn(action: Action, createdAt: string, lang: Lang): string {
  const verb = escapeHtml(actionVerb(action)[lang]);
  if (!isKnownDate(createdAt)) return `${verb} (${escapeHtml(DATE_UNKNOWN[lang])})`;
  return `${verb}${lang === "fr" && action !== "profile" ? " le" : ""} ${timeElement(createdAt, true)}`;
}

/** The to-do list as the store gives it: its entries (by platform, then step, then date) and how many are ticked done. */
export interface TodoList {
  entries: readonly TodoEntry[];
  done: number;
  total: number;
}

/** "312 of 1,240 done" / « 312 sur 1 240 faites ». */
export function todoProgress(done: number, total: number, lang: Lang): string {
  return REPORT_LABELS[lang === "fr" ? "fr" : "en"].progress(formatNumber(done, lang), formatNumber(total, lang));
}

/** A to-do step's name on its platform ("Unlike", "Undo boost", "Edit bio"), from core/remedies.ts. */
export function todoStep(entry: Pick<TodoEntry, "decision" | "platform" | "action">): Message {
  return decisionName(entry.decision, entry.platform, entry.action);
}

/**
 * The to-do list as one self-contained, printable page: by platform, then by step as the platform names it ("Unlike",
 * "Undo boost", "Delete"), each item with its direct link, its tick (checked when done) and the progress so far.
 */
export function renderTodoHtml(todo: TodoList, lang: Lang, options: { generatedAt?: string; platform?: Platform } = {}): string {
  const l: Lang = lang === "fr" ? "fr" : "en";
  const t = REPORT_LABELS[l];
  const c = colon(l);
  const progress = (done: number, total: number, id: string) =>
    `<p class="progress" id="${id}">${escapeHtml(todoProgress(done, total, l))}</p><progress max="${total}" value="${done}" aria-labelledby="${id}"></progress>`;
  let index = 0;
  const platforms = [...new Set(todo.entries.map((e) => e.platform))];
  const sections = platforms.map((platform) => {
    const ofPlatform = todo.entries.filter((e) => e.platform === platform);
    const steps = [...new Set(ofPlatform.map((e) => todoStep(e)[l]))];
    const groups = steps.map((step) => {
      const group = ofPlatform.filter((e) => todoStep(e)[l] === step);
      const items = group.map((e) => {
        const i = ++index;
        const note = e.note ? `<p class="meta">${escapeHtml(t.note)}${c} <bdi>${escapeHtml(e.note)}</bdi></p>` : "";
        const done = e.doneAt ? ` <span class="done-on">(${escapeHtml(t.doneOn)} ${timeElement(e.doneAt, true)})</span>` : "";
        return `<li${e.doneAt ? ' class="is-done"' : ""}><input type="checkbox" id="todo-${i}" aria-describedby="todo-text-${i}"${e.doneAt ? " checked" : ""}><div><label for="todo-${i}"><strong>${escapeHtml(t.done)}</strong> — ${actedOn(e.action, e.createdAt, l)}</label>${done}
<p class="excerpt" id="todo-text-${i}" dir="auto">${hasReadableText(e.text) ? escapeHtml(excerpt(e.text)) : `<span class="meta">${escapeHtml(t.onlyLink)}</span>`}</p>
<p>${linkOrText(e.url, e.platform, t)}${e.id === e.url ? "" : ` · ${escapeHtml(t.id)}${c} <code><bdi>${escapeHtml(e.id)}</bdi></code>`}</p>${note}</div></li>`;
      });
      const doneHere = group.filter((e) => e.doneAt).length;
      return `<h3>${escapeHtml(step)} (${escapeHtml(todoProgress(doneHere, group.length, l))})</h3>\n<ul class="checklist">${items.join("\n")}</ul>`;
    });
    const doneHere = ofPlatform.filter((e) => e.doneAt).length;
    return `<h2>${escapeHtml(platformName(platform))} (${escapeHtml(todoProgress(doneHere, ofPlatform.length, l))})</h2>\n${groups.join("\n")}`;
  });
  const generated = options.generatedAt ? `<p class="meta">${escapeHtml(t.generated)}${c} ${timeElement(options.generatedAt)}</p>` : "";
  const scope = options.platform ? `<p class="meta">${escapeHtml(t.platform)}${c} ${escapeHtml(platformName(options.platform))}</p>` : "";
  const body = `<header><h1>${escapeHtml(t.todoTitle)}</h1>
<div class="notice"><p>${escapeHtml(t.todoIntro)}</p><p>${escapeHtml(t.local)}</p></div>${generated}${scope}
${todo.total > 0 ? progress(todo.done, todo.total, "progress") : ""}</header>
<main>
${todo.total === 0 ? `<p>${escapeHtml(t.todoEmpty)}</p>` : sections.join("\n")}
</main>`;
  return page(l, `Impartial: ${t.todoTitle}`, body);
}

/**
 * The deletion checklist's entries with each item's action, so a like reads "liked", not "posted": the to-do list's
 * deletions, in the checklist's order (by platform, then date).
 */
export function deletionEntries(store: ReviewStore): (DeletionEntry & { action: Action })[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return store
    .todo()
    .entries.filter((e) => e.decision === "delete")
    .map(({ platform, id, action, url, createdAt, text, note, decidedAt }) => ({ platform, id, action, createdAt, text, decidedAt, ...(url !== undefined ? { url } : {}), ...(note !== undefined ? { note } : {}) }))
    .sort((a, b) => cmp(a.platform, b.platform) || cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id));
}

/**
 * A printable checklist of what the person decided to delete, one checkbox per item, by platform then date. An entry
 * that says its action is named by it ("liked 2019-03-05"), not "posted".
 */
export function renderDeletionChecklistHtml(entries: readonly (DeletionEntry & { action?: Action })[], lang: Lang, options: { generatedAt?: string } = {}): string {
  const l: Lang = lang === "fr" ? "fr" : "en";
  const t = REPORT_LABELS[l];
  const c = colon(l);
  const platforms = [...new Set(entries.map((e) => e.platform))];
  const numbered = entries.map((entry, index) => ({ entry, i: index + 1 }));
  const sections = platforms.map((platform) => {
    const group = numbered.filter(({ entry }) => entry.platform === platform);
    const items = group.map(({ entry: e, i }) => {
      const note = e.note ? `<p class="meta">${escapeHtml(t.note)}${c} <bdi>${escapeHtml(e.note)}</bdi></p>` : "";
      return `<li><input type="checkbox" id="done-${i}" aria-describedby="text-${i}"><div><label for="done-${i}"><strong>${escapeHtml(t.done)}</strong> — ${e.action ? actedOn(e.action, e.createdAt, l) : `${escapeHtml(t.posted)} ${itemTime(e.createdAt, l)}`}</label>
<p class="excerpt" id="text-${i}" dir="auto">${escapeHtml(excerpt(e.text)) || `<span class="meta">${escapeHtml(t.noText)}</span>`}</p>
<p>${linkOrText(e.url, e.platform, t)} · ${escapeHtml(t.id)}${c} <code><bdi>${escapeHtml(e.id)}</bdi></code></p>${note}</div></li>`;
    });
    return `<h2>${escapeHtml(platformName(platform))} (${escapeHtml(formatNumber(group.length, l))})</h2>\n<ul class="checklist">${items.join("\n")}</ul>`;
  });
  const generated = options.generatedAt ? `<p class="meta">${escapeHtml(t.generated)}${c} ${timeElement(options.generatedAt)}</p>` : "";
  const body = `<header><h1>${escapeHtml(t.checklistTitle)}</h1>
<div class="notice"><p>${escapeHtml(t.checklistIntro)}</p><p>${escapeHtml(t.local)}</p></div>${generated}</header>
<main>
${entries.length === 0 ? `<p>${escapeHtml(t.checklistEmpty)}</p>` : sections.join("\n")}
</main>`;
  return page(l, `Impartial: ${t.checklistTitle}`, body);
}
