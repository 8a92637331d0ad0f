import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { ElementHandle, Page } from "puppeteer-core";
import type { Lang } from "../../src/core/model.js";
import { EXTENSION_STRINGS } from "../../extension/strings.js";
import { FIXTURE_PAGES, type Fixture } from "./harness.js";
import { saveScreenshot } from "../browser/browser.js";
import { FIREFOX_BUILD, launchFirefoxWithExtension, skipWithoutFirefox, type FirefoxWithExtension } from "./firefox.js";
import { DRAFTS, flaggedPassages } from "./site-suite.js";

/*
 * The Firefox build in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi: the same fixture pages,
 * served at the sites' own URLs, as the Chromium suites. A textarea (Mastodon: the mirror overlay) and two
 * contenteditables (Bluesky's ProseMirror and Facebook's Lexical: Custom Highlights).
 *
 * What BiDi reaches and what it does not: the pages' main world, their open shadow roots (our host's) and real,
 * trusted keyboard and mouse input. The content script's own world is out of reach, but the highlights it registers
 * are the document's (one CSS.highlights per document), so the page sees them as a person's browser paints them.
 */

const SITES = ["mastodon", "bluesky", "facebook"] as const;

const CHIP = "impartial-check >>> .chip";
const GATE = "impartial-check >>> dialog[open]";

/** The text of what the extension underlined: the mirror's marks over a textarea, the Custom Highlight's ranges elsewhere. */
async function underlined(page: Page, kind: Fixture["kind"]): Promise<string[]> {
  if (kind === "textarea") {
    return page.evaluate(() =>
      [...(document.querySelector("impartial-check")?.shadowRoot?.querySelectorAll(".mirror:not([hidden]) mark[data-level=inappropriate]") ?? [])].map((m) => m.textContent ?? "").sort(),
    );
  }
  return page.evaluate(() => {
    const h = CSS.highlights.get("impartial-inappropriate");
    return h ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()).sort() : [];
  });
}

async function waitForLevel(page: Page, level: string): Promise<void> {
  await page.waitForSelector(`${CHIP}[data-level=${level}]`, { visible: true });
}

/** The gate's button whose words are `name`. */
async function gateButton(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  await page.waitForSelector(GATE);
  for (const button of await page.$$(`${GATE} button`)) {
    if ((await button.evaluate((b) => b.textContent?.trim())) === name) return button;
  }
  throw new Error(`the gate has no button "${name}"`);
}

async function gateClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector("impartial-check")?.shadowRoot?.querySelector("dialog[open]"));
}

async function modelText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { modelText(): string }).modelText());
}

async function posted(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { posted?: string[] }).posted ?? []);
}

async function chord(page: Page, modifier: "Control" | "Meta", key: "Enter" | "a"): Promise<void> {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  await page.keyboard.up(modifier);
}

function firefoxSuite(lang: Lang, locale: string): void {
  describe(`the Firefox build in Firefox ESR on ${SITES.join(", ")}, browser in ${locale}`, { skip: skipWithoutFirefox() }, () => {
    let firefox: FirefoxWithExtension;
    const t = EXTENSION_STRINGS[lang];
    const draft = DRAFTS[lang];
    const fixtures = FIXTURE_PAGES.filter((f) => (SITES as readonly string[]).includes(f.name));
    before(async () => {
      assert.equal(fixtures.length, SITES.length, "every fixture named exists");
      firefox = await launchFirefoxWithExtension(FIREFOX_BUILD, locale, fixtures);
    });
    after(async () => {
      const foreign = firefox?.foreign ?? [];
      const escaped = firefox?.escaped ?? [];
      await firefox?.close();
      assert.deepEqual(foreign, [], "no page request left the fixture routes");
      assert.deepEqual(escaped, [], "nothing in the browser, extension included, reached the network");
    });

    for (const fixture of fixtures) {
      describe(`${fixture.site}: ${fixture.name} (${fixture.kind})`, () => {
        test("an inappropriate draft shows its level in words, its passages underlined; an appropriate one shows appropriate and no underline", async () => {
          const page = await firefox.open(fixture);
          try {
            await page.click(fixture.editor);
            await page.type(fixture.editor, draft.inappropriate);
            await waitForLevel(page, "inappropriate");
            const words = await page.$eval(CHIP, (c) => c.textContent ?? "");
            assert.match(words, new RegExp(t.level.inappropriate), "the chip says the level in words");
            assert.equal(await modelText(page), draft.inappropriate, "the editor's own model holds exactly what was typed");
            const expected = flaggedPassages(draft.inappropriate, fixture.kind);
            assert.ok(expected.length > 0);
            assert.deepEqual(await underlined(page, fixture.kind), expected, "the flagged passages, and only they, are underlined");
            await saveScreenshot(page, `ext-firefox-${fixture.name}-chip-${lang}`);
            await chord(page, "Control", "a");
            await page.keyboard.press("Backspace");
            await page.type(fixture.editor, draft.appropriate);
            await waitForLevel(page, "appropriate");
            assert.match(await page.$eval(CHIP, (c) => c.textContent ?? ""), new RegExp(t.level.appropriate));
            assert.equal(await modelText(page), draft.appropriate);
            assert.deepEqual(await underlined(page, fixture.kind), [], "no passage stays underlined");
          } finally {
            await page.close();
          }
        });

        test("Post is held back for an inappropriate draft, by click, Cmd+Enter and Ctrl+Enter; Post anyway lets the next click through; an edit re-arms", async () => {
          const page = await firefox.open(fixture);
          try {
            await page.click(fixture.editor);
            await page.type(fixture.editor, draft.inappropriate);
            await waitForLevel(page, "inappropriate");
            await page.click(fixture.post);
            await page.waitForSelector(GATE, { visible: true });
            assert.deepEqual(await posted(page), [], "the site's Post handler did not run");
            await saveScreenshot(page, `ext-firefox-${fixture.name}-gate-${lang}`);
            await (await gateButton(page, t.gateKeep)).click();
            await gateClosed(page);
            await page.waitForFunction((sel) => {
              let focused = document.activeElement;
              while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
              return focused?.closest(sel) !== null;
            }, {}, fixture.editor);
            await chord(page, "Meta", "Enter");
            await page.waitForSelector(GATE, { visible: true });
            assert.deepEqual(await posted(page), [], "Cmd+Enter was held back too");
            await page.keyboard.press("Escape");
            await gateClosed(page);
            await chord(page, "Control", "Enter");
            await page.waitForSelector(GATE, { visible: true });
            assert.deepEqual(await posted(page), [], "Ctrl+Enter was held back too");
            await (await gateButton(page, t.gatePost)).click();
            await gateClosed(page);
            assert.deepEqual(await posted(page), [], "Post anyway posts nothing by itself: the person clicks again");
            await page.click(fixture.post);
            assert.deepEqual(await posted(page), [draft.inappropriate], "the next Post of the same text went through");
            await page.click(fixture.editor);
            await page.keyboard.press("End");
            await page.keyboard.type("!");
            await page.click(fixture.post);
            await page.waitForSelector(GATE, { visible: true });
            assert.equal((await posted(page)).length, 1, "after an edit, Post is held back again");
            await page.keyboard.press("Escape");
            await gateClosed(page);
          } finally {
            await page.close();
          }
        });
      });
    }

    test("the network guard is in the path: a page opened without interception reaches the recording proxy, not the network", async () => {
      const seen = firefox.escaped.length;
      const page = await firefox.browser.newPage();
      try {
        await assert.rejects(page.goto("https://guard.invalid/"));
      } finally {
        await page.close();
      }
      // Taken out of the record, so that the suite's own check still covers everything else.
      const caught = firefox.escaped.splice(seen);
      assert.deepEqual([...new Set(caught)], ["CONNECT guard.invalid:443"]);
    });

    test("no console error or uncaught exception on any fixture page", () => {
      assert.deepEqual(firefox.errors, []);
    });
  });
}

firefoxSuite("en", "en-CA");
firefoxSuite("fr", "fr-CA");
