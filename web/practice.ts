/// <reference lib="dom" />
import { LEVELS, type Lang, type Level } from "../src/core/model.js";
import { judgeScenario, SCENARIOS, type JudgedChoice, type JudgedScenario } from "../src/core/scenarios.js";
import { el, heading, keepPlaceInLanguageToggle } from "./dom.js";
import { guidanceBlock } from "./guidance-quote.js";
import {
  decodeHashId,
  describeContext,
  engineText,
  langOfPath,
  levelFromValue,
  nextScenarioId,
  outcomeText,
  PRACTICE_STRINGS,
  quoted,
  scenarioFromHash,
  scoreAnswers,
  sourceTitles,
  type ChoiceScore,
} from "./practice-view.js";

const lang: Lang = langOfPath(location.pathname);
const t = PRACTICE_STRINGS[lang];

/** The scenario shown, judged once when it is opened: the same engine the CLI's practice uses. */
let current: JudgedScenario | undefined;

function radioId(choiceId: string, level: Level): string {
  return `choice-${choiceId}-${level}`;
}

function buildList(): HTMLElement {
  return el(
    "nav",
    { class: "scenario-list", "aria-labelledby": "practice-list-heading" },
    heading(2, t.listHeading, "practice-list-heading"),
    el("p", { class: "hint" }, t.listHint),
    el(
      "ul",
      {},
      ...SCENARIOS.map((s) =>
        el(
          "li",
          {},
          el("a", { href: `#${s.id}`, "data-scenario": s.id }, s.title[lang]),
          el("span", { class: "source" }, ` — ${sourceTitles(s, lang).join("; ")} (${t.choicesCount(s.choices.length)})`),
        ),
      ),
    ),
  );
}

function choiceFieldset(choice: JudgedChoice, index: number, total: number): HTMLElement {
  const textId = `choice-${choice.id}-text`;
  const fieldset = el(
    "fieldset",
    { class: "choice", id: `choice-${choice.id}`, "data-choice": choice.id, "aria-describedby": textId },
    el("legend", {}, t.choice(index + 1, total, t.actions[choice.action])),
  );
  const described = el("div", { id: textId, class: "choice-text" }, el("p", { class: "choice-context" }, `${t.context} ${describeContext(choice.context, lang)}`));
  if (choice.inReplyTo !== undefined) described.append(el("p", {}, `${t.inReplyTo} ${quoted(choice.inReplyTo, lang)}`));
  described.append(el("p", { class: "choice-label" }, t.contentOf[choice.action]), el("p", { class: "draft-shown" }, choice.text));
  fieldset.append(
    described,
    el(
      "div",
      { class: "levels" },
      ...LEVELS.map((level) =>
        el("div", { class: "check-row" }, el("input", { type: "radio", id: radioId(choice.id, level), name: choice.id, value: level }), el("label", { for: radioId(choice.id, level) }, t.level[level])),
      ),
    ),
    el("div", { class: "choice-feedback", id: `choice-${choice.id}-feedback` }),
  );
  return fieldset;
}

function buildScenario(judged: JudgedScenario): HTMLElement {
  const title = heading(2, judged.title, "practice-scenario-heading");
  title.setAttribute("tabindex", "-1");
  const form = el(
    "form",
    { id: "practice-form", novalidate: "", "aria-labelledby": "practice-choices-heading" },
    heading(3, t.choicesHeading, "practice-choices-heading"),
    el("p", { class: "hint" }, t.choicesHint),
    ...judged.choices.map((c, i) => choiceFieldset(c, i, judged.choices.length)),
    el("div", { class: "practice-actions" }, el("button", { type: "submit", class: "button-primary" }, t.check), el("button", { type: "reset", class: "button-secondary" }, t.reset)),
  );
  return el(
    "article",
    { id: "practice-scenario", "data-scenario": judged.id, "aria-labelledby": "practice-scenario-heading" },
    title,
    el("p", { class: "source" }, `${t.fromSource} ${sourceTitles(judged, lang).join("; ")}`),
    heading(3, t.situation, "practice-situation-heading"),
    el("p", { class: "situation" }, judged.situation),
    heading(3, t.questions, "practice-questions-heading"),
    el("ul", {}, ...judged.questions.map((q) => el("li", {}, q.text))),
    form,
    el(
      "section",
      { id: "practice-score", "aria-labelledby": "practice-score-heading", hidden: "" },
      heading(3, t.scoreHeading, "practice-score-heading"),
      el("p", { id: "practice-score-text", class: "score-text" }),
      el("p", {}, el("a", { href: `#${nextScenarioId(judged.id)}`, id: "practice-next", class: "button-link" }, t.next)),
      el("p", { class: "hint" }, t.advice),
      ...(judged.unofficialTranslation ? [el("p", { class: "hint" }, t.unofficial)] : []),
    ),
  );
}

function feedback(choice: JudgedChoice, score: ChoiceScore): HTMLElement[] {
  return [
    el("p", { class: "outcome", "data-outcome": score.outcome, "data-expected": score.expected }, outcomeText(score, lang)),
    el("p", {}, el("strong", {}, t.why), ` ${choice.explanation}`),
    el("p", { class: "engine" }, engineText(choice, lang)),
    el(
      "details",
      {},
      el("summary", {}, t.guidanceQuotes),
      ...choice.guidance.map((g) => guidanceBlock(g, lang)),
    ),
  ];
}

function checkAnswers(event: Event): void {
  event.preventDefault();
  if (!current) return;
  const data = new FormData(event.currentTarget as HTMLFormElement);
  const picks: Record<string, Level | undefined> = {};
  for (const c of current.choices) picks[c.id] = levelFromValue(data.get(c.id));
  const score = scoreAnswers(current.choices, picks);
  current.choices.forEach((choice, i) => {
    const s = score.choices[i]!;
    const fieldset = document.getElementById(`choice-${choice.id}`)!;
    fieldset.dataset.outcome = s.outcome;
    document.getElementById(`choice-${choice.id}-feedback`)!.replaceChildren(...feedback(choice, s));
  });
  const section = document.getElementById("practice-score")!;
  section.hidden = false;
  section.dataset.right = String(score.right);
  section.dataset.answered = String(score.answered);
  section.dataset.total = String(score.total);
  const text = t.score(score.right, score.answered, score.total);
  document.getElementById("practice-score-text")!.textContent = text;
  document.getElementById("practice-status")!.textContent = text;
}

function clearAnswers(): void {
  if (!current) return;
  for (const c of current.choices) {
    delete document.getElementById(`choice-${c.id}`)!.dataset.outcome;
    document.getElementById(`choice-${c.id}-feedback`)!.replaceChildren();
  }
  const section = document.getElementById("practice-score")!;
  section.hidden = true;
  document.getElementById("practice-status")!.textContent = "";
  document.getElementById("practice-scenario-heading")!.focus();
}

/** Shows the scenario the hash names; `focus` is false on first load, so the page opens at its top. */
function show(focus: boolean): void {
  const area = document.getElementById("practice-area")!;
  const id = decodeHashId(location.hash);
  const scenario = scenarioFromHash(location.hash);
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".scenario-list a")) {
    if (link.dataset.scenario === scenario?.id) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
  }
  if (!scenario) {
    current = undefined;
    area.replaceChildren(el("p", { class: "hint" }, id === undefined ? t.none : t.unknown(id)));
    return;
  }
  current = judgeScenario(scenario, lang);
  area.replaceChildren(buildScenario(current));
  document.getElementById("practice-form")!.addEventListener("submit", checkAnswers);
  // The reset button empties the radios itself; the results go with them once it has.
  document.getElementById("practice-form")!.addEventListener("reset", () => setTimeout(clearAnswers));
  if (focus) document.getElementById("practice-scenario-heading")!.focus();
}

function start(): void {
  const mount = document.getElementById("practice-app");
  if (!mount) return;
  mount.replaceChildren(buildList(), el("div", { id: "practice-area" }), el("p", { id: "practice-status", class: "sr-status", role: "status" }));
  window.addEventListener("hashchange", () => show(true));
  keepPlaceInLanguageToggle();
  show(false);
}

start();
