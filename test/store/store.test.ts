import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import type { Assessment, Category, Level } from "../../src/core/model.js";
import type { HistoryItem } from "../../src/importers/types.js";
import { defaultStorePath } from "../../src/store/paths.js";
import { fingerprintSource } from "../../src/store/fingerprint.js";
import { SCHEMA_VERSION } from "../../src/store/schema.js";
import { StoreError, StoreUnusableError, openStore, type ImportRow, type ReviewStore } from "../../src/store/store.js";

function item(id: string, createdAt: string, overrides: Partial<HistoryItem> = {}): HistoryItem {
  return {
    platform: "x",
    id,
    action: "post",
    createdAt,
    text: `my post ${id}`,
    url: `https://x.com/me/status/${id}`,
    visibility: "public",
    sourceFile: "data/tweets.js",
    ...overrides,
  };
}

function assessment(level: Level, categories: Category[] = []): Assessment {
  return {
    level,
    score: level === "appropriate" ? 0 : 50,
    factors: [],
    findings: categories.map((category) => ({
      rule: `test-${category}`,
      category,
      level,
      message: `a ${category} finding`,
      guidance: [],
      source: "rule" as const,
    })),
    questions: ["Would you say this to your manager?"],
    contacts: ["your values and ethics office"],
    lang: "en",
    textLang: "en",
  };
}

function row(it: HistoryItem, level: Level, categories: Category[] = [], rulesVersion = "1"): ImportRow {
  return { item: it, assessment: assessment(level, categories), beforeService: false, rulesVersion };
}

const BATCH: ImportRow[] = [
  row(item("100", "2019-10-01T15:00:00.000Z"), "risky", ["partisan"]),
  row(item("101", "2020-03-02T12:00:00.000Z"), "appropriate"),
  row(item("102", "2021-07-04T09:30:00.000Z", { action: "reply", inReplyTo: "99", contentWarning: "politics" }), "inappropriate", [
    "harassment",
    "profanity",
  ]),
  row(item("m1", "2019-05-05T10:00:00.000Z", { platform: "mastodon", url: "https://mastodon.social/@me/1", visibility: "unlisted" }), "risky", [
    "criticism",
  ]),
];

function importOnce(store: ReviewStore, rows: readonly ImportRow[], fingerprint = "file:1:abc"): number {
  const id = store.beginImport("x", "/home/me/twitter.zip", fingerprint);
  store.addBatch(id, rows);
  store.finishImport(id, { count: rows.length });
  return id;
}

function withTempDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "impartial-store-"));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("an item comes back exactly as it was stored, with its assessment", () => {
  const store = openStore(":memory:");
  importOnce(store, BATCH);
  const reply = store.getItem("x", "102");
  assert.deepEqual(reply?.item, BATCH[2]?.item);
  assert.deepEqual(reply?.assessed?.assessment, BATCH[2]?.assessment);
  assert.deepEqual(reply?.assessed?.categories, ["harassment", "profanity"]);
  assert.equal(reply?.assessed?.rulesVersion, "1");
  assert.equal(reply?.beforeService, false);
  assert.equal(reply?.decision, undefined);
});

test("importing the same archive twice adds no item", () => {
  const store = openStore(":memory:");
  const first = importOnce(store, BATCH);
  const before = store.getItem("x", "100");
  const second = importOnce(store, BATCH);
  assert.equal(store.counts().total, BATCH.length);
  assert.equal(store.query().length, BATCH.length);
  const after = store.getItem("x", "100");
  assert.equal(after?.firstSeen, before?.firstSeen);
  assert.equal(after?.importId, second);
  assert.notEqual(first, second);
  assert.deepEqual(
    store.listImports().map((i) => [i.id, i.status, i.itemCount]),
    [
      [second, "done", 4],
      [first, "done", 4],
    ],
  );
  assert.equal(store.lastImportOf("file:1:abc")?.id, second);
});

test("a decision survives a re-import and a re-assessment under new rules", () => {
  const store = openStore(":memory:");
  importOnce(store, BATCH);
  store.setDecision("x", "100", "delete", "campaign post");
  store.setDecision("mastodon", "m1", "edit");

  importOnce(store, BATCH.map((r) => ({ ...r, rulesVersion: "2", assessment: assessment("inappropriate", ["partisan"]) })));
  const reimported = store.getItem("x", "100");
  assert.equal(reimported?.decision?.decision, "delete");
  assert.equal(reimported?.decision?.note, "campaign post");
  assert.equal(reimported?.assessed?.rulesVersion, "2");
  assert.equal(reimported?.assessed?.assessment.level, "inappropriate");

  store.replaceAssessments([{ platform: "x", id: "100", assessment: assessment("appropriate"), rulesVersion: "3" }]);
  const reassessed = store.getItem("x", "100");
  assert.equal(reassessed?.decision?.decision, "delete");
  assert.equal(reassessed?.assessed?.rulesVersion, "3");
  assert.deepEqual(reassessed?.assessed?.categories, []);
  assert.equal(store.getItem("mastodon", "m1")?.decision?.decision, "edit");

  assert.throws(
    () => store.replaceAssessments([{ platform: "x", id: "100", assessment: assessment("dubious" as Level), rulesVersion: "4" }]),
    /row 0 \(x\/100\): assessment\.level: expected one of appropriate, risky, inappropriate, got "dubious"; nothing was replaced/,
  );
  assert.equal(store.getItem("x", "100")?.assessed?.rulesVersion, "3");
});

test("a batch with a bad row is not stored at all, and earlier batches stay whole", () => {
  const store = openStore(":memory:");
  const id = store.beginImport("x", "/home/me/twitter.zip", "file:1:abc");
  store.addBatch(id, BATCH.slice(0, 2));
  const snapshot = store.query();

  const changed = row({ ...BATCH[0]!.item, text: "edited text" }, "inappropriate", ["harassment"]);
  const fresh = row(item("200", "2022-01-01T00:00:00.000Z"), "risky", ["partisan"]);
  const bad = row(item("bad", "2022-01-02T00:00:00.000Z", { action: "tweet" as HistoryItem["action"] }), "appropriate");
  assert.throws(
    () => store.addBatch(id, [changed, fresh, bad]),
    (e: unknown) => e instanceof StoreError && /batch row 2 \(x\/bad\): item\.action: expected one of post, .*got "tweet"/.test(e.message),
  );
  assert.deepEqual(store.query(), snapshot);
  assert.equal(store.getItem("x", "200"), undefined);
  assert.equal(store.getItem("x", "100")?.item.text, "my post 100");

  // The import can go on after the bad batch.
  store.addBatch(id, [fresh]);
  assert.equal(store.counts().total, 3);
});

test("an import whose process was killed keeps the committed batches and is listed as interrupted", () => {
  withTempDir((dir) => {
    const dbPath = join(dir, "review.db");
    const storeModule = fileURLToPath(new URL("../../src/store/store.js", import.meta.url));
    const script = join(dir, "crash.mjs");
    writeFileSync(
      script,
      `import { openStore } from ${JSON.stringify(storeModule)};
       const rows = JSON.parse(process.argv[3]);
       const store = openStore(process.argv[2]);
       const id = store.beginImport("x", "twitter.zip", "file:9:crash");
       store.addBatch(id, rows);
       process.kill(process.pid, "SIGKILL");`,
    );
    const child = spawnSync(process.execPath, [script, dbPath, JSON.stringify(BATCH.slice(0, 3))], { encoding: "utf8" });
    assert.equal(child.signal, "SIGKILL", child.stderr);

    const store = openStore(dbPath);
    const [interrupted] = store.listImports();
    assert.equal(interrupted?.status, "interrupted", "its process is gone: no scan is under way");
    assert.equal(interrupted?.itemsStored, 3);
    assert.deepEqual(store.activeImports(), []);
    assert.equal(interrupted?.finishedAt, undefined);
    assert.equal(store.counts().total, 3);
    store.close();
  });
});

test("filters select by level, category, platform, year and decision, worst first then newest", () => {
  const store = openStore(":memory:");
  importOnce(store, [...BATCH, row(item("103", "2019-09-20T12:00:00.000Z"), "risky", ["partisan", "hashtag"])]);
  store.setDecision("x", "103", "keep");

  assert.deepEqual(store.query().map((r) => r.item.id), ["102", "100", "103", "m1", "101"]);
  assert.deepEqual(store.query({ level: "risky" }).map((r) => r.item.id), ["100", "103", "m1"]);
  assert.deepEqual(store.query({ level: ["risky", "inappropriate"], platform: "x" }).map((r) => r.item.id), ["102", "100", "103"]);
  assert.deepEqual(store.query({ category: "partisan" }).map((r) => r.item.id), ["100", "103"]);
  assert.deepEqual(store.query({ category: "profanity" }).map((r) => r.item.id), ["102"]);
  assert.deepEqual(store.query({ platform: "mastodon" }).map((r) => r.item.id), ["m1"]);
  assert.deepEqual(store.query({ year: 2019 }).map((r) => r.item.id), ["100", "103", "m1"]);
  assert.deepEqual(store.query({ year: 2019, undecided: true }).map((r) => r.item.id), ["100", "m1"]);
  assert.deepEqual(store.query({ decision: "keep" }).map((r) => r.item.id), ["103"]);
  assert.deepEqual(store.query({ limit: 2, offset: 1 }).map((r) => r.item.id), ["100", "103"]);
  assert.deepEqual(store.query({ year: 2018 }), []);
});

test("pages() gives every selected item once, in query()'s order, in pages of the size asked", () => {
  const store = openStore(":memory:");
  const levels: Level[] = ["appropriate", "risky", "inappropriate"];
  const many = Array.from({ length: 2_345 }, (_, n) => row(item(String(10_000 + n), `20${10 + (n % 12)}-0${1 + (n % 9)}-1${n % 10}T12:00:00.000Z`), levels[n % 3]!, n % 3 ? ["partisan"] : []));
  importOnce(store, many);
  store.setDecision("x", "10001", "keep");
  const paged = [...store.pages({}, 500)];
  assert.deepEqual(paged.map((p) => p.length), [500, 500, 500, 500, 345]);
  assert.deepEqual(paged.flat().map((r) => r.item.id), store.query().map((r) => r.item.id), "the same order as query()");
  const selected = [...store.pages({ level: "risky", undecided: true }, 100)].flat();
  assert.deepEqual(selected.map((r) => r.item.id), store.query({ level: "risky", undecided: true }).map((r) => r.item.id));
  assert.ok(selected.length > 700 && !selected.some((r) => r.item.id === "10001"), "the selection applies");
  assert.deepEqual(paged.flat().find((r) => r.item.id === "10001")?.decision?.decision, "keep", "rows come whole, with their decision");
  assert.deepEqual([...store.pages({ year: 1999 })], [], "nothing selected, no page");
});

test("counts add up by level, category, platform, year and decision", () => {
  const store = openStore(":memory:");
  importOnce(store, BATCH);
  store.setDecision("x", "102", "delete");
  const counts = store.counts();
  assert.equal(counts.total, 4);
  assert.deepEqual(counts.byLevel, { appropriate: 1, risky: 2, inappropriate: 1 });
  assert.deepEqual(counts.byCategory, { partisan: 1, harassment: 1, profanity: 1, criticism: 1 });
  assert.deepEqual(counts.byPlatform, { x: 3, mastodon: 1 });
  assert.deepEqual(counts.byYear, { "2019": 2, "2020": 1, "2021": 1 });
  assert.deepEqual(counts.byYearLevel, {
    "2019": { appropriate: 0, risky: 2, inappropriate: 0 },
    "2020": { appropriate: 1, risky: 0, inappropriate: 0 },
    "2021": { appropriate: 0, risky: 0, inappropriate: 1 },
  });
  assert.deepEqual(store.counts({ level: "risky" }).byYearLevel, { "2019": { appropriate: 0, risky: 2, inappropriate: 0 } }, "the timeline follows the filter");
  assert.deepEqual(counts.byDecision, { keep: 0, delete: 1, edit: 0, "make-private": 0, undecided: 3 });
  assert.equal(store.counts({ platform: "mastodon" }).total, 1);
  assert.deepEqual(store.counts({ undecided: true }).byLevel, { appropriate: 1, risky: 2, inappropriate: 0 });
});

test("the deletion checklist lists what was decided 'delete', with its link", () => {
  const store = openStore(":memory:");
  importOnce(store, BATCH);
  store.setDecision("x", "102", "delete", "insulting reply");
  store.setDecision("mastodon", "m1", "delete");
  store.setDecision("x", "100", "keep");
  const list = store.deletionChecklist();
  assert.deepEqual(
    list.map((e) => [e.platform, e.id, e.url, e.note]),
    [
      ["mastodon", "m1", "https://mastodon.social/@me/1", undefined],
      ["x", "102", "https://x.com/me/status/102", "insulting reply"],
    ],
  );
  assert.equal(store.clearDecision("x", "102"), true);
  assert.equal(store.clearDecision("x", "102"), false);
  assert.deepEqual(store.deletionChecklist().map((e) => e.id), ["m1"]);
});

test("a decision on an unknown item or of an unknown kind is refused", () => {
  const store = openStore(":memory:");
  importOnce(store, BATCH);
  assert.throws(() => store.setDecision("x", "nope", "delete"), /no item x\/nope in the review database/);
  assert.throws(() => store.setDecision("x", "100", "archive" as "delete"), /unknown decision "archive": expected one of keep, delete/);
});

test("a finished import takes no more batches", () => {
  const store = openStore(":memory:");
  const id = importOnce(store, BATCH);
  assert.throws(() => store.addBatch(id, BATCH), /import \d+ is already done; begin a new import/);
  const failed = store.beginImport("x", "/tmp/broken.zip", "file:2:def");
  store.finishImport(failed, { error: "tweets.js (item 3): unexpected end of JSON" });
  assert.deepEqual(
    store.listImports().map((i) => [i.status, i.error]),
    [
      ["failed", "tweets.js (item 3): unexpected end of JSON"],
      ["done", undefined],
    ],
  );
});

test("a store file reopened keeps items, assessments, decisions and imports", () => {
  withTempDir((dir) => {
    const path = join(dir, "nested", "impartial", "review.db");
    const store = openStore(path);
    importOnce(store, BATCH);
    store.setDecision("x", "100", "delete", "old campaign post");
    const before = store.query();
    store.close();

    const reopened = openStore(path);
    assert.deepEqual(reopened.query(), before);
    assert.equal(reopened.getItem("x", "100")?.decision?.note, "old campaign post");
    assert.equal(reopened.listImports().length, 1);
    reopened.close();

    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
    assert.equal(raw.pragma("user_version", { simple: true }), SCHEMA_VERSION);
    raw.close();
  });
});

test("a database written by a newer Impartial, or a file that is no database, is refused with a clear message", () => {
  withTempDir((dir) => {
    const newer = join(dir, "newer.db");
    openStore(newer).close();
    const raw = new Database(newer);
    raw.pragma("user_version = 99");
    raw.close();
    assert.throws(() => openStore(newer), (e: unknown) => e instanceof StoreUnusableError && e.kind === "newer" && /newer\.db: this review database was written by a newer Impartial \(schema 99/.test(e.message));

    const notDb = join(dir, "notes.txt");
    writeFileSync(notDb, "these are my notes, not a database ".repeat(100));
    assert.throws(() => openStore(notDb), (e: unknown) => e instanceof StoreUnusableError && e.kind === "damaged" && /notes\.txt: the review database is damaged or is not a database .* Move it aside \(mv ".*notes\.txt" ".*notes\.txt\.damaged"\)/.test(e.message));
  });
});

test("the default store lives in each system's per-user data folder", () => {
  assert.equal(defaultStorePath({ XDG_DATA_HOME: "/data/me" }, "linux", "/home/me"), "/data/me/impartial/review.db");
  assert.equal(defaultStorePath({}, "linux", "/home/me"), "/home/me/.local/share/impartial/review.db");
  assert.equal(defaultStorePath({ XDG_DATA_HOME: "relative/dir" }, "linux", "/home/me"), "/home/me/.local/share/impartial/review.db");
  assert.equal(defaultStorePath({}, "darwin", "/Users/me"), "/Users/me/Library/Application Support/impartial/review.db");
  assert.equal(
    defaultStorePath({ APPDATA: "C:\\Users\\me\\AppData\\Roaming" }, "win32", "C:\\Users\\me"),
    "C:\\Users\\me\\AppData\\Roaming\\impartial\\review.db",
  );
});

test("an archive's fingerprint ignores where it is but not what it holds", () => {
  withTempDir((dir) => {
    const content = Buffer.alloc(3 << 20, 7);
    writeFileSync(join(dir, "a.zip"), content);
    writeFileSync(join(dir, "copy.zip"), content);
    content[content.length - 10] = 8;
    writeFileSync(join(dir, "changed-at-the-end.zip"), content);
    assert.equal(fingerprintSource(join(dir, "a.zip")), fingerprintSource(join(dir, "copy.zip")));
    assert.notEqual(fingerprintSource(join(dir, "a.zip")), fingerprintSource(join(dir, "changed-at-the-end.zip")));
    assert.match(fingerprintSource(dir), /^dir:[0-9a-f]{32}$/);
  });
});

test("forgetting a platform deletes its items, assessments, decisions and imports, and nothing of the others", () => {
  const store = openStore(":memory:");
  importOnce(store, BATCH.filter((r) => r.item.platform === "x"));
  const mastodon = store.beginImport("mastodon", "/home/me/outbox.json", "file:2:def");
  store.addBatch(mastodon, BATCH.filter((r) => r.item.platform === "mastodon"));
  store.finishImport(mastodon, { count: 1 });
  store.setDecision("x", "102", "delete");
  store.setDecision("mastodon", "m1", "keep");
  const xCount = store.count({ platform: "x" });
  assert.equal(store.forget("x"), xCount);
  assert.equal(store.count({ platform: "x" }), 0);
  assert.equal(store.count(), 1, "the Mastodon item stays");
  assert.equal(store.getItem("mastodon", "m1")!.decision!.decision, "keep", "with its decision");
  assert.deepEqual(store.deletionChecklist(), [], "the X decision went with its item");
  assert.deepEqual(store.listImports().map((i) => i.platform), ["mastodon"], "the record of the X import went too");
  assert.throws(() => store.forget("myspace" as never), (e: unknown) => e instanceof StoreError && /platform: expected one of x, /.test(e.message));
  assert.equal(store.forget(), 1);
  assert.equal(store.count(), 0);
  assert.deepEqual(store.listImports(), []);
  store.close();
});

test("after forgetting a platform, or everything, none of its text is left anywhere in the database's files", () => {
  withTempDir((dir) => {
    const path = join(dir, "review.db");
    const secret = "Zanzibar-7781 my very private post about the minister";
    const store = openStore(path);
    const rows = Array.from({ length: 300 }, (_, n) => row(item(String(n), "2020-01-01T00:00:00.000Z", { text: `${secret} #${n}` }), "risky", ["criticism"]));
    importOnce(store, rows);
    store.setDecision("x", "7", "delete", `${secret} note`);
    const files = () => readdirSync(dir).filter((f) => f.startsWith("review.db")).map((f) => readFileSync(join(dir, f)));
    const other = store.beginImport("mastodon", "/home/me/outbox.json", "file:2:def");
    store.addBatch(other, Array.from({ length: 300 }, (_, n) => row(item(`m${n}`, "2020-01-01T00:00:00.000Z", { platform: "mastodon", text: `Keepme-4242 #${n}` }), "appropriate")));
    store.finishImport(other, { count: 300 });
    assert.ok(files().some((b) => b.includes("Zanzibar-7781")), "the text is on disk while stored");
    assert.equal(store.forget("x"), 300);
    assert.ok(!files().some((b) => b.includes("Zanzibar-7781")), "no trace of the forgotten platform, not even stale copies from page splits");
    // The full-text index keeps words folded to lower case, and SQLite's planner statistics (sqlite_stat4) keep samples of its entries.
    assert.ok(!files().some((b) => b.includes("zanzibar")), "no word of it in the full-text index or in the planner's samples of it");
    assert.ok(files().some((b) => b.includes("Keepme-4242")), "the other platform's items are still there");
    importOnce(store, rows, "file:3:again");
    assert.equal(store.forget(), 600);
    assert.ok(!files().some((b) => b.includes("Zanzibar-7781")), "gone from the database, its write-ahead log and shared memory");
    store.close();
    assert.ok(!files().some((b) => b.includes("Zanzibar-7781")));
  });
});

test("forgetting while another program holds the database open says the items went but traces may remain, and a second forget clears them", () => {
  withTempDir((dir) => {
    const path = join(dir, "review.db");
    const store = openStore(path);
    importOnce(store, Array.from({ length: 50 }, (_, n) => row(item(String(n), "2020-01-01T00:00:00.000Z", { text: `Quokka-5521 post ${n}` }), "risky")));
    const reader = new Database(path);
    reader.exec("BEGIN");
    reader.prepare("SELECT count(*) FROM items").get();
    assert.throws(
      () => store.forget(),
      (e: unknown) => e instanceof StoreError && /^50 items were deleted, but the database file could not be rebuilt .* close any other Impartial using it and run forget again$/.test(e.message),
    );
    assert.equal(store.count(), 0, "the items are gone all the same");
    reader.exec("COMMIT");
    reader.close();
    assert.equal(store.forget(), 0);
    const files = readdirSync(dir).filter((f) => f.startsWith("review.db")).map((f) => readFileSync(join(dir, f)));
    assert.ok(!files.some((b) => b.includes("Quokka-5521")), "the second forget left no trace");
    store.close();
  });
});
