// A scan says what it could not read (a favourite or boost that is only a link) instead of calling it appropriate,
// and what the person's saved rules decided of it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { openStore } from "../../src/store/store.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = join(root, "bin/impartial.js");
const noConfig = mkdtempSync(join(tmpdir(), "impartial-noconfig-"));

function run(args: string[], lang = "en_CA.UTF-8") {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, XDG_CONFIG_HOME: noConfig, NO_COLOR: "1", LC_ALL: "", LC_MESSAGES: "", LANG: lang } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PUBLIC = ["https://www.w3.org/ns/activitystreams#Public"];

/** A Mastodon export: one post with words, two favourites and a boost, which the export gives only as links. */
function mastodonExport(): string {
  const dir = mkdtempSync(join(tmpdir(), "impartial-links-"));
  const id = "https://m.example/users/pat/statuses/1";
  const post = { id: `${id}/activity`, type: "Create", published: "2023-03-01T12:00:00Z", to: PUBLIC, object: { id, type: "Note", published: "2023-03-01T12:00:00Z", content: "<p>Lovely walk by the canal this morning</p>", to: PUBLIC } };
  const boost = { id: "https://m.example/users/pat/statuses/2/activity", type: "Announce", published: "2023-03-02T12:00:00Z", to: PUBLIC, object: "https://other.example/users/someone/statuses/111111111111111111" };
  writeFileSync(join(dir, "outbox.json"), JSON.stringify({ type: "OrderedCollection", orderedItems: [post, boost] }));
  writeFileSync(join(dir, "likes.json"), JSON.stringify({ type: "OrderedCollection", orderedItems: ["https://other.example/users/a/statuses/109000000000000001", "https://other.example/users/b/statuses/110000000000000002"] }));
  return dir;
}

describe("items a scan could not read", () => {
  const folder = mastodonExport();

  it("are counted 'not checked' with why, in English and French, never appropriate", () => {
    const en = run(["scan", folder, "--platform", "mastodon", "--db", ":memory:"]);
    assert.match(en.stdout, /appropriate: 1 {3}not checked: 3/);
    assert.match(en.stdout, /3 items are only a link in the export, without their text/);
    const fr = run(["scan", folder, "--platform", "mastodon", "--db", ":memory:", "--lang", "fr"]);
    assert.match(fr.stdout, /non vérifiés : 3/);
  });

  it("are marked checked: false in the JSON lines, and only they are", () => {
    const lines = run(["scan", folder, "--platform", "mastodon", "--jsonl", "--db", ":memory:"]).stdout.trim().split("\n").map((l) => JSON.parse(l) as { action: string; checked?: boolean });
    assert.deepEqual(lines.map((l) => [l.action, l.checked ?? true]).sort(), [["like", false], ["like", false], ["post", true], ["share", false]]);
  });

  it("a saved rule decides what a scan brings, and the scan says so with how to undo it", () => {
    const db = join(mkdtempSync(join(tmpdir(), "impartial-db-")), "review.db");
    const store = openStore(db);
    store.addRule({ action: "like" }, "delete", "old favourites");
    store.close();
    const out = run(["scan", folder, "--platform", "mastodon", "--db", db]);
    assert.match(out.stdout, /Your rule 1 decided "delete" for 2 items \(undo: impartial review undo \d+\)/);
    const after = openStore(db);
    assert.deepEqual(after.todo().entries.map((e) => [e.action, e.decision, e.note]), [["like", "delete", "old favourites"], ["like", "delete", "old favourites"]]);
    after.close();
  });
});
