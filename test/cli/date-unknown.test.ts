import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = join(root, "bin/impartial.js");
const noConfig = mkdtempSync(join(tmpdir(), "impartial-noconfig-"));
const sharedMastodon = join(root, "../shared/exports/mastodon-export-dealingwith");

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, XDG_CONFIG_HOME: noConfig, NO_COLOR: "1", LC_ALL: "", LC_MESSAGES: "", LANG: "en_CA.UTF-8" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PUBLIC = ["https://www.w3.org/ns/activitystreams#Public"];
const note = (n: number, published: string, text: string) => {
  const id = `https://m.example/users/pat/statuses/${n}`;
  return { id: `${id}/activity`, type: "Create", published, to: PUBLIC, object: { id, type: "Note", published, url: `https://m.example/@pat/${n}`, content: `<p>${text}</p>`, to: PUBLIC } };
};

/** A Mastodon export with one post dated epoch 0 and one in the 2019 federal campaign. */
function mastodonExport(): string {
  const dir = mkdtempSync(join(tmpdir(), "impartial-undated-"));
  const outbox = { "@context": "https://www.w3.org/ns/activitystreams", type: "OrderedCollection", orderedItems: [note(1, "1970-01-01T00:00:00Z", "Vote NDP on Monday!"), note(2, "2019-10-01T15:00:00Z", "Vote NDP on October 21st!")] };
  writeFileSync(join(dir, "outbox.json"), JSON.stringify(outbox));
  return dir;
}

describe("an item whose date is unknown, from scan to review", () => {
  const db = join(mkdtempSync(join(tmpdir(), "impartial-db-")), "review.db");
  const folder = mastodonExport();

  it("scan's JSON lines give it createdAt null, and its summary counts it under 'date unknown', never 1970", () => {
    const jsonl = run(["scan", folder, "--jsonl", "--db", ":memory:"]);
    const lines = jsonl.stdout.trim().split("\n").map((line) => JSON.parse(line) as { id: string; createdAt: string | null });
    assert.deepEqual(lines.map((line) => line.createdAt), [null, "2019-10-01T15:00:00.000Z"]);
    const summary = run(["scan", folder, "--db", db]);
    assert.match(summary.stdout, /By year: 2019 1, date unknown 1/);
    assert.equal(/1970/.test(summary.stdout), false);
    const fr = run(["scan", folder, "--db", ":memory:", "--lang", "fr"]);
    assert.match(fr.stdout, /date inconnue 1/);
  });

  it("review lists it as 'date unknown', filters it with --year unknown, and the report never says 1970", () => {
    const listed = run(["review", "--db", db, "--year", "unknown"]);
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, /^1 of 1 items/);
    assert.match(listed.stdout, /mastodon:https:\/\/m\.example\/users\/pat\/statuses\/1 {2}date unknown {2}/);
    const report = join(dirname(db), "report.html");
    assert.equal(run(["review", "report", "--html", report, "--db", db]).code, 0);
    const html = readFileSync(report, "utf8");
    assert.equal(/1970-01-01|>1970</.test(html), false);
    assert.match(html, /date unknown/);
  });

  it("the election period raises the dated post only", () => {
    const lines = run(["scan", folder, "--jsonl", "--db", ":memory:"]).stdout.trim().split("\n").map((line) => JSON.parse(line) as { factors: { factor: string }[] });
    const inCampaign = (factors: { factor: string }[]) => factors.some((f) => f.factor === "electionPeriod");
    assert.equal(inCampaign(lines[0]!.factors), false);
    assert.equal(inCampaign(lines[1]!.factors), true);
  });
});

describe("the real Mastodon sample", { skip: existsSync(sharedMastodon) ? false : "../shared/exports/mastodon-export-dealingwith is absent: skipped" }, () => {
  // Status ids and texts may hold the digits 1970; what must never appear is the date 1970-01-01 or a year 1970.
  it("scanned, nothing anywhere says 1970: not the JSON lines, the summary, the list or the report", () => {
    const db = join(mkdtempSync(join(tmpdir(), "impartial-db-")), "review.db");
    const jsonl = run(["scan", sharedMastodon, "--jsonl", "--db", db]);
    assert.equal(/"createdAt":"1970/.test(jsonl.stdout), false);
    assert.equal(jsonl.stdout.split("\n").filter((line) => line.includes('"createdAt":null')).length, 10);
    const summary = run(["scan", sharedMastodon, "--db", ":memory:"]).stdout;
    assert.equal(/1970-01-01| 1970 \d/.test(summary), false);
    assert.match(summary, /date unknown 10/);
    assert.equal(/1970-01-01/.test(run(["review", "--all", "--db", db, "--limit", "5000"]).stdout), false);
    const report = join(dirname(db), "report.html");
    run(["review", "report", "--html", report, "--db", db]);
    assert.equal(/1970-01-01|>1970</.test(readFileSync(report, "utf8")), false);
  });
});
