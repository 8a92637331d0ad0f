import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { Lang } from "../../src/core/model.js";
import { QUESTIONS, selfAssess, type Answers } from "../../src/core/self-assessment.js";
import { SELF_ASSESSMENT_LABELS } from "../../src/report/self-assessment-html.js";
import { appForSuite, axeViolations, foreignRequests, networkSettled, saveScreenshot, skipWithoutChromium, waitForAttribute, waitForFocus } from "./browser.js";

const PAGES: { lang: Lang; path: string; name: string }[] = [
  { lang: "en", path: "/assess/", name: "in English at /assess/" },
  { lang: "fr", path: "/fr/auto-evaluation/", name: "in French at /fr/auto-evaluation/" },
];

const CANDIDACY: Answers = { activity: "candidate", role: "employee", mandate: "no", followers: "few" };
const DEPUTY_HEAD: Answers = { activity: "like-share", role: "deputy-head" };
const INFORMING: Answers = { activity: "inform", role: "employee", identifiable: "yes", election: "yes", when: "own-time" };

/** Ticks each answer the way a person finds it: the radio labelled with the answer, inside the group named by the question. */
async function answer(page: Page, lang: Lang, answers: Answers): Promise<void> {
  for (const [questionId, answerId] of Object.entries(answers)) {
    const q = QUESTIONS.find((x) => x.id === questionId)!;
    const a = q.answers.find((x) => x.id === answerId)!;
    await page.getByRole("group", { name: q[lang] }).getByRole("radio", { name: a[lang], exact: true }).check();
  }
}

async function submit(page: Page, lang: Lang): Promise<void> {
  await page.getByRole("button", { name: lang === "fr" ? "Voir le résultat" : "See the result" }).click();
}

/** What the page shows against what selfAssess gives in node for the same answers: level, score and drivers. */
async function assertMatchesCore(page: Page, lang: Lang, answers: Answers, text?: string): Promise<void> {
  const expected = selfAssess(answers, { lang, ...(text ? { text } : {}) });
  const result = page.locator("#assess-result");
  await waitForAttribute(result, "data-level", expected.level);
  assert.equal(await result.getAttribute("data-score"), String(expected.score));
  assert.match((await page.locator("#assess-level").textContent()) ?? "", new RegExp(SELF_ASSESSMENT_LABELS[lang].level[expected.level]));
  assert.deepEqual(await page.locator("#assess-result .drivers > li").evaluateAll((items) => items.map((i) => i.getAttribute("data-question"))), expected.drivers.map((d) => d.question));
  const steps = await page.locator("#assess-result .next > li > p:first-child").allTextContents();
  assert.deepEqual(steps, expected.next.map((s) => s.text));
}

describe("the self-assessment page in a real browser", { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();

  for (const p of PAGES) {
    describe(p.name, () => {
      test(`the page loads with lang="${p.lang}", one fieldset per question, and says the answers are not stored`, async () => {
        const { page, errors, close } = await app().openPage(p.path);
        try {
          await page.locator("#assess-form").waitFor();
          assert.equal(await page.locator("html").getAttribute("lang"), p.lang);
          assert.equal(await page.locator("#assess-form fieldset").count(), QUESTIONS.length);
          const hint = page.locator("#q-role-hint");
          assert.equal(await hint.textContent(), QUESTIONS.find((q) => q.id === "role")!.why[p.lang]);
          assert.match((await page.locator("#q-role").getAttribute("aria-describedby")) ?? "", /q-role-hint/);
          assert.match((await page.locator("#assess-app").textContent()) ?? "", p.lang === "fr" ? /ne sont pas conservées/ : /not stored/);
          assert.deepEqual(await page.evaluate(() => [sessionStorage.length, localStorage.length]), [0, 0]);
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      });

      test("seeking a candidacy leads with the PSC's permission, as selfAssess says", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await answer(page, p.lang, CANDIDACY);
          await submit(page, p.lang);
          await assertMatchesCore(page, p.lang, CANDIDACY);
          assert.equal(selfAssess(CANDIDACY, { lang: p.lang }).permissionNeeded, true);
          await page.locator("#assess-permission").waitFor();
          assert.ok(await page.locator("#assess-result-heading").evaluate((h) => h === document.activeElement), "focus moves to the result");
        } finally {
          await close();
        }
      });

      test("a deputy head liking a political post is high risk, as selfAssess says", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await answer(page, p.lang, DEPUTY_HEAD);
          await submit(page, p.lang);
          await assertMatchesCore(page, p.lang, DEPUTY_HEAD);
          assert.equal(selfAssess(DEPUTY_HEAD, { lang: p.lang }).level, "high");
        } finally {
          await close();
        }
      });

      test("informing yourself as a voter is low risk, as selfAssess says, and no answer is kept in storage", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await answer(page, p.lang, INFORMING);
          await submit(page, p.lang);
          await assertMatchesCore(page, p.lang, INFORMING);
          assert.equal(await page.locator("#assess-result").getAttribute("data-level"), "low");
          assert.deepEqual(await page.evaluate(() => [sessionStorage.length, localStorage.length]), [0, 0]);
        } finally {
          await close();
        }
      });

      test("the activity's wording is judged by the engine, and whom to contact is listed", async () => {
        const { page, close } = await app().openPage(p.path);
        const answers: Answers = { activity: "comment", role: "employee" };
        const text = p.lang === "fr" ? "Votez libéral! C'est le seul parti qui mérite votre appui." : "Vote Liberal! They are the only party worth supporting.";
        try {
          await answer(page, p.lang, answers);
          await page.locator("#assess-text").fill(text);
          await submit(page, p.lang);
          await assertMatchesCore(page, p.lang, answers, text);
          const judged = selfAssess(answers, { lang: p.lang, text }).text!;
          assert.equal(await page.locator("#assess-result .text-level").getAttribute("data-level"), judged.level);
          assert.match((await page.locator("#assess-result .contacts").textContent()) ?? "", p.lang === "fr" ? /personne désignée pour les activités politiques/ : /political activities representative/);
        } finally {
          await close();
        }
      });

      test("submitting without the role shows the error summary, focused, with a link that takes you to the question", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await answer(page, p.lang, { activity: "comment" });
          await submit(page, p.lang);
          const summary = page.locator("#assess-errors");
          await summary.waitFor({ state: "visible" });
          assert.ok(await summary.evaluate((s) => s === document.activeElement), "focus moves to the error summary");
          const links = summary.getByRole("link");
          assert.equal(await links.count(), 1);
          assert.equal(await links.first().getAttribute("href"), "#q-role-employee");
          assert.match((await links.first().textContent()) ?? "", new RegExp(QUESTIONS.find((q) => q.id === "role")![p.lang].replace("?", "\\?")));
          assert.equal(await page.locator("#assess-result").isHidden(), true, "no result is shown");
          assert.equal(await page.locator("#q-role-error").isVisible(), true, "the question itself says what is wrong");
          assert.match((await page.locator("#q-role").getAttribute("aria-describedby")) ?? "", /q-role-error/);
          await links.first().click();
          assert.ok(await page.locator("#q-role-employee").evaluate((r) => r === document.activeElement), "the link focuses the question's first answer");
          assert.deepEqual(await axeViolations(page), [], "with the error summary shown");
        } finally {
          await close();
        }
      });

      test("printing shows the answers given and the result, not the form's controls", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await answer(page, p.lang, CANDIDACY);
          await submit(page, p.lang);
          await waitForAttribute(page.locator("#assess-result"), "data-level", selfAssess(CANDIDACY, { lang: p.lang }).level);
          await page.emulateMedia({ media: "print" });
          assert.equal(await page.locator("#assess-form").isVisible(), false, "the form is not printed");
          assert.equal(await page.locator("#assess-print").isVisible(), false, "the print button is not printed");
          assert.equal(await page.locator("#assess-level").isVisible(), true, "the level is printed");
          const answers = page.locator("#assess-result dl.answers");
          assert.equal(await answers.isVisible(), true, "the answers given are printed");
          const candidate = QUESTIONS[0]!.answers.find((a) => a.id === "candidate")![p.lang];
          assert.match((await answers.textContent()) ?? "", new RegExp(candidate.replace(/[()]/g, "\\$&")));
          await page.emulateMedia({ media: "screen" });
          assert.equal(await page.locator("#assess-form").isVisible(), true, "on screen the form stays");
        } finally {
          await close();
        }
      });

      for (const [name, answers, headline, level] of [
        ["a lawn sign", { activity: "sign", role: "employee" }, undefined, "moderate"],
        ["a donation", { activity: "donate", role: "employee", jurisdiction: "provincial" }, undefined, "moderate"],
        ["a municipal candidacy", { activity: "candidate", role: "employee", jurisdiction: "municipal" }, "#assess-permission", "moderate"],
      ] as const) {
        test(`${name}: the printed result leads with the right headline and carries its date and version`, async () => {
          const { page, close } = await app().openPage(p.path);
          try {
            await page.clock.setFixedTime(new Date("2026-10-05T12:00:00-04:00"));
            await answer(page, p.lang, answers);
            await submit(page, p.lang);
            await waitForAttribute(page.locator("#assess-result"), "data-level", level);
            await assertMatchesCore(page, p.lang, answers);
            await page.emulateMedia({ media: "print" });
            const date = await page.locator("#assess-date").innerText();
            assert.match(date, p.lang === "fr" ? /5 octobre 2026/ : /October 5, 2026/);
            assert.match(date, /Impartial \d+\.\d+\.\d+/);
            if (headline) assert.match(await page.locator(headline).innerText(), p.lang === "fr" ? /permission de la Commission de la fonction publique/ : /Public Service Commission's permission/);
            else assert.equal(await page.locator("#assess-permission").count(), 0);
            await page.emulateMedia({ media: "screen" });
            if (name === "a municipal candidacy") await saveScreenshot(page, `assess-municipal-candidacy-${p.lang}`);
          } finally {
            await close();
          }
        });
      }

      test("the whole form can be answered and submitted with the keyboard alone", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await page.locator("#q-activity-vote").focus();
          // Arrow keys move within a radio group; Tab goes to the next group.
          await page.keyboard.press("ArrowDown");
          await page.locator("#q-activity-inform:checked").waitFor({ state: "attached" });
          await page.keyboard.press("Tab");
          await waitForFocus(page, "#q-jurisdiction-federal");
          await page.keyboard.press("Space");
          await page.keyboard.press("Tab");
          await waitForFocus(page, "#q-role-employee");
          await page.keyboard.press("Space");
          await page.locator("#q-role-employee:checked").waitFor({ state: "attached" });
          await page.locator("#assess-action").focus();
          await page.keyboard.press("Tab");
          await waitForFocus(page, "#assess-form button[type=submit]");
          await page.keyboard.press("Enter");
          const expected = selfAssess({ activity: "inform", jurisdiction: "federal", role: "employee" }, { lang: p.lang });
          await waitForAttribute(page.locator("#assess-result"), "data-level", expected.level);
        } finally {
          await close();
        }
      });

      test("axe-core finds no WCAG 2.1 A or AA violations, before and after a result", async () => {
        const { page, close } = await app().openPage(p.path);
        try {
          await page.locator("#assess-form").waitFor();
          assert.deepEqual(await axeViolations(page), [], "on the empty form");
          await answer(page, p.lang, CANDIDACY);
          await page.locator("#assess-text").fill("Vote for me!");
          await submit(page, p.lang);
          await waitForAttribute(page.locator("#assess-result"), "data-level", selfAssess(CANDIDACY, { lang: p.lang, text: "Vote for me!" }).level);
          await page.locator("#assess-permission").waitFor();
          assert.deepEqual(await axeViolations(page), [], "with a result shown");
        } finally {
          await close();
        }
      });

      test("every request goes to the page's own server, with no console or CSP error; a screenshot is saved", async () => {
        const { page, requests, errors, close } = await app().openPage(p.path);
        try {
          await answer(page, p.lang, DEPUTY_HEAD);
          await submit(page, p.lang);
          await waitForAttribute(page.locator("#assess-result"), "data-level", "high");
          await networkSettled(page);
          assert.ok(requests.length > 0);
          assert.deepEqual(foreignRequests(requests, app().origin), []);
          assert.deepEqual(errors, []);
          await saveScreenshot(page, `assess-${p.lang}`);
        } finally {
          await close();
        }
      });
    });
  }
});
