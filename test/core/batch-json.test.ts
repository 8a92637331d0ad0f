import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { hostileText, HOSTILE_KINDS } from "../../bench/hostile-texts.js";
import { ROOT } from "../../bench/shared.js";
import { jsonVisible } from "../../src/cli/terminal.js";
import { batchResultJson, toBatchResult, type BatchId } from "../../src/core/contract.js";
import { assess } from "../../src/core/engine.js";
import type { Action, Assessment, Context, Lang } from "../../src/core/model.js";

/** The line as it was written before batchResultJson: the object, stringified, then made visible. */
function plain(id: BatchId, a: Assessment, tail?: Record<string, unknown>, visible = false): string {
  const json = JSON.stringify(tail ? { ...toBatchResult(id, a), ...tail } : toBatchResult(id, a));
  return visible ? jsonVisible(json) : json;
}

function cases(): { text: string; action?: Action; context?: Context }[] {
  return ["cases-en.jsonl", "cases-fr.jsonl"].flatMap((f) =>
    readFileSync(join(ROOT, "test/cases", f), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; action?: Action; context?: Context }),
  );
}

describe("batchResultJson: the batch line, written faster", () => {
  it("is JSON.stringify's line to the byte for every labelled case, in both languages, with and without a tail and escapes", () => {
    const all = cases();
    assert.ok(all.length > 500, `the labelled cases are there (${all.length})`);
    let withGuidance = 0;
    for (const [i, c] of all.entries()) {
      for (const lang of ["en", "fr"] as Lang[]) {
        const a = assess({ text: c.text, action: c.action, context: c.context }, { lang });
        assert.equal(a.lang, lang);
        if (a.findings.some((f) => f.guidance.length > 0)) withGuidance++;
        const id: BatchId = i % 3 === 0 ? `p${i}` : i % 3 === 1 ? i : null;
        const tail = { platform: "x", action: c.action ?? "post", createdAt: i % 2 ? "2019-10-01T12:00:00.000Z" : null, url: undefined, beforeService: i % 5 === 0, ...(i % 7 === 0 ? { config: ["/home/a/impartial.config.json"] } : {}) };
        assert.equal(batchResultJson(id, a), plain(id, a), `case ${i} ${lang}`);
        assert.equal(batchResultJson(id, a, tail, jsonVisible), plain(id, a, tail, true), `case ${i} ${lang}, with a tail, visible`);
      }
    }
    // The cache of the guidance statements is what the function is for: the cases must exercise it.
    assert.ok(withGuidance > 500, `findings with guidance: ${withGuidance}`);
  });

  it("is the same line for hostile texts: many findings (omitted), bidi and C1 controls, separators, a department's guidance", () => {
    const context: Context = { department: "statcan", identifiable: true, electionPeriod: true };
    for (const kind of HOSTILE_KINDS) {
      const a = assess({ text: hostileText(kind, 5_000), context });
      assert.equal(batchResultJson("h", a, { kind }, jsonVisible), plain("h", a, { kind }, true), kind);
    }
    const controls = "Vote NDP\u2028now \u202eidiot\u202c \u0085 \u009b31m \u2066CRA\u2069 leaked the budget \u007f";
    const a = assess({ text: controls, context });
    const line = batchResultJson(1, a, { url: "https://x.com/\u202e" }, jsonVisible);
    assert.equal(line, plain(1, a, { url: "https://x.com/\u202e" }, true));
    assert.doesNotMatch(line, /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/, "no raw control reaches the line");
    assert.deepEqual(JSON.parse(line), JSON.parse(plain(1, a, { url: "https://x.com/\u202e" })), "the same JSON value");
  });

  it("is the same line for any text (property)", () => {
    const units = ["Vote ", "NDP ", "idiot ", "#cdnpoli ", "@pm ", "CRA ", "\u202e", "\u0085", "é", "😀", "budget leak ", "https://ndp.ca ", "\n", "votez ", "fonctionnaire "];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 60 }), fc.constantFrom<Lang>("en", "fr"), (parts, lang) => {
        const a = assess({ text: `${parts.join("")}.` }, { lang });
        assert.equal(batchResultJson("q", a, { n: 1 }, jsonVisible), plain("q", a, { n: 1 }, true));
      }),
      { numRuns: 300 },
    );
  });

  it("writes a statement that is not frozen afresh each time (only frozen ones are kept)", () => {
    const a = assess({ text: "Vote NDP on Monday! #cdnpoli", context: { identifiable: true, electionPeriod: true } });
    assert.ok(a.findings.length > 0 && a.findings[0]!.guidance.length > 0, "a finding with guidance");
    const ref = { ...a.findings[0]!.guidance[0]! };
    const mine: Assessment = { ...a, findings: [{ ...a.findings[0]!, guidance: [ref] }] };
    const before = batchResultJson(1, mine);
    ref.quote = "changed";
    const after = batchResultJson(1, mine);
    assert.notEqual(after, before);
    assert.equal(after, plain(1, mine));
  });
});
