import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import type { Lang } from "../../src/core/model.js";
import { createServer } from "../../src/server/server.js";
import { openStore, type ReviewStore } from "../../src/store/store.js";
import { buildZip } from "../importers/zip-fixture.js";
import { appForSuite, axeViolations, designSystemReady, foreignRequests, networkSettled, saveScreenshot, skipWithoutChromium, waitForAttribute, waitForFocus, type App } from "./browser.js";
import { MIXED_HISTORY, storeRows } from "./review-history.js";

/** Our own four-tweet X export: 2018 appropriate, 2019 risky and appropriate, 2021 inappropriate. */
const FIXTURE = fileURLToPath(new URL("../../../test/fixtures/review/tweets.js", import.meta.url));
const RISKY_ID = "3100000000000000002";
const INAPPROPRIATE_ID = "3100000000000000004";

const PAGES: { lang: Lang; path: string; name: string; risky: string; scanDone: RegExp; recorded: RegExp; deleteWord: string; keepButton: string; scanFailed: RegExp; tooLarge: string; warned: string; warningsTitle: string; warning: RegExp; noItems: RegExp }[] = [
  {
    lang: "en",
    path: "/review/",
    name: "in English at /review/",
    risky: "risky",
    scanDone: /Scan finished: 4 items read, 1 risky, 1 inappropriate/,
    recorded: /Recorded: Keep/,
    deleteWord: "Decision: Delete",
    keepButton: "Keep",
    scanFailed: /^The scan stopped: notes\.txt: cannot tell which platform/,
    tooLarge: 'The export could not be uploaded: the upload is larger than the most this server accepts, 1024 bytes; scan it with "impartial scan EXPORT" instead',
    warned: "Scan finished: 1 items read, 0 risky, 0 inappropriate. 1 warning: see below.",
    warningsTitle: "The export was read with 1 warning",
    warning: /^twitter\.zip: skipped an entry with an unsafe path/,
    noItems: /^The scan stopped: export\.zip: no items found: the upload looked like a zip with 3 entries: a\.txt, b\.txt, c\.txt, and the x importer found nothing to read in it/,
  },
  {
    lang: "fr",
    path: "/fr/revue/",
    name: "in French at /fr/revue/",
    risky: "risqué",
    scanDone: /Analyse terminée : 4 éléments lus \(risqué : 1 ; inapproprié : 1\)/,
    recorded: /Décision enregistrée : Conserver/,
    deleteWord: "Décision : Supprimer",
    keepButton: "Conserver",
    scanFailed: /^L'analyse s'est arrêtée : notes\.txt : impossible de savoir de quelle plateforme/,
    tooLarge: "L'exportation n'a pas pu être téléversée : le téléversement dépasse le maximum accepté par ce serveur, 1024 octets ; analysez-le plutôt avec « impartial scan EXPORT »",
    warned: "Analyse terminée : 1 éléments lus (risqué : 0 ; inapproprié : 0). 1 avertissement : voir ci-dessous.",
    warningsTitle: "L'exportation a été lue avec 1 avertissement",
    warning: /^twitter\.zip : entrée ignorée, son chemin est dangereux/,
    noItems: /^L'analyse s'est arrêtée : export\.zip : aucun élément trouvé : le téléversement ressemblait à un zip de 3 entrées : a\.txt, b\.txt, c\.txt, et l'importateur x n'y a rien trouvé à lire/,
  },
];

const row = (page: Page, id: string) => page.locator(`#review-table tr.item[data-id="${id}"]`);

/** Picks the fixture, uploads it through the form and waits until the scan is done and the table lists the items. */
async function scanFixture(page: Page, done: RegExp): Promise<void> {
  await page.locator("#export-file").setInputFiles(FIXTURE);
  await page.locator("#scan-button").click();
  await page.locator("#scan-status").filter({ hasText: done }).waitFor({ timeout: 15_000 });
  await row(page, INAPPROPRIATE_ID).waitFor();
}

describe("the History review page in a real browser", { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();

  test("before any scan, the page says nothing is stored and points at the upload form", async () => {
    const { page, errors, close } = await app().openPage("/review/");
    try {
      await waitForAttribute(page.locator("#review-summary"), "data-state", "empty");
      assert.match(await page.locator("#review-summary").innerText(), /Nothing is stored yet/);
      assert.equal(await page.locator('#review-summary a[href="#export-file"]').count(), 1);
      assert.deepEqual(await axeViolations(page), [], "on the empty page");
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test("a server without a review database: the page says so instead of showing an empty list", async () => {
    const bare = createServer({ port: 0 });
    const { url } = await bare.listen();
    const context = await app().browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(new URL("/fr/revue/", url).href);
      await waitForAttribute(page.locator("#review-summary"), "data-state", "no-store");
      assert.match(await page.locator("#review-summary").innerText(), /aucune base de données d'examen ouverte/);
      assert.equal(await page.locator("#review-body").isVisible(), false);
    } finally {
      await context.close();
      await bare.close();
    }
  });

  test("a history longer than a page: the pager walks it fifty items at a time, and the status says where", async () => {
    const dir = mkdtempSync(join(tmpdir(), "impartial-review-pager-"));
    const store = openStore(":memory:");
    const own = createServer({ port: 0, store });
    const { url } = await own.listen();
    const context = await app().browser.newContext();
    try {
      const tweets = Array.from({ length: 120 }, (_, i) => `{"tweet":{"id_str":"${4_000_000_000 + i}","created_at":"Mon May 0${1 + (i % 9)} 10:00:00 +0000 20${10 + (i % 12)}","full_text":"Walking by the river, day ${i}"}}`);
      const file = join(dir, "tweets.js");
      writeFileSync(file, `window.YTD.tweets.part0 = [${tweets.join(",\n")}]`);
      const page = await context.newPage();
      await page.goto(new URL("/fr/revue/", url).href);
      await page.locator("#export-file").setInputFiles(file);
      await page.locator("#scan-button").click();
      await page.locator("#scan-status").filter({ hasText: /Analyse terminée : 120 éléments lus/ }).waitFor({ timeout: 20_000 });
      // Nothing in them needs attention: everything is one click away.
      await page.locator("#view-all").click();
      const status = page.locator("#page-status");
      await status.filter({ hasText: "Éléments 1 à 50 sur 120" }).waitFor();
      assert.equal(await page.locator("#review-table tr.item").count(), 50);
      assert.equal(await page.locator("#page-previous").isDisabled(), true);
      const firstIds = await page.locator("#review-table tr.item").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id")));
      await page.locator("#page-next").click();
      await status.filter({ hasText: "Éléments 51 à 100 sur 120" }).waitFor();
      const secondIds = await page.locator("#review-table tr.item").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id")));
      assert.equal(secondIds.filter((id) => firstIds.includes(id)).length, 0, "the second page holds other items");
      await page.locator("#page-next").click();
      await status.filter({ hasText: "Éléments 101 à 120 sur 120" }).waitFor();
      assert.equal(await page.locator("#review-table tr.item").count(), 20);
      assert.equal(await page.locator("#page-next").isDisabled(), true, "nothing after the last page");
      await page.locator("#page-previous").click();
      await status.filter({ hasText: "Éléments 51 à 100 sur 120" }).waitFor();
    } finally {
      await context.close();
      await own.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("deleting what is stored asks for a ticked box, then empties the review, and axe finds nothing on the way", async () => {
    const store = openStore(":memory:");
    const own = createServer({ port: 0, store });
    const { url } = await own.listen();
    const context = await app().browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(new URL("/review/", url).href);
      await scanFixture(page, /Scan finished: 4 items read/);
      assert.deepEqual(await page.locator("#forget-platform option").allInnerTexts(), ["All platforms", "X (Twitter) (4)"]);
      await page.locator("#forget-platform").selectOption("x");
      await page.locator("#forget-button").click();
      await page.locator("#forget-error").filter({ hasText: "Tick the box to confirm first." }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), "forget-confirm", "focus goes to the box to tick");
      assert.equal(await page.locator("#forget-confirm").getAttribute("aria-invalid"), "true");
      assert.deepEqual(await axeViolations(page), [], "with the error shown");
      assert.equal(store.count(), 4, "nothing deleted yet");
      await page.locator("#forget-confirm").check();
      await page.locator("#forget-button").click();
      await page.locator("#forget-status").filter({ hasText: "4 items deleted (X (Twitter))." }).waitFor();
      await waitForAttribute(page.locator("#review-summary"), "data-state", "empty");
      assert.equal(store.count(), 0);
      assert.equal(await page.locator("#forget-error").isVisible(), false);
    } finally {
      await context.close();
      await own.close();
      store.close();
    }
  });

  for (const p of PAGES) {
    describe(p.name, () => {
      test("a file no importer recognises: the scan's failure is shown in the server's words, in the page's language", async () => {
        const dir = mkdtempSync(join(tmpdir(), "impartial-review-page-"));
        const { page, close } = await app().openPage(p.path);
        try {
          const notes = join(dir, "notes.txt");
          writeFileSync(notes, "just some notes, no posts");
          await page.locator("#export-file").setInputFiles(notes);
          await page.locator("#scan-button").click();
          await waitForAttribute(page.locator("#scan-status"), "data-state", "error", 15_000);
          assert.match(await page.locator("#scan-status").innerText(), p.scanFailed);
        } finally {
          await close();
          rmSync(dir, { recursive: true, force: true });
        }
      });

      test("what the importer skipped is shown in a warning notice, said by the status, and axe finds nothing; an export of no items is an error that says what it looked like", async () => {
        const dir = mkdtempSync(join(tmpdir(), "impartial-review-page-"));
        const store = openStore(":memory:");
        const own = createServer({ port: 0, store });
        const { url } = await own.listen();
        const context = await app().browser.newContext();
        try {
          const page = await context.newPage();
          await page.goto(new URL(p.path, url).href);
          const zip = join(dir, "twitter.zip");
          const tweet = '{ "tweet" : { "id_str" : "5100000000000000001", "created_at" : "Mon Jun 03 10:00:00 +0000 2024", "full_text" : "A day at the conference" } }';
          writeFileSync(zip, buildZip([{ name: "data/tweets.js", data: `window.YTD.tweets.part0 = [${tweet}]` }, { name: "../../evil.txt", data: "outside" }]));
          await page.locator("#export-file").setInputFiles(zip);
          await page.locator("#scan-button").click();
          await waitForAttribute(page.locator("#scan-status"), "data-state", "done", 15_000);
          assert.equal(await page.locator("#scan-status").innerText(), p.warned);
          const notice = page.locator("#scan-warnings gcds-notice");
          assert.equal(await notice.getAttribute("type"), "warning");
          assert.equal(await notice.getAttribute("notice-title"), p.warningsTitle);
          const items = await notice.locator("li").allInnerTexts();
          assert.equal(items.length, 1);
          assert.match(items[0]!, p.warning);
          assert.deepEqual(await axeViolations(page), [], "with the warnings shown");

          const empty = join(dir, "export.zip");
          writeFileSync(empty, buildZip([{ name: "a.txt", data: "one" }, { name: "b.txt", data: "two" }, { name: "c.txt", data: "three" }]));
          await page.locator("#platform").selectOption("x");
          await page.locator("#export-file").setInputFiles(empty);
          await page.locator("#scan-button").click();
          await waitForAttribute(page.locator("#scan-status"), "data-state", "error", 15_000);
          assert.match(await page.locator("#scan-status").innerText(), p.noItems);
          assert.equal(await page.locator("#scan-warnings gcds-notice").count(), 0, "the last scan's warnings are gone");
        } finally {
          await context.close();
          await own.close();
          store.close();
          rmSync(dir, { recursive: true, force: true });
        }
      });

      test("an upload the server refuses (too large) shows the server's refusal in the page's language", async () => {
        const dir = mkdtempSync(join(tmpdir(), "impartial-review-page-"));
        const store = openStore(":memory:");
        const small = createServer({ port: 0, store, maxUploadBytes: 1024 });
        const { url } = await small.listen();
        const context = await app().browser.newContext();
        try {
          const page = await context.newPage();
          await page.goto(new URL(p.path, url).href);
          const big = join(dir, "tweets.js");
          writeFileSync(big, `window.YTD.tweets.part0 = [${" ".repeat(4096)}]`);
          await page.locator("#export-file").setInputFiles(big);
          await page.locator("#scan-button").click();
          await waitForAttribute(page.locator("#scan-status"), "data-state", "error", 15_000);
          assert.equal(await page.locator("#scan-status").innerText(), p.tooLarge);
        } finally {
          await context.close();
          await small.close();
          store.close();
          rmSync(dir, { recursive: true, force: true });
        }
      });

      test("the page's own API requests ask for answers in the page's language", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          const [request] = await Promise.all([page.waitForRequest((r) => new URL(r.url()).pathname === "/api/review"), page.reload()]);
          assert.equal(await request.headerValue("accept-language"), p.lang);
        } finally {
          await close();
        }
      });

      test("an uploaded export is scanned and what needs attention is listed with its levels in words, worst first; everything is one click away", async () => {
        const { page, errors, close } = await app().openPage(p.path);
        try {
          assert.equal(await page.locator("html").getAttribute("lang"), p.lang);
          await scanFixture(page, p.scanDone);
          const levels = () => page.locator("#review-table tr.item").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-level")));
          assert.deepEqual(await levels(), ["inappropriate", "risky"]);
          assert.equal((await row(page, RISKY_ID).locator("td.level").innerText()).trim(), p.risky);
          assert.match(await row(page, RISKY_ID).innerText(), /2019-10-01/);
          // Each part in its own language: the English post on either page, the messages in the page's language.
          assert.equal(await row(page, RISKY_ID).locator("td.text span.line").getAttribute("lang"), "en");
          await row(page, RISKY_ID).locator("button.expand").click();
          assert.equal(await row(page, RISKY_ID).locator("button.expand").getAttribute("aria-expanded"), "true");
          const detail = page.locator(`#${await row(page, RISKY_ID).getAttribute("id")}-detail`);
          assert.equal(await detail.locator("ul.why").getAttribute("lang"), p.lang);
          assert.ok((await detail.locator("blockquote").count()) > 0, "the guidance each finding cites");
          await page.locator("#view-all").click();
          await page.locator("#review-table tr.item").nth(3).waitFor();
          assert.deepEqual(await levels(), ["inappropriate", "risky", "appropriate", "appropriate"]);
          assert.equal(await page.locator("#scan-progress").getAttribute("value"), "1", "the progress bar is full");
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      });

      test("filtering by level narrows the table to that level", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await row(page, INAPPROPRIATE_ID).waitFor();
          await page.locator("#filter-level").selectOption("risky");
          await page.locator("#review-table tr.item").nth(1).waitFor({ state: "detached" });
          const ids = await page.locator("#review-table tr.item").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id")));
          assert.deepEqual(ids, [RISKY_ID]);
          assert.match(await page.locator("#page-status").innerText(), p.lang === "en" ? /Items 1–1 of 1/ : /Éléments 1 à 1 sur 1/);
          assert.equal(await page.evaluate(() => location.hash), "#level=risky", "the filter is in the hash, for the language toggle and a bookmark");
          // The reports of what the table shows are offered beside the whole history's, and hold only that.
          const selection = page.locator("#selection-reports");
          await selection.waitFor();
          assert.match(await selection.innerText(), p.lang === "en" ? /level: risky/ : /niveau\s:\srisqué/);
          const href = await selection.locator("a").first().getAttribute("href");
          assert.equal(href, `/api/review/report.html?level=risky&lang=${p.lang}`);
          const csv = await page.request.get(new URL(`/api/review/report.csv?level=risky&lang=${p.lang}`, app().url).href);
          const lines = (await csv.text()).trim().split("\r\n");
          assert.equal(lines.length, 2, "a header and the one risky item");
          assert.ok(lines[1]!.includes(RISKY_ID));
          await page.locator("#filter-level").selectOption("");
          await selection.waitFor({ state: "hidden" });
          assert.equal(await page.evaluate(() => location.hash), "", "no filter, no hash");
        } finally {
          await close();
        }
      });

      test("a triage click records the decision, says so, and the decision is still there after a reload", async () => {
        const { page, close } = await app().openPage(`${p.path}#view=all`);
        try {
          await row(page, RISKY_ID).waitFor();
          await row(page, RISKY_ID).getByRole("button", { name: p.keepButton, exact: true }).click();
          await waitForAttribute(row(page, RISKY_ID), "data-decision", "keep");
          assert.match(await page.locator("#decision-status").innerText(), p.recorded);
          assert.equal(await row(page, RISKY_ID).getByRole("button", { name: p.keepButton, exact: true }).getAttribute("aria-pressed"), "true");
          await row(page, INAPPROPRIATE_ID).locator('button[data-decision="delete"]').click();
          await waitForAttribute(row(page, INAPPROPRIATE_ID), "data-decision", "delete");
          await page.reload();
          await waitForAttribute(row(page, RISKY_ID), "data-decision", "keep");
          assert.match(await row(page, INAPPROPRIATE_ID).locator(".decision-word").innerText(), new RegExp(p.deleteWord));
          // Cleared again, so each language's test starts from the same state.
          await row(page, RISKY_ID).locator('button[data-decision="clear"]').click();
          await waitForAttribute(row(page, RISKY_ID), "data-decision", "");
          await row(page, INAPPROPRIATE_ID).locator('button[data-decision="clear"]').click();
          await waitForAttribute(row(page, INAPPROPRIATE_ID), "data-decision", "");
        } finally {
          await close();
        }
      });

      test("the timeline shows each year as a bar and as a table row", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await page.locator("#timeline-table").waitFor();
          const years = await page.locator("#timeline-table tbody th").allInnerTexts();
          assert.deepEqual(years, ["2018", "2019", "2021"]);
          const cells2019 = await page.locator("#timeline-table tbody tr").nth(1).locator("td").allInnerTexts();
          assert.deepEqual(cells2019, ["0", "1", "1", "2"], "inappropriate, risky, appropriate, total");
          assert.deepEqual(await page.locator("svg.timeline-chart > text").allTextContents().then((t) => t.filter((s) => /^\d{4}$/.test(s))), ["2018", "2019", "2021"]);
          assert.equal(await page.locator('svg.timeline-chart rect[fill="url(#fill-inappropriate)"]').count(), 1);
        } finally {
          await close();
        }
      });

      test("the download links ask for the report and checklist in the page's language", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await page.locator("#reports-heading").waitFor();
          const hrefs = await page.locator(".reports a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
          assert.deepEqual(hrefs, ["report.html", "report.csv", "checklist.html", "checklist.csv"].map((f) => `/api/review/${f}?lang=${p.lang}`));
          const response = await page.request.get(new URL(hrefs[0]!, app().url).href);
          assert.equal(response.status(), 200);
          assert.match(response.headers()["content-disposition"] ?? "", /attachment/);
        } finally {
          await close();
        }
      });

      test("axe-core finds no WCAG 2.1 A or AA violations with results shown, no request leaves the server, and a screenshot is saved", async () => {
        const { page, requests, errors, close } = await app().openPage(p.path);
        try {
          await scanFixture(page, p.scanDone);
          await page.locator("#timeline-table").waitFor();
          assert.deepEqual(await axeViolations(page), [], "with the table, timeline and filters shown");
          await networkSettled(page);
          assert.deepEqual(foreignRequests(requests, app().origin), [], `all ${requests.length} requests are to ${app().origin}`);
          assert.deepEqual(errors, [], "no console error and no CSP violation");
          await saveScreenshot(page, `review-${p.lang}`);
        } finally {
          await close();
        }
      });
    });
  }
});

/** The page's words for the triage tests, in each language. */
const TRIAGE = [
  { lang: "en" as const, path: "/review/", left: /^6 left to look at$/, unlike: ["Keep", "Unlike"], notChecked: "Not checked — open it to see", ruleSaved: /^Rule saved and applied: 3 items decided, 0 skipped\.$/, undone: /^Undone: /, done: "1 of 3 done", bulkDone: /^2 changed, 0 skipped/, unlikeGroup: "X (Twitter): Unlike (1/3)" },
  { lang: "fr" as const, path: "/fr/revue/", left: /^Reste à examiner : 6$/, unlike: ["Conserver", "Ne plus aimer"], notChecked: "Non vérifié — ouvrez-le pour voir", ruleSaved: /^Règle enregistrée et appliquée : éléments décidés, 3 ; ignorés, 0\.$/, undone: /^Annulé : /, done: "1 sur 3 faits", bulkDone: /^Modifiés : 2 ; ignorés : 0/, unlikeGroup: "X (Twitter)\u00a0: Ne plus aimer (1/3)" },
];

/** A server of its own over `store`, a browser context at 1280 px, and the page at `path`; all closed after `run`. */
async function withOwnServer(app: App, store: ReviewStore, path: string, run: (page: Page, url: string) => Promise<void>, viewport = { width: 1280, height: 900 }): Promise<void> {
  const own = createServer({ port: 0, store });
  const { url } = await own.listen();
  const context = await app.browser.newContext({ viewport });
  context.setDefaultTimeout(5_000);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(new URL(path, url).href);
    await designSystemReady(page);
    await run(page, url);
    assert.deepEqual(errors, [], "no uncaught error in the page");
  } finally {
    await context.close();
    await own.close();
  }
}

const items = (page: Page) => page.locator("#review-table tr.item");
const idsShown = (page: Page) => items(page).evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id")));

describe("triage on the review page, in a real browser", { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();

  for (const p of TRIAGE) {
    describe(p.lang, () => {
      test("the default view is what needs attention: own words, then shares, then likes, worst first; nothing appropriate; what is left is counted", async () => {
        const store = openStore(":memory:");
        storeRows(store, MIXED_HISTORY);
        try {
          await withOwnServer(app(), store, p.path, async (page) => {
            await items(page).first().waitFor();
            assert.deepEqual(await idsShown(page), ["post-bad", "fr-vote", "post-risky", "share-risky", "like-bad", "like-risky"]);
            assert.deepEqual(await items(page).evaluateAll((rows) => rows.map((r) => r.getAttribute("data-level"))), ["inappropriate", "risky", "risky", "risky", "inappropriate", "risky"], "no appropriate item");
            assert.match(await page.locator("#left-count").innerText(), p.left);
            assert.equal(await page.locator("#view-attention").getAttribute("aria-pressed"), "true");
            // Everything is one click away.
            await page.locator("#view-all").click();
            await page.locator("#review-table").and(page.locator('[data-total="10"]')).waitFor();
            assert.equal(await page.evaluate(() => location.hash), "#view=all");
            assert.deepEqual(await axeViolations(page), []);
          });
        } finally {
          store.close();
        }
      });

      test("a like is offered only Keep and Unlike, named so; a text-less Mastodon boost is 'not checked' with its link", async () => {
        const store = openStore(":memory:");
        storeRows(store, MIXED_HISTORY);
        try {
          await withOwnServer(app(), store, `${p.path}#view=all`, async (page) => {
            const like = items(page).and(page.locator('[data-id="like-risky"]'));
            await like.waitFor();
            assert.deepEqual(await like.locator("button.triage").allInnerTexts(), p.unlike);
            assert.match(await like.locator("td.what").innerText(), p.lang === "en" ? /liked$/ : /aimé$/, "a like says it was liked, not posted");
            await page.locator("#filter-level").selectOption("unchecked");
            // The boost is in the list before the filter applies too: the like leaving it is the sign the filter did.
            await like.waitFor({ state: "detached" });
            const boost = items(page).and(page.locator('[data-id="boost-bare"]'));
            await boost.waitFor();
            assert.equal(await items(page).count(), 1);
            assert.equal(await boost.getAttribute("data-level"), "unchecked");
            assert.equal(await boost.locator(".not-checked").innerText(), p.notChecked);
            assert.equal(await boost.locator("td.text a").getAttribute("href"), "https://mastodon.social/@someone/2");
            assert.equal(await boost.locator("td.level").innerText(), p.lang === "en" ? "not checked" : "non vérifié");
            // Counted apart, in the summary and the timeline, never as appropriate.
            assert.match(await page.locator("#review-summary").innerText(), p.lang === "en" ? / 1 not checked: the export gives only their link\.$/ : / Non vérifiés : 1 \(l'exportation ne donne que leur lien\)\.$/);
            assert.deepEqual(await page.locator("#timeline-table thead th").allInnerTexts(), p.lang === "en" ? ["Year", "inappropriate", "risky", "appropriate", "not checked", "Total"] : ["Année", "inapproprié", "risqué", "approprié", "non vérifié", "Total"]);
            assert.deepEqual(await axeViolations(page), []);
          });
        } finally {
          store.close();
        }
      });

      test("search finds a French post with accents from words typed without them, within the filters", async () => {
        const store = openStore(":memory:");
        storeRows(store, MIXED_HISTORY);
        try {
          await withOwnServer(app(), store, p.path, async (page) => {
            await items(page).first().waitFor();
            await page.locator("#filter-search").fill("elections federales");
            await page.locator("#review-table").and(page.locator('[data-total="1"]')).waitFor();
            assert.deepEqual(await idsShown(page), ["fr-vote"]);
            assert.equal(await page.evaluate(() => location.hash), "#search=elections+federales");
            await page.locator("#filter-platform").selectOption("x");
            await page.locator("#review-table").and(page.locator('[data-total="0"]')).waitFor();
          });
        } finally {
          store.close();
        }
      });

      test("by keyboard: j moves, a number decides and moves on, u undoes; the count of what is left follows at once", async () => {
        const store = openStore(":memory:");
        storeRows(store, MIXED_HISTORY);
        try {
          await withOwnServer(app(), store, p.path, async (page) => {
            await items(page).first().waitFor();
            await page.locator("body").press("j");
            await waitForFocus(page, "tr.item[data-id='post-bad']");
            await page.keyboard.press("j");
            await waitForFocus(page, "tr.item[data-id='fr-vote']");
            await page.keyboard.press("2");
            await waitForAttribute(items(page).and(page.locator('[data-id="fr-vote"]')), "data-decision", "delete");
            await waitForFocus(page, "tr.item[data-id='post-risky']");
            await page.locator("#left-count").filter({ hasText: p.lang === "en" ? "5 left" : ": 5" }).waitFor();
            assert.equal(store.getItem("facebook", "fr-vote")?.decision?.decision, "delete");
            await page.keyboard.press("o");
            assert.equal(await page.locator("#item-2-detail").isVisible(), true, "o shows the details");
            await page.keyboard.press("u");
            await page.locator("#left-count").filter({ hasText: p.lang === "en" ? "6 left" : ": 6" }).waitFor();
            assert.equal(store.getItem("facebook", "fr-vote")?.decision, undefined, "undone");
            await page.keyboard.press("/");
            await waitForFocus(page, "#filter-search");
            await page.keyboard.type("jo");
            assert.equal(await page.locator("#filter-search").inputValue(), "jo", "keys typed in the search are words, not commands");
          });
        } finally {
          store.close();
        }
      });

      test("a bulk decision and a saved rule each change many items at once and are undone in one step", async () => {
        const store = openStore(":memory:");
        storeRows(store, MIXED_HISTORY);
        try {
          await withOwnServer(app(), store, `${p.path}#view=all&action=like`, async (page) => {
            await page.locator("#review-table").and(page.locator('[data-total="4"]')).waitFor();
            await items(page).nth(0).locator("input.select-item").check();
            await items(page).nth(1).locator("input.select-item").check();
            assert.deepEqual(await page.locator("#bulk-decision option").allInnerTexts(), [...p.unlike, p.lang === "en" ? "Clear the decision" : "Retirer la décision"], "likes only: named as likes");
            await page.locator("#bulk-decision").selectOption("delete");
            await page.locator("#bulk-apply").click();
            await page.locator("#bulk-result p").filter({ hasText: p.bulkDone }).waitFor();
            assert.equal(store.count({ decision: "delete" }), 2);
            await page.locator("#bulk-undo").click();
            await page.locator("#decision-status").filter({ hasText: p.undone }).waitFor();
            assert.equal(store.count({ decision: "delete" }), 0, "the bulk decision is undone");

            await page.locator("#rule-action-like").check();
            await page.locator("#rule-before").fill("2020-01-01");
            await page.locator("#rule-decision").selectOption("delete");
            await page.locator("#rule-save").click();
            await page.locator("#rule-status").filter({ hasText: p.ruleSaved }).waitFor();
            assert.equal(store.count({ decision: "delete" }), 3, "the three likes from before 2020");
            assert.equal(store.rules().length, 1);
            await page.locator("#rules-list button.rule-undo").click();
            await page.locator("#decision-status").filter({ hasText: p.undone }).waitFor();
            assert.equal(store.count({ decision: "delete" }), 0, "the rule's decisions are undone in one step");
            assert.equal(store.rules().length, 1, "the rule stays until deleted");
            await page.locator("#rules-list button.rule-delete").click();
            await page.locator("#rules-list li").filter({ hasText: p.lang === "en" ? "No rule yet." : "Aucune règle pour l'instant." }).waitFor();
            assert.deepEqual(await axeViolations(page), []);
          });
        } finally {
          store.close();
        }
      });

      test("the to-do list's ticks are kept in the store and survive a restart of the server", async () => {
        const dir = mkdtempSync(join(tmpdir(), "impartial-todo-"));
        const file = join(dir, "review.db");
        try {
          const first = openStore(file);
          storeRows(first, MIXED_HISTORY);
          first.setDecision("x", "like-risky", "delete");
          first.setDecision("x", "post-bad", "delete");
          first.setDecision("x", "share-risky", "delete");
          first.setDecision("x", "post-risky", "keep");
          await withOwnServer(app(), first, p.path, async (page) => {
            const box = page.locator('#todo-list input[data-id="like-risky"]');
            await box.waitFor();
            assert.equal(await page.locator("#todo-progress").innerText(), p.lang === "en" ? "0 of 3 done" : "0 sur 3 faits");
            assert.ok((await page.locator("#todo-list h4").allInnerTexts()).includes(p.unlikeGroup.replace("1/3", "0/1")), "grouped by platform and step, named as the platform names it");
            await box.check();
            await page.locator("#todo-progress").filter({ hasText: p.done }).waitFor();
            assert.equal(await page.locator('#todo-list li[data-id="post-bad"] a').getAttribute("href"), "https://example.org/x/post-bad", "a direct link to each item");
            assert.deepEqual(await page.locator(".todo-downloads a").evaluateAll((a) => a.map((l) => l.getAttribute("href"))), [`/api/review/todo.html?lang=${p.lang}`, `/api/review/todo.csv?lang=${p.lang}`]);
          });
          first.close();
          const again = openStore(file);
          try {
            await withOwnServer(app(), again, p.path, async (page) => {
              const box = page.locator('#todo-list input[data-id="like-risky"]');
              await box.waitFor();
              assert.equal(await box.isChecked(), true, "ticked after the restart");
              assert.equal(await page.locator("#todo-progress").innerText(), p.done);
            });
          } finally {
            again.close();
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });

      test("on a 390-pixel phone: cards, no sideways scrolling, decisions big enough for a thumb, and axe finds nothing", async () => {
        const store = openStore(":memory:");
        storeRows(store, MIXED_HISTORY);
        try {
          await withOwnServer(
            app(),
            store,
            p.path,
            async (page) => {
              await items(page).first().waitFor();
              await items(page).first().locator("button.expand").click();
              const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
              assert.ok(size.scroll <= size.width, `the page is ${size.scroll} px wide on a ${size.width} px screen`);
              assert.equal(await page.locator("#review-table thead").isVisible(), false, "cards, not a table");
              const button = await items(page).first().locator("button.triage").first().boundingBox();
              assert.ok(button && button.height >= 44 && button.width >= 44, `a decision button is ${button?.width}×${button?.height} px`);
              assert.ok(button.x + button.width <= 390, "and on the screen");
              assert.deepEqual(await axeViolations(page), []);
            },
            { width: 390, height: 844 },
          );
        } finally {
          store.close();
        }
      });
    });
  }
});

/** The real X archive the project keeps beside the code (../shared), scanned by the CLI into a database of its own. */
const X_SAMPLE = fileURLToPath(new URL("../../../../shared/exports/x-archive-milahu104", import.meta.url));
const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));

describe("the review of the real X sample, photographed", { skip: skipWithoutChromium() || (existsSync(X_SAMPLE) ? false : `no X sample at ${X_SAMPLE} (../shared is absent): screenshots of the real review skipped`) }, () => {
  const app = appForSuite();
  let dir = "";
  let db = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "impartial-x-sample-"));
    db = join(dir, "review.db");
    const scan = spawnSync(process.execPath, [CLI, "scan", X_SAMPLE, "--db", db, "--lang", "en"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    assert.ok(existsSync(db), `the scan stored nothing (exit ${scan.status}): ${scan.stderr.slice(0, 500)}`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const lang of ["en", "fr"] as const) {
    for (const size of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      test(`${lang} at ${size.width} px: what needs attention first, axe-clean, no sideways scrolling`, async () => {
        const store = openStore(db);
        try {
          await withOwnServer(
            app(),
            store,
            lang === "en" ? "/review/" : "/fr/revue/",
            async (page) => {
              const rows = page.locator("#review-table tr.item");
              await rows.first().waitFor({ timeout: 15_000 });
              const groups = await rows.evaluateAll((r) => r.map((row) => row.getAttribute("data-action")));
              assert.ok(!groups.includes("like") || groups.indexOf("like") > groups.lastIndexOf("reply"), "likes after own words");
              assert.ok(!(await rows.evaluateAll((r) => r.map((row) => row.getAttribute("data-level")))).includes("appropriate"));
              await rows.nth(1).locator("button.expand").click();
              const width = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
              assert.ok(width[0]! <= width[1]!, `the page is ${width[0]} px wide on a ${width[1]} px screen`);
              assert.deepEqual(await axeViolations(page), []);
              // A page of 50 items is a tall photograph: more time than a click's.
              page.setDefaultTimeout(30_000);
              await saveScreenshot(page, `review-x-sample-${size.width}-${lang}`);
            },
            size,
          );
        } finally {
          store.close();
        }
      });
    }
  }
});

/** The real Mastodon export (../shared): ten favourites dated 1970-01-01 by the export, and 1,441 favourites and boosts given only as links. */
const MASTODON_SAMPLE = fileURLToPath(new URL("../../../../shared/exports/mastodon-export-dealingwith", import.meta.url));

describe("the review of the real Mastodon sample: no 1970 anywhere, and what was not read is said", { skip: skipWithoutChromium() || (existsSync(MASTODON_SAMPLE) ? false : `no Mastodon sample at ${MASTODON_SAMPLE} (../shared is absent): skipped`) }, () => {
  const app = appForSuite();
  let dir = "";
  let db = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "impartial-mastodon-sample-"));
    db = join(dir, "review.db");
    const scan = spawnSync(process.execPath, [CLI, "scan", MASTODON_SAMPLE, "--db", db, "--lang", "en"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    assert.ok(existsSync(db), `the scan stored nothing (exit ${scan.status}): ${scan.stderr.slice(0, 500)}`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const { lang, path, unknown, notChecked } of [
    { lang: "en", path: "/review/", unknown: "date unknown", notChecked: "Not checked — open it to see" },
    { lang: "fr", path: "/fr/revue/", unknown: "date inconnue", notChecked: "Non vérifié — ouvrez-le pour voir" },
  ] as const) {
    test(`${lang}: everything, the timeline and the filters say "${unknown}", never 1970; a boost given as a link is "not checked"`, async () => {
      const store = openStore(db);
      try {
        await withOwnServer(app(), store, `${path}#view=all&year=unknown`, async (page) => {
          const rows = page.locator("#review-table tr.item");
          await rows.first().waitFor({ timeout: 15_000 });
          const text = await page.evaluate(() => document.body.innerText);
          assert.doesNotMatch(text, /1970/, "no 1970 on the page: not in a row, the timeline, the year filter or the summary");
          assert.ok(text.includes(unknown), `"${unknown}" is shown`);
          assert.equal(await rows.count(), 10, "the ten favourites the export dates 1970-01-01 are the items whose date is unknown");
          const options = await page.locator("select").evaluateAll((selects) => selects.flatMap((s) => Array.from((s as HTMLSelectElement).options, (o) => o.textContent ?? "")));
          assert.ok(!options.some((o) => o.includes("1970")), `no 1970 among the filters' choices: ${options.filter((o) => /\d{4}/.test(o)).join(", ")}`);
          assert.ok(text.includes(notChecked), `a favourite given only as a link is "${notChecked}"`);
        });
      } finally {
        store.close();
      }
    });
  }
});
