import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Assessment } from "../../src/core/model.js";
import type { HistoryItem } from "../../src/importers/types.js";
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from "../../src/store/schema.js";
import { StoreBusyError, openStore, type ImportRow } from "../../src/store/store.js";

const ASSESSMENT: Assessment = { level: "risky", score: 40, factors: [], findings: [], questions: [], contacts: [], lang: "en", textLang: "en" };

function row(id: string): ImportRow {
  const item: HistoryItem = { platform: "x", id, action: "post", createdAt: "2019-10-01T15:00:00.000Z", text: `post ${id}`, visibility: "public", sourceFile: "data/tweets.js" };
  return { item, assessment: ASSESSMENT, beforeService: false, rulesVersion: "1" };
}

function withTempDir(body: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "impartial-imports-"));
  try {
    body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The pid of a process that has ended: what a scan killed outright leaves in its import. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);
}

test("a forget refuses while a live process is scanning into the database, and deletes nothing", () => {
  const store = openStore(":memory:");
  const running = store.beginImport("x", "/exports/twitter.zip", "file:1:a");
  store.addBatch(running, [row("1"), row("2")]);
  assert.deepEqual(store.activeImports().map((i) => [i.id, i.status, i.owner?.pid]), [[running, "running", process.pid]]);
  assert.throws(() => store.forget(), (e: unknown) => e instanceof StoreBusyError && /a scan is writing to the review database now: x \/exports\/twitter\.zip \(pid \d+, .*\); .*Nothing was deleted\./.test(e.message));
  assert.equal(store.count(), 2);
  store.addBatch(running, [row("3")]);
  store.finishImport(running, { count: 3 });
  assert.equal(store.forget(), 3);
  store.close();
});

test("an import whose process is gone is interrupted, takes no lock, and is resumed by a complete scan of the same export", () => {
  const store = openStore(":memory:");
  const died = store.beginImport("x", "/exports/twitter.zip", "file:1:a");
  store.addBatch(died, [row("1")]);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the row as the dead process left it
  (store as any).db.prepare("UPDATE imports SET owner_pid = ? WHERE id = ?").run(deadPid(), died);
  assert.equal(store.listImports()[0]!.status, "interrupted");
  assert.deepEqual(store.activeImports(), []);
  assert.deepEqual(store.pendingInterrupted().map((i) => i.id), [died]);
  const other = store.beginImport("x", "/exports/other.zip", "file:9:z");
  store.finishImport(other, { count: 0 });
  assert.deepEqual(store.pendingInterrupted().map((i) => i.id), [died], "another export does not resume it");
  const again = store.beginImport("x", "/exports/twitter.zip", "file:1:a");
  store.addBatch(again, [row("1"), row("2")]);
  store.finishImport(again, { count: 2 });
  assert.deepEqual(store.pendingInterrupted(), []);
  assert.equal(store.listImports().find((i) => i.id === died)!.resumed, true);
  store.close();
});

test("interrupted imports can be cleared: their items stay, and an interrupted import takes no more batches", () => {
  const store = openStore(":memory:");
  const id = store.beginImport("x", "/exports/twitter.zip", "file:1:a");
  store.addBatch(id, [row("1")]);
  store.finishImport(id, { interrupted: true });
  assert.equal(store.listImports()[0]!.status, "interrupted");
  assert.throws(() => store.addBatch(id, [row("2")]), /import \d+ is already interrupted; begin a new import/);
  assert.equal(store.clearInterrupted(), 1);
  assert.equal(store.clearInterrupted(), 0);
  assert.deepEqual(store.pendingInterrupted(), []);
  assert.ok(store.listImports()[0]!.clearedAt);
  assert.equal(store.count(), 1);
  store.close();
});

test("a database of schema 2 is brought forward: its imports keep their ids, and one left running reads as interrupted", () => {
  withTempDir((dir) => {
    const path = join(dir, "review.db");
    const old = new Database(path);
    old.pragma("journal_mode = WAL");
    old.exec(MIGRATIONS[0]!);
    old.pragma("user_version = 2");
    old.prepare("INSERT INTO imports (id, platform, source_path, source_fingerprint, started_at, status, item_count) VALUES (7, 'x', 'a.zip', 'fp', '2024-01-01T00:00:00.000Z', 'done', 1), (8, 'x', 'a.zip', 'fp2', '2024-02-01T00:00:00.000Z', 'running', NULL)").run();
    old.prepare("INSERT INTO items (platform, id, action, created_at, text, visibility, source_file, before_service, import_id, first_seen, last_seen) VALUES ('x', '1', 'post', '2019-01-01', 'hello', 'public', 'f', 0, 8, 'n', 'n')").run();
    old.close();
    const store = openStore(path);
    assert.deepEqual(store.listImports().map((i) => [i.id, i.status, i.itemsStored]), [[8, "interrupted", 1], [7, "done", 0]]);
    assert.equal(store.forget(), 1, "no lock left by the old import");
    store.close();
    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma("user_version", { simple: true }), SCHEMA_VERSION);
    assert.equal(raw.pragma("application_id", { simple: true }), APPLICATION_ID);
    assert.deepEqual(raw.pragma("foreign_key_check"), []);
    raw.close();
  });
});
