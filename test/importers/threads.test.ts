import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { importThreads } from "../../src/importers/threads.js";
import { ImportError, type ExportEntry, type HistoryItem } from "../../src/importers/types.js";

// No real Threads export was available: the fixture follows public descriptions of threads_and_replies.json.
const FIXTURES = fileURLToPath(new URL("../../../test/fixtures/threads/", import.meta.url));
const PATH = "your_instagram_activity/threads/threads_and_replies.json";

function fixture(name: string, path: string): ExportEntry {
  const buf = readFileSync(FIXTURES + name);
  return { path, open: async () => Readable.from([buf]) };
}

async function collect(items: AsyncIterable<HistoryItem>): Promise<HistoryItem[]> {
  const out: HistoryItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("Threads posts and replies", () => {
  const read = (problems: ImportError[] = []) =>
    collect(importThreads([fixture("threads_and_replies.json", PATH)], { onError: (error) => problems.push(error) }));

  test("a thread's text, in media[].title, is read with its accents and emoji repaired", async () => {
    const [first] = await read();
    assert.equal(first?.text, "Premier fil: bonjour Threads 👋");
    assert.equal(first?.action, "post");
    assert.equal(first?.createdAt, "2024-07-03T09:46:40.000Z");
    assert.equal(first?.platform, "threads");
    assert.equal(first?.sourceFile, PATH);
  });

  test("a post marked is_reply is a reply", async () => {
    const items = await read();
    assert.equal(items[1]?.text, "Agreed, that was a great talk.");
    assert.equal(items[1]?.action, "reply");
  });

  test("a post with several photos is one post with its top-level text", async () => {
    const items = await read();
    assert.equal(items.filter((item) => item.text === "Three photos from the market").length, 1);
  });

  test("a post written as string_map_data is read too", async () => {
    const items = await read();
    assert.equal(items[3]?.text, "Written as string_map_data");
    assert.equal(items[3]?.createdAt, "2024-07-03T09:51:40.000Z");
  });

  test("a post without a date is reported with its position and the others are kept", async () => {
    const problems: ImportError[] = [];
    const items = await read(problems);
    assert.equal(items.length, 4);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.position, "item 5");
    assert.equal(problems[0]?.file, PATH);
  });

  test("ids are stable 16-hex hashes, distinct for each post", async () => {
    const once = await read();
    const again = await read();
    assert.deepEqual(
      once.map((item) => item.id),
      again.map((item) => item.id),
    );
    assert.ok(once.every((item) => /^[0-9a-f]{16}$/.test(item.id)));
    assert.equal(new Set(once.map((item) => item.id)).size, once.length);
  });
});
