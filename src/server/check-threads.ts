// Where POST /api/check and /api/check/batch are judged: on this thread, or, with cores to spare, on a pool of judging
// workers while this thread only reads and answers requests. Either way the answer is the same bytes. On 2 cores, with
// the client on the same machine, a worker made single requests slower and 8 at once no faster
// (docs/measurements.md): the server's default keeps checks here unless there are more cores.

import type { Batchable } from "../core/engine.js";
import { answerChecks, JudgePool, type CheckAnswer, type CheckJob, type JudgeSpec } from "../store/judge-pool.js";

/** Written as JSON.stringify would write the batch result, with no configuration named, nothing escaped, and no newline. */
const LINES = { config: [], visible: false, newline: false } as const;

export class CheckThreads {
  private pool: JudgePool | undefined;

  /**
   * `judge` judges here; `workers` is the pool's size (0: every check is judged here); `spec` is how a worker makes
   * the same judge as `judge`.
   */
  constructor(
    private readonly judge: Batchable,
    private readonly workers: number,
    private readonly spec: JudgeSpec,
  ) {}

  /** The check's result line (or what the engine refused in it). */
  async answer(job: CheckJob): Promise<CheckAnswer> {
    return (await this.answerAll([job]))[0]!;
  }

  /**
   * The result lines of a batch's checks, in order. Once the pool has started, the batch is cut into one part per
   * worker, judged at once; the pool starts at the first check, judged here while the workers load the engine.
   */
  async answerAll(jobs: readonly CheckJob[]): Promise<CheckAnswer[]> {
    if (this.workers > 0 && this.pool) {
      const pool = this.pool;
      const size = Math.ceil(jobs.length / this.workers);
      const parts: Promise<CheckAnswer[]>[] = [];
      for (let k = 0; k < jobs.length; k += size) parts.push(pool.check(jobs.slice(k, k + size)));
      return (await Promise.all(parts)).flat();
    }
    if (this.workers > 0 && jobs.length > 0) this.pool = new JudgePool(this.workers, { ...this.spec, lines: LINES });
    return answerChecks(this.judge, jobs, {}, LINES);
  }

  /** Whether checks go to other threads (the pool has started). */
  get pooled(): boolean {
    return this.pool !== undefined;
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}
