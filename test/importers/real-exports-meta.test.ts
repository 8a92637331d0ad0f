import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { importFacebook } from "../../src/importers/facebook.js";
import { importInstagram } from "../../src/importers/instagram.js";
import { importLinkedIn } from "../../src/importers/linkedin.js";
import type { ExportEntry, HistoryItem, ImportError } from "../../src/importers/types.js";

// The counts below were checked apart from this code, with Python's json and csv modules.
const PROJECT_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const EXPORTS = resolve(PROJECT_ROOT, "../shared/exports");
const skip = existsSync(EXPORTS) ? false : "../shared is absent: real-export tests skipped";

function realEntry(folder: string, file: string, path: string): ExportEntry {
  return { path, open: async () => Readable.from([readFileSync(resolve(EXPORTS, folder, file))]) };
}

async function collect(items: AsyncIterable<HistoryItem>): Promise<HistoryItem[]> {
  const out: HistoryItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The marks of UTF-8 read as Latin-1: "Ã©", "â€™", "ð\u009f…". */
const MOJIBAKE = /[ÃÂâð][\u0080-\u00bf]/;

function assertDatesWithin(items: readonly HistoryItem[], from: string, to: string): void {
  for (const item of items) {
    assert.match(item.createdAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    assert.ok(item.createdAt >= from && item.createdAt <= to, `${item.id} dated ${item.createdAt}`);
  }
}

describe("the real Facebook export (hunterhillis, 124 records)", { skip }, () => {
  const read = () => collect(importFacebook([realEntry("facebook-export-hunterhillis", "your_posts_1.json", "posts/your_posts_1.json")]));

  test("77 items: 59 posts with words, 2 links shared alone, 16 title-only recommendations", async () => {
    const items = await read();
    assert.equal(items.length, 77);
    assert.equal(items.filter((item) => item.text.includes("recommend")).length, 16);
    assert.equal(items.filter((item) => item.action === "share").length, 3);
  });

  test("no mojibake is left and the emoji come back", async () => {
    const items = await read();
    assert.ok(items.every((item) => !MOJIBAKE.test(item.text)), "a text still shows Ã/â/ð sequences");
    assert.ok(items.some((item) => item.text.includes("😂")));
    assert.ok(items.some((item) => item.text.includes("🇲🇩")));
    assert.ok(items.some((item) => item.text.includes("’")));
  });

  test("dates fall between the first record (2013-08-05) and the last item (2019-10-16)", async () => {
    const items = await read();
    assertDatesWithin(items, "2013-08-05T00:00:00.000Z", "2019-10-17T00:00:00.000Z");
    assert.equal(items[0]?.createdAt, "2013-08-05T00:22:03.000Z");
  });

  test("ids are unique", async () => {
    const items = await read();
    assert.equal(new Set(items.map((item) => item.id)).size, items.length);
  });
});

describe("the real Instagram posts file (4 posts, 20 photos and videos)", { skip }, () => {
  const read = () =>
    collect(importInstagram([realEntry("instagram-export-sample", "posts_1.json", "your_instagram_activity/content/posts_1.json")]));

  test("one item per post, not per photo", async () => {
    const items = await read();
    assert.equal(items.length, 4);
    assert.ok(items.every((item) => item.action === "post" && item.text.trim() !== ""));
  });

  test("carousel captions come from the post's own title, flags repaired", async () => {
    const items = await read();
    assert.ok(items.every((item) => !MOJIBAKE.test(item.text)));
    assert.ok(items.some((item) => item.text.includes("🇨🇴")));
    assert.ok(items.some((item) => item.text.includes("🇵🇪")));
  });

  test("dates are the posts' own, from December 2023 to May 2024", async () => {
    const items = await read();
    assertDatesWithin(items, "2023-12-01T00:00:00.000Z", "2024-06-01T00:00:00.000Z");
  });
});

describe("the real LinkedIn export (sanand0)", { skip }, () => {
  const read = async (file: string) => {
    const problems: ImportError[] = [];
    const items = await collect(
      importLinkedIn([realEntry("linkedin-export-sanand0", file, file)], { onError: (error) => problems.push(error) }),
    );
    return { items, problems };
  };

  test("every one of the 202 rows of Shares.csv is read: 198 posts once a 5-image post is counted once", async () => {
    const { items, problems } = await read("Shares.csv");
    assert.deepEqual(problems, []);
    assert.equal(items.length, 198);
    assert.equal(new Set(items.map((item) => item.id)).size, 198);
    assert.ok(items.every((item) => item.id.startsWith("urn:li:")));
    assert.equal(items.filter((item) => item.action === "share").length, 14);
  });

  test("multi-line posts keep their lines without LinkedIn's wrapping quotes", async () => {
    const { items } = await read("Shares.csv");
    // 169 commentaries have blank lines between paragraphs, which LinkedIn writes as a line of `""`.
    assert.equal(items.filter((item) => item.text.includes("\n\n")).length, 169);
    assert.ok(items.every((item) => !item.text.includes('""')), 'a text still shows "" artifacts');
  });

  test("mathematical bold and italic letters survive in the 44 posts that use them", async () => {
    const { items } = await read("Shares.csv");
    assert.equal(items.filter((item) => /[\u{1D400}-\u{1D7FF}]/u.test(item.text)).length, 44);
  });

  test("every one of the 323 rows of Comments.csv is read, quotes escaped as \\\" included", async () => {
    const { items, problems } = await read("Comments.csv");
    assert.deepEqual(problems, []);
    assert.equal(items.length, 323);
    assert.ok(items.every((item) => !item.text.includes('\\"')));
    assert.ok(items.some((item) => /"[^"\n]+"/.test(item.text)));
    assert.equal(items.filter((item) => item.text.includes("\n")).length, 48);
  });

  test("dates parse and fall within the account's years (2015 to 2025)", async () => {
    const shares = (await read("Shares.csv")).items;
    const comments = (await read("Comments.csv")).items;
    assertDatesWithin(shares, "2015-11-05T00:00:00.000Z", "2025-07-02T00:00:00.000Z");
    assertDatesWithin(comments, "2016-02-22T00:00:00.000Z", "2025-07-14T00:00:00.000Z");
  });
});
