import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { assess } from "../../src/core/engine.js";
import type { Lang } from "../../src/core/model.js";
import { skipWithoutChromium, startApp, waitForAttribute, waitForValue, type App } from "./browser.js";

// From dist/test/browser up to the project root, whatever directory the tests run from.
const SCREENSHOTS = fileURLToPath(new URL("../../../test-output/screenshots/", import.meta.url));
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const PAGES: { lang: Lang; path: string; name: string; workHours: RegExp; profile: RegExp; harmless: string; bio: string }[] = [
  {
    lang: "en",
    path: "/",
    name: "in English at /",
    workHours: /working hours|on duty/i,
    profile: /\b(profile|bio)\b/i,
    harmless: "Lovely walk by the river this morning.",
    bio: "Policy analyst at Health Canada. Proud Liberal supporter.",
  },
  {
    lang: "fr",
    path: "/fr/",
    name: "in French at /fr/",
    workHours: /heures de travail|en service/i,
    profile: /\b(profil|biographie|bio)\b/i,
    harmless: "Belle promenade au bord de la rivière ce matin.",
    bio: "Analyste à Santé Canada. Fier partisan du Parti libéral.",
  },
];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function typeDraft(page: Page, text: string): Promise<void> {
  const draft = page.locator("#draft");
  await draft.fill("");
  // Key by key, as a person types: the verdict must follow the keystrokes, not a submit.
  await draft.pressSequentially(text);
}

/** Picks "profile" as the action, whether the page offers it as a radio button or as an option of a select. */
async function chooseProfile(page: Page, label: RegExp): Promise<void> {
  const radio = page.getByRole("radio", { name: label });
  const select = page.locator("select").filter({ has: page.locator('option[value="profile"]') });
  await radio.or(select).first().waitFor();
  if ((await radio.count()) > 0) await radio.first().check();
  else await select.first().selectOption("profile");
}

describe("the check page in a real browser", { skip: skipWithoutChromium() }, () => {
  let app: App;

  before(async () => {
    app = await startApp();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  after(async () => {
    await app?.close();
  });

  for (const p of PAGES) {
    describe(p.name, () => {
      test(`the page loads with lang="${p.lang}", a title, and no console errors`, async () => {
        const { page, errors, close } = await app.openPage(p.path);
        try {
          await page.waitForLoadState("networkidle");
          assert.equal(await page.locator("html").getAttribute("lang"), p.lang);
          assert.notEqual((await page.title()).trim(), "", "the page has a title");
          await page.locator("#draft").waitFor();
          await page.locator("#verdict").waitFor({ state: "attached" });
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      });

      test('"Vote Liberal! #elxn45" during working hours is inappropriate', async () => {
        const { page, close } = await app.openPage(p.path);
        try {
          await page.getByLabel(p.workHours).check();
          await typeDraft(page, "Vote Liberal! #elxn45");
          await waitForAttribute(page.locator("#verdict"), "data-level", "inappropriate");
        } finally {
          await close();
        }
      });

      test("a harmless draft is appropriate, even right after a partisan one", async () => {
        const { page, close } = await app.openPage(p.path);
        try {
          // From a red verdict first, so "appropriate" is an update, not what the empty page shows anyway.
          await typeDraft(page, "Vote Liberal! #elxn45");
          await waitForAttribute(page.locator("#verdict"), "data-level", "risky");
          await typeDraft(page, p.harmless);
          await waitForAttribute(page.locator("#verdict"), "data-level", "appropriate");
        } finally {
          await close();
        }
      });

      test("a bio offers a safer rewrite, and one click puts it in the draft box", async () => {
        const { page, close } = await app.openPage(p.path);
        try {
          await chooseProfile(page, p.profile);
          await typeDraft(page, p.bio);
          const expected = assess({ text: p.bio, action: "profile" }, { lang: p.lang }).rewrite;
          assert.ok(expected, "the engine has a rewrite for this bio (fixture check)");
          const button = page.locator("#apply-rewrite");
          await button.waitFor({ state: "visible" });
          await button.click();
          await waitForValue(page.locator("#draft"), expected);
        } finally {
          await close();
        }
      });

      test("axe-core finds no WCAG 2.1 A or AA violations, before and after a verdict", async () => {
        const { page, close } = await app.openPage(p.path);
        try {
          await page.locator("#draft").waitFor();
          // Evaluated through the DevTools protocol, which the page's CSP does not govern: the CSP stays fully on.
          await page.evaluate(AXE_SOURCE);
          const run = () =>
            page.evaluate(async (tags) => {
              const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
              return (await axe.run((globalThis as unknown as { document: unknown }).document, { runOnly: { type: "tag", values: tags } })).violations;
            }, AXE_TAGS) as Promise<AxeViolation[]>;
          const summary = (vs: AxeViolation[]) => vs.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
          assert.deepEqual(summary(await run()), [], "on the empty page");
          await chooseProfile(page, p.profile);
          await typeDraft(page, p.bio);
          await page.locator("#apply-rewrite").waitFor({ state: "visible" });
          assert.deepEqual(summary(await run()), [], "with a verdict, findings and a rewrite shown");
        } finally {
          await close();
        }
      });

      test("every request the page makes goes to its own server, none to any other origin", async () => {
        const { page, requests, errors, close } = await app.openPage(p.path);
        try {
          await page.getByLabel(p.workHours).check();
          await typeDraft(page, "Vote Liberal! #elxn45");
          await waitForAttribute(page.locator("#verdict"), "data-level", "inappropriate");
          await page.waitForLoadState("networkidle");
          assert.ok(requests.length > 0, "the page was loaded through the recorder");
          // data: and blob: URLs are read from memory, not fetched from any origin.
          const fetched = requests.filter((u) => !/^(data|blob):/.test(u));
          assert.deepEqual(
            fetched.filter((u) => new URL(u).origin !== app.origin),
            [],
            `all ${fetched.length} requests are to ${app.origin}`,
          );
          assert.deepEqual(errors, [], "no request was refused by the CSP either");
        } finally {
          await close();
        }
      });

      test(`a screenshot of the page ${p.name} is saved`, async () => {
        const { page, close } = await app.openPage(p.path);
        try {
          await page.getByLabel(p.workHours).check();
          await typeDraft(page, "Vote Liberal! #elxn45");
          await waitForAttribute(page.locator("#verdict"), "data-level", "inappropriate");
          const file = join(SCREENSHOTS, `check-${p.lang}.png`);
          const png = await page.screenshot({ path: file, fullPage: true });
          assert.ok(png.length > 1000, `${file} holds an image`);
        } finally {
          await close();
        }
      });
    });
  }
});
