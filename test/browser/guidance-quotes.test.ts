import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Lang } from "../../src/core/model.js";
import { appForSuite, axeViolations, foreignRequests, networkSettled, saveScreenshot, skipWithoutChromium, waitForAttribute } from "./browser.js";

const PAGES: { lang: Lang; path: string; guidancePath: string; lead: RegExp; link: string; href: RegExp }[] = [
  {
    lang: "en",
    path: "/",
    guidancePath: "/guidance/",
    lead: /^The TBS best practices list as risky: “engaging with partisan content”$/,
    link: "Read the published text",
    href: /^https:\/\/www\.canada\.ca\/en\/government\/publicservice\/values\/best-practices-public-servants-using-personal-social-media\.html$/,
  },
  {
    lang: "fr",
    path: "/fr/",
    guidancePath: "/fr/lignes-directrices/",
    lead: /^Les pratiques exemplaires du SCT classent parmi les activités risquées\u00a0: «\u00a0interagir avec du contenu partisan\u00a0»$/,
    link: "Lire le texte publié",
    href: /^https:\/\/www\.canada\.ca\/fr\/gouvernement\/fonctionpublique\/valeurs\/pratiques-exemplaires-intention-fonctionnaires-utilisation-medias-sociaux-fins-personnelles\.html$/,
  },
];

describe("guidance quotations on the pages", { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();

  for (const p of PAGES) {
    test(`[${p.lang}] a finding quotes a list item with its lead-in and links the published page, which the page never requests`, async () => {
      const { page, requests, close } = await app().openPage(p.path);
      try {
        await page.locator("#draft").fill("Vote Liberal! #elxn45");
        await waitForAttribute(page.locator("#verdict"), "data-level", "risky");
        const quotes = page.locator(".finding blockquote > p:first-child");
        await quotes.first().waitFor();
        const shown = (await quotes.allTextContents()).map((t) => t.trim());
        assert.ok(shown.some((t) => p.lead.test(t)), `no quotation with its lead-in among ${JSON.stringify(shown)}`);
        assert.ok(shown.every((t) => !/:\s*$/.test(t)), "no quotation ends on a colon");
        const link = page.locator(".finding blockquote a.guidance-link", { hasText: p.link }).first();
        assert.match((await link.getAttribute("href")) ?? "", p.href);
        await networkSettled(page);
        assert.deepEqual(foreignRequests(requests, app().origin), [], "the link is only a link");
        assert.deepEqual(await axeViolations(page), []);
        await saveScreenshot(page, `guidance-quotes-check-${p.lang}`);
      } finally {
        await close();
      }
    });

    test(`[${p.lang}] the guidance page links each published source and labels a scenario's questions`, async () => {
      const { page, close } = await app().openPage(p.guidancePath);
      try {
        await page.locator(".guidance-source").first().waitFor();
        assert.match((await page.locator(".guidance-source a.guidance-link").first().getAttribute("href")) ?? "", p.href);
        const question = page.locator('blockquote[data-form="question"] p').first();
        assert.match((await question.textContent()) ?? "", p.lang === "fr" ? /^Une question que/ : /^A question/);
      } finally {
        await close();
      }
    });
  }
});
