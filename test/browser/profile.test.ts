import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { Lang } from "../../src/core/model.js";
import { pageById, type PageId } from "../../web/site.js";
import { appForSuite, axeViolations, saveScreenshot, skipWithoutChromium, waitForValue } from "./browser.js";

/** One profile, entered once: what the Check page learns about the person, the review and the self-assessment know. */
const pathOf = (id: PageId, lang: Lang) => pageById(id).path[lang];

const LANGS: { lang: Lang; department: string; shown: string }[] = [
  { lang: "en", department: "statistics canada", shown: "Statistics Canada (StatCan)" },
  { lang: "fr", department: "Statistique Canada", shown: "Statistique Canada (StatCan)" },
];

async function storedProfile(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse((await page.evaluate(() => localStorage.getItem("impartial.person"))) ?? "{}") as Record<string, unknown>;
}

describe("one profile for every page", { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();

  for (const { lang, department, shown } of LANGS) {
    test(`${lang}: entered on the Check page, it fills the review's form and the self-assessment; a start date given in the review is kept for next time`, async () => {
      const { page, close } = await app().openPage(pathOf("check", lang));
      const go = (id: PageId) => page.goto(new URL(pathOf(id, lang), app().url).href, { waitUntil: "load" });
      try {
        await page.locator("#identifiable").check();
        await page.locator("#role").selectOption("manager");
        await page.locator("#department").fill(department);
        await page.locator("#department").dispatchEvent("change");
        await page.waitForFunction(() => localStorage.getItem("impartial.person")?.includes('"statcan"') === true);

        await go("review");
        await page.locator("#upload-form").waitFor();
        assert.equal(await page.locator("#role").inputValue(), "manager");
        assert.equal(await page.locator("#department").inputValue(), shown, "the department is shown by its name in the page's language");
        assert.equal(await page.locator("#identifiable").isChecked(), true);
        // Every GC organization can be chosen, not only those with a pack.
        assert.ok((await page.locator("#department-organizations option").count()) > 300);

        // A name that is no organization is said so beside the box, and the stored department stays.
        await page.locator("#department").fill("Ministry of Magic");
        await page.locator("#department").dispatchEvent("change");
        await page.locator("#department-error").waitFor({ state: "visible" });
        assert.equal(await page.locator("#department").getAttribute("aria-invalid"), "true");
        assert.equal((await storedProfile(page)).department, "statcan");
        assert.deepEqual(await axeViolations(page), [], "with the department's error shown");
        await page.locator("#department").fill(shown);
        await page.locator("#department").dispatchEvent("change");
        await page.locator("#department-error").waitFor({ state: "hidden" });

        await page.locator("#joined").fill("2015-09-01");
        await page.locator("#joined").dispatchEvent("change");
        await page.waitForFunction(() => localStorage.getItem("impartial.person")?.includes('"2015-09-01"') === true);
        await page.reload({ waitUntil: "load" });
        await waitForValue(page.locator("#joined"), "2015-09-01");

        await go("assess");
        await page.locator("#assess-form").waitFor();
        assert.equal(await page.locator('input[name="role"][value="manager"]').isChecked(), true, "the position question starts from the profile");
        await page.locator("#role-from-profile").waitFor();
        // The self-assessment keeps nothing, as it promises: an answer there is not written back.
        await page.locator('input[name="role"][value="executive"]').check();
        assert.equal((await storedProfile(page)).role, "manager");

        await go("check");
        await page.locator("#draft").waitFor();
        assert.equal(await page.locator("#role").inputValue(), "manager");
        assert.equal(await page.locator("#department").inputValue(), shown);
        assert.deepEqual(await storedProfile(page), { identifiable: true, role: "manager", department: "statcan", joined: "2015-09-01" });
        await go("review");
        await page.locator("#upload-form").waitFor();
        await saveScreenshot(page, `review-profile-${lang}`);
      } finally {
        await close();
      }
    });
  }
});
