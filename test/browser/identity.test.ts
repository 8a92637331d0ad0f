import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { PAGES } from "../../web/site.js";
import { appForSuite, axeViolations, foreignRequests, saveScreenshot, skipWithoutChromium } from "./browser.js";

/**
 * Impartial is independent, not a Government of Canada service: no page may wear the federal identity marks (the
 * signature, the Canada wordmark, the canada.ca footer), and every page says what it is instead.
 */
describe("an honest identity on every page", { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();

  for (const page of PAGES) {
    for (const lang of ["en", "fr"] as const) {
      test(`${page.path[lang]} shows no federal identity mark and says it is independent`, async () => {
        const { page: tab, close } = await app().openPage(page.path[lang]);
        try {
          // Looks through every shadow root too: the design system draws its signature and footer inside them.
          const marks = await tab.evaluate(() => {
            const found: string[] = [];
            const walk = (root: Document | ShadowRoot) => {
              for (const e of root.querySelectorAll("*")) {
                const tag = e.tagName.toLowerCase();
                if (tag === "gcds-signature" || tag === "gcds-footer") found.push(tag);
                if (tag === "img" || tag === "svg" || tag === "object") {
                  const label = `${e.getAttribute("alt") ?? ""} ${e.getAttribute("aria-label") ?? ""} ${e.getAttribute("src") ?? ""}`;
                  if (/wordmark|symbol|signature|gouvernement du canada|government of canada/i.test(label)) found.push(`${tag}: ${label.trim()}`);
                }
                if (e.shadowRoot) walk(e.shadowRoot);
              }
            };
            walk(document);
            return found;
          });
          assert.deepEqual(marks, []);
          const header = await tab.locator(".site-brand").innerText();
          assert.match(header, lang === "en" ? /not a Government of Canada service/ : /pas un service du gouvernement du Canada/);
          const footer = await tab.locator(".site-footer").innerText();
          assert.match(footer, lang === "en" ? /not a Government of Canada service/ : /pas un service du gouvernement du Canada/);
          assert.ok(await tab.locator(`.site-footer a[href="${PAGES.find((p) => p.id === "about")!.path[lang]}#privacy"]`).count(), "the footer links to the privacy statement");
        } finally {
          await close();
        }
      });
    }
  }

  for (const lang of ["en", "fr"] as const) {
    const about = PAGES.find((p) => p.id === "about")!;
    test(`the About page (${lang}) states what the tool is, its sources with links, its accuracy and its privacy, and passes axe-core`, async () => {
      const { page: tab, requests, errors, close } = await app().openPage(about.path[lang]);
      try {
        for (const id of ["what", "guidance", "how", "accuracy", "extension", "privacy", "licence"]) assert.equal(await tab.locator(`section#${id} h2`).count(), 1, id);
        // The extension's section says where the built extension is and how each browser loads it.
        const extension = await tab.locator("section#extension").innerText();
        for (const needle of ["dist/extension/chrome", "dist/extension/firefox/manifest.json", "about:debugging", "Edge"]) assert.ok(extension.includes(needle), needle);
        const links = await tab.locator("section#guidance a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        assert.ok(links.length >= 5 && links.every((h) => h.startsWith("https://")), links.join(", "));
        assert.match(await tab.locator("section#licence").innerText(), /MIT/);
        assert.deepEqual(await axeViolations(tab), []);
        assert.deepEqual(foreignRequests(requests, app().origin), []);
        assert.deepEqual(errors, []);
        await saveScreenshot(tab, `about-${lang}`);
      } finally {
        await close();
      }
    });
  }
});
