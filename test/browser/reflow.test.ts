import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { PAGES } from "../../web/site.js";
import { appForSuite, skipWithoutChromium } from "./browser.js";

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
