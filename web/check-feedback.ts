/// <reference lib="dom" />
// The "This finding looks wrong?" control under each finding of the Check page: a disclosure with a short form whose
// report is kept by the Impartial server on this computer (POST /api/feedback/report), never sent anywhere else.

import type { Finding, Lang } from "../src/core/model.js";
import { callApi } from "./api.js";
import { el } from "./dom.js";
import { FEEDBACK_API, FEEDBACK_STRINGS, FEEDBACK_VERDICTS, fill, MAX_REASON_LENGTH, reportFor, type CheckedDraft, type FeedbackReport, type FeedbackVerdict } from "./feedback-view.js";
import { pageById } from "./site.js";

/** The control for the finding at `index` of the list shown. */
export function findingFeedback(index: number, lang: Lang): HTMLElement {
  const t = FEEDBACK_STRINGS[lang];
  const id = (part: string) => `feedback-${index}-${part}`;
  const radios = FEEDBACK_VERDICTS.map((v) =>
    el("div", { class: "check-row" }, el("input", { type: "radio", id: id(v), name: id("verdict"), value: v }), el("label", { for: id(v) }, t.verdicts[v])),
  );
  return el(
    "details",
    { class: "feedback-control", "data-finding": String(index) },
    el("summary", {}, t.summary),
    el(
      "form",
      { class: "feedback-form", novalidate: "", "aria-describedby": id("what") },
      el("p", { id: id("what"), class: "hint" }, t.what),
      el("fieldset", { id: id("verdicts") }, el("legend", {}, t.verdictLegend), el("p", { id: id("error"), class: "field-error", hidden: "" }), ...radios),
      el(
        "div",
        { class: "field" },
        el("label", { for: id("reason") }, t.reasonLabel),
        el("p", { id: id("reason-hint"), class: "hint" }, fill(t.reasonHint, { max: MAX_REASON_LENGTH.toLocaleString(`${lang}-CA`) })),
        el("textarea", { id: id("reason"), name: "reason", rows: "3", maxlength: String(MAX_REASON_LENGTH), "aria-describedby": id("reason-hint") }),
      ),
      el("button", { type: "submit", class: "button-secondary" }, t.save),
    ),
    el("div", { id: id("status"), class: "feedback-status", role: "status" }),
  );
}

/**
 * Listens for the controls' forms inside `container`: `shown()` gives the draft and the findings the controls were
 * drawn for (the findings list is drawn again whenever the draft changes, so the two always agree).
 */
export function listenForFeedback(container: HTMLElement, lang: Lang, shown: () => { checked: CheckedDraft; findings: readonly Finding[] } | undefined): void {
  const t = FEEDBACK_STRINGS[lang];
  container.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains("feedback-form")) return;
    event.preventDefault();
    const control = form.closest<HTMLElement>(".feedback-control");
    const index = Number(control?.dataset.finding);
    const current = shown();
    const finding = current?.findings[index];
    if (!control || !current || !finding) return;
    const error = control.querySelector<HTMLElement>(".field-error")!;
    const fieldset = control.querySelector("fieldset")!;
    const chosen = form.querySelector<HTMLInputElement>("input[type=radio]:checked");
    if (!chosen) {
      error.textContent = t.chooseVerdict;
      error.hidden = false;
      fieldset.setAttribute("aria-describedby", error.id);
      form.querySelector<HTMLInputElement>("input[type=radio]")?.focus();
      return;
    }
    error.hidden = true;
    fieldset.removeAttribute("aria-describedby");
    const reason = form.querySelector("textarea")!.value;
    void save(form, control.querySelector<HTMLElement>(".feedback-status")!, JSON.stringify(reportFor(lang, current.checked, finding, chosen.value as FeedbackVerdict, reason)));
  });

  // A choice made answers the "choose" error at once, rather than at the next save.
  container.addEventListener("change", (event) => {
    const radio = event.target;
    if (!(radio instanceof HTMLInputElement) || radio.type !== "radio" || !radio.closest(".feedback-form")) return;
    const control = radio.closest(".feedback-control")!;
    control.querySelector<HTMLElement>(".field-error")!.hidden = true;
    control.querySelector("fieldset")!.removeAttribute("aria-describedby");
  });

  async function save(form: HTMLFormElement, status: HTMLElement, body: string): Promise<void> {
    const button = form.querySelector("button")!;
    button.disabled = true;
    let kept: FeedbackReport;
    try {
      kept = await callApi<FeedbackReport>(FEEDBACK_API.add, lang, t.networkError, { method: "POST", headers: { "Content-Type": "application/json" }, body });
    } catch (e) {
      // The server's own words: no review database open, a draft too long…
      status.replaceChildren(el("p", { class: "field-error" }, `${t.saveFailed} ${(e as Error).message}`));
      button.disabled = false;
      return;
    }
    // The focus, on the button that goes with the form, moves to the confirmation.
    const confirmation = el("p", { tabindex: "-1" }, fill(t.saved, { id: kept.id }), " ", el("a", { href: pageById("feedback").path[lang] }, t.seeReports));
    form.remove();
    status.replaceChildren(confirmation);
    confirmation.focus();
  }
}
