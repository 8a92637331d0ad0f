import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../../src/core/model.js";
import { EXTENSION_STRINGS } from "../../extension/strings.js";
import { skipWithoutChromium } from "../browser/browser.js";
import { CHROME_BUILD, FIXTURE_PAGES, launchWithExtension, storeSettings, type ExtensionBrowser } from "./harness.js";
import { chip, DRAFTS } from "./site-suite.js";

const OPTIONS_TITLE: Record<Lang, string> = { en: "Impartial: settings", fr: "Impartial : paramètres" };
/** The store listing's name as the catalogue of `folder` (_locales/<folder>) gives it. */
const listedName = (folder: string) => (JSON.parse(readFileSync(join(CHROME_BUILD, "_locales", folder, "messages.json"), "utf8")) as { extName: { message: string } }).extName.message;

/** The chip's and the panel's words for an inappropriate draft on Mastodon, in `browser`. */
async function siteWords(browser: ExtensionBrowser, lang: Lang): Promise<void> {
  const t = EXTENSION_STRINGS[lang];
  const mastodon = FIXTURE_PAGES.find((f) => f.site === "mastodon")!;
  const page = await browser.open(mastodon);
  try {
    await page.locator(mastodon.editor).click();
    await page.locator(mastodon.editor).pressSequentially(DRAFTS[lang].inappropriate);
    await chip(page).and(page.locator("[data-level=inappropriate]")).waitFor();
    const words = await chip(page).innerText();
    assert.ok(words.includes(`${t.levelPrefix} ${t.level.inappropriate}`), `the chip says "${words}"`);
    assert.ok(!words.includes(EXTENSION_STRINGS[lang === "en" ? "fr" : "en"].levelPrefix), "in one language only");
    await chip(page).click();
    const panel = page.locator("impartial-check .panel");
    await panel.getByRole("heading", { level: 2, name: t.panelHeading }).waitFor();
    await panel.getByRole("heading", { level: 3, name: t.findingsHeading }).waitFor();
    await panel.getByText(t.todo.inappropriate).waitFor();
  } finally {
    await page.close();
  }
}

/** The options page's title, and the extension's name and UI language as the browser's catalogue (chrome.i18n) gives them. */
async function optionsAndCatalogue(browser: ExtensionBrowser): Promise<{ title: string; name: string; uiLanguage: string }> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const title = await page.getByRole("heading", { level: 1 }).innerText();
    const catalogue = await page.evaluate(() => {
      const i18n = (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string; getUILanguage(): string } } }).chrome.i18n;
      return { name: i18n.getMessage("extName"), uiLanguage: i18n.getUILanguage() };
    });
    return { title, ...catalogue };
  } finally {
    await page.close();
  }
}

describe("the extension's language follows the browser's, unless the person chooses", { skip: skipWithoutChromium() }, () => {
  const cases: { locale: string; lang: Lang; folder: string }[] = [
    { locale: "en", lang: "en", folder: "en" },
    { locale: "fr", lang: "fr", folder: "fr" },
    { locale: "fr-CA", lang: "fr", folder: "fr_CA" },
  ];
  for (const { locale, lang, folder } of cases) {
    test(`--lang=${locale}: the chip, the panel, the options page and the listed name are in ${lang === "en" ? "English" : "French"}; choosing the other language in the options switches the site's messages`, async () => {
      const browser = await launchWithExtension(CHROME_BUILD, locale, FIXTURE_PAGES.filter((f) => f.site === "mastodon"));
      try {
        const seen = await optionsAndCatalogue(browser);
        assert.equal(seen.uiLanguage.toLowerCase(), locale.toLowerCase(), "the browser runs in the language asked for");
        assert.equal(seen.title, OPTIONS_TITLE[lang]);
        assert.equal(seen.name, listedName(folder), `the listed name comes from _locales/${folder}`);
        assert.equal(seen.name, listedName(lang === "en" ? "en" : "fr"), "the same words in fr and fr_CA, and English only in English");
        await siteWords(browser, lang);
        const other: Lang = lang === "en" ? "fr" : "en";
        await storeSettings(browser, { language: other });
        assert.equal((await optionsAndCatalogue(browser)).title, OPTIONS_TITLE[other], "the options page follows the choice");
        await siteWords(browser, other);
        assert.deepEqual(browser.foreign, [], "no request left the fixture routes");
      } finally {
        await browser.close();
      }
    });
  }
});
