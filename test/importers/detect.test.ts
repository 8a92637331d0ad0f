import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { detectPlatform } from "../../src/importers/detect.js";
import { entryFromBuffer, sourceFromEntries } from "../../src/importers/source.js";

const detect = (files: Record<string, string>) =>
  detectPlatform(sourceFromEntries(Object.entries(files).map(([path, content]) => entryFromBuffer(path, content))));

describe("recognising an export by its content", () => {
  test("an X archive by its data/tweets.js", async () => {
    assert.equal(await detect({ "data/tweets.js": "window.YTD.tweets.part0 = []", "data/manifest.js": "window.__THAR_CONFIG = {}" }), "x");
  });

  test("an X archive holding only likes, by the window.YTD. prefix", async () => {
    assert.equal(await detect({ "like.js": 'window.YTD.like.part0 = [ {"like":{}} ]' }), "x");
  });

  test("a Mastodon export by an outbox.json in the ActivityStreams context", async () => {
    assert.equal(await detect({ "outbox.json": '{"@context":["https://www.w3.org/ns/activitystreams"],"type":"OrderedCollection"}' }), "mastodon");
  });

  test("an outbox.json that is not ActivityPub is not taken for Mastodon", async () => {
    assert.equal(await detect({ "outbox.json": '{"messages":[]}' }), undefined);
  });

  test("a Bluesky repository by its .car file", async () => {
    assert.equal(await detect({ "bnewbold.repo.car": "\u0000" }), "bluesky");
  });

  test("a Facebook export by your_posts_1.json or a posts/ folder", async () => {
    assert.equal(await detect({ "your_posts_1.json": '[{"timestamp":1375662123,"data":[]}]' }), "facebook");
    assert.equal(await detect({ "your_facebook_activity/posts/album/1.json": "{}" }), "facebook");
  });

  test("an Instagram export by content/posts_1.json or a media list", async () => {
    assert.equal(await detect({ "your_instagram_activity/content/posts_1.json": "[]" }), "instagram");
    assert.equal(await detect({ "posts_1.json": '[\n  {\n    "media": [ { "uri": "media/posts/1.jpg" } ] } ]' }), "instagram");
  });

  test("a Threads export by threads_and_replies.json when there are no Instagram posts", async () => {
    assert.equal(await detect({ "your_instagram_activity/threads/threads_and_replies.json": "{}" }), "threads");
  });

  test("a LinkedIn export by Shares.csv", async () => {
    assert.equal(await detect({ "Shares.csv": "Date,ShareLink,ShareCommentary\n" }), "linkedin");
  });

  test("a Reddit export by a comments.csv with a permalink column", async () => {
    assert.equal(await detect({ "comments.csv": "id,permalink,date,body\n" }), "reddit");
    assert.equal(await detect({ "comments.csv": "id,date,body\n" }), undefined);
  });

  test("anything else is not recognised", async () => {
    assert.equal(await detect({ "notes.txt": "hello", "data.json": "{}" }), undefined);
  });
});
