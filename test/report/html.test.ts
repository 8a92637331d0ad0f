import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { Parser } from "htmlparser2";
import { guidanceById, guidanceRef } from "../../src/core/guidance/corpus.js";
import type { DeletionEntry, ReviewRow } from "../../src/store/store.js";
import { renderDeletionChecklistHtml, renderHtmlReport, type HtmlReportInput } from "../../src/report/html.js";
import { countsOf, reviewRow, sampleHistory } from "./rows.js";

const GENERATED_AT = "2025-01-15T10:32:00.000Z";

function report(rows: ReviewRow[], overrides: Partial<HtmlReportInput> = {}): string {
  return renderHtmlReport({ rows, counts: countsOf(rows), lang: "en", generatedAt: GENERATED_AT, ...overrides });
}

interface Tag {
  name: string;
  attribs: Record<string, string>;
}

function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  const parser = new Parser({ onopentag: (name, attribs) => tags.push({ name, attribs }) }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return tags;
}

/** The ids of the listed items, in document order. */
function listedIds(html: string): string[] {
  return [...html.matchAll(/<dt>Id<\/dt><dd><code><bdi>([^<]*)<\/bdi>/g)].map((m) => m[1] ?? "");
}

function articleOf(html: string, id: string): string {
  const article = html.split("<article").find((a) => a.includes(`<bdi>${id}</bdi>`));
  assert.ok(article, `no article for ${id}`);
  return article.slice(0, article.indexOf("</article>"));
}

test("the summary gives the items reviewed and how many to reconsider, by level", () => {
  const html = report(sampleHistory());
  assert.match(html, /Impartial reviewed 7 items\. 5 are worth reconsidering: 2 inappropriate and 3 risky\./);
  assert.match(html, /<th scope="row"><span class="badge lv-inappropriate">inappropriate<\/span><\/th><td class="num">2<\/td>/);
  assert.match(html, /<th scope="row"><span class="badge lv-risky">risky<\/span><\/th><td class="num">3<\/td>/);
  assert.match(html, /<th scope="row"><span class="badge lv-appropriate">appropriate<\/span><\/th><td class="num">2<\/td>/);
  assert.match(html, /Your decisions so far: keep 1, delete 1, edit 0, make private 0, no decision yet 5\./);
});

test("the report says it is advice, not a ruling, and that nothing left the machine", () => {
  const html = report(sampleHistory());
  assert.match(html, /gives advice, not a ruling/);
  assert.match(html, /nothing you imported left it/);
  assert.match(html, /<html lang="en">/);
});

test("the worst items come first, then the newest, and appropriate ones are not listed", () => {
  const shuffled = sampleHistory().reverse();
  assert.deepEqual(listedIds(report(shuffled)), [
    "1500000000000000003", // inappropriate, 2023
    "1400000000000000002", // inappropriate, 2021
    "109876543210", // risky, 2022
    "1188000000000000001", // risky, 2019
    "fb-3344", // risky, 2015
  ]);
});

test("each listed item shows its date, platform, action, reasons, the guidance quoted and a link to open it", () => {
  const html = report(sampleHistory());
  const article = articleOf(html, "fb-3344");
  assert.match(article, /<time datetime="2015-09-20T14:00:00.000Z">2015-09-20 14:00 UTC<\/time>/);
  assert.match(article, /<dt>Platform<\/dt><dd>Facebook<\/dd>/);
  assert.match(article, /<dt>Action<\/dt><dd>shared<\/dd>/, "what was done, as a verb");
  assert.match(article, /Sharing a campaign event is engaging with partisan content\./);
  assert.match(article, /“engaging with partisan content”/);
  assert.match(article, /<cite>Best practices for public servants using their personal social media \(Treasury Board of Canada Secretariat\)<\/cite>, Assessing the level of risk before posting/);
  assert.match(article, /no link in the export/);
  const x = articleOf(html, "1188000000000000001");
  assert.match(x, /<a class="item-link" href="https:\/\/x\.com\/jtremblay\/status\/1188000000000000001" rel="noopener noreferrer">Open on X<\/a>/);
});

test("a finding's passage is marked with its level in words, overlapping passages take the worse level", () => {
  const html = report(sampleHistory());
  assert.match(
    articleOf(html, "1400000000000000002"),
    /<mark class="m-inappropriate">My manager is a useless idiot<span class="mark-level"> inappropriate<\/span><\/mark> and everyone/,
  );
  assert.match(articleOf(html, "109876543210"), /<mark class="m-risky">tabarnak<span class="mark-level"> risky<\/span><\/mark>/);
});

test("a span that ends inside an emoji marks the whole emoji, never half of it", () => {
  const text = "Vote 🗳️ Liberal";
  const row = reviewRow({ id: "e1", text, createdAt: "2021-09-01T12:00:00.000Z", level: "risky" });
  row.assessed!.assessment.findings.push({ rule: "t", category: "partisan", level: "risky", message: "m", guidance: [], source: "rule", span: [0, 6] });
  assert.match(report([row]), /<mark class="m-risky">Vote 🗳<span/);
});

test("the triage decision and its note are shown; an item without one says so", () => {
  const html = report(sampleHistory());
  assert.match(
    articleOf(html, "1400000000000000002"),
    /Your decision:<\/strong> <span class="decision-word">Delete<\/span> \(decided <time datetime="2025-01-12T15:30:00.000Z">2025-01-12 15:30 UTC<\/time>\) — Note: <bdi>Delete before my promotion board<\/bdi>/,
  );
  assert.match(articleOf(html, "1500000000000000003"), /Your decision:<\/strong> No decision yet\./);
});

test("items posted before the person joined the public service are marked so, and only those", () => {
  const html = report(sampleHistory(), { profile: { role: "manager", department: "statcan", joined: "2016-04-01" } });
  assert.match(articleOf(html, "fb-3344"), /Posted before you joined the public service/);
  assert.doesNotMatch(articleOf(html, "1188000000000000001"), /Posted before you joined/);
  assert.match(html, /Joined the public service: <time datetime="2016-04-01T00:00:00.000Z">2016-04-01<\/time>/);
  assert.match(html, /Role: <bdi>manager<\/bdi>/);
});

test("counts by level, category, year and platform are drawn as charts that carry their figures in words and in a table", () => {
  const html = report(sampleHistory());
  for (const id of ["chart-level", "chart-category", "chart-year", "chart-platform"]) {
    const figure = html.slice(html.indexOf(`<figure class="chart" id="${id}">`), html.indexOf("</figure>", html.indexOf(`id="${id}"`)));
    assert.match(figure, /<svg role="img" aria-label="[^"]+"/, id);
    assert.match(figure, /<title>[^<]+<\/title>/, id);
    assert.match(figure, /<table class="vh"><caption>/, id);
    assert.match(figure, /<th scope="col">/, id);
  }
  assert.match(html, /aria-label="Items by level: inappropriate 2; risky 3; appropriate 2"/);
  assert.match(html, /aria-label="Items by category of finding: partisan activity 2; [^"]*confidential information 1/);
  assert.match(html, /aria-label="Items by year: 2015 1; 2019 1; 2021 1; 2022 1; 2023 2; 2024 1"/);
  assert.match(html, /aria-label="Items by platform: X 4; Facebook 1; LinkedIn 1; Mastodon 1"/);
  assert.match(html, /<tr><th scope="row">2019<\/th><td class="num">1<\/td><\/tr>/);
});

const HOSTILE_TEXT = `<script>alert("pwned")</script> Tom &amp; Jerry "><img src=x onerror=alert(1)> 'quoted'`;

function hostileRows(): ReviewRow[] {
  const scriptUrl = reviewRow({
    id: `<b id="x">1</b>`,
    text: HOSTILE_TEXT,
    createdAt: "2020-01-01T00:00:00.000Z",
    level: "inappropriate",
    url: "javascript:alert(document.cookie)",
    decision: "edit",
    note: `"><img src=x onerror=alert(2)>`,
    inReplyTo: "<svg onload=alert(3)>",
    findings: [{ passage: `<script>`, category: "spam", level: "inappropriate", rule: `r"><script>`, message: `<img src=x onerror=alert(4)>` }],
  });
  const attributeBreak = reviewRow({
    id: "2",
    text: "plain",
    createdAt: "2020-01-02T00:00:00.000Z",
    level: "risky",
    url: `https://x.com/a"><img src=x onerror=alert(5)>`,
  });
  const mixedCase = reviewRow({ id: "3", text: "plain", createdAt: "2020-01-03T00:00:00.000Z", level: "risky", url: " JaVaScRiPt:alert(6)" });
  const dataUrl = reviewRow({ id: "4", text: "plain", createdAt: "2020-01-04T00:00:00.000Z", level: "risky", url: "data:text/html,<script>alert(7)</script>" });
  return [scriptUrl, attributeBreak, mixedCase, dataUrl];
}

test("hostile post text, ids, notes, URLs and the source path are escaped: no script, no event handler, no javascript: link", () => {
  const html = report(hostileRows(), { source: `C:\\exports\\<script>alert(8)</script>.zip`, profile: { department: `"><script>` } });
  const tags = tagsOf(html);
  assert.equal(tags.filter((t) => t.name === "script" || t.name === "img" || t.name === "iframe").length, 0);
  assert.deepEqual(
    tags.flatMap((t) => Object.keys(t.attribs).filter((a) => a.startsWith("on"))),
    [],
    "no element carries an event handler",
  );
  const hrefs = tags.filter((t) => t.name === "a").map((t) => t.attribs.href ?? "");
  for (const href of hrefs) assert.ok(href.startsWith("#") || /^https?:\/\//.test(href), `unexpected link ${href}`);
  assert.doesNotMatch(html, /<script|<img|<svg onload/i);
  assert.ok(html.includes(`<mark class="m-inappropriate">&lt;script&gt;<span class="mark-level"> inappropriate</span></mark>`));
  assert.ok(html.includes("alert(&quot;pwned&quot;)&lt;/script&gt; Tom &amp;amp; Jerry &quot;&gt;&lt;img src=x onerror=alert(1)&gt; 'quoted'"));
  assert.ok(html.includes("<code><bdi>javascript:alert(document.cookie)</bdi></code> <span class=\"meta\">(address, not a web link)</span>"));
  assert.ok(html.includes("https://x.com/a%22%3E%3Cimg%20src=x%20onerror=alert(5)%3E"), "the quote cannot break out of the href");
  assert.ok(html.includes("C:\\exports\\&lt;script&gt;alert(8)&lt;/script&gt;.zip"));
});

test("the report makes no external request of any kind", () => {
  const html = report(sampleHistory(), { source: "/home/jt/twitter-2025.zip" });
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
  for (const forbidden of ["<link", "<script", "<img", "<iframe", "src=", "@import", "url(", "@font-face", "xmlns"]) {
    assert.ok(!html.includes(forbidden), `the report contains ${forbidden}`);
  }
  const withoutItemLinks = html.replace(/<a class="item-link" href="[^"]*"/g, "");
  assert.doesNotMatch(withoutItemLinks, /https?:\/\//);
});

test("a post's own URL stays text: only the item's address becomes a link", () => {
  const row = reviewRow({ id: "u1", text: "Read https://example.org/leak now", createdAt: "2020-01-01T00:00:00.000Z", level: "risky" });
  const html = report([row]);
  assert.ok(html.includes("Read https://example.org/leak now"));
  assert.equal(tagsOf(html).filter((t) => t.name === "a" && !(t.attribs.href ?? "").startsWith("#")).length, 0);
});

test("the French report has French labels, French guidance quotes and the unofficial-translation note", () => {
  const html = report(sampleHistory(), { lang: "fr", profile: { role: "manager" } });
  assert.match(html, /<html lang="fr">/);
  assert.match(html, /<h1>Examen de votre historique dans les médias sociaux<\/h1>/);
  assert.match(html, /des conseils, pas une décision/);
  assert.match(html, /Impartial a examiné 7 éléments\. 5 éléments sont à reconsidérer\u00a0: 2 inappropriés et 3 risqués\./);
  assert.match(html, /Éléments à reconsidérer/);
  assert.match(html, /<span class="badge lv-inappropriate">inapproprié<\/span>/);
  assert.match(html, /<dt>Plateforme<\/dt><dd>Facebook<\/dd>/);
  assert.match(html, /<dt>Action<\/dt><dd>partagé<\/dd>/);
  assert.match(html, /Rôle&nbsp;: <bdi>gestionnaire<\/bdi>/);
  assert.match(html, /Les citations françaises des lignes directrices sont des traductions non officielles\./);
  // Shown as every page shows it: the list item after its list's lead-in (escaped as the report escapes it).
  const frenchQuote = "Les pratiques exemplaires du SCT classent parmi les activités risquées\u00a0: «\u00a0interagir avec du contenu partisan\u00a0»";
  assert.equal(guidanceRef("tbs.risk.risky.partisan-content", "fr").shown, frenchQuote);
  assert.ok(html.includes(`<blockquote class="quote" lang="fr"><p>${frenchQuote}</p>`), "an English assessment's quote is shown in French");
  assert.doesNotMatch(html, /Items to reconsider|Your decision/);
});

test("the English report quotes the guidance in English, even for an item assessed in French, and then needs no translation note", () => {
  const html = report(sampleHistory());
  assert.ok(html.includes(`<blockquote class="quote" lang="en"><p>The TBS best practices list as risky: “${guidanceById("tbs.risk.risky.commenting-government").en}”</p>`));
  assert.doesNotMatch(html, /unofficial translations/);
});

test("the English report warns of unofficial translations when it has to show a French quote", () => {
  const row = reviewRow({
    id: "p1",
    text: "Le ministère cache les chiffres.",
    createdAt: "2022-01-01T00:00:00.000Z",
    level: "risky",
    lang: "fr",
    findings: [
      {
        category: "criticism",
        level: "risky",
        rule: "pack/criticism",
        message: "Critique de votre organisation.",
        guidance: [{ id: "pack.statement", source: "department-pack", section: "Section", quote: "Citation d'un guide ministériel." }],
      },
    ],
  });
  const html = report([row]);
  assert.ok(html.includes(`<blockquote class="quote" lang="fr"><p>«\u00a0Citation d'un guide ministériel.\u00a0»</p>`));
  assert.match(html, /French quotations of the guidance are unofficial translations\./);
});

test("a large history lists at most maxItems items to reconsider and says how many more there are", () => {
  const rows = Array.from({ length: 30 }, (_, i) =>
    reviewRow({ id: `r${i}`, text: `post ${i}`, createdAt: new Date(Date.UTC(2020, 0, 1 + i)).toISOString(), level: "risky" }),
  );
  const html = report(rows, { maxItems: 10 });
  assert.equal(html.match(/<article /g)?.length, 10);
  assert.match(html, /20 more items to reconsider are not listed here: this report lists at most 10 items to reconsider\./);
  assert.equal(listedIds(html)[0], "r29", "the newest is kept");
});

test("the count of items not listed comes from the store's counts when only a page of rows is passed", () => {
  const rows = sampleHistory();
  const counts = { ...countsOf(rows), total: 100_000, byLevel: { appropriate: 90_000, risky: 7_500, inappropriate: 2_500 } };
  const html = renderHtmlReport({ rows, counts, lang: "fr", generatedAt: GENERATED_AT });
  assert.match(html, /9\u00a0995 autres éléments à reconsidérer ne sont pas dans cette liste\u00a0: ce rapport énumère au plus 2\u00a0000 éléments/);
});

test("a history with nothing to reconsider says so", () => {
  const rows = sampleHistory().filter((r) => r.assessed?.assessment.level === "appropriate");
  const html = report(rows);
  assert.match(html, /Nothing to reconsider: no item was found risky or inappropriate\./);
  assert.equal(html.includes("<article"), false);
});

function deletionEntries(): DeletionEntry[] {
  return [
    {
      platform: "facebook",
      id: "fb-3344",
      action: "share",
      createdAt: "2015-09-20T14:00:00.000Z",
      text: "Sharing: the Bloc candidate's rally is on Saturday, everyone come!",
      decidedAt: "2025-01-12T15:30:00.000Z",
    },
    {
      platform: "x",
      id: "1400000000000000002",
      action: "post",
      url: "https://x.com/jtremblay/status/1400000000000000002",
      createdAt: "2021-05-03T12:30:00.000Z",
      text: "My manager is a useless idiot and everyone on my team knows it. <script>alert(1)</script>",
      note: `Before my promotion board "><img src=x onerror=alert(1)>`,
      decidedAt: "2025-01-12T15:30:00.000Z",
    },
    {
      platform: "x",
      id: "1",
      action: "post",
      url: "javascript:alert(1)",
      createdAt: "2021-06-03T12:30:00.000Z",
      text: "x".repeat(400),
      decidedAt: "2025-01-12T15:30:00.000Z",
    },
  ];
}

test("the deletion checklist has a checkbox, date, excerpt, direct link and note for each item, grouped by platform", () => {
  const html = renderDeletionChecklistHtml(deletionEntries(), "en");
  const tags = tagsOf(html);
  assert.equal(tags.filter((t) => t.name === "input" && t.attribs.type === "checkbox").length, 3);
  assert.equal(tags.filter((t) => t.name === "label").length, 3);
  assert.match(html, /<h2>Facebook \(1\)<\/h2>/);
  assert.match(html, /<h2>X \(2\)<\/h2>/);
  assert.match(html, /<a class="item-link" href="https:\/\/x\.com\/jtremblay\/status\/1400000000000000002" rel="noopener noreferrer">Open on X<\/a>/);
  assert.match(html, /Note: <bdi>Before my promotion board &quot;&gt;&lt;img/);
  assert.match(html, /x{280}…<\/p>/, "a long text is cut to an excerpt");
  assert.doesNotMatch(html, /<script|<img/);
  assert.deepEqual(tags.filter((t) => t.name === "a").map((t) => t.attribs.href), ["https://x.com/jtremblay/status/1400000000000000002"]);
  assert.match(html, /<meta http-equiv="Content-Security-Policy"/);
});

test("the French deletion checklist is in French, and an empty one says there is nothing to delete", () => {
  const html = renderDeletionChecklistHtml(deletionEntries(), "fr");
  assert.match(html, /<html lang="fr">/);
  assert.match(html, /<h1>Liste de suppression<\/h1>/);
  assert.match(html, /Ouvrir sur X/);
  assert.match(renderDeletionChecklistHtml([], "fr"), /Vous n'avez décidé de supprimer aucun élément\./);
});

test("a sample report is written to test-output for a look in a browser", () => {
  const folder = new URL("../../../test-output/", import.meta.url);
  mkdirSync(folder, { recursive: true });
  const rows = [...sampleHistory(), ...hostileRows()];
  const html = renderHtmlReport({
    rows,
    counts: countsOf(rows),
    lang: "en",
    generatedAt: GENERATED_AT,
    source: "/home/jtremblay/Downloads/twitter-2025-01-10.zip",
    profile: { role: "manager", department: "statcan", joined: "2016-04-01" },
  });
  writeFileSync(new URL("report-sample.html", folder), html);
  writeFileSync(new URL("report-sample-fr.html", folder), renderHtmlReport({ rows, counts: countsOf(rows), lang: "fr", generatedAt: GENERATED_AT }));
  writeFileSync(new URL("deletion-checklist-sample.html", folder), renderDeletionChecklistHtml(deletionEntries(), "en", { generatedAt: GENERATED_AT }));
  assert.ok(html.length > 10_000);
});
