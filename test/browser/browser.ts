import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { after, before } from "node:test";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Request } from "playwright-core";
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

/** Starts the app before a suite's tests and stops it after them; the tests call the function returned to reach it. */
export function appForSuite(): () => App {
  let app: App | undefined;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error("the app did not start: see the suite's before hook");
    return app;
  };
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
  trackNetwork(context, page);
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  await page.goto(href, { waitUntil: "load" });
  await designSystemReady(page);
  return { context, page, requests, errors, close: () => context.close() };
}

/**
 * Waits until the GC Design System's components have hydrated: one of them takes the focus as it does, so a focus
 * given (or keys typed) before that would be lost.
 */
export async function designSystemReady(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll("*")].filter((e) => e.tagName.startsWith("GCDS-")).every((e) => e.classList.contains("hydrated")));
}

/** Waits until the element matching `selector` holds the focus (document.activeElement: ":focus" needs a focused window). */
export async function waitForFocus(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((s) => document.activeElement?.matches(s) === true, selector, { timeout: 5_000 });
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

/** Requests begun and not yet finished or failed, and when the last one began or ended, for each page opened. */
interface NetworkTracker {
  pending: Map<Request, string>;
  lastActivity: number;
}

const NETWORK = new WeakMap<Page, NetworkTracker>();

function trackNetwork(context: BrowserContext, page: Page): void {
  const tracker: NetworkTracker = { pending: new Map(), lastActivity: Date.now() };
  const done = (r: Request) => {
    tracker.pending.delete(r);
    tracker.lastActivity = Date.now();
  };
  context.on("request", (r) => {
    tracker.pending.set(r, r.url());
    tracker.lastActivity = Date.now();
  });
  context.on("requestfinished", done);
  context.on("requestfailed", done);
  NETWORK.set(page, tracker);
}

/** How long the network must stay quiet, and the longest wait for it. */
const QUIET_MS = 500;
const SETTLE_LIMIT_MS = 5_000;

/**
 * Waits until every request the page (its frames and workers) began has finished or failed and none has begun for
 * 500 ms, so that every request it will make is seen (no foreign one). Counted from the context's own request events:
 * Playwright's "networkidle" is tied to the navigation's lifecycle and timed out now and then (twice in four CI runs) on
 * a page whose requests had all finished. On timeout the error names the requests still open.
 */
export async function networkSettled(page: Page): Promise<void> {
  const tracker = NETWORK.get(page);
  if (!tracker) throw new Error("networkSettled: this page was not opened by openPage, so its requests were not tracked");
  const start = Date.now();
  for (;;) {
    const now = Date.now();
    if (tracker.pending.size === 0 && now - tracker.lastActivity >= QUIET_MS) return;
    if (now - start > SETTLE_LIMIT_MS) {
      const open = [...tracker.pending.values()];
      throw new Error(`the network did not settle within ${SETTLE_LIMIT_MS} ms: ${open.length ? `still open: ${open.join(", ")}` : "requests kept beginning"}`);
    }
    await new Promise((r) => setTimeout(r, 50));
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

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * The WCAG 2.1 A and AA violations axe-core finds in the page as it is now, one line each (rule, impact, help, where):
 * an empty list means none. Evaluated through the DevTools protocol, which the page's CSP does not govern: the CSP
 * stays fully on.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run((globalThis as unknown as { document: unknown }).document, { runOnly: { type: "tag", values: tags } })).violations;
  }, AXE_TAGS)) as AxeViolation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
}

/** The requests that went to any origin but `origin` (data: and blob: URLs are read from memory, not fetched). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
}

/** From dist/test/browser up to the project root, whatever directory the tests run from. */
export const SCREENSHOTS = fileURLToPath(new URL("../../../test-output/screenshots/", import.meta.url));

/** Saves a full-page screenshot (of a playwright or puppeteer page) as test-output/screenshots/<name>.png and returns the file's path. */
export async function saveScreenshot(page: { screenshot(options: { path: string; fullPage: boolean }): Promise<Uint8Array> }, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  const png = await page.screenshot({ path: file, fullPage: true });
  if (png.length < 1000) throw new Error(`the screenshot ${file} holds no image (${png.length} bytes)`);
  return file;
}
