import { test } from "node:test";
import assert from "node:assert/strict";
import { UNKNOWN_DATE } from "../../src/core/dates.js";
import type { Assessment } from "../../src/core/model.js";
import type { HistoryItem } from "../../src/importers/types.js";
import { openStore, type ImportRow } from "../../src/store/store.js";

const APPROPRIATE: Assessment = { level: "appropriate", score: 0, factors: [], findings: [], questions: [], contacts: [], lang: "en", textLang: "en" };

function row(id: string, createdAt: string): ImportRow {
  const item: HistoryItem = { platform: "mastodon", id, action: "like", createdAt, text: `https://m.example/@a/${id}`, visibility: "unknown", sourceFile: "likes.json" };
  return { item, assessment: APPROPRIATE, beforeService: false, rulesVersion: "1" };
}

test("items whose date is unknown are counted apart ('?'), never as a 1970 year, and a filter selects them", () => {
  const store = openStore(":memory:");
  const id = store.beginImport("mastodon", "/home/me/archive.tar.gz", "file:1:abc");
  store.addBatch(id, [row("1", UNKNOWN_DATE), row("2", UNKNOWN_DATE), row("3", "2019-10-01T15:00:00.000Z")]);
  store.finishImport(id, { count: 3 });
  const counts = store.counts();
  assert.deepEqual(counts.byYear, { "2019": 1, "?": 2 });
  assert.deepEqual(Object.keys(counts.byYearLevel ?? {}).sort(), ["2019", "?"]);
  assert.deepEqual(store.query({ dateUnknown: true }).map((r) => r.item.id).sort(), ["1", "2"]);
  assert.equal(store.counts({ dateUnknown: true }).total, 2);
  assert.deepEqual(store.query({ year: 2019 }).map((r) => r.item.id), ["3"]);
});
