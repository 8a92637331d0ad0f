import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildExtension } from "../../extension/build.js";
import { EXTENSION_STRINGS } from "../../extension/strings.js";
import { axeViolations, saveScreenshot, skipWithoutChromium } from "../browser/browser.js";
import { CHROME_BUILD, FIXTURE_CSP, FIXTURE_PAGES, FIXTURES, launchWithExtension, posted, ROOT, storeSettings } from "./harness.js";
import { chip, DRAFTS, gate } from "./site-suite.js";

describe("the extension's settings, in an English browser", { skip: skipWithoutChromium() }, () => {
  test("French chosen in the options shows French on the site; a site switched off is left alone; the options page passes axe", async () => {
    const browser = await launchWithExtension(CHROME_BUILD, "en-CA");
    try {
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.getByRole("heading", { level: 1, name: "Impartial: settings" }).waitFor();
      assert.deepEqual(await axeViolations(options), []);
      await saveScreenshot(options, "ext-options-en");
      await options.getByLabel("Français").check();
      await options.getByRole("heading", { level: 1, name: "Impartial : paramètres" }).waitFor();
      await saveScreenshot(options, "ext-options-fr");
      await options.close();

      const mastodon = FIXTURE_PAGES.find((f) => f.site === "mastodon")!;
      const page = await browser.open(mastodon);
      await page.locator(mastodon.editor).click();
      await page.locator(mastodon.editor).pressSequentially(DRAFTS.en.inappropriate);
      await chip(page).and(page.locator("[data-level=inappropriate]")).waitFor();
      assert.match((await chip(page).textContent()) ?? "", new RegExp(EXTENSION_STRINGS.fr.level.inappropriate), "the chip speaks French, as chosen");
      await page.close();

      await storeSettings(browser, { language: "en", sitesOff: ["mastodon"] });
      const off = await browser.open(mastodon);
      await off.locator(mastodon.editor).click();
      await off.locator(mastodon.editor).pressSequentially(DRAFTS.en.inappropriate);
      await off.locator(mastodon.post).click();
      assert.deepEqual(await posted(off), [DRAFTS.en.inappropriate], "Post works with no question on a site switched off");
      assert.equal(await off.locator("impartial-check").count(), 0, "nothing was added to a site switched off");
      await off.close();
      assert.deepEqual(browser.foreign, []);
    } finally {
      await browser.close();
    }
  });
});

describe("the extension fails open", { skip: skipWithoutChromium() }, () => {
  test("a redesign the adapter does not know: where no Post control is recognised, Post works as without the extension", async () => {
    const mastodon = FIXTURE_PAGES.find((f) => f.site === "mastodon")!;
    const browser = await launchWithExtension(CHROME_BUILD, "en-CA", [mastodon]);
    try {
      // The same page after a redesign: new class names for the form and the box, and a Post button that is no longer
      // a submit button, so none of the adapter's markers for the editor or for Post match.
      const original = readFileSync(join(FIXTURES, "mastodon.html"), "utf8");
      const redesigned = original
        .replace('class="compose-form"', 'class="composer-v2"')
        .replace('class="autosuggest-textarea__textarea"', 'class="editor-v2"')
        .replace('<button type="submit">Post</button>', '<button type="button">Post</button>');
      assert.notEqual(redesigned, original);
      await browser.context.route("https://mastodon.social/redesigned", (route) =>
        route.fulfill({ body: redesigned, headers: { "content-type": "text/html", "content-security-policy": FIXTURE_CSP } }),
      );
      const page = await browser.context.newPage();
      await page.goto("https://mastodon.social/redesigned");
      await page.locator(mastodon.editor).click();
      await page.locator(mastodon.editor).pressSequentially(DRAFTS.en.inappropriate);
      // A textarea is still a place someone writes: the draft is judged.
      await chip(page).and(page.locator("[data-level=inappropriate]")).waitFor();
      await page.locator(mastodon.post).click();
      assert.equal(await gate(page).count(), 0, "no Post control recognised: the click is not held back");
      assert.deepEqual(await posted(page), [DRAFTS.en.inappropriate], "the click posted, as without the extension");
      assert.deepEqual(browser.errors, [], "nothing the extension did reached the page as an error");
      assert.deepEqual(browser.foreign, []);
    } finally {
      await browser.close();
    }
  });

  test("with a judge that throws, Post and Ctrl+Enter work on every site as without the extension", async () => {
    const out = mkdtempSync(join(tmpdir(), "impartial-ext-throws-"));
    const build = await buildExtension({ root: ROOT, out, judge: join(FIXTURES, "judge-throws.ts") });
    const browser = await launchWithExtension(build.folders.chrome, "en-CA");
    try {
      for (const fixture of FIXTURE_PAGES) {
        const page = await browser.open(fixture);
        await page.locator(fixture.editor).click();
        await page.locator(fixture.editor).pressSequentially(DRAFTS.en.inappropriate);
        // The judge has run (and thrown) once the draft was typed: the content script is there.
        await page.locator("body[data-judge-threw]").waitFor({ state: "attached" });
        const threw = async () => Number(await page.locator("body").getAttribute("data-judge-threw"));
        const before = await threw();
        await page.locator(fixture.post).click();
        await page.locator(fixture.editor).click();
        await page.keyboard.press("Control+Enter");
        assert.ok((await threw()) > before, `${fixture.site}: Post and Ctrl+Enter asked the judge, which threw`);
        assert.deepEqual(await posted(page), [DRAFTS.en.inappropriate, DRAFTS.en.inappropriate], `${fixture.site}: both posts went through`);
        assert.equal(await gate(page).count(), 0);
        await page.close();
      }
      assert.deepEqual(browser.errors, [], "nothing the extension threw reached the page");
      assert.deepEqual(browser.foreign, [], "no request left the fixture routes");
    } finally {
      await browser.close();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
