/// <reference lib="dom" />
// The review page's saved rules and to-do list: what the person decided once for many items, and what is left to do
// on each platform, with ticks kept in the review database.

import { ACTIONS, type Action, type Lang } from "../src/core/model.js";
import { actionVerb } from "../src/core/remedies.js";
import { PLATFORMS, type Platform } from "../src/importers/types.js";
import type { ChangeRecord, ReviewSelection, TriageRule } from "../src/store/store.js";
import { el, heading } from "./dom.js";
import { DECISION_CHOICES, dateOf, formatCount, REVIEW_STATES, REVIEW_STRINGS, ruleText, todoGroups, type DecisionChoice, type ReviewStrings } from "./review-view.js";

/** What the sections need from the page: its language, how it asks the server, and what to redo after a change. */
export interface TriageContext {
  lang: Lang;
  api<T>(path: string, init?: RequestInit): Promise<T>;
  /** The list, the counts and these sections, shown again after a rule changed decisions or a change was undone. */
  changed(): Promise<void>;
  /** Undoes one change (POST /api/review/undo) and says so. */
  undo(change: number): Promise<void>;
}

interface TodoEntry {
  platform: Platform;
  id: string;
  action: Action;
  decision: Exclude<DecisionChoice, "keep">;
  url?: string;
  createdAt: string;
  text: string;
  note?: string;
  doneAt?: string;
}

/** Entries shown per group; the downloads hold them all. */
const TODO_SHOWN = 100;

const json = (body: unknown): RequestInit => ({ method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return el("div", { class: "field" }, el("label", { for: id }, label), control);
}

function option(value: string, label: string): HTMLOptionElement {
  return el("option", { value }, label);
}

export function buildTodo(t: ReviewStrings, lang: Lang): HTMLElement {
  return el(
    "section",
    { "aria-labelledby": "todo-heading", class: "todo-section", id: "todo" },
    heading(3, t.todoHeading, "todo-heading"),
    el("p", { class: "hint" }, t.todoHint),
    el("div", { class: "todo-progress" }, el("label", { for: "todo-bar", id: "todo-progress" }, ""), el("progress", { id: "todo-bar", max: "1", value: "0" })),
    el("ul", { class: "todo-downloads no-print" }, el("li", {}, el("a", { href: `/api/review/todo.html?lang=${lang}`, download: "" }, t.todoHtml)), el("li", {}, el("a", { href: `/api/review/todo.csv?lang=${lang}`, download: "" }, t.todoCsv))),
    el("div", { id: "todo-list" }),
    el("p", { id: "todo-status", class: "sr-status", role: "status", "aria-live": "polite" }),
  );
}

function showProgress(t: ReviewStrings, lang: Lang, done: number, total: number): void {
  (document.getElementById("todo-progress") as HTMLElement).textContent = t.todoProgress(formatCount(done, lang), formatCount(total, lang));
  const bar = document.getElementById("todo-bar") as HTMLProgressElement;
  bar.max = Math.max(1, total);
  bar.value = done;
}

/** The to-do list as the store has it: by platform, then by the step each item takes there. */
export async function showTodo(ctx: TriageContext): Promise<void> {
  const { lang } = ctx;
  const t = REVIEW_STRINGS[lang];
  const list = document.getElementById("todo-list");
  if (!list) return;
  let todo: { entries: TodoEntry[]; done: number; total: number };
  try {
    todo = await ctx.api("/api/review/todo");
  } catch (e) {
    list.replaceChildren(el("p", {}, (e as Error).message));
    return;
  }
  showProgress(t, lang, todo.done, todo.total);
  if (todo.total === 0) {
    list.replaceChildren(el("p", {}, t.todoEmpty));
    return;
  }
  let n = 0;
  const colon = lang === "fr" ? "\u00a0:" : ":";
  list.replaceChildren(
    ...todoGroups(todo.entries, lang).map((g) => {
      const id = `todo-group-${n++}`;
      const shown = g.entries.slice(0, TODO_SHOWN);
      return el(
        "section",
        { "aria-labelledby": id, class: "todo-group" },
        heading(4, `${t.platform[g.platform]}${colon} ${g.name} (${formatCount(g.entries.filter((e) => e.doneAt).length, lang)}/${formatCount(g.entries.length, lang)})`, id),
        el(
          "ul",
          {},
          ...shown.map((e) => {
            const box = el("input", { type: "checkbox", id: `todo-${n++}`, class: "todo-done", "data-platform": e.platform, "data-id": e.id });
            box.checked = e.doneAt !== undefined;
            const snippet = e.text.length > 120 ? `${Array.from(e.text).slice(0, 120).join("")}…` : e.text;
            return el(
              "li",
              { "data-id": e.id },
              box,
              el("label", { for: box.id }, `${actionVerb(e.action)[lang]} ${dateOf(e.createdAt, lang)}${colon} `, el("span", { dir: "auto" }, snippet || "—")),
              ...(e.url && /^https?:\/\//i.test(e.url) ? [" ", el("a", { href: e.url, rel: "noreferrer noopener" }, t.openLink)] : []),
            );
          }),
          ...(g.entries.length > TODO_SHOWN ? [el("li", {}, t.todoMore(formatCount(g.entries.length - TODO_SHOWN, lang)))] : []),
        ),
      );
    }),
  );
}

/** Ticks (or unticks) one to-do entry; the progress follows from the server's answer. */
export async function tick(ctx: TriageContext, box: HTMLInputElement): Promise<void> {
  const t = REVIEW_STRINGS[ctx.lang];
  const status = document.getElementById("todo-status") as HTMLElement;
  try {
    const answer = await ctx.api<{ done: number; total: number }>("/api/review/todo", json({ platform: box.dataset.platform, id: box.dataset.id, done: box.checked }));
    showProgress(t, ctx.lang, answer.done, answer.total);
    status.textContent = t.todoProgress(formatCount(answer.done, ctx.lang), formatCount(answer.total, ctx.lang));
  } catch (e) {
    box.checked = !box.checked;
    status.textContent = `${t.todoFailed} ${(e as Error).message}`;
  }
}

export function buildRules(t: ReviewStrings): HTMLElement {
  const actions = ACTIONS.map((a) => el("div", { class: "check-row" }, el("input", { type: "checkbox", id: `rule-action-${a}`, name: "rule-action", value: a }), el("label", { for: `rule-action-${a}` }, t.actionName[a])));
  return el(
    "section",
    { "aria-labelledby": "rules-heading", class: "rules no-print", id: "rules" },
    heading(3, t.rulesHeading, "rules-heading"),
    el("p", { class: "hint" }, t.rulesHint),
    el("ul", { id: "rules-list", class: "rules-list" }),
    el(
      "form",
      { id: "rule-form", novalidate: "" },
      el("fieldset", { class: "rule-actions" }, el("legend", {}, t.ruleActions), ...actions),
      el(
        "div",
        { class: "filter-row" },
        field("rule-before", t.ruleBefore, el("input", { type: "date", id: "rule-before", name: "rule-before" })),
        field("rule-platform", t.platformLabel, el("select", { id: "rule-platform" }, option("", t.any), ...PLATFORMS.map((p) => option(p, t.platform[p])))),
        field("rule-level", t.ruleLevel, el("select", { id: "rule-level" }, option("", t.any), ...[...REVIEW_STATES].reverse().map((l) => option(l, t.level[l])))),
        field("rule-search", t.ruleSearch, el("input", { type: "text", id: "rule-search", autocomplete: "off" })),
      ),
      el("div", { class: "check-row" }, el("input", { type: "checkbox", id: "rule-election" }), el("label", { for: "rule-election" }, t.ruleElection)),
      el(
        "div",
        { class: "filter-row" },
        field("rule-decision", t.ruleDecision, el("select", { id: "rule-decision" }, ...DECISION_CHOICES.map((d) => option(d, t.generic[d])))),
        field("rule-note", t.ruleNote, el("input", { type: "text", id: "rule-note", autocomplete: "off", maxlength: "2000" })),
      ),
      el("p", { id: "rule-error", class: "field-error", hidden: "" }),
      el("button", { type: "submit", id: "rule-save", class: "button-secondary" }, t.ruleSave),
    ),
    el("p", { id: "rule-status", class: "sr-status", role: "status", "aria-live": "polite" }),
  );
}

/** The rule the form describes, or undefined when it sets no condition (a rule for everything is refused). */
function ruleOfForm(): { filter: Record<string, string | boolean>; decision: DecisionChoice; note?: string } | undefined {
  const value = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLSelectElement).value.trim();
  const filter: Record<string, string | boolean> = {};
  const actions = [...document.querySelectorAll<HTMLInputElement>('input[name="rule-action"]:checked')].map((b) => b.value);
  if (actions.length) filter.action = actions.join(",");
  if (/^\d{4}-\d{2}-\d{2}$/.test(value("rule-before"))) filter.before = value("rule-before");
  if (value("rule-platform")) filter.platform = value("rule-platform");
  if (value("rule-level")) filter.level = value("rule-level");
  if (/[\p{L}\p{N}]/u.test(value("rule-search"))) filter.search = value("rule-search");
  if ((document.getElementById("rule-election") as HTMLInputElement).checked) filter.electionPeriod = true;
  if (Object.keys(filter).length === 0) return undefined;
  const note = value("rule-note");
  return { filter, decision: value("rule-decision") as DecisionChoice, ...(note ? { note } : {}) };
}

export async function saveRule(ctx: TriageContext, event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const t = REVIEW_STRINGS[ctx.lang];
  const error = document.getElementById("rule-error") as HTMLElement;
  const status = document.getElementById("rule-status") as HTMLElement;
  const rule = ruleOfForm();
  error.hidden = true;
  if (!rule) {
    error.textContent = t.ruleNeedsCondition;
    error.hidden = false;
    (document.getElementById("rule-action-like") as HTMLElement).focus();
    return;
  }
  try {
    const answer = await ctx.api<{ change: { changed: number; skipped: number } }>("/api/review/rules", json(rule));
    (document.getElementById("rule-form") as HTMLFormElement).reset();
    await ctx.changed();
    status.textContent = t.ruleSaved(formatCount(answer.change.changed, ctx.lang), formatCount(answer.change.skipped, ctx.lang));
  } catch (e) {
    error.textContent = (e as Error).message;
    error.hidden = false;
  }
}

/** The saved rules, each with what it decided (and an Undo while that stands) and a button to delete it. */
export async function showRules(ctx: TriageContext): Promise<void> {
  const t = REVIEW_STRINGS[ctx.lang];
  const list = document.getElementById("rules-list");
  if (!list) return;
  let rules: TriageRule[];
  let changes: ChangeRecord[];
  try {
    [{ rules }, { changes }] = await Promise.all([ctx.api<{ rules: TriageRule[] }>("/api/review/rules"), ctx.api<{ changes: ChangeRecord[] }>("/api/review/changes")]);
  } catch (e) {
    list.replaceChildren(el("li", {}, (e as Error).message));
    return;
  }
  if (rules.length === 0) {
    list.replaceChildren(el("li", {}, t.noRules));
    return;
  }
  list.replaceChildren(
    ...rules.map((r) => {
      // The latest application of the rule (changes come newest first).
      const applied = changes.find((c) => c.ruleId === r.id);
      const words = ruleText(r.selection as ReviewSelection, r.decision, ctx.lang);
      const item = el("li", { "data-rule": String(r.id) }, el("span", { class: "rule-text" }, words));
      if (r.note) item.append(el("span", { class: "hint" }, ` — ${r.note}`));
      if (applied) item.append(el("span", { class: "rule-applied" }, ` (${applied.undoneAt ? t.ruleUndone : t.ruleApplied(formatCount(applied.changed, ctx.lang))})`));
      const buttons = el("span", { class: "rule-buttons" });
      if (applied && !applied.undoneAt && applied.changed > 0) buttons.append(el("button", { type: "button", class: "button-secondary rule-undo", "data-change": String(applied.id), "aria-label": `${t.undo}: ${words}` }, t.undo));
      buttons.append(el("button", { type: "button", class: "button-secondary rule-delete", "data-rule": String(r.id), "aria-label": `${t.ruleDelete}: ${words}` }, t.ruleDelete));
      item.append(" ", buttons);
      return item;
    }),
  );
}

/** Clicks in the rules list: undo a rule's decisions, or delete the rule. */
export async function rulesClick(ctx: TriageContext, target: Element): Promise<void> {
  const t = REVIEW_STRINGS[ctx.lang];
  const undo = target.closest<HTMLButtonElement>("button.rule-undo");
  if (undo) {
    await ctx.undo(Number(undo.dataset.change));
    return;
  }
  const remove = target.closest<HTMLButtonElement>("button.rule-delete");
  if (!remove) return;
  const status = document.getElementById("rule-status") as HTMLElement;
  try {
    await ctx.api("/api/review/rules", json({ delete: Number(remove.dataset.rule) }));
    await showRules(ctx);
    status.textContent = t.ruleDeleted;
    (document.getElementById("rules-heading") as HTMLElement).setAttribute("tabindex", "-1");
    (document.getElementById("rules-heading") as HTMLElement).focus();
  } catch (e) {
    status.textContent = (e as Error).message;
  }
}
