import { test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import type { Assessment } from "../../src/core/model.js";
import type { HistoryItem } from "../../src/importers/types.js";
import type { DeletionEntry } from "../../src/store/store.js";
import { CSV_BOM, CSV_COLUMNS, csvHeader, csvRow, deletionChecklistCsv } from "../../src/report/csv.js";
import { reviewRow, sampleHistory } from "./rows.js";

function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: false, bom: true }) as string[][];
}

function records(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true }) as Record<string, string>[];
}

test("the header names the fourteen columns, in English and in French; state comes last, so readers by position keep working", () => {
  assert.equal(csvHeader("en"), "platform,id,action,created at,level,risk score,categories,rules,text,url,before public service,decision,note,state\r\n");
  const fr = parseCsv(csvHeader("fr"))[0];
  assert.deepEqual(fr?.slice(0, 5), ["plateforme", "identifiant", "action", "date de création", "niveau"]);
  assert.equal(fr?.length, CSV_COLUMNS.length);
});

test("a reviewed item reads back with its level, score, categories, rules, link, decision and note", () => {
  const rows = sampleHistory();
  const csv = csvHeader("en") + rows.map(csvRow).join("");
  const read = records(csv);
  assert.equal(read.length, rows.length);
  const insult = read.find((r) => r.id === "1400000000000000002");
  assert.deepEqual(insult, {
    platform: "x",
    id: "1400000000000000002",
    action: "post",
    "created at": "2021-05-03T12:30:00.000Z",
    level: "inappropriate",
    "risk score": "70",
    categories: "workplace;harassment",
    rules: "workplace/venting;harassment/insult",
    text: "My manager is a useless idiot and everyone on my team knows it.",
    url: "https://x.com/jtremblay/status/1400000000000000002",
    "before public service": "false",
    decision: "delete",
    note: "Delete before my promotion board",
    state: "inappropriate",
  });
  assert.equal(read.find((r) => r.id === "fb-3344")?.["before public service"], "true");
  assert.equal(read.find((r) => r.id === "109876543210")?.text, "Ce ministre est un incompétent, tabarnak. Le gouvernement nous ment encore.");
});

test("commas, quotes, newlines and carriage returns survive the round trip through a CSV reader", () => {
  const text = `Line one, with a comma\nLine "two" with quotes\r\nand a CRLF; done`;
  const row = reviewRow({ id: "q,1", text, createdAt: "2020-01-01T00:00:00.000Z", level: "risky", decision: "edit", note: 'say "sorry", then\nfix it' });
  const line = csvRow(row);
  assert.ok(line.endsWith("\r\n"));
  assert.ok(line.includes(`"Line one, with a comma\nLine ""two"" with quotes\r\nand a CRLF; done"`));
  const [read] = records(csvHeader("en") + line);
  assert.equal(read?.id, "q,1");
  assert.equal(read?.text, text);
  assert.equal(read?.note, 'say "sorry", then\nfix it');
});

test("text that a spreadsheet would run as a formula gets a leading apostrophe", () => {
  const hostile = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\tTAB", "\rCR", "＝1+1"];
  const lines = hostile.map((text, i) => csvRow(reviewRow({ id: `f${i}`, text, createdAt: "2020-01-01T00:00:00.000Z", level: "appropriate" })));
  const read = records(csvHeader("en") + lines.join(""));
  assert.deepEqual(
    read.map((r) => r.text),
    hostile.map((t) => `'${t}`),
  );
  const note = records(csvHeader("en") + csvRow(reviewRow({ id: "=1", text: "ok", createdAt: "2020-01-01T00:00:00.000Z", level: "risky", decision: "keep", note: "=cmd|' /C calc'!A0" })))[0];
  assert.equal(note?.note, "'=cmd|' /C calc'!A0");
  assert.equal(note?.id, "'=1");
  assert.equal(note?.text, "ok", "ordinary text is left alone");
});

test("a freshly assessed item without a stored decision is written too", () => {
  const item: HistoryItem = {
    platform: "bluesky",
    id: "at://did:plc:abc/app.bsky.feed.post/3k",
    action: "like",
    createdAt: "2024-10-01T08:00:00.000Z",
    text: "Votez pour notre candidate, le 21 octobre!",
    visibility: "public",
    sourceFile: "repo.car",
  };
  const assessment: Assessment = {
    level: "risky",
    score: 40,
    factors: [],
    findings: [
      { rule: "partisan/campaign-call", category: "partisan", level: "risky", message: "m", guidance: [], source: "rule", span: [0, 28] },
      { rule: "partisan/like", category: "partisan", level: "risky", message: "m", guidance: [], source: "rule" },
    ],
    questions: [],
    contacts: [],
    lang: "fr",
    textLang: "fr",
  };
  const [read] = records(csvHeader("en") + csvRow({ item, assessment, beforeService: false }));
  assert.equal(read?.action, "like");
  assert.equal(read?.categories, "partisan");
  assert.equal(read?.rules, "partisan/campaign-call;partisan/like");
  assert.equal(read?.decision, "");
  assert.equal(read?.url, "");
});

test("the deletion checklist CSV lists what to delete with where to do it", () => {
  const entries: DeletionEntry[] = [
    {
      platform: "x",
      id: "1400000000000000002",
      action: "reply",
      url: "https://x.com/jtremblay/status/1400000000000000002",
      createdAt: "2021-05-03T12:30:00.000Z",
      text: "My manager is a useless idiot,\nand everyone knows it.",
      note: "-before the board",
      decidedAt: "2025-01-12T15:30:00.000Z",
    },
    { platform: "facebook", id: "fb-1", action: "like", createdAt: "2015-09-20T14:00:00.000Z", text: "Rally Saturday", decidedAt: "2025-01-12T15:31:00.000Z" },
  ];
  const read = records(CSV_BOM + deletionChecklistCsv(entries, "fr"));
  assert.deepEqual(Object.keys(read[0] ?? {}), ["plateforme", "identifiant", "action", "date de création", "adresse", "texte", "note", "date de la décision"]);
  assert.equal(read[0]?.texte, "My manager is a useless idiot,\nand everyone knows it.");
  assert.equal(read[0]?.note, "'-before the board");
  assert.equal(read[1]?.adresse, "");
  assert.deepEqual(read.map((r) => r.action), ["reply", "like"], "the checklist says what was done, so its reader knows which step undoes it");
  assert.equal(deletionChecklistCsv([], "en"), "platform,id,action,created at,url,text,note,decided at\r\n");
});
