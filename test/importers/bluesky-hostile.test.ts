import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { entryFromBuffer, sourceFromEntries, type ExportSource } from "../../src/importers/source.js";
import { importBluesky, MAX_TREE_DEPTH } from "../../src/importers/bluesky.js";
import type { HistoryItem } from "../../src/importers/types.js";
import { block, cidOf, mstKey, writeCar, type Block, type Cid } from "./car-fixture.js";

const DID = "did:plc:hostilerepository";

async function collect(source: ExportSource): Promise<HistoryItem[]> {
  const items: HistoryItem[] = [];
  for await (const item of importBluesky(source)) items.push(item);
  return items;
}

function post(index: number): Block {
  return block({ $type: "app.bsky.feed.post", text: `post number ${index}`, createdAt: "2024-05-01T10:00:00.000Z" });
}

const postKey = (index: number) => mstKey(`app.bsky.feed.post/3k${String(index).padStart(11, "a")}`);

/**
 * A chain of tree nodes, node i's left link (and, when `twice`, its entry's right link too) pointing to node i + 1;
 * the nodes listed in `withPost` hold one post each. Built from the deepest node up, as CIDs require.
 */
function chain(length: number, { twice = false, withPost = (_: number): boolean => true } = {}): { root: Cid; blocks: Block[] } {
  const blocks: Block[] = [];
  let below: Cid | null = null;
  for (let index = length - 1; index >= 0; index--) {
    const entries = [];
    if (withPost(index)) {
      const record = post(index);
      blocks.push(record);
      entries.push({ p: 0, k: postKey(index), v: record.cid, t: twice ? below : null });
    }
    const node = block({ l: below, e: entries });
    blocks.push(node);
    below = node.cid;
  }
  return { root: below!, blocks };
}

async function repository(treeRoot: Cid, blocks: Block[]): Promise<ExportSource> {
  const commit = block({ did: DID, version: 3, data: treeRoot, rev: "3kzzzzzzzzz22", prev: null, sig: new Uint8Array(64) });
  const car = await writeCar(commit.cid, [commit, ...blocks]);
  return sourceFromEntries([entryFromBuffer("hostile.car", car)], { kind: "file", path: "hostile.car" });
}

describe("a Bluesky export crafted to make the tree walk loop or overflow", () => {
  test("nodes that each point forward twice (2^40 paths through 40 nodes) are read once each, with a warning", async () => {
    const { root, blocks } = chain(40, { twice: true });
    const source = await repository(root, blocks);
    const items = await collect(source);
    assert.equal(items.length, 40);
    assert.equal(new Set(items.map((item) => item.id)).size, 40);
    const warnings = source.warnings.map((w) => w.en).join("\n");
    assert.match(warnings, /hostile\.car: the repository tree is damaged: 39 links lead to a subtree already read/);
    assert.match(source.warnings.map((w) => w.fr).join("\n"), /hostile\.car : l'arbre du dépôt est endommagé : 39 liens/);
  });

  test("a node whose left link points to itself is read once, the loop named, and the records beside it still read", async () => {
    const forged = cidOf(new TextEncoder().encode("a node that names itself"));
    const aside = chain(2);
    const record = post(99);
    const looping = { cid: forged, bytes: block({ l: forged, e: [{ p: 0, k: postKey(99), v: record.cid, t: aside.root }] }).bytes };
    const source = await repository(forged, [looping, record, ...aside.blocks]);
    const items = await collect(source);
    assert.deepEqual(items.map((item) => item.text).sort(), ["post number 0", "post number 1", "post number 99"]);
    assert.match(source.warnings.map((w) => w.en).join("\n"), /hostile\.car: the repository tree is damaged: 1 links loop back to a node above them/);
  });

  test("a chain 200,000 nodes deep stops at the depth bound with a warning; the records above it are read", async () => {
    const depth = 200_000;
    const { root, blocks } = chain(depth, { withPost: (index) => index < 3 || index === depth - 1 });
    const source = await repository(root, blocks);
    const items = await collect(source);
    assert.deepEqual(items.map((item) => item.text).sort(), ["post number 0", "post number 1", "post number 2"]);
    assert.match(source.warnings.map((w) => w.en).join("\n"), new RegExp(`hostile\\.car: the repository tree is deeper than ${MAX_TREE_DEPTH} levels .*; 1 subtrees below that depth were not read`));
  });
});
