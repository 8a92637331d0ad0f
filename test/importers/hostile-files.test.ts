import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import { MAX_TEXT_LENGTH } from "../../src/core/engine.js";
import { guarded, IMPORTERS } from "../../src/importers/index.js";
import { MAX_JSON_DEPTH, MAX_STRING_CHARACTERS, NestingGuard } from "../../src/importers/json-stream.js";
import { MAX_ROW_CHARACTERS } from "../../src/importers/linkedin-csv.js";
import { entryFromBuffer, sourceFromEntries, type ExportSource } from "../../src/importers/source.js";
import { ImportError, type ExportEntry, type HistoryItem, type Platform } from "../../src/importers/types.js";

const POSTS = "your_facebook_activity/posts/your_posts_1.json";

async function scan(platform: Platform, entries: ExportEntry[]): Promise<{ items: HistoryItem[]; warnings: string[]; source: ExportSource }> {
  const source = sourceFromEntries(entries);
  const items: HistoryItem[] = [];
  for await (const item of IMPORTERS[platform](source)) items.push(item);
  return { items, warnings: source.warnings.map((warning) => warning.en), source };
}

const facebookPost = (seconds: number, text: string, extra: Record<string, unknown> = {}) => ({ timestamp: seconds, data: [{ post: text }], title: "Pat Example", ...extra });
const THREE_POSTS = JSON.stringify([facebookPost(1700000000, "Café au lait à Gatineau ☕"), facebookPost(1700000100, "Second post"), facebookPost(1700000200, "Third post 🇨🇦")], null, 2);

/** An entry whose bytes are made as they are read, so a test can pass more through an importer than it keeps. */
function generatedEntry(path: string, parts: () => Iterable<Buffer>): ExportEntry {
  return { path, open: async () => Readable.from(parts()) };
}

describe("whitespace, byte-order marks and UTF-16", () => {
  test("a tweets.js padded with megabytes of whitespace, across many read chunks, is read without holding the padding", async () => {
    const tweet = (id: string) => JSON.stringify({ tweet: { id_str: id, created_at: "Tue Oct 01 15:00:00 +0000 2019", full_text: `tweet ${id}`, entities: { urls: [] } } });
    const padding = Buffer.alloc(64 * 1024, " ");
    const entry = generatedEntry("data/tweets.js", function* () {
      yield Buffer.from(`window.YTD.tweets.part0 = [ ${tweet("1")},`);
      for (let i = 0; i < 64; i++) yield padding;
      yield Buffer.from(`${tweet("2")} ];`);
      for (let i = 0; i < 64; i++) yield padding;
      yield Buffer.from("\n;\n");
    });
    const { items, warnings } = await scan("x", [entry]);
    assert.deepEqual(items.map((item) => item.text), ["tweet 1", "tweet 2"]);
    assert.deepEqual(warnings, []);
  });

  test("text after the array of a tweets.js, past the padding, is an error naming the file and where", async () => {
    const entry = entryFromBuffer("data/tweets.js", `window.YTD.tweets.part0 = [ ];${" ".repeat(100_000)}alert(1)`);
    await assert.rejects(scan("x", [entry]), (error: unknown) => error instanceof ImportError && error.file === "data/tweets.js" && /not valid JSON \(line 1, column 100031: unexpected text after the end/.test(error.message));
  });

  for (const [name, encode] of [
    ["UTF-8 with a byte-order mark", (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
    ["UTF-16 LE with a byte-order mark", (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
    ["UTF-16 BE with a byte-order mark", (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()])],
    ["UTF-16 LE without a byte-order mark", (text: string) => Buffer.from(text, "utf16le")],
  ] as const) {
    test(`a Facebook posts file in ${name} reads as the same posts, accents and emoji whole, without a warning`, async () => {
      // Padded so the file spans several read chunks, some cutting a UTF-16 unit or surrogate pair in two.
      const bytes = encode(THREE_POSTS.replace("[", `[${" ".repeat(100_001)}`));
      const { items, warnings } = await scan("facebook", [entryFromBuffer(POSTS, bytes)]);
      assert.deepEqual(items.map((item) => item.text), ["Café au lait à Gatineau ☕", "Second post", "Third post 🇨🇦"]);
      assert.deepEqual(warnings, []);
    });
  }

  test("a tweets.js in UTF-16 is read", async () => {
    const text = `window.YTD.tweets.part0 = [{"tweet":{"id_str":"7","created_at":"Tue Oct 01 15:00:00 +0000 2019","full_text":"Bonne fête 🎉"}}]`;
    const { items } = await scan("x", [entryFromBuffer("data/tweets.js", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))]);
    assert.deepEqual(items.map((item) => item.text), ["Bonne fête 🎉"]);
  });

  test("a file in UTF-32 is named as such, in both languages", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.alloc(16)]);
    const { warnings, source } = await scan("facebook", [entryFromBuffer(POSTS, bytes)]);
    assert.deepEqual(warnings, [`${POSTS}: is encoded in UTF-32, which Impartial does not read; save it as UTF-8 and scan it again`]);
    assert.match(source.warnings[0]?.fr ?? "", /est encodé en UTF-32/);
  });
});

describe("invalid UTF-8", () => {
  test("each invalid byte sequence is replaced and counted in one warning naming the file; real U+FFFD and characters cut by a chunk are not counted", async () => {
    const chunk = 64 * 1024;
    const text = Buffer.from(THREE_POSTS, "utf8");
    const at = text.indexOf("Second post");
    // A lone 0xFF, a truncated two-byte sequence, a truncated three-byte one; a real U+FFFD written in the file.
    const broken = Buffer.concat([text.subarray(0, at), Buffer.from([0xff, 0x20, 0xc3, 0x28, 0xe2, 0x82, 0x28]), Buffer.from(" \uFFFD ", "utf8"), text.subarray(at)]);
    // A member before the posts puts a real U+FFFD across the first 64 KiB read boundary and an "é" across the second.
    const opening = Buffer.from('{"noise": "');
    const file = Buffer.concat([
      opening,
      Buffer.from(" ".repeat(chunk - 1 - opening.length)),
      Buffer.from("\uFFFD", "utf8"),
      Buffer.from(" ".repeat(2 * chunk - 1 - (chunk + 2))),
      Buffer.from("é", "utf8"),
      Buffer.from('", "status_updates": '),
      broken,
      Buffer.from("}"),
    ]);
    const { items, warnings } = await scan("facebook", [entryFromBuffer(POSTS, file)]);
    assert.equal(items.length, 3);
    assert.equal(items[1]?.text, "\uFFFD \uFFFD(\uFFFD( \uFFFD Second post");
    assert.deepEqual(warnings, [`${POSTS}: 3 invalid byte sequences replaced (the file is not valid text in its encoding)`]);
  });

  test("a LinkedIn CSV with one invalid byte says so once, its rows read", async () => {
    const csv = Buffer.concat([Buffer.from("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2024-01-02 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,Caf"), Buffer.from([0xe9]), Buffer.from(" ouvert,,,MEMBER_NETWORK\n")]);
    const { items, warnings } = await scan("linkedin", [entryFromBuffer("Shares.csv", csv)]);
    assert.equal(items[0]?.text, "Caf\uFFFD ouvert");
    assert.deepEqual(warnings, ["Shares.csv: 1 invalid byte sequence replaced (the file is not valid text in its encoding)"]);
  });
});

describe("deep nesting and long items", () => {
  test("a Facebook post nested 100,000 levels deep keeps its own words; the posts around it are read; the deep part is named", async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const file = `[${JSON.stringify(facebookPost(1700000000, "first"))}, {"timestamp": 1700000100, "data": [{"post": "second"}], "attachments": ${deep}}, ${JSON.stringify(facebookPost(1700000200, "third"))}]`;
    const { items, warnings } = await scan("facebook", [entryFromBuffer(POSTS, file)]);
    assert.deepEqual(items.map((item) => item.text), ["first", "second", "third"]);
    assert.deepEqual(warnings, [`${POSTS} (item 2): 1 parts nested deeper than ${MAX_JSON_DEPTH} levels were skipped, the first in this item (a real export is never that deep); the rest was read`]);
  });

  test("brackets inside strings, escaped quotes included, do not count as nesting", async () => {
    const text = `[[[{{ \\" ]]]}} \\\\`;
    const file = `[${JSON.stringify(facebookPost(1700000000, "x")).replace('"x"', `"${text}${"[".repeat(200)}"`)}]`;
    const { items, warnings } = await scan("facebook", [entryFromBuffer(POSTS, file)]);
    assert.equal(items[0]?.text, `[[[{{ " ]]]}} \\${"[".repeat(200)}`);
    assert.deepEqual(warnings, []);
  });

  test("an item longer than the engine reads is kept whole, with a warning that only its start is judged", async () => {
    const long = "Lorem ipsum ".repeat(15_000);
    const file = JSON.stringify([facebookPost(1700000000, long), facebookPost(1700000100, "short")]);
    const { items, warnings } = await scan("facebook", [entryFromBuffer(POSTS, file)]);
    assert.equal(items[0]?.text.length, long.length);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? "", new RegExp(`^${POSTS.replaceAll(".", "\\.")} \\(\\w+\\): the text is ${long.length} characters long; only its first ${MAX_TEXT_LENGTH} are judged$`));
  });

  test("a text longer than a string may be is cut there, escapes and surrogate pairs whole, with a note; the next post is read", async () => {
    // Meta's mojibake escapes, an emoji as a surrogate pair and plain letters, far past the bound.
    const unit = "\\u00c3\\u00a9t\u00e9 🎉 ";
    const long = unit.repeat(Math.ceil((3 * MAX_STRING_CHARACTERS) / unit.length));
    const file = `[{"timestamp": 1700000000, "data": [{"post": "${long}"}]}, ${JSON.stringify(facebookPost(1700000100, "next"))}]`;
    const { items, warnings } = await scan("facebook", [entryFromBuffer(POSTS, file)]);
    assert.equal(items.length, 2);
    assert.ok((items[0]?.text.length ?? 0) <= MAX_STRING_CHARACTERS && (items[0]?.text.length ?? 0) > MAX_STRING_CHARACTERS / 2);
    assert.ok(/^(\u00c3\u00a9t\u00e9 🎉 )+[^]{0,12}$/u.test(items[0]?.text ?? ""), "the text is whole units up to the cut");
    assert.equal(items[1]?.text, "next");
    assert.equal(warnings.length, 2);
    assert.ok(warnings.includes(`${POSTS} (item 1): 1 texts longer than ${MAX_STRING_CHARACTERS} characters were cut there, the first in this item`), warnings.join("\n"));
    assert.ok(warnings.some((warning) => /\): the text is \d+ characters long; only its first 100000 are judged$/.test(warning)), warnings.join("\n"));
  });

  test("the guard's output is valid JSON wherever the read chunks fall, however the long strings are escaped", () => {
    const value = { a: "\u00e9".repeat(50) + "x\\\"y🎉".repeat(40), b: [[["deep"]]], c: "plain" };
    const json = JSON.stringify(value).replace(/é/g, "\\u00e9");
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const guard = new NestingGuard(3, 30);
      let out = "";
      for (let at = 0; at < json.length; at += size) for (const piece of guard.feed(json.slice(at, at + size))) if (typeof piece === "string") out += piece;
      const parsed = JSON.parse(out) as { a: string; b: unknown; c: string };
      assert.ok(value.a.startsWith(parsed.a) && parsed.a.length >= 4, `chunks of ${size}: ${parsed.a}`);
      assert.deepEqual(parsed.b, [[null]]);
      assert.equal(parsed.c, "plain");
    }
  });

  test("a LinkedIn row longer than a row may be is reported with its line and skipped; the rows after it are read", async () => {
    const header = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n";
    const row = (n: number, text: string) => `2024-01-0${n} 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A${n},${text},,,MEMBER_NETWORK\n`;
    const csv = header + row(1, "before") + row(2, `"${"x".repeat(MAX_ROW_CHARACTERS)}\n${"y".repeat(1000)}"`) + row(3, "after");
    const { items, warnings } = await scan("linkedin", [entryFromBuffer("Shares.csv", csv)]);
    assert.deepEqual(items.map((item) => item.text), ["before", "after"]);
    assert.deepEqual(warnings, [`Shares.csv (line 3): this row is longer than ${MAX_ROW_CHARACTERS} characters; row skipped`]);
  });
});

describe("every failure names the file", () => {
  test("an error no importer foresaw, thrown while a file is read, becomes an ImportError naming that file", async () => {
    const failing = guarded(async function* (source) {
      for await (const entry of source.entries()) {
        await entry.open();
        throw new RangeError("Maximum call stack size exceeded");
      }
      yield* [];
    });
    const source = sourceFromEntries([entryFromBuffer("data/odd.json", "[]")], { path: "export.zip" });
    await assert.rejects(
      async () => {
        for await (const item of failing(source)) void item;
      },
      (error: unknown) => error instanceof ImportError && error.file === "data/odd.json" && /cannot be read: Maximum call stack size exceeded/.test(error.message) && /ne peut pas être lu/.test(error.text.fr),
    );
  });
});
