/// <reference lib="dom" />
import { CONTACTS } from "../src/core/guidance/contacts.js";
import { GUIDANCE, shownStatement, sourceUrl, SOURCES } from "../src/core/guidance/corpus.js";
import { LEVELS, type Lang } from "../src/core/model.js";
import { BUILTIN_PACKS } from "../src/core/packs/builtin.js";
import { el, heading, keepPlaceInLanguageToggle, mountPoint, pageLang } from "./dom.js";
import {
  allRules,
  filterStatements,
  formatHash,
  groupBySource,
  GUIDANCE_STRINGS,
  indexStatements,
  isFiltered,
  NO_FILTER,
  parseHash,
  resultsCount,
  statementAnchor,
  type GuidanceFilter,
  type GuidanceStrings,
  type IndexedStatement,
  type SourceGroup,
} from "./guidance-view.js";

const lang: Lang = pageLang();
const t: GuidanceStrings = GUIDANCE_STRINGS[lang];
const rules = allRules();
const entries = indexStatements(GUIDANCE, rules);

function select(id: string, label: string, options: [string, string][]): HTMLElement {
  return el(
    "div",
    { class: "field" },
    el("label", { for: id }, label),
    el("select", { id, name: id }, ...options.map(([value, text]) => el("option", { value }, text))),
  );
}

function buildForm(): HTMLElement {
  return el(
    "form",
    { id: "guidance-form", role: "search", novalidate: "" },
    el(
      "div",
      { class: "field" },
      el("label", { for: "guidance-search" }, t.searchLabel),
      el("p", { id: "guidance-search-hint", class: "hint" }, t.searchHint),
      el("input", { type: "search", id: "guidance-search", name: "q", autocomplete: "off", spellcheck: "false", "aria-describedby": "guidance-search-hint" }),
    ),
    el(
      "fieldset",
      { class: "guidance-filters" },
      el("legend", {}, t.filtersLegend),
      select("guidance-source", t.sourceLabel, [["", t.sourceAll], ...SOURCES.map((s): [string, string] => [s.id, lang === "fr" ? s.titleFr : s.titleEn])]),
      select("guidance-level", t.levelLabel, [["", t.levelAll], ...LEVELS.map((l): [string, string] => [l, t.level[l]])]),
    ),
    el("p", { id: "guidance-rule-filter", class: "rule-filter", tabindex: "-1", hidden: "" }),
    el("button", { type: "button", id: "guidance-clear", class: "button-secondary" }, t.clearAll),
  );
}

function ruleLink(ruleId: string): HTMLAnchorElement {
  return el("a", { href: formatHash({ ...NO_FILTER, rule: ruleId }), class: "rule-link", "data-rule": ruleId, title: t.ruleLinkHint }, el("code", {}, ruleId));
}

function renderStatement(entry: IndexedStatement): HTMLElement {
  const s = entry.statement;
  const meta = el("p", { class: "source" }, `${t.statementId} `, el("code", {}, s.id));
  if (entry.level) meta.append(` · ${t.levelPrefix} `, el("strong", { class: "statement-level", "data-level": entry.level }, t.level[entry.level]));
  if (lang === "fr") meta.append(` · ${t.unofficial}`);
  const applied = el("div", { class: "applied-by" });
  if (entry.rules.length === 0) applied.append(el("p", { class: "no-rule" }, t.noRule));
  else {
    applied.append(
      el("p", { class: "applied-label" }, t.appliedBy),
      el("ul", {}, ...entry.rules.map((r) => el("li", {}, ruleLink(r.id), ` — ${r.title[lang]}`))),
    );
  }
  return el("li", { class: "statement", id: statementAnchor(s.id) }, el("blockquote", { "data-form": shownStatement(s, lang).form }, el("p", {}, shownStatement(s, lang).shown)), meta, applied);
}

/** Each statement is built once: filtering only moves the same nodes, so a keystroke costs little. */
const statementNodes = new Map<string, HTMLElement>();
function statementNode(entry: IndexedStatement): HTMLElement {
  let node = statementNodes.get(entry.statement.id);
  if (!node) statementNodes.set(entry.statement.id, (node = renderStatement(entry)));
  return node;
}

function renderSource(group: SourceGroup): HTMLElement {
  const src = group.source;
  const publisher = `${t.publishedBy} ${lang === "fr" ? src.publisherFr : src.publisherEn}${src.year ? ` (${src.year})` : ""}.`;
  const about = el("p", { class: "hint" }, publisher, " ");
  const url = sourceUrl(src.id, lang);
  about.append(url ? el("a", { href: url, class: "guidance-link" }, t.readPublished) : t.notPublished);
  const department = src.departments?.[0];
  if (department) about.append(" ", t.departmentOnly.replace("{department}", lang === "fr" ? src.publisherFr : src.publisherEn));
  const section = el("section", { class: "guidance-source", "aria-labelledby": `source-${src.id}` }, heading(3, lang === "fr" ? src.titleFr : src.titleEn, `source-${src.id}`), about);
  for (const part of group.sections) {
    section.append(el("h4", {}, lang === "fr" ? part.sectionFr : part.section), el("ul", { class: "statements" }, ...part.entries.map(statementNode)));
  }
  return section;
}

function renderContacts(): HTMLElement {
  const departmentName = (d: string) => BUILTIN_PACKS.find((p) => p.departments?.includes(d))?.name[lang] ?? d;
  return el(
    "section",
    { id: "guidance-contacts", "aria-labelledby": "contacts-heading" },
    heading(2, t.contactsHeading, "contacts-heading"),
    el("p", {}, t.contactsLead),
    el(
      "ul",
      { class: "contacts" },
      ...CONTACTS.map((c) => {
        const item = el("li", {}, el("strong", {}, c[lang]));
        if (c.departments?.length) item.append(el("br"), `${t.contactOnly} ${c.departments.map(departmentName).join(", ")}`);
        const links = c.guidance.flatMap((id, i) => [...(i > 0 ? [", "] : []), el("a", { href: `#${statementAnchor(id)}`, class: "statement-ref" }, el("code", {}, id))]);
        item.append(el("br"), `${t.contactNamedIn} `, ...links);
        return item;
      }),
    ),
  );
}

function field<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

let current: GuidanceFilter = { ...NO_FILTER };

function readControls(): GuidanceFilter {
  return {
    query: field<HTMLInputElement>("guidance-search").value,
    source: field<HTMLSelectElement>("guidance-source").value as GuidanceFilter["source"],
    level: field<HTMLSelectElement>("guidance-level").value as GuidanceFilter["level"],
    rule: current.rule,
  };
}

function showControls(filter: GuidanceFilter): void {
  field<HTMLInputElement>("guidance-search").value = filter.query;
  field<HTMLSelectElement>("guidance-source").value = filter.source;
  field<HTMLSelectElement>("guidance-level").value = filter.level;
}

function renderRuleFilter(): void {
  const note = field<HTMLParagraphElement>("guidance-rule-filter");
  if (!current.rule) {
    note.hidden = true;
    note.replaceChildren();
    return;
  }
  const [before, after] = t.ruleFilter.split("{rule}");
  note.hidden = false;
  note.replaceChildren(`${before ?? ""}`, el("code", {}, current.rule), `${after ?? ""} `, el("button", { type: "button", id: "guidance-clear-rule", class: "button-link" }, t.clearRule));
}

function render(): void {
  const shown = filterStatements(entries, current);
  const count = field<HTMLParagraphElement>("guidance-count");
  const text = resultsCount(shown.length, entries.length, isFiltered(current), lang);
  // Only a changed count is announced, not every keystroke that leaves it the same.
  if (count.textContent !== text) count.textContent = text;
  renderRuleFilter();
  field<HTMLElement>("guidance-list").replaceChildren(...groupBySource(shown).map(renderSource));
}

function setFilter(filter: GuidanceFilter, { fromHash = false } = {}): void {
  current = filter;
  if (!fromHash) {
    const hash = formatHash(filter);
    // replaceState: typing does not fill the history, and no hashchange comes back to us.
    history.replaceState(null, "", hash || `${location.pathname}${location.search}`);
    syncLanguageToggle();
  }
  render();
}

let syncLanguageToggle = () => {};

let pending = 0;
function scheduleFromControls(): void {
  if (pending) return;
  pending = requestAnimationFrame(() => {
    pending = 0;
    setFilter(readControls());
  });
}

function start(): void {
  const mount = mountPoint("guidance");
  if (!mount) return;
  mount.replaceChildren(
    buildForm(),
    el("p", { id: "guidance-count", class: "results-count", "aria-live": "polite", "aria-atomic": "true" }),
    el("section", { "aria-labelledby": "statements-heading" }, heading(2, t.statementsHeading, "statements-heading"), el("div", { id: "guidance-list" })),
    ...(lang === "fr" ? [el("p", { class: "hint" }, t.unofficialNote)] : []),
    renderContacts(),
  );
  const form = field<HTMLFormElement>("guidance-form");
  form.addEventListener("input", scheduleFromControls);
  form.addEventListener("change", scheduleFromControls);
  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("click", (e) => {
    if (!(e.target instanceof Element)) return;
    if (e.target.closest("#guidance-clear")) {
      showControls(NO_FILTER);
      setFilter({ ...NO_FILTER });
      field<HTMLInputElement>("guidance-search").focus();
    } else if (e.target.closest("#guidance-clear-rule")) {
      setFilter({ ...readControls(), rule: "" });
      field<HTMLInputElement>("guidance-search").focus();
    }
  });
  // A rule link is a plain link to #rule=…: following it (or a shared URL) filters by that rule.
  window.addEventListener("hashchange", followHash);
  syncLanguageToggle = keepPlaceInLanguageToggle();
  followHash();
}

/** A #rule=… hash filters; a #statement-… hash (from a contact) shows every statement and scrolls to that one. */
function followHash(): void {
  const filter = parseHash(location.hash, rules);
  showControls(filter);
  setFilter(filter, { fromHash: true });
  if (location.hash.startsWith("#statement-")) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  else if (filter.rule) field<HTMLElement>("guidance-rule-filter").focus();
}

start();
