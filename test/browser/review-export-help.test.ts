import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HOW_TO_EXPORT } from "../../src/importers/how-to-export.js";
import { buildTarGz } from "../importers/tar-fixture.js";
import { appForSuite, axeViolations, skipWithoutChromium } from "./browser.js";

const PUBLIC = ["https://www.w3.org/ns/activitystreams#Public"];
const note = (n: number, published: string, text: string) => {
  const id = `https://m.example/users/pat/statuses/${n}`;
  return { id: `${id}/activity`, type: "Create", published, to: PUBLIC, object: { id, type: "Note", published, url: `https://m.example/@pat/${n}`, content: `<p>${text}</p>`, to: PUBLIC } };
};

/** A Mastodon archive as older servers wrote it, a .tar.gz, with one post dated epoch 0 and one dated 2021. */
function mastodonTarGz(): string {
  const outbox = { "@context": "https://www.w3.org/ns/activitystreams", type: "OrderedCollection", orderedItems: [note(1, "1970-01-01T00:00:00Z", "Vote NDP on Monday!"), note(2, "2021-05-04T10:00:00Z", "Made maple taffy with the kids.")] };
  const path = join(mkdtempSync(join(tmpdir(), "impartial-page-tar-")), "archive-20240101.tar.gz");
  writeFileSync(path, buildTarGz([{ name: "outbox.json", data: JSON.stringify(outbox) }]));
  return path;
}

const PAGES = [
  { lang: "en" as const, path: "/review/", heading: "How to get your export", done: /Scan finished: 2 items read/, unknown: "date unknown" },
  { lang: "fr" as const, path: "/fr/revue/", heading: "Comment obtenir votre exportation", done: /Analyse terminée : 2 éléments lus/, unknown: "date inconnue" },
];

describe("getting the export, and an undated item, on the review page", { skip: skipWithoutChromium() }, () => {
  const app = appForSuite();

  for (const p of PAGES) {
    test(`${p.lang}: one disclosure per platform with its steps and help page`, async () => {
      const { page, errors, close } = await app().openPage(p.path);
      try {
        const section = page.locator("section.how-to-export");
        assert.equal(await section.locator("h3").innerText(), p.heading);
        assert.equal(await section.locator("details").count(), HOW_TO_EXPORT.length);
        const x = section.locator("#how-to-x");
        assert.equal(await x.locator("p").first().isVisible(), false, "closed until asked");
        await x.locator("summary").click();
        assert.equal(await x.locator("p").first().innerText(), HOW_TO_EXPORT.find((h) => h.platform === "x")!.request[p.lang]);
        assert.equal(await x.locator("a").getAttribute("href"), HOW_TO_EXPORT.find((h) => h.platform === "x")!.url);
        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }

  test("a Mastodon .tar.gz uploads as it is; its epoch-0 post says 'date unknown' and has its own choice in the year filter", async () => {
    for (const p of PAGES) {
      const { page, errors, close } = await app().openPage(p.path);
      try {
        await page.locator("#export-file").setInputFiles(mastodonTarGz());
        await page.locator("#scan-button").click();
        await page.locator("#scan-status").filter({ hasText: p.done }).waitFor({ timeout: 15_000 });
        const undated = page.locator('#review-table tbody tr[data-id="https://m.example/users/pat/statuses/1"]');
        await undated.waitFor();
        assert.match(await undated.innerText(), new RegExp(p.unknown));
        assert.equal((await page.locator("#review-body").innerText()).includes("1970"), false);
        const choices = await page.locator("#filter-year option").allInnerTexts();
        assert.deepEqual(choices.slice(1), ["2021", p.unknown]);
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    }
  });

  test("an unpacked folder chosen with the folder control is scanned as the export", async () => {
    const folder = join(mkdtempSync(join(tmpdir(), "impartial-page-folder-")), "mastodon-export");
    mkdirSync(join(folder, "media_attachments"), { recursive: true });
    const outbox = { "@context": "https://www.w3.org/ns/activitystreams", type: "OrderedCollection", orderedItems: [note(3, "2022-04-01T10:00:00Z", "Posted from a folder.")] };
    writeFileSync(join(folder, "outbox.json"), JSON.stringify(outbox));
    writeFileSync(join(folder, "media_attachments", "notes.txt"), "not read");
    // The post is appropriate: listed once everything is shown, not in what needs attention.
    const { page, errors, close } = await app().openPage("/review/#view=all");
    try {
      assert.equal(await page.locator('label[for="export-folder"]').innerText(), "Or choose the unzipped folder");
      await page.locator("#export-folder").setInputFiles(folder);
      await page.locator("#scan-button").click();
      await page.locator("#scan-status").filter({ hasText: /Scan finished: 1 items read/ }).waitFor({ timeout: 15_000 });
      await page.locator('#review-table tbody tr[data-id="https://m.example/users/pat/statuses/3"]').waitFor();
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});
