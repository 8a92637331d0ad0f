// Judging in chunks on this thread and on a pool of workers beside it, the answers handed back in the order the chunks
// were given: what the scan stores and what `check --jsonl` prints come out as they would from one thread. At most a
// bounded number of chunks is out at once, so memory stays flat however long the input.

/** A pool that answers a chunk with one answer per job, in their order (a JudgePool). */
export interface ChunkPool<J, A> {
  judgeChunk(jobs: readonly J[]): Promise<A[]>;
  close(): Promise<void>;
}

/** A chunk and its answers, one per job, in order. */
export interface Answered<J, A> {
  chunk: J[];
  answers: A[];
}

interface Sent<J, A> {
  chunk: J[];
  answer: Promise<A[]>;
  ready: boolean;
}

export class OrderedChunks<J, A> {
  private pool: ChunkPool<J, A> | undefined;
  private readonly sent: Sent<J, A>[] = [];

  /**
   * `jobs` threads judge, this one included; the pool (of `jobs − 1`) is started at the first chunk, which this
   * thread judges itself while the workers load the engine (about a second). After that, when every worker has two
   * chunks, this thread judges the next one rather than wait.
   */
  constructor(
    private readonly jobs: number,
    private readonly startPool: (size: number) => ChunkPool<J, A>,
    private readonly here: (chunk: readonly J[]) => A[],
  ) {}

  /** Judges a chunk (here or on the pool); resolves with the chunks answered so far, oldest first. */
  async give(chunk: J[]): Promise<Answered<J, A>[]> {
    if (chunk.length === 0) return [];
    if (this.jobs <= 1) return [{ chunk, answers: this.here(chunk) }];
    if (!this.pool) {
      this.pool = this.startPool(this.jobs - 1);
      this.judgeHere(chunk);
    } else if (this.sent.filter((e) => !e.ready).length >= 2 * (this.jobs - 1)) this.judgeHere(chunk);
    else {
      const entry: Sent<J, A> = { chunk, answer: this.pool.judgeChunk(chunk), ready: false };
      // Awaited in order by take(); this marks it ready, and keeps a failure from going unhandled meanwhile.
      entry.answer.then(() => (entry.ready = true)).catch(() => undefined);
      this.sent.push(entry);
    }
    const out: Answered<J, A>[] = [];
    while (this.sent[0]?.ready) out.push(await this.take());
    // However slow the oldest chunk, no more than this is held in memory.
    if (this.sent.length >= 4 * this.jobs) out.push(await this.take());
    return out;
  }

  /** Judges a chunk on this thread, after those given before it (the last, short chunk of an input). */
  giveHere(chunk: J[]): void {
    if (chunk.length > 0) this.judgeHere(chunk);
  }

  /** Every chunk still out, answered, oldest first. */
  async *rest(): AsyncGenerator<Answered<J, A>> {
    while (this.sent.length > 0) yield await this.take();
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }

  private judgeHere(chunk: J[]): void {
    this.sent.push({ chunk, answer: Promise.resolve(this.here(chunk)), ready: true });
  }

  private async take(): Promise<Answered<J, A>> {
    const oldest = this.sent.shift()!;
    return { chunk: oldest.chunk, answers: await oldest.answer };
  }
}
