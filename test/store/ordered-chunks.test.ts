// Chunks judged on this thread and on a pool beside it come back in the order given, with a bounded number out.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { OrderedChunks, type ChunkPool } from "../../src/store/ordered-chunks.js";

/** A pool whose answers arrive out of order (later chunks first), recording how many chunks it holds at once. */
class SlowPool implements ChunkPool<number, string> {
  out = 0;
  most = 0;
  given = 0;
  closed = false;
  /** `fail`: every chunk starting at or past this job fails. */
  constructor(private readonly fail?: number) {}
  judgeChunk(jobs: readonly number[]): Promise<string[]> {
    this.given++;
    this.out++;
    this.most = Math.max(this.most, this.out);
    const delay = jobs[0]! % 3 === 0 ? 15 : 1;
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        this.out--;
        if (this.fail !== undefined && jobs[0]! >= this.fail) reject(new Error(`the pool failed on ${jobs[0]}`));
        else resolve(jobs.map((j) => `pool:${j}`));
      }, delay),
    );
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

const chunks = (count: number, size: number) => Array.from({ length: count }, (_, c) => Array.from({ length: size }, (_, k) => c * size + k));

describe("OrderedChunks", () => {
  it("hands every chunk back once, in the order given, whether judged here or on the pool", async () => {
    for (const jobs of [2, 3, 5]) {
      let pool: SlowPool | undefined;
      const ordered = new OrderedChunks<number, string>(jobs, (size) => {
        assert.equal(size, jobs - 1);
        return (pool = new SlowPool());
      }, (chunk) => chunk.map((j) => `here:${j}`));
      const seen: number[] = [];
      const answers: string[] = [];
      for (const chunk of chunks(40, 3)) {
        for (const a of await ordered.give(chunk)) {
          seen.push(...a.chunk);
          answers.push(...a.answers);
        }
      }
      ordered.giveHere([120, 121]);
      for await (const a of ordered.rest()) {
        seen.push(...a.chunk);
        answers.push(...a.answers);
      }
      await ordered.close();
      assert.deepEqual(seen, Array.from({ length: 122 }, (_, k) => k));
      assert.deepEqual(answers.map((a) => Number(a.split(":")[1])), seen, "each answer is its own job's");
      assert.ok(answers.some((a) => a.startsWith("pool:")) && answers.some((a) => a.startsWith("here:")), "both this thread and the pool judged");
      assert.equal(answers[0], "here:0", "the first chunk is judged here while the pool starts");
      assert.equal(answers.at(-1), "here:121", "the last, short chunk is judged here");
      assert.ok(pool!.most <= 4 * jobs, `at most ${4 * jobs} chunks out at once, not ${pool!.most}`);
      assert.ok(pool!.closed);
    }
  });

  it("on one job, judges everything here, at once, and starts no pool", async () => {
    const ordered = new OrderedChunks<number, string>(1, () => assert.fail("no pool on one job"), (chunk) => chunk.map(String));
    for (const chunk of chunks(5, 2)) assert.deepEqual((await ordered.give(chunk)).map((a) => a.answers), [chunk.map(String)]);
    await ordered.close();
  });

  it("a pool's failure reaches the caller, in order, after the chunks before it", async () => {
    // The pool fails every chunk from job 12 on.
    const ordered = new OrderedChunks<number, string>(2, () => new SlowPool(12), (chunk) => chunk.map(String));
    const seen: number[] = [];
    let failed: number | undefined;
    await assert.rejects(async () => {
      for (const chunk of chunks(10, 3)) for (const a of await ordered.give(chunk)) seen.push(...a.chunk);
      for await (const a of ordered.rest()) seen.push(...a.chunk);
    }, (e: Error) => {
      failed = Number(/the pool failed on (\d+)/.exec(e.message)?.[1]);
      return failed >= 12;
    });
    assert.deepEqual(seen, Array.from({ length: seen.length }, (_, k) => k), "what came back before the failure is in order");
    assert.equal(seen.length, failed, "everything before the failed chunk came back, nothing after it");
    await ordered.close();
  });
});
