import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { appForSuite, skipWithoutChromium, waitForValue } from "./browser.js";

/** The language toggle leads to the same place on the other language's page, not to its top. */
describe("the language toggle keeps your place", { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();

  test("a guidance search typed in English is still there in French, and back", async () => {
    const { page, close } = await app().openPage("/guidance/");
    try {
      await page.locator("#guidance-search").pressSequentially("partisan");
      await page.waitForFunction(() => location.hash.includes("partisan"));
      await page.getByRole("link", { name: /^Français$/ }).click();
      await page.waitForURL((u) => u.pathname === "/fr/lignes-directrices/");
      await page.locator("#guidance-search").waitFor();
      await waitForValue(page.locator("#guidance-search"), "partisan");
      await page.getByRole("link", { name: /^English$/ }).click();
      await page.waitForURL((u) => u.pathname === "/guidance/");
      await waitForValue(page.locator("#guidance-search"), "partisan");
    } finally {
      await close();
    }
  });

  test("a scenario opened in French is the one shown in English", async () => {
    const { page, close } = await app().openPage("/fr/pratique/#election-period");
    try {
      await page.locator("#practice-scenario-heading").waitFor();
      const french = await page.locator("#practice-scenario-heading").innerText();
      await page.getByRole("link", { name: /^English$/ }).click();
      await page.waitForURL((u) => u.pathname === "/practice/" && u.hash === "#election-period");
      await page.locator("#practice-scenario-heading").waitFor();
      assert.notEqual(await page.locator("#practice-scenario-heading").innerText(), french, "the same scenario, in English");
    } finally {
      await close();
    }
  });

  test("self-assessment answers given in English are still given in French, with the activity described", async () => {
    const { page, close } = await app().openPage("/assess/");
    try {
      await page.locator("#q-activity-donate").check();
      await page.locator("#assess-text").fill("Donated to my cousin's campaign for city council.");
      await page.getByRole("link", { name: /^Français$/ }).click();
      await page.waitForURL((u) => u.pathname === "/fr/auto-evaluation/");
      await page.locator("#assess-form").waitFor();
      assert.equal(await page.locator("#q-activity-donate").isChecked(), true);
      await waitForValue(page.locator("#assess-text"), "Donated to my cousin's campaign for city council.");
      assert.equal(await page.evaluate(() => sessionStorage.length), 0, "handed over, then removed: no answer stays in storage");
    } finally {
      await close();
    }
  });

  test("the review's filters (in the page's hash, as a bookmark holds them) are the French page's filters", async () => {
    const { page, close } = await app().openPage("/review/#level=risky&platform=x&undecided=true");
    try {
      await page.locator("#filter-level").waitFor({ state: "attached" });
      await waitForValue(page.locator("#filter-level"), "risky");
      await page.getByRole("link", { name: /^Français$/ }).click();
      await page.waitForURL((u) => u.pathname === "/fr/revue/" && u.hash.includes("platform=x"));
      await page.locator("#filter-level").waitFor({ state: "attached" });
      await waitForValue(page.locator("#filter-level"), "risky");
      assert.equal(await page.locator("#filter-platform").inputValue(), "x");
      assert.equal(await page.locator("#filter-undecided").isChecked(), true);
    } finally {
      await close();
    }
  });
});
