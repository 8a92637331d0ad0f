import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assess } from "../../src/core/engine.js";
import { electionsForCheck, highlightSegments, langOfPath, PAGE_STRINGS, parseCheckSession } from "../../web/check-view.js";
import { parseAssessSession } from "../../web/assess-view.js";
import { findOrganization, LEGACY_PROFILE_KEY, loadPersonProfile, organizationLabel, parseFollowerCount, parsePersonProfile, PERSON_PROFILE_KEY, profileContext } from "../../web/profile.js";
import { ORGANIZATIONS } from "../../src/core/organizations.js";

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

  test("a remembered profile keeps only valid values, and never the facts that are true only right now", () => {
    const profile = parsePersonProfile(JSON.stringify({ identifiable: true, role: "deputy-head", followers: 1200, department: "statcan", province: "qc", joined: "2016-09-06", workHours: true, governmentDevice: true, electionPeriod: true, extra: 1 }));
    assert.deepEqual(profile, { identifiable: true, role: "deputy-head", followers: 1200, department: "statcan", province: "qc", joined: "2016-09-06" });
    assert.deepEqual(parsePersonProfile(JSON.stringify({ role: "boss", followers: -3, department: "<script>", province: "zz", joined: "yesterday" })), {});
    assert.deepEqual(profileContext(profile), { identifiable: true, role: "deputy-head", followers: 1200, department: "statcan" });
  });

  test("an unreadable stored profile starts the page afresh", () => {
    assert.deepEqual(parsePersonProfile("{not json"), {});
    assert.deepEqual(parsePersonProfile(null), {});
  });

  test("a profile an earlier version stored is carried over without 'on duty' and 'government device', and the old entry is removed", () => {
    const store = new Map<string, string>([[LEGACY_PROFILE_KEY, JSON.stringify({ action: "like", context: { identifiable: true, role: "manager", workHours: true, governmentDevice: true } })]]);
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
    assert.deepEqual(loadPersonProfile(storage), { identifiable: true, role: "manager" });
    assert.equal(store.has(LEGACY_PROFILE_KEY), false);
    assert.deepEqual(JSON.parse(store.get(PERSON_PROFILE_KEY)!), { identifiable: true, role: "manager" });
  });

  test("followers are read as written in either language, short forms included; a blank or unreadable box means not said", () => {
    assert.equal(parseFollowerCount("1,200"), 1200);
    assert.equal(parseFollowerCount("1 200"), 1200);
    assert.equal(parseFollowerCount("2k"), 2000);
    assert.equal(parseFollowerCount("1,5 k"), 1500);
    assert.equal(parseFollowerCount("1.2M"), 1_200_000);
    assert.equal(parseFollowerCount(""), undefined);
    assert.equal(parseFollowerCount("abc"), undefined);
    assert.equal(parseFollowerCount("many"), undefined);
  });

  test("the election period comes from the calendar: the federal one for everyone, a provincial one for its province only", () => {
    const federal = new Date("2025-04-01T12:00:00Z");
    assert.deepEqual(electionsForCheck(federal, "qc", false).map((e) => e.jurisdiction), ["federal"]);
    assert.deepEqual(electionsForCheck(new Date("2026-12-07T12:00:00Z"), undefined, false), []);
    const quebec2022 = new Date("2022-09-15T12:00:00Z");
    assert.ok(electionsForCheck(quebec2022, undefined, false).some((e) => e.jurisdiction === "qc"), "any province's election counts while the province is not said");
    assert.deepEqual(electionsForCheck(quebec2022, "on", false), [], "Quebec's election is not an Ontarian's");
    assert.deepEqual(electionsForCheck(quebec2022, undefined, true), [], "'not my province' leaves it out");
  });

  test("the tab's session (draft, action, text answered) is read back only when whole", () => {
    assert.deepEqual(parseCheckSession(JSON.stringify({ draft: "Hi", action: "reply", inReplyTo: "Hello" })), { draft: "Hi", action: "reply", inReplyTo: "Hello" });
    assert.equal(parseCheckSession(JSON.stringify({ draft: "Hi", action: "shout", inReplyTo: "" })), undefined);
    assert.equal(parseCheckSession("{"), undefined);
    assert.deepEqual(parseCheckSession(JSON.stringify({ draft: "Hi", action: "share", inReplyTo: "", author: "@someone" }))?.author, "@someone");
  });

  test("the self-assessment's session keeps only answers that exist and a known action", () => {
    const stored = JSON.stringify({ answers: { activity: "donate", nonsense: "x", role: "no-such-answer" }, text: "Donated.", action: "shout" });
    assert.deepEqual(parseAssessSession(stored), { answers: { activity: "donate" }, text: "Donated.", action: "" });
    assert.equal(parseAssessSession(JSON.stringify({ answers: null, text: "", action: "" })), undefined);
    assert.equal(parseAssessSession("not json"), undefined);
  });

  test("every Government of Canada organization can be found by its name or abbreviation in either language, accents and case aside", () => {
    assert.ok(ORGANIZATIONS.length > 300, "the whole list, not three departments");
    assert.equal(findOrganization("statcan")?.id, "statcan");
    assert.equal(findOrganization("Emploi et Développement social Canada")?.id, "esdc");
    assert.equal(findOrganization("EDSC")?.id, "esdc");
    assert.equal(findOrganization("agence du revenu du canada")?.id, "cra");
    assert.equal(findOrganization("Statistique Canada (StatCan)")?.id, "statcan");
    for (const o of ORGANIZATIONS) for (const lang of ["en", "fr"] as const) assert.equal(findOrganization(organizationLabel(o, lang))?.id, o.id, organizationLabel(o, lang));
    assert.equal(findOrganization("Ministry of Silly Walks"), undefined);
    assert.equal(findOrganization(""), undefined);
  });
});
