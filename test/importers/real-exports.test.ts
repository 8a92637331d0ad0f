import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { detectPlatform } from "../../src/importers/detect.js";
import { importBluesky } from "../../src/importers/bluesky.js";
import { importFacebook } from "../../src/importers/facebook.js";
import { importInstagram } from "../../src/importers/instagram.js";
import { importLinkedIn } from "../../src/importers/linkedin.js";
import { importMastodon } from "../../src/importers/mastodon.js";
import { baseName, openExport, UNKNOWN_DATE, type ExportSource } from "../../src/importers/source.js";
import { importXArchive } from "../../src/importers/x.js";
import type { HistoryItem } from "../../src/importers/types.js";

// The real samples live beside the project, in ../shared/exports; they are for measuring, never copied in.
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
const exportsDir = resolve(projectRoot(), "../shared/exports");
const skip = existsSync(exportsDir) ? false : "../shared is absent: real-export tests skipped";

async function importAll(folder: string, read: (source: ExportSource) => AsyncIterable<HistoryItem>) {
  const source = await openExport(join(exportsDir, folder));
  const items: HistoryItem[] = [];
  for await (const item of read(source)) items.push(item);
  const platform = await detectPlatform(source);
  await source.close();
  return { items, warnings: source.warnings, platform };
}

function countBy(items: HistoryItem[], key: (item: HistoryItem) => string | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const value = key(item) ?? "(none)";
    counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

function assertDatesParse(items: HistoryItem[], allowUnknown = false) {
  const latest = Date.now() + 86_400_000;
  for (const item of items) {
    assert.match(item.createdAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, item.id);
    if (allowUnknown && item.createdAt === UNKNOWN_DATE) continue;
    const time = Date.parse(item.createdAt);
    assert.ok(time >= Date.UTC(2006, 2, 21) && time <= latest, `${item.id} is dated ${item.createdAt}`);
  }
}

/** X's .js files are small in this sample; JSON.parse gives an independent reading to compare against. */
function readXFile(file: string): Record<string, unknown>[] {
  const text = readFileSync(join(exportsDir, "x-archive-milahu104", file), "utf8");
  return JSON.parse(text.slice(text.indexOf("["))) as Record<string, unknown>[];
}

describe("x", { skip }, () => {
  // Counts checked independently with python3 json over tweets.js, community-tweet.js, deleted-tweets.js and like.js.
  test("reads every tweet, community tweet, deleted tweet and like, by action", async () => {
    const { items, warnings, platform } = await importAll("x-archive-milahu104", importXArchive);
    assert.equal(platform, "x");
    assert.deepEqual(countBy(items, (item) => item.action), { reply: 1826, share: 243, post: 26, like: 6708, profile: 1 });
    assert.equal(items.filter((item) => item.deleted).length, 47);
    assert.equal(countBy(items, (item) => item.sourceFile)["community-tweet.js"], 3);
    assert.deepEqual(warnings, []);
  });

  test("the profile bio is read, dated by the archive's generation", async () => {
    const { items } = await importAll("x-archive-milahu104", importXArchive);
    const bio = items.find((item) => item.action === "profile");
    assert.ok(bio?.text.startsWith("shadowbanned"));
    assert.equal(bio?.createdAt, "2026-03-06T13:15:31.187Z");
  });

  test("ids are unique within tweets and within likes, and every date parses", async () => {
    const { items } = await importAll("x-archive-milahu104", importXArchive);
    const tweets = items.filter((item) => item.action !== "like");
    const likes = items.filter((item) => item.action === "like");
    assert.equal(new Set(tweets.map((item) => item.id)).size, tweets.length);
    assert.equal(new Set(likes.map((item) => item.id)).size, likes.length);
    assertDatesParse(items);
  });

  test("links use the account's screen name, t.co links with an expansion are gone and no &amp; is left", async () => {
    const { items } = await importAll("x-archive-milahu104", importXArchive);
    const account = readXFile("account.js")[0]?.["account"] as { username: string };
    const shortLinks = new Map<string, string[]>();
    for (const file of ["tweets.js", "deleted-tweets.js", "community-tweet.js"]) {
      for (const record of readXFile(file)) {
        const tweet = record["tweet"] as { id_str: string; entities: { urls?: { url: string }[]; media?: { url: string }[] } };
        shortLinks.set(tweet.id_str, [...(tweet.entities.urls ?? []), ...(tweet.entities.media ?? [])].map((link) => link.url));
      }
    }
    let checked = 0;
    for (const item of items.filter((each) => each.action !== "like" && each.action !== "profile")) {
      assert.ok(item.url?.startsWith(`https://x.com/${account.username}/status/`), item.url ?? item.id);
      for (const link of shortLinks.get(item.id) ?? []) {
        assert.ok(!item.text.includes(link), `${item.id} still has ${link}`);
        checked += 1;
      }
    }
    assert.ok(checked > 300, `only ${checked} links checked`);
    assert.equal(items.filter((item) => /&(amp|lt|gt);/.test(item.text)).length, 0);
  });
});

describe("mastodon", { skip }, () => {
  // Counts checked independently with python3 json (which keeps the last orderedItems key, the full one here).
  test("reads every post, reply, boost and favourite, by action and by visibility", async () => {
    const { items, warnings, platform } = await importAll("mastodon-export-dealingwith", importMastodon);
    assert.equal(platform, "mastodon");
    assert.deepEqual(countBy(items, (item) => item.action), { post: 838, reply: 422, share: 326, like: 1115, profile: 1 });
    const statuses = items.filter((item) => item.action !== "like" && item.action !== "profile");
    assert.deepEqual(countBy(statuses, (item) => item.visibility), { public: 1495, followers: 40, direct: 35, unlisted: 16 });
    assert.equal(statuses.filter((item) => item.contentWarning).length, 18);
    assert.deepEqual(warnings, []);
  });

  test("the activities equal those JSON.parse finds under the last orderedItems key", async () => {
    const { items } = await importAll("mastodon-export-dealingwith", importMastodon);
    const outbox = JSON.parse(readFileSync(join(exportsDir, "mastodon-export-dealingwith", "outbox.json"), "utf8")) as { orderedItems: { type: string }[] };
    const activities = outbox.orderedItems.filter((activity) => activity.type === "Create" || activity.type === "Announce");
    assert.equal(items.filter((item) => item.action !== "like" && item.action !== "profile").length, activities.length);
  });

  test("no HTML tag or entity is left in any text, ids are unique and dates parse", async () => {
    const { items } = await importAll("mastodon-export-dealingwith", importMastodon);
    assert.deepEqual(items.filter((item) => /<\/?[a-z][a-z0-9]*[\s>/]/i.test(item.text)).map((item) => item.id), []);
    assert.deepEqual(items.filter((item) => /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(item.text)).map((item) => item.id), []);
    assert.equal(new Set(items.map((item) => item.id)).size, items.length);
    assertDatesParse(items, true);
    assert.ok(items.filter((item) => item.createdAt === UNKNOWN_DATE).every((item) => item.action === "like"));
  });
});

describe("bluesky", { skip }, () => {
  // Counts checked independently with a small python3 CAR + DAG-CBOR reader walking each commit's tree.
  test("reads the records each repository's current commit holds, by file and action", async () => {
    const { items, warnings, platform } = await importAll("bluesky-repo-car", importBluesky);
    assert.equal(platform, "bluesky");
    assert.deepEqual(countBy(items, (item) => `${item.sourceFile} ${item.action}`), {
      "bnewbold.robocracy.org.20250310005405.car post": 21,
      "bnewbold.robocracy.org.20250310005405.car reply": 2,
      "bnewbold.robocracy.org.20250310005405.car follow": 3,
      "bnewbold.robocracy.org.20250310005405.car like": 2,
      "bnewbold.robocracy.org.20250310005405.car share": 1,
      "bnewbold.robocracy.org.20250310005405.car profile": 1,
      "greenground.repo.car follow": 2,
      "paul_staging.repo.car follow": 8,
      "paul_staging.repo.car like": 60,
      "paul_staging.repo.car post": 82,
      "paul_staging.repo.car reply": 19,
      "paul_staging.repo.car share": 15,
      "paul_staging.repo.car profile": 1,
    });
    assert.deepEqual(warnings, []);
  });

  test("ids are unique at:// URIs, dates parse and no shortened link text is left", async () => {
    const { items } = await importAll("bluesky-repo-car", importBluesky);
    assert.equal(new Set(items.map((item) => item.id)).size, items.length);
    assert.ok(items.every((item) => /^at:\/\/did:[a-z]+:[^/]+\/app\.bsky\.[a-z.]+\/[^/]+$/.test(item.id)));
    assertDatesParse(items);
    const posts = items.filter((item) => item.action === "post" || item.action === "reply");
    assert.deepEqual(posts.filter((item) => /\b[a-z0-9-]+(\.[a-z0-9-]+)+\/\S*\.\.\.(?=\s|$)/i.test(item.text)).map((item) => item.id), []);
    assert.ok(posts.every((item) => item.url?.startsWith("https://bsky.app/profile/did:")));
  });
});

describe("profile bios in the Facebook, Instagram and LinkedIn samples", { skip }, () => {
  // None of the three samples holds a profile file (checked by listing them): a bio there would be invented.
  const samples = [
    { folder: "facebook-export-hunterhillis", profileFile: "profile_information.json", read: importFacebook },
    { folder: "instagram-export-sample", profileFile: "personal_information.json", read: importInstagram },
    { folder: "linkedin-export-sanand0", profileFile: "profile.csv", read: importLinkedIn },
  ];
  for (const { folder, profileFile, read } of samples) {
    test(`${folder}: one bio per profile file, none without, and no warning`, async () => {
      const source = await openExport(join(exportsDir, folder));
      const profileFiles: string[] = [];
      for await (const entry of source.entries()) if (baseName(entry.path) === profileFile) profileFiles.push(entry.path);
      const items: HistoryItem[] = [];
      for await (const item of read(source.entries(), { onError: (error) => source.warnings.push(error.text) })) items.push(item);
      await source.close();
      assert.deepEqual(profileFiles, []);
      assert.equal(items.filter((item) => item.action === "profile").length, profileFiles.length);
      assert.ok(items.length > 0);
      assert.deepEqual(source.warnings, []);
    });
  }
});
