import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { importInstagram } from "../../src/importers/instagram.js";
import { ImportError, type ExportEntry, type HistoryItem } from "../../src/importers/types.js";

const FIXTURES = fileURLToPath(new URL("../../../test/fixtures/instagram/", import.meta.url));

function fixture(name: string, path: string): ExportEntry {
  const buf = readFileSync(FIXTURES + name);
  return { path, open: async () => Readable.from([buf]) };
}

async function collect(items: AsyncIterable<HistoryItem>): Promise<HistoryItem[]> {
  const out: HistoryItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("Instagram posts", () => {
  const posts = () => importInstagram([fixture("posts_1.json", "your_instagram_activity/content/posts_1.json")]);

  test("a single photo's caption, in media[0].title, is the post's text, accents and emoji repaired", async () => {
    const [single] = await collect(posts());
    assert.equal(single?.text, "Première neige à Ottawa ❄️");
    assert.equal(single?.action, "post");
    assert.equal(single?.createdAt, "2024-01-02T12:53:20.000Z");
  });

  test("a carousel of three photos is one post, with its top-level caption and date", async () => {
    const items = await collect(posts());
    const carousel = items.filter((item) => item.text.startsWith("Winterlude"));
    assert.equal(carousel.length, 1);
    assert.equal(carousel[0]?.text, "Winterlude weekend 🇨🇦 with friends");
    assert.equal(carousel[0]?.createdAt, "2024-02-03T22:40:01.000Z");
  });

  test("a photo without a caption has no words to review and is left out", async () => {
    const items = await collect(posts());
    assert.equal(items.length, 2);
  });

  test("every post names its file, has a stable 16-hex id and an unknown visibility", async () => {
    const once = await collect(posts());
    const again = await collect(posts());
    assert.deepEqual(
      once.map((item) => item.id),
      again.map((item) => item.id),
    );
    for (const item of once) {
      assert.match(item.id, /^[0-9a-f]{16}$/);
      assert.equal(item.platform, "instagram");
      assert.equal(item.visibility, "unknown");
      assert.equal(item.sourceFile, "your_instagram_activity/content/posts_1.json");
    }
  });

  test("a story's caption is a post too; a story without one is left out", async () => {
    const items = await collect(importInstagram([fixture("stories.json", "your_instagram_activity/content/stories.json")]));
    assert.deepEqual(
      items.map((item) => [item.action, item.text]),
      [["post", "Canada Day fireworks"]],
    );
  });
});

describe("Instagram comments", () => {
  test("post comments read from string_map_data Comment and Time", async () => {
    const items = await collect(
      importInstagram([fixture("post_comments_1.json", "your_instagram_activity/comments/post_comments_1.json")]),
    );
    assert.deepEqual(
      items.map((item) => [item.action, item.text, item.createdAt]),
      [
        ["comment", "Magnifique photo 😍", "2024-03-09T16:00:00.000Z"],
        ["comment", "See you there", "2024-03-09T16:01:40.000Z"],
      ],
    );
  });

  test("reel comments, wrapped in comments_reels_comments, are comments with their accents repaired", async () => {
    const items = await collect(importInstagram([fixture("reels_comments.json", "comments/reels_comments.json")]));
    assert.equal(items.length, 1);
    assert.equal(items[0]?.text, "Ça c’est drôle");
    assert.equal(items[0]?.createdAt, "2024-03-21T05:46:40.000Z");
  });

  test("a comment with no time is reported with its file and position, the others kept", async () => {
    const buf = Buffer.from(
      JSON.stringify([
        { string_map_data: { Comment: { value: "kept" }, Time: { timestamp: 1710000000 } } },
        { string_map_data: { Comment: { value: "no time" } } },
      ]),
    );
    const problems: ImportError[] = [];
    const entry: ExportEntry = { path: "comments/post_comments_1.json", open: async () => Readable.from([buf]) };
    const items = await collect(importInstagram([entry], { onError: (error) => problems.push(error) }));
    assert.deepEqual(
      items.map((item) => item.text),
      ["kept"],
    );
    assert.equal(problems[0]?.file, "comments/post_comments_1.json");
    assert.equal(problems[0]?.position, "item 2");
  });
});

describe("the Instagram profile bio", () => {
  const PROFILE_PATH = "personal_information/personal_information/personal_information.json";
  const read = async (profile: string, withPosts = true) => {
    const problems: ImportError[] = [];
    const entries = [fixture(profile, PROFILE_PATH), ...(withPosts ? [fixture("posts_1.json", "your_instagram_activity/content/posts_1.json")] : [])];
    const items = await collect(importInstagram(entries, { onError: (error) => problems.push(error) }));
    return { items, problems, bios: items.filter((item) => item.action === "profile") };
  };

  test("the Bio and the website under it are one public profile item, accents and emoji repaired", async () => {
    const { bios, problems } = await read("personal_information.json");
    assert.deepEqual(problems, []);
    assert.equal(bios.length, 1);
    assert.equal(bios[0]?.text, "Analyste à Statistique Canada 📊 Coureuse.\nhttps://example.org/alex");
    assert.equal(bios[0]?.id, "profile:alex.roy.example");
    assert.equal(bios[0]?.url, "https://www.instagram.com/alex.roy.example");
    assert.equal(bios[0]?.visibility, "public");
    assert.ok(!/alex\.roy@|1990|Alex Roy/.test(bios[0]?.text ?? ""), "e-mail, birth date and name stay out of the bio");
  });

  test("a Bio with its own timestamp is dated by it", async () => {
    const { bios } = await read("personal_information.json");
    assert.equal(bios[0]?.createdAt, "2024-01-11T19:06:40.000Z");
  });

  test("a Bio without a timestamp, in a French export, is dated by the export's newest item", async () => {
    const { items, bios } = await read("personal_information-undated.json");
    assert.equal(bios[0]?.text, "Photographe amateur, amoureuse du café.");
    const newest = items.filter((item) => item.action !== "profile").map((item) => item.createdAt).sort().at(-1);
    assert.equal(newest, "2024-02-03T22:40:01.000Z");
    assert.equal(bios[0]?.createdAt, newest);
  });

  test("an export without a personal information file gives no profile item and no warning", async () => {
    const problems: ImportError[] = [];
    const items = await collect(importInstagram([fixture("posts_1.json", "posts_1.json")], { onError: (error) => problems.push(error) }));
    assert.equal(items.filter((item) => item.action === "profile").length, 0);
    assert.deepEqual(problems, []);
  });

  test("a broken personal information file is a warning in both languages and the posts are still read", async () => {
    const { items, problems } = await read("personal_information-broken.json");
    assert.equal(items.length, 2);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.file, PROFILE_PATH);
    assert.match(problems[0]?.message ?? "", /: not valid JSON/);
    assert.match(problems[0]?.text.fr ?? "", / : JSON non valide/);
  });
});
