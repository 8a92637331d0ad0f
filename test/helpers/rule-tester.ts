import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assess, createEngine } from "../../src/core/engine.js";
import type { Action, Author, Context, Level } from "../../src/core/model.js";
import type { Rule } from "../../src/core/rule.js";

export interface ValidCase {
  text: string;
  lang: "en" | "fr";
  action?: Action;
  context?: Context;
  inReplyTo?: string;
  /** Whoever wrote what is shared, liked or answered. */
  author?: Author;
  /** Why the rule must leave it alone. */
  note?: string;
}

export interface InvalidCase extends ValidCase {
  /** The level the rule's finding must have; by default the rule's own level. */
  level?: Level;
  /** The passage the finding must point at, as written. */
  passage?: string;
}

/**
 * Runs a rule's test table through the whole engine, as a user would meet it: invalid cases must produce a finding of
 * this rule (at the expected level, on the expected passage); valid cases must produce no finding of it above
 * "appropriate". The table itself is checked: both languages on both sides, no case twice.
 */
export function testRule(rule: Rule, table: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.id}`, () => {
    it("has a table with English and French cases on both sides, each case once", () => {
      for (const side of ["valid", "invalid"] as const) {
        const langs = new Set(table[side].map((c) => c.lang));
        assert.ok(langs.has("en") && langs.has("fr"), `${side} cases need both English and French`);
      }
      const keys = [...table.valid, ...table.invalid].map((c) => JSON.stringify([c.text, c.action ?? "post", c.context ?? {}, c.inReplyTo ?? "", c.author ?? {}]));
      assert.equal(new Set(keys).size, keys.length, "a case appears twice");
    });
    for (const c of [...rule.examples.valid, ...table.valid]) {
      it(`leaves alone [${c.lang}] ${label(c)}`, () => {
        const a = assess(activityOf(c));
        // A rule whose findings are advice ("appropriate") must give none at all on its valid cases.
        const own = a.findings.filter((f) => f.rule === rule.id && (rule.level === "appropriate" || f.level !== "appropriate"));
        assert.deepEqual(own.map((f) => f.message), [], `unexpected finding for: ${c.text}`);
      });
    }
    for (const c of [...rule.examples.invalid, ...table.invalid] as InvalidCase[]) {
      it(`reports [${c.lang}] ${label(c)}`, () => {
        const a = assess(activityOf(c));
        let own = a.findings.filter((f) => f.rule === rule.id);
        if (own.length === 0 && rule.stage !== "context") {
          // The engine says a passage once per category and level: the rule's finding may have been said by another
          // rule of its category on the very same passage. Then the rule alone finds it, and the engine's answer holds
          // that other rule's finding in its place.
          const alone = createEngine({ rules: [rule], secondOpinion: false }).assess(activityOf(c)).findings;
          const said = (f: (typeof alone)[number]) => a.findings.some((g) => g.category === f.category && g.level === f.level && g.span?.[0] === f.span?.[0] && g.span?.[1] === f.span?.[1]);
          if (alone.length > 0 && alone.every((f) => f.span && said(f))) own = alone;
        }
        assert.ok(own.length > 0, `no finding from ${rule.id} for: ${c.text} (got ${a.findings.map((f) => f.rule).join(", ") || "nothing"})`);
        const want = c.level ?? (rule.level === "appropriate" ? "appropriate" : undefined);
        if (want) assert.ok(own.some((f) => f.level === want), `expected a ${want} finding, got ${own.map((f) => f.level).join(", ")}`);
        else assert.ok(own.some((f) => f.level !== "appropriate"), `expected a risky or inappropriate finding`);
        if (c.passage) {
          const passages = own.filter((f) => f.span).map((f) => c.text.slice(f.span![0], f.span![1]));
          assert.ok(passages.some((p) => p.includes(c.passage!)), `expected the passage "${c.passage}" among ${JSON.stringify(passages)}`);
        }
        for (const f of own) assert.ok(f.message.length > 0 && f.guidance.length > 0);
      });
    }
  });
}

function activityOf(c: ValidCase) {
  return { text: c.text, action: c.action ?? "post", context: c.context ?? {}, ...(c.inReplyTo ? { inReplyTo: c.inReplyTo } : {}), ...(c.author ? { author: c.author } : {}) };
}

function label(c: ValidCase): string {
  const extra = [c.action && c.action !== "post" ? c.action : "", c.context && Object.keys(c.context).length ? JSON.stringify(c.context) : ""].filter(Boolean).join(" ");
  return `${c.text.length > 70 ? `${c.text.slice(0, 70)}…` : c.text}${extra ? ` (${extra})` : ""}`;
}
