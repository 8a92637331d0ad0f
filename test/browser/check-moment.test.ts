import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { Lang } from "../../src/core/model.js";
import { appForSuite, axeViolations, saveScreenshot, skipWithoutChromium, waitForAttribute, waitForValue } from "./browser.js";

/** The Check page as a person meets it from one day to the next: what is remembered, what is not, and on a phone. */
const PAGES: { lang: Lang; path: string; other: string; onDuty: RegExp; toggle: RegExp; federal: RegExp; none: RegExp; bio: string; followersError: RegExp }[] = [
  {
    lang: "en",
    path: "/",
    other: "/fr/",
    onDuty: /on duty/i,
    toggle: /^Français$/,
    federal: /federal (general )?election/i,
    none: /No federal, provincial or territorial election period is under way/,
    bio: "Policy analyst at Health Canada. Proud Liberal supporter.",
    followersError: /in digits/,
  },
  {
    lang: "fr",
    path: "/fr/",
    other: "/",
    onDuty: /en service/i,
    toggle: /^English$/,
    federal: /élection (générale )?fédérale/i,
    none: /Aucune période électorale/,
    bio: "Analyste à Santé Canada. Fier partisan du Parti libéral.",
    followersError: /en chiffres/,
  },
];

async function typeDraft(page: Page, text: string): Promise<void> {
  await page.locator("#draft").fill("");
  await page.locator("#draft").pressSequentially(text);
}

describe("a check that fits the moment", { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();

  for (const p of PAGES) {
    describe(p.lang, () => {
      test("'on duty' is asked with the draft and forgotten on reload, while the profile is kept", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await page.getByLabel(p.onDuty).check();
          await page.locator("#identifiable").check();
          await page.locator("#role").selectOption("manager");
          await typeDraft(page, "Vote Liberal! #elxn45");
          await waitForAttribute(page.locator("#verdict"), "data-level", "inappropriate");
          await page.reload();
          await page.locator("#draft").waitFor();
          assert.equal(await page.getByLabel(p.onDuty).isChecked(), false, "on duty is not remembered");
          assert.equal(await page.locator("#governmentDevice").isChecked(), false);
          assert.equal(await page.locator("#identifiable").isChecked(), true, "the profile is remembered");
          assert.equal(await page.locator("#role").inputValue(), "manager");
        } finally {
          await close();
        }
      });

      test("the election period comes from the calendar and is named; outside a writ period none is", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await page.clock.setFixedTime(new Date("2025-04-10T15:00:00-04:00"));
          await page.reload();
          await page.locator("#draft").waitFor();
          assert.match(await page.locator("#election-status").innerText(), p.federal);
          // A party's hashtag liked during the campaign: engaging with partisan content.
          await page.locator("#action").selectOption("like");
          await typeDraft(page, "Vote Liberal! #elxn45");
          await waitForAttribute(page.locator("#verdict"), "data-level", "risky");
          await page.clock.setFixedTime(new Date("2026-12-07T15:00:00-05:00"));
          await page.reload();
          await page.locator("#draft").waitFor();
          assert.match(await page.locator("#election-status").innerText(), p.none);
        } finally {
          await close();
        }
      });

      test("the language toggle carries the draft, the action and the text answered to the other language's page", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await page.locator("#action").selectOption("reply");
          await page.locator("#reply-to").fill("What do you think of the new policy?");
          await typeDraft(page, "Honestly the minister has no idea what he is doing.");
          await waitForAttribute(page.locator("#verdict"), "data-level", "risky");
          await page.getByRole("link", { name: p.toggle }).click();
          await page.waitForURL((u) => u.pathname === p.other);
          await page.locator("#draft").waitFor();
          await waitForValue(page.locator("#draft"), "Honestly the minister has no idea what he is doing.");
          assert.equal(await page.locator("#action").inputValue(), "reply");
          assert.equal(await page.locator("#reply-to").inputValue(), "What do you think of the new policy?");
          await waitForAttribute(page.locator("#verdict"), "data-level", "risky");
        } finally {
          await close();
        }
      });

      test("what you share has an author: a party leader's post is partisan content whatever its words, and the field is asked only for others' content", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          assert.equal(await page.locator("#author-field").isHidden(), true, "a post of one's own has no author to ask for");
          await page.locator("#action").selectOption("share");
          await page.locator("#author").fill("@PierrePoilievre");
          await typeDraft(page, p.lang === "fr" ? "Belle journée à Gatineau aujourd'hui." : "Lovely day in Gatineau today.");
          await waitForAttribute(page.locator("#verdict"), "data-level", "risky");
          assert.match(await page.locator("#details").innerText(), /Poilievre/);
          await page.locator("#author").fill("");
          await waitForAttribute(page.locator("#verdict"), "data-level", "appropriate");
        } finally {
          await close();
        }
      });

      test("every verdict starts with what to do; the safer version can be undone", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await page.locator("#action").selectOption("profile");
          await typeDraft(page, p.bio);
          await page.locator("#apply-rewrite").waitFor({ state: "visible" });
          assert.ok((await page.locator("#todo").innerText()).length > 20, "a what-to-do line is shown");
          await page.locator("#apply-rewrite").click();
          assert.notEqual(await page.locator("#draft").inputValue(), p.bio);
          await page.locator("#undo-rewrite").click();
          await waitForValue(page.locator("#draft"), p.bio);
        } finally {
          await close();
        }
      });

      test("a followers count that cannot be read is said so, in the page's language", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await page.locator("#followers").fill("abc");
          await page.locator("#followers-error").waitFor({ state: "visible" });
          assert.match(await page.locator("#followers-error").innerText(), p.followersError);
          assert.equal(await page.locator("#followers").getAttribute("aria-invalid"), "true");
          await page.locator("#followers").fill("2k");
          await page.locator("#followers-error").waitFor({ state: "hidden" });
        } finally {
          await close();
        }
      });

      test("on a 390-pixel phone the verdict is in view while typing, and the page passes axe-core", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await page.setViewportSize({ width: 390, height: 844 });
          await page.locator("#draft").scrollIntoViewIfNeeded();
          await typeDraft(page, "Vote Liberal! #elxn45");
          const bar = page.locator("#verdict-summary");
          await bar.waitFor({ state: "visible" });
          const box = await bar.boundingBox();
          assert.ok(box && box.y >= 0 && box.y + box.height <= 844, `the verdict summary is on screen: ${JSON.stringify(box)}`);
          assert.match(await bar.innerText(), /risky|risqué/);
          assert.deepEqual(await axeViolations(page), []);
          await saveScreenshot(page, `check-390-${p.lang}`);
        } finally {
          await close();
        }
      });
    });
  }
});
