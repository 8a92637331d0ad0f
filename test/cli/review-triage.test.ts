// `impartial review` for a long history (issue 13), run as installed: what needs attention first, each item's action
// and state, a decision refused when the platform does not offer it, bulk decisions undone in one step, saved rules,
// and the to-do list whose ticks are kept between runs.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/store.js";
import { run } from "../helpers/cli-run.js";
import { seedTriage, triageAssessment, triageItem } from "../helpers/triage-history.js";

function seeded(): string {
  const db = join(mkdtempSync(join(tmpdir(), "impartial-triage-")), "review.db");
  seedTriage(openStore(db)).close();
  return db;
}

const ok = (args: string[]) => {
  const r = run(args);
  assert.equal(r.code, 0, `${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
};

/** The PLATFORM:ID of each item a listing shows, in its order. */
const keys = (listing: string) => [...listing.matchAll(/^([a-z]+:\S+) {2}/gm)].map((m) => m[1]);

describe("impartial review lists what needs attention first", () => {
  it("by default: undecided items risky or worse, own words before likes, each with its action and state", () => {
    const db = seeded();
    const out = ok(["review", "--db", db]);
    assert.match(out, /^4 of 4 items that need your attention \(risky or worse, no decision yet\): your own words first, then shares, then likes\. --all lists all 7 items\./);
    assert.match(out, /^2 item\(s\) not checked: the export gives only a link/m);
    assert.deepEqual(keys(out), ["x:post-bad", "x:reply-1", "x:like-1", "x:like-2"]);
    assert.match(out, /^x:post-bad {2}2016-01-01 {2}posted {2}inappropriate$/m);
    assert.match(out, /^x:like-1 {2}2018-06-01 {2}liked {2}risky$/m);
    assert.match(out, /^x:reply-1 {2}2019-03-01 {2}replied {2}risky$/m);
    const fr = ok(["review", "--db", db, "--lang", "fr"]);
    assert.match(fr, /^4 sur 4 éléments à examiner/);
    assert.match(fr, /^x:like-1 {2}2018-06-01 {2}aimé {2}risqué$/m);
  });

  it("--all lists every item; --level unchecked the items with only a link, 'not checked' and never appropriate, and no 1970", () => {
    const db = seeded();
    assert.equal(keys(ok(["review", "--all", "--db", db])).length, 7);
    const unchecked = ok(["review", "--level", "unchecked", "--db", db]);
    assert.deepEqual(keys(unchecked).sort(), ["mastodon:boost-1", "mastodon:fav-1"]);
    assert.match(unchecked, /^mastodon:fav-1 {2}2021-05-01 {2}liked {2}not checked$/m);
    assert.match(unchecked, /^mastodon:boost-1 {2}date unknown {2}shared {2}not checked$/m);
    assert.doesNotMatch(unchecked, /appropriate|1970/);
    assert.match(ok(["review", "--level", "unchecked", "--db", db, "--lang", "fr"]), /^mastodon:fav-1 {2}2021-05-01 {2}aimé {2}non vérifié$/m);
    const json = ok(["review", "--level", "unchecked", "--json", "--db", db]).trim().split("\n").map((l) => JSON.parse(l) as { id: string; state: string; createdAt: string | null; offered: string[] });
    assert.deepEqual(json.map((j) => [j.id, j.state, j.offered.join("+")]).sort(), [["boost-1", "unchecked", "keep+delete"], ["fav-1", "unchecked", "keep+delete"]]);
    assert.equal(json.find((j) => j.id === "boost-1")?.createdAt, null);
  });

  it("takes --search (accents folded), --action, --group, --before/--after and --sort", () => {
    const db = seeded();
    assert.deepEqual(keys(ok(["review", "--search", "election", "--db", db])), ["x:reply-1"], "an accented word typed without its accent");
    assert.deepEqual(keys(ok(["review", "--action", "like", "--sort", "oldest", "--db", db])), ["x:like-2", "x:like-1", "mastodon:fav-1"]);
    assert.deepEqual(keys(ok(["review", "--group", "own", "--sort", "newest", "--db", db])), ["x:post-ok", "x:reply-1", "x:post-bad"]);
    assert.deepEqual(keys(ok(["review", "--after", "2018-01-01", "--before", "2020-01-01", "--sort", "oldest", "--db", db])), ["x:like-1", "x:reply-1"]);
  });

  it("refuses a bad date, a search without a word, an unknown state or sort, in both languages", () => {
    const db = seeded();
    const date = run(["review", "--before", "2019-02-30", "--db", db]);
    assert.equal(date.code, 64);
    assert.match(date.stderr, /--before must be a date \(YYYY-MM-DD\), not "2019-02-30"/);
    assert.match(run(["review", "--after", "yesterday", "--db", db, "--lang", "fr"]).stderr, /--after doit être une date \(AAAA-MM-JJ\), et non « yesterday »/);
    const search = run(["review", "--search", "###", "--db", db]);
    assert.equal(search.code, 64);
    assert.match(search.stderr, /--search needs at least one word/);
    assert.match(run(["review", "--search", "###", "--db", db, "--lang", "fr"]).stderr, /--search demande au moins un mot/);
    assert.match(run(["review", "--level", "fine", "--db", db]).stderr, /--level must be one of appropriate, risky, inappropriate, unchecked/);
    assert.match(run(["review", "--sort", "best", "--db", db]).stderr, /--sort must be one of attention, level/);
  });
});

describe("impartial review decide", () => {
  it("refuses for one item what its platform does not offer, with the store's words, and names what it does", () => {
    const db = seeded();
    const r = run(["review", "decide", "x:like-1", "edit", "--db", db]);
    assert.equal(r.code, 64);
    assert.match(r.stderr, /x\/like-1 is an item you liked: "edit" cannot be done to it; choose one of keep \(Keep\), delete \(Unlike\)/);
    const fr = run(["review", "decide", "x:like-1", "make-private", "--db", db, "--lang", "fr"]);
    assert.equal(fr.code, 64);
    assert.match(fr.stderr, /x\/like-1 est un élément aimé : « make-private » ne s'y applique pas ; choisissez l'une de keep \(Conserver\), delete \(Ne plus aimer\)/);
    assert.doesNotMatch(ok(["review", "--all", "--json", "--db", db]), /"decision":"(edit|make-private)"/, "nothing was recorded");
  });

  it("decides one item and says what it is called there, and the change to undo", () => {
    const db = seeded();
    assert.match(ok(["review", "decide", "x:like-1", "delete", "--note", "old", "--db", db]), /^x:like-1 \(liked\): Unlike\. Change 1; to undo it: impartial review undo 1$/m);
    assert.match(ok(["review", "decide", "mastodon:boost-1", "delete", "--db", db, "--lang", "fr"]), /^mastodon:boost-1 \(partagé\) : Annuler le partage\. Changement 2 ; pour l'annuler : impartial review undo 2$/m);
    assert.match(ok(["review", "--all", "--action", "like", "--db", db]), /^x:like-1 {2}2018-06-01 {2}liked {2}risky {2}\[Unlike\]$/m);
  });

  it("decides every item a filter selects as one change, skips what cannot take it, and undo puts all back in one step", () => {
    const db = seeded();
    const bulk = ok(["review", "decide", "--all", "--action", "like", "--before", "2019-01-01", "delete", "--db", db]);
    assert.match(bulk, /^delete: action: liked; before 2019-01-01: 2 item\(s\) changed\. Change 1; to undo it: impartial review undo 1$/m);
    assert.deepEqual(keys(ok(["review", "--decision", "delete", "--db", db])).sort(), ["x:like-1", "x:like-2"]);
    // X offers no edit of an old post: every own word is skipped.
    const skipped = ok(["review", "decide", "--all", "--group", "own", "edit", "--db", db, "--lang", "fr"]);
    assert.match(skipped, /0 élément\(s\) modifié\(s\), 3 laissé\(s\) de côté \(cette décision ne s'y applique pas/);
    assert.match(ok(["review", "changes", "--db", db]), /^ {3}1 {2}\S+ \S+ {2}delete: action: liked; before 2019-01-01 {2}\(2 item\(s\)\)$/m);
    assert.match(ok(["review", "undo", "1", "--db", db]), /^Change 1 undone \(delete: action: liked; before 2019-01-01\): 2 item\(s\) put back as they were\.$/m);
    assert.deepEqual(keys(ok(["review", "--decision", "delete", "--db", db])), []);
    assert.match(ok(["review", "changes", "--db", db, "--lang", "fr"]), /^ {3}1 .*\(2 élément\(s\)\) {2}\(annulé le \d{4}-\d\d-\d\d\)$/m);
    const again = run(["review", "undo", "1", "--db", db]);
    assert.equal(again.code, 64);
    assert.match(again.stderr, /change 1 was already undone/);
  });

  it("asks for --all before filters decide many, and for one key and decision otherwise", () => {
    const db = seeded();
    const filtered = run(["review", "decide", "--action", "like", "delete", "--db", db]);
    assert.equal(filtered.code, 64);
    assert.match(filtered.stderr, /filters choose items only with --all/);
    assert.match(run(["review", "decide", "x:like-1", "--db", db, "--lang", "fr"]).stderr, /décidez d'un élément ainsi : impartial review decide PLATFORM:ID DECISION/);
    assert.match(run(["review", "undo", "x", "--db", db]).stderr, /a change is named by its number/);
    assert.match(ok(["review", "undo", "--db", db]), /There is no change to undo\./);
  });
});

describe("impartial review rules", () => {
  it("saves a rule that decides now and at the next import, lists it and deletes it", () => {
    const db = seeded();
    const added = ok(["review", "rules", "add", "--action", "like", "--before", "2019-01-01", "delete", "--note", "old likes", "--db", db]);
    assert.match(added, /^Rule 1 saved: action: liked; before 2019-01-01 → delete\. Applied now to the items without a decision: 2 item\(s\) changed\. Change 1; to undo it: impartial review undo 1$/m);
    assert.match(ok(["review", "rules", "--db", db]), /^ {3}1 {2}\d{4}-\d\d-\d\d {2}action: liked; before 2019-01-01 → delete \(delete\) — old likes$/m);
    assert.match(ok(["review", "rules", "--db", db, "--lang", "fr"]), /action\u00a0: aimé\u00a0; avant le 2019-01-01 → delete \(supprimer\)/);
    // A later import: its old like is decided by the rule, its new one is not.
    const store = openStore(db);
    const importId = store.beginImport("x", "/tmp/later", "later-fp");
    store.addBatch(importId, [
      { item: triageItem("x", "like-old", "like", "2015-02-01T00:00:00.000Z", "Vote blue"), assessment: triageAssessment("risky"), beforeService: false, rulesVersion: "1" },
      { item: triageItem("x", "like-new", "like", "2022-02-01T00:00:00.000Z", "Vote red"), assessment: triageAssessment("risky"), beforeService: false, rulesVersion: "1" },
    ]);
    store.finishImport(importId, { count: 2 });
    store.close();
    assert.deepEqual(keys(ok(["review", "--decision", "delete", "--sort", "oldest", "--db", db])), ["x:like-old", "x:like-2", "x:like-1"]);
    assert.match(ok(["review", "rules", "delete", "1", "--db", db]), /^Rule 1 deleted: later imports are no longer decided by it\. The decisions it made stay/);
    assert.match(ok(["review", "rules", "--db", db, "--lang", "fr"]), /^Aucune règle enregistrée\./);
    assert.equal(keys(ok(["review", "--decision", "delete", "--db", db])).length, 3, "its decisions stay");
  });

  it("refuses a rule without a filter, an unknown rule and an unknown verb", () => {
    const db = seeded();
    const bare = run(["review", "rules", "add", "delete", "--db", db]);
    assert.equal(bare.code, 64);
    assert.match(bare.stderr, /a rule needs at least one filter/);
    assert.match(run(["review", "rules", "add", "delete", "--db", db, "--lang", "fr"]).stderr, /une règle demande au moins un filtre/);
    assert.match(run(["review", "rules", "delete", "9", "--db", db]).stderr, /no rule 9/);
    assert.match(run(["review", "rules", "add", "--action", "like", "clear", "--db", db]).stderr, /the decision must be one of keep, delete, edit, make-private, not "clear"/);
    assert.match(run(["review", "rules", "show", "--db", db]).stderr, /rules takes add or delete, not "show"/);
  });
});

describe("impartial review todo", () => {
  function decided(): string {
    const db = seeded();
    ok(["review", "decide", "x:like-1", "delete", "--db", db]);
    ok(["review", "decide", "x:post-bad", "delete", "--note", "before the board", "--db", db]);
    ok(["review", "decide", "mastodon:fav-1", "delete", "--db", db]);
    ok(["review", "decide", "x:reply-1", "keep", "--db", db]);
    return db;
  }

  it("lists by platform and step as the platform names it, with links and progress; ticks are kept between runs", () => {
    const db = decided();
    const list = ok(["review", "todo", "--db", db]);
    assert.match(list, /^0 of 3 done$/m);
    assert.match(list, /^mastodon — 0 of 1 done\n {2}Unfavourite \(0 of 1 done\)\n {4}\[ \] mastodon:fav-1 {2}liked 2021-05-01\n {8}https:\/\/example\.org\/mastodon\/fav-1$/m);
    assert.match(list, /^ {2}Unlike \(0 of 1 done\)\n {4}\[ \] x:like-1 {2}liked 2018-06-01 {2}Vote for our candidate!$/m);
    assert.match(list, /^ {2}Delete \(0 of 1 done\)\n {4}\[ \] x:post-bad {2}posted 2016-01-01 {2}those idiots in my department\n {8}https:\/\/example\.org\/x\/post-bad {2}— before the board$/m);
    assert.doesNotMatch(list, /reply-1/, "a kept item is not a step");
    assert.match(ok(["review", "todo", "--done", "x:like-1", "--done", "x:post-bad", "--db", db]), /^x:like-1: ticked done\nx:post-bad: ticked done\n2 of 3 done$/m);
    const after = ok(["review", "todo", "--db", db]);
    assert.match(after, /^ {4}\[x\] x:like-1 /m);
    assert.match(after, /^ {4}\[ \] mastodon:fav-1 /m);
    assert.match(after, /^2 of 3 done$/m);
    assert.match(ok(["review", "todo", "--platform", "x", "--db", db, "--lang", "fr"]), /^2 sur 2 faites$/m);
    assert.match(ok(["review", "todo", "--undo-done", "x:like-1", "--db", db, "--lang", "fr"]), /^x:like-1 : décoché\n1 sur 3 faites$/m);
    assert.match(ok(["review", "--all", "--action", "post", "--db", db]), /\[Delete, done\]/);
  });

  it("writes the list as CSV (a done column) or HTML, readable by you only, in both languages", () => {
    const db = decided();
    ok(["review", "todo", "--done", "x:post-bad", "--db", db]);
    const dir = mkdtempSync(join(tmpdir(), "impartial-todo-"));
    const csvFile = join(dir, "todo.csv");
    assert.match(ok(["review", "todo", "--format", "csv", "--output", csvFile, "--db", db]), /todo\.csv\n1 of 3 done/);
    if (process.platform !== "win32") assert.equal(statSync(csvFile).mode & 0o777, 0o600);
    const csv = readFileSync(csvFile, "utf8");
    assert.ok(csv.startsWith("\uFEFFplatform,id,action,step,decision,created at,url,text,note,decided at,done,done at\r\n"));
    assert.match(csv, /\r\nx,post-bad,post,Delete,delete,2016-01-01T10:00:00\.000Z,.*,true,\d{4}-/);
    assert.match(csv, /\r\nx,like-1,like,Unlike,delete,.*,false,\r\n/);
    const html = ok(["review", "todo", "--format", "html", "--db", db, "--lang", "fr"]);
    assert.match(html, /<h1>Liste de tâches<\/h1>/);
    assert.match(html, /1 sur 3 faites/);
    assert.match(html, /<h3>Ne plus aimer \(0 sur 1 faites\)<\/h3>/);
    assert.match(html, / checked>/);
    assert.doesNotMatch(html, /<script/);
  });

  it("refuses to tick an item that is not on the list, an unknown format and filters it does not take", () => {
    const db = decided();
    const kept = run(["review", "todo", "--done", "x:reply-1", "--db", db]);
    assert.equal(kept.code, 64);
    assert.match(kept.stderr, /x\/reply-1 is not on the to-do list \(it has no decision to act on\)/);
    assert.match(run(["review", "todo", "--done", "x:reply-1", "--db", db, "--lang", "fr"]).stderr, /x\/reply-1 n'est pas sur la liste de tâches/);
    assert.match(run(["review", "todo", "--done", "nope", "--db", db]).stderr, /name the item as PLATFORM:ID/);
    assert.match(run(["review", "todo", "--format", "pdf", "--db", db]).stderr, /--format must be one of text, html, csv/);
    assert.match(run(["review", "todo", "--level", "risky", "--db", db]).stderr, /todo takes --platform, --format, --output, --done and --undo-done, not --level/);
  });

  it("says there is nothing to do when nothing was decided but keep", () => {
    assert.match(ok(["review", "todo", "--db", seeded()]), /^Nothing to do: you have not decided to delete, unlike, undo, edit or hide anything\.$/m);
    assert.match(ok(["review", "todo", "--db", seeded(), "--lang", "fr"]), /^Rien à faire/m);
  });
});

describe("impartial review --help", () => {
  it("names the new commands in both languages", () => {
    for (const lang of ["en", "fr"]) {
      const help = ok(["review", "--help", "--lang", lang]);
      for (const command of ["review decide --all", "review undo [N]", "review changes", "review rules add", "review todo [--platform P] [--format text|html|csv] [--output FILE]", "--level appropriate|risky|inappropriate|unchecked"]) assert.ok(help.includes(command), `${lang}: ${command}`);
    }
  });
});
