/// <reference lib="dom" />
import { CATEGORIES, LEVELS, type Category, type Finding, type Lang, type Level } from "../src/core/model.js";
import { HOW_TO_EXPORT } from "../src/importers/how-to-export.js";
import { PLATFORMS, type Platform } from "../src/importers/types.js";
import { isKnownDate } from "../src/core/dates.js";
import { loadPersonProfile, savePersonProfile, type PersonProfile } from "./profile.js";
import { departmentField, readDepartmentField, showDepartment } from "./profile-fields.js";
import { checkbox, confirmedBy, el, heading, keepPlaceInLanguageToggle } from "./dom.js";
import { callApi, ServerError } from "./api.js";
import {
  dateOf,
  DECISION_CHOICES,
  downloadLinks,
  selectionLinks,
  errorText,
  formatCount,
  formatPercent,
  langOfPath,
  NO_FILTER,
  PAGE_SIZE,
  pageText,
  progressText,
  REVIEW_STRINGS,
  filtersFromHash,
  filtersToHash,
  reviewQuery,
  ROLE_CHOICES,
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
  action: keyof ReviewStrings["action"];
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
}

interface Counts {
  total: number;
  byLevel: Record<Level, number>;
  byPlatform: Partial<Record<Platform, number>>;
  byYear: Record<string, number>;
  byYearLevel?: Record<string, Record<Level, number>>;
  byDecision: Record<string, number>;
}

interface ReviewAnswer {
  total: number;
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
      el("section", { "aria-labelledby": "timeline-heading", class: "timeline" }, heading(3, t.timelineHeading, "timeline-heading"), el("div", { id: "timeline" })),
      el(
        "form",
        { id: "filters", class: "filters no-print", novalidate: "" },
        el(
          "fieldset",
          {},
          el("legend", {}, t.filtersHeading),
          el("div", { class: "filter-row" },
            field("filter-level", t.levelLabel, select("filter-level", [...LEVELS].reverse(), (v) => t.level[v as Level])),
            field("filter-category", t.categoryLabel, select("filter-category", CATEGORIES, (v) => t.category[v as Category])),
            field("filter-platform", t.platformLabel, select("filter-platform", PLATFORMS, (v) => t.platform[v as Platform])),
            field("filter-year", t.yearLabel, select("filter-year", [], (v) => v)),
          ),
          checkbox("filter-undecided", t.undecidedOnly),
        ),
      ),
      el("p", { id: "page-status", class: "page-status", "aria-live": "polite" }),
      el("div", { class: "table-wrap" }, el("table", { id: "review-table" }, el("caption", {}, t.tableCaption), tableHead(), el("tbody", {}))),
      el(
        "div",
        { class: "pager no-print" },
        el("button", { type: "button", id: "page-previous", class: "button-secondary" }, t.previous),
        el("button", { type: "button", id: "page-next", class: "button-secondary" }, t.next),
      ),
      el("p", { id: "decision-status", class: "sr-status", role: "status", "aria-live": "polite" }),
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
  const cols = [t.colDate, t.colPlatform, t.colAction, t.colText, t.colLevel, t.colCategories, t.colWhy, t.colDecision];
  return el("thead", {}, el("tr", {}, ...cols.map((c) => el("th", { scope: "col" }, c))));
}

function decisionCell(item: ReviewItem, rowId: string): HTMLElement {
  const buttons = DECISION_CHOICES.map((d) =>
    el("button", { type: "button", class: "triage", "data-decision": d, "aria-pressed": String(item.decision === d), "aria-describedby": `${rowId}-text` }, t.decisionButton[d]),
  );
  const clear = el("button", { type: "button", class: "triage triage-clear", "data-decision": "clear", "aria-describedby": `${rowId}-text` }, t.clear);
  return el(
    "td",
    { class: "decision" },
    el("p", { class: "decision-word" }, item.decision ? t.decisionIs(t.decision[item.decision]) : t.undecided),
    el("div", { class: "triage-buttons", role: "group", "aria-label": t.colDecision }, ...buttons, clear),
  );
}

function itemRow(item: ReviewItem, index: number): HTMLTableRowElement {
  const rowId = `item-${filters.offset + index}`;
  // Each part in its own language (WCAG 3.1.2): a post in English on the French page is read as English; the link
  // and the hint after it are the page's.
  const shown = item.text.length > 280 ? `${Array.from(item.text).slice(0, 280).join("")}…` : item.text;
  const text = el("td", { class: "text", id: `${rowId}-text`, dir: "auto" }, shown ? el("span", item.textLang ? { lang: item.textLang } : {}, shown) : t.noText);
  if (item.url && /^https?:\/\//i.test(item.url)) text.append(el("br"), el("a", { href: item.url, rel: "noreferrer noopener" }, t.openLink));
  if (item.beforeService) text.append(el("p", { class: "hint" }, t.beforeService));
  const messages = item.findings.filter((f) => f.level !== "appropriate");
  const why = el("td", { class: "why" }, messages.length ? el("ul", item.lang ? { lang: item.lang } : {}, ...messages.map((f) => el("li", {}, f.message))) : t.noFinding);
  const row = el(
    "tr",
    { "data-platform": item.platform, "data-id": item.id, "data-level": item.level ?? "", "data-decision": item.decision ?? "" },
    el("td", {}, isKnownDate(item.createdAt) ? el("time", { datetime: item.createdAt }, dateOf(item.createdAt)) : el("span", {}, dateOf(item.createdAt, lang))),
    el("td", {}, t.platform[item.platform] ?? item.platform),
    el("td", {}, t.action[item.action] ?? item.action),
    text,
    el("td", { class: "level", "data-level": item.level ?? "" }, item.level ? t.level[item.level] : "?"),
    el("td", {}, item.categories.map((c) => t.category[c] ?? c).join(", ")),
    why,
    decisionCell(item, rowId),
  );
  return row;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

const LEVEL_FILL: Record<Level, string> = { appropriate: "#03662a", risky: "#b35900", inappropriate: "#a62a1e" };

/** Each level has its own fill pattern as well as its own colour, so the chart reads without colour. */
function patterns(): SVGDefsElement {
  const pattern = (level: Level, ...marks: SVGElement[]) =>
    svg("pattern", { id: `fill-${level}`, width: 8, height: 8, patternUnits: "userSpaceOnUse" }, svg("rect", { width: 8, height: 8, fill: LEVEL_FILL[level] }), ...marks);
  return svg(
    "defs",
    {},
    pattern("appropriate"),
    pattern("risky", svg("path", { d: "M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4", stroke: "#fff", "stroke-width": 1.5 })),
    pattern("inappropriate", svg("path", { d: "M0,0 l8,8 M8,0 l-8,8", stroke: "#fff", "stroke-width": 1.5 })),
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

function legend(): HTMLElement {
  return el(
    "ul",
    { class: "timeline-legend", "aria-label": t.legend },
    ...[...LEVELS].reverse().map((level) => {
      // The chart's patterns are in the same document, so the swatch refers to them by id.
      const swatch = svg("svg", { width: 16, height: 16, "aria-hidden": "true", focusable: "false" }, svg("rect", { width: 16, height: 16, fill: `url(#fill-${level})` }));
      return el("li", {}, swatch as unknown as Node, ` ${t.level[level]}`);
    }),
  );
}

function timelineTable(rows: readonly TimelineRow[]): HTMLElement {
  const order = [...LEVELS].reverse();
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
  byId("timeline").replaceChildren(el("div", { class: "timeline-figure" }, timelineChart(rows), legend()), timelineTable(rows));
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

/** The whole store's counts (timeline, years, summary) and then the filtered page. */
async function refresh(): Promise<void> {
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
    return;
  }
  const c = overall.counts;
  if (c.total === 0) {
    body.hidden = true;
    summary.dataset.state = "empty";
    summary.replaceChildren(t.empty, " ", el("a", { href: "#export-file" }, t.fileLabel));
    return;
  }
  body.hidden = false;
  summary.dataset.state = "stored";
  summary.textContent = t.storedSummary(formatCount(c.total, lang), formatCount(c.byLevel.risky, lang), formatCount(c.byLevel.inappropriate, lang), formatCount(c.byDecision.undecided ?? 0, lang));
  showTimeline(c);
  showYears(c);
  showPlatforms(c);
  await showPage();
}

async function showPage(): Promise<void> {
  const tbody = byId("review-table").querySelector("tbody")!;
  const status = byId("page-status");
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
    return showPage();
  }
  tbody.replaceChildren(...answer.items.map(itemRow));
  showSelectionReports();
  status.textContent = answer.total === 0 ? t.noMatch : pageText(filters.offset, answer.items.length, answer.total, lang);
  byId<HTMLButtonElement>("page-previous").disabled = filters.offset === 0;
  byId<HTMLButtonElement>("page-next").disabled = filters.offset + answer.items.length >= answer.total;
  byId("review-table").dataset.total = String(answer.total);
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
  filters = {
    level: value("filter-level") as FilterState["level"],
    category: value("filter-category") as FilterState["category"],
    platform: value("filter-platform") as FilterState["platform"],
    year: value("filter-year"),
    undecided: byId<HTMLInputElement>("filter-undecided").checked,
    offset: 0,
  };
}

async function decide(button: HTMLButtonElement): Promise<void> {
  const row = button.closest("tr")!;
  const decision = button.dataset.decision as DecisionChoice | "clear";
  const platform = row.dataset.platform as Platform;
  const id = row.dataset.id!;
  const status = byId("decision-status");
  const date = row.querySelector("time")?.textContent ?? "";
  try {
    const item = await api<ReviewItem>("/api/review/decision", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ platform, id, decision }) });
    const index = [...row.parentElement!.children].indexOf(row);
    const fresh = itemRow(item, index);
    row.replaceWith(fresh);
    fresh.querySelector<HTMLButtonElement>(`button[data-decision="${decision}"]`)?.focus();
    status.textContent = item.decision ? t.recorded(t.decision[item.decision], date) : t.cleared(date);
  } catch (e) {
    status.textContent = `${t.decisionFailed} ${(e as Error).message}`;
  }
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
  byId<HTMLInputElement>("filter-undecided").checked = filters.undecided;
}

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
  filterForm.addEventListener("change", () => {
    readFilters();
    writeHash();
    void showPage();
  });
  filterForm.addEventListener("submit", (e) => e.preventDefault());
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
  byId("review-table").addEventListener("click", (e) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>("button.triage") : null;
    if (button) void decide(button);
  });
  void refresh();
}

start();
