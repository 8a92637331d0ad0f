/// <reference lib="dom" />
import { guidanceById } from "../src/core/guidance/corpus.js";
import { ACTIONS, type Assessment, type GuidanceRef, type Lang } from "../src/core/model.js";
import { AnswersError, QUESTIONS, selfAssess, type Answers, type Question, type SelfAssessment } from "../src/core/self-assessment.js";
import { UI } from "../src/cli/i18n.js";
import { SELF_ASSESSMENT_LABELS } from "../src/report/self-assessment-html.js";
import { ASSESS_SESSION_KEY, parseAssessSession, actionFromValue, answeredList, answerInputId, answersFromEntries, ASSESS_STRINGS, citation, contactsOf, errorId, hintId, isRequired, langOfPath, missingAnswers, type ErrorLink } from "./assess-view.js";
import { el, heading } from "./dom.js";
import { loadPersonProfile } from "./profile.js";
import { guidanceBlock } from "./guidance-quote.js";

const lang: Lang = langOfPath(location.pathname);
const t = ASSESS_STRINGS[lang];
const labels = SELF_ASSESSMENT_LABELS[lang];

function questionFieldset(q: Question): HTMLElement {
  const legend = el("legend", {}, q[lang]);
  if (isRequired(q.id)) legend.append(" ", el("span", { class: "required" }, `(${t.required})`));
  return el(
    "fieldset",
    { class: "question", id: `q-${q.id}`, "aria-describedby": hintId(q.id) },
    legend,
    el("p", { class: "hint", id: hintId(q.id) }, q.why[lang]),
    el("p", { class: "error-message", id: errorId(q.id), hidden: "" }),
    ...q.answers.map((a) =>
      el(
        "div",
        { class: "check-row" },
        el("input", { type: "radio", id: answerInputId(q.id, a.id), name: q.id, value: a.id }),
        el("label", { for: answerInputId(q.id, a.id) }, a[lang]),
      ),
    ),
  );
}

function buildForm(): HTMLElement {
  const formHeading = heading(2, t.formHeading, "assess-form-heading");
  formHeading.setAttribute("tabindex", "-1");
  return el(
    "form",
    { id: "assess-form", novalidate: "", "aria-labelledby": "assess-form-heading" },
    formHeading,
    el("p", { class: "privacy" }, t.privacy),
    el("p", { class: "hint" }, t.requiredNote),
    ...QUESTIONS.map(questionFieldset),
    el(
      "div",
      { class: "field" },
      el("label", { for: "assess-text" }, t.textLabel),
      el("p", { id: "assess-text-hint", class: "hint" }, t.textHint),
      el("textarea", { id: "assess-text", name: "text", rows: "4", "aria-describedby": "assess-text-hint", spellcheck: "true" }),
    ),
    el(
      "div",
      { class: "field" },
      el("label", { for: "assess-action" }, t.actionLabel),
      el("select", { id: "assess-action", name: "action" }, el("option", { value: "" }, t.actionFromActivity), ...ACTIONS.map((a) => el("option", { value: a }, t.actions[a]))),
    ),
    el("button", { type: "submit", class: "button-primary" }, t.submit),
  );
}

function quoteBlock(g: GuidanceRef): HTMLElement {
  return guidanceBlock(g, lang);
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function renderTextFindings(text: Assessment): HTMLElement[] {
  const out: HTMLElement[] = [heading(3, t.textHeading, "assess-text-heading"), el("p", { class: "text-level", "data-level": text.level }, `${t.textLevel} ${UI[lang].level[text.level]}`)];
  const findings = text.findings.filter((f) => f.level !== "appropriate");
  if (findings.length === 0) out.push(el("p", {}, t.noFindings));
  else
    out.push(
      el(
        "ul",
        { class: "findings" },
        ...findings.map((f) => {
          const item = el("li", { class: "finding" }, el("p", { class: "finding-level" }, `${capitalized(UI[lang].level[f.level])}${t.colon}${f.message}`));
          for (const g of f.guidance) item.append(quoteBlock(g));
          if (f.suggestion) item.append(el("p", {}, el("strong", {}, `${t.suggestion}${t.colon}`), f.suggestion));
          return item;
        }),
      ),
    );
  return out;
}

function renderResult(result: SelfAssessment, answers: Answers, text: string): HTMLElement[] {
  const drivers = el(
    "ul",
    { class: "drivers" },
    ...result.drivers.map((d) =>
      el(
        "li",
        { "data-question": d.question },
        el("p", {}, el("strong", {}, d.questionText), ` — ${d.answerText}`),
        el("p", {}, `${labels.why}${t.colon}${d.why}`),
        quoteBlock(d.guidance),
      ),
    ),
  );
  const next = el(
    "ul",
    { class: "next" },
    ...result.next.map((s) => {
      const item = el("li", {}, el("p", {}, s.text));
      if (s.guidance) {
        const g = guidanceById(s.guidance);
        item.append(el("p", { class: "source" }, `${t.guidanceFor} ${citation({ source: g.source, section: lang === "fr" ? g.sectionFr : g.section }, lang)}`));
      }
      return item;
    }),
  );
  const answered = el("dl", { class: "answers" }, ...answeredList(answers, lang).flatMap((a) => [el("dt", {}, a.question), el("dd", {}, a.answer ?? labels.notAnswered)]));
  const heading2 = heading(2, t.resultHeading, "assess-result-heading");
  heading2.setAttribute("tabindex", "-1");
  return [
    heading2,
    ...(result.permissionNeeded ? [el("p", { class: "permission", id: "assess-permission" }, t.permission)] : []),
    ...(result.outsidePart7 ? [el("p", { class: "permission", id: "assess-outside-part-7" }, t.outsidePart7)] : []),
    el("p", { class: "verdict", id: "assess-level", "data-level": result.level }, `${result.permissionNeeded ? `${t.permissionLevel} ` : ""}${t.levelPrefix} ${labels.level[result.level]}`),
    el("p", { class: "score" }, t.scoreOutOf(result.score)),
    heading(3, labels.drivers, "assess-drivers-heading"),
    drivers,
    ...(result.text ? renderTextFindings(result.text) : []),
    heading(3, labels.next, "assess-next-heading"),
    next,
    heading(3, t.contactsHeading, "assess-contacts-heading"),
    el("ul", { class: "contacts" }, ...contactsOf(result).map((c) => el("li", {}, c))),
    heading(3, labels.yourAnswers, "assess-answers-heading"),
    answered,
    ...(text.trim() !== "" ? [heading(3, labels.text, "assess-wording-heading"), el("p", { class: "wording" }, text)] : []),
    el("p", { class: "hint" }, labels.advice),
    el("p", { class: "assessed-on", id: "assess-date" }, t.assessedOn(new Date().toLocaleDateString(lang === "fr" ? "fr-CA" : "en-CA", { year: "numeric", month: "long", day: "numeric" }), document.querySelector('meta[name="impartial-version"]')?.getAttribute("content") ?? "")),
    ...(lang === "fr" ? [el("p", { class: "hint" }, labels.unofficial)] : []),
    el(
      "div",
      { class: "result-actions no-print" },
      el("button", { type: "button", id: "assess-print", class: "button-primary" }, t.print),
      el("button", { type: "button", id: "assess-change", class: "button-secondary" }, t.startOver),
    ),
  ];
}

function clearErrors(): void {
  const summary = document.getElementById("assess-errors")!;
  summary.hidden = true;
  summary.replaceChildren();
  for (const q of QUESTIONS) {
    const fieldset = document.getElementById(`q-${q.id}`)!;
    fieldset.classList.remove("has-error");
    fieldset.setAttribute("aria-describedby", hintId(q.id));
    const message = document.getElementById(errorId(q.id))!;
    message.hidden = true;
    message.textContent = "";
  }
}

/** The GC error summary: a heading and a link to each field in error, focused so it is read first. */
function showErrors(links: ErrorLink[]): void {
  const summary = document.getElementById("assess-errors")!;
  summary.replaceChildren(
    heading(2, t.errorHeading, "assess-errors-heading"),
    el("ul", {}, ...links.map((l) => el("li", {}, el("a", { href: l.href }, l.text)))),
  );
  summary.hidden = false;
  for (const l of links) {
    const fieldset = document.getElementById(`q-${l.question}`);
    if (!fieldset) continue;
    fieldset.classList.add("has-error");
    fieldset.setAttribute("aria-describedby", `${errorId(l.question)} ${hintId(l.question)}`);
    const message = document.getElementById(errorId(l.question))!;
    message.textContent = t.errorInline;
    message.hidden = false;
  }
  summary.focus();
}

function submit(event: Event): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const answers = answersFromEntries(new FormData(form).entries());
  const text = (document.getElementById("assess-text") as HTMLTextAreaElement).value;
  const action = actionFromValue((document.getElementById("assess-action") as HTMLSelectElement).value);
  const resultSection = document.getElementById("assess-result")!;
  clearErrors();
  const missing = missingAnswers(answers, lang);
  if (missing.length > 0) {
    hideResult(resultSection);
    showErrors(missing);
    return;
  }
  let result: SelfAssessment;
  try {
    result = selfAssess(answers, { lang, ...(text.trim() !== "" ? { text } : {}), ...(action ? { action } : {}) });
  } catch (e) {
    if (!(e instanceof AnswersError)) throw e;
    hideResult(resultSection);
    showErrors([{ question: "text", href: "#assess-text", text: `${t.errorText} ${e.problemsIn(lang).join(" ")}` }]);
    return;
  }
  resultSection.replaceChildren(...renderResult(result, answers, text));
  resultSection.dataset.level = result.level;
  resultSection.dataset.score = String(result.score);
  resultSection.hidden = false;
  document.getElementById("assess-app")!.classList.add("has-result");
  document.getElementById("assess-status")!.textContent = `${t.levelPrefix} ${labels.level[result.level]}`;
  document.getElementById("assess-result-heading")!.focus();
}

function hideResult(section: HTMLElement): void {
  section.hidden = true;
  section.replaceChildren();
  delete section.dataset.level;
  delete section.dataset.score;
  document.getElementById("assess-app")!.classList.remove("has-result");
  document.getElementById("assess-status")!.textContent = "";
}

/**
 * The answers, the activity and its action are handed to the other language's page when the language toggle is
 * followed, and to nothing else: they are written to this tab's sessionStorage at that click and removed by the page
 * that reads them, so no answer about a political activity stays in storage.
 */
function handOverOnLanguageToggle(): void {
  document.querySelector("gcds-header")?.addEventListener("click", (e) => {
    if (!e.composedPath().some((n) => n instanceof Element && n.tagName === "GCDS-LANG-TOGGLE")) return;
    const form = document.getElementById("assess-form") as HTMLFormElement;
    const session = {
      answers: answersFromEntries(new FormData(form).entries()),
      text: (document.getElementById("assess-text") as HTMLTextAreaElement).value,
      action: (document.getElementById("assess-action") as HTMLSelectElement).value,
    };
    try {
      sessionStorage.setItem(ASSESS_SESSION_KEY, JSON.stringify(session));
    } catch {
      // Storage can be switched off: the page works without it.
    }
  });
}

function restoreSession(): void {
  let stored: string | null;
  try {
    stored = sessionStorage.getItem(ASSESS_SESSION_KEY);
    sessionStorage.removeItem(ASSESS_SESSION_KEY);
  } catch {
    return;
  }
  const session = parseAssessSession(stored);
  if (!session) return;
  for (const [question, answer] of Object.entries(session.answers)) {
    const input = document.getElementById(answerInputId(question, answer)) as HTMLInputElement | null;
    if (input) input.checked = true;
  }
  (document.getElementById("assess-text") as HTMLTextAreaElement).value = session.text;
  (document.getElementById("assess-action") as HTMLSelectElement).value = session.action;
}

/**
 * The position question starts from the profile entered on the Check or Review page (unless answers carried over from
 * the other language's page already answer it), and says so. An answer given here is not written back: this page keeps
 * nothing, as it promises.
 */
function roleFromProfile(): void {
  const form = document.getElementById("assess-form") as HTMLFormElement;
  const role = loadPersonProfile().role;
  if (!role || form.querySelector('input[name="role"]:checked')) return;
  const input = document.getElementById(answerInputId("role", role)) as HTMLInputElement | null;
  if (!input) return;
  input.checked = true;
  const note = el("p", { class: "hint from-profile", id: "role-from-profile" }, t.roleFromProfile);
  input.closest("fieldset")?.querySelector("legend")?.after(note);
}

function start(): void {
  const mount = document.getElementById("assess-app");
  if (!mount) return;
  mount.replaceChildren(
    el("div", { id: "assess-errors", class: "error-summary", tabindex: "-1", "aria-labelledby": "assess-errors-heading", role: "region", hidden: "" }),
    buildForm(),
    el("section", { id: "assess-result", "aria-labelledby": "assess-result-heading", hidden: "" }),
    el("p", { id: "assess-status", class: "sr-status", role: "status" }),
  );
  restoreSession();
  roleFromProfile();
  document.getElementById("assess-form")!.addEventListener("submit", submit);
  handOverOnLanguageToggle();
  // A link in the error summary focuses its field, as the GC pattern asks, and brings its legend into view.
  document.getElementById("assess-errors")!.addEventListener("click", (e) => {
    const link = e.target instanceof Element ? e.target.closest("a") : null;
    const target = link ? document.getElementById(link.getAttribute("href")!.slice(1)) : null;
    if (!target) return;
    e.preventDefault();
    (target.closest("fieldset") ?? target).scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  });
  document.getElementById("assess-result")!.addEventListener("click", (e) => {
    if (!(e.target instanceof Element)) return;
    if (e.target.closest("#assess-print")) window.print();
    else if (e.target.closest("#assess-change")) document.getElementById("assess-form-heading")!.focus();
  });
}

start();
