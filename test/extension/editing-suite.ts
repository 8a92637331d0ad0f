import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { Lang } from "../../src/core/model.js";
import { EXTENSION_STRINGS } from "../../extension/strings.js";
import { axeViolations, saveScreenshot, skipWithoutChromium } from "../browser/browser.js";
import { FIXTURE_PAGES, modelText, mutations, openPlain, suiteBrowsers, watchMutations, type Fixture } from "./harness.js";
import { chip, DRAFTS, flaggedPassages, underlined, withoutRandomKeys } from "./site-suite.js";

/**
 * Longer than Quill's history delay (1 s, within which its undo merges changes), so that both browsers group the
 * changes alike however long the extension's verdict takes; the verdict itself comes within it.
 */
const PAUSE_MS = 1_200;
/** Longer than the content script's debounce (80 ms), so that a verdict is rendered between two keys. */
const VERDICT_BETWEEN_KEYS_MS = 250;

/** The fixtures whose editor groups undo steps by time (see the Backspace step). */
const TIMED_HISTORY = new Set(["linkedin", "facebook", "threads", "bluesky"]);

/** What a person does after typing a draft: erase its last word with Backspace, undo that, paste another draft over it all. */
function steps(lang: Lang): { name: string; run(page: Page, fixture: Fixture): Promise<void> }[] {
  const draft = DRAFTS[lang];
  const lastWord = draft.inappropriate.slice(draft.inappropriate.lastIndexOf(" ") + 1);
  return [
    { name: "typed", run: (page, fixture) => page.locator(fixture.editor).pressSequentially(draft.inappropriate) },
    {
      name: `"${lastWord}" erased with Backspace`,
      run: async (page, fixture) => {
        // A pause after each key longer than the extension's debounce: a verdict is shown between every two keys.
        // Quill (1 s), Lexical (300 ms) and ProseMirror (500 ms) merge the changes made within a delay into one undo
        // step, by the clock: their keys come more than a second apart, each its own step in both browsers however
        // loaded the machine. Draft.js and the textareas group by the kind of change, not the clock.
        const pause = TIMED_HISTORY.has(fixture.name) ? PAUSE_MS : VERDICT_BETWEEN_KEYS_MS;
        for (let i = 0; i < lastWord.length; i++) {
          await page.keyboard.press("Backspace");
          await page.waitForTimeout(pause);
        }
      },
    },
    { name: "undone with Ctrl+Z", run: (page) => page.keyboard.press("Control+z") },
    {
      name: "replaced by a paste",
      run: async (page) => {
        await page.evaluate((text) => navigator.clipboard.writeText(text), draft.appropriate);
        await page.keyboard.press("Control+a");
        await page.keyboard.press("Control+v");
      },
    },
  ];
}

/** Polls until the extension's underline is `expected` (the verdict of the text now in the editor), or gives up and returns what it shows. */
async function underlineSettles(page: Page, kind: Fixture["kind"], expected: string[]): Promise<string[]> {
  let seen: string[] = [];
  for (const end = Date.now() + 5_000; Date.now() < end; await page.waitForTimeout(50)) {
    seen = await underlined(page, kind);
    if (JSON.stringify(seen) === JSON.stringify(expected)) break;
  }
  return seen;
}

/**
 * Backspace, undo and paste in each editor named, with the browser in `locale`: after each, the editor's own model
 * holds what the same keys give with no extension, the underline is the verdict of that text (gone with the word it
 * marked), and the extension changed nothing in the editor nor in <html> and <body> but its own host. Also the panel
 * of each fixture, screenshotted and checked with axe.
 */
export function editingSuite(lang: Lang, locale: string, names: readonly string[]): void {
  describe(`Backspace, undo and paste on ${names.join(", ")}, browser in ${locale}`, { skip: skipWithoutChromium() }, () => {
    const t = EXTENSION_STRINGS[lang];
    const fixtures = FIXTURE_PAGES.filter((f) => names.includes(f.name));
    assert.equal(fixtures.length, names.length, `every fixture named exists: ${names.join(", ")}`);
    const browsers = suiteBrowsers(locale, fixtures, true);
    before(() => browsers.extension.context.grantPermissions(["clipboard-read", "clipboard-write"]));

    for (const fixture of fixtures) {
      test(`${fixture.site}: ${fixture.name} (${fixture.kind}): after Backspace, undo and paste the editor holds what it holds without the extension, untouched, and the underline follows the text`, async (tc) => {
        // The same keys with no extension: the editor's own model text after each step, its own mutations, its markup.
        const reference = await openPlain(browsers.plain, fixture);
        const expectedTexts: string[] = [];
        let expectedMutations: string[];
        let expectedHtml: string;
        try {
          await watchMutations(reference, fixture.editor);
          await reference.locator(fixture.editor).click();
          for (const step of steps(lang)) {
            await step.run(reference, fixture);
            await reference.waitForTimeout(PAUSE_MS);
            expectedTexts.push(await modelText(reference));
          }
          expectedMutations = [...new Set((await mutations(reference)).editor)].sort();
          expectedHtml = withoutRandomKeys(await reference.locator(fixture.editor).innerHTML());
        } finally {
          await reference.close();
        }

        const page = await browsers.extension.open(fixture);
        try {
          await watchMutations(page, fixture.editor);
          await page.locator(fixture.editor).click();
          const texts: string[] = [];
          for (const step of steps(lang)) {
            await step.run(page, fixture);
            const done = Date.now();
            const text = await modelText(page);
            texts.push(text);
            const expected = text.trim() === "" ? [] : flaggedPassages(text, fixture.kind);
            assert.deepEqual(await underlineSettles(page, fixture.kind, expected), expected, `${step.name}: the underline is the verdict of "${text}"`);
            await page.waitForTimeout(Math.max(0, PAUSE_MS - (Date.now() - done)));
            tc.diagnostic(`${step.name}: "${text}", underlined ${JSON.stringify(expected)}`);
          }
          assert.deepEqual(texts, expectedTexts, "after each step the editor's own model holds what it holds with no extension");
          assert.ok(texts[0]!.includes(DRAFTS[lang].inappropriate.slice(-8)) && !texts[1]!.includes(DRAFTS[lang].inappropriate.slice(-8)), "the last word was typed, then erased");
          // Every fixture's editor has its undo history, as on the sites (Quill's steps are a second each, so only a letter comes back there).
          assert.ok(texts[2]!.length > texts[1]!.length, `Ctrl+Z undid the erasing, at least in part: "${texts[1]}" → "${texts[2]}"`);
          assert.equal(texts[3], DRAFTS[lang].appropriate, "the paste replaced the draft");
          await chip(page).and(page.locator("[data-level=appropriate]")).waitFor();
          const seen = await mutations(page);
          assert.deepEqual(seen.page, ["childList on BODY +IMPARTIAL-CHECK"], "the only change to <html> and <body> is the extension's one host");
          if (fixture.kind === "contenteditable") {
            assert.deepEqual([...new Set(seen.editor)].sort(), expectedMutations, "the editor's subtree changed exactly as it does with no extension");
            assert.equal(withoutRandomKeys(await page.locator(fixture.editor).innerHTML()), expectedHtml);
          } else assert.deepEqual(seen.editor, [], "nothing changed in the textarea's subtree");
        } finally {
          await page.close();
        }
      });

      test(`${fixture.site}: ${fixture.name}: the panel opens from the chip by keyboard, passes axe, and is screenshotted`, async () => {
        const page = await browsers.extension.open(fixture);
        try {
          await page.locator(fixture.editor).click();
          await page.locator(fixture.editor).pressSequentially(DRAFTS[lang].inappropriate);
          await chip(page).and(page.locator("[data-level=inappropriate]")).waitFor();
          await chip(page).focus();
          await page.keyboard.press("Enter");
          const panel = page.locator("impartial-check .panel");
          await panel.getByRole("heading", { name: t.findingsHeading }).waitFor();
          assert.deepEqual(await axeViolations(page), []);
          await saveScreenshot(page, `ext-${fixture.name}-panel-${lang}`);
        } finally {
          await page.close();
        }
      });
    }
  });
}
