import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = join(root, "bin/impartial.js");
// A developer's own configuration must not change what these tests see.
const noConfig = mkdtempSync(join(tmpdir(), "impartial-noconfig-"));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, XDG_CONFIG_HOME: noConfig, NO_COLOR: "1", LC_ALL: "", LC_MESSAGES: "", LANG: "en_CA.UTF-8" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tweet = (id: string, date: string, text: string, extra: Record<string, unknown> = {}) => ({
  tweet: { id_str: id, id, created_at: date, full_text: text, entities: { urls: [], hashtags: [], user_mentions: [] }, retweeted: false, ...extra },
});

/** A small X archive of the person's own making: one item per thing the scan must get right. */
function archive(tweets: unknown[], raw?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "impartial-scan-"));
  mkdirSync(join(dir, "data"));
  writeFileSync(join(dir, "data", "tweets.js"), raw ?? `window.YTD.tweets.part0 = ${JSON.stringify(tweets, null, 1)}`);
  writeFileSync(join(dir, "data", "account.js"), `window.YTD.account.part0 = [{"account":{"username":"pat_example","accountId":"1"}}]`);
  return dir;
}

const TWEETS = [
  tweet("1001", "Tue Oct 01 15:00:00 +0000 2019", "Vote NDP on October 21st! #elxn43"),
  tweet("1002", "Sun Dec 01 15:00:00 +0000 2019", "Vote NDP in the next one!"),
  tweet("1003", "Sat Jun 05 12:00:00 +0000 2021", "Made maple taffy with the kids, total success."),
  tweet("1004", "Mon Mar 02 12:00:00 +0000 2015", "@someone you're a worthless moron"),
  tweet("1005", "Mon Mar 02 13:00:00 +0000 2015", "&lt;script&gt; Sharing the internal briefing note on the new policy before it's announced"),
];

describe("impartial scan", () => {
  it("judges every item as of its date, with the platform's own id, and marks posts from before joining", () => {
    const dir = archive(TWEETS);
    const r = run(["scan", dir, "--db", ":memory:", "--jsonl", "--joined", "2016-01-04"]);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(out.map((o) => o.id).sort(), ["1001", "1002", "1003", "1004", "1005"]);
    const byId = Object.fromEntries(out.map((o) => [o.id, o]));
    assert.equal(byId["1001"].platform, "x");
    assert.equal(byId["1001"].createdAt, "2019-10-01T15:00:00.000Z");
    assert.match(byId["1001"].url, /x\.com\/pat_example\/status\/1001/);
    assert.ok(byId["1001"].factors.some((f: { factor: string }) => f.factor === "electionPeriod"), "a campaign-period post is judged in the election period");
    assert.ok(!byId["1002"].factors.some((f: { factor: string }) => f.factor === "electionPeriod"), "the same words after polling day are not");
    assert.equal(byId["1003"].level, "appropriate");
    assert.equal(byId["1004"].level, "inappropriate");
    assert.equal(byId["1004"].beforeService, true);
    assert.equal(byId["1001"].beforeService, false);
    assert.equal(byId["1005"].level, "inappropriate", "HTML entities are decoded and the text judged");
    assert.equal(r.code, 2);
  });

  it("stores each item once however often the same export is scanned, and keeps triage decisions", () => {
    const dir = archive(TWEETS);
    const db = join(mkdtempSync(join(tmpdir(), "impartial-db-")), "review.db");
    assert.equal(run(["scan", dir, "--db", db]).code, 2);
    assert.equal(run(["review", "mark", "x:1004", "delete", "--note", "old insult", "--db", db]).code, 0);
    const again = run(["scan", dir, "--db", db]);
    assert.match(again.stderr, /Already imported/);
    const listed = run(["review", "--all", "--json", "--limit", "100", "--db", db]).stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(listed.length, 5);
    assert.equal(listed.find((r) => r.id === "1004").decision, "delete");
    const checklist = run(["review", "checklist", "--db", db]).stdout;
    assert.match(checklist, /\[ \] 2015-03-02 {2}x {2}@someone you're a worthless moron/);
    assert.match(checklist, /https:\/\/x\.com\/pat_example\/status\/1004/);
    assert.match(checklist, /old insult/);
  });

  it("filters the review by level, year and undecided, and writes reports", () => {
    const dir = archive(TWEETS);
    const out = mkdtempSync(join(tmpdir(), "impartial-out-"));
    const db = join(out, "review.db");
    run(["scan", dir, "--db", db, "--html", join(out, "scan.html")]);
    const inappropriate = run(["review", "--level", "inappropriate", "--json", "--db", db]).stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(inappropriate.map((r) => r.id).sort(), ["1004", "1005"]);
    assert.equal(run(["review", "--year", "2021", "--json", "--db", db]).stdout.trim().split("\n").length, 1);
    run(["review", "mark", "x:1005", "keep", "--db", db]);
    assert.deepEqual(run(["review", "--undecided", "--level", "inappropriate", "--json", "--db", db]).stdout.trim().split("\n").map((l) => JSON.parse(l).id), ["1004"]);
    const html = readFileSync(join(out, "scan.html"), "utf8");
    assert.match(html, /<mark class="m-inappropriate">moron/);
    assert.doesNotMatch(html, /<script/);
    assert.equal(run(["review", "report", "--html", join(out, "all.html"), "--lang", "fr", "--db", db]).code, 0);
    const whole = readFileSync(join(out, "all.html"), "utf8");
    assert.match(whole, /lang="fr"/);
    assert.ok(whole.includes("status/1004") && whole.includes("status/1001"), "without filters, every item to reconsider");
    assert.equal(run(["review", "report", "--html", join(out, "2015.html"), "--year", "2015", "--db", db]).code, 0);
    const year = readFileSync(join(out, "2015.html"), "utf8");
    assert.ok(year.includes("status/1004"), "the 2015 item is in the 2015 report");
    assert.ok(!year.includes("status/1001"), "items of another year are not");
    assert.match(year, /Selection: year: 2015/);
    const paged = run(["review", "report", "--html", join(out, "x.html"), "--limit", "5", "--db", db]);
    assert.equal(paged.code, 64, "a usage error");
    assert.match(paged.stderr, /--limit and --offset page the listing/);
    const csv = run(["scan", dir, "--db", ":memory:", "--csv"]).stdout;
    assert.equal(csv.trim().split("\n").length, 6);
  });

  it("a history scanned in French is listed and reported in English when asked, with the same findings", () => {
    const dir = archive(TWEETS);
    const out = mkdtempSync(join(tmpdir(), "impartial-lang-"));
    const db = join(out, "review.db");
    run(["scan", dir, "--db", db, "--lang", "fr"]);
    const fr = run(["review", "--level", "risky", "--db", db, "--lang", "fr"]).stdout;
    assert.match(fr, /→ « Vote NDP » invite à appuyer un parti/);
    const en = run(["review", "--level", "risky", "--db", db, "--lang", "en"]).stdout;
    assert.match(en, /→ “Vote NDP” asks people to support a party or candidate/);
    assert.equal(run(["review", "report", "--html", join(out, "en.html"), "--lang", "en", "--db", db]).code, 0);
    const html = readFileSync(join(out, "en.html"), "utf8");
    assert.match(html, /asks people to support a party or candidate/);
    assert.doesNotMatch(html, /invite à appuyer/);
  });

  it("forgets a platform's history only when told --yes, and says how much went", () => {
    const dir = archive(TWEETS);
    const out = mkdtempSync(join(tmpdir(), "impartial-forget-"));
    const db = join(out, "review.db");
    run(["scan", dir, "--db", db]);
    const asked = run(["review", "forget", "--platform", "x", "--db", db, "--lang", "en"]);
    assert.equal(asked.code, 64);
    assert.match(asked.stderr, /this would delete the 5 x items, with their decisions; add --yes to do it/);
    assert.equal(run(["review", "--all", "--json", "--db", db]).stdout.trim().split("\n").length, 5, "nothing deleted without --yes");
    const narrowed = run(["review", "forget", "--year", "2015", "--yes", "--db", db, "--lang", "fr"]);
    assert.equal(narrowed.code, 64);
    assert.match(narrowed.stderr, /forget n'accepte que --platform, et non --year/);
    const done = run(["review", "forget", "--yes", "--db", db, "--lang", "fr"]);
    assert.equal(done.code, 0);
    assert.match(done.stdout, /^5 éléments supprimés de .*review\.db, sans trace de leur texte\./);
    assert.equal(run(["review", "--all", "--json", "--db", db]).stdout.trim(), "");
  });

  it("names the file and the item where an export breaks, keeps what was read before, and exits 65", () => {
    const good = JSON.stringify(TWEETS.slice(0, 2), null, 1).slice(0, -2);
    const dir = archive([], `window.YTD.tweets.part0 = ${good},\n {"tweet": {"id_str": "1003", "full_text": "oops" ,,, }}\n]`);
    const db = join(mkdtempSync(join(tmpdir(), "impartial-db-")), "review.db");
    const r = run(["scan", dir, "--db", db]);
    assert.equal(r.code, 65);
    assert.match(r.stderr, /tweets\.js/);
    assert.match(r.stderr, /\(item 2\): not valid JSON.*2 items were read before it/);
    assert.match(r.stderr, /2 items read before this were judged and stored/);
    assert.equal(run(["review", "--all", "--json", "--db", db]).stdout.trim().split("\n").length, 2);
    assert.match(run(["review", "imports", "--db", db]).stdout, /failed/);
  });

  it("says clearly what is wrong with an empty export, an unknown one, or a file that is not an archive", () => {
    const empty = archive([], "window.YTD.tweets.part0 = [ ]");
    const e = run(["scan", empty, "--db", ":memory:"]);
    assert.equal(e.code, 65);
    assert.match(e.stderr, /no items found/);
    const unknown = mkdtempSync(join(tmpdir(), "impartial-unknown-"));
    writeFileSync(join(unknown, "notes.txt"), "hello");
    const u = run(["scan", unknown, "--db", ":memory:"]);
    assert.equal(u.code, 65);
    assert.match(u.stderr, /cannot tell which platform/);
    const fake = join(unknown, "archive.zip");
    writeFileSync(fake, "this is not a zip");
    const f = run(["scan", fake, "--db", ":memory:", "--platform", "x"]);
    assert.equal(f.code, 65);
    assert.match(f.stderr, /archive\.zip/);
    assert.doesNotMatch(f.stderr, /\n\s+at /, "no stack trace");
    assert.equal(run(["scan", "/no/such/export", "--db", ":memory:"]).code, 65);
    assert.equal(run(["scan"]).code, 64);
    assert.equal(run(["scan", empty, "--platform", "myspace"]).code, 64);
  });

  it("refuses a --platform the export contradicts, saying what it looks like, in both languages, and stores nothing", () => {
    const x = archive([{ tweet: { id_str: "1", full_text: "Hello", created_at: "Wed Jun 05 10:00:00 +0000 2019" } }]);
    const db = join(mkdtempSync(join(tmpdir(), "impartial-db-")), "review.db");
    const en = run(["scan", x, "--platform", "facebook", "--db", db, "--lang", "en"]);
    assert.equal(en.code, 65);
    assert.match(en.stderr, /looks like an export from x, but --platform says facebook; give --platform x, or leave --platform out/);
    const fr = run(["scan", x, "--platform", "mastodon", "--db", db, "--lang", "fr"]);
    assert.equal(fr.code, 65);
    assert.match(fr.stderr, /semble venir de x, mais --platform indique mastodon ; donnez --platform x/);
    assert.equal(run(["review", "imports", "--db", db]).stdout.includes("facebook"), false, "no import was begun");
    // Twitter is X's old name: the same export under it is read.
    assert.equal(run(["scan", x, "--platform", "twitter", "--db", db]).code, 0);
  });
});
