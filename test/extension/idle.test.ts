import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { CDPSession, Page } from "playwright-core";
import { skipWithoutChromium } from "../browser/browser.js";
import { CHROME_BUILD, FIXTURE_PAGES, launchWithExtension, type ExtensionBrowser } from "./harness.js";
import { chip, DRAFTS } from "./site-suite.js";

const SCHEDULERS = ["setTimeout", "setInterval", "requestAnimationFrame", "requestIdleCallback"] as const;
type Counts = Record<(typeof SCHEDULERS)[number], number>;

/**
 * The content script's own world on `page`'s main frame, reached through the DevTools protocol (no page script can
 * reach it): its execution context id.
 */
async function contentScriptWorld(browser: ExtensionBrowser, page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await browser.context.newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on("Runtime.executionContextCreated", (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  const { frameTree } = (await cdp.send("Page.getFrameTree")) as { frameTree: { frame: { id: string } } };
  // Enabling reports every context that exists already.
  await cdp.send("Runtime.enable");
  const world = contexts.find((c) => c.auxData?.type === "isolated" && c.auxData.frameId === frameTree.frame.id && c.origin.includes(browser.extensionId));
  assert.ok(world, `the content script's world is found among ${JSON.stringify(contexts.map((c) => [c.auxData?.type, c.origin, c.name]))}`);
  return { cdp, contextId: world.id };
}

async function inWorld<T>(world: { cdp: CDPSession; contextId: number }, expression: string): Promise<T> {
  const { result, exceptionDetails } = (await world.cdp.send("Runtime.evaluate", { contextId: world.contextId, expression, returnByValue: true })) as { result: { value: T }; exceptionDetails?: unknown };
  assert.equal(exceptionDetails, undefined, `evaluating ${expression}`);
  return result.value;
}

describe("an idle tab", { skip: skipWithoutChromium() }, () => {
  test("left idle for 60 s with a draft checked, the content script schedules no timeout, interval, animation frame or idle callback", async (tc) => {
    const fixture = FIXTURE_PAGES.find((f) => f.name === "x")!;
    const browser = await launchWithExtension(CHROME_BUILD, "en-CA", [fixture]);
    try {
      const page = await browser.open(fixture);
      await page.locator(fixture.editor).click();
      await page.locator(fixture.editor).pressSequentially(DRAFTS.en.inappropriate.slice(0, -1));
      await chip(page).waitFor({ state: "visible" });
      // Every scheduling call the content script makes from now on is counted in its own world (its code looks these
      // globals up at each call).
      const world = await contentScriptWorld(browser, page);
      await inWorld(
        world,
        `(() => { const g = globalThis; g.impartialCounts = { ${SCHEDULERS.map((s) => `${s}: 0`).join(", ")} };
          for (const name of Object.keys(g.impartialCounts)) { const real = g[name].bind(g); g[name] = (...args) => { g.impartialCounts[name]++; return real(...args); }; } })()`,
      );
      // The counting sees the script's own scheduling: the last key schedules the verdict.
      await page.keyboard.press(DRAFTS.en.inappropriate.slice(-1));
      await chip(page).and(page.locator("[data-level=inappropriate]")).waitFor();
      const typing = await inWorld<Counts>(world, "globalThis.impartialCounts");
      assert.ok(typing.setTimeout >= 1, `a key schedules the verdict: ${JSON.stringify(typing)}`);

      await inWorld(world, `for (const k of Object.keys(globalThis.impartialCounts)) globalThis.impartialCounts[k] = 0`);
      // Nothing touches the page for a minute: the person reads, or looks at another window.
      await page.waitForTimeout(60_000);
      const idle = await inWorld<Counts>(world, "globalThis.impartialCounts");
      tc.diagnostic(`scheduling calls while typing the last key: ${JSON.stringify(typing)}; over 60 s idle: ${JSON.stringify(idle)}`);
      assert.deepEqual(idle, { setTimeout: 0, setInterval: 0, requestAnimationFrame: 0, requestIdleCallback: 0 }, "no timer while idle");
      assert.deepEqual(browser.foreign, [], "no request left the fixture routes");
    } finally {
      await browser.close();
    }
  });
});
