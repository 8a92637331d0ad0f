// Review at scale (issue 13): a generated history of 20,000 items served to the page, 50 of them triaged by keyboard,
// then one bulk decision for everything a filter matches. Prints how long each step took.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Action, Level } from "../../src/core/model.js";
import { createServer } from "../../src/server/server.js";
import { openStore, type ImportRow } from "../../src/store/store.js";
import { appForSuite, designSystemReady, skipWithoutChromium, waitForAttribute, waitForFocus } from "./browser.js";
import { historyItem, historyRow, storeRows } from "./review-history.js";

const ITEMS = 20_000;
const ACTIONS: readonly Action[] = ["post", "reply", "share", "like", "like"];
const LEVELS: readonly Level[] = ["appropriate", "appropriate", "appropriate", "risky", "inappropriate"];

/** Ten years of made-up activity: every fifth item risky, every fifth inappropriate; own words, shares and likes. */
function generated(): ImportRow[] {
  const start = Date.parse("2015-01-01T00:00:00Z");
  const step = (10 * 365 * 86_400_000) / ITEMS;
  return Array.from({ length: ITEMS }, (_, i) => {
    const action = ACTIONS[i % ACTIONS.length]!;
    const level = LEVELS[Math.floor(i / 5) % LEVELS.length]!;
    const text = `Item ${i} about ${["the lake", "the election", "my garden", "the minister", "a book"][i % 5]}`;
    return historyRow(historyItem("x", `gen-${i}`, action, new Date(start + i * step).toISOString(), text), level);
  });
}

describe("the review page with 20,000 items", { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();

  test("50 items triaged by keyboard, then one bulk decision for all that match a filter, in well under two minutes", { timeout: 120_000 }, async () => {
    const began = Date.now();
    const store = openStore(":memory:");
    storeRows(store, generated());
    const stored = Date.now();
    const server = createServer({ port: 0, store });
    const { url } = await server.listen();
    const context = await app().browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    try {
      const page = await context.newPage();
      await page.goto(new URL("/review/", url).href);
      await designSystemReady(page);
      const rows = page.locator("#review-table tr.item");
      await rows.first().waitFor();
      const shown = Date.now();
      const left = store.count({ attention: true });
      assert.equal(left, 8_000, "two fifths of the history need attention");

      // Keep (1) each of the 50 items of the first page, one after the other, as a person would.
      await page.locator("body").press("j");
      for (let i = 0; i < 50; i++) {
        const row = rows.nth(i);
        await waitForFocus(page, `#${await row.getAttribute("id")}`);
        await page.keyboard.press("1");
        await waitForAttribute(row, "data-decision", "keep");
      }
      const triaged = Date.now();
      assert.equal(store.count({ decision: "keep" }), 50);
      assert.equal(store.count({ attention: true }), left - 50);
      await page.locator("#left-count").filter({ hasText: "7,950 left to look at" }).waitFor();

      // Every like that needs attention: unliked in one decision.
      await page.locator("#filter-action").selectOption("like");
      await page.locator("#review-table:not([data-total='8000'])").waitFor();
      const likes = Number(await page.locator("#review-table").getAttribute("data-total"));
      assert.ok(likes > 1_000, `${likes} likes need attention`);
      await page.locator("#select-matching").click();
      await page.locator("#bulk-decision").selectOption("delete");
      await page.locator("#bulk-apply").click();
      await page.locator("#bulk-result p").waitFor();
      const bulked = Date.now();
      assert.match(await page.locator("#bulk-result p").innerText(), new RegExp(`^${likes.toLocaleString("en-CA")} changed, 0 skipped`));
      assert.equal(store.count({ action: "like", decision: "delete" }), likes);
      console.log(
        `review at scale: ${ITEMS} items stored in ${stored - began} ms; first page in ${shown - stored} ms; 50 keyboard decisions in ${triaged - shown} ms; ` +
          `bulk unlike of ${likes} in ${bulked - triaged} ms; ${bulked - began} ms in all`,
      );
      assert.ok(bulked - began < 120_000);
    } finally {
      await context.close();
      await server.close();
      store.close();
    }
  });
});
