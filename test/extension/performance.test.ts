import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { MAX_JUDGED_CHARS } from "../../extension/judge.js";
import { EXTENSION_STRINGS } from "../../extension/strings.js";
import { saveScreenshot, skipWithoutChromium } from "../browser/browser.js";
import { CHROME_BUILD, FIXTURE_PAGES, launchWithExtension, storeSettings } from "./harness.js";
import { chip } from "./site-suite.js";

/** A draft of `length` characters made of varied ordinary sentences (the `seed`-th variation), that no rule flags. */
function variedDraft(length: number, seed: number): string {
  const sentences = [
    "Lovely walk by the river this morning.",
    "The library had a great display of local history books.",
    "Made soup with the last tomatoes from the garden.",
    "Our team finished the hike before the rain started.",
    "Une belle promenade au bord de la rivière ce matin.",
    "The kids built a snow fort in the backyard today.",
    "Trying a new bread recipe this weekend, wish me luck.",
    "Le marché du samedi avait de belles pommes.",
  ];
  let text = "";
  for (let i = seed; text.length < length; i++) text += `${sentences[(i * 5 + seed) % sentences.length]} (${i}) `;
  return text.slice(0, length);
}

/** A draft of `length` characters, words and spaces, that no rule flags. */
function longDraft(length: number): string {
  return "Lovely walk by the river this morning. ".repeat(Math.ceil(length / 39)).slice(0, length);
}

/**
 * Records, in the page, how long each keystroke takes from its beforeinput to the end of its input event's bubbling:
 * the edit itself and every input listener, the extension's capture listener included (registered before these, it
 * runs before any input listener the test adds, so the span starts at beforeinput). Also every long task.
 */
async function recordCosts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { costs: number[]; longTasks: number[]; start: number };
    w.costs = [];
    w.longTasks = [];
    window.addEventListener("beforeinput", () => (w.start = performance.now()), true);
    window.addEventListener("input", () => w.costs.push(performance.now() - w.start));
    new PerformanceObserver((list) => w.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
  });
}

async function costs(page: Page): Promise<{ costs: number[]; longTasks: number[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { costs: number[]; longTasks: number[] };
    return { costs: w.costs, longTasks: w.longTasks };
  });
}

/** Waits until the page's main thread (which the content script shares) has been idle twice: the warm-up is over. */
async function mainThreadIdle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => requestIdleCallback(() => resolve()))));
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

describe("the extension's cost on the page", { skip: skipWithoutChromium() }, () => {
  for (const fixture of FIXTURE_PAGES.filter((f) => f.name === "mastodon" || f.name === "x")) {
    test(`${fixture.site}: typing 280 characters at 20 ms a key costs under 5 ms more per keystroke (p95) than with the site switched off`, async (t) => {
      const browser = await launchWithExtension(CHROME_BUILD, "en-CA", [fixture]);
      try {
        /** The keystrokes' costs on a fresh page, after the engine was built (once, as the person starts: not measured here). */
        const typeAndMeasure = async (checked: boolean) => {
          const page = await browser.open(fixture);
          await page.locator(fixture.editor).click();
          await page.locator(fixture.editor).pressSequentially("Hi");
          if (checked) await chip(page).waitFor({ state: "visible" });
          await mainThreadIdle(page);
          await recordCosts(page);
          await page.locator(fixture.editor).pressSequentially(longDraft(280), { delay: 20, timeout: 30_000 });
          await page.waitForFunction(() => (window as unknown as { costs: number[] }).costs.length >= 280);
          // The verdict of the whole draft comes 80 ms after the last key: its task counts too.
          await page.waitForTimeout(500);
          return { page, ...(await costs(page)) };
        };
        // A long task may come from the machine's load (several workers share its two cores) as well as from the
        // extension: up to three tries, one of which must have none over 50 ms. Judging on every key, or a polling
        // loop, would put long tasks in every try.
        const tries: { costs: number[]; longTasks: number[] }[] = [];
        for (let attempt = 0; attempt < 3; attempt++) {
          const run = await typeAndMeasure(true);
          await chip(run.page).and(run.page.locator("[data-level=appropriate]")).waitFor();
          await run.page.close();
          tries.push(run);
          if (run.longTasks.every((d) => d <= 50)) break;
        }
        const on = tries.find((r) => r.longTasks.every((d) => d <= 50)) ?? tries[tries.length - 1]!;
        await storeSettings(browser, { sitesOff: [fixture.site] });
        const off = await typeAndMeasure(false);
        assert.equal(await off.page.locator("impartial-check").count(), 0, "switched off, the extension did nothing");
        await off.page.close();
        const added = p95(on.costs) - p95(off.costs);
        // Long tasks depend on the machine's load as much as on the extension: reported, not asserted.
        t.diagnostic(`p95 per keystroke: ${p95(on.costs).toFixed(2)} ms checked, ${p95(off.costs).toFixed(2)} ms switched off; long tasks: ${JSON.stringify(tries.map((r) => r.longTasks.map(Math.round)))} checked, ${JSON.stringify(off.longTasks.map(Math.round))} off`);
        assert.ok(added <= 5, `the extension added ${added.toFixed(2)} ms per keystroke (p95)`);
        assert.ok(on.longTasks.every((d) => d <= 50), `no long task over 50 ms in one of three tries: ${JSON.stringify(tries.map((r) => r.longTasks.map(Math.round)))}`);
        assert.deepEqual(browser.foreign, [], "no request left the fixture routes");
      } finally {
        await browser.close();
      }
    });
  }

  test(`a ${MAX_JUDGED_CHARS.toLocaleString("en-CA")}-character draft is judged within 50 ms (median of five drafts); a longer one is judged on its beginning, with a notice in English and in French`, async (t) => {
    const fixture = FIXTURE_PAGES.find((f) => f.site === "mastodon")!;
    const browser = await launchWithExtension(CHROME_BUILD, "en-CA", [fixture]);
    try {
      const page = await browser.open(fixture);
      await page.locator(fixture.editor).click();
      await page.locator(fixture.editor).pressSequentially("Hi");
      await chip(page).waitFor({ state: "visible" });
      await mainThreadIdle(page);
      // Long tasks are not kept in the performance timeline: an observer records them as they come.
      await page.evaluate(() => {
        const w = window as unknown as { tasks: PerformanceEntry[] };
        w.tasks = [];
        new PerformanceObserver((list) => w.tasks.push(...list.getEntries())).observe({ type: "longtask" });
      });
      // Each draft different, so that no verdict is reused; the judging task starts after the 80 ms debounce, so the
      // long tasks from 60 ms after the draft changed are the judgement's (and the chip's rendering) alone.
      const judged: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = await page.evaluate(() => performance.now());
        await page.locator(fixture.editor).fill(variedDraft(MAX_JUDGED_CHARS, i));
        await page.waitForTimeout(800);
        const after = await page.evaluate((from) => (window as unknown as { tasks: PerformanceEntry[] }).tasks.filter((e) => e.startTime >= from).map((e) => e.duration), start + 60);
        judged.push(Math.max(0, ...after));
      }
      const median = [...judged].sort((a, b) => a - b)[2]!;
      t.diagnostic(`longest task while judging ${MAX_JUDGED_CHARS} characters (0: none over 50 ms), five drafts: ${JSON.stringify(judged.map(Math.round))}`);
      assert.ok(median <= 50, `judging ${MAX_JUDGED_CHARS} characters took a task of ${median.toFixed(0)} ms (median)`);

      for (const lang of ["en", "fr"] as const) {
        await storeSettings(browser, { language: lang });
        await page.locator(fixture.editor).fill(longDraft(MAX_JUDGED_CHARS + 2_000) + lang);
        await chip(page).and(page.locator("[data-level=appropriate]")).waitFor();
        if ((await chip(page).getAttribute("aria-expanded")) !== "true") await chip(page).click();
        const count = MAX_JUDGED_CHARS.toLocaleString(lang === "fr" ? "fr-CA" : "en-CA");
        await page.locator("impartial-check .panel").getByText(EXTENSION_STRINGS[lang].truncated.replace("{count}", count)).waitFor();
        await saveScreenshot(page, `ext-mastodon-panel-truncated-${lang}`);
      }
      assert.deepEqual(browser.foreign, [], "no request left the fixture routes");
    } finally {
      await browser.close();
    }
  });
});
