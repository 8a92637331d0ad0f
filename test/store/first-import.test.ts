import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import type { Assessment, Level } from "../../src/core/model.js";
import type { HistoryItem } from "../../src/importers/types.js";
import { FTS_TRIGGERS, IMPORT_INDEXES } from "../../src/store/schema.js";
import { openStore, type ImportRow, type ReviewStore } from "../../src/store/store.js";

// A first import writes its rows without the review's indexes and full-text triggers, and builds them at its end:
// what a person sees afterwards (order, filters, search) must be exactly what a store indexed all along gives.

function row(id: string, createdAt: string, text: string, level: Level, action: HistoryItem["action"] = "post"): ImportRow {
  const assessment: Assessment = { level, score: level === "appropriate" ? 0 : 50, factors: [], findings: [], questions: [], contacts: [], lang: "en", textLang: "en" };
  const item: HistoryItem = { platform: "x", id, action, createdAt, text, url: `https://x.com/me/status/${id}`, visibility: "public", sourceFile: "data/tweets.js" };
  return { item, assessment, beforeService: false, rulesVersion: "1" };
}

const ROWS: ImportRow[] = [
  row("1", "2019-10-01T15:00:00.000Z", "Les élections fédérales approchent", "risky"),
  row("2", "2020-03-02T12:00:00.000Z", "Lunch by the canal", "appropriate"),
  row("3", "2021-07-04T09:30:00.000Z", "My manager is an idiot", "inappropriate", "reply"),
  row("4", "2018-05-05T10:00:00.000Z", "Vote for the party", "risky", "like"),
];

/** The definitions of the deferred indexes and triggers as the store holds them, by name. */
function definitions(store: ReviewStore, path: string): Map<string, string> {
  void store;
  const db = new Database(path, { readonly: true });
  try {
    const names = [...IMPORT_INDEXES, ...FTS_TRIGGERS].map((d) => d.name);
    const rows = db.prepare(`SELECT name, sql FROM sqlite_master WHERE name IN (${names.map(() => "?").join(", ")})`).all(...names) as { name: string; sql: string }[];
    return new Map(rows.map((r) => [r.name, r.sql.replace(/\s+/g, " ").replace(" IF NOT EXISTS", "")]));
  } finally {
    db.close();
  }
}

function withDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "impartial-first-import-"));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a person sees of a store: the attention order, filters by action and year, searches with and without accents. */
function view(store: ReviewStore): unknown {
  return {
    attention: store.query({ attention: true }).map((r) => r.item.id),
    all: store.query().map((r) => r.item.id),
    likes: store.query({ action: "like" }).map((r) => r.item.id),
    search: store.query({ search: "elections federales" }).map((r) => r.item.id),
    searchManager: store.query({ search: "manag" }).map((r) => r.item.id),
    counts: store.counts(),
  };
}

test("a first import writes without the review's indexes and builds them at its end, the same as a store migrated with them", () => {
  withDir((dir) => {
    const migrated = join(dir, "migrated.db");
    const expected = definitions(openStore(migrated), migrated);
    assert.equal(expected.size, IMPORT_INDEXES.length + FTS_TRIGGERS.length, "every deferred index and trigger exists in a freshly migrated store");

    const path = join(dir, "first.db");
    const store = openStore(path);
    const id = store.beginImport("x", "twitter.zip", "file:1:a");
    assert.equal(store.indexesComplete(), false, "an empty store's first import writes without them");
    store.addBatch(id, ROWS.slice(0, 2));
    store.addBatch(id, ROWS.slice(2));
    store.finishImport(id, { count: ROWS.length });
    assert.equal(store.indexesComplete(), true);
    assert.deepEqual(definitions(store, path), expected, "rebuilt exactly as the migrations define them");

    // The same rows in a store that had its indexes all along (an item already there, so nothing is deferred).
    const indexedPath = join(dir, "indexed.db");
    const indexed = openStore(indexedPath);
    const seed = indexed.beginImport("x", "seed.zip", "file:0:s");
    indexed.addBatch(seed, [ROWS[0]!]);
    indexed.finishImport(seed, { count: 1 });
    const second = indexed.beginImport("x", "twitter.zip", "file:1:a");
    assert.equal(indexed.indexesComplete(), true, "an import into a store with items keeps its indexes");
    indexed.addBatch(second, ROWS);
    indexed.finishImport(second, { count: ROWS.length });

    const seen = view(store) as { search: string[]; searchManager: string[] };
    assert.deepEqual(seen.search, ["1"], "search finds the first import's items once it is done");
    assert.deepEqual(seen.searchManager, ["3"]);
    assert.deepEqual(view(store), view(indexed));
    store.close();
    indexed.close();
  });
});

test("while a first import writes, the store still answers, and an interrupted one builds its indexes too", () => {
  const store = openStore(":memory:");
  const id = store.beginImport("x", "twitter.zip", "file:1:a");
  store.addBatch(id, ROWS);
  assert.deepEqual(
    store.query({ attention: true }).map((r) => r.item.id),
    ["3", "1", "4"],
    "the attention order without its index",
  );
  store.finishImport(id, { interrupted: true });
  assert.equal(store.indexesComplete(), true);
  assert.deepEqual(store.query({ search: "canal" }).map((r) => r.item.id), ["2"]);
  store.close();
});

test("a first import whose process was killed has its indexes built when the store is next opened", () => {
  withDir((dir) => {
    const path = join(dir, "review.db");
    const storeModule = fileURLToPath(new URL("../../src/store/store.js", import.meta.url));
    const script = join(dir, "crash.mjs");
    writeFileSync(
      script,
      `import { openStore } from ${JSON.stringify(storeModule)};
       const store = openStore(process.argv[2]);
       const id = store.beginImport("x", "twitter.zip", "file:9:crash");
       store.addBatch(id, JSON.parse(process.argv[3]));
       if (store.indexesComplete()) process.exit(3);
       process.kill(process.pid, "SIGKILL");`,
    );
    const child = spawnSync(process.execPath, [script, path, JSON.stringify(ROWS)], { encoding: "utf8" });
    assert.equal(child.signal, "SIGKILL", `the child wrote without indexes, then died: ${child.status} ${child.stderr}`);

    const store = openStore(path);
    assert.equal(store.indexesComplete(), true, "built on open, since no import is under way");
    assert.deepEqual(store.query({ search: "élections" }).map((r) => r.item.id), ["1"]);
    store.close();
  });
});
