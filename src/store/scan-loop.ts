// The one scan loop, for `impartial scan` and the server's scan job alike: items read from an importer are judged
// (on this thread, or in chunks on a JudgePool beside it), then counted, handed to the caller and written in
// batches, always in the order they were read. Memory stays flat: only a bounded number of chunks is out at once.

import { isKnownDate } from "../core/dates.js";
import { JUDGED_AT_ONCE } from "../core/engine.js";
import { historyContext, type HistoryContext, type Profile } from "../core/history.js";
import { levelRank, type Assessment, type Lang, type Level } from "../core/model.js";
import { hasReadableText } from "../core/remedies.js";
import type { HistoryItem } from "../importers/types.js";
import { Collector } from "./heap.js";
import { JudgePool, type JudgeSpec } from "./judge-pool.js";
import { OrderedChunks, type Answered } from "./ordered-chunks.js";
import { assessItems, type Judge } from "./judge.js";
import type { ImportRow, ReviewCounts } from "./store.js";

/** Items written at once: one transaction each. */
export const SCAN_BATCH = 250;
/** Items a judging worker is sent at once: large enough that a message costs little beside judging them, and a batch's size, so the first batch of a scan is written as soon as it is read. */
const CHUNK = SCAN_BATCH;
/** Items judged at once on one thread (assessItems): the engine's batch (JUDGED_AT_ONCE); a slow export goes by batchMs. */
const HERE = JUDGED_AT_ONCE;

/** An item read, with the context it is judged in. */
type Judged = { item: HistoryItem; hc: HistoryContext };

/** The items of a chunk as they are judged: each with its context. */
const jobsOf = (chunk: readonly Judged[]) => chunk.map((c) => ({ item: c.item, context: c.hc.context }));

export interface ScanLoopOptions {
  profile: Profile;
  /** The judge of this thread (the same as the pool's, made from `spec`). */
  judge: Judge;
  /** The version stored with each assessment. */
  version: string;
  lang?: Lang;
  /** Threads that judge, this one included: 1 judges here only. */
  jobs: number;
  /** How a judging worker builds the same judge. */
  spec: JudgeSpec;
  /** Writes one batch, in the order read (a store's addBatch); awaited before the next is made. */
  write(rows: ImportRow[]): void | Promise<void>;
  /** Each item once judged, in the order read, before its batch is written (printing, a report). */
  onItem?(row: ImportRow, hc: HistoryContext): void;
  /** After each batch is written: what the loop has written so far. */
  onWritten?(loop: ScanLoop): void | Promise<void>;
  /** Asked after each item read: true stops reading there (what was read is still judged and written). */
  stopped?(): boolean;
  /** A batch not yet full is written anyway once this long has passed since the last (a slow export still shows progress). */
  batchMs?: number;
}

/** What a scan counted: by level (an item that is only a link, with nothing found, is `unchecked`), platform, year, category. */
export function emptyCounts(): ReviewCounts {
  return { total: 0, byLevel: { appropriate: 0, risky: 0, inappropriate: 0 }, byCategory: {}, byPlatform: {}, byYear: {}, byDecision: { keep: 0, delete: 0, edit: 0, "make-private": 0, undecided: 0 } };
}

export class ScanLoop {
  /** The items judged so far, counted. */
  readonly counts: ReviewCounts = emptyCounts();
  /** The items written so far. */
  written = 0;
  /** The worst level judged so far. */
  worst: Level = "appropriate";
  private batch: ImportRow[] = [];
  private flushedAt = Date.now();
  /** A full collection every so many items written: a long scan's memory stays flat (heap.ts). */
  private readonly collector = new Collector();

  constructor(private readonly options: ScanLoopOptions) {}

  /**
   * Reads every item, judges, counts and writes it; resolves once the last batch is written. An error of the
   * importer ends the reading, but what was read before it is judged and written first; then it is thrown.
   */
  async run(items: AsyncIterable<HistoryItem>): Promise<void> {
    const { jobs, spec, lang, judge, profile, batchMs } = this.options;
    // With more than one job, chunks go to a pool of jobs − 1 judging threads beside this one, at most two a thread
    // at once. The pool is started at the first whole chunk, which this thread judges itself while the pool loads the
    // engine (about a second); after that, when they are all busy, this thread judges the next chunk rather than wait.
    const ordered = new OrderedChunks<Judged, Assessment>(
      jobs,
      (size) => {
        const pool = new JudgePool(size, spec);
        return { judgeChunk: (chunk) => pool.judge(jobsOf(chunk)), close: () => pool.close() };
      },
      (chunk) => assessItems(jobsOf(chunk), lang, judge),
    );
    const record = async (answered: Answered<Judged, Assessment>[] | Answered<Judged, Assessment>) => {
      for (const { chunk, answers } of Array.isArray(answered) ? answered : [answered]) {
        for (let i = 0; i < chunk.length; i++) await this.record(chunk[i]!.item, chunk[i]!.hc, answers[i]!);
      }
    };
    let chunk: Judged[] = [];
    let chunkSince = Date.now();
    // On one thread, items are judged a few at a time (assessItems: the same answers as one by one, in less time).
    let here: Judged[] = [];
    const judgeHere = async () => {
      const given = here;
      here = [];
      await record({ chunk: given, answers: assessItems(jobsOf(given), lang, judge) });
    };
    this.flushedAt = Date.now();
    try {
      try {
        for await (const item of items) {
          const hc = historyContext(item.createdAt, profile);
          if (jobs === 1) {
            here.push({ item, hc });
            if (here.length >= HERE || (batchMs !== undefined && Date.now() - this.flushedAt >= batchMs)) await judgeHere();
          } else {
            if (chunk.length === 0) chunkSince = Date.now();
            chunk.push({ item, hc });
            if (chunk.length >= CHUNK || (batchMs !== undefined && Date.now() - chunkSince >= batchMs)) {
              const given = chunk;
              chunk = [];
              await record(await ordered.give(given));
            }
          }
          // A slow export still shows progress: what is judged goes once a while has passed, even short of a batch.
          if (batchMs !== undefined && this.batch.length > 0 && Date.now() - this.flushedAt >= batchMs) await this.flush();
          if (this.options.stopped?.()) break;
        }
      } finally {
        // What was read before an error or a stop is judged and kept, as on one thread.
        await judgeHere();
        ordered.giveHere(chunk);
        for await (const answered of ordered.rest()) await record(answered);
        await this.flush();
      }
    } finally {
      await ordered.close();
    }
  }

  /** The rows judged and not yet written, taken out of the loop (to be written at once when the process must end). */
  takePending(): ImportRow[] {
    const rows = this.batch;
    this.batch = [];
    this.written += rows.length;
    return rows;
  }

  private async record(item: HistoryItem, hc: HistoryContext, assessment: Assessment): Promise<void> {
    const row: ImportRow = { item, assessment, beforeService: hc.beforeService, rulesVersion: this.options.version, context: hc.context };
    this.batch.push(row);
    tally(this.counts, item, assessment);
    if (levelRank(assessment.level) > levelRank(this.worst)) this.worst = assessment.level;
    this.options.onItem?.(row, hc);
    if (this.batch.length >= SCAN_BATCH) await this.flush();
  }

  private async flush(): Promise<void> {
    this.flushedAt = Date.now();
    if (this.batch.length === 0) return;
    const rows = this.batch;
    this.batch = [];
    await this.options.write(rows);
    this.written += rows.length;
    this.collector.counted(rows.length);
    await this.options.onWritten?.(this);
  }
}

function tally(c: ReviewCounts, item: HistoryItem, a: Assessment): void {
  c.total++;
  // An item with only a link in which nothing was found was not read, so it is not counted appropriate.
  if (a.level === "appropriate" && !hasReadableText(item.text)) c.unchecked = (c.unchecked ?? 0) + 1;
  else c.byLevel[a.level]++;
  c.byPlatform[item.platform] = (c.byPlatform[item.platform] ?? 0) + 1;
  const year = isKnownDate(item.createdAt) ? item.createdAt.slice(0, 4) : "?";
  c.byYear[year] = (c.byYear[year] ?? 0) + 1;
  c.byDecision.undecided++;
  for (const cat of new Set(a.findings.filter((f) => f.level !== "appropriate").map((f) => f.category))) c.byCategory[cat] = (c.byCategory[cat] ?? 0) + 1;
}
