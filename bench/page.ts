import type { Page } from "playwright-core";
import { CHROMIUM_MISSING, skipWithoutChromium, startApp, waitForAttribute } from "../test/browser/browser.js";
import { statSync } from "node:fs";
import { join } from "node:path";
import { fmt, median, ROOT } from "./shared.js";

/**
 * `node dist/bench/page.js`: keystroke-to-verdict time in the page, in Chromium, for a 2,000-character draft. Each timed
 * keystroke turns "idio" into "idiot", which moves the verdict off "appropriate"; the time runs from the keydown to the verdict
 * element's update, both read with performance.now() inside the page.
 */

const KEYSTROKES = 30;
const WARM_UP = 3;
const TARGET_MS = 16;

const HARMLESS = ["Lovely walk by the river this morning.", "The garden is full of tomatoes this year.", "Reading a good novel about sailing.", "Our team won the hockey game on Saturday."];
const TAIL = "You idio";

function draftOf(length: number): string {
  let text = "";
  for (let i = 0; text.length < length; i++) text += `${HARMLESS[i % HARMLESS.length]} `;
  return text.slice(0, length - TAIL.length).padEnd(length - TAIL.length, " ") + TAIL;
}

/** Arms the page: the next keydown starts a clock that the verdict's first move away from "appropriate" stops. */
async function installProbe(page: Page): Promise<void> {
  const verdict = await page.locator("#verdict").elementHandle();
  await page.evaluate((el) => {
    type Probe = { start: number; armed: boolean; samples: number[] };
    const g = globalThis as unknown as { __probe: Probe; addEventListener(t: string, f: () => void, capture: boolean): void; MutationObserver: new (cb: () => void) => { observe(el: unknown, o: object): void }; performance: { now(): number } };
    const probe: Probe = { start: -1, armed: false, samples: [] };
    g.__probe = probe;
    g.addEventListener("keydown", () => (probe.start = g.performance.now()), true);
    new g.MutationObserver(() => {
      if (!probe.armed || probe.start < 0 || (el as unknown as { dataset: { level?: string } }).dataset.level === "appropriate") return;
      probe.samples.push(g.performance.now() - probe.start);
      probe.armed = false;
    }).observe(el, { attributes: true, childList: true, subtree: true, characterData: true });
  }, verdict);
}

/** What the page loaded as script (module chunks included), as the browser counted it once decoded. */
async function scriptsOf(page: Page): Promise<{ files: number; bytes: number }> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { performance: { getEntriesByType(t: string): { name: string; initiatorType: string; decodedBodySize: number }[] } };
    const scripts = g.performance.getEntriesByType("resource").filter((e) => e.initiatorType === "script" || /\.m?js(\?|$)/.test(e.name));
    return { files: scripts.length, bytes: scripts.reduce((sum, e) => sum + e.decodedBodySize, 0) };
  });
}

async function measure(): Promise<{ samples: number[]; scripts: { files: number; bytes: number } }> {
  const app = await startApp();
  try {
    const { page, close } = await app.openPage("/");
    const draft = page.locator("#draft");
    const verdict = page.locator("#verdict");
    const text = draftOf(1999);
    await draft.fill(text);
    await waitForAttribute(verdict, "data-level", "appropriate");
    await installProbe(page);
    await draft.focus();
    await page.keyboard.press("Control+End");
    for (let i = 0; i < WARM_UP + KEYSTROKES; i++) {
      await page.evaluate(() => ((globalThis as unknown as { __probe: { armed: boolean } }).__probe.armed = true));
      await page.keyboard.press("t");
      await page.locator('#verdict:not([data-level="appropriate"])').waitFor({ state: "attached" });
      // Back to 1,999 characters, untimed, so every timed keystroke types the 2,000th.
      await page.keyboard.press("Backspace");
      await waitForAttribute(verdict, "data-level", "appropriate");
    }
    const samples = await page.evaluate(() => (globalThis as unknown as { __probe: { samples: number[] } }).__probe.samples);
    const scripts = await scriptsOf(page);
    await close();
    if (samples.length !== WARM_UP + KEYSTROKES) throw new Error(`timed ${samples.length} keystrokes, expected ${WARM_UP + KEYSTROKES}`);
    return { samples: samples.slice(WARM_UP).sort((a, b) => a - b), scripts };
  } finally {
    await app.close();
  }
}

const skip = skipWithoutChromium();
if (skip) {
  process.stdout.write(`Page: ${CHROMIUM_MISSING}\n`);
} else {
  const { samples, scripts } = await measure();
  const m = median(samples);
  // The model's weights as the engine carries them (one module): the budget lets the page's scripts grow by this much.
  const weights = statSync(join(ROOT, "dist/src/core/learned/weights.js")).size;
  process.stdout.write(
    [
      `Page: keystroke to verdict in Chromium (headless), 2,000-character draft, ${KEYSTROKES} keystrokes`,
      `  median             ${fmt(m)} ms   (target ≤ ${TARGET_MS} ms, one frame)`,
      `  fastest / slowest  ${fmt(samples[0]!)} / ${fmt(samples[samples.length - 1]!)} ms`,
      `  scripts loaded     ${scripts.files} files, ${fmt(scripts.bytes / 1024, 0)} KiB decoded; the model's weights alone ${fmt(weights / 1024, 0)} KiB, so ${fmt((scripts.bytes - weights) / 1024, 0)} KiB besides them`,
      "",
    ].join("\n"),
  );
}
