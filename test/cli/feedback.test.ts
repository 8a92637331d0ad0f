import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { openStore } from "../../src/store/store.js";
import { run } from "../helpers/cli-run.js";

const REPORT = {
  lang: "fr",
  action: "share",
  text: "Votez pour le candidat libéral de ma circonscription! #elxn45",
  context: { identifiable: true, role: "manager" },
  finding: { rule: "partisan-endorsement", category: "partisan", level: "inappropriate", message: "Appelle à voter pour le candidat d'un parti.", span: [0, 36], source: "rule" },
  verdict: "less-serious",
  reason: "Partagé en privé \u202e avec ma famille",
};

/** A review database holding two reports, as the Check page would have left it. */
function dbWithReports(): string {
  const db = join(mkdtempSync(join(tmpdir(), "impartial-feedback-cli-")), "review.db");
  const store = openStore(db);
  store.feedback.add(REPORT);
  store.feedback.add({ ...REPORT, lang: "en", verdict: "not-a-problem", reason: "" });
  store.close();
  return db;
}

describe("impartial feedback", () => {
  it("export prints one JSON report a line, the same values as stored, with nothing a terminal would obey", () => {
    const db = dbWithReports();
    const r = run(["feedback", "export", "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split("\n");
    assert.equal(lines.length, 2);
    const first = JSON.parse(lines[0]!) as { id: number; text: string; finding: { rule: string; passage: string }; reason: string; context: { role: string } };
    assert.deepEqual([first.id, first.text, first.finding.rule, first.finding.passage, first.reason, first.context.role], [1, REPORT.text, "partisan-endorsement", "Votez pour le candidat libéral de ma", REPORT.reason, "manager"]);
    assert.ok(!r.stdout.includes("\u202e") && r.stdout.includes("\\u202e"), "the right-to-left override is written as its JSON escape");
  });

  it("export --out writes the file readable by the user only, and says how many reports it holds", () => {
    const db = dbWithReports();
    const out = join(dirname(db), "reports.jsonl");
    const r = run(["feedback", "export", "--out", out, "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /2 report\(s\) written to .*reports\.jsonl/);
    assert.equal(statSync(out).mode & 0o777, 0o600);
    assert.deepEqual(readFileSync(out, "utf8").trimEnd().split("\n").map((l) => (JSON.parse(l) as { verdict: string }).verdict), ["less-serious", "not-a-problem"]);
  });

  it("list shows each report, newest first, in the chosen language", () => {
    const db = dbWithReports();
    const en = run(["feedback", "list", "--db", db]);
    assert.equal(en.code, 0, en.stderr);
    assert.match(en.stdout, /^#2 {2}\d{4}-\d\d-\d\d {2}not a problem {2}\(partisan-endorsement, inappropriate\)\n {4}Draft: Votez pour/);
    assert.ok(en.stdout.indexOf("#2") < en.stdout.indexOf("#1"));
    const fr = run(["feedback", "list", "--db", db, "--lang", "fr"]);
    assert.match(fr.stdout, /#1 {2}\d{4}-\d\d-\d\d {2}devrait être moins grave/);
    assert.match(fr.stdout, /Raison : Partagé en privé \\u202e avec ma famille/);
  });

  it("delete removes one report or, with --all, every one; an unknown number is a clear error", () => {
    const db = dbWithReports();
    assert.equal(run(["feedback", "delete", "1", "--db", db]).stdout, "Report 1 deleted.\n");
    const missing = run(["feedback", "delete", "1", "--db", db, "--lang", "fr"]);
    assert.equal(missing.code, 64);
    assert.match(missing.stderr, /aucun signalement 1 : « impartial feedback list » montre les signalements conservés/);
    const vague = run(["feedback", "delete", "--db", db]);
    assert.equal(vague.code, 64);
    assert.match(vague.stderr, /name one report by its number/);
    assert.equal(run(["feedback", "delete", "--all", "--db", db]).stdout, "1 report(s) deleted.\n");
    assert.equal(run(["feedback", "export", "--db", db]).stdout, "");
  });

  it("with no review database yet, says so and creates none", () => {
    const db = join(mkdtempSync(join(tmpdir(), "impartial-feedback-none-")), "review.db");
    const r = run(["feedback", "list", "--db", db]);
    assert.equal(r.code, 64);
    assert.match(r.stderr, /no review database at .* yet, so no reports/);
    assert.equal(existsSync(db), false);
  });

  it("has help in both languages, and a mistyped subcommand is named", () => {
    assert.match(run(["feedback", "--help"]).stdout, /impartial feedback export \[--out FILE\]/);
    assert.match(run(["feedback", "--help", "--lang", "fr"]).stdout, /jamais envoyés/);
    const wrong = run(["feedback", "exprot"]);
    assert.equal(wrong.code, 64);
    assert.match(wrong.stderr, /"exprot" is not a feedback command; use list, export or delete/);
  });
});
