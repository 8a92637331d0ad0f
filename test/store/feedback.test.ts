import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { FeedbackError, parseFeedback, type FeedbackInput } from "../../src/store/feedback.js";
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from "../../src/store/schema.js";
import { openStore } from "../../src/store/store.js";

const DRAFT = "Vote for the Liberal candidate in my riding! #elxn45";

/** A report as the Check page sends it: the partisan passage "Vote for the Liberal candidate" flagged, the person disagreeing. */
function report(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    lang: "en",
    action: "post",
    text: DRAFT,
    context: { identifiable: true, role: "employee" },
    finding: { rule: "partisan-endorsement", category: "partisan", level: "inappropriate", message: "Asks people to vote for a party's candidate.", span: [0, 30], source: "rule" },
    verdict: "less-serious",
    reason: "  I posted it on a private account with five friends.  ",
    ...overrides,
  };
}

function withTempDir(run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "impartial-feedback-"));
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("feedback reports in the review database", () => {
  test("a report is kept with its draft, finding, the passage its span marks and the reason, and listed newest first", () => {
    const store = openStore(":memory:");
    const first = store.feedback.add(report(), "v1");
    const second = store.feedback.add(report({ verdict: "not-a-problem", reason: "" }));
    assert.equal(first.finding.passage, "Vote for the Liberal candidate");
    assert.equal(first.reason, "I posted it on a private account with five friends.", "the reason is kept trimmed");
    assert.equal(first.rulesVersion, "v1");
    assert.match(first.createdAt, /^\d{4}-\d\d-\d\dT/);
    assert.deepEqual(store.feedback.list().map((r) => [r.id, r.verdict]), [[second.id, "not-a-problem"], [first.id, "less-serious"]]);
    assert.deepEqual(store.feedback.get(first.id), first);
    store.close();
  });

  test("the export is one JSON report a line, oldest first, that reads back as what was stored", () => {
    const store = openStore(":memory:");
    const a = store.feedback.add(report());
    const b = store.feedback.add(report({ lang: "fr", verdict: "other", reason: "ligne\nsuivante" }));
    const text = [...store.feedback.jsonl()].join("");
    assert.ok(text.endsWith("\n"));
    const lines = text.trimEnd().split("\n");
    assert.equal(lines.length, 2, "a newline in a reason stays inside its JSON string");
    assert.deepEqual(lines.map((l) => JSON.parse(l) as unknown), [a, b]);
    assert.deepEqual([...openStore(":memory:").feedback.jsonl()], [], "no reports, an empty file");
    store.close();
  });

  test("one report or every report can be deleted; an unknown id says so", () => {
    const store = openStore(":memory:");
    const a = store.feedback.add(report());
    store.feedback.add(report());
    store.feedback.add(report());
    store.feedback.delete(a.id);
    assert.equal(store.feedback.count(), 2);
    assert.throws(() => store.feedback.delete(a.id), (e: unknown) => e instanceof FeedbackError && e.kind === "missing" && /no report 1/.test(e.message) && /aucun signalement 1/.test(e.text.fr));
    assert.equal(store.feedback.deleteAll(), 2);
    assert.deepEqual(store.feedback.list(), []);
    assert.equal(store.feedback.add(report()).id, 4, "numbers are never given twice, so an exported report keeps its own");
    store.close();
  });

  test("a deleted report's draft leaves no trace in the database file or its log", () => {
    withTempDir((dir) => {
      const path = join(dir, "review.db");
      const store = openStore(path);
      const secret = "UNIQUE-DRAFT-8f3a2c the embargoed numbers are out tomorrow";
      const kept = store.feedback.add(report({ text: secret, finding: { ...(report().finding as object), span: [0, 20] } }));
      store.feedback.delete(kept.id);
      const files = [path, `${path}-wal`].map((f) => { try { return readFileSync(f); } catch { return Buffer.alloc(0); } });
      for (const bytes of files) assert.equal(bytes.includes("UNIQUE-DRAFT-8f3a2c"), false);
      store.close();
    });
  });

  test("a report that is not one is refused, naming the field in both languages", () => {
    const cases: [Record<string, unknown>, RegExp, RegExp][] = [
      [report({ verdict: "meh" }), /"verdict" must be one of not-a-problem, more-serious/, /« verdict » doit être l'une des valeurs/],
      [report({ reason: "x".repeat(2001) }), /"reason" may hold at most 2,000 characters, not 2,001/, /« reason » peut contenir au plus 2\s000 caractères/],
      [report({ text: "   " }), /"text" must be the draft that was checked/, /« text » doit être l'ébauche vérifiée/],
      [report({ lang: "de" }), /"lang" must be en or fr/, /« lang » doit être en ou fr/],
      [report({ finding: { ...(report().finding as object), span: [0, 999] } }), /"finding\.span" must be \[start, end\]/, /« finding\.span » doit être/],
      [report({ finding: { ...(report().finding as object), category: "gossip" } }), /"finding\.category" must be one of/, /« finding\.category »/],
      [report({ context: { role: "boss" } }), /context\.role must be one of/, /context\.role doit être/],
      [report({ sent: true }), /"sent" is not a field of a report/, /« sent » n'est pas un champ d'un signalement/],
      [{ ...report(), finding: undefined }, /"finding" must be a JSON object/, /« finding » doit être un objet JSON/],
    ];
    for (const [input, en, fr] of cases) {
      assert.throws(() => parseFeedback(input), (e: unknown) => e instanceof FeedbackError && en.test(e.text.en) && fr.test(e.text.fr), JSON.stringify(input).slice(0, 120));
    }
  });

  test("a finding about the context, with no span, has no passage", () => {
    const input: FeedbackInput = parseFeedback(report({ finding: { rule: "work-hours-partisan", category: "work-hours", level: "inappropriate", message: "During working hours." } }));
    assert.equal(input.finding.span, undefined);
    assert.equal(input.finding.passage, undefined);
    assert.equal(input.finding.source, "rule");
  });
});

test("a review database of schema 3 is brought forward with an empty feedback table, its items kept", () => {
  withTempDir((dir) => {
    const path = join(dir, "review.db");
    const old = new Database(path);
    for (const migration of MIGRATIONS.slice(0, 3)) old.exec(migration);
    old.pragma("user_version = 3");
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.prepare("INSERT INTO imports (id, platform, source_path, source_fingerprint, started_at, status, item_count) VALUES (1, 'x', 'a.zip', 'fp', '2024-01-01T00:00:00.000Z', 'done', 1)").run();
    old.prepare("INSERT INTO items (platform, id, action, created_at, text, visibility, source_file, before_service, import_id, first_seen, last_seen) VALUES ('x', '1', 'post', '2019-01-01', 'hello', 'public', 'f', 0, 1, 'n', 'n')").run();
    old.close();
    const store = openStore(path);
    assert.deepEqual(store.feedback.list(), []);
    assert.equal(store.count(), 1);
    store.feedback.add(report());
    store.close();
    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma("user_version", { simple: true }), SCHEMA_VERSION);
    assert.equal((raw.prepare("SELECT count(*) AS n FROM feedback").get() as { n: number }).n, 1);
    raw.close();
  });
});
