import { createHash } from "node:crypto";
import type { Lang } from "../core/model.js";
import { CSV_BOM, csvHeader, csvRow, deletionChecklistCsv, renderDeletionChecklistHtml } from "../report/csv.js";
import { buildHtmlReport, hasSelection } from "../report/html.js";
import type { ReviewSelection, ReviewStore } from "../store/store.js";
import type { Download } from "./http.js";

const PAGE = 1000;
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
export function reportHtml(store: ReviewStore, lang: Lang, selection: ReviewSelection = {}): Download {
  const body = buildHtmlReport(store, lang, selection);
  return { body, contentType: HTML, filename: reportFilename("html", lang, selection), csp: selfContainedCsp(body) };
}

/** Every stored item the selection keeps (all of them by default) with its assessment and decision, worst first, read a page at a time. */
export function reportCsv(store: ReviewStore, lang: Lang, selection: ReviewSelection = {}): Download {
  const lines = [CSV_BOM, csvHeader(lang)];
  for (let offset = 0; ; offset += PAGE) {
    const rows = store.query({ ...selection, limit: PAGE, offset });
    for (const row of rows) lines.push(csvRow(row));
    if (rows.length < PAGE) break;
  }
  return { body: lines.join(""), contentType: CSV, filename: reportFilename("csv", lang, selection) };
}

/** `impartial-report-en.html`, or for a selection `impartial-report-risky-x-2019-en.html`, so two downloads keep apart. */
export function reportFilename(ext: "html" | "csv", lang: Lang, selection: ReviewSelection = {}): string {
  const parts = ["impartial-report"];
  if (hasSelection(selection)) {
    if (selection.level !== undefined) parts.push([selection.level].flat().join("+"));
    if (selection.category) parts.push(selection.category);
    if (selection.platform) parts.push(selection.platform);
    if (selection.year !== undefined) parts.push(String(selection.year));
    if (selection.decision) parts.push(selection.decision);
    if (selection.undecided) parts.push("undecided");
  }
  return `${parts.join("-")}-${lang}.${ext}`;
}

export function checklistHtml(store: ReviewStore, lang: Lang): Download {
  const body = renderDeletionChecklistHtml(store.deletionChecklist(), lang, { generatedAt: new Date().toISOString() });
  return { body, contentType: HTML, filename: `impartial-deletion-checklist-${lang}.html`, csp: selfContainedCsp(body) };
}

export function checklistCsv(store: ReviewStore, lang: Lang): Download {
  return { body: CSV_BOM + deletionChecklistCsv(store.deletionChecklist(), lang), contentType: CSV, filename: `impartial-deletion-checklist-${lang}.csv` };
}
