import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { createServer, type ImpartialServer } from "../../src/server/server.js";
import { openStore, type ReviewStore } from "../../src/store/store.js";

/** Debian's Chromium (CI installs the `chromium` package); playwright's own browser downloads are not used. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const CHROMIUM_MISSING = "chromium is not installed: browser tests skipped (CI installs it)";

/** Flags that keep the browser from phoning home, so every request seen is one the page made. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
];

/**
 * The `skip` option for browser suites: the skip message when Chromium is absent on a developer's machine, false when
 * it is present or when CI is set (CI must run them, so there the launch fails loudly instead).
 */
export function skipWithoutChromium(): string | false {
  if (existsSync(CHROMIUM_PATH) || process.env.CI) return false;
  return CHROMIUM_MISSING;
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`chromium is not installed at ${CHROMIUM_PATH} and CI is set: CI must run the browser tests (.ci/run installs the chromium package)`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** A real server on a free port, an in-memory review store, and one browser, shared by a suite. */
export interface App {
  browser: Browser;
  /** The server's root, e.g. http://127.0.0.1:40123/ */
  url: string;
  origin: string;
  /** A fresh context and page that record what they request and what they complain about. */
  openPage(path: string): Promise<AppPage>;
  close(): Promise<void>;
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page, its frames and its workers requested, in order. */
  requests: string[];
  /** Console errors, uncaught exceptions and CSP violations, as text. */
  errors: string[];
  close(): Promise<void>;
}

export async function startApp(): Promise<App> {
  const store: ReviewStore = openStore(":memory:");
  const server: ImpartialServer = createServer({ port: 0, store });
  let browser: Browser | undefined;
  try {
    const { url } = await server.listen();
    browser = await launchChromium();
    const launched = browser;
    return {
      browser: launched,
      url,
      origin: new URL(url).origin,
      openPage: (path) => openPage(launched, new URL(path, url).href),
      close: async () => {
        await launched.close();
        await server.close();
        store.close();
      },
    };
  } catch (e) {
    await browser?.close();
    await server.close();
    store.close();
    throw e;
  }
}

async function openPage(browser: Browser, href: string): Promise<AppPage> {
  const context = await browser.newContext({ locale: "en-CA", viewport: { width: 1280, height: 900 } });
  // Short waits: a missing element fails in seconds with its selector named, not after playwright's 30 s default.
  context.setDefaultTimeout(5_000);
  const requests: string[] = [];
  const errors: string[] = [];
  // The context sees requests from every page, frame, worker and service worker it holds.
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  await page.goto(href, { waitUntil: "load" });
  return { context, page, requests, errors, close: () => context.close() };
}

/**
 * Waits (Playwright's own auto-waiting, no sleeps) until the element carries `attribute="value"`; on timeout the error
 * names the value it did carry.
 */
export async function waitForAttribute(locator: Locator, attribute: string, value: string, timeout = 5_000): Promise<void> {
  const wanted = locator.and(locator.page().locator(`[${attribute}="${value}"]`));
  try {
    await wanted.waitFor({ state: "attached", timeout });
  } catch {
    const actual = await locator.first().getAttribute(attribute, { timeout: 1_000 }).catch(() => "(element not found)");
    throw new Error(`expected ${attribute}="${value}" within ${timeout} ms, found ${attribute}=${JSON.stringify(actual)}`);
  }
}

/** Waits until a text field holds `value`; on timeout the error shows what it held. */
export async function waitForValue(locator: Locator, value: string, timeout = 5_000): Promise<void> {
  const field = await locator.elementHandle({ timeout });
  try {
    await locator.page().waitForFunction(([el, v]) => (el as unknown as { value: string }).value === v, [field, value] as const, { timeout });
  } catch {
    throw new Error(`expected the field to hold ${JSON.stringify(value)} within ${timeout} ms, it held ${JSON.stringify(await locator.inputValue())}`);
  } finally {
    await field?.dispose();
  }
}
