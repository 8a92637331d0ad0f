/// <reference lib="dom" />
import { createEngine, InputError, type Engine } from "../src/core/engine.js";
import { messageIn } from "../src/core/message.js";
import { ACTIONS, ROLES, type Action, type Assessment, type Context, type Lang } from "../src/core/model.js";
import { BUILTIN_PACKS } from "../src/core/packs/builtin.js";
import { engineOptionsFor, selectPacks } from "../src/core/packs/pack.js";
import { checkbox, el, heading } from "./dom.js";
import { citation, highlightSegments, langOfPath, PAGE_STRINGS, parseFollowers, parseProfile, PROFILE_KEY, type PageStrings, type Profile } from "./check-view.js";

const lang: Lang = langOfPath(location.pathname);
const t: PageStrings = PAGE_STRINGS[lang];

/** One engine per department's packs, built on first use: building compiles the lexicons. */
const engines = new Map<string, Engine>();
function engineFor(department: string | undefined): Engine {
  const key = department ?? "";
  let engine = engines.get(key);
  if (!engine) engines.set(key, (engine = createEngine(engineOptionsFor(selectPacks(department ? { department } : {})))));
  return engine;
}

function buildForm(): HTMLElement {
  const actionSelect = el("select", { id: "action", name: "action" }, ...ACTIONS.map((a) => el("option", { value: a }, t.actions[a])));
  const roleSelect = el("select", { id: "role", name: "role" }, ...ROLES.map((r) => el("option", { value: r }, t.roles[r])));
  const departments = BUILTIN_PACKS.flatMap((p) => (p.departments?.[0] ? [{ id: p.departments[0], name: p.name[lang] }] : []));
  const departmentSelect = el(
    "select",
    { id: "department", name: "department" },
    el("option", { value: "" }, t.departmentNone),
    ...departments.map((d) => el("option", { value: d.id }, d.name)),
  );
  return el(
    "form",
    { id: "check-form", novalidate: "" },
    el(
      "div",
      { class: "field" },
      el("label", { for: "draft" }, t.draftLabel),
      el("p", { id: "draft-hint", class: "hint" }, t.draftHint),
      el("textarea", { id: "draft", name: "draft", rows: "6", "aria-describedby": "draft-hint", spellcheck: "true" }),
    ),
    el("div", { class: "field" }, el("label", { for: "action" }, t.actionLabel), actionSelect),
    el(
      "fieldset",
      { class: "context" },
      el("legend", {}, t.contextLegend),
      checkbox("identifiable", t.identifiable),
      el("div", { class: "field" }, el("label", { for: "role" }, t.roleLabel), roleSelect),
      el("div", { class: "field" }, el("label", { for: "followers" }, t.followersLabel), el("input", { id: "followers", name: "followers", type: "text", inputmode: "numeric", autocomplete: "off", size: "10" })),
      el("div", { class: "field" }, el("label", { for: "department" }, t.departmentLabel), departmentSelect),
      checkbox("electionPeriod", t.electionPeriod),
      checkbox("workHours", t.workHours),
      checkbox("governmentDevice", t.governmentDevice),
      checkbox("authorized", t.authorized),
    ),
  );
}

function buildResults(): HTMLElement {
  return el(
    "section",
    { "aria-labelledby": "verdict-heading", class: "results" },
    heading(2, t.verdictHeading, "verdict-heading"),
    el("p", { id: "verdict", class: "verdict", "aria-live": "polite", "aria-atomic": "true" }, t.verdictEmpty),
    el("p", { id: "score", class: "score" }),
    el("div", { id: "details" }),
  );
}

const BOOLEAN_KEYS = ["identifiable", "electionPeriod", "workHours", "governmentDevice", "authorized"] as const;

function input(id: string): HTMLInputElement {
  return document.getElementById(id) as HTMLInputElement;
}

function readProfile(): Profile {
  const context: Context = {};
  for (const key of BOOLEAN_KEYS) if (input(key).checked) context[key] = true;
  context.role = (document.getElementById("role") as HTMLSelectElement).value as Context["role"];
  const followers = parseFollowers(input("followers").value);
  if (followers !== undefined) context.followers = followers;
  const department = (document.getElementById("department") as HTMLSelectElement).value;
  if (department) context.department = department;
  return { action: (document.getElementById("action") as HTMLSelectElement).value as Action, context };
}

function showProfile(profile: Profile): void {
  (document.getElementById("action") as HTMLSelectElement).value = profile.action;
  for (const key of BOOLEAN_KEYS) input(key).checked = profile.context[key] === true;
  (document.getElementById("role") as HTMLSelectElement).value = profile.context.role ?? "employee";
  input("followers").value = profile.context.followers === undefined ? "" : String(profile.context.followers);
  (document.getElementById("department") as HTMLSelectElement).value = profile.context.department ?? "";
}

function storedProfile(): Profile {
  try {
    return parseProfile(localStorage.getItem(PROFILE_KEY));
  } catch {
    // Storage can be switched off; the page still works without memory.
    return parseProfile(null);
  }
}

function rememberProfile(profile: Profile): void {
  try {
    localStorage.setItem(PROFILE_KEY, JSON.stringify(profile));
  } catch {
    // Same reason as above: forgetting is acceptable.
  }
}

function setVerdict(text: string, level: Assessment["level"] | undefined): void {
  const verdict = document.getElementById("verdict")!;
  if (level) verdict.dataset.level = level;
  else delete verdict.dataset.level;
  // Only a changed verdict is announced: rewriting the same words on each keystroke would repeat it.
  if (verdict.textContent !== text) verdict.textContent = text;
}

function renderDraft(text: string, assessment: Assessment): HTMLElement {
  const shown = el("p", { class: "draft-shown" });
  for (const segment of highlightSegments(text, assessment.findings)) {
    if (!segment.level) shown.append(segment.text);
    else shown.append(el("mark", { "data-level": segment.level }, segment.text, el("span", { class: "mark-level" }, ` [${t.level[segment.level]}]`)));
  }
  return el("section", { "aria-labelledby": "draft-shown-heading" }, heading(3, t.draftShownHeading, "draft-shown-heading"), shown);
}

function renderFindings(assessment: Assessment): HTMLElement {
  const section = el("section", { "aria-labelledby": "findings-heading" }, heading(3, t.findingsHeading, "findings-heading"));
  if (assessment.findings.length === 0) {
    section.append(el("p", {}, t.noFindings));
    return section;
  }
  const list = el("ol", { class: "findings" });
  for (const f of assessment.findings) {
    const item = el("li", { class: "finding", "data-level": f.level }, el("p", { class: "finding-level" }, `${t.levelPrefix} ${t.level[f.level]}`), el("p", {}, f.message));
    if (!f.span) item.append(el("p", { class: "hint" }, `(${t.aboutContext})`));
    for (const g of f.guidance) item.append(el("blockquote", {}, el("p", {}, g.quote), el("p", { class: "source" }, `${t.guidance}${t.colon}${citation(g, lang)}`)));
    if (f.suggestion) item.append(el("p", {}, el("strong", {}, `${t.suggestion}${t.colon}`), f.suggestion));
    list.append(item);
  }
  section.append(list);
  if (lang === "fr") section.append(el("p", { class: "hint" }, t.unofficial));
  return section;
}

function renderList(id: string, title: string, items: readonly string[]): HTMLElement[] {
  if (items.length === 0) return [];
  return [el("section", { "aria-labelledby": id }, heading(3, title, id), el("ul", {}, ...items.map((q) => el("li", {}, q))))];
}

function renderRewrite(rewrite: string | undefined): HTMLElement[] {
  if (rewrite === undefined) return [];
  return [
    el(
      "section",
      { "aria-labelledby": "rewrite-heading" },
      heading(3, t.rewriteHeading, "rewrite-heading"),
      el("p", { id: "rewrite", class: "rewrite" }, rewrite),
      el("button", { type: "button", id: "apply-rewrite", class: "button-primary" }, t.applyRewrite),
    ),
  ];
}

let latest: Assessment | undefined;

function update(): void {
  const profile = readProfile();
  rememberProfile(profile);
  const text = input("draft").value;
  const details = document.getElementById("details")!;
  const score = document.getElementById("score")!;
  if (text.trim() === "") {
    latest = undefined;
    setVerdict(t.verdictEmpty, undefined);
    score.textContent = "";
    details.replaceChildren();
    return;
  }
  try {
    latest = engineFor(profile.context.department).assess({ text, action: profile.action, context: profile.context }, { lang });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    latest = undefined;
    setVerdict(`${t.error} ${messageIn(e, lang)}`, undefined);
    score.textContent = "";
    details.replaceChildren();
    return;
  }
  setVerdict(`${t.levelPrefix} ${t.level[latest.level]}`, latest.level);
  score.textContent = `${t.score}${t.colon}${latest.score}/100`;
  details.replaceChildren(
    renderDraft(text, latest),
    renderFindings(latest),
    ...renderList("questions-heading", t.questionsHeading, latest.questions),
    ...renderList("contacts-heading", t.contactsHeading, latest.contacts),
    ...renderRewrite(latest.rewrite),
  );
}

let pending = 0;
/** Coalesces keystrokes into one check per frame: the verdict is never more than a frame behind. */
function scheduleUpdate(): void {
  if (pending) return;
  pending = requestAnimationFrame(() => {
    pending = 0;
    update();
  });
}

function start(): void {
  const mount = document.getElementById("check-app");
  if (!mount) return;
  mount.replaceChildren(buildForm(), buildResults(), el("p", { id: "rewrite-status", class: "sr-status", role: "status" }));
  showProfile(storedProfile());
  const form = document.getElementById("check-form")!;
  form.addEventListener("input", scheduleUpdate);
  form.addEventListener("change", scheduleUpdate);
  form.addEventListener("submit", (e) => e.preventDefault());
  document.getElementById("details")!.addEventListener("click", (e) => {
    if (!(e.target instanceof Element) || !e.target.closest("#apply-rewrite") || latest?.rewrite === undefined) return;
    const draft = input("draft");
    draft.value = latest.rewrite;
    document.getElementById("rewrite-status")!.textContent = t.rewriteApplied;
    update();
    draft.focus();
  });
  update();
}

start();
