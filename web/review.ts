/// <reference lib="dom" />
import { ACTIONS, CATEGORIES, LEVELS, type Action, type Category, type Finding, type Lang, type Level } from "../src/core/model.js";
import { actionVerb, decisionName, decisionsFor, type ItemGroup } from "../src/core/remedies.js";
import type { ReviewState, Sort } from "../src/store/store.js";
import { HOW_TO_EXPORT } from "../src/importers/how-to-export.js";
import { PLATFORMS, type Platform } from "../src/importers/types.js";
import { isKnownDate } from "../src/core/dates.js";
import { loadPersonProfile, savePersonProfile, type PersonProfile } from "./profile.js";
import { departmentField, readDepartmentField, showDepartment } from "./profile-fields.js";
import { checkbox, confirmedBy, el, heading, keepPlaceInLanguageToggle } from "./dom.js";
import { callApi, ServerError } from "./api.js";
import { guidanceBlock } from "./guidance-quote.js";
import { buildRules, buildTodo, rulesClick, saveRule, showRules, showTodo, tick, type TriageContext } from "./review-triage.js";
import {
  dateOf,
  DECISION_CHOICES,
  downloadLinks,
  selectionLinks,
  errorText,
  filterJson,
  formatCount,
  formatPercent,
  GROUPS,
  keyCommand,
  langOfPath,
  NO_FILTER,
  PAGE_SIZE,
  pageText,
  progressText,
  REVIEW_STATES,
  REVIEW_STRINGS,
  filtersFromHash,
  filtersToHash,
  reviewQuery,
  ROLE_CHOICES,
  searchable,
  sortOf,
  SORTS,
  timelineBars,
  timelineRows,
  type DecisionChoice,
  type FilterState,
  type ReviewStrings,
  type TimelineRow,
} from "./review-view.js";

const lang: Lang = langOfPath(location.pathname);
const t: ReviewStrings = REVIEW_STRINGS[lang];
const SVG = "http://www.w3.org/2000/svg";
const POLL_MS = 500;
/** How often a running scan's status is rewritten (and so announced). */
const STATUS_EVERY_MS = 5_000;

interface ReviewItem {
  platform: Platform;
  id: string;
  action: Action;
  createdAt: string;
  url: string | null;
  text: string;
  level: Level | null;
  categories: Category[];
  findings: Finding[];
  /** The language of the messages, and the one the text appears to be in. */
  lang?: Lang | null;
  textLang?: Lang | null;
  beforeService: boolean;
  decision: DecisionChoice | null;
  note?: string | null;
  /** Its review state: its level, or `unchecked` when it had no text to read. */
  state?: ReviewState | null;
  readable?: boolean;
  engagement?: number | null;
  /** The decisions its platform and action allow, in the order shown. */
  offered?: DecisionChoice[];
  doneAt?: string | null;
}

interface Counts {
  total: number;
  /** Items with no text to read in which nothing was found. */
  unchecked?: number;
  byLevel: Record<Level, number>;
  byPlatform: Partial<Record<Platform, number>>;
  byYear: Record<string, number>;
  byYearLevel?: Record<string, Partial<Record<ReviewState, number>>>;
  byDecision: Record<string, number>;
}

interface ReviewAnswer {
  total: number;
  /** Undecided risky-or-worse items in the whole history. */
  left?: number;
  counts: Counts;
  items: ReviewItem[];
}

interface ScanJob {
  id: string;
  status: "running" | "done" | "failed";
  itemsRead: number;
  counts: Record<Level, number>;
  reading?: { file: string; percent?: number };
  /** What the importer skipped or could not read (the first 20; `warningCount` counts them all). */
  warnings?: string[];
  warningCount?: number;
  error?: string;
  startedAt: string;
}


let filters: FilterState = { ...NO_FILTER };

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function api<T>(path: string, init?: RequestInit): Promise<T> {
  return callApi<T>(path, lang, t.networkError, init);
}

function option(value: string, label: string): HTMLOptionElement {
  return el("option", { value }, label);
}

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  if (hint) control.setAttribute("aria-describedby", `${id}-hint`);
  return el("div", { class: "field" }, el("label", { for: id }, label), ...(hint ? [el("p", { id: `${id}-hint`, class: "hint" }, hint)] : []), control);
}

function buildUpload(): HTMLElement {
  return el(
    "section",
    { "aria-labelledby": "upload-heading", class: "upload no-print" },
    heading(2, t.uploadHeading, "upload-heading"),
    el(
      "form",
      { id: "upload-form", novalidate: "" },
      field("export-file", t.fileLabel, el("input", { type: "file", id: "export-file", name: "export", accept: ".zip,.tar,.gz,.tgz,.js,.json,.car,.csv,.html,application/zip,application/gzip,application/x-tar,application/json,text/csv" }), t.fileHint),
      field("export-folder", t.folderLabel, el("input", { type: "file", id: "export-folder", name: "export-folder", webkitdirectory: "", multiple: "" }), t.folderHint),
      field("platform", t.platformLabel, el("select", { id: "platform", name: "platform" }, option("", t.platformAuto), ...PLATFORMS.map((p) => option(p, t.platform[p])))),
      field("joined", t.joinedLabel, el("input", { type: "date", id: "joined", name: "joined" }), t.joinedHint),
      field("role", t.roleLabel, el("select", { id: "role", name: "role" }, ...ROLE_CHOICES.map((r) => option(r, t.roles[r])))),
      departmentField(lang),
      checkbox("identifiable", t.identifiable),
      el("p", { class: "hint why-server" }, t.whyServer),
      el("button", { type: "submit", id: "scan-button", class: "button-primary" }, t.scanButton),
    ),
    el("div", { class: "scan-progress" }, el("label", { for: "scan-progress" }, t.progressLabel), el("progress", { id: "scan-progress", max: "100", value: "0" })),
    el("p", { id: "scan-status", class: "scan-status", role: "status", "aria-live": "polite" }),
    el("div", { id: "scan-warnings" }),
    howToExport(),
  );
}

/** How to get each platform's export: one disclosure per platform, its steps and its help page. */
function howToExport(): HTMLElement {
  return el(
    "section",
    { "aria-labelledby": "how-to-heading", class: "how-to-export" },
    heading(3, t.howToHeading, "how-to-heading"),
    el("p", {}, t.howToIntro),
    ...HOW_TO_EXPORT.map((h) =>
      el(
        "details",
        { id: `how-to-${h.platform}` },
        el("summary", {}, t.platform[h.platform]),
        el("p", {}, h.request[lang]),
        el("p", {}, h.choose[lang]),
        el("p", {}, el("a", { href: h.url, rel: "noopener noreferrer" }, t.howToHelp)),
      ),
    ),
  );
}

function buildHistory(): HTMLElement {
  const select = (id: string, values: readonly string[], label: (v: string) => string) => el("select", { id, name: id }, option("", t.any), ...values.map((v) => option(v, label(v))));
  return el(
    "section",
    { "aria-labelledby": "history-heading", class: "history" },
    heading(2, t.historyHeading, "history-heading"),
    el("p", { id: "review-summary", class: "review-summary", "aria-live": "polite" }),
    el("p", { id: "forget-status", class: "sr-status", role: "status", "aria-live": "polite" }),
    el("div", { id: "review-body" },
      el("p", { id: "left-count", class: "left-count", role: "status", "aria-live": "polite" }),
      el(
        "div",
        { class: "view-switch no-print", role: "group", "aria-label": t.viewLabel },
        el("button", { type: "button", id: "view-attention", class: "view-button", "aria-pressed": "true" }, t.viewAttention),
        el("button", { type: "button", id: "view-all", class: "view-button", "aria-pressed": "false" }, t.viewAll),
      ),
      el("p", { id: "view-hint", class: "hint" }, t.attentionHint),
      el(
        "form",
        { id: "filters", class: "filters no-print", novalidate: "", role: "search" },
        el(
          "fieldset",
          {},
          el("legend", {}, t.filtersHeading),
          field("filter-search", t.searchLabel, el("input", { type: "search", id: "filter-search", name: "filter-search", autocomplete: "off", maxlength: "500" }), t.searchHint),
          el("div", { class: "filter-row" },
            field("filter-level", t.levelLabel, select("filter-level", [...REVIEW_STATES].reverse(), (v) => t.level[v as ReviewState])),
            field("filter-group", t.groupLabel, select("filter-group", GROUPS, (v) => t.group[v as ItemGroup])),
            field("filter-action", t.actionLabel, select("filter-action", ACTIONS, (v) => t.actionName[v as Action])),
            field("filter-platform", t.platformLabel, select("filter-platform", PLATFORMS, (v) => t.platform[v as Platform])),
            field("filter-category", t.categoryLabel, select("filter-category", CATEGORIES, (v) => t.category[v as Category])),
            field("filter-year", t.yearLabel, select("filter-year", [], (v) => v)),
            field("filter-sort", t.sortLabel, el("select", { id: "filter-sort", name: "filter-sort" }, ...SORTS.map((s) => option(s, t.sort[s])))),
          ),
          checkbox("filter-undecided", t.undecidedOnly),
        ),
      ),
      el(
        "details",
        { class: "keys no-print", id: "keys" },
        el("summary", {}, t.keysSummary),
        el("dl", {}, ...t.keys.flatMap(([key, what]) => [el("dt", {}, el("kbd", {}, key)), el("dd", {}, what)])),
        el("p", { class: "hint" }, t.keysNote),
      ),
      el(
        "section",
        { "aria-labelledby": "bulk-heading", class: "bulk no-print" },
        heading(3, t.bulkHeading, "bulk-heading"),
        el("div", { class: "bulk-select" },
          checkbox("select-page", t.selectPage),
          el("button", { type: "button", id: "select-matching", class: "button-secondary" }, ""),
          el("button", { type: "button", id: "unselect-all", class: "button-secondary" }, t.unselectAll),
        ),
        el("p", { id: "selection-status", class: "selection-status", role: "status", "aria-live": "polite" }),
        el("div", { class: "bulk-decide" },
          field("bulk-decision", t.bulkDecision, el("select", { id: "bulk-decision" })),
          el("button", { type: "button", id: "bulk-apply", class: "button-secondary" }, t.bulkApply),
        ),
        el("div", { id: "bulk-result", class: "bulk-result", role: "status", "aria-live": "polite" }),
      ),
      el("p", { id: "page-status", class: "page-status", "aria-live": "polite" }),
      el("div", { class: "table-wrap" }, el("table", { id: "review-table" }, el("caption", { id: "review-caption" }, t.tableCaption), tableHead(), el("tbody", {}))),
      el(
        "div",
        { class: "pager no-print" },
        el("button", { type: "button", id: "page-previous", class: "button-secondary" }, t.previous),
        el("button", { type: "button", id: "page-next", class: "button-secondary" }, t.next),
      ),
      el("p", { id: "decision-status", class: "sr-status", role: "status", "aria-live": "polite" }),
      el("section", { "aria-labelledby": "timeline-heading", class: "timeline" }, heading(3, t.timelineHeading, "timeline-heading"), el("div", { id: "timeline" })),
      buildTodo(t, lang),
      buildRules(t),
      el(
        "section",
        { "aria-labelledby": "reports-heading", class: "reports no-print" },
        heading(3, t.reportsHeading, "reports-heading"),
        el("p", { class: "hint" }, t.reportsHint),
        el("ul", {}, ...downloadLinks(lang).map((d) => el("li", {}, el("a", { href: d.href, download: "" }, t[d.key])))),
        el("div", { id: "selection-reports", hidden: "" }),
      ),
      el(
        "section",
        { "aria-labelledby": "forget-heading", class: "forget no-print" },
        heading(3, t.forgetHeading, "forget-heading"),
        el("p", { id: "forget-hint", class: "hint" }, t.forgetHint),
        el(
          "form",
          { id: "forget-form", novalidate: "", "aria-describedby": "forget-hint" },
          field("forget-platform", t.forgetWhich, el("select", { id: "forget-platform", name: "forget-platform" }, option("", t.forgetAll))),
          el("p", { id: "forget-error", class: "field-error", hidden: "" }),
          checkbox("forget-confirm", t.forgetConfirm),
          el("button", { type: "submit", id: "forget-button", class: "button-danger" }, t.forgetButton),
        ),
      ),
      ...(lang === "fr" ? [el("p", { class: "hint" }, t.unofficial)] : []),
    ),
  );
}

function tableHead(): HTMLElement {
  const cols = [t.colSelect, t.colDate, t.colWhat, t.colText, t.colLevel, t.colDecision];
  return el("thead", {}, el("tr", {}, ...cols.map((c) => el("th", { scope: "col" }, c))));
}

const keyOf = (item: { platform: string; id: string }) => `${item.platform}\u0000${item.id}`;

/** The items of the page shown, in order; the selection (kept across pages) with each item's platform and action. */
let shown: ReviewItem[] = [];
const selected = new Map<string, { platform: Platform; id: string; action: Action }>();
/** "All N matching this filter" chosen: the bulk decision goes to the filter, not to keys. */
let matchingSelected = false;
let matchingTotal = 0;

function decisionCell(item: ReviewItem, rowId: string): HTMLElement {
  const offered = item.offered ?? [...DECISION_CHOICES];
  const buttons = offered.map((d, i) =>
    el("button", { type: "button", class: "triage", "data-decision": d, "data-key": String(i + 1), "aria-pressed": String(item.decision === d), "aria-describedby": `${rowId}-text` }, decisionName(d, item.platform, item.action)[lang]),
  );
  if (item.decision) buttons.push(el("button", { type: "button", class: "triage triage-clear", "data-decision": "clear", "aria-describedby": `${rowId}-text` }, t.clear));
  return el(
    "td",
    { class: "decision" },
    el("p", { class: "decision-word" }, item.decision ? t.decisionIs(decisionName(item.decision, item.platform, item.action)[lang]) : t.undecided),
    el("div", { class: "triage-buttons", role: "group", "aria-label": t.colDecision }, ...buttons),
  );
}

/** One line of text (or "not checked" for an item with only a link), and the button that shows the details. */
function textCell(item: ReviewItem, rowId: string): HTMLElement {
  const unchecked = item.state === "unchecked";
  const line = unchecked
    ? el("span", { class: "not-checked" }, t.notChecked)
    : item.text
      ? el("span", { class: "line", dir: "auto", ...(item.textLang ? { lang: item.textLang } : {}) }, Array.from(item.text).slice(0, 300).join(""))
      : el("span", { class: "line" }, t.noText);
  const cell = el("td", { class: "text", id: `${rowId}-text` }, line);
  if (unchecked && item.url && /^https?:\/\//i.test(item.url)) cell.append(" ", el("a", { href: item.url, rel: "noreferrer noopener" }, t.openLink));
  cell.append(el("button", { type: "button", class: "expand", "aria-expanded": "false", "aria-controls": `${rowId}-detail`, "aria-describedby": `${rowId}-text` }, t.details));
  return cell;
}

function itemRows(item: ReviewItem, index: number): HTMLTableRowElement[] {
  const rowId = `item-${filters.offset + index}`;
  const level = item.state ?? item.level ?? "";
  const box = el("input", { type: "checkbox", class: "select-item", id: `${rowId}-select`, "aria-describedby": `${rowId}-text` });
  box.checked = matchingSelected || selected.has(keyOf(item));
  const row = el(
    "tr",
    { id: rowId, class: "item", tabindex: "-1", "data-index": String(index), "data-platform": item.platform, "data-id": item.id, "data-action": item.action, "data-level": level, "data-decision": item.decision ?? "" },
    el("td", { class: "select" }, box, el("label", { for: box.id, class: "select-label" }, t.selectItem)),
    el("td", { class: "when" }, isKnownDate(item.createdAt) ? el("time", { datetime: item.createdAt }, dateOf(item.createdAt)) : el("span", {}, dateOf(item.createdAt, lang))),
    el("td", { class: "what" }, `${t.platform[item.platform] ?? item.platform} · ${actionVerb(item.action)[lang]}`),
    textCell(item, rowId),
    el("td", { class: "level", "data-level": level }, level ? t.level[level] : "?"),
    decisionCell(item, rowId),
  );
  const detail = el("tr", { id: `${rowId}-detail`, class: "detail", hidden: "" }, el("td", { colspan: "6" }));
  return [row, detail];
}

/** The details of an item, made when first shown: its whole text, what was found and why, the link and a note. */
function fillDetail(item: ReviewItem, rowId: string, cell: HTMLElement): void {
  const parts: HTMLElement[] = [];
  if (item.state === "unchecked") parts.push(el("p", {}, t.notCheckedWhy));
  else if (item.text) parts.push(el("p", { class: "full-text", dir: "auto", ...(item.textLang ? { lang: item.textLang } : {}) }, item.text));
  const facts: (Node | string)[] = [];
  if (item.url && /^https?:\/\//i.test(item.url)) facts.push(el("a", { href: item.url, rel: "noreferrer noopener" }, t.openLink));
  if (item.engagement) facts.push(` ${t.engagementIs(formatCount(item.engagement, lang))}`);
  if (facts.length) parts.push(el("p", {}, ...facts));
  if (item.beforeService) parts.push(el("p", { class: "hint" }, t.beforeService));
  if (item.categories.length) parts.push(el("p", {}, `${t.colCategories}${lang === "fr" ? "\u00a0:" : ":"} ${item.categories.map((c) => t.category[c] ?? c).join(", ")}`));
  const messages = item.findings.filter((f) => f.level !== "appropriate");
  parts.push(
    messages.length
      ? el("ul", { class: "why", ...(item.lang ? { lang: item.lang } : {}) }, ...messages.map((f) => el("li", {}, el("p", {}, f.message), ...f.guidance.slice(0, 2).map((g) => guidanceBlock(g, item.lang ?? lang)))))
      : el("p", {}, t.noFinding),
  );
  const note = el("textarea", { id: `${rowId}-note`, class: "note", rows: "2", maxlength: "2000" });
  note.value = item.note ?? "";
  parts.push(
    el("div", { class: "field note-field" }, el("label", { for: note.id }, t.noteLabel), el("p", { class: "hint", id: `${rowId}-note-hint` }, t.noteHint), note),
    el("button", { type: "button", class: "button-secondary save-note" }, t.saveNote),
  );
  note.setAttribute("aria-describedby", `${rowId}-note-hint`);
  cell.replaceChildren(...parts);
}

function rowOf(element: Element | null): HTMLTableRowElement | null {
  const row = element?.closest<HTMLTableRowElement>("tr.item, tr.detail") ?? null;
  return row?.classList.contains("detail") ? (row.previousElementSibling as HTMLTableRowElement) : row;
}

function itemOf(row: HTMLTableRowElement): ReviewItem | undefined {
  return shown[Number(row.dataset.index)];
}

function toggleDetail(row: HTMLTableRowElement, open?: boolean): void {
  const button = row.querySelector<HTMLButtonElement>("button.expand")!;
  const detail = document.getElementById(`${row.id}-detail`)!;
  const show = open ?? detail.hidden;
  if (show && !detail.dataset.filled) {
    const item = itemOf(row);
    if (item) fillDetail(item, row.id, detail.querySelector("td")!);
    detail.dataset.filled = "1";
  }
  detail.hidden = !show;
  button.setAttribute("aria-expanded", String(show));
}

/** The row the keys act on: the one holding the focus, else the first. */
function currentRow(): HTMLTableRowElement | null {
  return rowOf(document.activeElement) ?? document.querySelector<HTMLTableRowElement>("#review-table tr.item");
}

function focusRow(row: HTMLTableRowElement | null | undefined): void {
  if (!row) return;
  row.focus();
  row.scrollIntoView({ block: "nearest" });
}

function nextRow(row: HTMLTableRowElement, step: 1 | -1): HTMLTableRowElement | null {
  const rows = [...document.querySelectorAll<HTMLTableRowElement>("#review-table tr.item")];
  return rows[rows.indexOf(row) + step] ?? null;
}

function showLeft(left: number | undefined): void {
  if (left === undefined) return;
  byId("left-count").textContent = left === 0 ? t.leftNone : t.left(formatCount(left, lang));
  byId("left-count").dataset.left = String(left);
}

async function decide(row: HTMLTableRowElement, decision: DecisionChoice | "clear", byKey = false): Promise<void> {
  const item = itemOf(row);
  if (!item) return;
  const status = byId("decision-status");
  const date = row.querySelector("time")?.textContent ?? "";
  const noteField = document.getElementById(`${row.id}-note`) as HTMLTextAreaElement | null;
  // A decision replaces the item's note: the one typed (or the one it had) goes with it.
  const note = noteField ? noteField.value : (item.note ?? undefined);
  try {
    const answer = await api<ReviewItem & { left: number }>("/api/review/decision", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ platform: item.platform, id: item.id, decision, ...(decision !== "clear" && note ? { note } : {}) }),
    });
    showLeft(answer.left);
    const index = Number(row.dataset.index);
    shown[index] = answer;
    const wasOpen = !(document.getElementById(`${row.id}-detail`)?.hidden ?? true);
    const [fresh, detail] = itemRows(answer, index);
    document.getElementById(`${row.id}-detail`)?.replaceWith(detail!);
    row.replaceWith(fresh!);
    if (wasOpen) toggleDetail(fresh!, true);
    status.textContent = answer.decision ? t.recorded(decisionName(answer.decision, answer.platform, answer.action)[lang], date) : t.cleared(date);
    // By key, on to the next item; by click, the focus stays on the row's button.
    if (byKey) focusRow(nextRow(fresh!, 1) ?? fresh);
    else (fresh!.querySelector<HTMLButtonElement>(`button[data-decision="${decision}"]`) ?? fresh!.querySelector<HTMLButtonElement>("button.triage"))?.focus();
    refreshSoon();
  } catch (e) {
    status.textContent = `${t.decisionFailed} ${(e as Error).message}`;
  }
}

async function saveNote(row: HTMLTableRowElement): Promise<void> {
  const item = itemOf(row);
  if (!item) return;
  if (!item.decision) {
    byId("decision-status").textContent = t.noteNeedsDecision;
    return;
  }
  await decide(row, item.decision);
  byId("decision-status").textContent = t.noteSaved;
  document.getElementById(`${row.id}-note`)?.focus();
}

/** Undoes a change (the latest when none is named), says what it was, and shows the list again. */
async function undo(change?: number): Promise<void> {
  const status = byId("decision-status");
  try {
    const answer = await api<{ change: { description: { en: string; fr: string } }; restored: number; left: number }>("/api/review/undo", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(change === undefined ? {} : { change }),
    });
    showLeft(answer.left);
    byId("bulk-result").replaceChildren();
    await refreshAfterChange(true);
    status.textContent = t.undone(answer.change.description[lang], formatCount(answer.restored, lang));
  } catch (e) {
    status.textContent = e instanceof ServerError && e.status === 409 ? t.nothingToUndo : `${t.undoFailed} ${(e as Error).message}`;
  }
}

const triage: TriageContext = { lang, api, changed: () => refreshAfterChange(true), undo };

/** How long the counts wait after a decision, so that a run of keyed decisions asks for them once. */
const COUNTS_WAIT_MS = 600;
let countsTimer: ReturnType<typeof setTimeout> | undefined;
function refreshSoon(): void {
  clearTimeout(countsTimer);
  countsTimer = setTimeout(() => void refreshAfterChange(false), COUNTS_WAIT_MS);
}

/** After a change of decisions: the counts, the to-do list and the rules; the list too when many items changed. */
async function refreshAfterChange(list: boolean): Promise<void> {
  const work: Promise<unknown>[] = [showCounts(), showTodo(triage), showRules(triage)];
  if (list) work.push(showPage(true));
  await Promise.all(work);
}

/** The bulk decision's choices, named as the platform names them when the selection is all of one kind. */
function showBulkChoices(): void {
  const kinds = matchingSelected
    ? filters.platform && filters.action
      ? [{ platform: filters.platform, action: filters.action }]
      : []
    : [...new Map([...selected.values()].map((s) => [`${s.platform}/${s.action}`, s])).values()];
  const one = kinds.length === 1 ? kinds[0]! : undefined;
  const select = byId<HTMLSelectElement>("bulk-decision");
  const chosen = select.value;
  const choices: (DecisionChoice | "clear")[] = one ? [...decisionsFor(one.platform, one.action), "clear"] : [...DECISION_CHOICES, "clear"];
  select.replaceChildren(...choices.map((d) => option(d, d === "clear" ? t.generic.clear : one ? decisionName(d, one.platform, one.action)[lang] : t.generic[d])));
  if (choices.includes(chosen as DecisionChoice)) select.value = chosen;
}

function showSelection(): void {
  const status = byId("selection-status");
  status.textContent = matchingSelected ? t.allMatchingSelected(formatCount(matchingTotal, lang)) : selected.size ? t.selectedCount(formatCount(selected.size, lang)) : "";
  const boxes = [...document.querySelectorAll<HTMLInputElement>("#review-table input.select-item")];
  for (const box of boxes) {
    const item = itemOf(rowOf(box)!);
    box.checked = matchingSelected || (item !== undefined && selected.has(keyOf(item)));
  }
  byId<HTMLInputElement>("select-page").checked = boxes.length > 0 && boxes.every((b) => b.checked);
  byId("select-matching").textContent = t.selectAllMatching(formatCount(matchingTotal, lang));
  byId<HTMLButtonElement>("select-matching").disabled = matchingTotal === 0 || matchingSelected;
  byId<HTMLButtonElement>("unselect-all").disabled = !matchingSelected && selected.size === 0;
  showBulkChoices();
}

function select(item: ReviewItem, on: boolean): void {
  if (matchingSelected && !on) {
    // Unticking one item of "all matching" leaves the page's others ticked, as keys.
    matchingSelected = false;
    for (const other of shown) selected.set(keyOf(other), other);
  }
  if (on) selected.set(keyOf(item), item);
  else selected.delete(keyOf(item));
}

function unselectAll(): void {
  matchingSelected = false;
  selected.clear();
  showSelection();
}

async function applyBulk(): Promise<void> {
  const result = byId("bulk-result");
  const decision = byId<HTMLSelectElement>("bulk-decision").value;
  if (!matchingSelected && selected.size === 0) {
    result.replaceChildren(el("p", {}, t.bulkNothing));
    return;
  }
  const target = matchingSelected ? { filter: filterJson(filters) } : { keys: [...selected.values()].map(({ platform, id }) => ({ platform, id })) };
  const button = byId<HTMLButtonElement>("bulk-apply");
  button.disabled = true;
  try {
    const answer = await api<{ change: { id: number; changed: number; skipped: number }; left: number }>("/api/review/bulk", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...target, decision }),
    });
    showLeft(answer.left);
    unselectAll();
    await refreshAfterChange(true);
    result.replaceChildren(
      el("p", {}, t.bulkDone(formatCount(answer.change.changed, lang), formatCount(answer.change.skipped, lang))),
      el("button", { type: "button", id: "bulk-undo", class: "button-secondary", "data-change": String(answer.change.id) }, t.undo),
    );
  } catch (e) {
    result.replaceChildren(el("p", {}, `${t.bulkFailed} ${(e as Error).message}`));
  } finally {
    button.disabled = false;
  }
}

/** The keys of the list (j, k, o, x, 1–4, 0, u, /), ignored while typing in a field or with a modifier held. */
function onKey(e: KeyboardEvent): void {
  if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  const target = e.target as HTMLElement;
  if (target.closest("textarea, select, [contenteditable]") || (target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit"].includes(target.type))) {
    if (e.key === "Escape" && target.id === "filter-search") focusRow(currentRow());
    return;
  }
  if (!byId("review-body").contains(target) && target !== document.body) return;
  const row = currentRow();
  if (e.key === "Enter") {
    if (row && target === row) {
      e.preventDefault();
      toggleDetail(row);
    }
    return;
  }
  const command = keyCommand(e.key);
  if (!command) return;
  e.preventDefault();
  switch (command.kind) {
    case "next":
    case "previous": {
      const focusedRow = rowOf(document.activeElement);
      focusRow(focusedRow ? nextRow(focusedRow, command.kind === "next" ? 1 : -1) ?? focusedRow : row);
      return;
    }
    case "search":
      byId("filter-search").focus();
      return;
    case "undo":
      void undo();
      return;
    default:
  }
  if (!row) return;
  const item = itemOf(row);
  if (!item) return;
  if (command.kind === "expand") toggleDetail(row);
  else if (command.kind === "select") {
    select(item, !(matchingSelected || selected.has(keyOf(item))));
    showSelection();
    focusRow(row);
  } else if (command.kind === "clear") {
    if (item.decision) void decide(row, "clear", true);
  } else if (command.kind === "decide") {
    const decision = (item.offered ?? [])[command.index];
    if (decision) void decide(row, decision, true);
  }
}


function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

const LEVEL_FILL: Record<ReviewState, string> = { appropriate: "#03662a", risky: "#b35900", inappropriate: "#a62a1e", unchecked: "#6f6f6f" };

/** Each level has its own fill pattern as well as its own colour, so the chart reads without colour. */
function patterns(): SVGDefsElement {
  const pattern = (level: ReviewState, ...marks: SVGElement[]) =>
    svg("pattern", { id: `fill-${level}`, width: 8, height: 8, patternUnits: "userSpaceOnUse" }, svg("rect", { width: 8, height: 8, fill: LEVEL_FILL[level] }), ...marks);
  return svg(
    "defs",
    {},
    pattern("appropriate"),
    pattern("risky", svg("path", { d: "M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4", stroke: "#fff", "stroke-width": 1.5 })),
    pattern("inappropriate", svg("path", { d: "M0,0 l8,8 M8,0 l-8,8", stroke: "#fff", "stroke-width": 1.5 })),
    pattern("unchecked", svg("circle", { cx: 4, cy: 4, r: 1.5, fill: "#fff" })),
  );
}

function timelineChart(rows: readonly TimelineRow[]): SVGSVGElement {
  const chartHeight = 160;
  const bars = timelineBars(rows, { height: chartHeight, barWidth: 40, gap: 24 });
  const width = Math.max(240, 24 + bars.length * 64);
  const top = 20;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${chartHeight + top + 28}`, width, height: chartHeight + top + 28, role: "img", "aria-label": t.chartLabel, class: "timeline-chart" }, patterns());
  chart.append(svg("line", { x1: 0, x2: width, y1: top + chartHeight, y2: top + chartHeight, stroke: "#333", "stroke-width": 1 }));
  for (const bar of bars) {
    const year = bar.year === "?" ? t.unknownYear : bar.year;
    for (const s of bar.segments) {
      chart.append(svg("rect", { x: bar.x, y: top + s.y, width: bar.width, height: Math.max(1, s.height), fill: `url(#fill-${s.level})`, stroke: "#fff", "stroke-width": 1 }, svg("title", {}, `${year}: ${formatCount(s.count, lang)} ${t.level[s.level]}`)));
    }
    const barTop = top + (bar.segments[bar.segments.length - 1]?.y ?? chartHeight);
    chart.append(svg("text", { x: bar.x + bar.width / 2, y: barTop - 4, "text-anchor": "middle", "font-size": 12, fill: "#333" }, formatCount(bar.total, lang)));
    chart.append(svg("text", { x: bar.x + bar.width / 2, y: top + chartHeight + 18, "text-anchor": "middle", "font-size": 12, fill: "#333" }, year));
  }
  return chart;
}

/** The states the timeline shows, worst first: not checked only when some item is. */
function shownStates(rows: readonly TimelineRow[]): ReviewState[] {
  const levels: ReviewState[] = [...LEVELS].reverse();
  return rows.some((r) => r.counts.unchecked > 0) ? [...levels, "unchecked"] : levels;
}

function legend(rows: readonly TimelineRow[]): HTMLElement {
  return el(
    "ul",
    { class: "timeline-legend", "aria-label": t.legend },
    ...shownStates(rows).map((level) => {
      // The chart's patterns are in the same document, so the swatch refers to them by id.
      const swatch = svg("svg", { width: 16, height: 16, "aria-hidden": "true", focusable: "false" }, svg("rect", { width: 16, height: 16, fill: `url(#fill-${level})` }));
      return el("li", {}, swatch as unknown as Node, ` ${t.level[level]}`);
    }),
  );
}

function timelineTable(rows: readonly TimelineRow[]): HTMLElement {
  const order = shownStates(rows);
  return el(
    "table",
    { id: "timeline-table", class: "timeline-table" },
    el("caption", {}, t.timelineCaption),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t.year), ...order.map((l) => el("th", { scope: "col" }, t.level[l])), el("th", { scope: "col" }, t.total))),
    el(
      "tbody",
      {},
      ...rows.map((r) =>
        el("tr", {}, el("th", { scope: "row" }, r.year === "?" ? t.unknownYear : r.year), ...order.map((l) => el("td", {}, formatCount(r.counts[l], lang))), el("td", {}, formatCount(r.total, lang))),
      ),
    ),
  );
}

function showTimeline(counts: Counts): void {
  const rows = timelineRows(counts.byYearLevel);
  byId("timeline").replaceChildren(el("div", { class: "timeline-figure" }, timelineChart(rows), legend(rows)), timelineTable(rows));
}

/** The platforms whose history is stored, to delete one of them. */
function showPlatforms(counts: Counts): void {
  const select = byId<HTMLSelectElement>("forget-platform");
  const platforms = PLATFORMS.filter((p) => (counts.byPlatform[p] ?? 0) > 0);
  const chosen = select.value;
  select.replaceChildren(option("", t.forgetAll), ...platforms.map((p) => option(p, `${t.platform[p]} (${formatCount(counts.byPlatform[p] ?? 0, lang)})`)));
  select.value = (platforms as string[]).includes(chosen) ? chosen : "";
}

/** Deletes the chosen history from the review database once the box is ticked; says how many items went. */
async function forget(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const confirm = byId<HTMLInputElement>("forget-confirm");
  const status = byId("forget-status");
  const platform = byId<HTMLSelectElement>("forget-platform").value;
  status.textContent = "";
  if (!confirmedBy(confirm, byId("forget-error"), t.forgetConfirmFirst)) return;
  const button = byId<HTMLButtonElement>("forget-button");
  button.disabled = true;
  try {
    const answer = await api<{ deleted: number }>("/api/review/forget", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(platform ? { confirm: true, platform } : { confirm: true }),
    });
    confirm.checked = false;
    filters = { ...filters, offset: 0 };
    await refresh();
    status.textContent = t.forgetDone(formatCount(answer.deleted, lang), platform ? t.platform[platform as Platform] : t.forgetAll);
  } catch (e) {
    // The server says what was and was not done (items deleted but the file in use elsewhere, a scan running…).
    status.textContent = `${t.forgetFailed} ${(e as Error).message}`;
    await refresh();
  } finally {
    button.disabled = false;
  }
}

function showYears(counts: Counts): void {
  const select = byId<HTMLSelectElement>("filter-year");
  const years = Object.keys(counts.byYear).filter((y) => /^\d{4}$/.test(y)).sort();
  // Items whose date is unknown are a choice of their own, after the years.
  const undated = Object.keys(counts.byYear).some((y) => !/^\d{4}$/.test(y)) ? ["unknown"] : [];
  // The year the filters hold (from the hash, before the years were known) or the one chosen.
  const chosen = select.value || filters.year;
  select.replaceChildren(option("", t.any), ...years.map((y) => option(y, y)), ...undated.map((y) => option(y, t.unknownYear)));
  select.value = [...years, ...undated].includes(chosen) ? chosen : "";
}

/** The whole history's counts: the summary, what is left, the timeline, the years and platforms to choose from. */
async function showCounts(): Promise<ReviewAnswer | undefined> {
  const summary = byId("review-summary");
  const body = byId("review-body");
  let overall: ReviewAnswer;
  try {
    overall = await api<ReviewAnswer>("/api/review?limit=0");
  } catch (e) {
    body.hidden = true;
    const noStore = e instanceof ServerError && e.status === 503;
    summary.dataset.state = noStore ? "no-store" : "error";
    summary.textContent = noStore ? t.noStore : (e as Error).message;
    return undefined;
  }
  const c = overall.counts;
  if (c.total === 0) {
    body.hidden = true;
    summary.dataset.state = "empty";
    summary.replaceChildren(t.empty, " ", el("a", { href: "#export-file" }, t.fileLabel));
    return overall;
  }
  body.hidden = false;
  summary.dataset.state = "stored";
  summary.textContent = t.storedSummary(formatCount(c.total, lang), formatCount(c.byLevel.risky, lang), formatCount(c.byLevel.inappropriate, lang), formatCount(c.byDecision.undecided ?? 0, lang)) + (c.unchecked ? t.uncheckedSummary(formatCount(c.unchecked, lang)) : "");
  showLeft(overall.left);
  showTimeline(c);
  showYears(c);
  showPlatforms(c);
  return overall;
}

/** The whole store's counts (timeline, years, summary), then the filtered page, the to-do list and the rules. */
async function refresh(): Promise<void> {
  const overall = await showCounts();
  if (!overall || overall.counts.total === 0) return;
  await Promise.all([showPage(), showTodo(triage), showRules(triage)]);
}

/** Shows the page of the list the filters select; `keepFocus` puts the focus back on the same row number after. */
async function showPage(keepFocus = false): Promise<void> {
  const tbody = byId("review-table").querySelector("tbody")!;
  const status = byId("page-status");
  const focused = keepFocus ? rowOf(document.activeElement)?.dataset.index : undefined;
  let answer: ReviewAnswer;
  try {
    // With the page's language: items stored in the other one come back in this one.
    answer = await api<ReviewAnswer>(`/api/review?${reviewQuery(filters)}&lang=${lang}`);
  } catch (e) {
    status.textContent = (e as Error).message;
    return;
  }
  if (answer.items.length === 0 && filters.offset > 0 && answer.total > 0) {
    filters.offset = Math.max(0, Math.floor((answer.total - 1) / PAGE_SIZE) * PAGE_SIZE);
    return showPage(keepFocus);
  }
  shown = answer.items;
  matchingTotal = answer.total;
  showLeft(answer.left);
  // The focus goes back to the list only if it is still there (not if the person went on to the search meanwhile).
  const focusInList = tbody.contains(document.activeElement);
  tbody.replaceChildren(...answer.items.flatMap(itemRows));
  showSelection();
  showSelectionReports();
  status.textContent = answer.total === 0 ? t.noMatch : pageText(filters.offset, answer.items.length, answer.total, lang);
  byId<HTMLButtonElement>("page-previous").disabled = filters.offset === 0;
  byId<HTMLButtonElement>("page-next").disabled = filters.offset + answer.items.length >= answer.total;
  byId("review-table").dataset.total = String(answer.total);
  if (focused !== undefined && focusInList) {
    const rows = [...tbody.querySelectorAll<HTMLTableRowElement>("tr.item")];
    focusRow(rows[Math.min(Number(focused), rows.length - 1)]);
  }
}

/** The reports of what the filters select, offered beside the whole history's while a filter is set. */
function showSelectionReports(): void {
  const box = byId("selection-reports");
  const offer = selectionLinks(filters, lang);
  box.hidden = offer === undefined;
  box.replaceChildren(
    ...(offer ? [el("p", {}, offer.intro), el("ul", {}, ...offer.links.map((d) => el("li", {}, el("a", { href: d.href, download: "" }, t[d.key]))))] : []),
  );
}

function readFilters(): void {
  const value = (id: string) => byId<HTMLSelectElement>(id).value;
  const sort = value("filter-sort") as Sort;
  filters = {
    view: filters.view,
    level: value("filter-level") as FilterState["level"],
    category: value("filter-category") as FilterState["category"],
    platform: value("filter-platform") as FilterState["platform"],
    year: value("filter-year"),
    action: value("filter-action") as FilterState["action"],
    group: value("filter-group") as FilterState["group"],
    search: searchable(byId<HTMLInputElement>("filter-search").value),
    sort: sort === sortOf({ ...filters, sort: "" }) ? "" : sort,
    undecided: byId<HTMLInputElement>("filter-undecided").checked,
    offset: 0,
  };
  showView();
}

/** The profile entered once, on any page (an empty one when storage is switched off), shown in the form. */
function storedDefaults(): void {
  const profile = loadPersonProfile();
  if (profile.role) byId<HTMLSelectElement>("role").value = profile.role;
  showDepartment(profile, lang);
  if (profile.joined) byId<HTMLInputElement>("joined").value = profile.joined;
  byId<HTMLInputElement>("identifiable").checked = profile.identifiable === true;
}

/**
 * What the form says about the person goes back to the shared profile as it changes, so the Check page and the
 * self-assessment start from it too; a department name that matches no organization is said so and not kept.
 */
function rememberProfile(): void {
  const profile: PersonProfile = loadPersonProfile();
  profile.role = byId<HTMLSelectElement>("role").value as PersonProfile["role"];
  profile.identifiable = byId<HTMLInputElement>("identifiable").checked;
  const joined = byId<HTMLInputElement>("joined").value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(joined)) profile.joined = joined;
  else if (joined === "") delete profile.joined;
  const department = readDepartmentField();
  if (department.kind === "id") profile.department = department.id;
  else if (department.kind === "empty") delete profile.department;
  savePersonProfile(profile);
}

/** Sends the form with XMLHttpRequest, the one browser API that reports upload progress. */
function upload(form: FormData, onProgress: (fraction: number) => void): Promise<ScanJob> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/scan");
    xhr.setRequestHeader("Accept-Language", lang);
    xhr.responseType = "json";
    xhr.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    });
    xhr.addEventListener("load", () => {
      const body: unknown = xhr.response;
      if (xhr.status === 202) resolve((body as { job: ScanJob }).job);
      else reject(new ServerError(xhr.status, errorText(xhr.status, body)));
    });
    xhr.addEventListener("error", () => reject(new ServerError(0, t.networkError)));
    xhr.send(form);
  });
}

/**
 * The importer's warnings (rows skipped, unsafe zip entries, unreadable files) as a GC Design System notice under
 * the status; returns the sentence the live status adds, so a screen reader hears that they are there.
 */
function showWarnings(job: ScanJob): string {
  const box = byId("scan-warnings");
  const shown = job.warnings ?? [];
  const count = Math.max(job.warningCount ?? 0, shown.length);
  if (count === 0) {
    box.replaceChildren();
    return "";
  }
  const list = el("ul", {}, ...shown.map((w) => el("li", {}, w)));
  if (count > shown.length) list.append(el("li", {}, t.warningsMore(formatCount(count - shown.length, lang))));
  const notice = document.createElement("gcds-notice");
  notice.setAttribute("type", "warning");
  notice.setAttribute("notice-title", t.warningsTitle(formatCount(count, lang)));
  notice.setAttribute("notice-title-tag", "h3");
  notice.append(list);
  box.replaceChildren(notice);
  return t.warningsSaid(formatCount(count, lang));
}

async function scan(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const status = byId("scan-status");
  const progress = byId<HTMLProgressElement>("scan-progress");
  const button = byId<HTMLButtonElement>("scan-button");
  const file = byId<HTMLInputElement>("export-file").files?.[0];
  // An unpacked folder is sent as its files, each named by its path inside the folder; the server puts them back together.
  const folder = [...(byId<HTMLInputElement>("export-folder").files ?? [])];
  delete status.dataset.state;
  byId("scan-warnings").replaceChildren();
  if (!file && folder.length === 0) {
    status.dataset.state = "error";
    status.textContent = t.chooseFile;
    byId("export-file").focus();
    return;
  }
  const department = readDepartmentField();
  if (department.kind === "unknown") {
    status.dataset.state = "error";
    status.textContent = t.departmentUnknown;
    byId("department").focus();
    return;
  }
  const form = new FormData();
  for (const name of ["platform", "joined", "role"]) {
    const value = byId<HTMLInputElement | HTMLSelectElement>(name).value;
    if (value) form.append(name, value);
  }
  if (department.kind === "id") form.append("department", department.id);
  form.append("identifiable", byId<HTMLInputElement>("identifiable").checked ? "true" : "false");
  form.append("lang", lang);
  if (file) form.append("export", file, file.name);
  else for (const part of folder) form.append("export", part, part.webkitRelativePath || part.name);
  button.disabled = true;
  progress.value = 0;
  progress.max = 100;
  const started = Date.now();
  let lastPercent = -1;
  try {
    status.textContent = t.uploading("0 %");
    const job = await upload(form, (fraction) => {
      const percent = Math.floor(fraction * 100);
      progress.value = percent;
      // Announced in steps of ten so a screen reader is not flooded.
      if (percent >= lastPercent + 10 || percent === 100) {
        lastPercent = percent;
        status.textContent = t.uploading(formatPercent(fraction, lang));
      }
    });
    progress.removeAttribute("value");
    const scanStarted = Date.now();
    let current = job;
    let told = 0;
    while (current.status === "running") {
      // The status is a live region: said every few seconds, not at every poll, so a screen reader is not flooded
      // (the bar moves at every poll).
      if (Date.now() - told >= STATUS_EVERY_MS) {
        told = Date.now();
        status.textContent = progressText(current.itemsRead, Date.now() - scanStarted, lang, current.reading);
      }
      // The bar follows the file being read when its size is known (most of an X archive is one tweets.js).
      if (current.reading?.percent !== undefined) {
        progress.max = 100;
        progress.value = current.reading.percent;
      } else progress.removeAttribute("value");
      await new Promise((r) => setTimeout(r, POLL_MS));
      current = await api<ScanJob>(`/api/scan/${encodeURIComponent(job.id)}`);
    }
    progress.max = 1;
    progress.value = 1;
    const warned = showWarnings(current);
    if (current.status === "failed") {
      status.dataset.state = "error";
      status.textContent = `${t.scanFailed} ${current.error ?? ""} ${current.itemsRead > 0 ? t.itemsKept : ""}`.trim() + warned;
    } else {
      status.dataset.state = "done";
      status.textContent = t.scanDone(formatCount(current.itemsRead, lang), formatCount(current.counts.risky, lang), formatCount(current.counts.inappropriate, lang)) + warned;
    }
  } catch (e) {
    progress.value = 0;
    status.dataset.state = "error";
    status.textContent = `${t.uploadFailed} ${(e as Error).message}`;
  } finally {
    button.disabled = false;
    status.dataset.elapsed = String(Date.now() - started);
  }
  filters = { ...filters, offset: 0 };
  await refresh();
}

/** The filters in the hash, so that the language toggle (and a bookmark) keeps them; the toggle's link follows. */
let syncLanguageToggle: () => void = () => {};
function writeHash(): void {
  const hash = filtersToHash(filters);
  if (hash !== location.hash && !(hash === "" && location.hash === "")) history.replaceState(null, "", `${location.pathname}${location.search}${hash}`);
  syncLanguageToggle();
}

/** The filters a hash names, shown in the form (the year once the years are known, in showYears). */
function applyHash(): void {
  filters = filtersFromHash(location.hash);
  byId<HTMLSelectElement>("filter-level").value = filters.level;
  byId<HTMLSelectElement>("filter-category").value = filters.category;
  byId<HTMLSelectElement>("filter-platform").value = filters.platform;
  byId<HTMLSelectElement>("filter-action").value = filters.action;
  byId<HTMLSelectElement>("filter-group").value = filters.group;
  byId<HTMLInputElement>("filter-search").value = filters.search;
  byId<HTMLInputElement>("filter-undecided").checked = filters.undecided;
  showView();
}

/** The view's buttons and hint, and the order it lists in. */
function showView(): void {
  byId("view-attention").setAttribute("aria-pressed", String(filters.view === "attention"));
  byId("view-all").setAttribute("aria-pressed", String(filters.view === "all"));
  byId("view-hint").hidden = filters.view !== "attention";
  byId<HTMLSelectElement>("filter-sort").value = sortOf(filters);
  byId("review-caption").textContent = t.tableCaptionIn(t.sort[sortOf(filters)]);
}

/** A new selection of items: back to the first page, the selection dropped, the hash and the list redone. */
function filtersChanged(): void {
  matchingSelected = false;
  selected.clear();
  writeHash();
  void showPage();
}

/** How long the search waits after the last key before asking. */
const SEARCH_WAIT_MS = 250;

function start(): void {
  const mount = document.getElementById("review-app");
  if (!mount) return;
  mount.replaceChildren(buildUpload(), buildHistory());
  storedDefaults();
  applyHash();
  syncLanguageToggle = keepPlaceInLanguageToggle();
  const uploadForm = byId<HTMLFormElement>("upload-form");
  uploadForm.addEventListener("submit", (e) => void scan(e));
  uploadForm.addEventListener("change", (e) => {
    if (["joined", "role", "department", "identifiable"].includes((e.target as HTMLElement).id)) rememberProfile();
  });
  byId<HTMLFormElement>("forget-form").addEventListener("submit", (e) => void forget(e));
  const filterForm = byId<HTMLFormElement>("filters");
  filterForm.addEventListener("change", (e) => {
    if ((e.target as HTMLElement).id === "filter-search") return;
    readFilters();
    filtersChanged();
  });
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  byId("filter-search").addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      const before = filters.search;
      readFilters();
      if (filters.search !== before) filtersChanged();
    }, SEARCH_WAIT_MS);
  });
  filterForm.addEventListener("submit", (e) => e.preventDefault());
  for (const view of ["attention", "all"] as const) {
    byId(`view-${view}`).addEventListener("click", () => {
      filters = { ...filters, view, sort: "", offset: 0 };
      showView();
      filtersChanged();
    });
  }
  byId("page-previous").addEventListener("click", () => {
    filters = { ...filters, offset: Math.max(0, filters.offset - PAGE_SIZE) };
    writeHash();
    void showPage();
  });
  byId("page-next").addEventListener("click", () => {
    filters = { ...filters, offset: filters.offset + PAGE_SIZE };
    writeHash();
    void showPage();
  });
  const table = byId("review-table");
  table.addEventListener("click", (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const row = rowOf(target);
    if (!target || !row) return;
    const triageButton = target.closest<HTMLButtonElement>("button.triage");
    if (triageButton) void decide(row, triageButton.dataset.decision as DecisionChoice | "clear");
    else if (target.closest("button.expand")) toggleDetail(row);
    else if (target.closest("button.save-note")) void saveNote(row);
  });
  table.addEventListener("change", (e) => {
    const box = e.target instanceof HTMLInputElement && e.target.classList.contains("select-item") ? e.target : null;
    const item = box ? itemOf(rowOf(box)!) : undefined;
    if (!box || !item) return;
    select(item, box.checked);
    showSelection();
  });
  byId("select-page").addEventListener("change", (e) => {
    const on = (e.target as HTMLInputElement).checked;
    for (const item of shown) select(item, on);
    showSelection();
  });
  byId("select-matching").addEventListener("click", () => {
    matchingSelected = true;
    showSelection();
  });
  byId("unselect-all").addEventListener("click", unselectAll);
  byId("bulk-apply").addEventListener("click", () => void applyBulk());
  byId("bulk-result").addEventListener("click", (e) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>("#bulk-undo") : null;
    if (button) void undo(Number(button.dataset.change));
  });
  byId("todo-list").addEventListener("change", (e) => {
    if (e.target instanceof HTMLInputElement && e.target.classList.contains("todo-done")) void tick(triage, e.target);
  });
  byId<HTMLFormElement>("rule-form").addEventListener("submit", (e) => void saveRule(triage, e));
  byId("rules-list").addEventListener("click", (e) => {
    if (e.target instanceof Element) void rulesClick(triage, e.target);
  });
  document.addEventListener("keydown", onKey);
  void refresh().then(() => {
    // A history already stored comes first, the form to scan another export after it; an empty one below the form.
    if (byId("review-summary").dataset.state === "stored") mount.prepend(mount.querySelector("section.history")!);
  });
}

start();
