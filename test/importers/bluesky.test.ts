import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { entryFromBuffer, sourceFromEntries, type ExportSource } from "../../src/importers/source.js";
import { expandLinkFacets, importBluesky } from "../../src/importers/bluesky.js";
import { ImportError, type HistoryItem } from "../../src/importers/types.js";

import { block, mstKey, writeCar } from "./car-fixture.js";

const DID = "did:plc:testpublicservant";
const OTHER = "did:plc:someoneelse";

const key = mstKey;

/** The display text is cut short, as the Bluesky app does; the facet holds the full link. */
const cafeText = "Café ☕ et pâtisseries 🇨🇦 : example.ca/avis-pub... à lire, @ami.example.ca";
const linkStart = Buffer.byteLength(cafeText.slice(0, cafeText.indexOf("example.ca/avis")));
const linkEnd = linkStart + Buffer.byteLength("example.ca/avis-pub...");
const mentionStart = Buffer.byteLength(cafeText.slice(0, cafeText.indexOf("@ami")));

/** A repository whose tree uses a left subtree, prefix-compressed keys and right subtrees, plus a record the commit no longer holds. */
async function buildRepository(options: { dropTreeNode?: boolean } = {}): Promise<Buffer> {
  const createdAt = "2024-05-01T10:00:00.000Z";
  const somePost = block({ placeholder: true }).cid;
  const profile = block({ $type: "app.bsky.actor.profile", displayName: "Pat" });
  const like = block({ $type: "app.bsky.feed.like", subject: { uri: `at://${OTHER}/app.bsky.feed.post/3lzzzzzzzzz22`, cid: somePost }, createdAt });
  const undated = block({ $type: "app.bsky.feed.post", text: "Hello from the bike path" });
  const cafe = block({
    $type: "app.bsky.feed.post",
    text: cafeText,
    createdAt: "2024-05-02T12:30:00.000Z",
    facets: [
      { index: { byteStart: mentionStart, byteEnd: mentionStart + 15 }, features: [{ $type: "app.bsky.richtext.facet#mention", did: OTHER }] },
      { index: { byteStart: linkStart, byteEnd: linkEnd }, features: [{ $type: "app.bsky.richtext.facet#link", uri: "https://example.ca/avis-publics/2024-05" }] },
    ],
  });
  const reply = block({
    $type: "app.bsky.feed.post",
    text: "Same here!",
    createdAt: "2024-05-03T08:00:00.000Z",
    reply: {
      root: { uri: `at://${OTHER}/app.bsky.feed.post/3lrootrootr22`, cid: somePost },
      parent: { uri: `at://${OTHER}/app.bsky.feed.post/3lparentpar22`, cid: somePost },
    },
  });
  const repost = block({ $type: "app.bsky.feed.repost", subject: { uri: `at://${OTHER}/app.bsky.feed.post/3lyyyyyyyyy22`, cid: somePost }, createdAt });
  const follow = block({ $type: "app.bsky.graph.follow", subject: OTHER, createdAt });
  const unknown = block({ $type: "com.example.bookmark", note: "not an activity the guidance covers" });
  const stale = block({ $type: "app.bsky.feed.post", text: "deleted before the export", createdAt });

  const left = block({
    l: null,
    e: [
      { p: 0, k: key("app.bsky.actor.profile/self"), v: profile.cid, t: null },
      { p: 9, k: key("feed.like/3kaaaaaaaaa22"), v: like.cid, t: null },
    ],
  });
  const underPost = block({
    l: null,
    e: [
      { p: 0, k: key("app.bsky.feed.post/3kccccccccc22"), v: cafe.cid, t: null },
      { p: 21, k: key("ddddddddd22"), v: reply.cid, t: null },
    ],
  });
  const underRepost = block({
    l: null,
    e: [
      { p: 0, k: key("app.bsky.graph.follow/3kfffffffff22"), v: follow.cid, t: null },
      { p: 0, k: key("com.example.bookmark/3kggggggggg22"), v: unknown.cid, t: null },
    ],
  });
  const top = block({
    l: left.cid,
    e: [
      { p: 0, k: key("app.bsky.feed.post/3kbbbbbbbbb22"), v: undated.cid, t: underPost.cid },
      { p: 14, k: key("repost/3keeeeeeeee22"), v: repost.cid, t: underRepost.cid },
    ],
  });
  const commit = block({ did: DID, version: 3, data: top.cid, rev: "3kzzzzzzzzz22", prev: null, sig: new Uint8Array(64) });
  const tree = options.dropTreeNode ? [left, top, underRepost] : [left, top, underPost, underRepost];
  return writeCar(commit.cid, [commit, ...tree, profile, like, undated, cafe, reply, repost, follow, unknown, stale]);
}

async function collect(source: ExportSource): Promise<HistoryItem[]> {
  const items: HistoryItem[] = [];
  for await (const item of importBluesky(source)) items.push(item);
  return items;
}

describe("a Bluesky repository export", async () => {
  const source = sourceFromEntries([entryFromBuffer("repo.car", await buildRepository())], { kind: "file", path: "repo.car" });
  const items = await collect(source);
  const at = (path: string) => items.find((item) => item.id === `at://${DID}/${path}`);

  test("every record the commit's tree holds is read, and only those", () => {
    assert.deepEqual(items.map((item) => item.id).sort(), [
      `at://${DID}/app.bsky.actor.profile/self`,
      `at://${DID}/app.bsky.feed.like/3kaaaaaaaaa22`,
      `at://${DID}/app.bsky.feed.post/3kbbbbbbbbb22`,
      `at://${DID}/app.bsky.feed.post/3kccccccccc22`,
      `at://${DID}/app.bsky.feed.post/3kddddddddd22`,
      `at://${DID}/app.bsky.feed.repost/3keeeeeeeee22`,
      `at://${DID}/app.bsky.graph.follow/3kfffffffff22`,
    ]);
    assert.ok(!items.some((item) => item.text.includes("deleted before the export")));
    assert.deepEqual(source.warnings, []);
  });

  test("the profile bio is read as a profile item, dated by the repository's newest record when it has no date", () => {
    const bio = items.find((item) => item.action === "profile");
    assert.equal(bio?.text, "Pat");
    assert.ok(bio && !bio.createdAt.startsWith("1970"), `the bio is dated, not left at the epoch: ${bio?.createdAt}`);
  });

  test("a post links to bsky.app and is public", () => {
    const post = at("app.bsky.feed.post/3kccccccccc22");
    assert.equal(post?.action, "post");
    assert.equal(post?.url, `https://bsky.app/profile/${DID}/post/3kccccccccc22`);
    assert.equal(post?.visibility, "public");
    assert.equal(post?.createdAt, "2024-05-02T12:30:00.000Z");
  });

  test("a link facet's full URI replaces its shortened text, counted in UTF-8 bytes past accents, emoji and flags", () => {
    assert.equal(at("app.bsky.feed.post/3kccccccccc22")?.text, "Café ☕ et pâtisseries 🇨🇦 : https://example.ca/avis-publics/2024-05 à lire, @ami.example.ca");
  });

  test("a post with a reply field is a reply to the parent post", () => {
    const reply = at("app.bsky.feed.post/3kddddddddd22");
    assert.equal(reply?.action, "reply");
    assert.equal(reply?.inReplyTo, `at://${OTHER}/app.bsky.feed.post/3lparentpar22`);
  });

  test("a post without createdAt is dated by its record key", () => {
    assert.equal(at("app.bsky.feed.post/3kbbbbbbbbb22")?.createdAt, "2023-10-08T19:51:58.477Z");
  });

  test("a like is a like of the liked post's URI; a repost is a share", () => {
    const like = at("app.bsky.feed.like/3kaaaaaaaaa22");
    assert.equal(like?.action, "like");
    assert.equal(like?.text, `at://${OTHER}/app.bsky.feed.post/3lzzzzzzzzz22`);
    assert.equal(like?.url, `https://bsky.app/profile/${OTHER}/post/3lzzzzzzzzz22`);
    const repost = at("app.bsky.feed.repost/3keeeeeeeee22");
    assert.equal(repost?.action, "share");
    assert.equal(repost?.text, `at://${OTHER}/app.bsky.feed.post/3lyyyyyyyyy22`);
  });

  test("a follow names the followed account's DID", () => {
    const follow = at("app.bsky.graph.follow/3kfffffffff22");
    assert.equal(follow?.action, "follow");
    assert.equal(follow?.text, OTHER);
  });
});

describe("a damaged Bluesky export", () => {
  test("a missing part of the tree is a warning; the records elsewhere are still read", async () => {
    const source = sourceFromEntries([entryFromBuffer("repo.car", await buildRepository({ dropTreeNode: true }))]);
    const items = await collect(source);
    assert.equal(items.filter((item) => item.action !== "profile").length, 4);
    assert.match(source.warnings.map((w) => w.en).join(), /repo\.car: 1 parts of the repository tree are missing/);
  });

  test("a truncated CAR is an error naming the file", async () => {
    const whole = await buildRepository();
    const source = sourceFromEntries([entryFromBuffer("repo.car", whole.subarray(0, whole.length - 40))]);
    await assert.rejects(collect(source), (error: unknown) => error instanceof ImportError && error.file === "repo.car" && /cannot be read as a CAR file/.test(error.message));
  });

  test("a CAR whose root is not a commit is not taken for a repository", async () => {
    const lonely = block({ hello: "world" });
    const source = sourceFromEntries([entryFromBuffer("other.car", await writeCar(lonely.cid, [lonely]))]);
    await assert.rejects(collect(source), /other\.car: is not a Bluesky repository export/);
  });
});

describe("Bluesky link facets", () => {
  test("facets that cut a character in half or overlap are left alone", () => {
    const text = "é link";
    assert.equal(expandLinkFacets(text, [{ index: { byteStart: 1, byteEnd: 3 }, features: [{ $type: "app.bsky.richtext.facet#link", uri: "https://x.example" }] }]), text);
    assert.equal(
      expandLinkFacets("ab cd", [
        { index: { byteStart: 0, byteEnd: 2 }, features: [{ $type: "app.bsky.richtext.facet#link", uri: "https://one.example" }] },
        { index: { byteStart: 1, byteEnd: 5 }, features: [{ $type: "app.bsky.richtext.facet#link", uri: "https://two.example" }] },
      ]),
      "https://one.example cd",
    );
  });
});
