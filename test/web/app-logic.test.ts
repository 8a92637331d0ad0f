import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assess } from "../../src/core/engine.js";
import { highlightSegments, langOfPath, PAGE_STRINGS, parseFollowers, parseProfile } from "../../web/check-view.js";

describe("the Check page's logic", () => {
  test("the English and French pages say the same things: every string exists in both", () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v as object).map((s) => `${k}.${s}`) : [k])).sort();
    assert.deepEqual(keys(PAGE_STRINGS.fr), keys(PAGE_STRINGS.en));
  });

  test("/fr/ and below is French; the rest is English", () => {
    assert.equal(langOfPath("/fr/"), "fr");
    assert.equal(langOfPath("/fr"), "fr");
    assert.equal(langOfPath("/"), "en");
    assert.equal(langOfPath("/french"), "en");
  });

  test("the draft shown back marks each finding's passage with its level and keeps every character", () => {
    const text = "Call me at 613-555-0199 about the #defundthepolice rally";
    const result = assess({ text });
    assert.ok(result.findings.some((f) => f.span), "the fixture has a finding about a passage");
    const segments = highlightSegments(text, result.findings);
    assert.equal(segments.map((s) => s.text).join(""), text);
    const marked = segments.filter((s) => s.level);
    assert.ok(marked.some((s) => s.text.includes("#defundthepolice")));
    for (const s of marked) assert.equal(s.level, "risky");
  });

  test("where two passages overlap, the worse level marks the shared part", () => {
    const segments = highlightSegments("abcdefgh", [
      { span: [0, 5], level: "risky" },
      { span: [3, 8], level: "inappropriate" },
    ]);
    assert.deepEqual(segments, [
      { text: "abc", level: "risky" },
      { text: "defgh", level: "inappropriate" },
    ]);
  });

  test("a finding about the context marks nothing, and spans past the end are cut", () => {
    assert.deepEqual(highlightSegments("hello", [{ level: "risky" }, { span: [3, 40], level: "risky" }]), [{ text: "hel" }, { text: "lo", level: "risky" }]);
  });

  test("a remembered profile keeps only values the engine accepts", () => {
    const profile = parseProfile(JSON.stringify({ action: "like", context: { identifiable: true, role: "deputy-head", followers: 1200, department: "statcan", workHours: "yes", electionPeriod: false, extra: 1 } }));
    assert.deepEqual(profile, { action: "like", context: { identifiable: true, role: "deputy-head", followers: 1200, department: "statcan", electionPeriod: false } });
    assert.deepEqual(parseProfile(JSON.stringify({ action: "shout", context: { role: "boss", followers: -3, department: "<script>" } })), { action: "post", context: {} });
  });

  test("an unreadable stored profile starts the page afresh", () => {
    assert.deepEqual(parseProfile("{not json"), { action: "post", context: {} });
    assert.deepEqual(parseProfile(null), { action: "post", context: {} });
  });

  test("followers are read as written in either language; a blank box means not said", () => {
    assert.equal(parseFollowers("1,200"), 1200);
    assert.equal(parseFollowers("1 200"), 1200);
    assert.equal(parseFollowers(""), undefined);
    assert.equal(parseFollowers("many"), undefined);
  });
});
