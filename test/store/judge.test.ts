import { test } from "node:test";
import assert from "node:assert/strict";
import { assess } from "../../src/core/engine.js";
import { historyContext } from "../../src/core/history.js";
import type { HistoryItem } from "../../src/importers/types.js";
import { assessItem, assessItems, inLanguage, judgeVersion, type Judge } from "../../src/store/judge.js";
import { openStore, type ReviewRow } from "../../src/store/store.js";

const CAMPAIGN: HistoryItem = { platform: "x", id: "41", action: "post", createdAt: "2019-10-01T15:00:00.000Z", text: "Vote for the Liberal candidate in my riding!", url: "https://x.com/me/status/41", visibility: "public", sourceFile: "data/tweets.js" };
const PROFILE = { identifiable: true, role: "manager" as const };

/** Stores one item judged in `lang` the way a scan does, with or without its context, and reads it back. */
function stored(lang: "en" | "fr", { keepContext = true, version = judgeVersion(assess) } = {}): ReviewRow {
  const store = openStore(":memory:");
  const hc = historyContext(CAMPAIGN.createdAt, PROFILE);
  const id = store.beginImport("x", "/tmp/x.zip", "fp");
  store.addBatch(id, [{ item: CAMPAIGN, assessment: assessItem(CAMPAIGN, hc.context, lang), beforeService: false, rulesVersion: version, ...(keepContext ? { context: hc.context } : {}) }]);
  store.finishImport(id, { count: 1 });
  const row = store.getItem("x", "41")!;
  store.close();
  return row;
}

test("a row stored in French is given in English: the same findings, judged in the same context (election period included)", () => {
  const fr = stored("fr");
  assert.equal(fr.assessed!.assessment.lang, "fr");
  assert.match(fr.assessed!.assessment.findings[0]!.message, /invite à appuyer un parti/);
  const en = inLanguage(fr, "en", assess, judgeVersion(assess));
  const a = en.assessed!.assessment;
  assert.equal(a.lang, "en");
  assert.match(a.findings[0]!.message, /asks people to support a party or candidate/);
  assert.deepEqual(a.findings.map((f) => [f.rule, f.level, f.span]), fr.assessed!.assessment.findings.map((f) => [f.rule, f.level, f.span]));
  assert.equal(a.level, fr.assessed!.assessment.level);
  assert.equal(a.score, fr.assessed!.assessment.score, "the same context: election period, identifiable, role");
  assert.ok(a.factors.some((f) => f.factor === "electionPeriod" && /election period/.test(f.note)), "the factors' notes too");
  assert.match(a.questions.join(" "), /How could your post/);
  assert.deepEqual(en.decision, fr.decision);
  assert.equal(en.item, fr.item);
});

test("and back: a row stored in English is given in French", () => {
  const fr = inLanguage(stored("en"), "fr", assess, judgeVersion(assess));
  assert.match(fr.assessed!.assessment.findings[0]!.message, /invite à appuyer/);
});

test("a row already in the language asked is returned as it is", () => {
  const en = stored("en");
  assert.equal(inLanguage(en, "en", assess, judgeVersion(assess)), en);
});

test("a row judged by other rules, or stored without its context, is left in its own language rather than judged anew", () => {
  const older = stored("fr", { version: "0.0.1-older" });
  assert.equal(inLanguage(older, "en", assess, judgeVersion(assess)), older, "other rules could find other things");
  const noContext = stored("fr", { keepContext: false });
  assert.equal(noContext.assessed!.context, undefined);
  assert.equal(inLanguage(noContext, "en", assess, judgeVersion(assess)), noContext, "without the context it was judged in, the election period would be lost");
});

test("a judge whose answer differs in level from what was stored leaves the row as stored", () => {
  const fr = stored("fr");
  const lenient: Judge = (activity, options) => ({ ...assess(activity, options), level: "appropriate", findings: [] });
  assert.equal(inLanguage(fr, "en", lenient, judgeVersion(assess)), fr);
});

test("the version of a judge with packs carries theirs", () => {
  const withPacks: Judge = Object.assign((...args: Parameters<typeof assess>) => assess(...args), { version: "packs:abc" });
  assert.equal(judgeVersion(withPacks), `${judgeVersion(assess)}+packs:abc`);
});

test("an assessment crosses between threads with its guidance by id, and reads back the same, citing the corpus's own statements", async () => {
  const { fromThread, toThread } = await import("../../src/store/judge-pool.js");
  const { guidanceRef } = await import("../../src/core/guidance/corpus.js");
  for (const lang of ["en", "fr"] as const) {
    const a = assess({ text: "Vote NDP on Monday! The CRA are idiots, and here is the budget before it is tabled.", context: { identifiable: true, electionPeriod: true } }, { lang });
    assert.ok(a.findings.length > 1);
    const sent = toThread(a);
    // What crosses is the statement's id, not its words.
    assert.ok(sent.findings.every((f) => f.guidance.every((g) => typeof g === "string")), "every cited statement sent by id");
    const back = fromThread(structuredClone(sent));
    assert.deepEqual(back, a);
    assert.equal(JSON.stringify(back), JSON.stringify(a), "the same keys in the same order");
    for (const f of back.findings) for (const g of f.guidance) assert.equal(g, guidanceRef(g.id, lang), "the corpus's own object");
  }
});

test("items judged as a batch get the assessments they get one by one: empty, huge and broken texts included", () => {
  const hc = historyContext(CAMPAIGN.createdAt, PROFILE);
  const item = (id: string, text: string): HistoryItem => ({ ...CAMPAIGN, id, text });
  const jobs = [
    { item: CAMPAIGN, context: hc.context },
    { item: item("42", ""), context: hc.context },
    { item: item("43", "Broken \ud800 text about the Conservatives, who are hopeless"), context: {} },
    { item: item("44", "Vote NDP! ".repeat(12_000)), context: hc.context },
    { item: item("45", "Lunch with my team, great day"), context: { workHours: true } },
  ];
  for (const lang of [undefined, "fr"] as const) {
    const all = assessItems(jobs, lang);
    assert.equal(all.length, jobs.length);
    jobs.forEach((j, i) => assert.deepEqual(all[i], assessItem(j.item, j.context, lang), `item ${j.item.id}`));
  }
});
