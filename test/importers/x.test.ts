import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { entryFromBuffer, openExport, sourceFromEntries, type ExportSource } from "../../src/importers/source.js";
import { importXArchive, parseXDate } from "../../src/importers/x.js";
import { ImportError, type HistoryItem } from "../../src/importers/types.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "../../../test/fixtures/x");

async function collect(source: ExportSource): Promise<HistoryItem[]> {
  const items: HistoryItem[] = [];
  for await (const item of importXArchive(source)) items.push(item);
  return items;
}

async function readFixture(name: string): Promise<{ items: HistoryItem[]; source: ExportSource }> {
  const source = await openExport(join(fixtures, name));
  return { items: await collect(source), source };
}

const byId = (items: HistoryItem[], id: string) => items.find((item) => item.id === id && item.action !== "like");

describe("an X archive", async () => {
  const { items } = await readFixture("modern");

  test("a tweet is a post with its date in ISO and its link on x.com under the account's screen name", () => {
    const tweet = byId(items, "1700000000000000001");
    assert.equal(tweet?.action, "post");
    assert.equal(tweet?.createdAt, "2018-10-10T20:19:24.000Z");
    assert.equal(tweet?.url, "https://x.com/data_analyst_ca/status/1700000000000000001");
    assert.equal(tweet?.platform, "x");
    assert.equal(tweet?.sourceFile, "data/tweets.js");
  });

  test("&amp; &lt; &gt; are decoded and t.co links are replaced by where they lead", () => {
    assert.equal(
      byId(items, "1700000000000000001")?.text,
      "Rain & snow totals <5 cm > last year. See https://www.example.ca/open-data/release?year=2024&lang=en https://x.com/data_analyst_ca/status/1700000000000000001/photo/1",
    );
  });

  test("a reply is read as a reply to the tweet it answers", () => {
    const reply = byId(items, "1700000000000000002");
    assert.equal(reply?.action, "reply");
    assert.equal(reply?.inReplyTo, "1699999999999999999");
  });

  test("a retweet is read as a share", () => {
    const retweet = byId(items, "1700000000000000003");
    assert.equal(retweet?.action, "share");
    assert.equal(retweet?.text, "RT @parks_fan: New trail map for the weekend: https://trails.example.org/gatineau");
    assert.equal(retweet?.inReplyTo, undefined);
  });

  test("a long post takes its full text from note-tweet.js, links expanded", () => {
    const long = byId(items, "1700000000000000004");
    assert.equal(long?.action, "post");
    assert.match(long?.text ?? "", /more complicated than any spreadsheet I have built at work & at home\. Rota: https:\/\/gardens\.example\.org\/rota$/);
    assert.equal(items.filter((item) => item.id === "1700000000000000900").length, 0, "the matched note is not listed twice");
  });

  test("a note tweet with no short tweet in the archive stands alone as a post", () => {
    const note = items.find((item) => item.id === "1700000000000000901");
    assert.equal(note?.action, "post");
    assert.equal(note?.createdAt, "2024-04-01T10:00:00.000Z");
    assert.equal(note?.sourceFile, "data/note-tweet.js");
  });

  test("tweets from every part file are read, with the part's offset from UTC applied", () => {
    const fromPart = byId(items, "1600000000000000005");
    assert.equal(fromPart?.sourceFile, "data/tweets-part1.js");
    assert.equal(fromPart?.createdAt, "2023-01-02T13:00:00.000Z");
  });

  test("a tweet from deleted-tweets.js is marked deleted", () => {
    const gone = byId(items, "1710000000000000007");
    assert.equal(gone?.deleted, true);
    assert.equal(gone?.action, "reply");
    assert.equal(items.filter((item) => item.deleted).length, 1);
  });

  test("a like is read as a like of the liked tweet's text, dated by the liked tweet's id", () => {
    const like = items.find((item) => item.action === "like" && item.id === "1650000000000000000");
    assert.equal(like?.text, "Fresh bread & jam at the market this morning https://t.co/BrEaD00001");
    assert.equal(like?.url, "https://twitter.com/i/web/status/1650000000000000000");
    assert.equal(like?.createdAt, "2023-04-23T04:53:50.174Z");
  });

  test("a like whose tweet X no longer shows keeps its link as its text", () => {
    const like = items.find((item) => item.action === "like" && item.id === "1650000000000000001");
    assert.equal(like?.text, "https://twitter.com/i/web/status/1650000000000000001");
  });

  test("every item is counted once", () => {
    assert.deepEqual(
      items.map((item) => item.action).sort(),
      ["like", "like", "post", "post", "post", "post", "profile", "reply", "reply", "share"],
    );
  });

  test("the profile bio is read as a profile item, entities decoded, dated by the archive's generation", () => {
    const bio = items.find((item) => item.action === "profile");
    assert.equal(bio?.text, "Policy analyst at Statistics Canada & amateur baker.\nhttps://t.co/Pr0f1LeLnk");
    assert.equal(bio?.createdAt, "2024-05-01T12:00:00.000Z");
    assert.equal(bio?.url, "https://x.com/data_analyst_ca", "the screen name from account.js");
  });
});

describe("an older X archive", () => {
  test("reads tweet.js records without the tweet wrapper; without account.js links go through i/web", async () => {
    const { items } = await readFixture("legacy");
    assert.deepEqual(
      items.map((item) => [item.id, item.action, item.url]),
      [
        ["1100000000000000001", "post", "https://x.com/i/web/status/1100000000000000001"],
        ["1100000000000000002", "share", "https://x.com/i/web/status/1100000000000000002"],
      ],
    );
  });
});

describe("a damaged X archive", () => {
  test("a syntax error names the file and the item, after the items before it", async () => {
    const source = await openExport(join(fixtures, "broken"));
    const ids: string[] = [];
    await assert.rejects(
      async () => {
        for await (const item of importXArchive(source)) ids.push(item.id);
      },
      (error: unknown) => {
        assert.ok(error instanceof ImportError);
        assert.equal(error.file, "data/tweets.js");
        assert.equal(error.position, "item 2");
        assert.match(error.message, /not valid JSON \(line \d+, column \d+: /);
        return true;
      },
    );
    assert.deepEqual(ids, ["1800000000000000001", "1800000000000000002"]);
  });

  test("a tweet without a readable date is skipped with a warning, and the rest are read", async () => {
    const source = sourceFromEntries([
      entryFromBuffer(
        "data/tweets.js",
        `window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1", "created_at": "yesterday", "full_text": "?"}},
          {"tweet": {"id_str": "2", "created_at": "Mon Apr 01 10:00:00 +0000 2024", "full_text": "ok"}} ]`,
      ),
    ]);
    assert.deepEqual((await collect(source)).map((item) => item.id), ["2"]);
    assert.match(source.warnings.map((w) => w.en).join(), /data\/tweets\.js \(item 0\): skipped a tweet without an id or a readable date/);
    assert.match(source.warnings.map((w) => w.fr).join(), /data\/tweets\.js \(élément 0\) : tweet ignoré, sans identifiant ou sans date lisible/);
  });

  test("a tweets.js larger than one read is streamed item by item", async () => {
    const tweets = Array.from({ length: 3000 }, (_, index) => ({
      tweet: { id_str: String(1_800_000_000_000_000_000n + BigInt(index)), created_at: "Mon Apr 01 10:00:00 +0000 2024", full_text: `tweet ${index} ${"é".repeat(40)}` },
    }));
    const source = sourceFromEntries([entryFromBuffer("data/tweets.js", `window.YTD.tweets.part0 = ${JSON.stringify(tweets)}`)]);
    const items = await collect(source);
    assert.equal(items.length, 3000);
    assert.equal(items[2999]?.text, `tweet 2999 ${"é".repeat(40)}`);
  });
});

describe("X dates", () => {
  test("the archive's created_at format is read as UTC, with its offset", () => {
    assert.equal(parseXDate("Wed Oct 10 20:19:24 +0000 2018"), "2018-10-10T20:19:24.000Z");
    assert.equal(parseXDate("Wed Oct 10 20:19:24 -0230 2018"), "2018-10-10T22:49:24.000Z");
    assert.equal(parseXDate("not a date"), undefined);
  });
});
