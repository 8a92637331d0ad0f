// The one scan loop of the CLI and the server: items are written in the order read whatever thread judged them,
// progress only goes forward, and a stop or an importer's error keeps everything read before it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ImportError, type HistoryItem } from "../../src/importers/types.js";
import { assess, rulesVersion } from "../../src/core/engine.js";
import { ScanLoop, SCAN_BATCH } from "../../src/store/scan-loop.js";
import type { ImportRow } from "../../src/store/store.js";

const TEXTS = ["Lovely walk by the canal", "Vote NDP on Monday!", "My manager is an idiot", "Je vote pour le Bloc aux élections", "https://example.org/only-a-link", ""];

/** Items read so far by the importer below. */
let read = 0;

async function* items(count: number, failAt?: number): AsyncGenerator<HistoryItem> {
  read = 0;
  for (let n = 0; n < count; n++) {
    read = n + 1;
    if (n === failAt) throw new ImportError({ en: "broken item", fr: "élément brisé" }, "tweets.js");
    // A turn of the event loop now and then, as a real importer reading a stream gives.
    if (n % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
    yield { platform: "x", id: String(1_000_000 + n), action: "post", createdAt: new Date(Date.UTC(2020, 0, 1) + n * 3_600_000).toISOString(), text: `${TEXTS[n % TEXTS.length]} ${n % TEXTS.length === 4 ? "" : n}`.trim(), visibility: "public", sourceFile: "tweets.js" };
  }
}

interface Seen {
  written: ImportRow[];
  progress: number[];
  items: string[];
}

function loopOf(jobs: number, stopAfter?: number): { loop: ScanLoop; seen: Seen } {
  const seen: Seen = { written: [], progress: [], items: [] };
  const loop = new ScanLoop({
    profile: {},
    judge: assess,
    version: rulesVersion(),
    jobs,
    spec: { packs: [] },
    write: async (rows) => {
      // A write that takes a turn, as one relayed to the server's thread does.
      await new Promise((resolve) => setImmediate(resolve));
      seen.written.push(...rows);
    },
    onItem: (row) => seen.items.push(row.item.id),
    onWritten: (l) => void seen.progress.push(l.written),
    ...(stopAfter !== undefined ? { stopped: () => read >= stopAfter } : {}),
  });
  return { loop, seen };
}

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, k) => String(1_000_000 + from + k));

describe("the scan loop", () => {
  it("writes every item in the order read, with the same assessments on one thread and on two, and its progress only goes forward", async () => {
    const one = loopOf(1);
    await one.loop.run(items(1_300));
    const two = loopOf(2);
    await two.loop.run(items(1_300));
    for (const { loop, seen } of [one, two]) {
      assert.deepEqual(seen.written.map((r) => r.item.id), ids(1_300));
      assert.deepEqual(seen.items, ids(1_300), "each item is handed on in the order read");
      assert.equal(loop.written, 1_300);
      assert.equal(loop.counts.total, 1_300);
      assert.ok(seen.progress.every((n, k) => k === 0 || n > seen.progress[k - 1]!), `progress never goes back: ${seen.progress.join(",")}`);
      assert.equal(seen.progress.at(-1), 1_300);
      assert.ok(seen.progress.every((n, k) => n - (seen.progress[k - 1] ?? 0) <= SCAN_BATCH), "no batch is larger than a batch");
    }
    assert.deepEqual(
      two.seen.written.map((r) => [r.assessment.level, r.assessment.findings.map((f) => f.rule)]),
      one.seen.written.map((r) => [r.assessment.level, r.assessment.findings.map((f) => f.rule)]),
    );
    assert.deepEqual(two.loop.counts, one.loop.counts);
    assert.ok(one.loop.counts.byLevel.risky > 0 && (one.loop.counts.unchecked ?? 0) > 0, "the counts tell risky items and links apart");
  });

  it("stops where it is told and keeps everything read before, judged and written", async () => {
    for (const jobs of [1, 2]) {
      const { loop, seen } = loopOf(jobs, 700);
      await loop.run(items(5_000));
      assert.deepEqual(seen.written.map((r) => r.item.id), ids(700), `jobs ${jobs}`);
      assert.equal(loop.written, 700);
    }
  });

  it("an importer's error ends the reading, after what was read before it is written", async () => {
    for (const jobs of [1, 2]) {
      const { loop, seen } = loopOf(jobs);
      await assert.rejects(loop.run(items(2_000, 612)), (e: unknown) => e instanceof ImportError && /broken item/.test(e.message));
      assert.deepEqual(seen.written.map((r) => r.item.id), ids(612), `jobs ${jobs}`);
      assert.deepEqual(seen.progress.at(-1), 612);
    }
  });
});
