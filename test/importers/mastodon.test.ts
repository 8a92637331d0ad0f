import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { entryFromBuffer, openExport, sourceFromEntries, type ExportSource } from "../../src/importers/source.js";
import { htmlToText, importMastodon, visibilityOf } from "../../src/importers/mastodon.js";
import { ImportError, type HistoryItem } from "../../src/importers/types.js";

const fixture = join(dirname(fileURLToPath(import.meta.url)), "../../../test/fixtures/mastodon/export");
const status = (n: number) => `https://social.example.ca/users/pat/statuses/11100000000000000${n}`;

async function collect(source: ExportSource): Promise<HistoryItem[]> {
  const items: HistoryItem[] = [];
  for await (const item of importMastodon(source)) items.push(item);
  return items;
}

describe("a Mastodon export", async () => {
  const items = await collect(await openExport(fixture));
  const find = (id: string) => items.find((item) => item.id === id);

  test("the repeated orderedItems key loses nothing and lists nothing twice", () => {
    assert.equal(items.filter((item) => item.id === status(1)).length, 1);
    assert.equal(find(status(1))?.text, "Only under the first orderedItems key.");
    assert.equal(items.filter((item) => item.action !== "like" && item.action !== "profile").length, 7);
  });

  test("the profile bio in actor.json is read as a profile item, HTML turned to text", () => {
    const bio = items.find((item) => item.action === "profile");
    assert.equal(bio?.text, "Birds, bikes and bread.");
    assert.equal(bio?.platform, "mastodon");
  });

  test("a post's HTML becomes the text as written: paragraphs, line breaks, entities, links, no script", () => {
    assert.equal(
      find(status(2))?.text,
      'Fish & chips <3 at the "Rideau" café\nthen a walk\n\nPhotos: https://photos.example.org/albums/rideau-2023 with @sam #ottawa\n\nhttps://bare.example.org/',
    );
  });

  test("a post is dated by its published time and linked by its url", () => {
    const post = find(status(2));
    assert.equal(post?.action, "post");
    assert.equal(post?.createdAt, "2023-09-02T08:30:00.000Z");
    assert.equal(post?.url, "https://social.example.ca/@pat/111000000000000002");
    assert.equal(post?.visibility, "public");
  });

  test("a reply answers the status in inReplyTo; Public only in cc makes it unlisted", () => {
    const reply = find(status(3));
    assert.equal(reply?.action, "reply");
    assert.equal(reply?.inReplyTo, "https://other.example.net/users/lee/statuses/99");
    assert.equal(reply?.visibility, "unlisted");
  });

  test("a content warning is kept as contentWarning on a followers-only post", () => {
    const warned = find(status(4));
    assert.equal(warned?.contentWarning, "spoilers: season finale");
    assert.equal(warned?.visibility, "followers");
    assert.equal(warned?.text, "The finale was not what I expected.");
  });

  test("a post addressed only to a person is direct", () => {
    assert.equal(find(status(5))?.visibility, "direct");
  });

  test("a boost is a share of the boosted status, its URL as text when the export has no content", () => {
    const boost = find(`${status(6)}/activity`);
    assert.equal(boost?.action, "share");
    assert.equal(boost?.text, "https://other.example.net/users/lee/statuses/100");
    assert.equal(boost?.url, "https://other.example.net/users/lee/statuses/100");
    assert.equal(boost?.createdAt, "2023-09-06T10:00:00.000Z");
  });

  test("a boost that carries the boosted status shares its text", () => {
    const boost = find(`${status(7)}/activity`);
    assert.equal(boost?.text, "Library book sale this Saturday!");
    assert.equal(boost?.url, "https://other.example.net/@lee/101");
  });

  test("a favourite from likes.json is a like whose text is the liked status's URL", () => {
    const likes = items.filter((item) => item.action === "like");
    assert.deepEqual(likes.map((like) => like.text), [
      "https://social.example.ca/users/sam/statuses/110000000000000000",
      "https://forum.example.org/objects/5b2f1c9e-aaaa-bbbb-cccc-0123456789ab",
    ]);
    assert.equal(likes[0]?.createdAt, "2023-03-10T16:46:36.875Z", "dated by the Mastodon id of the liked status");
    assert.equal(likes[1]?.createdAt, "1970-01-01T00:00:00.000Z", "no date to be had from another server's URL");
  });
});

describe("Mastodon HTML", () => {
  test("a script or style is dropped with its content, never run", () => {
    assert.equal(htmlToText("<p>hello</p><script>globalThis.ran = true</script><style>p{}</style><p>there</p>"), "hello\n\nthere");
    assert.equal((globalThis as { ran?: boolean }).ran, undefined);
  });

  test("numeric and named entities are decoded once", () => {
    assert.equal(htmlToText("<p>&#39;quoted&#39; &amp;amp; &eacute;t&eacute; &#x1F600;</p>"), "'quoted' &amp; été 😀");
  });
});

describe("Mastodon visibility", () => {
  const publicAddress = "https://www.w3.org/ns/activitystreams#Public";
  const followers = "https://social.example.ca/users/pat/followers";
  test("Public in to is public; Public in cc only is unlisted; the followers collection is followers; else direct", () => {
    assert.equal(visibilityOf({ to: [publicAddress], cc: [followers] }), "public");
    assert.equal(visibilityOf({ to: ["as:Public"] }), "public");
    assert.equal(visibilityOf({ to: [followers], cc: [publicAddress] }), "unlisted");
    assert.equal(visibilityOf({ to: [followers], cc: [] }), "followers");
    assert.equal(visibilityOf({ to: ["https://other.example.net/users/lee"] }), "direct");
    assert.equal(visibilityOf({ to: publicAddress }), "public");
  });
});

describe("a damaged Mastodon outbox", () => {
  test("a syntax error names outbox.json and the activity, after the activities before it", async () => {
    const activity = (n: number) =>
      `{"id":"https://m.example/a/${n}","type":"Create","object":{"id":"https://m.example/s/${n}","type":"Note","published":"2024-01-0${n}T00:00:00Z","to":["as:Public"],"content":"<p>n${n}</p>"}}`;
    const source = sourceFromEntries([entryFromBuffer("outbox.json", `{"orderedItems":[${activity(1)},${activity(2)},{"id": oops}]}`)]);
    const texts: string[] = [];
    await assert.rejects(
      async () => {
        for await (const item of importMastodon(source)) texts.push(item.text);
      },
      (error: unknown) => error instanceof ImportError && error.file === "outbox.json" && error.position === "item 2",
    );
    assert.deepEqual(texts, ["n1", "n2"]);
  });
});
