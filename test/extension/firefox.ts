import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { FIXTURE_CSP, FIXTURE_PAGES, fixtureRoutes, ROOT, type Fixture } from "./harness.js";

/** Debian's Firefox ESR (CI installs the `firefox-esr` package). */
export const FIREFOX_PATH = process.env.FIREFOX_PATH || "/usr/bin/firefox-esr";
/** The unpacked Firefox build that `npm run build` wrote. */
export const FIREFOX_BUILD = join(ROOT, "dist", "extension", "firefox");

export const FIREFOX_MISSING = `firefox-esr is not installed at ${FIREFOX_PATH}: the Firefox tests are skipped (apt-get install firefox-esr; CI installs it)`;

/**
 * The `skip` option for Firefox suites: the skip message when Firefox is absent on a developer's machine, false when
 * it is present or when CI is set (CI must run them, so there the launch fails loudly instead).
 */
export function skipWithoutFirefox(): string | false {
  if (existsSync(FIREFOX_PATH) || process.env.CI) return false;
  return FIREFOX_MISSING;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** Firefox's own Remote Settings requests, sent to the local server rather than Mozilla's (not the pages', not the extension's). */
  remoteSettings: string[];
  /** Every request the pages made, in order. */
  requests: string[];
  /** The pages' requests to anything but the fixture routes (refused): must stay empty. */
  foreign: string[];
  /**
   * Whatever reached the network layer at all, from any part of the browser (the extension's own pages and scripts
   * included): the profile's only proxy is a local one that records each request and refuses it. Must stay empty.
   */
  escaped: string[];
  /** Console errors and uncaught exceptions of the pages opened. */
  errors: string[];
  open(fixture: Fixture): Promise<Page>;
  close(): Promise<void>;
}

/** Where the profile sends Firefox's own Remote Settings (blocklists, certificate revocations): the proxy's port, directly. */
const REMOTE_SETTINGS_PATH = "/firefox-remote-settings/v1";

/**
 * A server on loopback that is the profile's only proxy: it records every request sent through it and answers none.
 * Firefox's own Remote Settings, sent to it directly (not as a proxy) by the profile, are told there is nothing new.
 */
async function refusingProxy(escaped: string[], remoteSettings: string[]): Promise<Server> {
  const proxy = createServer((req, res) => {
    if (req.url?.startsWith(REMOTE_SETTINGS_PATH)) {
      remoteSettings.push(req.url);
      res.writeHead(503, { "retry-after": "86400" }).end();
      return;
    }
    escaped.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  proxy.on("connect", (req, socket) => {
    escaped.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  return proxy;
}

/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi, with the unpacked extension installed as a temporary
 * add-on (BiDi webExtension.install), the browser's language `lang`; every page request is answered from the fixtures
 * or refused, and anything else the browser sends goes to a local proxy that records and refuses it.
 *
 * Host permissions: Firefox treats a Manifest V3 add-on's hosts (its content scripts' matches) as the person's to
 * grant. On install, Firefox 153 grants them when `extensions.originControls.grantByDefault` is true — its default
 * (all.js), the same grant a person gives by accepting the install prompt, which lists those sites (Firefox 127+). The
 * profile sets it explicitly to that default so that the test does not rest on a build's defaults; nothing else about
 * permissions is changed, and the content script then runs only where the manifest matches. With it false (as for a
 * person who has not granted the sites), Firefox 153.8.0esr runs no content script on the fixtures at all: no host.
 */
export async function launchFirefoxWithExtension(extensionDir: string, lang: string, fixtures: readonly Fixture[] = FIXTURE_PAGES): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`firefox-esr is not installed at ${FIREFOX_PATH} and CI is set: CI must run the Firefox tests (.ci/run installs the firefox-esr package)`);
  const requests: string[] = [];
  const foreign: string[] = [];
  const escaped: string[] = [];
  const errors: string[] = [];
  const remoteSettings: string[] = [];
  const proxy = await refusingProxy(escaped, remoteSettings);
  const { port } = proxy.address() as AddressInfo;
  const served = await fixtureRoutes(fixtures);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX_PATH,
      headless: true,
      defaultViewport: { width: 1000, height: 800 },
      // Firefox's own Remote Settings poll Mozilla at start-up; a release build takes the server's address from the
      // profile only with this variable set, and the profile points it at the local server.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: "1" },
      extraPrefsFirefox: {
        "services.settings.server": `http://127.0.0.1:${port}${REMOTE_SETTINGS_PATH}`,
        "extensions.originControls.grantByDefault": true,
        // navigator.language, which the extension follows when the person has not chosen a language.
        "intl.accept_languages": lang,
        // The tab's icon is the browser's own request, not the page's: not asked for.
        "browser.chrome.site_icons": false,
        "network.proxy.type": 1,
        "network.proxy.http": "127.0.0.1",
        "network.proxy.http_port": port,
        "network.proxy.ssl": "127.0.0.1",
        "network.proxy.ssl_port": port,
        "network.dns.disablePrefetch": true,
        "network.predictor.enabled": false,
      },
    });
    await browser.installExtension(extensionDir);
  } catch (e) {
    proxy.close();
    throw e;
  }
  return {
    browser,
    remoteSettings,
    requests,
    foreign,
    escaped,
    errors,
    async open(fixture) {
      const page = await browser.newPage();
      page.setDefaultTimeout(5_000);
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`console: ${m.text()}`);
      });
      page.on("pageerror", (e) => errors.push(`uncaught: ${e instanceof Error ? e.message : String(e)}`));
      await page.setRequestInterception(true);
      page.on("request", (r) => {
        const url = r.url();
        requests.push(url);
        const file = served.get(url);
        if (file) void r.respond({ status: 200, body: file.body, headers: { "content-type": file.type, "content-security-policy": FIXTURE_CSP } });
        else {
          foreign.push(url);
          void r.abort("blockedbyclient");
        }
      });
      await page.goto(fixture.url, { waitUntil: "load" });
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}
