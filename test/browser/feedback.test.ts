import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { assess } from "../../src/core/engine.js";
import type { Lang } from "../../src/core/model.js";
import { appForSuite, axeViolations, foreignRequests, networkSettled, saveScreenshot, skipWithoutChromium, waitForAttribute } from "./browser.js";

const CASES: { lang: Lang; check: string; feedback: string; draft: string; control: string; verdict: RegExp; reason: string; chooseFirst: string; kept: RegExp; listed: string; deleteAll: RegExp; confirmFirst: string; empty: RegExp }[] = [
  {
    lang: "en",
    check: "/",
    feedback: "/feedback/",
    draft: "Vote for the Liberal candidate in my riding!",
    control: "This finding looks wrong?",
    verdict: /^Not a problem/,
    reason: "It is a private account with five friends on it.",
    chooseFirst: "Choose what the finding should be.",
    kept: /^Report \d+ is kept on this computer\. Nothing was sent\. See your reports$/,
    listed: "1 report kept on this computer.",
    deleteAll: /^Yes, delete every report$/,
    confirmFirst: "Tick the box to confirm, then press the button again.",
    empty: /^No reports yet\./,
  },
  {
    lang: "fr",
    check: "/fr/",
    feedback: "/fr/signalements/",
    draft: "Votez pour le candidat libéral de ma circonscription!",
    control: "Ce constat semble erroné ?",
    verdict: /^Pas un problème/,
    reason: "C'est un compte privé où j'ai cinq amis.",
    chooseFirst: "Choisissez ce que le constat devrait être.",
    kept: /^Le signalement \d+ est conservé sur cet ordinateur\. Rien n'a été envoyé\. Voir vos signalements$/,
    listed: "1 signalement conservé sur cet ordinateur.",
    deleteAll: /^Oui, supprimer tous les signalements$/,
    confirmFirst: "Cochez la case pour confirmer, puis appuyez de nouveau sur le bouton.",
    empty: /^Aucun signalement pour l'instant\./,
  },
];

/** The reports the server keeps, asked as the CLI or a script on this computer would. */
async function keptIn(url: string): Promise<{ id: number }[]> {
  return ((await (await fetch(new URL("/api/feedback", url))).json()) as { reports: { id: number }[] }).reports;
}

describe('"This finding looks wrong" in a real browser', { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();
  const kept = () => keptIn(app().url);
  /** Each test begins with no report kept, whatever an earlier one left. */
  const clearAll = () => fetch(new URL("/api/feedback/delete", app().url), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ all: true, confirm: true }) });
  const add = async (report: unknown) => {
    const reply = await fetch(new URL("/api/feedback/report", app().url), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(report) });
    assert.equal(reply.status, 201);
    return (await reply.json()) as { id: number };
  };

  for (const c of CASES) {
    test(`${c.lang}: a report is kept from the Check page, listed on the Feedback page, downloaded as JSON lines and deleted`, async () => {
      await clearAll();
      const { page, requests, errors, close } = await app().openPage(c.check);
      try {
        await page.locator("#draft").fill(c.draft);
        const finding = page.locator("li.finding").first();
        await finding.waitFor();
        const message = await finding.locator("p").nth(1).innerText();
        const control = finding.locator("details.feedback-control");
        await control.locator("summary", { hasText: c.control }).click();
        // Saving without saying what it should be is refused, beside the choices.
        await control.getByRole("button").click();
        assert.equal(await control.locator(".field-error").innerText(), c.chooseFirst);
        await control.getByLabel(c.verdict).check();
        assert.equal(await control.locator(".field-error").isHidden(), true, "a choice made clears the error");
        await control.locator("textarea").fill(c.reason);
        assert.deepEqual(await axeViolations(page), [], "the check page with the form open");
        await saveScreenshot(page, `feedback-form-${c.lang}`);
        await control.getByRole("button").click();
        const status = control.locator(".feedback-status");
        await status.filter({ hasText: c.kept }).waitFor();
        assert.match((await status.innerText()).trim(), c.kept);
        assert.equal(await control.locator("form").count(), 0, "the form gives way to the confirmation");
        await saveScreenshot(page, `feedback-control-${c.lang}`);

        await status.getByRole("link").click();
        await page.waitForURL(new URL(c.feedback, app().url).href);
        await waitForAttribute(page.locator("#feedback-summary"), "data-state", "listed");
        assert.equal(await page.locator("#feedback-summary").innerText(), c.listed);
        const report = page.locator("li.feedback-report");
        assert.equal(await report.count(), 1);
        const shown = await report.innerText();
        for (const part of [c.draft, message, c.reason]) assert.ok(shown.includes(part), `the report shows ${JSON.stringify(part)}:\n${shown}`);
        await networkSettled(page);
        assert.deepEqual(await axeViolations(page), [], "the feedback page");
        await saveScreenshot(page, `feedback-${c.lang}`);

        const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#feedback-download").click()]);
        assert.equal(download.suggestedFilename(), "impartial-feedback.jsonl");
        const lines = readFileSync(await download.path(), "utf8").trimEnd().split("\n");
        assert.equal(lines.length, 1);
        const line = JSON.parse(lines[0]!) as { lang: string; text: string; finding: { rule: string; message: string }; verdict: string; reason: string };
        assert.equal(line.text, c.draft);
        assert.equal(line.lang, c.lang);
        assert.equal(line.finding.message, message);
        const rules = new Set([false, true].flatMap((electionPeriod) => assess({ text: c.draft, context: { electionPeriod } }).findings.map((f) => f.rule)));
        assert.ok(rules.has(line.finding.rule), `${line.finding.rule} is one of the rules the check finds (${[...rules].join(", ")})`);
        assert.equal(line.verdict, "not-a-problem");
        assert.equal(line.reason, c.reason);

        // At 390 px the list reads without scrolling sideways.
        await page.setViewportSize({ width: 390, height: 844 });
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), "no horizontal scroll at 390 px");
        await saveScreenshot(page, `feedback-${c.lang}-390`);

        // Delete all asks for its confirmation first.
        await page.locator("#delete-all-button").click();
        assert.equal(await page.locator("#delete-all-error").innerText(), c.confirmFirst);
        assert.equal(await report.count(), 1);
        await page.getByLabel(c.deleteAll).check();
        await page.locator("#delete-all-button").click();
        await waitForAttribute(page.locator("#feedback-summary"), "data-state", "empty");
        assert.match(await page.locator("#feedback-summary").innerText(), c.empty);
        assert.equal((await kept()).length, 0);
        assert.deepEqual(await axeViolations(page), [], "the empty feedback page");

        assert.deepEqual(foreignRequests(requests, app().origin), []);
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }

  test("one report is deleted by its own button, the others stay", async () => {
    const report = { lang: "en", text: "Vote NDP!", context: {}, finding: { rule: "partisan-endorsement", category: "partisan", level: "risky", message: "A message." }, verdict: "other", reason: "" };
    await clearAll();
    const first = await add(report);
    const second = await add({ ...report, text: "Vote Green!" });
    const { page, close } = await app().openPage("/feedback/");
    try {
      await waitForAttribute(page.locator("#feedback-summary"), "data-state", "listed");
      await page.getByRole("button", { name: `Delete report ${second.id}` }).click();
      await page.locator(`li.feedback-report[data-id="${second.id}"]`).waitFor({ state: "detached" });
      assert.deepEqual((await kept()).map((r) => r.id), [first.id]);
      assert.match(await page.locator("#feedback-status").innerText(), new RegExp(`Report ${second.id} was deleted`));
    } finally {
      await clearAll();
      await close();
    }
  });
});
