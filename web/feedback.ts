/// <reference lib="dom" />
// The Feedback page: the "this finding looks wrong" reports kept by the Impartial server on this computer, newest
// first, each with a delete; delete all (confirmed); and the JSONL download the person may share if they choose.

import { checkbox, confirmedBy, el, heading, mountPoint, pageLang } from "./dom.js";
import { callApi } from "./api.js";
import { countText, excerpt, FEEDBACK_API, FEEDBACK_STRINGS, fill, reportDate, type FeedbackReport } from "./feedback-view.js";

const lang = pageLang();
const t = FEEDBACK_STRINGS[lang];

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function api<T>(path: string, init?: RequestInit): Promise<T> {
  return callApi<T>(path, lang, t.networkError, init);
}

function post<T>(path: string, body: unknown): Promise<T> {
  return api<T>(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

function build(): HTMLElement[] {
  return [
    el(
      "section",
      { "aria-labelledby": "share-heading", class: "feedback-share" },
      heading(2, t.shareHeading, "share-heading"),
      el("p", {}, t.intro),
      el("p", {}, t.share),
      el("p", {}, el("a", { id: "feedback-download", href: FEEDBACK_API.export, download: "" }, t.download)),
      el("details", { class: "feedback-shape" }, el("summary", {}, t.shapeSummary), el("ul", {}, ...t.shape.map((line) => el("li", {}, line)))),
    ),
    el(
      "section",
      { "aria-labelledby": "list-heading" },
      heading(2, t.listHeading, "list-heading"),
      el("p", { id: "feedback-summary", "data-state": "loading" }, t.loading),
      el("ol", { id: "feedback-list", class: "feedback-list" }),
      el("p", { id: "feedback-status", class: "sr-status", role: "status", "aria-live": "polite" }),
    ),
    el(
      "section",
      { "aria-labelledby": "delete-all-heading", id: "delete-all", hidden: "" },
      heading(2, t.deleteAllHeading, "delete-all-heading"),
      el("p", { id: "delete-all-hint", class: "hint" }, t.deleteAllHint),
      el(
        "form",
        { id: "delete-all-form", novalidate: "", "aria-describedby": "delete-all-hint" },
        el("p", { id: "delete-all-error", class: "field-error", hidden: "" }),
        checkbox("delete-all-confirm", t.deleteAllConfirm),
        el("button", { type: "submit", id: "delete-all-button", class: "button-danger" }, t.deleteAll),
      ),
    ),
  ];
}

/** One report: its number and date as a heading, what was checked and found, what the person thinks, and a delete. */
function reportItem(r: FeedbackReport): HTMLElement {
  const headingId = `report-${r.id}-heading`;
  const term = (label: string, ...value: (Node | string)[]) => [el("dt", {}, label), el("dd", {}, ...value)];
  return el(
    "li",
    { class: "feedback-report", "data-id": String(r.id), "aria-labelledby": headingId },
    heading(3, fill(t.reportHeading, { id: r.id, date: reportDate(r.createdAt, lang) }), headingId),
    el(
      "dl",
      {},
      ...term(t.draft, el("span", { class: "draft-excerpt" }, excerpt(r.text))),
      ...(r.finding.passage !== undefined ? term(t.passage, el("mark", { "data-level": r.finding.level }, excerpt(r.finding.passage, 120))) : []),
      ...term(t.finding, `${t.level[r.finding.level]} (${r.finding.rule})${t.colon}${r.finding.message}`),
      ...term(t.yourVerdict, t.verdictShort[r.verdict]),
      ...term(t.reason, r.reason || t.noReason),
    ),
    el("button", { type: "button", class: "button-secondary delete-report", "data-id": String(r.id), "aria-label": fill(t.deleteOneLabel, { id: r.id }) }, t.deleteOne),
  );
}

async function refresh(): Promise<void> {
  const summary = byId("feedback-summary");
  let reports: FeedbackReport[];
  try {
    reports = (await api<{ reports: FeedbackReport[] }>(FEEDBACK_API.list)).reports;
  } catch (e) {
    summary.dataset.state = "error";
    summary.textContent = `${t.failed} ${(e as Error).message}`;
    return;
  }
  summary.dataset.state = reports.length === 0 ? "empty" : "listed";
  summary.textContent = reports.length === 0 ? t.empty : countText(reports.length, lang);
  byId("feedback-list").replaceChildren(...reports.map(reportItem));
  byId("delete-all").hidden = reports.length === 0;
  byId("feedback-download").hidden = reports.length === 0;
}

async function deleteOne(button: HTMLButtonElement): Promise<void> {
  const id = Number(button.dataset.id);
  const status = byId("feedback-status");
  button.disabled = true;
  try {
    await post(FEEDBACK_API.delete, { id });
    status.textContent = fill(t.deleted, { id });
  } catch (e) {
    status.textContent = `${t.failed} ${(e as Error).message}`;
  }
  await refresh();
  // The focus, on a button now gone, goes to the list's heading rather than to the top of the page.
  const listHeading = byId("list-heading");
  listHeading.tabIndex = -1;
  listHeading.focus();
}

async function deleteAll(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const confirm = byId<HTMLInputElement>("delete-all-confirm");
  const status = byId("feedback-status");
  if (!confirmedBy(confirm, byId("delete-all-error"), t.deleteAllConfirmFirst)) return;
  const button = byId<HTMLButtonElement>("delete-all-button");
  button.disabled = true;
  try {
    const answer = await post<{ deleted: number }>(FEEDBACK_API.delete, { all: true, confirm: true });
    confirm.checked = false;
    status.textContent = fill(t.deletedAll, { n: answer.deleted.toLocaleString(`${lang}-CA`) });
  } catch (e) {
    status.textContent = `${t.failed} ${(e as Error).message}`;
  } finally {
    button.disabled = false;
  }
  await refresh();
  byId("feedback-summary").tabIndex = -1;
  byId("feedback-summary").focus();
}

function start(): void {
  const mount = mountPoint("feedback");
  if (!mount) return;
  mount.replaceChildren(...build());
  byId("feedback-list").addEventListener("click", (e) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>("button.delete-report") : null;
    if (button) void deleteOne(button);
  });
  byId<HTMLFormElement>("delete-all-form").addEventListener("submit", (e) => void deleteAll(e));
  void refresh();
}

start();
