import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { GUIDANCE, SOURCES } from "../../src/core/guidance/corpus.js";
import { RULES } from "../../src/core/rules/index.js";
import {
  allRules,
  citedBy,
  filterStatements,
  formatHash,
  groupBySource,
  GUIDANCE_STRINGS,
  indexStatements,
  NO_FILTER,
  parseHash,
  resultsCount,
  type GuidanceFilter,
} from "../../web/guidance-view.js";

const index = indexStatements();
const ids = (filter: Partial<GuidanceFilter>) => filterStatements(index, { ...NO_FILTER, ...filter }).map((e) => e.statement.id);

describe("the Guidance page's logic", () => {
  test("the English and French pages say the same things: every string exists in both", () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v as object).map((s) => `${k}.${s}`) : [k])).sort();
    assert.deepEqual(keys(GUIDANCE_STRINGS.fr), keys(GUIDANCE_STRINGS.en));
  });

  test("every statement of the corpus is listed once, in the corpus's order", () => {
    assert.deepEqual(index.map((e) => e.statement.id), GUIDANCE.map((s) => s.id));
    assert.ok(index.length > 100, `the corpus has its ~150 statements (${index.length})`);
  });

  test("every rule's cited statements exist and list the rule under “Applied by”", () => {
    const rules = allRules();
    assert.ok(RULES.every((r) => rules.some((ref) => ref.id === r.id)), "every built-in rule is on the page");
    assert.ok(rules.some((r) => r.id === "statcan.embargo"), "a department pack's rule is on the page too");
    for (const rule of rules) {
      for (const id of rule.guidance) {
        const entry = index.find((e) => e.statement.id === id);
        assert.ok(entry, `${rule.id} cites ${id}, a statement of the corpus`);
        assert.ok(entry.rules.some((r) => r.id === rule.id), `${id} lists ${rule.id}`);
      }
    }
  });

  test("a statement a rule cites only in some of its findings is shown as applied by that rule", () => {
    const deputyHeads = index.find((e) => e.statement.id === "psc.deputy-heads")!;
    assert.ok(deputyHeads.rules.some((r) => r.id === "partisan/context"), "partisan/context cites it when the author is a deputy head (alsoCites)");
    for (const rule of RULES) assert.deepEqual(citedBy(rule).slice(0, rule.guidance.length), [...rule.guidance], `${rule.id} keeps its declared statements first`);
  });

  test("statements no rule cites are kept, with no rule listed", () => {
    const cited = new Set(allRules().flatMap((r) => r.guidance));
    const uncited = index.filter((e) => !cited.has(e.statement.id));
    assert.ok(uncited.length > 0, "some statements are not applied by any rule yet");
    assert.ok(uncited.every((e) => e.rules.length === 0));
  });

  test("a French accented word typed without accents or capitals finds its statement", () => {
    assert.ok(ids({ query: "RESEAUTER" }).includes("tbs.risk.appropriate.networking"));
    assert.deepEqual(ids({ query: "reseauter" }), ids({ query: "réseauter" }));
  });

  test("a statement's id finds exactly that statement", () => {
    assert.deepEqual(ids({ query: "psc.dont.work-hours-resources" }), ["psc.dont.work-hours-resources"]);
  });

  test("a rule's id finds the statements it cites", () => {
    assert.deepEqual(new Set(ids({ query: "partisan/engaging" })), new Set(allRules().find((r) => r.id === "partisan/engaging")!.guidance));
  });

  test("a section's name, in either language, finds the statements of that section", () => {
    const section = GUIDANCE.find((s) => s.id === "tbs.values-code.follow")!;
    const bySection = GUIDANCE.filter((s) => s.section === section.section).map((s) => s.id);
    for (const id of bySection) assert.ok(ids({ query: section.sectionFr }).includes(id), `${id} found by « ${section.sectionFr} »`);
    for (const id of bySection) assert.ok(ids({ query: section.section }).includes(id), `${id} found by “${section.section}”`);
  });

  test("every word of a search must appear: more words, fewer statements", () => {
    const one = ids({ query: "partisan" });
    const two = ids({ query: "partisan vote" });
    assert.ok(one.length > two.length && two.every((id) => one.includes(id)));
    assert.deepEqual(ids({ query: "zzzz-nothing-like-this" }), []);
  });

  test("the document filter keeps that document's statements only, all of them", () => {
    for (const source of SOURCES) {
      assert.deepEqual(ids({ source: source.id }), GUIDANCE.filter((s) => s.source === source.id).map((s) => s.id));
    }
  });

  test("the level filter keeps the statements of the guidance's risk scale at that level", () => {
    assert.deepEqual(ids({ level: "risky" }), GUIDANCE.filter((s) => s.kind === "risky").map((s) => s.id));
    assert.ok(ids({ level: "inappropriate" }).includes("tbs.risk.inappropriate.harassment"));
    assert.ok(!ids({ level: "appropriate" }).includes("tbs.risk.inappropriate.harassment"));
  });

  test("following a rule shows exactly the statements it cites", () => {
    for (const rule of allRules()) assert.deepEqual(new Set(ids({ rule: rule.id })), new Set(rule.guidance), rule.id);
    const engaging = RULES.find((r) => r.id === "partisan/engaging")!;
    assert.ok(engaging.guidance.every((id) => ids({ rule: engaging.id }).includes(id)));
  });

  test("grouping by document and section loses no statement and keeps the documents' order", () => {
    const groups = groupBySource(index);
    assert.deepEqual(groups.map((g) => g.source.id), SOURCES.map((s) => s.id));
    assert.equal(groups.flatMap((g) => g.sections.flatMap((s) => s.entries)).length, index.length);
    assert.deepEqual(groupBySource(filterStatements(index, { ...NO_FILTER, source: "statcan-employee-guidelines" })).map((g) => g.source.id), ["statcan-employee-guidelines"]);
  });

  test("the count says how many statements match, in each language", () => {
    assert.equal(resultsCount(157, 157, false, "en"), "157 statements.");
    assert.equal(resultsCount(1, 157, true, "en"), "1 statement of 157 matches.");
    assert.equal(resultsCount(3, 157, true, "fr"), "3 énoncés sur 157 correspondent.");
    assert.match(resultsCount(0, 157, true, "fr"), /^Aucun énoncé/);
  });

  test("the filters live in the URL's hash and come back from it; a stale rule shows everything", () => {
    const filter: GuidanceFilter = { query: "élection à", source: "psc-political-activities-social-media", level: "", rule: "partisan/engaging" };
    const hash = formatHash(filter);
    assert.match(hash, /rule=partisan\/engaging/);
    assert.deepEqual(parseHash(hash), filter);
    assert.equal(formatHash(NO_FILTER), "");
    assert.deepEqual(parseHash("#rule=partisan/no-such-rule&level=awful"), NO_FILTER);
  });
});
