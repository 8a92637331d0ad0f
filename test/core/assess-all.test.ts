import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { judgedByCalendar } from "../../src/core/calendar.js";
import { assess, assessAll, createEngine, InputError, JUDGED_AT_ONCE, judgeEach, type BatchItem } from "../../src/core/engine.js";
import type { Lang } from "../../src/core/model.js";
import { readCases } from "../helpers/score.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const cases = readCases(join(root, "test/cases/cases-en.jsonl"), join(root, "test/cases/cases-fr.jsonl"));

/** The labelled cases as a batch, each with its own action, context and reply, some asked in the other language. */
function batchOfCases(): BatchItem[] {
  return cases.map((c, i) => ({
    activity: { text: c.text, action: c.action, context: c.context, inReplyTo: c.inReplyTo },
    options: i % 3 === 0 ? { lang: (c.lang === "en" ? "fr" : "en") as Lang } : {},
  }));
}

describe("judging a batch rule by rule (assessAll)", () => {
  it("gives every item the assessment assess gives it alone, in the batch's order", () => {
    const batch = batchOfCases();
    assert.ok(batch.length > 200, "the labelled cases are fewer than expected");
    const all = assessAll(batch);
    assert.equal(all.length, batch.length);
    batch.forEach((item, i) => assert.deepEqual(all[i], assess(item.activity, item.options), `case ${cases[i]!.id}`));
  });

  it("answers an item it cannot judge with the error assess throws, in its place, and judges the others", () => {
    const good = batchOfCases().slice(0, 20);
    const bad: BatchItem[] = [{ activity: { text: "   " } }, { activity: { text: "broken \ud800 text" } }, { activity: { text: "fine", inReplyTo: 42 as unknown as string } }];
    const batch = [bad[0]!, ...good.slice(0, 10), bad[1]!, ...good.slice(10), bad[2]!];
    const all = assessAll(batch);
    for (const [i, item] of batch.entries()) {
      const expected = (() => {
        try {
          return assess(item.activity, item.options);
        } catch (e) {
          return e;
        }
      })();
      if (expected instanceof InputError) {
        assert.ok(all[i] instanceof InputError, `item ${i} was judged`);
        assert.deepEqual((all[i] as InputError).text, expected.text);
      } else assert.deepEqual(all[i], expected, `item ${i}`);
    }
    assert.equal(all.filter((a) => a instanceof InputError).length, 3);
  });

  it("answers an empty batch with nothing, and a batch of one as assess does", () => {
    assert.deepEqual(assessAll([]), []);
    const one = { activity: { text: "Votez NPD le 21 octobre!", action: "share" as const, context: { electionPeriod: true } } };
    assert.deepEqual(assessAll([one]), [assess(one.activity)]);
  });

  it("files each finding under the rule that made it, though every rule runs over the whole batch in turn", () => {
    // An engine of two rules that each report on every text: a finding filed under the wrong rule would show.
    const rule = (id: string) => ({
      id,
      category: "spam" as const,
      level: "risky" as const,
      guidance: ["csps.dont.spam"],
      description: { en: id, fr: id },
      messages: { found: { en: `${id} found it`, fr: `${id} l'a trouvé` } },
      lexicons: [],
      examples: { valid: [], invalid: [] },
      check: ({ report }: { report: (id: "found") => void }) => report("found"),
    });
    const engine = createEngine({ rules: [rule("test/first"), rule("test/second")] as never, secondOpinion: false });
    const all = engine.assessAll([{ activity: { text: "one" } }, { activity: { text: "two" } }, { activity: { text: "three" } }]);
    for (const a of all) {
      assert.ok(!(a instanceof InputError));
      assert.deepEqual(a.findings.map((f) => [f.rule, f.message]).sort(), [["test/first", "test/first found it"], ["test/second", "test/second found it"]]);
    }
  });

  it("a batch longer than the engine judges at once is judged in parts, with the same answers in the same order", () => {
    const batch = batchOfCases().slice(0, JUDGED_AT_ONCE * 2 + 7);
    const calls: number[] = [];
    const judge = Object.assign((a: BatchItem["activity"], o?: BatchItem["options"]) => assess(a, o), {
      all: (part: readonly BatchItem[]) => {
        calls.push(part.length);
        return assessAll(part);
      },
    });
    const all = judgeEach(judge, batch);
    assert.deepEqual(calls, [JUDGED_AT_ONCE, JUDGED_AT_ONCE, 7]);
    batch.forEach((item, i) => assert.deepEqual(all[i], assess(item.activity, item.options), `case ${cases[i]!.id}`));
  });

  it("a judge without a batch form judges each item alone, its refusals in their places (judgeEach)", () => {
    const calls: string[] = [];
    const plain = (activity: Parameters<typeof assess>[0], options?: Parameters<typeof assess>[1]) => {
      calls.push(activity.text);
      return assess(activity, options);
    };
    const batch: BatchItem[] = [{ activity: { text: "Vote NDP!" } }, { activity: { text: "" } }, { activity: { text: "Bonne fin de semaine" }, options: { lang: "en" } }];
    const all = judgeEach(plain, batch);
    assert.deepEqual(calls, ["Vote NDP!", "", "Bonne fin de semaine"]);
    assert.deepEqual(all[0], assess(batch[0]!.activity));
    assert.ok(all[1] instanceof InputError);
    assert.deepEqual(all[2], assess(batch[2]!.activity, { lang: "en" }));
  });

  it("the calendar's judge dates each item of a batch and names its election, as it does one by one", () => {
    const judge = judgedByCalendar(assess, undefined, () => new Date("2025-04-01T12:00:00Z"));
    const batch: BatchItem[] = [
      // No date: "now", in the 2025 federal campaign.
      { activity: { text: "Vote Liberal on April 28!", action: "share" } },
      // Dated outside any campaign, and said outright.
      { activity: { text: "Vote Liberal!", context: { postedAt: "2023-06-01" } }, options: { lang: "fr" } },
      { activity: { text: "Vote Liberal!", context: { electionPeriod: false } } },
      { activity: { text: "   " } },
    ];
    const all = judge.all(batch);
    batch.forEach((item, i) => {
      if (i === 3) assert.ok(all[i] instanceof InputError);
      else assert.deepEqual(all[i], judge(item.activity, item.options));
    });
    const named = (all[0] as Exclude<(typeof all)[0], InputError>).factors.find((f) => f.factor === "electionPeriod");
    assert.match(named?.note ?? "", /from the built-in calendar/);
  });
});
