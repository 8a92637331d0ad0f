import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assess } from "../../src/core/engine.js";
import { parseFeedback } from "../../src/store/feedback.js";
import { countText, excerpt, FEEDBACK_STRINGS, FEEDBACK_VERDICTS, fill, reportDate, reportFor } from "../../web/feedback-view.js";

describe("the words and steps of \"this finding looks wrong\"", () => {
  test("the English and French control and page say the same things: every string exists in both, and every verdict has words", () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === "object" && !Array.isArray(v) ? keys(v as object).map((s) => `${k}.${s}`) : [k])).sort();
    assert.deepEqual(keys(FEEDBACK_STRINGS.fr), keys(FEEDBACK_STRINGS.en));
    assert.equal(FEEDBACK_STRINGS.fr.shape.length, FEEDBACK_STRINGS.en.shape.length);
    for (const lang of ["en", "fr"] as const) for (const v of FEEDBACK_VERDICTS) assert.ok(FEEDBACK_STRINGS[lang].verdicts[v] && FEEDBACK_STRINGS[lang].verdictShort[v], `${lang} ${v}`);
  });

  test("the report sent for a finding of a check is one the store accepts, with the passage its span marks", () => {
    const text = "Vote for the Liberal candidate in my riding!";
    const finding = assess({ text, context: { identifiable: true } }, { lang: "en" }).findings.find((f) => f.span);
    assert.ok(finding, "the fixture has a finding about a passage");
    const sent = reportFor("en", { text, action: "post", context: { identifiable: true } }, finding, "not-a-problem", "  a private account  ");
    const stored = parseFeedback(JSON.parse(JSON.stringify(sent)));
    assert.equal(stored.reason, "a private account");
    assert.equal(stored.finding.rule, finding.rule);
    assert.equal(stored.finding.passage, text.slice(finding.span![0], finding.span![1]));
    assert.deepEqual(stored.context, { identifiable: true });
  });

  test("a long draft is cut at a word with an ellipsis; a short one is shown whole, its whitespace folded", () => {
    assert.equal(excerpt("Vote\n\nfor   me"), "Vote for me");
    const long = `${"word ".repeat(60)}end`;
    const cut = excerpt(long, 50);
    assert.ok(cut.endsWith("word…") && cut.length <= 51, cut);
  });

  test("counts, placeholders and dates read naturally in each language", () => {
    assert.equal(countText(1, "fr"), "1 signalement conservé sur cet ordinateur.");
    assert.equal(countText(1200, "en"), "1,200 reports kept on this computer.");
    assert.equal(fill(FEEDBACK_STRINGS.fr.saved, { id: 7 }), "Le signalement 7 est conservé sur cet ordinateur. Rien n'a été envoyé.");
    assert.equal(fill("{a} {b}", { a: 1 }), "1 {b}", "an unknown placeholder stays visible rather than vanishing");
    assert.match(reportDate("2026-12-07T15:30:00.000Z", "fr", "America/Toronto"), /^7 décembre 2026 (à )?10 h 30$/);
    assert.match(reportDate("2026-12-07T15:30:00.000Z", "en", "America/Toronto"), /^December 7, 2026(,| at) 10:30 a\.m\.$/);
  });
});
