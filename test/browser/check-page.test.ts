import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { assess } from "../../src/core/engine.js";
import type { Lang } from "../../src/core/model.js";
import { appForSuite, axeViolations, foreignRequests, networkSettled, saveScreenshot, skipWithoutChromium, waitForAttribute, waitForValue } from "./browser.js";


const PAGES: { lang: Lang; path: string; name: string; workHours: RegExp; profile: RegExp; harmless: string; bio: string }[] = [
  {
    lang: "en",
    path: "/",
    name: "in English at /",
    workHours: /working hours|on duty/i,
    profile: /\b(profile|bio)\b/i,
    harmless: "Lovely walk by the river this morning.",
    bio: "Policy analyst at Health Canada. Proud Liberal supporter.",
  },
  {
    lang: "fr",
    path: "/fr/",
    name: "in French at /fr/",
    workHours: /heures de travail|en service/i,
    profile: /\b(profil|biographie|bio)\b/i,
    harmless: "Belle promenade au bord de la rivière ce matin.",
    bio: "Analyste à Santé Canada. Fier partisan du Parti libéral.",
  },
];

async function typeDraft(page: Page, text: string): Promise<void> {
  const draft = page.locator("#draft");
  await draft.fill("");
  // Key by key, as a person types: the verdict must follow the keystrokes, not a submit.
  await draft.pressSequentially(text);
}

/** Picks "profile" as the action, whether the page offers it as a radio button or as an option of a select. */
async function chooseProfile(page: Page, label: RegExp): Promise<void> {
  const radio = page.getByRole("radio", { name: label });
  const select = page.locator("select").filter({ has: page.locator('option[value="profile"]') });
  await radio.or(select).first().waitFor();
  if ((await radio.count()) > 0) await radio.first().check();
  else await select.first().selectOption("profile");
}

describe("the check page in a real browser", { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();

  for (const p of PAGES) {
    describe(p.name, () => {
      test(`the page loads with lang="${p.lang}", a title, and no console errors`, async () => {
        const { page, errors, close } = await app().openPage(p.path);
        try {
          await networkSettled(page);
          assert.equal(await page.locator("html").getAttribute("lang"), p.lang);
          assert.notEqual((await page.title()).trim(), "", "the page has a title");
          await page.locator("#draft").waitFor();
          await page.locator("#verdict").waitFor({ state: "attached" });
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      });

      test('"Vote Liberal! #elxn45" during working hours is inappropriate', async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await page.getByLabel(p.workHours).check();
          await typeDraft(page, "Vote Liberal! #elxn45");
          await waitForAttribute(page.locator("#verdict"), "data-level", "inappropriate");
        } finally {
          await close();
        }
      });

      test("a harmless draft is appropriate, even right after a partisan one", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          // From a red verdict first, so "appropriate" is an update, not what the empty page shows anyway.
          await typeDraft(page, "Vote Liberal! #elxn45");
          await waitForAttribute(page.locator("#verdict"), "data-level", "risky");
          await typeDraft(page, p.harmless);
          await waitForAttribute(page.locator("#verdict"), "data-level", "appropriate");
        } finally {
          await close();
        }
      });

      test("a bio offers a safer rewrite, and one click puts it in the draft box", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await chooseProfile(page, p.profile);
          await typeDraft(page, p.bio);
          const expected = assess({ text: p.bio, action: "profile" }, { lang: p.lang }).rewrite;
          assert.ok(expected, "the engine has a rewrite for this bio (fixture check)");
          const button = page.locator("#apply-rewrite");
          await button.waitFor({ state: "visible" });
          await button.click();
          await waitForValue(page.locator("#draft"), expected);
        } finally {
          await close();
        }
      });

      test("axe-core finds no WCAG 2.1 A or AA violations, before and after a verdict", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await page.locator("#draft").waitFor();
          assert.deepEqual(await axeViolations(page), [], "on the empty page");
          await chooseProfile(page, p.profile);
          await typeDraft(page, p.bio);
          await page.locator("#apply-rewrite").waitFor({ state: "visible" });
          assert.deepEqual(await axeViolations(page), [], "with a verdict, findings and a rewrite shown");
        } finally {
          await close();
        }
      });

      test("every request the page makes goes to its own server, none to any other origin", async () => {
        const { page, requests, errors, close } = await app().openPage(p.path);
        try {
          await page.getByLabel(p.workHours).check();
          await typeDraft(page, "Vote Liberal! #elxn45");
          await waitForAttribute(page.locator("#verdict"), "data-level", "inappropriate");
          await networkSettled(page);
          assert.ok(requests.length > 0, "the page was loaded through the recorder");
          assert.deepEqual(foreignRequests(requests, app().origin), [], `all ${requests.length} requests are to ${app().origin}`);
          assert.deepEqual(errors, [], "no request was refused by the CSP either");
        } finally {
          await close();
        }
      });

      test(`a screenshot of the page ${p.name} is saved`, async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await page.getByLabel(p.workHours).check();
          await typeDraft(page, "Vote Liberal! #elxn45");
          await waitForAttribute(page.locator("#verdict"), "data-level", "inappropriate");
          await saveScreenshot(page, `check-${p.lang}`);
        } finally {
          await close();
        }
      });
    });
  }
});
