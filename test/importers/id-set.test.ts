import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { IdSet } from "../../src/importers/id-set.js";

describe("the id set that keeps a large archive's ids small", () => {
  it("knows every id it was given and no other, across growth, for tweet ids and other ids alike", () => {
    const set = new IdSet();
    const ids: string[] = [];
    for (let i = 0; i < 50_000; i++) ids.push((1_200_000_000_000_000_000n + BigInt(i) * 7919n).toString());
    for (const id of ids) set.add(id);
    set.add("at://did:plc:abc/app.bsky.feed.post/3k");
    set.add("0");
    set.add("007");
    for (const id of ids) assert.ok(set.has(id));
    assert.ok(set.has("at://did:plc:abc/app.bsky.feed.post/3k") && set.has("0") && set.has("007"));
    assert.ok(!set.has("1200000000000000001"));
    assert.ok(!set.has("7"));
    assert.ok(!set.has("18446744073709551616"), "a number past 64 bits is only known if given");
    assert.equal(set.size, 50_003);
  });

  it("adds an id given twice once", () => {
    const set = new IdSet();
    set.add("1849372938475");
    set.add("1849372938475");
    assert.equal(set.size, 1);
  });
});
