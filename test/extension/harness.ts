import { after, before } from "node:test";
import assert from "node:assert/strict";
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_PATH } from "../browser/browser.js";

/** The project's root, from dist/test/extension. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const FIXTURES = join(ROOT, "test", "extension", "fixtures");
/** The unpacked Chromium build that `npm run build` wrote. */
export const CHROME_BUILD = join(ROOT, "dist", "extension", "chrome");

/** A page of a real site, served from a fixture at the site's own URL so the manifest's matches fire with no network. */
export interface Fixture {
  site: string;
  url: string;
  /** The fixture's HTML and its page script's entry (bundled with esbuild, real editor libraries included). */
  name: string;
  editor: string;
  post: string;
  /** Whether the editor is a textarea (mirror overlay) or a contenteditable (Custom Highlights). */
  kind: "textarea" | "contenteditable";
}

export const FIXTURE_PAGES: readonly Fixture[] = [
  { site: "mastodon", url: "https://mastodon.social/home", name: "mastodon", editor: "#compose", post: ".compose-form__publish button", kind: "textarea" },
  { site: "x", url: "https://x.com/home", name: "x", editor: "#editor", post: '[data-testid="tweetButtonInline"]', kind: "contenteditable" },
  { site: "x", url: "https://x.com/compose/post", name: "x-draft", editor: ".public-DraftEditor-content", post: '[data-testid="tweetButtonInline"]', kind: "contenteditable" },
  { site: "facebook", url: "https://www.facebook.com/", name: "facebook", editor: "#editor", post: "#post", kind: "contenteditable" },
  { site: "bluesky", url: "https://bsky.app/", name: "bluesky", editor: ".ProseMirror", post: '[data-testid="composerPublishBtn"]', kind: "contenteditable" },
  { site: "reddit", url: "https://www.reddit.com/r/canada/", name: "reddit", editor: 'shreddit-composer div[role="textbox"]', post: 'shreddit-composer button[slot="submit-button"]', kind: "contenteditable" },
  { site: "threads", url: "https://www.threads.com/", name: "threads", editor: "#editor", post: "#post", kind: "contenteditable" },
  { site: "instagram", url: "https://www.instagram.com/p/fixture/", name: "instagram", editor: "#comment", post: "#post", kind: "textarea" },
  { site: "linkedin", url: "https://www.linkedin.com/feed/", name: "linkedin", editor: ".ql-editor", post: ".share-actions__primary-action", kind: "contenteditable" },
];

/** The strict CSP every fixture page is served with: the extension must work under it. */
export const FIXTURE_CSP = "default-src 'self'; style-src 'self'; frame-src 'self'";

const scripts = new Map<string, string>();

/** The fixture's page script, bundled once per run from test/extension/fixtures with the real editor library. */
export async function fixtureScript(name: string): Promise<string> {
  let code = scripts.get(name);
  if (code === undefined) {
    const result = await build({
      entryPoints: [join(FIXTURES, `${name}.ts`)],
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "chrome120",
      write: false,
      logLevel: "warning",
      // React and Draft.js read these as bundlers for the web define them.
      define: { "process.env.NODE_ENV": '"production"', global: "globalThis" },
    });
    code = result.outputFiles[0]!.text;
    scripts.set(name, code);
  }
  return code;
}

/** What each fixture's site serves, by URL: its page, its page script and the shared stylesheet. */
export async function fixtureRoutes(fixtures: readonly Fixture[]): Promise<Map<string, { body: string; type: string }>> {
  const served = new Map<string, { body: string; type: string }>();
  for (const f of fixtures) {
    const origin = new URL(f.url).origin;
    served.set(f.url, { body: readFileSync(join(FIXTURES, `${f.name}.html`), "utf8"), type: "text/html; charset=utf-8" });
    served.set(`${origin}/fixture-${f.name}.js`, { body: await fixtureScript(f.name), type: "text/javascript; charset=utf-8" });
    served.set(`${origin}/fixture.css`, { body: readFileSync(join(FIXTURES, "fixture.css"), "utf8"), type: "text/css; charset=utf-8" });
  }
  return served;
}

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, the first 32 hex digits written a to p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash("sha256").update(dir.replace(/\/$/, "")).digest("hex").slice(0, 32);
  return [...hex].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join("");
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Every request made, in order (fixture routes, extension resources and anything else). */
  requests: string[];
  /** Requests to anything but the fixture routes and the extension's own files: must stay empty. */
  foreign: string[];
  /** Console errors and uncaught exceptions of the pages opened. */
  errors: string[];
  open(fixture: Fixture): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium, headless, with the unpacked extension loaded, in `lang`; every request is answered from the
 * fixtures or refused, so nothing reaches the network.
 */
export async function launchWithExtension(extensionDir: string, lang: string, fixtures: readonly Fixture[] = FIXTURE_PAGES): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "impartial-ext-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: lang,
    viewport: { width: 1000, height: 800 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-default-apps",
      `--lang=${lang}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  // 15 s: the first keys in a page wait while the engine is injected and built (a second or more on a loaded machine).
  context.setDefaultTimeout(15_000);
  const requests: string[] = [];
  const foreign: string[] = [];
  const errors: string[] = [];
  const served = await fixtureRoutes(fixtures);
  context.on("request", (r) => requests.push(r.url()));
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    // The extension's own pages and files (its options page) load from the package, not the network.
    if (url.startsWith("chrome-extension://")) return route.continue();
    const file = served.get(url);
    if (file) return route.fulfill({ status: 200, body: file.body, headers: { "content-type": file.type, "content-security-policy": FIXTURE_CSP } });
    foreign.push(url);
    return route.abort("blockedbyclient");
  });
  const extensionId = unpackedExtensionId(extensionDir);
  return {
    context,
    extensionId,
    requests,
    foreign,
    errors,
    async open(fixture) {
      const page = await context.newPage();
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`console: ${m.text()}`);
      });
      page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
      await page.goto(fixture.url, { waitUntil: "load" });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Sets the extension's settings through its own options page, as a person would store them. */
export async function storeSettings(browser: ExtensionBrowser, settings: Record<string, unknown>): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.evaluate(async (s) => {
      await (globalThis as unknown as { chrome: { storage: { local: { set(i: unknown): Promise<void> } } } }).chrome.storage.local.set({ settings: s });
    }, settings);
  } finally {
    await page.close();
  }
}

/** Starts recording, in the page, every mutation of the editor's subtree and of <html> and <body> themselves. */
export async function watchMutations(page: Page, editor: string): Promise<void> {
  await page.evaluate((selector) => {
    const w = window as unknown as { mutations: { editor: string[]; page: string[] } };
    w.mutations = { editor: [], page: [] };
    const describe = (r: MutationRecord) =>
      `${r.type} on ${(r.target as Element).nodeName ?? r.target.nodeName}${r.attributeName ? ` [${r.attributeName}]` : ""}${[...r.addedNodes].map((n) => ` +${n.nodeName}`).join("")}${[...r.removedNodes].map((n) => ` -${n.nodeName}`).join("")}`;
    // The editor may be in an open shadow root (a web component's).
    const deep = (root: Document | ShadowRoot): Element | null => root.querySelector(selector) ?? [...root.querySelectorAll("*")].map((e) => (e.shadowRoot ? deep(e.shadowRoot) : null)).find((e) => e) ?? null;
    const inShadow = selector.split(" ").pop()!;
    const host = document.querySelector(selector) ? null : [...document.querySelectorAll("*")].find((e) => e.shadowRoot?.querySelector(inShadow));
    const editor = host ? host.shadowRoot!.querySelector(inShadow)! : deep(document)!;
    new MutationObserver((rs) => w.mutations.editor.push(...rs.map(describe))).observe(editor, { subtree: true, childList: true, attributes: true, characterData: true });
    const outer = new MutationObserver((rs) => w.mutations.page.push(...rs.map(describe)));
    outer.observe(document.documentElement, { childList: true, attributes: true });
    outer.observe(document.body, { childList: true, attributes: true });
  }, editor);
}

export async function mutations(page: Page): Promise<{ editor: string[]; page: string[] }> {
  return page.evaluate(() => (window as unknown as { mutations: { editor: string[]; page: string[] } }).mutations);
}

/**
 * Types `text` key by key, then returns the milliseconds from its last key to the verdict `level` on the chip, both
 * as the page saw them (the test's own round trips do not count): the median of three tries (the last key typed,
 * erased and typed again), so that one pause of a loaded machine does not decide. Only a rendering of the chip after
 * the key counts, so a verdict left from earlier keys cannot pass for it.
 */
export async function typeAndTime(page: Page, editor: string, text: string, level: string): Promise<number> {
  const last = text.slice(-1) === " " ? "Space" : text.slice(-1);
  await page.locator(editor).pressSequentially(text.slice(0, -1));
  await page.locator("impartial-check .chip").waitFor({ state: "visible" });
  const times: number[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0) await timeKey(page, undefined, () => page.locator(editor).press("Backspace"));
    times.push(await timeKey(page, level, () => page.locator(editor).press(last)));
  }
  return times.sort((a, b) => a - b)[1]!;
}

/**
 * Watches the chip, runs `press`, and returns the milliseconds from the key's keydown to the first rendering
 * after it, once the chip shows `level` (any level when undefined).
 */
async function timeKey(page: Page, level: string | undefined, press: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; renders: { at: number; level: string | null }[]; watcher?: MutationObserver };
    w.lastKey = 0;
    w.renders = [];
    w.watcher?.disconnect();
    // From the key going down: the draft changes then, and the verdict may come before the key is released.
    window.addEventListener("keydown", () => (w.lastKey = performance.now()), { capture: true, once: true });
    const chip = document.querySelector("impartial-check")!.shadowRoot!.querySelector(".chip")!;
    w.watcher = new MutationObserver(() => w.renders.push({ at: performance.now(), level: chip.getAttribute("data-level") }));
    w.watcher.observe(chip, { childList: true, subtree: true, attributes: true });
  });
  await press();
  const handle = await page.waitForFunction(
    (wanted) => {
      const w = window as unknown as { lastKey: number; renders: { at: number; level: string | null }[] };
      const after = w.lastKey > 0 ? w.renders.filter((r) => r.at > w.lastKey) : [];
      const latest = after[after.length - 1];
      return latest && (wanted === null || latest.level === wanted) ? after[0]!.at - w.lastKey : false;
    },
    level ?? null,
    { polling: "raf", timeout: 5_000 },
  );
  return (await handle.jsonValue()) as number;
}

export async function modelText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { modelText(): string }).modelText());
}

export async function posted(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { posted?: string[] }).posted ?? []);
}

/**
 * What the extension has run in a page's main frame, read in its own isolated world (where the loader and the content
 * script live, out of the page's reach) through the DevTools protocol: undefined when the extension has no world there.
 */
export async function extensionGlobals(page: Page, extensionId: string): Promise<{ loader: boolean; content: boolean } | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { frameId?: string } }[] = [];
    cdp.on("Runtime.executionContextCreated", (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
    await cdp.send("Runtime.enable");
    const { frameTree } = (await cdp.send("Page.getFrameTree")) as { frameTree: { frame: { id: string } } };
    const world = contexts.find((c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.frameId === frameTree.frame.id);
    if (!world) return undefined;
    const { result } = (await cdp.send("Runtime.evaluate", {
      contextId: world.id,
      expression: "({ loader: globalThis.__impartialLoader === true, content: globalThis.__impartialContent === true })",
      returnByValue: true,
    })) as { result: { value: { loader: boolean; content: boolean } } };
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** Waits until the loader has had the full content script injected into the page's main frame. */
export async function contentInjected(page: Page, extensionId: string, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await extensionGlobals(page, extensionId))?.content) {
    if (Date.now() > until) throw new Error("the content script was not injected");
    await page.waitForTimeout(50);
  }
}

/**
 * Waits until the content script is at work on `page`: a key typed in the fixture's editor brings the chip. (The
 * script is large and starts at document_idle: on a loaded machine a click right after the page loads may come first.)
 */
export async function extensionReady(page: Page, fixture: Fixture): Promise<void> {
  await page.locator(fixture.editor).click();
  await page.locator(fixture.editor).pressSequentially("Hi");
  await page.locator("impartial-check .chip").waitFor({ state: "visible" });
}

/**
 * Sets the clock of `page`'s renderer to `iso` through the DevTools protocol's virtual time, so that `new Date()` in
 * the content script's isolated world (which no page script can reach) reads that day too. Time then runs on from
 * there (faster than real time while the page is idle: hours, not weeks, over a test).
 */
export async function setPageClock(browser: ExtensionBrowser, page: Page, iso: string): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send("Emulation.setVirtualTimePolicy", { policy: "advance", initialVirtualTime: Date.parse(iso) / 1000 });
}

/**
 * The fixture in a Chromium with no extension at all (a context of `plain`), served as the extension's browser serves
 * it, with the clipboard allowed: what the editors do on their own.
 */
export async function openPlain(plain: Browser, fixture: Fixture): Promise<Page> {
  const context = await plain.newContext({ viewport: { width: 1000, height: 800 } });
  context.setDefaultTimeout(20_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(fixture.url).origin });
  const page = await context.newPage();
  page.on("close", () => void context.close());
  const served = await fixtureRoutes([fixture]);
  await page.route("**/*", async (route) => {
    const file = served.get(route.request().url());
    if (!file) return route.abort();
    return route.fulfill({ body: file.body, headers: { "content-type": file.type, "content-security-policy": FIXTURE_CSP } });
  });
  await page.goto(fixture.url);
  return page;
}

/**
 * For one describe block: the extension's browser in `locale` serving `fixtures` and, with `withPlain`, the same
 * Chromium with no extension (what the editors do on their own), launched before its tests and closed after them,
 * when no request may have left the fixture routes and the extension's own files.
 */
export function suiteBrowsers(locale: string, fixtures: readonly Fixture[], withPlain = false): { extension: ExtensionBrowser; plain: Browser } {
  const browsers = {} as { extension: ExtensionBrowser; plain: Browser };
  before(async () => {
    assert.ok(fixtures.length > 0, "fixtures to serve");
    browsers.extension = await launchWithExtension(CHROME_BUILD, locale, fixtures);
    // Generous: several workers share this machine's two cores, and typing a sentence may take seconds.
    browsers.extension.context.setDefaultTimeout(20_000);
    if (withPlain) browsers.plain = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  });
  after(async () => {
    const foreign = browsers.extension?.foreign ?? [];
    await browsers.plain?.close();
    await browsers.extension?.close();
    assert.deepEqual(foreign, [], "no request left the fixture routes");
  });
  return browsers;
}
