import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { importReddit } from "../../src/importers/reddit.js";
import { ImportError, type ExportEntry, type HistoryItem } from "../../src/importers/types.js";

// No real Reddit export was available: the fixtures follow public descriptions of the GDPR export's CSVs.
const FIXTURES = fileURLToPath(new URL("../../../test/fixtures/reddit/", import.meta.url));

function fixture(name: string, path: string): ExportEntry {
  const buf = readFileSync(FIXTURES + name);
  return { path, open: async () => Readable.from([buf]) };
}

async function collect(items: AsyncIterable<HistoryItem>): Promise<HistoryItem[]> {
  const out: HistoryItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("Reddit comments", () => {
  const comments = () => collect(importReddit([fixture("comments.csv", "comments.csv")]));

  test("a top-level comment is a comment answering the post its link names", async () => {
    const [first] = await comments();
    assert.equal(first?.action, "comment");
    assert.equal(first?.text, "The canal opens when it's cold enough, usually late January.");
    assert.equal(first?.inReplyTo, "https://www.reddit.com/r/ottawa/comments/18abcde/winterlude_dates/");
    assert.equal(first?.id, "t1_k1a2b3c");
    assert.equal(first?.url, "https://www.reddit.com/r/ottawa/comments/18abcde/winterlude_dates/k1a2b3c/");
    assert.equal(first?.createdAt, "2023-12-01T15:04:05.000Z");
    assert.equal(first?.visibility, "public");
    assert.equal(first?.sourceFile, "comments.csv");
  });

  test("a comment whose parent is a comment (t1_) is a reply to it, its multi-line body whole", async () => {
    const items = await comments();
    assert.equal(items[1]?.action, "reply");
    assert.equal(items[1]?.inReplyTo, "t1_k1a2b3c");
    assert.equal(items[1]?.text, 'Also: the "skateway" status page, with the daily conditions.\n\nIt is updated every morning.');
  });

  test("a parent written as a bare comment id is a reply too; the post's own id is not", async () => {
    const items = await comments();
    assert.equal(items[2]?.action, "reply");
    assert.equal(items[2]?.inReplyTo, "t1_k1a2b3d");
    const topLevel = items.find((item) => item.id === "t1_k1a2b3g");
    assert.equal(topLevel?.action, "comment");
  });

  test("a [deleted] comment has no words left and is left out; attached media is kept as a link", async () => {
    const items = await comments();
    assert.equal(items.length, 4);
    assert.ok(items.every((item) => item.text !== "[deleted]"));
    assert.equal(items[3]?.text, "Top-level comment whose parent is the post\nhttps://i.redd.it/chart.png");
  });

  test("a row with no real date is reported by file and line, the rows around it kept", async () => {
    const problems: ImportError[] = [];
    const items = await collect(
      importReddit([fixture("comments-bad-date.csv", "comments.csv")], { onError: (error) => problems.push(error) }),
    );
    assert.deepEqual(
      items.map((item) => item.text),
      ["Before the bad row", "After the bad row"],
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.file, "comments.csv");
    assert.equal(problems[0]?.position, "line 3");
  });
});

describe("Reddit posts", () => {
  const posts = () => collect(importReddit([fixture("posts.csv", "posts.csv")]));

  test("a text post's text is its title then its body", async () => {
    const [first] = await posts();
    assert.equal(first?.action, "post");
    assert.equal(first?.id, "t3_18abcde");
    assert.equal(first?.text, "Winterlude dates?\n\nDoes anyone know when the skateway opens this year?\nPlanning a visit.");
    assert.equal(first?.url, "https://www.reddit.com/r/ottawa/comments/18abcde/winterlude_dates/");
  });

  test("a link post keeps the link it shares beside its title", async () => {
    const items = await posts();
    assert.equal(items[1]?.text, "Interesting read on transit funding\nhttps://example.org/transit-report");
    assert.equal(items[1]?.createdAt, "2023-11-29T08:00:00.000Z");
  });
});
