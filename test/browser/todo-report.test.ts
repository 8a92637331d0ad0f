// The printable pages of a triaged history (issue 13) as a browser shows them: the to-do list and the report with its
// "not checked" rows, in both languages, axe-core clean and without a horizontal scroll at 390 px.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser } from "playwright-core";
import { buildHtmlReport, renderTodoHtml } from "../../src/report/html.js";
import { openStore, type ReviewStore } from "../../src/store/store.js";
import { seedTriage } from "../helpers/triage-history.js";
import { axeViolations, launchChromium, saveScreenshot, skipWithoutChromium } from "./browser.js";

describe("the to-do list and the report in a browser", { skip: skipWithoutChromium() }, () => {
  let browser: Browser;
  let store: ReviewStore;

  before(async () => {
    browser = await launchChromium();
    store = seedTriage(openStore(":memory:"));
    store.setDecision("x", "like-1", "delete", "old campaign like");
    store.setDecision("x", "post-bad", "delete");
    store.setDecision("mastodon", "fav-1", "delete");
    store.setDone([{ platform: "x", id: "post-bad" }], true);
  });

  after(async () => {
    await browser?.close();
    store?.close();
  });

  for (const lang of ["en", "fr"] as const) {
    for (const [name, html] of [
      ["todo", () => renderTodoHtml(store.todo(), lang, { generatedAt: "2026-12-07T10:00:00.000Z" })],
      ["report", () => buildHtmlReport(store, lang, { generatedAt: "2026-12-07T10:00:00.000Z" })],
    ] as const) {
      test(`${name} (${lang}): axe-core clean, no horizontal scroll at 390 px, ticks shown`, async () => {
        for (const width of [1024, 390]) {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          try {
            await page.setContent(html(), { waitUntil: "load" });
            assert.deepEqual(await axeViolations(page), [], `${name} ${lang} at ${width} px`);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            assert.ok(overflow <= 0, `${name} ${lang} at ${width} px scrolls sideways by ${overflow} px`);
            if (name === "todo") assert.equal(await page.locator("input[type=checkbox]:checked").count(), 1, "the item done is ticked");
            await saveScreenshot(page, `triage-${name}-${lang}-${width}`);
          } finally {
            await page.close();
          }
        }
      });
    }
  }
});
