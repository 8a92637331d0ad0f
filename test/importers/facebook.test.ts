import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { importFacebook } from "../../src/importers/facebook.js";
import { ImportError, type ExportEntry, type HistoryItem } from "../../src/importers/types.js";

const FIXTURES = fileURLToPath(new URL("../../../test/fixtures/facebook/", import.meta.url));

function fixture(name: string, path: string): ExportEntry {
  const buf = readFileSync(FIXTURES + name);
  return { path, open: async () => Readable.from([buf]) };
}

async function collect(items: AsyncIterable<HistoryItem>): Promise<HistoryItem[]> {
  const out: HistoryItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const POSTS_PATH = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json";

describe("Facebook posts", () => {
  test("accents and emoji that Facebook wrote as \\u00XX bytes read as the person wrote them", async () => {
    const items = await collect(importFacebook([fixture("mojibake-posts.json", "posts/your_posts_1.json")]));
    assert.deepEqual(
      items.map((item) => item.text),
      ["Très fière de l’équipe à Gatineau 🎉", "Bonne fête du Canada 🇨🇦 à tous!"],
    );
  });

  test("each post keeps its date in UTC, its file, and an unknown visibility", async () => {
    const [first] = await collect(importFacebook([fixture("mojibake-posts.json", "posts/your_posts_1.json")]));
    assert.equal(first?.createdAt, "2023-11-14T22:13:20.000Z");
    assert.equal(first?.sourceFile, "posts/your_posts_1.json");
    assert.equal(first?.platform, "facebook");
    assert.equal(first?.visibility, "unknown");
  });

  test("a message on a friend's timeline is the person's own post, not the title naming the friend", async () => {
    const items = await collect(importFacebook([fixture("titles-posts.json", POSTS_PATH)]));
    const birthday = items.find((item) => item.text === "Happy birthday, Sam!");
    assert.equal(birthday?.action, "post");
    assert.ok(items.every((item) => !item.text.includes("timeline")));
  });

  test("a link shared without a word is read as a share, its text the link's title and URL", async () => {
    const items = await collect(importFacebook([fixture("titles-posts.json", POSTS_PATH)]));
    const shared = items.find((item) => item.createdAt === "2020-09-13T12:28:20.000Z");
    assert.equal(shared?.action, "share");
    assert.equal(shared?.text, "Budget 2020 explained\nhttps://example.org/budget-2020");
  });

  test("a shared link stays beside the words that came with it, so the source can be checked", async () => {
    const items = await collect(importFacebook([fixture("titles-posts.json", POSTS_PATH)]));
    const commented = items.find((item) => item.text.startsWith("Worth a read."));
    assert.equal(commented?.action, "post");
    assert.equal(commented?.text, "Worth a read.\nhttps://example.org/article");
  });

  test("a bare 'updated her status.' or an empty update leaves nothing to review and is left out", async () => {
    const items = await collect(importFacebook([fixture("titles-posts.json", POSTS_PATH)]));
    const dates = items.map((item) => item.createdAt);
    assert.ok(!dates.includes("2020-09-13T12:31:40.000Z"));
    assert.ok(!dates.includes("2020-09-13T12:33:20.000Z"));
    assert.equal(items.length, 7);
  });

  test("a recommendation with only a title is kept, the title being all it says", async () => {
    const items = await collect(importFacebook([fixture("titles-posts.json", POSTS_PATH)]));
    const review = items.find((item) => item.text.includes("recommends"));
    assert.equal(review?.text, "Marie Tremblay recommends Café Nordik.");
    assert.equal(review?.action, "post");
  });

  test("sharing a friend's post or an old memory is read as a share", async () => {
    const items = await collect(importFacebook([fixture("titles-posts.json", POSTS_PATH)]));
    const shares = items.filter((item) => item.action === "share").map((item) => item.text);
    assert.ok(shares.includes("Marie Tremblay shared Sam Roe's post."));
    assert.ok(shares.includes("Sunday at the lake with the whole family"));
  });

  test("a photo posted with a caption is reviewed by its caption, not its album name", async () => {
    const items = await collect(importFacebook([fixture("titles-posts.json", POSTS_PATH)]));
    assert.equal(items.at(-1)?.text, "First snow on the Hill");
    assert.equal(items.at(-1)?.action, "post");
  });

  test("posts come in file order with stable 16-hex ids, the same on every import", async () => {
    const once = await collect(importFacebook([fixture("titles-posts.json", POSTS_PATH)]));
    const again = await collect(importFacebook([fixture("titles-posts.json", POSTS_PATH)]));
    assert.deepEqual(
      once.map((item) => item.id),
      again.map((item) => item.id),
    );
    assert.ok(once.every((item) => /^[0-9a-f]{16}$/.test(item.id)));
    assert.equal(new Set(once.map((item) => item.id)).size, once.length);
    const times = once.map((item) => item.createdAt);
    assert.deepEqual(times, [...times].sort());
  });
});

describe("Facebook comments, reactions and liked pages", () => {
  test("a comment is a comment and 'replied to …'s comment' is a reply", async () => {
    const items = await collect(importFacebook([fixture("comments.json", "your_facebook_activity/comments_and_reactions/comments.json")]));
    assert.deepEqual(
      items.map((item) => [item.action, item.text]),
      [
        ["comment", "Félicitations pour la promotion!"],
        ["reply", "I agree with you on this one."],
        ["comment", "https://example.org/source"],
      ],
    );
  });

  test("a reaction is a like, described by the title that names what was liked", async () => {
    const items = await collect(importFacebook([fixture("posts_and_comments.json", "comments_and_reactions/posts_and_comments.json")]));
    assert.deepEqual(
      items.map((item) => [item.action, item.text]),
      [
        ["like", "Marie Tremblay likes Party Candidate's post."],
        ["like", "Marie Tremblay reacted to Sam Roe's photo."],
      ],
    );
  });

  test("liking a page is following it", async () => {
    const [page] = await collect(importFacebook([fixture("pages.json", "likes_and_reactions/pages.json")]));
    assert.equal(page?.action, "follow");
    assert.equal(page?.text, "Parc de la Gatineau");
    assert.equal(page?.url, "https://www.facebook.com/parcdelagatineau");
  });

  test("files the importer does not read are passed over", async () => {
    const items = await collect(importFacebook([fixture("pages.json", "security_and_login_information/account_activity.json")]));
    assert.deepEqual(items, []);
  });
});

describe("Facebook files that cannot be read", () => {
  const entries = (): ExportEntry[] => [
    fixture("broken-posts.json", "posts/your_posts_2.json"),
    fixture("mojibake-posts.json", "posts/your_posts_1.json"),
  ];

  test("a cut-off JSON file is reported with its name and line, the items before the break and the other files still read", async () => {
    const problems: ImportError[] = [];
    const items = await collect(importFacebook(entries(), { onError: (error) => problems.push(error) }));
    assert.equal(items.length, 3);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.file, "posts/your_posts_2.json");
    assert.equal(problems[0]?.position, "item 1");
    assert.match(problems[0]?.message ?? "", /not valid JSON \(line 3, column \d+: /);
  });

  test("without an error handler, every readable item comes first and the problem is thrown at the end", async () => {
    const items: HistoryItem[] = [];
    await assert.rejects(
      async () => {
        for await (const item of importFacebook(entries())) items.push(item);
      },
      (error: unknown) => error instanceof ImportError && error.message.startsWith("posts/your_posts_2.json (item 1): not valid JSON (line 3, column"),
    );
    assert.equal(items.length, 3);
  });

  test("several unreadable files are told as the first one and how many more", async () => {
    const twice = [fixture("broken-posts.json", "posts/your_posts_2.json"), fixture("broken-posts.json", "posts/your_posts_3.json")];
    await assert.rejects(
      async () => {
        for await (const _item of importFacebook(twice));
      },
      (error: unknown) =>
        error instanceof ImportError && error.file === "posts/your_posts_2.json" && error.message.endsWith("(and 1 more problem in this export)"),
    );
  });
});

describe("the Facebook profile bio", () => {
  const PROFILE_PATH = "personal_information/profile_information/profile_information.json";
  const read = async (profile: string, withPosts = true) => {
    const problems: ImportError[] = [];
    const entries = [fixture(profile, PROFILE_PATH), ...(withPosts ? [fixture("mojibake-posts.json", "posts/your_posts_1.json")] : [])];
    const items = await collect(importFacebook(entries, { onError: (error) => problems.push(error) }));
    return { items, problems, bios: items.filter((item) => item.action === "profile") };
  };

  test("the intro, the about text and the current job are one profile item, accents and emoji repaired", async () => {
    const { bios, problems } = await read("profile_information.json");
    assert.deepEqual(problems, []);
    assert.equal(bios.length, 1);
    assert.equal(bios[0]?.text, "Cycliste 🚲, boulangère du dimanche\nJe suis toujours partante pour un café, c’est promis\nPolicy analyst, ESDC");
    assert.equal(bios[0]?.id, "profile:sam.tremblay.example");
    assert.equal(bios[0]?.url, "https://www.facebook.com/sam.tremblay.example");
    assert.equal(bios[0]?.sourceFile, PROFILE_PATH);
  });

  test("a past job, the city, e-mail and birthday are not part of the bio", async () => {
    const { bios } = await read("profile_information.json");
    assert.ok(!/Barista|Gatineau|example\.org|1988/.test(bios[0]?.text ?? ""));
  });

  test("the bio has no date of its own: it is dated by the export's newest item, even when read first", async () => {
    const { items, bios } = await read("profile_information.json");
    assert.equal(bios[0]?.createdAt, "2023-11-14T22:15:00.000Z");
    assert.equal(items.at(-1)?.action, "profile");
  });

  test("a profile with no words of the person's own (name, e-mail, city) gives no profile item", async () => {
    const { bios, problems } = await read("profile_information-bare.json");
    assert.deepEqual(bios, []);
    assert.deepEqual(problems, []);
  });

  test("an export without a profile file gives no profile item and no warning", async () => {
    const problems: ImportError[] = [];
    const items = await collect(importFacebook([fixture("mojibake-posts.json", "posts/your_posts_1.json")], { onError: (error) => problems.push(error) }));
    assert.equal(items.filter((item) => item.action === "profile").length, 0);
    assert.deepEqual(problems, []);
  });

  test("a broken profile file is a warning in both languages, naming the file and line, and the posts are still read", async () => {
    const { items, problems } = await read("profile_information-broken.json");
    assert.equal(items.length, 2);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.file, PROFILE_PATH);
    assert.match(problems[0]?.message ?? "", /profile_information\.json \(item 0\): not valid JSON \(line \d+, column \d+: /);
    assert.match(problems[0]?.text.fr ?? "", /profile_information\.json \(élément 0\) : JSON non valide \(ligne \d+, colonne \d+ : /);
  });

  test("a profile file without a profile_v2 object says so in both languages", async () => {
    const problems: ImportError[] = [];
    const entry: ExportEntry = { path: PROFILE_PATH, open: async () => Readable.from([Buffer.from('{"something_else": {}}')]) };
    const items = await collect(importFacebook([entry], { onError: (error) => problems.push(error) }));
    assert.deepEqual(items, []);
    assert.equal(problems[0]?.message, `${PROFILE_PATH}: holds no profile_v2 object; the profile bio was not read`);
    assert.equal(problems[0]?.text.fr, `${PROFILE_PATH} : ne contient aucun objet profile_v2 ; la biographie du profil n'a pas été lue`);
  });
});
