// Judging a history on every core: the scan reads items on its own thread and hands them, in chunks, to worker
// threads that each hold the same judge (the built-in engine with the person's configuration and packs); the answers
// come back in the order the chunks were sent, so what is stored and printed is the same as judging on one thread.
// The number of chunks out at once is bounded, so memory stays flat however long the export.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { LoadedConfig } from "../config/config.js";
import type { Activity, Assessment, Context, Finding, Lang, Level } from "../core/model.js";
import { batchResultJson, jsonVisible } from "../core/contract.js";
import { InputError, judgeEach, type AssessOptions, type Batchable } from "../core/engine.js";
import { EncodedLines } from "./encoded-lines.js";
import { compactFindings, hydrateFindings } from "./compact.js";
import type { Message } from "../core/message.js";
import type { HistoryItem } from "../importers/types.js";

/** What a worker needs to build the same judge as the scan's: the configuration read (the built-in engine without one), the packs named, the language. */
export interface JudgeSpec {
  loaded?: LoadedConfig;
  packs: readonly string[];
  lang?: Lang;
  /** For `check`: the department given on the command line, over the configuration's. */
  department?: string;
  /** For checks (`check --jsonl`, the server's): how their result lines are written. */
  lines?: CheckLines;
}

export interface JudgeJob {
  item: HistoryItem;
  context: Context;
}

/** What `check` hands a worker: an activity already read and found valid, with its line's id. */
export interface CheckJob {
  id: string | number | null;
  activity: Activity;
  /** The messages' language for this one (the server's `?lang=`), over the spec's. */
  lang?: Lang;
}

/**
 * A checked activity's result line, written where it was judged (a string crosses threads far cheaper than an
 * assessment), with its level; or what the engine refused in it (an InputError's message), for its error line.
 */
export type CheckAnswer = { level: Level; line: string } | { level: Level; bytes: Uint8Array } | { refused: Message };

/** A worker's answers to a chunk of checks: each line's byte length stands in for it, all the lines in one buffer, moved rather than copied. */
export type CheckReply = { answers: ({ level: Level; size: number } | { refused: Message })[]; bytes: Uint8Array };

/**
 * How a worker writes result lines: the configuration files named on each, every character made visible, and a newline
 * after each (`check --jsonl`'s lines) or none (the server's answers, sent alone or joined into a batch's list).
 */
export interface CheckLines {
  config: readonly string[];
  visible: boolean;
  newline: boolean;
}

/** A chunk's answers as a worker sends them (CheckReply), and the buffer to move; each line ends as `lines` says. */
export function checkReply(answers: readonly CheckAnswer[], lines: Pick<CheckLines, "newline">): CheckReply {
  const encoded = new EncodedLines();
  const out = answers.map((a) => {
    if ("refused" in a) return a;
    const before = encoded.bytes;
    if ("line" in a) encoded.push(lines.newline ? `${a.line}\n` : a.line);
    else encoded.pushBytes(a.bytes);
    return { level: a.level, size: encoded.bytes - before };
  });
  const all = encoded.take();
  // A small buffer may be a slice of Node's shared pool, which must not be moved away: it is copied to its own.
  return { answers: out, bytes: all.byteOffset === 0 && all.buffer.byteLength === all.length ? all : Uint8Array.from(all) };
}

/**
 * Judges activities for `check --jsonl` (or the server) and writes their result lines: the same on the reading thread
 * and in a worker. They are judged as one batch (judgeEach): the same answers as one by one, in less time. Each job's
 * messages are in its own language where it has one, else in `options`'.
 */
export function answerChecks(judge: Batchable, jobs: readonly CheckJob[], options: AssessOptions, lines: CheckLines): CheckAnswer[] {
  const tail = lines.config.length > 0 ? { config: lines.config } : undefined;
  const escape = lines.visible ? jsonVisible : undefined;
  return judgeEach(
    judge,
    jobs.map((job) => ({ activity: job.activity, options: job.lang ? { lang: job.lang } : options })),
  ).map((answer, k) => (answer instanceof InputError ? { refused: answer.text } : { level: answer.level, line: batchResultJson(jobs[k]!.id, answer, tail, escape) }));
}

export type JudgeRequest = { id: number; jobs: JudgeJob[] } | { id: number; checks: CheckJob[] };

export type JudgeReply =
  | { id: number; assessments: Assessment[] }
  | ({ id: number } & CheckReply)
  | { id: number; error: { message: string; name: string; text?: Message } };

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
  private readonly waiting = new Map<number, { resolve: (reply: JudgeReply) => void; reject: (e: Error) => void }>();
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
  async judge(jobs: readonly JudgeJob[]): Promise<Assessment[]> {
    const reply = await this.request((id) => ({ id, jobs: jobs as JudgeJob[] }));
    return "assessments" in reply ? reply.assessments.map(fromThread) : [];
  }

  /** Checks a chunk of activities (`check --jsonl`) on the next worker in turn: one answer per job, in their order. */
  async check(checks: readonly CheckJob[]): Promise<CheckAnswer[]> {
    const reply = await this.request((id) => ({ id, checks: checks as CheckJob[] }));
    if (!("answers" in reply)) return [];
    let at = 0;
    return reply.answers.map((a) => {
      if ("refused" in a) return a;
      const bytes = reply.bytes.subarray(at, at + a.size);
      at += a.size;
      return { level: a.level, bytes };
    });
  }

  private request(message: (id: number) => JudgeRequest): Promise<JudgeReply> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    const worker = this.workers[id % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage(message(id));
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
    } else waiter.resolve(reply);
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
