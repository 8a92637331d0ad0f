// Judging a history on every core: the scan reads items on its own thread and hands them, in chunks, to worker
// threads that each hold the same judge (the built-in engine with the person's configuration and packs); the answers
// come back in the order the chunks were sent, so what is stored and printed is the same as judging on one thread.
// The number of chunks out at once is bounded, so memory stays flat however long the export.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { LoadedConfig } from "../config/config.js";
import type { Assessment, Context, Finding, Lang } from "../core/model.js";
import { compactFindings, hydrateFindings } from "./compact.js";
import { InputError } from "../core/engine.js";
import type { Message } from "../core/message.js";
import type { HistoryItem } from "../importers/types.js";

/** What a worker needs to build the same judge as the scan's: the configuration read (the built-in engine without one), the packs named, the language. */
export interface JudgeSpec {
  loaded?: LoadedConfig;
  packs: readonly string[];
  lang?: Lang;
}

export interface JudgeJob {
  item: HistoryItem;
  context: Context;
}

export type JudgeReply = { id: number; assessments: Assessment[] } | { id: number; error: { message: string; name: string; text?: Message } };

/** How many threads judge by default: one per core, the reading thread (which judges too) included. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** An assessment as a worker sends it: its findings' guidance by id where it is the corpus's (compact.ts). */
export function toThread(a: Assessment): Assessment {
  return { ...a, findings: compactFindings(a.findings, a.lang) as Finding[] };
}

/** An assessment as a worker sent it, read back: the same values, each cited statement the corpus's own object. */
export function fromThread(a: Assessment): Assessment {
  return { ...a, findings: hydrateFindings(a.findings as Parameters<typeof hydrateFindings>[0], a.lang) };
}

export class JudgePool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (a: Assessment[]) => void; reject: (e: Error) => void }>();
  private next = 0;
  private failed: Error | undefined;

  constructor(size: number, spec: JudgeSpec) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL("./judge-worker.js", import.meta.url), { workerData: spec });
      worker.on("message", (reply: JudgeReply) => this.answer(reply));
      worker.on("error", (e: unknown) => this.fail(e instanceof Error ? e : new Error(String(e))));
      worker.on("exit", (code) => {
        if (code !== 0) this.fail(new Error(`a judging worker stopped (exit code ${code})`));
      });
      // A pool waiting on nothing does not keep the process alive.
      worker.unref();
      this.workers.push(worker);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Judges a chunk on the next worker in turn; the promise settles with one assessment per job, in their order. */
  judge(jobs: readonly JudgeJob[]): Promise<Assessment[]> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    const worker = this.workers[id % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, jobs });
    });
  }

  private answer(reply: JudgeReply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    const worker = this.workers[reply.id % this.workers.length];
    if (worker && ![...this.waiting.keys()].some((id) => id % this.workers.length === reply.id % this.workers.length)) worker.unref();
    if ("error" in reply) {
      // What the judge refused (an InputError) stays one, so the scan says it as it does on one thread.
      const error = reply.error.name === "InputError" && reply.error.text ? new InputError(reply.error.text) : new Error(reply.error.message);
      if (!(error instanceof InputError)) error.name = reply.error.name;
      waiter.reject(error);
    } else waiter.resolve(reply.assessments.map(fromThread));
  }

  private fail(error: Error): void {
    this.failed ??= error;
    for (const [, waiter] of this.waiting) waiter.reject(error);
    this.waiting.clear();
  }

  async close(): Promise<void> {
    this.failed ??= new Error("the judging pool is closed");
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
