import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { RULES } from "../../src/core/rules/index.js";
import { renderRulesDoc } from "../../src/cli/rules-doc.js";

const doc = join(dirname(fileURLToPath(import.meta.url)), "../../..", "docs", "rules.md");

describe("docs/rules.md", () => {
  it("is the rules table generated from the rules' own metadata, up to date", () => {
    const fresh = renderRulesDoc(RULES);
    if (process.env.UPDATE_DOCS) writeFileSync(doc, fresh);
    assert.equal(readFileSync(doc, "utf8"), fresh, "docs/rules.md is out of date: run UPDATE_DOCS=1 node --test dist/test/cli/rules-doc.test.js");
  });

  it("lists every rule with its category, both level names and its citations", () => {
    const fresh = renderRulesDoc(RULES);
    for (const r of RULES) {
      assert.ok(fresh.includes(`| \`${r.id}\` | ${r.category} |`), r.id);
      for (const g of r.guidance) assert.ok(fresh.includes(`\`${g}\``), `${r.id} cites ${g}`);
    }
  });
});
