import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setImmediate as tick } from "node:timers/promises";
import { collectGarbage, Collector } from "../../src/store/heap.js";

/**
 * A WeakRef to something nothing else holds: it empties when (and only when) the heap is collected, once the job that
 * made it or last read it has ended.
 */
function garbage(): WeakRef<object> {
  return new WeakRef({ filler: new Array<number>(100_000).fill(1) });
}

describe("a scan's heap is collected as it goes (heap.ts)", () => {
  it("collectGarbage collects this thread's heap now", async () => {
    const ref = garbage();
    // A WeakRef's target is kept until the current job ends.
    await tick();
    assert.ok(ref.deref() !== undefined, "not collected before asked (else this test proves nothing)");
    // deref() keeps its target for the rest of the job too.
    await tick();
    assert.equal(collectGarbage(), true);
    assert.equal(ref.deref(), undefined);
  });

  it("a Collector collects once every so many items, not before", async () => {
    const collector = new Collector(3);
    const ref = garbage();
    await tick();
    collector.counted(1);
    collector.counted(1);
    assert.ok(ref.deref() !== undefined, "two items: not yet");
    await tick();
    collector.counted(1);
    assert.equal(ref.deref(), undefined, "the third item: collected");
  });
});
