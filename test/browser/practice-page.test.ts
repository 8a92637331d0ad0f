import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { LEVELS, type Lang, type Level } from "../../src/core/model.js";
import { scenarioById, SCENARIOS } from "../../src/core/scenarios.js";
import { PRACTICE_STRINGS } from "../../web/practice-view.js";
import { appForSuite, axeViolations, foreignRequests, networkSettled, saveScreenshot, skipWithoutChromium, waitForAttribute, waitForFocus } from "./browser.js";

const PAGES: { lang: Lang; path: string; name: string }[] = [
  { lang: "en", path: "/practice/", name: "in English at /practice/" },
  { lang: "fr", path: "/fr/pratique/", name: "in French at /fr/pratique/" },
];

const SCENARIO = scenarioById("duty-of-loyalty")!;

/** Rates a choice by clicking the level's radio, found by its label inside the choice's group. */
async function rate(page: Page, lang: Lang, choiceId: string, level: Level): Promise<void> {
  await page.locator(`fieldset[data-choice="${choiceId}"]`).getByRole("radio", { name: PRACTICE_STRINGS[lang].level[level], exact: true }).check();
}

/** A level other than the right one: the answer a learner gets wrong. */
function wrongLevel(level: Level): Level {
  return LEVELS.find((l) => l !== level)!;
}

describe("the practice page in a real browser", { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();

  for (const p of PAGES) {
    const t = PRACTICE_STRINGS[p.lang];
    describe(p.name, () => {
      test(`the page loads with lang="${p.lang}" and lists every scenario with its title and its source`, async () => {
        const { page, errors, close } = await app().openPage(p.path);
        try {
          const links = page.locator(".scenario-list a");
          await links.first().waitFor();
          assert.equal(await page.locator("html").getAttribute("lang"), p.lang);
          assert.deepEqual(await links.allTextContents(), SCENARIOS.map((s) => s.title[p.lang]));
          assert.match((await page.locator(".scenario-list li").first().textContent()) ?? "", p.lang === "fr" ? /Pratiques exemplaires/ : /Best practices/);
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      });

      test("a link with #duty-of-loyalty opens that scenario; checking shows each choice's level and the score, and a wrong answer is marked wrong", async () => {
        const { page, close } = await app().openPage(`${p.path}#${SCENARIO.id}`);
        try {
          await page.locator("#practice-scenario-heading").waitFor();
          assert.equal(await page.locator("#practice-scenario-heading").textContent(), SCENARIO.title[p.lang]);
          const [first, second, ...rest] = SCENARIO.choices;
          await rate(page, p.lang, first!.id, first!.expected);
          await rate(page, p.lang, second!.id, wrongLevel(second!.expected));
          for (const c of rest) await rate(page, p.lang, c.id, c.expected);
          await page.getByRole("button", { name: t.check }).click();
          const score = page.locator("#practice-score");
          await score.waitFor({ state: "visible" });
          const total = SCENARIO.choices.length;
          assert.equal(await page.locator("#practice-score-text").textContent(), t.score(total - 1, total, total));
          for (const c of SCENARIO.choices) {
            const outcome = page.locator(`fieldset[data-choice="${c.id}"] .outcome`);
            assert.equal(await outcome.getAttribute("data-expected"), c.expected, c.id);
            assert.match((await outcome.textContent()) ?? "", new RegExp(t.levelWord[c.expected]));
            assert.match((await page.locator(`fieldset[data-choice="${c.id}"] .choice-feedback`).textContent()) ?? "", new RegExp(c.explanation[p.lang].slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
          }
          await waitForAttribute(page.locator(`fieldset[data-choice="${second!.id}"]`), "data-outcome", "wrong");
          await waitForAttribute(page.locator(`fieldset[data-choice="${first!.id}"]`), "data-outcome", "right");
          assert.equal(await page.locator(`fieldset[data-choice="${second!.id}"] .outcome`).textContent(), t.wrong(t.levelWord[second!.expected], t.levelWord[wrongLevel(second!.expected)]));
          assert.ok((await page.locator(`fieldset[data-choice="${first!.id}"] blockquote`).count()) > 0, "the guidance is quoted");
        } finally {
          await close();
        }
      });

      test("start again clears the answers and the results; next scenario opens the following one", async () => {
        const { page, close } = await app().openPage(`${p.path}#${SCENARIO.id}`);
        try {
          const choice = SCENARIO.choices[0]!;
          await rate(page, p.lang, choice.id, choice.expected);
          await page.getByRole("button", { name: t.check }).click();
          await page.locator("#practice-score").waitFor({ state: "visible" });
          await page.getByRole("button", { name: t.reset }).click();
          await page.locator("#practice-score").waitFor({ state: "hidden" });
          assert.equal(await page.locator("#practice-form input:checked").count(), 0);
          assert.equal(await page.locator("#practice-form .outcome").count(), 0);
          await rate(page, p.lang, choice.id, choice.expected);
          await page.getByRole("button", { name: t.check }).click();
          await page.getByRole("link", { name: t.next }).click();
          const next = SCENARIOS[1]!;
          await waitForAttribute(page.locator("#practice-scenario"), "data-scenario", next.id);
          assert.equal(new URL(page.url()).hash, `#${next.id}`);
          assert.ok(await page.locator("#practice-scenario-heading").evaluate((h) => h === document.activeElement), "focus moves to the new scenario");
        } finally {
          await close();
        }
      });

      test("a scenario can be chosen, rated and checked with the keyboard alone", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          const link = page.locator(`.scenario-list a[data-scenario="${SCENARIO.id}"]`);
          await link.focus();
          await page.keyboard.press("Enter");
          await waitForFocus(page, "#practice-scenario-heading");
          // Tab into the first choice's radios, Space picks the focused one (appropriate), Enter submits the form.
          await page.locator(`#choice-${SCENARIO.choices[0]!.id}-appropriate`).focus();
          await page.keyboard.press("Space");
          await page.keyboard.press("ArrowDown");
          await page.locator(`#choice-${SCENARIO.choices[0]!.id}-risky:checked`).waitFor({ state: "attached" });
          await page.keyboard.press("Enter");
          await page.locator("#practice-score").waitFor({ state: "visible" });
          assert.equal(await page.locator("#practice-score-text").textContent(), t.score(SCENARIO.choices[0]!.expected === "risky" ? 1 : 0, 1, SCENARIO.choices.length));
        } finally {
          await close();
        }
      });

      test("an unknown scenario in the address says so and offers the list", async () => {
        const { page, close } = await app().openPage(`${p.path}#no-such-scenario`);
        try {
          await page.locator("#practice-area").getByText(t.unknown("no-such-scenario")).waitFor();
        } finally {
          await close();
        }
      });

      test("axe-core finds no WCAG 2.1 A or AA violations, before and after checking; no foreign request, no error; a screenshot is saved", async () => {
        const { page, requests, errors, close } = await app().openPage(`${p.path}#${SCENARIO.id}`);
        try {
          await page.locator("#practice-form").waitFor();
          assert.deepEqual(await axeViolations(page), [], "before checking");
          const [first, ...rest] = SCENARIO.choices;
          await rate(page, p.lang, first!.id, wrongLevel(first!.expected));
          for (const c of rest) await rate(page, p.lang, c.id, c.expected);
          await page.getByRole("button", { name: t.check }).click();
          await page.locator("#practice-score").waitFor({ state: "visible" });
          // Opened, so the quotes are shown to axe and in the screenshot.
          for (const summary of await page.locator("#practice-form details summary").all()) await summary.click();
          assert.deepEqual(await axeViolations(page), [], "with the results shown");
          await networkSettled(page);
          assert.deepEqual(foreignRequests(requests, app().origin), []);
          assert.deepEqual(errors, []);
          await saveScreenshot(page, `practice-${p.lang}`);
        } finally {
          await close();
        }
      });
    });
  }
});
