// Reviewing a long history (issue 13): what needs attention first, "not checked" items, search that folds accents,
// sorts, bulk decisions undone in one step, saved rules applied to later imports, and a to-do list whose ticks persist.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { ACTIONS, type Action, type Assessment, type Level } from "../../src/core/model.js";
import { itemGroup } from "../../src/core/remedies.js";
import type { HistoryItem, Platform } from "../../src/importers/types.js";
import { ftsQuery, openStore, StoreError, type ImportRow, type ReviewStore } from "../../src/store/store.js";

function item(platform: Platform, id: string, action: Action, createdAt: string, text: string, extra: Partial<HistoryItem> = {}): HistoryItem {
  return { platform, id, action, createdAt, text, url: `https://example.org/${platform}/${id}`, visibility: "public", sourceFile: "export", ...extra };
}

function assessment(level: Level): Assessment {
  return {
    level,
    score: level === "appropriate" ? 0 : level === "risky" ? 40 : 80,
    factors: [],
    findings: level === "appropriate" ? [] : [{ rule: "t", category: "partisan", level, message: "m", guidance: [], source: "rule" as const }],
    questions: [],
    contacts: [],
    lang: "en",
    textLang: "en",
  };
}

function row(it: HistoryItem, level: Level, electionPeriod = false): ImportRow {
  return { item: it, assessment: assessment(level), beforeService: false, rulesVersion: "1", context: { electionPeriod } };
}

const HISTORY: ImportRow[] = [
  row(item("mastodon", "like-1", "like", "2021-05-01T10:00:00.000Z", "https://mastodon.social/@someone/1"), "appropriate"),
  row(item("mastodon", "boost-1", "share", "2021-05-02T10:00:00.000Z", "https://mastodon.social/@someone/2"), "appropriate"),
  row(item("x", "like-2", "like", "2024-01-01T10:00:00.000Z", "Vote for our candidate!"), "risky"),
  row(item("x", "share-1", "share", "2023-01-01T10:00:00.000Z", "RT @party: join the campaign"), "risky"),
  row(item("x", "post-old", "post", "2015-01-01T10:00:00.000Z", "This minister is a disgrace"), "risky", true),
  row(item("x", "post-bad", "post", "2016-01-01T10:00:00.000Z", "those idiots in my department"), "inappropriate"),
  row(item("x", "post-fine", "post", "2025-01-01T10:00:00.000Z", "Lovely day at the lake", { engagement: 40 }), "appropriate"),
  row(item("facebook", "fr-1", "post", "2022-06-01T10:00:00.000Z", "Je vote aux élections fédérales", { engagement: 3 }), "risky", true),
  row(item("x", "bio", "profile", "2020-01-01T10:00:00.000Z", "Analyst. Views my own."), "appropriate"),
];

function withStore(run: (store: ReviewStore) => void): void {
  const store = openStore(":memory:");
  try {
    const importId = store.beginImport("x", "/tmp/export.zip", "fp");
    store.addBatch(importId, HISTORY);
    store.finishImport(importId, { count: HISTORY.length });
    run(store);
  } finally {
    store.close();
  }
}

const ids = (rows: { item: { id: string } }[]) => rows.map((r) => r.item.id);

test("the attention view lists undecided risky-or-worse items: own words, then shares, then likes, worst then newest", () => {
  withStore((store) => {
    assert.deepEqual(ids(store.query({ attention: true, sort: "attention" })), ["post-bad", "fr-1", "post-old", "share-1", "like-2"]);
    store.setDecision("x", "post-bad", "delete");
    assert.deepEqual(ids(store.query({ attention: true, sort: "attention" })), ["fr-1", "post-old", "share-1", "like-2"]);
    assert.equal(store.count({ attention: true }), 4);
  });
});

test("an item with only a link in which nothing was found is 'not checked', never appropriate", () => {
  withStore((store) => {
    const like = store.getItem("mastodon", "like-1");
    assert.equal(like?.state, "unchecked");
    assert.equal(like?.readable, false);
    assert.equal(store.getItem("x", "post-fine")?.state, "appropriate");
    const counts = store.counts();
    assert.equal(counts.unchecked, 2);
    assert.equal(counts.byLevel.appropriate, 2, "the two link-only items are not counted appropriate");
    assert.deepEqual(ids(store.query({ level: "unchecked", sort: "newest" })), ["boost-1", "like-1"]);
    assert.equal(counts.byYearLevel?.["2021"]?.unchecked, 2);
    assert.equal(counts.byYearLevel?.["2021"]?.appropriate, 0);
  });
});

test("search finds an accented French word typed without accents, and a word by its beginning; combined with filters", () => {
  withStore((store) => {
    assert.deepEqual(ids(store.query({ search: "elections" })), ["fr-1"]);
    assert.deepEqual(ids(store.query({ search: "élect" })), ["fr-1"]);
    assert.deepEqual(ids(store.query({ search: "ELECTIONS federales" })), ["fr-1"]);
    assert.deepEqual(ids(store.query({ search: "minister" })), ["post-old"]);
    assert.deepEqual(ids(store.query({ search: "vote", platform: "x" })), ["like-2"]);
    assert.equal(store.count({ search: "vote" }), 2);
  });
});

test("whatever is typed into search is words, never query syntax; a search with no word is refused by name", () => {
  assert.equal(ftsQuery('minister" OR text:*'), '"minister"* "OR"* "text"*');
  assert.throws(() => ftsQuery("#".repeat(100_000)), (e: unknown) => e instanceof StoreError && /at least one word/.test(e.message));
  withStore((store) => {
    for (const hostile of ['"', "NEAR(a b)", "*", "a AND", "(((", "x:y", "^a", "-a", "é".repeat(10_000)]) {
      const found = ids(store.query({ search: hostile.replace(/^[^\p{L}\p{N}]+$/u, "") || "a" }));
      assert.ok(Array.isArray(found));
    }
  });
});

test("sorts: newest, oldest, platform, engagement (items without a count last)", () => {
  withStore((store) => {
    assert.equal(ids(store.query({ sort: "newest" }))[0], "post-fine");
    assert.equal(ids(store.query({ sort: "oldest" }))[0], "post-old");
    assert.deepEqual(ids(store.query({ sort: "engagement", limit: 2 })), ["post-fine", "fr-1"]);
    assert.equal(store.query({ sort: "platform" })[0]?.item.platform, "facebook");
  });
});

test("a decision an item cannot be given is refused with what it can be given, in its platform's words", () => {
  withStore((store) => {
    assert.throws(
      () => store.setDecision("x", "like-2", "edit"),
      (e: unknown) => e instanceof StoreError && /an item you liked/.test(e.text.en) && /Unlike/.test(e.text.en) && /Ne plus aimer/.test(e.text.fr),
    );
    assert.throws(() => store.setDecision("x", "bio", "delete"), /profile bio/);
    assert.throws(() => store.setDecision("x", "post-old", "make-private"), /cannot be done/);
    store.setDecision("facebook", "fr-1", "make-private");
    assert.equal(store.getItem("facebook", "fr-1")?.decision?.decision, "make-private");
  });
});

test("a bulk decision over everything a filter selects skips what cannot take it, and is undone as one step", () => {
  withStore((store) => {
    store.setDecision("x", "post-bad", "keep", "I will explain it");
    const change = store.decideMany({ selection: { platform: "x" } }, "delete", { description: { en: "all of X", fr: "tout X" } });
    assert.equal(change.changed, 5, "every X item but the bio");
    assert.equal(change.skipped, 1);
    assert.equal(store.getItem("x", "post-bad")?.decision?.decision, "delete");
    assert.equal(store.getItem("x", "post-bad")?.decision?.note, "I will explain it", "a bulk decision without a note keeps each note");
    assert.equal(store.getItem("x", "bio")?.decision, undefined);
    // The person changes one item after the bulk decision: undo leaves it.
    store.setDecision("x", "share-1", "keep");
    store.undo(change.id + 1); // the single decision just made is its own change
    const undone = store.undo(change.id);
    assert.equal(undone?.restored, 5);
    assert.equal(undone?.kept, 0);
    assert.equal(store.getItem("x", "post-bad")?.decision?.decision, "keep", "back to what it was");
    assert.equal(store.getItem("x", "post-bad")?.decision?.note, "I will explain it");
    assert.equal(store.getItem("x", "like-2")?.decision, undefined, "back to no decision");
    assert.throws(() => store.undo(change.id), /already undone/);
  });
});

test("undo after a later change to the same item leaves the later decision", () => {
  withStore((store) => {
    const bulk = store.decideMany({ keys: [{ platform: "x", id: "like-2" }, { platform: "x", id: "share-1" }] }, "delete");
    store.setDecision("x", "share-1", "keep", "quoting for context");
    const undone = store.undo(bulk.id);
    assert.deepEqual([undone?.restored, undone?.kept], [1, 1]);
    assert.equal(store.getItem("x", "share-1")?.decision?.decision, "keep");
    assert.equal(store.getItem("x", "like-2")?.decision, undefined);
  });
});

test("a saved rule decides current undecided items at once and every later import's, never replacing a decision", () => {
  withStore((store) => {
    store.setDecision("x", "like-2", "keep");
    const { rule, change } = store.addRule({ action: "like", before: "2025-01-01" }, "delete", "old likes");
    assert.equal(change.changed, 1, "only the Mastodon like: the X like was decided");
    assert.equal(store.getItem("mastodon", "like-1")?.decision?.decision, "delete");
    assert.equal(store.getItem("x", "like-2")?.decision?.decision, "keep");
    const next = store.beginImport("x", "/tmp/export2.zip", "fp2");
    store.addBatch(next, [row(item("x", "like-3", "like", "2019-02-02T10:00:00.000Z", "a liked post"), "appropriate"), row(item("x", "like-4", "like", "2025-06-02T10:00:00.000Z", "newer"), "appropriate")]);
    store.finishImport(next, { count: 2 });
    assert.equal(store.getItem("x", "like-3")?.decision?.decision, "delete");
    assert.equal(store.getItem("x", "like-3")?.decision?.note, "old likes");
    assert.equal(store.getItem("x", "like-4")?.decision, undefined, "after the rule's date");
    const applied = store.changes().find((c) => c.ruleId === rule.id && /import/.test(c.description.en));
    assert.equal(applied?.changed, 1);
    assert.ok(store.deleteRule(rule.id));
    assert.deepEqual(store.rules(), []);
  });
});

test("a rule on items judged during an election period; a rule with an unknown field or a bad date is refused", () => {
  withStore((store) => {
    const { change } = store.addRule({ group: "own", electionPeriod: true }, "edit");
    // post-old (X, not editable) is skipped; fr-1 (Facebook) can be edited.
    assert.equal(change.changed, 1);
    assert.equal(change.skipped, 1);
    assert.throws(() => store.addRule({ before: "last year" }, "delete"), /selection.before/);
    assert.throws(() => store.addRule({ colour: "red" } as never, "delete"), /selection.colour/);
  });
});

test("the to-do list: what to do per platform, ticks that are kept, reset when the decision changes", () => {
  const folder = mkdtempSync(join(tmpdir(), "impartial-todo-"));
  const path = join(folder, "review.db");
  try {
    let store = openStore(path);
    const id = store.beginImport("x", "/tmp/e.zip", "fp");
    store.addBatch(id, HISTORY);
    store.finishImport(id, { count: HISTORY.length });
    store.setDecision("x", "like-2", "delete");
    store.setDecision("x", "post-bad", "delete");
    store.setDecision("x", "post-fine", "keep");
    store.setDecision("facebook", "fr-1", "edit");
    assert.equal(store.setDone([{ platform: "x", id: "like-2" }], true), 1);
    assert.throws(() => store.setDone([{ platform: "x", id: "post-fine" }], true), /not on the to-do list/);
    store.close();
    store = openStore(path);
    const todo = store.todo();
    assert.deepEqual([todo.done, todo.total], [1, 3]);
    assert.deepEqual(todo.entries.map((e) => `${e.platform}/${e.id}:${e.decision}:${e.doneAt ? "done" : "open"}`), ["facebook/fr-1:edit:open", "x/like-2:delete:done", "x/post-bad:delete:open"]);
    store.setDecision("x", "like-2", "delete", "same decision, new note");
    assert.ok(store.getItem("x", "like-2")?.decision?.doneAt, "the same decision keeps its tick");
    store.setDecision("x", "post-bad", "keep");
    assert.equal(store.todo().total, 2);
    store.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("forget leaves no word of the deleted items in the full-text index", () => {
  const folder = mkdtempSync(join(tmpdir(), "impartial-fts-"));
  const path = join(folder, "review.db");
  try {
    const store = openStore(path);
    const id = store.beginImport("x", "/tmp/e.zip", "fp");
    store.addBatch(id, HISTORY);
    store.finishImport(id, { count: HISTORY.length });
    store.setDecision("x", "post-bad", "delete", "remove");
    assert.ok(store.forget("x") > 0);
    assert.deepEqual(ids(store.query({ search: "idiots" })), []);
    assert.deepEqual(ids(store.query({ search: "élections" })), ["fr-1"]);
    store.close();
    const db = new Database(path, { readonly: true });
    const vocabulary = db.prepare("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, items_fts, row)").run() && (db.prepare("SELECT term FROM temp.v").pluck().all() as string[]);
    db.close();
    assert.ok(!vocabulary.includes("idiots"), "the index's vocabulary no longer has the forgotten words");
    assert.ok(vocabulary.includes("elections"));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

// At scale (bench/review.ts): each item's state and group are kept on the item itself (schema migration 6) so that the
// attention view and "by level" read an index; what those columns say must always agree with the item's assessment and
// action, and a search must read the same items whichever way the store chooses to read its matches.

function filled(store: ReviewStore, rows: ImportRow[]): void {
  const id = store.beginImport("x", "/tmp/export.zip", "fp");
  store.addBatch(id, rows);
  store.finishImport(id, { count: rows.length });
}

test("an item's state follows its assessment when the assessment is replaced: attention view, level filter and counts", () => {
  const store = openStore(":memory:");
  try {
    filled(store, [
      row(item("x", "post", "post", "2020-01-01T00:00:00.000Z", "Lovely day at the lake"), "appropriate"),
      row(item("mastodon", "like", "like", "2021-01-01T00:00:00.000Z", "https://mastodon.social/@someone/1"), "appropriate"),
    ]);
    assert.equal(store.count({ attention: true }), 0);
    assert.deepEqual(ids(store.query({ level: "unchecked" })), ["like"]);
    store.replaceAssessments([
      { platform: "x", id: "post", assessment: assessment("inappropriate"), rulesVersion: "2" },
      { platform: "mastodon", id: "like", assessment: assessment("risky"), rulesVersion: "2" },
    ]);
    assert.deepEqual(ids(store.query({ attention: true, sort: "attention" })), ["post", "like"], "own words first, then likes");
    assert.equal(store.counts().byLevel.inappropriate, 1);
    assert.equal(store.counts().unchecked, 0);
    assert.deepEqual(ids(store.query({ level: "risky" })), ["like"]);
    store.replaceAssessments([{ platform: "mastodon", id: "like", assessment: assessment("appropriate"), rulesVersion: "3" }]);
    assert.deepEqual(ids(store.query({ level: "unchecked" })), ["like"], "a link-only like judged appropriate again is 'not checked' again");
    assert.deepEqual(ids(store.query({ attention: true })), ["post"]);
  } finally {
    store.close();
  }
});

test("every action is in its group (own words, shared, reacted) as core/remedies.ts says", () => {
  const store = openStore(":memory:");
  try {
    filled(store, ACTIONS.map((action, k) => row(item("x", action, action, `202${k}-01-01T00:00:00.000Z`, `text ${action}`), "risky")));
    for (const group of ["own", "shared", "reacted"] as const)
      assert.deepEqual(ids(store.query({ group, sort: "oldest" })), ACTIONS.filter((a) => itemGroup(a) === group), group);
  } finally {
    store.close();
  }
});

test("a database whose ranks were lost or never written gets them back from its assessments when migrated", () => {
  const dir = mkdtempSync(join(tmpdir(), "impartial-scale-"));
  try {
    const path = join(dir, "review.db");
    const store = openStore(path);
    filled(store, [
      row(item("x", "bad", "post", "2020-01-01T00:00:00.000Z", "those idiots"), "inappropriate"),
      row(item("x", "share", "share", "2021-01-01T00:00:00.000Z", "RT vote for them"), "risky"),
      row(item("x", "fine", "post", "2022-01-01T00:00:00.000Z", "Lovely day"), "appropriate"),
    ]);
    store.close();
    // As a database written before migration 6 reads: every item at the columns' defaults.
    const raw = new Database(path);
    raw.exec("UPDATE items SET state_rank = -2, group_rank = 0");
    raw.pragma("user_version = 5");
    raw.close();
    const again = openStore(path);
    try {
      assert.deepEqual(ids(again.query({ attention: true, sort: "attention" })), ["bad", "share"]);
      assert.deepEqual(ids(again.query({ group: "shared" })), ["share"]);
      assert.equal(again.counts().byLevel.appropriate, 1);
    } finally {
      again.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a search reads the same items whether its word is in most items or in one, with a filter or not, and counts them", () => {
  const store = openStore(":memory:");
  try {
    const rows: ImportRow[] = [];
    for (let k = 0; k < 40; k++) {
      const text = `${k % 4 === 0 ? "Journée au lac" : "Une journée"} numéro ${k}${k === 7 ? " Kapuskasing" : ""}`;
      rows.push(row(item("x", `p${k}`, k % 3 === 0 ? "like" : "post", `20${10 + (k % 10)}-01-01T00:00:${String(k).padStart(2, "0")}.000Z`, text), k % 5 === 0 ? "risky" : "appropriate"));
    }
    filled(store, rows);
    const expect = (has: (r: ImportRow) => boolean) => rows.filter(has).map((r) => r.item.id).sort();
    const sorted = (list: string[]) => [...list].sort();
    // "journee" is in every item (read from an index in order); "kapuskasing" in one (read by its row id).
    for (const [search, has] of [
      ["journee", () => true],
      ["lac", (r: ImportRow) => r.item.text.includes("lac")],
      ["kapuskasing", (r: ImportRow) => r.item.text.includes("Kapuskasing")],
    ] as const) {
      assert.deepEqual(sorted(ids(store.query({ search }))), expect(has), search);
      assert.equal(store.counts({ search }).total, expect(has).length, search);
      const own = (r: ImportRow) => has(r) && r.item.action === "post" && r.assessment.level === "risky";
      assert.deepEqual(sorted(ids(store.query({ search, group: "own", level: "risky" }))), expect(own), `${search}, own and risky`);
      assert.equal(store.count({ search, group: "own", level: "risky" }), expect(own).length);
    }
    const page = store.query({ search: "journee", sort: "level", limit: 5 });
    assert.deepEqual(ids(page), ids(store.query({ sort: "level", limit: 5 })), "a word in every item pages as the whole history does");
    store.decideMany({ selection: { search: "lac" } }, "keep");
    const counted = store.counts({ search: "journee" });
    assert.equal(counted.byDecision.keep, expect((r) => r.item.text.includes("lac")).length);
    assert.equal(counted.byDecision.undecided, 40 - counted.byDecision.keep);
    assert.equal(counted.byCategory.partisan, expect((r) => r.assessment.level === "risky").length);
  } finally {
    store.close();
  }
});

test("counts remembered between pages are never stale: a decision here or a scan through another connection renews them", () => {
  const folder = mkdtempSync(join(tmpdir(), "impartial-counts-"));
  const path = join(folder, "review.db");
  try {
    const page = openStore(path);
    const scan = openStore(path);
    const id = scan.beginImport("x", "/tmp/e.zip", "fp");
    scan.addBatch(id, HISTORY);
    scan.finishImport(id, { count: HISTORY.length });
    assert.equal(page.counts().total, HISTORY.length);
    assert.equal(page.count({ attention: true }), 5);
    page.setDecision("x", "post-bad", "delete");
    assert.equal(page.count({ attention: true }), 4, "this connection's decision");
    assert.equal(page.counts().byDecision.delete, 1);
    scan.setDecision("x", "post-old", "keep");
    assert.equal(page.count({ attention: true }), 3, "another connection's decision");
    const next = scan.beginImport("x", "/tmp/e2.zip", "fp2");
    scan.addBatch(next, [row(item("x", "late", "post", "2026-01-01T10:00:00.000Z", "Vote for them"), "risky")]);
    scan.finishImport(next, { count: 1 });
    assert.equal(page.counts().total, HISTORY.length + 1, "another connection's import");
    const counts = page.counts();
    counts.total = -1;
    assert.equal(page.counts().total, HISTORY.length + 1, "a caller changing what it was given changes nothing remembered");
    page.close();
    scan.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
