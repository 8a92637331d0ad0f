import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { PAGES } from "../../web/site.js";
import type { Lang } from "../../src/core/model.js";
import { appForSuite, axeViolations, saveScreenshot, skipWithoutChromium } from "./browser.js";

/** WCAG 2.1 success criterion 1.4.10: content reflows at 320 CSS pixels wide, with no scrolling sideways. */
const NARROW = { width: 320, height: 640 };

describe("every page reflows at 320 CSS pixels (WCAG 1.4.10)", { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();

  for (const page of PAGES) {
    for (const lang of ["en", "fr"] as const) {
      test(`${page.path[lang]} needs no sideways scrolling on a 320-pixel screen`, async () => {
        const { page: tab, close } = await app().openPage(page.path[lang]);
        try {
          await tab.setViewportSize(NARROW);
          const overflow = await tab.evaluate(() => {
            const width = document.documentElement.clientWidth;
            // The elements that reach past the screen's right edge, named so a failure says what to fix.
            const wide = [...document.querySelectorAll("body *")]
              .filter((e) => e.getBoundingClientRect().right > width + 1)
              .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${e.className && typeof e.className === "string" ? `.${e.className.split(" ").join(".")}` : ""}`);
            return { scroll: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
          });
          assert.ok(overflow.scroll <= overflow.width, `the page is ${overflow.scroll} px wide on a ${overflow.width} px screen: ${overflow.wide.join(", ")}`);
        } finally {
          await close();
        }
      });
    }
  }
});

/** A desktop and a phone: every page in each language is axe-clean at both widths, and photographed to be looked at. */
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

/** What each page shows once used, so the photograph holds more than an empty form. */
const DRAFT: Record<Lang, string> = {
  en: "Vote Liberal on Monday! The minister is an idiot. Email me at jane.doe@example.com",
  fr: "Votez libéral lundi! Le ministre est un idiot. Écrivez-moi à jane.doe@example.com",
};

describe("every page at 1280 and 390 CSS pixels: axe-clean, photographed", { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();

  for (const page of PAGES) {
    for (const lang of ["en", "fr"] as const) {
      for (const size of WIDTHS) {
        test(`${page.path[lang]} at ${size.width} px`, async () => {
          // The whole guidance is a page too long to photograph whole: it is shown for one rule, as a finding links it.
          const path = page.id === "guidance" ? `${page.path[lang]}#rule=partisan/engaging` : page.path[lang];
          const { page: tab, close } = await app().openPage(path);
          try {
            await tab.setViewportSize(size);
            if (page.id === "guidance") await tab.locator("#guidance-rule-filter:not([hidden])").waitFor();
            if (page.id === "check") {
              await tab.locator("#draft").fill(DRAFT[lang]);
              await tab.locator('#verdict[data-level]:not([data-level="appropriate"])').waitFor();
            }
            assert.deepEqual(await axeViolations(tab), []);
            await saveScreenshot(tab, `${page.id}-${size.width}-${lang}`);
          } finally {
            await close();
          }
        });
      }
    }
  }
});
