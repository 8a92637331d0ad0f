import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { readCases, score, type Score } from "../helpers/score.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const shared = join(root, "..", "shared", "cases", "dev-cases.jsonl");

/** The targets of the project's first issue, for its own labelled set and for the shared sample. */
function meetsTargets(s: Score): void {
  const report = `agree ${s.agree.toFixed(3)} (en ${s.agreeEn.toFixed(3)}, fr ${s.agreeFr.toFixed(3)}), missed ${s.missed.toFixed(3)}, false alarms ${s.falseAlarms.toFixed(3)}, categories ${s.categories.toFixed(3)}\n${s.disagreements.slice(0, 25).join("\n")}`;
  assert.ok(s.agree >= 0.9, `agreement below 0.90: ${report}`);
  assert.ok(s.agreeFr >= 0.85, `French agreement below 0.85: ${report}`);
  assert.ok(s.missed <= 0.03, `missed harmful above 0.03: ${report}`);
  assert.ok(s.falseAlarms <= 0.05, `false alarms above 0.05: ${report}`);
  assert.ok(s.categories >= 0.9, `category hit below 0.90: ${report}`);
}

describe("labelled cases", () => {
  it("the project's own set (EN and FR, written from the guidance) meets the accuracy targets", () => {
    const cases = readCases(join(root, "test/cases/cases-en.jsonl"), join(root, "test/cases/cases-fr.jsonl"));
    assert.ok(cases.length >= 300 && cases.filter((c) => c.lang === "fr").length * 3 >= cases.length, "at least 300 cases, a third in French");
    meetsTargets(score(cases));
  });

  it("the shared sample (../shared/cases/dev-cases.jsonl) meets the accuracy targets", (t) => {
    if (!existsSync(shared)) {
      t.skip("../shared is absent: the shared labelled cases are not here");
      return;
    }
    meetsTargets(score(readCases(shared)));
  });
});
