// The reports of a triaged history (issue 13): each item's action named as done ("liked", not "posted"), items with
// nothing to read counted "not checked" (never appropriate), no 1970 anywhere, and the to-do list as HTML and CSV.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { csvHeader, csvRow, todoCsv } from "../../src/report/csv.js";
import { buildHtmlReport, deletionEntries, renderDeletionChecklistHtml, renderTodoHtml } from "../../src/report/html.js";
import { openStore } from "../../src/store/store.js";
import { seedTriage } from "../helpers/triage-history.js";

/** What a reader sees: no style, tags as spaces, entities decoded, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .replace(/ ([,.)])/g, "$1")
    .trim()
    .replace(/\( /g, "(");
const records = (csv: string) => parse(csv, { columns: true, bom: true }) as Record<string, string>[];

function triaged() {
  const store = seedTriage(openStore(":memory:"));
  store.setDecision("x", "like-1", "delete", "old campaign like");
  store.setDecision("x", "post-bad", "delete");
  store.setDecision("mastodon", "fav-1", "delete");
  store.setDone([{ platform: "x", id: "post-bad" }], true);
  return store;
}

describe("the HTML report", () => {
  it("counts the items with nothing to read as 'not checked', apart from appropriate, in the summary and the charts", () => {
    const store = triaged();
    const en = text(buildHtmlReport(store, "en"));
    assert.match(en, /Items by level Level Items inappropriate 1 risky 3 not checked 2 appropriate 1/, "the summary's level table");
    assert.match(en, /2 items were not checked\. The export gives only a link/);
    assert.match(en, /Items by level: inappropriate 1; risky 3; not checked 2; appropriate 1/, "the level chart");
    const fr = text(buildHtmlReport(store, "fr"));
    assert.match(fr, /non vérifié 2/);
    assert.match(fr, /2 éléments n'ont pas été vérifiés\. L'exportation ne donne qu'un lien/);
  });

  it("has a year-by-level table with 'not checked' and 'date unknown', never 1970", () => {
    const html = buildHtmlReport(triaged(), "en");
    const table = /<table class="year-levels"[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
    assert.match(text(table), /Year inappropriate risky not checked appropriate .*2021 0 0 1 0 date unknown 0 0 1 0$/);
    assert.equal(/1970/.test(html), false);
  });

  it("names each item's action as done and its decision as its platform does", () => {
    const en = text(buildHtmlReport(triaged(), "en"));
    assert.match(en, /X · liked · 2018-06-01/);
    assert.match(en, /X · replied · 2019-03-01/);
    assert.doesNotMatch(en, /X · like ·/);
    assert.match(en, /Your decision: Unlike \(decided/);
    const fr = text(buildHtmlReport(triaged(), "fr"));
    assert.match(fr, /X · aimé · 2018-06-01/);
    assert.match(fr, /Votre décision : Ne plus aimer \(décidé le/);
  });

  it("names a selection by the new filters: words searched, action, dates", () => {
    const store = triaged();
    const en = text(buildHtmlReport(store, "en", { selection: { search: "election", action: "reply", after: "2019-01-01", before: "2020-01-01" } }));
    assert.match(en, /Selection: words: "election"; action: replied; on or after 2019-01-01; before 2020-01-01/);
    assert.match(en, /This report covers only the items of the selection above; the whole history holds 7 items/);
    const fr = text(buildHtmlReport(store, "fr", { selection: { action: ["like", "share"], group: "reacted" } }));
    assert.match(fr, /Sélection : action : aimé ou partagé ; mentions « J'aime » et abonnements/);
  });
});

describe("the CSV report", () => {
  it("gives each item's state: unchecked for a favourite with only a link, its level otherwise", () => {
    const store = triaged();
    const rows = store.query({ limit: 100 });
    const read = records(csvHeader("en") + rows.map(csvRow).join(""));
    assert.equal(read.find((r) => r.id === "fav-1")?.state, "unchecked");
    assert.equal(read.find((r) => r.id === "fav-1")?.level, "appropriate", "the assessment's level stays as judged");
    assert.equal(read.find((r) => r.id === "post-ok")?.state, "appropriate");
    assert.equal(read.find((r) => r.id === "like-1")?.state, "risky");
    assert.equal(read.find((r) => r.id === "boost-1")?.["created at"], "", "a 1970 date is unknown, not 1970");
  });

  it("a freshly assessed item with only a link is unchecked too", () => {
    const [read] = records(
      csvHeader("fr") +
        csvRow({
          item: { platform: "mastodon", id: "9", action: "share", createdAt: "2022-01-01T00:00:00.000Z", text: "https://m.example/@a/9", visibility: "public", sourceFile: "outbox.json" },
          assessment: { level: "appropriate", score: 0, factors: [], findings: [], questions: [], contacts: [], lang: "fr", textLang: "fr" },
          beforeService: false,
        }),
    );
    assert.equal(read?.["état"], "unchecked");
  });
});

describe("the to-do list", () => {
  it("as HTML: by platform and step named as the platform does, with ticks, progress and direct links", () => {
    const store = triaged();
    const html = renderTodoHtml(store.todo(), "en", { generatedAt: "2026-12-07T10:00:00.000Z" });
    const t = text(html);
    assert.match(t, /To-do list/);
    assert.match(t, /1 of 3 done/);
    assert.match(t, /Mastodon \(0 of 1 done\) Unfavourite \(0 of 1 done\)/);
    assert.match(t, /X \(1 of 2 done\)/);
    assert.match(t, /Unlike \(0 of 1 done\) Done — liked 2018-06-01/);
    assert.match(t, /Delete \(1 of 1 done\) Done — posted 2016-01-01 \(done 20\d\d-\d\d-\d\d\)/);
    assert.match(html, /<input type="checkbox" id="todo-\d+" aria-describedby="todo-text-\d+" checked>/, "the done item is ticked");
    assert.equal((html.match(/ checked>/g) ?? []).length, 1, "only the done one");
    assert.match(html, /href="https:\/\/example\.org\/x\/like-1"/);
    assert.match(t, /Only a link in the export, no text: open it to see what it was/);
    assert.match(t, /Note: old campaign like/);
    assert.doesNotMatch(html, /<script/);
    const fr = text(renderTodoHtml(store.todo(), "fr"));
    assert.match(fr, /Liste de tâches/);
    assert.match(fr, /1 sur 3 faites/);
    assert.match(fr, /Retirer des favoris \(0 sur 1 faites\)/);
    assert.match(fr, /Ne plus aimer \(0 sur 1 faites\) Fait — aimé le 2018-06-01/);
  });

  it("as HTML when empty says there is nothing to do", () => {
    assert.match(text(renderTodoHtml({ entries: [], done: 0, total: 0 }, "en")), /Nothing to do/);
    assert.match(text(renderTodoHtml({ entries: [], done: 0, total: 0 }, "fr")), /Rien à faire/);
  });

  it("as CSV: a done column, the step's name and no 1970", () => {
    const store = triaged();
    store.setDecision("mastodon", "boost-1", "delete");
    const read = records(todoCsv(store.todo(), "en"));
    assert.equal(read.length, 4);
    assert.deepEqual(read.map((r) => [r.id, r.step, r.done]), [
      ["fav-1", "Unfavourite", "false"],
      ["boost-1", "Undo boost", "false"],
      ["like-1", "Unlike", "false"],
      ["post-bad", "Delete", "true"],
    ]);
    assert.equal(read.find((r) => r.id === "boost-1")?.["created at"], "");
    assert.ok(read.find((r) => r.id === "post-bad")?.["done at"]);
    const fr = records(todoCsv(store.todo(), "fr"));
    assert.deepEqual(Object.keys(fr[0]!).slice(0, 5), ["plateforme", "identifiant", "action", "étape", "décision"]);
    assert.equal(fr.find((r) => r.identifiant === "like-1")?.["étape"], "Ne plus aimer");
    assert.equal(fr.find((r) => r.identifiant === "post-bad")?.fait, "true");
  });
});

describe("the deletion checklist", () => {
  it("says a like was liked, not posted", () => {
    const t = text(renderDeletionChecklistHtml(deletionEntries(triaged()), "en"));
    assert.match(t, /Done — liked 2018-06-01/);
    assert.match(t, /Done — posted 2016-01-01/);
    assert.doesNotMatch(t, /posted 2018-06-01/);
  });
});
