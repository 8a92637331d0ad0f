import { createHash } from "node:crypto";
import type { Lang } from "../core/model.js";
import { CSV_BOM, csvHeader, csvRow, deletionChecklistCsv, renderDeletionChecklistHtml, renderTodoHtml, todoCsv as todoCsvText } from "../report/csv.js";
import { buildHtmlReport, deletionEntries, hasSelection } from "../report/html.js";
import type { ReviewRow, ReviewSelection, ReviewStore } from "../store/store.js";
import type { Download } from "./http.js";

/** Items a report reads at a time: small enough that each page's rows die young (250 kept peak RSS at 148 MB for 100,000 items where 1,000 took 310 MB). */
export const REPORT_PAGE = 250;
const HTML = "text/html; charset=utf-8";
const CSV = "text/csv; charset=utf-8";

/**
 * The report's own policy: no script, no fetch, and only its own <style> blocks, allowed by their hashes, so the
 * self-contained page renders under a CSP as strict as the site's.
 */
export function selfContainedCsp(html: string): string {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash("sha256").update(m[1] ?? "", "utf8").digest("base64")}'`);
  return `default-src 'none'; style-src ${hashes.length ? [...new Set(hashes)].join(" ") : "'none'"}; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
}

/**
 * The printable report of the risky and inappropriate items, as `impartial review report --html` writes it: of the
 * whole history, or of the items a selection keeps (its figures too), which the report then names.
 */
export function reportHtml(store: ReviewStore, lang: Lang, selection: ReviewSelection = {}, relang?: (row: ReviewRow) => ReviewRow): Download {
  const body = buildHtmlReport(store, lang, { selection, ...(relang ? { relang } : {}) });
  return { body, contentType: HTML, filename: reportFilename("html", lang, selection), csp: selfContainedCsp(body) };
}

/**
 * Every stored item the selection keeps (all of them by default) with its assessment and decision, worst first:
 * made and sent a page at a time, so its size is bounded by the disk, not by memory or the longest string V8 holds.
 */
export function reportCsv(store: ReviewStore, lang: Lang, selection: ReviewSelection = {}): Download {
  function* parts(): Generator<string> {
    // The header goes with the first page, so a store that cannot be read fails before anything is sent.
    let head = CSV_BOM + csvHeader(lang);
    for (const page of store.pages(selection, REPORT_PAGE)) {
      yield head + page.map(csvRow).join("");
      head = "";
    }
    if (head) yield head;
  }
  return { body: parts(), contentType: CSV, filename: reportFilename("csv", lang, selection) };
}

/** `impartial-report-en.html`, or for a selection `impartial-report-risky-x-2019-en.html`, so two downloads keep apart. */
export function reportFilename(ext: "html" | "csv", lang: Lang, selection: ReviewSelection = {}): string {
  const parts = ["impartial-report"];
  if (hasSelection(selection)) {
    if (selection.level !== undefined) parts.push([selection.level].flat().join("+"));
    if (selection.category) parts.push(selection.category);
    if (selection.platform) parts.push(selection.platform);
    if (selection.year !== undefined) parts.push(String(selection.year));
    if (selection.dateUnknown) parts.push("date-unknown");
    if (selection.decision) parts.push(selection.decision);
    if (selection.undecided) parts.push("undecided");
    if (selection.attention) parts.push("attention");
    if (selection.action !== undefined) parts.push([selection.action].flat().join("+"));
    if (selection.group) parts.push(selection.group);
    if (selection.after) parts.push(`from-${selection.after}`);
    if (selection.before) parts.push(`before-${selection.before}`);
    if (selection.search !== undefined) parts.push("search");
  }
  return `${parts.join("-")}-${lang}.${ext}`;
}

export function checklistHtml(store: ReviewStore, lang: Lang): Download {
  const body = renderDeletionChecklistHtml(deletionEntries(store), lang, { generatedAt: new Date().toISOString() });
  return { body, contentType: HTML, filename: `impartial-deletion-checklist-${lang}.html`, csp: selfContainedCsp(body) };
}

export function checklistCsv(store: ReviewStore, lang: Lang): Download {
  return { body: CSV_BOM + deletionChecklistCsv(store.deletionChecklist(), lang), contentType: CSV, filename: `impartial-deletion-checklist-${lang}.csv` };
}

/** The to-do list (everything decided but keep) as a printable page, its ticks and progress as the store holds them. */
export function todoHtml(store: ReviewStore, lang: Lang): Download {
  const body = renderTodoHtml(store.todo(), lang, { generatedAt: new Date().toISOString() });
  return { body, contentType: HTML, filename: `impartial-todo-${lang}.html`, csp: selfContainedCsp(body) };
}

/** The to-do list as CSV, with a `done` column (true or false) and the step as each platform names it. */
export function todoCsv(store: ReviewStore, lang: Lang): Download {
  return { body: CSV_BOM + todoCsvText(store.todo(), lang), contentType: CSV, filename: `impartial-todo-${lang}.csv` };
}
