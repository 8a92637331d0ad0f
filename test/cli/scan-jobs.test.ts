// A scan judged on several threads stores and prints exactly what one thread does, in the same order.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { openStore } from "../../src/store/store.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = join(root, "bin/impartial.js");
const noConfig = mkdtempSync(join(tmpdir(), "impartial-noconfig-"));
const sharedX = join(root, "../shared/exports/x-archive-milahu104");

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, XDG_CONFIG_HOME: noConfig, NO_COLOR: "1", LC_ALL: "", LC_MESSAGES: "", LANG: "en_CA.UTF-8" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PUBLIC = ["https://www.w3.org/ns/activitystreams#Public"];
const TEXTS = ["Lovely walk by the canal", "Vote NDP on Monday!", "My manager is an idiot", "Je vote pour le Bloc aux élections", "Great conference on open data today", "These people are vermin"];

/** A Mastodon export of 1,000 posts (several chunks of work), dated over four years. */
function mastodonExport(): string {
  const dir = mkdtempSync(join(tmpdir(), "impartial-jobs-"));
  const orderedItems = Array.from({ length: 1_000 }, (_, n) => {
    const id = `https://m.example/users/pat/statuses/${n}`;
    const published = new Date(Date.UTC(2019, 0, 1) + n * 36 * 3600 * 1000).toISOString();
    return { id: `${id}/activity`, type: "Create", published, to: PUBLIC, object: { id, type: "Note", published, content: `<p>${TEXTS[n % TEXTS.length]} (${n})</p>`, to: PUBLIC } };
  });
  writeFileSync(join(dir, "outbox.json"), JSON.stringify({ type: "OrderedCollection", orderedItems }));
  return dir;
}

function stored(db: string): string[] {
  const store = openStore(db);
  const rows = store.query({ sort: "oldest" }).map((r) => JSON.stringify([r.item.id, r.state, r.assessed?.assessment.findings.map((f) => f.rule)]));
  store.close();
  return rows;
}

describe("scan --jobs", () => {
  const folder = mastodonExport();

  it("gives the same JSON lines, summary, exit code and stored assessments on one thread and on three", () => {
    const dir = mkdtempSync(join(tmpdir(), "impartial-jobs-db-"));
    const one = run(["scan", folder, "--platform", "mastodon", "--jsonl", "--jobs", "1", "--db", join(dir, "one.db")]);
    const three = run(["scan", folder, "--platform", "mastodon", "--jsonl", "--jobs", "3", "--db", join(dir, "three.db")]);
    assert.equal(one.stdout.trim().split("\n").length, 1_000);
    assert.equal(three.stdout, one.stdout);
    assert.equal(three.code, one.code);
    assert.deepEqual(stored(join(dir, "three.db")), stored(join(dir, "one.db")));
    const summary = (jobs: string) => run(["scan", folder, "--platform", "mastodon", "--jobs", jobs, "--db", ":memory:"]).stdout;
    assert.equal(summary("2"), summary("1"));
  });

  it("refuses a number of jobs that is not one, by name", () => {
    for (const bad of ["0", "-1", "two", "65", "1.5"]) {
      const r = run(["scan", folder, `--jobs=${bad}`, "--db", ":memory:"]);
      assert.equal(r.code, 64, bad);
      assert.match(r.stderr, /--jobs must be a whole number from 1 to 64/);
    }
  });

  it("the real X archive gives the same JSON lines on one thread and on two", { skip: existsSync(sharedX) ? false : `../shared/exports is absent (${sharedX})` }, () => {
    const one = run(["scan", sharedX, "--jsonl", "--jobs", "1", "--db", ":memory:"]);
    const two = run(["scan", sharedX, "--jsonl", "--jobs", "2", "--db", ":memory:"]);
    assert.ok(one.stdout.split("\n").length > 8_000);
    assert.equal(two.stdout, one.stdout);
  });
});
