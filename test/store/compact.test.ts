import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { assess } from "../../src/core/engine.js";
import type { Assessment } from "../../src/core/model.js";
import type { HistoryItem } from "../../src/importers/types.js";
import { compactFindings, compactLines, hydrateFindings, hydrateLines } from "../../src/store/compact.js";
import { SCHEMA_VERSION } from "../../src/store/schema.js";
import { openStore } from "../../src/store/store.js";

const TEXTS = [
  "Vote for the Liberal candidate in my riding! #elxn43",
  "My manager is a complete idiot and our new policy is garbage",
  "Here is the embargoed budget before its release, do not share",
  "Votez pour le candidat du Bloc dans ma circonscription!",
  "Mon gestionnaire est un imbécile, cette politique est nulle",
  "Lunch walk along the canal, beautiful day.",
];

function item(id: string, text: string): HistoryItem {
  return { platform: "x", id, action: "post", createdAt: "2019-10-01T15:00:00.000Z", text, visibility: "public", sourceFile: "data/tweets.js" };
}

test("every assessment reads back exactly as it was judged, in both languages, from a much smaller row", () => {
  const store = openStore(":memory:");
  const judged: Assessment[] = [];
  const rows = TEXTS.flatMap((text, n) =>
    (["en", "fr"] as const).map((lang) => {
      const assessment = assess({ text, context: { postedAt: "2019-10-01T15:00:00.000Z", electionPeriod: true, identifiable: true, department: "statcan" } }, { lang });
      judged.push(assessment);
      return { item: item(`${n}-${lang}`, text), assessment, beforeService: false, rulesVersion: "t" };
    }),
  );
  const id = store.beginImport("x", "/tmp/x.zip", "fp");
  store.addBatch(id, rows);
  store.finishImport(id, { count: rows.length });
  for (const [k, row] of rows.entries()) assert.deepEqual(store.getItem("x", row.item.id)!.assessed!.assessment, judged[k], row.item.id);
  const withQuotes = judged.filter((a) => a.findings.some((f) => f.guidance.length > 0));
  assert.ok(withQuotes.length >= 8, "the sample has findings with their quotes");
  const whole = JSON.stringify(withQuotes.map((a) => [a.findings, a.questions, a.contacts])).length;
  const kept = JSON.stringify(withQuotes.map((a) => [compactFindings(a.findings, a.lang), compactLines(a.questions, a.lang), compactLines(a.contacts, a.lang)])).length;
  assert.ok(kept < whole / 2.5, `kept ${kept} bytes of ${whole}`);
  store.close();
});

test("text that is not the corpus's own (a pack's, a changed quote) is kept as written", () => {
  const finding = {
    rule: "pack/own",
    category: "partisan" as const,
    level: "risky" as const,
    message: "A pack's own rule.",
    guidance: [
      { id: "pack.own-statement", source: "my-department", section: "1", quote: "Our own words." },
      { id: "tbs.official.not-official-capacity", source: "tbs-personal-use-best-practices", section: "Edited", quote: "Not the corpus's words." },
    ],
    source: "rule" as const,
  };
  const stored = compactFindings([finding], "en");
  assert.deepEqual((stored[0] as { guidance: unknown[] }).guidance, finding.guidance, "neither reads back from the corpus, so both stay whole");
  assert.deepEqual(hydrateFindings(stored as never, "en"), [finding]);
  const lines = ["Ask your departmental security officer.", "Would I feel uncomfortable about this?"];
  assert.deepEqual(hydrateLines(compactLines(lines, "fr"), "fr"), lines);
});

test("rows written before the compact form read back as they were, and a store of the old schema is brought forward", () => {
  const dir = mkdtempSync(join(tmpdir(), "impartial-compact-"));
  try {
    const path = join(dir, "review.db");
    const store = openStore(path);
    const assessment = assess({ text: TEXTS[0]! }, { lang: "fr" });
    const id = store.beginImport("x", "/tmp/x.zip", "fp");
    store.addBatch(id, [{ item: item("old", TEXTS[0]!), assessment, beforeService: false, rulesVersion: "t" }]);
    store.finishImport(id, { count: 1 });
    store.close();
    // As an earlier Impartial wrote it: whole quotes, questions and contacts, and schema 1.
    const raw = new Database(path);
    const details = JSON.parse((raw.prepare("SELECT details FROM assessments").get() as { details: string }).details) as Record<string, unknown>;
    raw.prepare("UPDATE assessments SET findings = ?, details = ?").run(JSON.stringify(assessment.findings), JSON.stringify({ ...details, questions: assessment.questions, contacts: assessment.contacts }));
    raw.pragma("user_version = 1");
    raw.close();
    const reopened = openStore(path);
    assert.deepEqual(reopened.getItem("x", "old")!.assessed!.assessment, assessment);
    reopened.close();
    const check = new Database(path, { readonly: true });
    assert.equal(check.pragma("user_version", { simple: true }), SCHEMA_VERSION);
    check.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
