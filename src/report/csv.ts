// The review as RFC 4180 CSV for a spreadsheet, and the deletion checklist as CSV.
// Values are the stable codes of DESIGN.md (levels, actions, categories) so the file can be read back; headers are translated.

import { dateOrNull } from "../core/dates.js";
import type { Assessment, Lang } from "../core/model.js";
import type { HistoryItem } from "../importers/types.js";
import type { DeletionEntry, ReviewRow, ReviewState } from "../store/store.js";
import { hasReadableText } from "../core/remedies.js";
import { todoStep, type TodoList } from "./html.js";

export { renderDeletionChecklistHtml, renderTodoHtml } from "./html.js";

/** Write it before the header when the file is meant for a spreadsheet: Excel reads UTF-8 only with it. */
export const CSV_BOM = "\uFEFF";

const EOL = "\r\n";

export const CSV_COLUMNS = [
  "platform",
  "id",
  "action",
  "createdAt",
  "level",
  "score",
  "categories",
  "rules",
  "text",
  "url",
  "beforeService",
  "decision",
  "note",
  // Added after the first thirteen, so a reader by position keeps working: the level, or "unchecked" (nothing to read).
  "state",
] as const;
type Column = (typeof CSV_COLUMNS)[number];

export const DELETION_COLUMNS = ["platform", "id", "action", "createdAt", "url", "text", "note", "decidedAt"] as const;
type DeletionColumn = (typeof DELETION_COLUMNS)[number];

/** The to-do list's columns: the step as the platform names it ("Unlike"), its stable code, and whether it is done. */
export const TODO_COLUMNS = ["platform", "id", "action", "step", "decision", "createdAt", "url", "text", "note", "decidedAt", "done", "doneAt"] as const;
type TodoColumn = (typeof TODO_COLUMNS)[number];

const HEADERS: Record<Lang, Record<Column | DeletionColumn | TodoColumn, string>> = {
  en: {
    platform: "platform",
    id: "id",
    action: "action",
    createdAt: "created at",
    level: "level",
    score: "risk score",
    categories: "categories",
    rules: "rules",
    text: "text",
    url: "url",
    beforeService: "before public service",
    decision: "decision",
    note: "note",
    decidedAt: "decided at",
    state: "state",
    step: "step",
    done: "done",
    doneAt: "done at",
  },
  fr: {
    platform: "plateforme",
    id: "identifiant",
    action: "action",
    createdAt: "date de création",
    level: "niveau",
    score: "cote de risque",
    categories: "catégories",
    rules: "règles",
    text: "texte",
    url: "adresse",
    beforeService: "avant la fonction publique",
    decision: "décision",
    note: "note",
    decidedAt: "date de la décision",
    state: "état",
    step: "étape",
    done: "fait",
    doneAt: "date faite",
  },
};

/** A spreadsheet would run these as a formula (OWASP "CSV injection"); fullwidth forms included, as some spreadsheets fold them. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One RFC 4180 field: a leading `'` defuses a formula, and quotes wrap any field with a quote, comma, CR or LF. */
export function csvField(value: string): string {
  const text = String(value ?? "");
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(",") + EOL;
}

/** The header line, CRLF-terminated, in the report's language. */
export function csvHeader(lang: Lang): string {
  const h = HEADERS[lang === "fr" ? "fr" : "en"];
  return csvLine(CSV_COLUMNS.map((c) => h[c]));
}

export type CsvInput = ReviewRow | { item: HistoryItem; assessment: Assessment; beforeService: boolean };

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** One item as a CRLF-terminated line: a stored row with its decision, or a freshly assessed item. */
export function csvRow(row: CsvInput): string {
  const assessment = "assessment" in row ? row.assessment : row.assessed?.assessment;
  const findings = assessment?.findings ?? [];
  const categories = "assessed" in row && row.assessed ? row.assessed.categories : unique(findings.map((f) => f.category));
  const decision = "decision" in row ? row.decision : undefined;
  const { item } = row;
  const cells: Record<Column, string> = {
    platform: item.platform,
    id: item.id,
    action: item.action,
    createdAt: dateOrNull(item.createdAt) ?? "",
    level: assessment?.level ?? "",
    score: assessment ? String(assessment.score) : "",
    categories: categories.join(";"),
    rules: unique(findings.map((f) => f.rule)).join(";"),
    text: item.text,
    url: item.url ?? "",
    beforeService: row.beforeService ? "true" : "false",
    decision: decision?.decision ?? "",
    note: decision?.note ?? "",
    state: stateOf(row, assessment),
  };
  return csvLine(CSV_COLUMNS.map((c) => cells[c]));
}

/** A row's review state: the store's, or for a freshly assessed item its level, "unchecked" when it had nothing to read. */
function stateOf(row: CsvInput, assessment: Assessment | undefined): ReviewState | "" {
  if ("state" in row && row.state) return row.state;
  if (!assessment) return "";
  return assessment.level === "appropriate" && !hasReadableText(row.item.text) ? "unchecked" : assessment.level;
}

/** A whole CSV document, header included: one line per entry, its cells in the columns' order, headers in `lang`. */
function csvDocument<C extends Column | DeletionColumn | TodoColumn, E>(columns: readonly C[], lang: Lang, entries: Iterable<E>, cells: (entry: E, lang: Lang) => Record<C, string>): string {
  const l: Lang = lang === "fr" ? "fr" : "en";
  const h = HEADERS[l];
  const lines = [csvLine(columns.map((c) => h[c]))];
  for (const e of entries) {
    const row = cells(e, l);
    lines.push(csvLine(columns.map((c) => row[c])));
  }
  return lines.join("");
}

/** The to-do list as a whole CSV document, header included: `done` is true or false, the step named as on its platform. */
export function todoCsv(todo: Pick<TodoList, "entries">, lang: Lang): string {
  return csvDocument(TODO_COLUMNS, lang, todo.entries, (e, l) => ({
    platform: e.platform,
    id: e.id,
    action: e.action,
    step: todoStep(e)[l],
    decision: e.decision,
    createdAt: dateOrNull(e.createdAt) ?? "",
    url: e.url ?? "",
    text: e.text,
    note: e.note ?? "",
    decidedAt: e.decidedAt,
    done: e.doneAt ? "true" : "false",
    doneAt: e.doneAt ?? "",
  }));
}

/** The deletion checklist as a whole CSV document, header included. */
export function deletionChecklistCsv(entries: readonly DeletionEntry[], lang: Lang): string {
  return csvDocument(DELETION_COLUMNS, lang, entries, (e) => ({
    platform: e.platform,
    id: e.id,
    action: e.action,
    createdAt: dateOrNull(e.createdAt) ?? "",
    url: e.url ?? "",
    text: e.text,
    note: e.note ?? "",
    decidedAt: e.decidedAt,
  }));
}
