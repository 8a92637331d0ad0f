import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { GUIDANCE, guidanceById } from "../../../src/core/guidance/corpus.js";
import { createEngine } from "../../../src/core/engine.js";
import { CATEGORIES, LEVELS, type Activity } from "../../../src/core/model.js";
import { BUILTIN_PACKS } from "../../../src/core/packs/builtin.js";
import { engineOptionsFor } from "../../../src/core/packs/pack.js";
import { placeholders } from "../../../src/core/rule.js";
import { RULES } from "../../../src/core/rules/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const srcRules = join(here, "../../../src/core/rules");

describe("every rule", () => {
  it("has a unique id of the form category/name matching its category and its file", () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of RULES) {
      assert.match(r.id, /^[a-z-]+\/[a-z-]+$/);
      assert.equal(r.id.split("/")[0], r.category, r.id);
      assert.ok(existsSync(join(srcRules, `${r.id}.js`)), `src/core/rules/${r.id}.ts should define ${r.id}`);
    }
  });

  it("has a test table of its own", () => {
    for (const r of RULES) assert.ok(existsSync(join(here, `${r.id}.test.js`)), `test/core/rules/${r.id}.test.ts is missing`);
  });

  it("cites guidance statements that exist", () => {
    for (const r of RULES) {
      assert.ok(r.guidance.length > 0, r.id);
      for (const g of [...r.guidance, ...(r.alsoCites ?? [])]) assert.doesNotThrow(() => guidanceById(g), `${r.id} cites ${g}`);
    }
  });

  it("declares every statement its check() adds to a finding, so the Guidance page and docs can show it", () => {
    for (const r of RULES) {
      const declared = new Set([...r.guidance, ...(r.alsoCites ?? [])]);
      // Statement ids are written as string literals in check(); any that is a real statement must be declared.
      const cited = [...r.check.toString().matchAll(/["'`]([a-z]+(?:\.[a-z0-9-]+)+)["'`]/g)].map((m) => m[1]!).filter((id) => GUIDANCE.some((g) => g.id === id));
      assert.deepEqual(cited.filter((id) => !declared.has(id)), [], `${r.id}: add these to alsoCites`);
    }
  });

  it("has a category and level from DESIGN.md's vocabulary", () => {
    for (const r of RULES) {
      assert.ok((CATEGORIES as readonly string[]).includes(r.category), r.id);
      assert.ok((LEVELS as readonly string[]).includes(r.level), r.id);
    }
  });

  it("says every message and description in English and French, with the same placeholders", () => {
    for (const r of RULES) {
      assert.ok(r.description.en && r.description.fr && r.description.en !== r.description.fr, r.id);
      for (const [id, m] of Object.entries(r.messages)) {
        assert.ok(m.en.trim() && m.fr.trim(), `${r.id}.${id} needs both languages`);
        assert.notEqual(m.en, m.fr, `${r.id}.${id}: the French is the English`);
        assert.deepEqual(placeholders(m.en).sort(), placeholders(m.fr).sort(), `${r.id}.${id}: placeholders differ`);
      }
    }
  });

  it("shows examples in both languages on both sides", () => {
    for (const r of RULES) {
      for (const side of ["valid", "invalid"] as const) {
        const langs = new Set(r.examples[side].map((e) => e.lang));
        assert.ok(r.examples[side].length > 0, `${r.id} has no ${side} example`);
        if (side === "invalid") assert.ok(langs.has("en") && langs.has("fr"), `${r.id}: invalid examples need both languages`);
      }
    }
  });

  it("requires only lexicons it reads", () => {
    for (const r of RULES) for (const id of r.requires ?? []) assert.ok(r.lexicons.includes(id), `${r.id} requires ${id} but does not read it`);
  });

  it("finds nothing on a text without a hit of the lexicons it requires: skipping it changes no assessment", () => {
    const cases = ["cases-en.jsonl", "cases-fr.jsonl"].flatMap((f) =>
      readFileSync(join(here, "../../../../test/cases", f), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Activity),
    );
    const examples = RULES.flatMap((r) => [...r.examples.valid, ...r.examples.invalid]);
    const texts = [...cases, ...examples].map((c) => c.text);
    const variants: Omit<Activity, "text">[] = [
      { action: "post" },
      { action: "share", context: { electionPeriod: true, workHours: true, department: "statcan" } },
      { action: "reply", inReplyTo: "Statistics Canada, why is the census late? The Liberals promised data. #cdnpoli" },
      { action: "profile", context: { identifiable: true, department: "cra" } },
    ];
    const activities = [...cases, ...examples, ...texts.flatMap((text) => variants.map((v) => ({ ...v, text })))];
    const withPacks = engineOptionsFor(BUILTIN_PACKS);
    const pairs = [
      [createEngine(), createEngine({ rules: RULES.map((r) => ({ ...r, requires: undefined })) })],
      [createEngine(withPacks), createEngine({ ...withPacks, rules: withPacks.rules.map((r) => ({ ...r, requires: undefined })) })],
    ] as const;
    for (const [skipping, running] of pairs) {
      for (const a of activities) assert.deepEqual(skipping.assess(a), running.assess(a), `${a.action ?? "post"}: ${a.text}`);
    }
  });

  it("covers all fourteen categories between them", () => {
    const covered = new Set(RULES.map((r) => r.category));
    assert.deepEqual(CATEGORIES.filter((c) => !covered.has(c)), []);
  });
});
