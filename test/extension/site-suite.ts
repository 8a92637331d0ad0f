import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import type { Lang } from "../../src/core/model.js";
import { judge } from "../../extension/judge.js";
import { EXTENSION_STRINGS } from "../../extension/strings.js";
import { highlightSegments } from "../../web/check-view.js";
import { axeViolations, CHROMIUM_PATH, saveScreenshot, skipWithoutChromium } from "../browser/browser.js";
import {
  CHROME_BUILD,
  contentInjected,
  FIXTURE_PAGES,
  launchWithExtension,
  modelText,
  mutations,
  openPlain,
  posted,
  typeAndTime,
  watchMutations,
  type ExtensionBrowser,
  type Fixture,
} from "./harness.js";

export const DRAFTS: Record<Lang, { inappropriate: string; appropriate: string }> = {
  en: { inappropriate: "The minister is an idiot and this government is corrupt.", appropriate: "Lovely walk by the river this morning." },
  fr: { inappropriate: "Le ministre est un idiot et ce gouvernement est corrompu.", appropriate: "Belle promenade au bord de la rivière ce matin." },
};

export const chip = (page: Page) => page.locator("impartial-check .chip");
export const gate = (page: Page) => page.locator("impartial-check dialog[open]");

/** The passages the engine flags as inappropriate in `text`, as the extension's own judge sees them (same context). */
export function flaggedPassages(text: string, kind: Fixture["kind"]): string[] {
  const a = judge({ text, action: "post", context: { role: "employee" } }, "en");
  const flagged = a.findings.filter((f) => f.span && f.level === "inappropriate");
  // A textarea's mirror marks merged segments; Custom Highlights keep one range per finding.
  if (kind === "textarea") return highlightSegments(text, flagged).filter((s) => s.level === "inappropriate").map((s) => s.text).sort();
  return flagged.map((f) => text.slice(f.span![0], f.span![1])).sort();
}

/** The text of what the extension underlined: the mirror's marks over a textarea, the Custom Highlight's ranges elsewhere. */
export async function underlined(page: Page, kind: Fixture["kind"]): Promise<string[]> {
  if (kind === "textarea") return (await page.locator("impartial-check .mirror:not([hidden]) mark[data-level=inappropriate]").allTextContents()).sort();
  return page.evaluate(() => {
    const h = CSS.highlights.get("impartial-inappropriate");
    return h ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()).sort() : [];
  });
}

/** An editor's markup without the keys Draft.js draws at random for each block. */
export function withoutRandomKeys(html: string): string {
  return html.replace(/(data-editor|data-offset-key)="[^"]*"/g, '$1=""');
}

/** The editor's own subtree mutations and final markup when the same keys are pressed with no extension at all. */
async function withoutExtension(browser: Browser, fixture: Fixture, text: string): Promise<{ editor: string[]; html: string }> {
  const page = await openPlain(browser, fixture);
  try {
    await watchMutations(page, fixture.editor);
    await page.locator(fixture.editor).click();
    await page.locator(fixture.editor).pressSequentially(text);
    // The same keys as typeAndTime presses: the last one erased and typed again, twice.
    for (let i = 0; i < 2; i++) {
      await page.locator(fixture.editor).press("Backspace");
      await page.locator(fixture.editor).press(text.slice(-1));
    }
    return { editor: [...new Set((await mutations(page)).editor)].sort(), html: await page.locator(fixture.editor).innerHTML() };
  } finally {
    await page.close();
  }
}

/**
 * The fixture sites `names`, with the browser's language `locale`: the verdict as one types, the underline, the untouched
 * editor, the gate; with `extras`, the panel, the composers found and those ignored, Like. A few sites per test file,
 * so that each file stays within a couple of minutes on a loaded machine.
 */
export function siteSuite(lang: Lang, locale: string, names: readonly string[], extras = false): void {
  describe(`the extension on ${names.join(", ")}, browser in ${locale}`, { skip: skipWithoutChromium() }, () => {
    let browser: ExtensionBrowser;
    /** The same Chromium with no extension, for what the editors do on their own. */
    let plain: Browser;
    const t = EXTENSION_STRINGS[lang];
    const draft = DRAFTS[lang];
    const fixtures = FIXTURE_PAGES.filter((f) => names.includes(f.name));
    before(async () => {
      assert.equal(fixtures.length, names.length, `every fixture named exists: ${names.join(", ")}`);
      browser = await launchWithExtension(CHROME_BUILD, locale, fixtures);
      plain = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
    });
    after(async () => {
      const foreign = browser?.foreign ?? [];
      await plain?.close();
      await browser?.close();
      assert.deepEqual(foreign, [], "no request left the fixture routes");
    });

    for (const fixture of fixtures) {
      describe(`${fixture.site}: ${fixture.name} (${fixture.kind})`, () => {
        test(`an inappropriate draft is judged within 300 ms of the last key, its passages underlined, the editor untouched`, async (tc) => {
          const page = await browser.open(fixture);
          try {
            const reference = fixture.kind === "contenteditable" ? await withoutExtension(plain, fixture, draft.inappropriate) : undefined;
            await watchMutations(page, fixture.editor);
            await page.locator(fixture.editor).click();
            const ms = await typeAndTime(page, fixture.editor, draft.inappropriate, "inappropriate");
            tc.diagnostic(`verdict ${ms.toFixed(0)} ms after the last key`);
            assert.ok(ms <= 300, `the verdict came ${ms.toFixed(0)} ms after the last key`);
            assert.match((await chip(page).textContent()) ?? "", new RegExp(t.level.inappropriate));
            assert.equal(await modelText(page), draft.inappropriate, "the editor's own model holds exactly what was typed");
            const expected = flaggedPassages(draft.inappropriate, fixture.kind);
            assert.ok(expected.length > 0);
            assert.deepEqual(await underlined(page, fixture.kind), expected);
            const seen = await mutations(page);
            assert.deepEqual(seen.page, ["childList on BODY +IMPARTIAL-CHECK"], "the only change to <html> and <body> is the extension's one host");
            if (reference) {
              assert.deepEqual([...new Set(seen.editor)].sort(), reference.editor, "the editor's subtree changed exactly as it does with no extension");
              assert.equal(withoutRandomKeys(await page.locator(fixture.editor).innerHTML()), withoutRandomKeys(reference.html));
            } else assert.deepEqual(seen.editor, [], "nothing changed in the textarea's subtree");
            await saveScreenshot(page, `ext-${fixture.name}-chip-${lang}`);
          } finally {
            await page.close();
          }
        });

        test("an appropriate draft is appropriate, and a corrected draft loses its underline", async () => {
          const page = await browser.open(fixture);
          try {
            await page.locator(fixture.editor).click();
            await page.locator(fixture.editor).pressSequentially(`${draft.inappropriate}x`);
            await page.keyboard.press("Backspace");
            await page.locator("impartial-check .chip[data-level=inappropriate]").waitFor();
            assert.equal(await modelText(page), draft.inappropriate);
            await page.keyboard.press("ControlOrMeta+a");
            await page.keyboard.press("Backspace");
            await page.locator(fixture.editor).pressSequentially(draft.appropriate);
            await page.locator("impartial-check .chip[data-level=appropriate]").waitFor();
            assert.equal(await modelText(page), draft.appropriate);
            assert.deepEqual(await underlined(page, fixture.kind), [], "no passage stays underlined");
          } finally {
            await page.close();
          }
        });

        test("Post is held back for an inappropriate draft, by click, Ctrl+Enter and Cmd+Enter; Post anyway lets the next one through; an edit re-arms", async () => {
          const page = await browser.open(fixture);
          try {
            await page.locator(fixture.editor).click();
            await page.locator(fixture.editor).pressSequentially(draft.inappropriate);
            await chip(page).and(page.locator("[data-level=inappropriate]")).waitFor();
            await page.locator(fixture.post).click();
            await gate(page).waitFor();
            assert.deepEqual(await posted(page), [], "the site's Post handler did not run");
            await saveScreenshot(page, `ext-${fixture.name}-gate-${lang}`);
            await page.getByRole("button", { name: t.gateKeep }).click();
            await gate(page).waitFor({ state: "detached" });
            await page.waitForFunction((sel) => {
              let focused = document.activeElement;
              while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
              return focused?.closest(sel.split(" ").pop()!) !== null;
            }, fixture.editor);
            await page.keyboard.press("Meta+Enter");
            await gate(page).waitFor();
            assert.deepEqual(await posted(page), [], "Cmd+Enter was held back too");
            await page.keyboard.press("Escape");
            await gate(page).waitFor({ state: "detached" });
            await page.keyboard.press("Control+Enter");
            await gate(page).waitFor();
            assert.deepEqual(await posted(page), [], "Ctrl+Enter was held back too");
            await page.getByRole("button", { name: t.gatePost }).click();
            await gate(page).waitFor({ state: "detached" });
            assert.deepEqual(await posted(page), [], "Post anyway posts nothing by itself: the person clicks again");
            await page.locator(fixture.post).click();
            assert.deepEqual(await posted(page), [draft.inappropriate], "the next Post of the same text went through");
            await page.locator(fixture.editor).click();
            await page.keyboard.press("End");
            await page.keyboard.type("!");
            await page.locator(fixture.post).click();
            await gate(page).waitFor();
            assert.equal((await posted(page)).length, 1, "after an edit, Post is held back again");
            await page.keyboard.press("Escape");
            await gate(page).waitFor({ state: "detached" });
          } finally {
            await page.close();
          }
        });
      });
    }

    if (!extras) return;

    test("the panel gives the reasons and the guidance, passes axe, and closes with Escape", async () => {
      const fixture = FIXTURE_PAGES[0]!;
      const page = await browser.open(fixture);
      try {
        await page.locator(fixture.editor).click();
        await page.locator(fixture.editor).pressSequentially(draft.inappropriate);
        await chip(page).and(page.locator("[data-level=inappropriate]")).waitFor();
        await chip(page).focus();
        await page.keyboard.press("Enter");
        const panel = page.locator("impartial-check .panel");
        await panel.waitFor({ state: "visible" });
        assert.equal(await chip(page).getAttribute("aria-expanded"), "true");
        await panel.getByRole("heading", { name: t.findingsHeading }).waitFor();
        assert.ok((await panel.locator("blockquote").count()) > 0, "the guidance is quoted");
        assert.deepEqual(await axeViolations(page), []);
        await saveScreenshot(page, `ext-panel-${lang}`);
        await page.keyboard.press("Escape");
        await panel.waitFor({ state: "hidden" });
      } finally {
        await page.close();
      }
    });

    test("search boxes and read-only fields are ignored; a reply opened later in a shadow root and a composer in an iframe are checked", async () => {
      const fixture = FIXTURE_PAGES.find((f) => f.site === "mastodon")!;
      const page = await browser.open(fixture);
      try {
        await page.locator(fixture.editor).click();
        await page.locator(fixture.editor).pressSequentially(draft.appropriate);
        await chip(page).and(page.locator("[data-level=appropriate]")).waitFor();
        await page.locator("#search").click();
        await page.locator("#search").pressSequentially(draft.inappropriate);
        await page.locator("#readonly").click();
        await page.keyboard.type(draft.inappropriate);
        // Long enough for a verdict to have come (the debounce is 80 ms): taken as an editor, either would turn the chip.
        await page.waitForTimeout(600);
        assert.equal(await chip(page).getAttribute("data-level"), "appropriate", "neither the search box nor the read-only field was checked");
        await page.getByRole("button", { name: "Reply" }).click();
        await page.locator("reply-composer textarea").pressSequentially(draft.inappropriate);
        await chip(page).and(page.locator("[data-level=inappropriate]")).waitFor();
        const frame = page.frameLocator("#frame");
        await frame.locator("#inner").click();
        await frame.locator("#inner").pressSequentially(draft.inappropriate);
        await frame.locator("impartial-check .chip[data-level=inappropriate]").waitFor();
      } finally {
        await page.close();
      }
    });

    test("Like of a party's post asks first; Like of a friend's walk does not", async () => {
      const fixture = FIXTURE_PAGES.find((f) => f.name === "x")!;
      const page = await browser.open(fixture);
      try {
        const liked = () => page.evaluate(() => (window as unknown as { liked: string[] }).liked);
        await page.locator('[data-like="friend"]').click();
        assert.deepEqual(await liked(), ["friend"]);
        // The pointer on a Like brought the engine (the loader's doing); a click before it is in goes through.
        await contentInjected(page, browser.extensionId);
        await page.locator('[data-like="liberal"]').click();
        await gate(page).waitFor();
        assert.deepEqual(await liked(), ["friend"], "the Like was held back");
        await page.getByRole("button", { name: t.gateShare }).click();
        await page.locator('[data-like="liberal"]').click();
        assert.deepEqual(await liked(), ["friend", "liberal"]);
      } finally {
        await page.close();
      }
    });
  });
}
