import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { importLinkedIn } from "../../src/importers/linkedin.js";
import { ImportError, type ExportEntry, type HistoryItem } from "../../src/importers/types.js";

const FIXTURES = fileURLToPath(new URL("../../../test/fixtures/linkedin/", import.meta.url));

function fixture(name: string, path: string): ExportEntry {
  const buf = readFileSync(FIXTURES + name);
  return { path, open: async () => Readable.from([buf]) };
}

async function collect(items: AsyncIterable<HistoryItem>): Promise<HistoryItem[]> {
  const out: HistoryItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function read(name: string, path: string, problems: ImportError[] = []): Promise<HistoryItem[]> {
  return collect(importLinkedIn([fixture(name, path)], { onError: (error) => problems.push(error) }));
}

describe("LinkedIn shares", () => {
  test("a multi-line post loses the quotes LinkedIn wraps around each line, and keeps its own quotes", async () => {
    const [first] = await read("Shares.csv", "Shares.csv");
    assert.equal(
      first?.text,
      [
        "Proud of our team's 𝗼𝗽𝗲𝗻 𝗱𝗮𝘁𝗮 launch today.",
        "",
        'We asked, "What would make this useful?" and listened.',
        "",
        "Details below.",
        "https://example.org/open-data",
      ].join("\n"),
    );
  });

  test("mathematical bold and italic letters survive for the engine to normalize", async () => {
    const items = await read("Shares.csv", "Shares.csv");
    assert.ok(items[0]?.text.includes("𝗼𝗽𝗲𝗻 𝗱𝗮𝘁𝗮"));
    assert.equal(items[1]?.text, "Looking forward to the 𝘪𝘯𝘵𝘦𝘳𝘯𝘢𝘵𝘪𝘰𝘯𝘢𝘭 conference in Montréal");
  });

  test("the id is the share's urn and the url its ShareLink", async () => {
    const [first] = await read("Shares.csv", "Shares.csv");
    assert.equal(first?.id, "urn:li:share:7100000000000000001");
    assert.equal(first?.url, "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7100000000000000001");
    assert.equal(first?.createdAt, "2024-03-01T14:00:00.000Z");
    assert.equal(first?.sourceFile, "Shares.csv");
  });

  test("a row with no commentary is a repost, read as a share", async () => {
    const items = await read("Shares.csv", "Shares.csv");
    const repost = items.find((item) => item.id === "urn:li:ugcPost:7100000000000000003");
    assert.equal(repost?.action, "share");
    assert.equal(repost?.text, "");
  });

  test("a post with three images, written as three rows, is one post", async () => {
    const items = await read("Shares.csv", "Shares.csv");
    assert.equal(items.length, 4);
    assert.equal(items.filter((item) => item.text === "Three photos from the workshop.").length, 1);
  });

  test("MEMBER_NETWORK is read as public and CONNECTIONS_ONLY as followers", async () => {
    const items = await read("Shares.csv", "Shares.csv");
    assert.deepEqual(
      items.map((item) => item.visibility),
      ["public", "public", "public", "followers"],
    );
  });
});

describe("LinkedIn comments", () => {
  test("quotes LinkedIn escaped as \\\" are read as plain quotes, inside and at the end of a field", async () => {
    const problems: ImportError[] = [];
    const items = await read("Comments.csv", "Comments.csv", problems);
    assert.deepEqual(problems, []);
    assert.equal(items[0]?.text, 'Sam Roe I keep a note that says "ask before you assume" on my desk.');
    assert.equal(items[1]?.text, 'Lee Chan Two thoughts.\n\nFirst, the pilot worked. Second, "scale" means something else here."');
  });

  test("an unquoted message with a comma and bare quotes comes out whole", async () => {
    const items = await read("Comments.csv", "Comments.csv");
    assert.equal(items[2]?.text, 'Well said, and the "plain language" part matters most');
  });

  test("every row is one comment, answering the post its Link names", async () => {
    const items = await read("Comments.csv", "Comments.csv");
    assert.equal(items.length, 4);
    for (const item of items) {
      assert.equal(item.action, "comment");
      assert.equal(item.inReplyTo, item.url);
      assert.match(item.url ?? "", /^https:\/\/www\.linkedin\.com\/feed\/update\/urn%3Ali%3A/);
      assert.match(item.id, /^[0-9a-f]{16}$/);
    }
    assert.deepEqual(
      items.map((item) => item.createdAt),
      ["2024-04-02T10:00:00.000Z", "2024-04-01T09:00:00.000Z", "2024-03-30T08:00:00.000Z", "2024-03-29T07:00:00.000Z"],
    );
  });

  test("a row that cannot be read is reported with its file and line, the rows around it kept", async () => {
    const problems: ImportError[] = [];
    const items = await read("Comments-unreadable.csv", "Comments.csv", problems);
    assert.deepEqual(
      items.map((item) => item.text),
      ["First comment is fine", "Last comment is fine too"],
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.file, "Comments.csv");
    assert.equal(problems[0]?.position, "line 3");
  });

  test("a stray line that starts no row is reported at its own line, the row before it kept", async () => {
    const csv = "Date,Link,Message\n2024-01-01 10:00:00,https://www.linkedin.com/x,Kept\nnot a row at all\n";
    const entry: ExportEntry = { path: "Comments.csv", open: async () => Readable.from([Buffer.from(csv)]) };
    const problems: ImportError[] = [];
    const items = await collect(importLinkedIn([entry], { onError: (error) => problems.push(error) }));
    assert.deepEqual(
      items.map((item) => item.text),
      ["Kept"],
    );
    assert.equal(problems[0]?.position, "line 3");
  });
});

describe("the LinkedIn profile bio", () => {
  const withShares = async (profile: string) => {
    const problems: ImportError[] = [];
    const items = await collect(
      importLinkedIn([fixture(profile, "Profile.csv"), fixture("Shares.csv", "Shares.csv")], { onError: (error) => problems.push(error) }),
    );
    return { items, problems, bios: items.filter((item) => item.action === "profile") };
  };

  test("the Headline and the Summary are one public profile item, LinkedIn's \\\" quotes repaired", async () => {
    const { bios, problems } = await withShares("Profile.csv");
    assert.deepEqual(problems, []);
    assert.equal(bios.length, 1);
    assert.equal(bios[0]?.text, 'Policy Analyst at Employment and Social Development Canada\nI work on "future of work" policy.\nViews are my own.');
    assert.equal(bios[0]?.visibility, "public");
    assert.equal(bios[0]?.sourceFile, "Profile.csv");
  });

  test("name, birth date, industry and location are not part of the bio", async () => {
    const { bios } = await withShares("Profile.csv");
    assert.ok(!/Jordan|1985|Government Administration|Ontario/.test(bios[0]?.text ?? ""));
  });

  test("the bio has no date of its own: it is dated by the export's newest share", async () => {
    const { bios } = await withShares("Profile.csv");
    assert.equal(bios[0]?.createdAt, "2024-03-01T14:00:00.000Z");
  });

  test("an export without Profile.csv gives no profile item and no warning", async () => {
    const problems: ImportError[] = [];
    const items = await read("Shares.csv", "Shares.csv", problems);
    assert.equal(items.filter((item) => item.action === "profile").length, 0);
    assert.deepEqual(problems, []);
  });

  test("a profile row without the header's columns is a warning in both languages, and the shares are still read", async () => {
    const { items, problems, bios } = await withShares("Profile-short-row.csv");
    assert.deepEqual(bios, []);
    assert.ok(items.length > 0);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.message, "Profile.csv (line 2): this row does not have the columns of the header; row skipped");
    assert.equal(problems[0]?.text.fr, "Profile.csv (ligne 2) : cette ligne n'a pas les colonnes de l'en-tête ; ligne ignorée");
  });
});
