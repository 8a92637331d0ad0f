/// <reference lib="dom" />
import { InputError } from "../src/core/engine.js";
import { messageIn } from "../src/core/message.js";
import { ACTIONS, ROLES, type Action, type Assessment, type Context, type Lang } from "../src/core/model.js";
import { departmentEngines } from "../src/core/packs/department-engine.js";
import { checkbox, el, heading } from "./dom.js";
import { findingFeedback, listenForFeedback } from "./check-feedback.js";
import type { CheckedDraft } from "./feedback-view.js";
import { guidanceBlock } from "./guidance-quote.js";
import { electionsForCheck, highlightSegments, langOfPath, PAGE_STRINGS, parseCheckSession, SESSION_KEY, type PageStrings } from "./check-view.js";
import { departmentField, readDepartmentField, showDepartment, showFieldError } from "./profile-fields.js";
import {
  loadPersonProfile,
  parseFollowerCount,
  PROVINCE_NAMES,
  PROVINCES,
  profileContext,
  savePersonProfile,
  type PersonProfile,
  type Province,
} from "./profile.js";

const lang: Lang = langOfPath(location.pathname);
const t: PageStrings = PAGE_STRINGS[lang];

const engineFor = departmentEngines();

function buildForm(): HTMLElement {
  const actionSelect = el("select", { id: "action", name: "action" }, ...ACTIONS.map((a) => el("option", { value: a }, t.actions[a])));
  const roleSelect = el("select", { id: "role", name: "role" }, ...ROLES.map((r) => el("option", { value: r }, t.roles[r])));
  const provinceSelect = el(
    "select",
    { id: "province", name: "province" },
    el("option", { value: "" }, t.provinceNone),
    ...PROVINCES.map((p) => el("option", { value: p }, PROVINCE_NAMES[p][lang])),
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
      "div",
      { class: "field", id: "reply-to-field", hidden: "" },
      el("label", { for: "reply-to" }, t.replyToLabel),
      el("p", { id: "reply-to-hint", class: "hint" }, t.replyToHint),
      el("textarea", { id: "reply-to", name: "reply-to", rows: "3", "aria-describedby": "reply-to-hint" }),
    ),
    el(
      "div",
      { class: "field", id: "author-field", hidden: "" },
      el("label", { for: "author" }, t.authorLabel),
      el("p", { id: "author-hint", class: "hint" }, t.authorHint),
      el("input", { id: "author", name: "author", type: "text", maxlength: "300", autocomplete: "off", spellcheck: "false", "aria-describedby": "author-hint" }),
    ),
    el(
      "fieldset",
      { class: "context now" },
      el("legend", {}, t.nowLegend),
      checkbox("workHours", t.workHours),
      checkbox("governmentDevice", t.governmentDevice),
      checkbox("authorized", t.authorized),
      el("p", { id: "election-status", class: "election-status" }),
      el("div", { id: "not-my-province-row", hidden: "" }, checkbox("notMyProvince", t.electionNotMine)),
      checkbox("otherElection", t.electionOther),
    ),
    el(
      "fieldset",
      { class: "context" },
      el("legend", {}, t.contextLegend),
      checkbox("identifiable", t.identifiable),
      el("div", { class: "field" }, el("label", { for: "role" }, t.roleLabel), roleSelect),
      el(
        "div",
        { class: "field", id: "followers-field" },
        el("label", { for: "followers" }, t.followersLabel),
        el("p", { id: "followers-error", class: "field-error", hidden: "" }, t.followersError),
        el("input", { id: "followers", name: "followers", type: "text", inputmode: "numeric", autocomplete: "off", size: "10" }),
      ),
      departmentField(lang),
      el("div", { class: "field" }, el("label", { for: "province" }, t.provinceLabel), provinceSelect),
    ),
  );
}

function buildResults(): HTMLElement {
  return el(
    "section",
    { "aria-labelledby": "verdict-heading", class: "results" },
    heading(2, t.verdictHeading, "verdict-heading"),
    el("p", { id: "verdict", class: "verdict", "aria-live": "polite", "aria-atomic": "true" }, t.verdictEmpty),
    el("p", { id: "todo", class: "todo" }),
    el("div", { id: "factors" }),
    el("div", { id: "details" }),
  );
}

/** On a narrow screen the verdict would sit far below the draft: a bar at the bottom of the screen repeats it. */
function buildSummaryBar(): HTMLElement {
  return el(
    "div",
    { id: "verdict-summary", class: "verdict-summary", role: "region", "aria-label": t.summaryLabel, hidden: "" },
    el("span", { id: "verdict-summary-text" }),
    el("a", { href: "#verdict-heading" }, t.seeWhy),
  );
}

function input(id: string): HTMLInputElement {
  return document.getElementById(id) as HTMLInputElement;
}

function select(id: string): HTMLSelectElement {
  return document.getElementById(id) as HTMLSelectElement;
}

/** The profile as the controls show it; an unreadable followers box is said so beside it, and left out. */
function readPersonProfile(): PersonProfile {
  const profile: PersonProfile = { ...storedProfile };
  profile.identifiable = input("identifiable").checked;
  profile.role = select("role").value as PersonProfile["role"];
  const raw = input("followers").value;
  const followers = parseFollowerCount(raw);
  showFieldError("followers", raw.trim() !== "" && followers === undefined);
  if (followers === undefined) delete profile.followers;
  else profile.followers = followers;
  const department = readDepartmentField();
  // A name being typed keeps the one stored until it matches an organization; a cleared box clears it.
  if (department.kind === "id") profile.department = department.id;
  else if (department.kind === "empty") delete profile.department;
  const province = select("province").value;
  if (province) profile.province = province as Province;
  else delete profile.province;
  return profile;
}

function showPersonProfile(profile: PersonProfile): void {
  input("identifiable").checked = profile.identifiable === true;
  select("role").value = profile.role ?? "employee";
  input("followers").value = profile.followers === undefined ? "" : String(profile.followers);
  showDepartment(profile, lang);
  select("province").value = profile.province ?? "";
}

let storedProfile: PersonProfile = {};

/** Today's election periods in words, and whether the check counts one. */
function electionPeriodNow(profile: PersonProfile): boolean {
  const now = new Date();
  const all = electionsForCheck(now, profile.province, false);
  const provincialUnknown = !profile.province && all.some((e) => e.jurisdiction !== "federal");
  document.getElementById("not-my-province-row")!.hidden = !provincialUnknown;
  const counted = electionsForCheck(now, profile.province, provincialUnknown && input("notMyProvince").checked);
  const status = document.getElementById("election-status")!;
  const text = all.length === 0 ? t.electionNone : t.electionNow.replace("{names}", all.map((e) => e.name[lang]).join(lang === "fr" ? " ; " : "; "));
  if (status.textContent !== text) status.textContent = text;
  return counted.length > 0 || input("otherElection").checked;
}

function readContext(profile: PersonProfile): Context {
  const context: Context = profileContext(profile);
  for (const key of ["workHours", "governmentDevice", "authorized"] as const) if (input(key).checked) context[key] = true;
  if (electionPeriodNow(profile)) context.electionPeriod = true;
  return context;
}

/** The draft, the action and the text answered stay with this tab (sessionStorage), so the language toggle keeps them. */
function rememberSession(): void {
  try {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({ draft: input("draft").value, action: select("action").value, inReplyTo: (document.getElementById("reply-to") as HTMLTextAreaElement).value, author: input("author").value }));
  } catch {
    // Storage can be switched off: the page works without it.
  }
}

function restoreSession(): void {
  let stored: string | null;
  try {
    stored = sessionStorage.getItem(SESSION_KEY);
  } catch {
    return;
  }
  const session = parseCheckSession(stored);
  if (!session) return;
  input("draft").value = session.draft;
  select("action").value = session.action;
  (document.getElementById("reply-to") as HTMLTextAreaElement).value = session.inReplyTo;
  input("author").value = session.author ?? "";
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
  if (assessment.notice) section.append(el("p", { class: "hint" }, assessment.notice));
  if (assessment.findings.length === 0) {
    section.append(el("p", {}, t.noFindings));
    return section;
  }
  const list = el("ol", { class: "findings" });
  for (const [index, f] of assessment.findings.entries()) {
    const item = el("li", { class: "finding", "data-level": f.level, "data-source": f.source }, el("p", { class: "finding-level" }, `${t.levelPrefix} ${t.level[f.level]}`), el("p", {}, f.message));
    if (!f.span) item.append(el("p", { class: "hint" }, `(${t.aboutContext})`));
    for (const g of f.guidance) item.append(guidanceBlock(g, lang, `${t.guidance}${t.colon}`));
    if (f.suggestion) item.append(el("p", {}, el("strong", {}, `${t.suggestion}${t.colon}`), f.suggestion));
    item.append(findingFeedback(index, lang));
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
/** What `latest` judged, for a "this finding looks wrong" report. */
let latestChecked: CheckedDraft | undefined;
/** The draft as it was before "Use this version", for the undo. */
let beforeRewrite: string | undefined;

const ANSWERS: readonly Action[] = ["comment", "reply"];
/** Actions on someone else's content, whose author the page asks for. */
const AUTHORED: readonly Action[] = ["share", "like", "comment", "reply"];

function showSummary(text: string, level: Assessment["level"] | undefined): void {
  const bar = document.getElementById("verdict-summary")!;
  bar.hidden = level === undefined;
  if (level) bar.dataset.level = level;
  document.getElementById("verdict-summary-text")!.textContent = text;
}

function renderFactors(assessment: Assessment): HTMLElement[] {
  if (assessment.findings.length === 0) return [];
  const shown = assessment.factors.filter((f) => f.weight > 0);
  if (shown.length === 0) return [el("p", { class: "hint" }, t.factorsNone)];
  return [el("section", { "aria-labelledby": "factors-heading" }, heading(3, t.factorsHeading, "factors-heading"), el("ul", {}, ...shown.map((f) => el("li", {}, f.note))))];
}

function update(): void {
  const profile = readPersonProfile();
  storedProfile = profile;
  savePersonProfile(profile);
  rememberSession();
  const action = select("action").value as Action;
  const answering = ANSWERS.includes(action);
  document.getElementById("reply-to-field")!.hidden = !answering;
  const inReplyTo = (document.getElementById("reply-to") as HTMLTextAreaElement).value;
  const authored = AUTHORED.includes(action);
  document.getElementById("author-field")!.hidden = !authored;
  const handle = input("author").value.trim();
  const context = readContext(profile);
  const text = input("draft").value;
  const details = document.getElementById("details")!;
  const todo = document.getElementById("todo")!;
  const factors = document.getElementById("factors")!;
  const clear = (message: string) => {
    latest = undefined;
    setVerdict(message, undefined);
    showSummary(message, undefined);
    todo.textContent = "";
    factors.replaceChildren();
    details.replaceChildren();
  };
  if (text.trim() === "") return clear(t.verdictEmpty);
  const checked: CheckedDraft = { text, action, context, ...(answering && inReplyTo.trim() ? { inReplyTo } : {}), ...(authored && handle !== "" ? { author: { handle } } : {}) };
  // Nothing changed (a "change" event as the draft loses focus): the results stay as they are, with a "this finding
  // looks wrong" form the person has just opened.
  if (latest && JSON.stringify(checked) === JSON.stringify(latestChecked)) return;
  try {
    latest = engineFor(context.department).assess(checked, { lang });
    latestChecked = checked;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return clear(`${t.error} ${messageIn(e, lang)}`);
  }
  const verdictText = `${t.levelPrefix} ${t.level[latest.level]}`;
  setVerdict(verdictText, latest.level);
  showSummary(verdictText, latest.level);
  todo.textContent = latest.findings.length === 0 ? t.todo.none : t.todo[latest.level];
  factors.replaceChildren(...renderFactors(latest));
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
  mount.replaceChildren(buildForm(), buildResults(), el("div", { id: "rewrite-status", class: "rewrite-status", role: "status" }), buildSummaryBar());
  storedProfile = loadPersonProfile();
  showPersonProfile(storedProfile);
  restoreSession();
  const form = document.getElementById("check-form")!;
  form.addEventListener("input", scheduleUpdate);
  form.addEventListener("change", scheduleUpdate);
  form.addEventListener("submit", (e) => e.preventDefault());
  const status = document.getElementById("rewrite-status")!;
  listenForFeedback(document.getElementById("details")!, lang, () => (latest && latestChecked ? { checked: latestChecked, findings: latest.findings } : undefined));
  document.getElementById("details")!.addEventListener("click", (e) => {
    if (!(e.target instanceof Element) || !e.target.closest("#apply-rewrite") || latest?.rewrite === undefined) return;
    const draft = input("draft");
    beforeRewrite = draft.value;
    draft.value = latest.rewrite;
    status.replaceChildren(el("p", {}, t.rewriteApplied), el("button", { type: "button", id: "undo-rewrite", class: "button-secondary" }, t.undoRewrite));
    update();
    draft.focus();
  });
  status.addEventListener("click", (e) => {
    if (!(e.target instanceof Element) || !e.target.closest("#undo-rewrite") || beforeRewrite === undefined) return;
    const draft = input("draft");
    draft.value = beforeRewrite;
    beforeRewrite = undefined;
    status.replaceChildren(el("p", {}, t.rewriteUndone));
    update();
    draft.focus();
  });
  update();
}

start();
