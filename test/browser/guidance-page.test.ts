import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Locator, Page } from "playwright-core";
import { GUIDANCE } from "../../src/core/guidance/corpus.js";
import type { Lang } from "../../src/core/model.js";
import { allRules, indexStatements } from "../../web/guidance-view.js";
import { appForSuite, axeViolations, foreignRequests, networkSettled, saveScreenshot, skipWithoutChromium, waitForValue } from "./browser.js";

const PAGES: { lang: Lang; path: string; search: string; found: string; all: RegExp; some: RegExp; noRule: string; contacts: string }[] = [
  {
    lang: "en",
    path: "/guidance/",
    search: "networking",
    found: "tbs.risk.appropriate.networking",
    all: new RegExp(`^${GUIDANCE.length} statements\\.$`),
    some: /^\d+ statements? of \d+ match(es)?\.$/,
    noRule: "No rule applies this statement yet.",
    contacts: "Whom to ask",
  },
  {
    lang: "fr",
    path: "/fr/lignes-directrices/",
    // Typed without its accent, as people do on an English keyboard.
    search: "reseauter",
    found: "tbs.risk.appropriate.networking",
    all: new RegExp(`^${GUIDANCE.length} énoncés\\.$`),
    some: /^\d+ énoncés? sur \d+ correspond(ent)?\.$/,
    noRule: "Aucune règle n'applique encore cet énoncé.",
    contacts: "À qui s'adresser",
  },
];

const statements = (page: Page) => page.locator("#guidance-list li.statement");

/** Types key by key, as a person does, once the design system's components have loaded (so nothing takes the focus away). */
async function typeSearch(page: Page, search: Locator, text: string): Promise<void> {
  await networkSettled(page);
  await search.click();
  await search.pressSequentially(text);
  await waitForValue(search, text);
}

describe("the guidance page in a real browser", { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();

  for (const p of PAGES) {
    describe(`in ${p.lang === "en" ? "English" : "French"} at ${p.path}`, () => {
      test("every statement is listed, those no rule applies say so, and the contacts have their own section", async () => {
        const { page, errors, close } = await app().openPage(p.path);
        try {
          assert.equal(await page.locator("html").getAttribute("lang"), p.lang);
          await page.locator("#guidance-search").waitFor();
          assert.match((await page.locator("#guidance-count").textContent()) ?? "", p.all);
          assert.equal(await statements(page).count(), GUIDANCE.length);
          // The same count as the index built in node from the rules' metadata.
          const unapplied = indexStatements().filter((e) => e.rules.length === 0).length;
          assert.ok(unapplied > 0);
          assert.equal(await page.getByText(p.noRule).count(), unapplied, "statements without a rule are shown as such");
          await page.getByRole("heading", { level: 2, name: p.contacts }).waitFor();
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      });

      test("typing a search narrows the list and the count follows", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          const search = page.getByLabel(p.lang === "en" ? "Search the guidance" : "Chercher dans les lignes directrices");
          await typeSearch(page, search, p.search);
          await page.locator("#guidance-count").filter({ hasText: p.some }).waitFor({ timeout: 10_000 });
          const shown = await statements(page).count();
          assert.ok(shown >= 1 && shown < GUIDANCE.length, `${shown} statements shown`);
          await page.locator(`[id="statement-${p.found}"]`).waitFor();
          assert.match(page.url(), /#q=/, "the search is in the URL");
        } finally {
          await close();
        }
      });

      test("a rule's link filters to the statements that rule cites, and the URL says which rule", async () => {
        const rule = allRules().find((r) => r.id === "partisan/engaging")!;
        const { page, close } = await app().openPage(p.path);
        try {
          await page.locator(`[id="statement-${rule.guidance[0]}"] a[data-rule="${rule.id}"]`).click();
          await page.waitForURL(/#rule=partisan\/engaging$/);
          await page.locator("#guidance-rule-filter").filter({ hasText: rule.id }).waitFor();
          await page.waitForFunction((n) => document.querySelectorAll("#guidance-list li.statement").length === n, rule.guidance.length);
          const shown = await statements(page).evaluateAll((items) => items.map((li) => li.id.replace(/^statement-/, "")));
          assert.deepEqual(new Set(shown), new Set(rule.guidance));
          await page.locator("#guidance-clear-rule").click();
          await page.waitForFunction((n) => document.querySelectorAll("#guidance-list li.statement").length === n, GUIDANCE.length);
        } finally {
          await close();
        }
      });

      test("axe-core finds no WCAG 2.1 A or AA violations, with all statements and filtered by a rule", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await page.locator("#guidance-search").waitFor();
          assert.deepEqual(await axeViolations(page), [], "the full list");
          await page.goto(new URL(`${p.path}#rule=partisan/engaging`, app().url).href);
          await page.locator("#guidance-rule-filter:not([hidden])").waitFor();
          assert.deepEqual(await axeViolations(page), [], "filtered by a rule");
        } finally {
          await close();
        }
      });

      test("every request goes to the page's own server, with no console or CSP error, and a screenshot is saved", async () => {
        const { page, requests, errors, close } = await app().openPage(p.path);
        try {
          await typeSearch(page, page.getByRole("searchbox"), p.lang === "en" ? "vote" : "voter");
          await page.locator("#guidance-count").filter({ hasText: p.some }).waitFor({ timeout: 10_000 });
          await networkSettled(page);
          assert.ok(requests.length > 0, "the page was loaded through the recorder");
          assert.deepEqual(foreignRequests(requests, app().origin), [], `all ${requests.length} requests are to ${app().origin}`);
          assert.deepEqual(errors, []);
          await saveScreenshot(page, `guidance-${p.lang}`);
        } finally {
          await close();
        }
      });
    });
  }
});
