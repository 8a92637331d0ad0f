import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CATEGORIES, LEVELS } from "../../src/core/model.js";
import { PLATFORMS } from "../../src/importers/types.js";
import { DECISIONS, REVIEW_STATES as STORE_STATES, SORTS as STORE_SORTS } from "../../src/store/store.js";
import {
  DECISION_CHOICES,
  downloadLinks,
  filterJson,
  filtersFromHash,
  filtersToHash,
  keyCommand,
  selectionLinks,
  formatElapsed,
  NO_FILTER,
  pageText,
  progressText,
  REVIEW_STATES,
  REVIEW_STRINGS,
  reviewQuery,
  ruleText,
  SORTS,
  timelineBars,
  timelineRows,
  todoGroups,
} from "../../web/review-view.js";

const ALL = { ...NO_FILTER, view: "all" as const };

const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v as object).map((s) => `${k}.${s}`) : [k])).sort();

describe("the History review page's logic", () => {
  test("the English and French pages say the same things: every string exists in both", () => {
    assert.deepEqual(keys(REVIEW_STRINGS.fr), keys(REVIEW_STRINGS.en));
    for (const lang of ["en", "fr"] as const) {
      for (const [k, v] of Object.entries(REVIEW_STRINGS[lang])) if (typeof v === "function") assert.equal(typeof (REVIEW_STRINGS.en as Record<string, unknown>)[k], "function", k);
    }
  });

  test("every level, category, platform and decision has words in both languages", () => {
    for (const lang of ["en", "fr"] as const) {
      const t = REVIEW_STRINGS[lang];
      assert.deepEqual(Object.keys(t.level).sort(), [...LEVELS, "unchecked"].sort());
      assert.deepEqual(Object.keys(t.category).sort(), [...CATEGORIES].sort(), "all 14 categories");
      assert.equal(Object.keys(t.category).length, 14);
      assert.deepEqual(Object.keys(t.platform).sort(), [...PLATFORMS].sort());
      assert.deepEqual(Object.keys(t.decision).sort(), [...DECISIONS].sort());
    }
    assert.deepEqual([...DECISION_CHOICES], [...DECISIONS], "the page offers the decisions the store takes");
    assert.deepEqual([...REVIEW_STATES], [...STORE_STATES], "the page's states are the store's");
    assert.deepEqual([...SORTS], [...STORE_SORTS], "the page's orders are the store's");
    assert.equal(REVIEW_STRINGS.fr.level.inappropriate, "inapproprié");
    assert.equal(REVIEW_STRINGS.fr.category.hashtag, "mots-clics");
  });

  test("French punctuation has its space before : ; ? !", () => {
    const texts = Object.values(REVIEW_STRINGS.fr).flatMap((v) => (typeof v === "string" ? [v] : typeof v === "function" ? [(v as (...a: string[]) => string)("1", "2", "3", "4")] : []));
    for (const text of texts) assert.doesNotMatch(text, /\S[:;?!](\s|$)/, text);
  });

  test("the default view asks for what needs attention, in attention order; everything is worst level first", () => {
    assert.equal(reviewQuery(NO_FILTER), "attention=true&sort=attention&limit=50&offset=0");
    assert.equal(reviewQuery(ALL), "sort=level&limit=50&offset=0");
    assert.equal(reviewQuery({ ...ALL, sort: "newest" }), "sort=newest&limit=50&offset=0");
  });

  test("search, action and group go to the server with the filters, and a bulk decision's filter is the list's", () => {
    const state = { ...NO_FILTER, search: "  élection fédérale ", action: "like", group: "reacted", platform: "x" } as const;
    assert.deepEqual(Object.fromEntries(new URLSearchParams(reviewQuery(state))), { attention: "true", platform: "x", action: "like", group: "reacted", search: "élection fédérale", sort: "attention", limit: "50", offset: "0" });
    assert.deepEqual(filterJson(state), { attention: "true", platform: "x", action: "like", group: "reacted", search: "élection fédérale" });
    assert.equal(new URLSearchParams(reviewQuery({ ...ALL, search: "!!!" })).get("search"), null, "no word, no search (the server would refuse it)");
  });

  test("each filter set becomes its query parameter, in the names the server reads", () => {
    const query = new URLSearchParams(reviewQuery({ ...ALL, level: "unchecked", category: "partisan", platform: "mastodon", year: "2019", undecided: true, offset: 100 }));
    assert.deepEqual(Object.fromEntries(query), { level: "unchecked", category: "partisan", platform: "mastodon", year: "2019", undecided: "true", sort: "level", limit: "50", offset: "100" });
  });

  test("the filters go to the page's hash and come back whole, so the language toggle and a bookmark keep them", () => {
    const state = { ...ALL, level: "risky", category: "partisan", platform: "mastodon", year: "2019", action: "share", group: "shared", search: "vote", sort: "oldest", undecided: true, offset: 100 } as const;
    const hash = filtersToHash(state);
    assert.match(hash, /^#/);
    assert.deepEqual(filtersFromHash(hash), state);
    assert.equal(filtersToHash(NO_FILTER), "", "no filter, no hash");
    assert.deepEqual(filtersFromHash(""), NO_FILTER);
    assert.deepEqual(filtersFromHash("#level=awful&year=19&offset=-3&platform=myspace&sort=random&view=odd"), NO_FILTER, "what a hash gets wrong is left unfiltered");
    assert.equal(filtersToHash({ ...NO_FILTER, sort: "attention" }), "", "the view's own order is not written");
  });

  test("a value the server would refuse is left out rather than sent", () => {
    const query = reviewQuery({ ...ALL, level: "awful" as never, category: "gossip" as never, platform: "myspace" as never, action: "wave" as never, year: "19", undecided: false, offset: -5 });
    assert.equal(query, "sort=level&limit=50&offset=0");
  });

  test("the timeline has one row per year, oldest first, the unknown year last, with totals by level", () => {
    const rows = timelineRows({
      "2021": { appropriate: 1, risky: 0, inappropriate: 2 },
      "?": { appropriate: 1, risky: 0, inappropriate: 0 },
      "2018": { appropriate: 3, risky: 1, inappropriate: 0 },
      "2019": { appropriate: 0, risky: 0, inappropriate: 0 },
    });
    assert.deepEqual(rows.map((r) => r.year), ["2018", "2021", "?"], "a year with nothing is not drawn");
    assert.deepEqual(rows[0], { year: "2018", counts: { appropriate: 3, risky: 1, inappropriate: 0, unchecked: 0 }, total: 4 });
    const bare = timelineRows({ "2021": { appropriate: 0, risky: 0, inappropriate: 0, unchecked: 5 } });
    assert.deepEqual(bare.map((r) => [r.year, r.total]), [["2021", 5]], "a year of items never read is drawn too, as not checked");
    assert.deepEqual(timelineBars(bare, { height: 100, barWidth: 40, gap: 20 })[0]!.segments.map((s) => s.level), ["unchecked"]);
    assert.deepEqual(timelineRows(undefined), []);
  });

  test("the tallest year fills the chart and each bar stacks appropriate, risky, inappropriate from the bottom", () => {
    const rows = timelineRows({ "2018": { appropriate: 3, risky: 1, inappropriate: 0 }, "2021": { appropriate: 1, risky: 0, inappropriate: 1 } });
    const [first, second] = timelineBars(rows, { height: 100, barWidth: 40, gap: 20 });
    assert.ok(first && second);
    assert.deepEqual(first.segments, [
      { level: "appropriate", count: 3, y: 25, height: 75 },
      { level: "risky", count: 1, y: 0, height: 25 },
    ]);
    assert.deepEqual(second.segments.map((s) => [s.level, s.height]), [["appropriate", 25], ["inappropriate", 25]]);
    assert.equal(second.x - first.x, 60);
  });

  test("the paging line says which items are shown, in each language's way", () => {
    assert.equal(pageText(0, 50, 123, "en"), "Items 1–50 of 123");
    assert.equal(pageText(100, 23, 123, "en"), "Items 101–123 of 123");
    assert.equal(pageText(0, 50, 1234, "fr"), "Éléments 1 à 50 sur 1\u00a0234");
    assert.equal(pageText(0, 0, 0, "en"), "Items 0–0 of 0");
  });

  test("the scan's progress says items read, the rate and the time elapsed", () => {
    assert.equal(progressText(12_000, 4_000, "en"), "Scanning: 12,000 items read, 3,000 items/s, 0:04 elapsed.");
    assert.equal(progressText(0, 0, "fr"), "Analyse en cours : 0 éléments lus, 0 éléments/s, temps écoulé 0:00.");
    assert.equal(progressText(12_000, 4_000, "en", { file: "data/tweets.js", percent: 45 }), "Scanning: 12,000 items read, 3,000 items/s, 0:04 elapsed. Reading data/tweets.js: 45% of it.");
    assert.equal(progressText(12_000, 4_000, "fr", { file: "data/tweets.js", percent: 45 }), "Analyse en cours : 12\u00a0000 éléments lus, 3\u00a0000 éléments/s, temps écoulé 0:04. Lecture de data/tweets.js : 45\u00a0% du fichier.");
    assert.equal(progressText(10, 1_000, "en", { file: "outbox.json" }), "Scanning: 10 items read, 10 items/s, 0:01 elapsed. Reading outbox.json.");
    assert.equal(formatElapsed(125_000), "2:05");
  });

  test("the downloads ask the server for the page's language", () => {
    assert.deepEqual(downloadLinks("fr").map((d) => d.href), ["/api/review/report.html?lang=fr", "/api/review/report.csv?lang=fr", "/api/review/checklist.html?lang=fr", "/api/review/checklist.csv?lang=fr"]);
  });

  test("with a filter set, reports of the selection are offered, named in words, without the table's page", () => {
    assert.equal(selectionLinks(NO_FILTER, "en"), undefined, "no filter: only the whole history's reports");
    assert.equal(selectionLinks({ ...ALL, offset: 100 }, "en"), undefined, "a page is no selection");
    const offer = selectionLinks({ ...ALL, level: "risky", platform: "x", year: "2019", undecided: true, offset: 50 }, "en")!;
    assert.equal(offer.intro, "Only the items the filters select (level: risky; platform: X; year: 2019; no decision yet):");
    assert.deepEqual(offer.links.map((l) => l.href), [
      "/api/review/report.html?level=risky&platform=x&year=2019&undecided=true&lang=en",
      "/api/review/report.csv?level=risky&platform=x&year=2019&undecided=true&lang=en",
    ]);
    const fr = selectionLinks({ ...NO_FILTER, category: "partisan" }, "fr")!;
    assert.equal(fr.intro, "Seulement les éléments que les filtres sélectionnent (catégorie\u00a0: activité partisane)\u00a0:");
    assert.match(fr.links[0]!.href, /category=partisan&lang=fr$/);    const found = selectionLinks({ ...ALL, search: "élections", action: "post" }, "en")!;
    assert.match(found.links[0]!.href, /action=post&search=%C3%A9lections&lang=en$/, "a search and an action are part of the selection the report covers");
    assert.match(found.intro, /élections/);
  });

  test("the list's keys: j and k move, o expands, x selects, 1 to 4 decide, 0 clears, u undoes, / searches; others do nothing", () => {
    assert.deepEqual(["j", "k", "o", "x", "0", "u", "/"].map((k) => keyCommand(k)?.kind), ["next", "previous", "expand", "select", "clear", "undo", "search"]);
    assert.deepEqual(keyCommand("3"), { kind: "decide", index: 2 });
    assert.equal(keyCommand("5"), undefined);
    assert.equal(keyCommand("a"), undefined);
    assert.equal(keyCommand("J"), undefined, "a capital is typing, not a command");
  });

  test("a saved rule reads as what it selects and the decision it gives", () => {
    assert.equal(ruleText({ action: ["like"], before: "2019-01-01" }, "delete", "en"), "Likes and favourites · made before 2019-01-01 → Delete, unlike, undo the share or unfollow (as each item allows)");
    assert.equal(ruleText({ action: "post", search: "parti", electionPeriod: true, platform: "x" }, "keep", "fr"), "Publications · X (Twitter) · contenant « parti » · pendant une période électorale → Conserver");
  });

  test("the to-do list is grouped by platform, then by the step the platform names", () => {
    const groups = todoGroups(
      [
        { platform: "x", decision: "delete", action: "like" },
        { platform: "x", decision: "delete", action: "post" },
        { platform: "x", decision: "delete", action: "like" },
        { platform: "mastodon", decision: "delete", action: "share" },
      ] as const,
      "en",
    );
    assert.deepEqual(groups.map((g) => [g.platform, g.name, g.entries.length]), [["x", "Unlike", 2], ["x", "Delete", 1], ["mastodon", "Undo boost", 1]]);
    assert.equal(todoGroups([{ platform: "x", decision: "delete", action: "like" }] as const, "fr")[0]!.name, "Ne plus aimer");
  });

  test("in French, clearing a decision does not read like deleting", () => {
    assert.equal(REVIEW_STRINGS.fr.clear, "Retirer la décision");
    assert.notEqual(REVIEW_STRINGS.fr.clear, REVIEW_STRINGS.fr.decisionButton.delete);
  });
});
