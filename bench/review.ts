import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { setTimeout as wait } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { assess } from "../src/core/engine.js";
import type { Action, Assessment, Context, Level } from "../src/core/model.js";
import type { HistoryItem, Platform } from "../src/importers/types.js";
import { openStore, type ImportRow, type ReviewFilter, type ReviewSelection, type ReviewStore } from "../src/store/store.js";
import { makePosts } from "./posts.js";
import { get, tweetsJs, upload } from "./server-hostile.js";
import { fmt, median, percentile, prng } from "./shared.js";

/**
 * `node dist/bench/review.js [--items N,N…] [--runs R]`: the review page's queries on a generated history of 100,000
 * and 400,000 items (what GET /api/review does for the attention view, "everything" by level and by newest, searches
 * with and without a filter), a bulk decision on 10,000 items and its undo, each the median of several runs beside a
 * floor measured in the same run (`SELECT count(*) FROM items`); then what the full-text index costs an import
 * (addBatch per 10,000 items, in the scan's batches of 250, with and without its triggers).
 *
 * The history: ~60 % own posts, replies and comments, 15 % shares, 25 % likes; levels ~85/12/3 %; most Mastodon
 * likes and boosts only a link (as its export gives them); English and French texts with accents; dates over ten
 * years. Assessments are real ones (the engine's, of the project's labelled sentences), drawn by level and reused.
 */

const HERE = fileURLToPath(import.meta.url);
const START = Date.UTC(2015, 0, 1);
const SPAN = Date.UTC(2025, 0, 1) - START;
/** Found in about one item in 5,000: the "rare word" searched for. */
export const RARE_WORD = "Kapuskasing";

type Pools = Record<Level, Assessment[]>;

/** Real assessments by level: the engine's verdicts on clean and dense posts, a few hundred of each. */
function assessmentPools(): Pools {
  const pools: Pools = { appropriate: [], risky: [], inappropriate: [] };
  for (const text of [...makePosts(300, 5, "appropriate"), ...makePosts(600, 6)]) {
    const a = assess({ text: [...text].slice(0, 40 + (text.length % 240)).join("") });
    pools[a.level].push(a);
  }
  // Should the engine find nothing inappropriate in these texts, risky verdicts stand in (the stored size is alike).
  if (pools.inappropriate.length === 0) pools.inappropriate = pools.risky.map((a) => ({ ...a, level: "inappropriate" as const }));
  if (pools.risky.length === 0) throw new Error("no risky assessment among the dense posts");
  return pools;
}

const PLATFORMS_MIX: readonly [Platform, number][] = [
  ["x", 0.5],
  ["mastodon", 0.3],
  ["facebook", 0.2],
];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

/** The `k`-th generated item of `platform` and what it was judged: deterministic for a given seed. */
function makeRow(k: number, platform: Platform, rnd: () => number, texts: readonly string[], pools: Pools): ImportRow {
  const a = rnd();
  const action: Action = a < 0.42 ? "post" : a < 0.6 ? (platform === "facebook" ? "comment" : "reply") : a < 0.75 ? "share" : "like";
  const linkOnly = (action === "like" || action === "share") && rnd() < (platform === "mastodon" ? 0.8 : 0.05);
  const id = String(1_000_000_000 + k);
  let text: string;
  if (linkOnly) text = `https://${platform === "mastodon" ? "mastodon.social/@someone" : "x.com/someone/status"}/${Math.floor(rnd() * 1e12)}`;
  else {
    const source = pick(rnd, texts);
    const from = Math.floor(rnd() * 120);
    text = [...source].slice(from, from + 30 + Math.floor(rnd() * 250)).join("");
    if (k % 5_000 === 1_234) text += ` ${RARE_WORD}`;
  }
  const l = rnd();
  const level: Level = linkOnly || l < 0.85 ? "appropriate" : l < 0.97 ? "risky" : "inappropriate";
  const createdAt = new Date(START + Math.floor(rnd() * SPAN)).toISOString();
  const item: HistoryItem = {
    platform,
    id,
    action,
    createdAt,
    text,
    url: platform === "x" ? `https://x.com/me/status/${id}` : platform === "mastodon" ? `https://mastodon.social/@me/${id}` : `https://www.facebook.com/me/posts/${id}`,
    visibility: "public",
    sourceFile: platform === "x" ? "data/tweets.js" : platform === "mastodon" ? "outbox.json" : "your_posts_1.json",
  };
  if (action === "reply") item.inReplyTo = String(Math.floor(rnd() * 1e12));
  if (platform === "x" && action !== "like") item.engagement = Math.floor(1 / Math.max(1e-3, rnd()) - 1);
  const context: Context = { identifiable: true, role: "employee", followers: 300, electionPeriod: rnd() < 0.05, postedAt: createdAt };
  return { item, assessment: pick(rnd, pools[level]), beforeService: createdAt < "2017-06-01", rulesVersion: "bench", context };
}

/** Rows `from`…`to` (exclusive) of the generated history; each row's values depend only on the seed and its number. */
export function* historyRows(from: number, to: number, pools: Pools, texts: readonly string[], seed = 13): Generator<ImportRow> {
  for (let k = from; k < to; k++) {
    const rnd = prng(seed * 1_000_003 + k);
    const p = rnd();
    const platform = p < PLATFORMS_MIX[0]![1] ? "x" : p < PLATFORMS_MIX[0]![1] + PLATFORMS_MIX[1]![1] ? "mastodon" : "facebook";
    yield makeRow(k, platform, rnd, texts, pools);
  }
}

export interface Generated {
  pools: Pools;
  texts: string[];
}

export function generator(): Generated {
  return { pools: assessmentPools(), texts: makePosts(20_000, 17) };
}

/** Writes a history of `n` items into a new store at `path` (one import, batches of 5,000); returns the seconds taken. */
export function buildReviewStore(path: string, n: number, gen: Generated): number {
  const started = process.hrtime.bigint();
  const store = openStore(path);
  const id = store.beginImport("x", "/bench/history", `bench-review:${n}`);
  for (let at = 0; at < n; at += 5_000) store.addBatch(id, [...historyRows(at, Math.min(n, at + 5_000), gen.pools, gen.texts)]);
  store.finishImport(id, { count: n });
  store.close();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** CPU time (user + system) of this process's calls, in ms, kept beside the wall times: on a shared machine the
 * wall time of a call also counts the time other processes held the cores, its CPU time does not. */
let cpuTimes: number[] = [];

function ms(f: () => unknown): number {
  const cpu = process.cpuUsage();
  const t = process.hrtime.bigint();
  f();
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  return wall;
}

/** Wall times of `runs` runs, in ms, sorted, with the first (cold) run's time, and the median CPU time. */
function timed(f: () => unknown, runs: number): { first: number; sorted: number[]; cpu: number } {
  cpuTimes = [];
  const all = Array.from({ length: runs }, () => ms(f));
  return { first: all[0]!, sorted: [...all].sort((a, b) => a - b), cpu: median(cpuTimes.sort((a, b) => a - b)) };
}

/** What GET /api/review does for a filter: counts over the selection, the page, and what is left in the whole history. */
export function reviewRequest(store: ReviewStore, filter: ReviewFilter): unknown {
  const { limit: _l, offset: _o, sort: _s, ...selection } = filter;
  const counts = store.counts(selection);
  const rows = store.query(filter);
  return { counts, rows, left: store.count({ attention: true }) };
}

interface Line {
  label: string;
  target?: number;
  first: number;
  sorted: number[];
  cpu: number;
  note?: string;
}

function line({ label, target, first, sorted, cpu, note }: Line): string {
  const m = median(sorted);
  const verdict = target === undefined ? "" : m <= target ? `  ≤ ${target} ms ✓` : `  > ${target} ms ✗`;
  return `  ${label.padEnd(58)} median ${fmt(m).padStart(8)} ms  p95 ${fmt(percentile(sorted, 0.95)).padStart(8)}  first ${fmt(first).padStart(8)}  cpu ${fmt(cpu).padStart(8)}${verdict}${note ? `  (${note})` : ""}`;
}

/** The queries of the review page on a store of `n` items. */
export function queryBench(path: string, n: number, runs: number): string[] {
  const out: string[] = [];
  const store = openStore(path);
  const raw = new Database(path, { readonly: true });
  try {
    out.push(line({ label: "floor: SELECT count(*) FROM items (same run)", ...timed(() => raw.prepare("SELECT count(*) FROM items").pluck().get(), runs) }));
    // A pass over every item: what counting the whole history by anything costs at least.
    const pass = "SELECT substr(created_at, 1, 4) AS y, count(*) FROM items INDEXED BY items_by_date GROUP BY y";
    out.push(line({ label: "floor: items by year, one pass over an index", ...timed(() => raw.prepare(pass).all(), runs) }));
    const request = (label: string, filter: ReviewFilter, target?: number) => {
      const t = timed(() => reviewRequest(store, filter), runs);
      const found = store.count(filter);
      out.push(line({ label, ...t, ...(target !== undefined ? { target } : {}), note: `${found.toLocaleString("en-CA")} selected` }));
    };
    const attention: ReviewFilter = { attention: true, sort: "attention", limit: 50 };
    request("attention view, first page (GET /api/review)", attention, 100);
    out.push(line({ label: "  of which query(limit 50)", ...timed(() => store.query(attention), runs) }));
    out.push(line({ label: "  of which counts()", ...timed(() => store.counts({ attention: true }), runs) }));
    out.push(line({ label: "  of which count({attention})", ...timed(() => store.count({ attention: true }), runs) }));
    request("everything by level, first page", { sort: "level", limit: 50 }, 100);
    out.push(line({ label: "  of which query(limit 50)", ...timed(() => store.query({ sort: "level", limit: 50 }), runs) }));
    out.push(line({ label: "  of which counts()", ...timed(() => store.counts({}), runs) }));
    request("everything by newest, first page", { sort: "newest", limit: 50 }, 100);
    out.push(line({ label: "  of which query(limit 50)", ...timed(() => store.query({ sort: "newest", limit: 50 }), runs) }));
    const within: ReviewSelection = { group: "own", after: "2019-01-01" };
    for (const [word, what] of [
      ["canada", "common word"],
      [RARE_WORD.toLowerCase(), "rare word"],
      ["quebecois", "accented word without accents (québécois)"],
    ] as const) {
      request(`search "${word}" (${what})`, { search: word, sort: "level", limit: 50 }, 100);
      request(`  + filter own words since 2019`, { search: word, ...within, sort: "level", limit: 50 }, 100);
    }
    // A bulk decision on 10,000 items: the oldest 10,000 likes, as a rule "likes before <date> → unlike" selects them.
    const cut = store.query({ action: "like", sort: "oldest", limit: 1, offset: 10_000 })[0]!.item.createdAt;
    const selection: ReviewSelection = { action: "like", before: cut };
    const decided: number[] = [];
    const undone: number[] = [];
    const cpu: number[][] = [[], []];
    let changed = 0;
    for (let r = 0; r < runs; r++) {
      cpuTimes = [];
      decided.push(ms(() => (changed = store.decideMany({ selection }, "delete", { description: { en: "bench", fr: "bench" } }).changed)));
      undone.push(ms(() => store.undo()));
      cpu[0]!.push(cpuTimes[0]!);
      cpu[1]!.push(cpuTimes[1]!);
    }
    const cpuOf = (k: number) => median(cpu[k]!.sort((a, b) => a - b));
    out.push(line({ label: `bulk decideMany({selection}) on ${changed.toLocaleString("en-CA")} likes`, first: decided[0]!, sorted: [...decided].sort((a, b) => a - b), cpu: cpuOf(0), target: 1000 }));
    out.push(line({ label: "  its undo()", first: undone[0]!, sorted: [...undone].sort((a, b) => a - b), cpu: cpuOf(1), target: 1000 }));
  } finally {
    raw.close();
    store.close();
  }
  return out;
}

/** addBatch per 10,000 items (scan's batches of 250) into copies of `path`, with and without the full-text triggers. */
export function importCost(path: string, n: number, gen: Generated, dir: string): string[] {
  const withFts = join(dir, "with-fts.db");
  const without = join(dir, "without-fts.db");
  const per = 10_000;
  const rounds = 3;
  copyFileSync(path, withFts);
  copyFileSync(path, without);
  const raw = new Database(without);
  raw.exec("DROP TRIGGER items_fts_insert; DROP TRIGGER items_fts_delete; DROP TRIGGER items_fts_update;");
  raw.close();
  const times: Record<string, number[]> = { with: [], without: [] };
  const cpu: Record<string, number[]> = { with: [], without: [] };
  const stores = { with: openStore(withFts), without: openStore(without) };
  try {
    for (let r = 0; r < rounds; r++) {
      const rows = [...historyRows(n + r * per, n + (r + 1) * per, gen.pools, gen.texts)];
      for (const kind of r % 2 ? (["without", "with"] as const) : (["with", "without"] as const)) {
        const store = stores[kind];
        const id = store.beginImport("x", "/bench/more", `bench-more:${r}`);
        cpuTimes = [];
        times[kind]!.push(
          ms(() => {
            for (let at = 0; at < rows.length; at += 250) store.addBatch(id, rows.slice(at, at + 250));
          }),
        );
        cpu[kind]!.push(cpuTimes[0]!);
        store.finishImport(id, { count: rows.length });
      }
    }
  } finally {
    stores.with.close();
    stores.without.close();
    rmSync(withFts, { force: true });
    rmSync(without, { force: true });
  }
  const m = (list: number[]) => median(list.sort((a, b) => a - b));
  const [w, wo, cw, cwo] = [m(times.with!), m(times.without!), m(cpu.with!), m(cpu.without!)];
  return [
    `  addBatch of ${per.toLocaleString("en-CA")} new items (batches of 250) into a store of ${n.toLocaleString("en-CA")}, ${rounds} rounds, medians:`,
    `    with the full-text index      ${fmt(w, 0)} ms   (${fmt(per / (w / 1000), 0)} items/s)   cpu ${fmt(cw, 0)} ms`,
    `    without (triggers dropped)    ${fmt(wo, 0)} ms   (${fmt(per / (wo / 1000), 0)} items/s)   cpu ${fmt(cwo, 0)} ms`,
    `    the index costs               ${fmt(w - wo, 0)} ms per 10,000 items (+${fmt((w / wo - 1) * 100, 0)} %); cpu ${fmt(cw - cwo, 0)} ms (+${fmt((cw / cwo - 1) * 100, 0)} %)`,
  ];
}

/** The server of server-hostile.ts (createServer with a store and its scan jobs, as `impartial serve`), in its own process, on a copy of `db` in `home`. */
async function serveCopy(db: string, home: string): Promise<{ url: URL; pid: number; stop: () => Promise<void> }> {
  mkdirSync(home);
  copyFileSync(db, join(home, "review.db"));
  const child = spawn(process.execPath, [fileURLToPath(new URL("./server-hostile.js", import.meta.url)), "--serve", home], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the server exited (${code}) before it listened`)));
    createInterface({ input: child.stdout! }).once("line", resolve);
  });
  child.removeAllListeners("exit");
  return {
    url: new URL(line.trim()),
    pid: child.pid!,
    stop: () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM")))),
  };
}

/** CPU time (user + system, every thread) a process has used so far, in ms; undefined where /proc is absent. */
function processCpuMs(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
    // utime and stime are fields 14 and 15 of stat, 12 and 13 once the pid and the name are cut off; in clock ticks (100 a second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** GET /api/review?attention=true one after another, `count` times or until `until` says stop; latencies in ms, sorted. */
async function pageTimes(url: URL, count: number, until: () => boolean = () => false): Promise<number[]> {
  const out: number[] = [];
  for (let k = 0; k < count && !until(); k++) {
    const t = process.hrtime.bigint();
    const body = await get(url, "/api/review?attention=true&sort=attention&limit=50");
    if (!Array.isArray(body.items)) throw new Error(`GET /api/review answered ${JSON.stringify(body).slice(0, 200)}`);
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out.sort((a, b) => a - b);
}

/** One run of the page quiet, then while the server scans an export: each in a fresh server on a fresh copy of the store. */
interface ResponsiveRun {
  quiet: number[];
  busy: number[];
  /** From the upload's answer to the job's end, in ms. */
  scanWall: number;
  /** The server process's CPU time over the same span (every thread), in ms. */
  scanCpu?: number;
  items: number;
  status: string;
}

async function responsiveRun(db: string, home: string, file: Buffer): Promise<ResponsiveRun> {
  const server = await serveCopy(db, home);
  try {
    await pageTimes(server.url, 5);
    const quiet = await pageTimes(server.url, 60);
    const cpu0 = processCpuMs(server.pid);
    const t0 = process.hrtime.bigint();
    const id = await upload(server.url, file);
    let status = "running";
    const poll = setInterval(() => void get(server.url, `/api/scan/${id}`).then((j) => (status = j.status as string)), 250);
    const busy = await pageTimes(server.url, 2_000, () => status !== "running");
    clearInterval(poll);
    let job = await get(server.url, `/api/scan/${id}`);
    for (; job.status === "running"; job = await get(server.url, `/api/scan/${id}`)) await wait(20);
    const scanWall = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu1 = processCpuMs(server.pid);
    return { quiet, busy, scanWall, ...(cpu0 !== undefined && cpu1 !== undefined ? { scanCpu: cpu1 - cpu0 } : {}), items: job.itemsRead as number, status: job.status as string };
  } finally {
    await server.stop();
  }
}

/**
 * The attention page, quiet then while an export of `tweets` tweets is scanned into the same store by the server's
 * scan job, `runs` times (each on a fresh server and copy of the store); the medians over the runs of each run's
 * median and p95, with the scan's wall and CPU time.
 */
export async function responsiveBench(db: string, n: number, dir: string, tweets = 40_000, runs = 5): Promise<string[]> {
  const file = tweetsJs(tweets);
  const all: ResponsiveRun[] = [];
  for (let r = 0; r < runs; r++) all.push(await responsiveRun(db, join(dir, `served-${r}`), file));
  const med = (f: (run: ResponsiveRun) => number | undefined) => {
    const values = all.map(f).filter((v): v is number => v !== undefined).sort((a, b) => a - b);
    return values.length ? median(values) : NaN;
  };
  const say = (label: string, pick: (run: ResponsiveRun) => number[]) =>
    `    ${label.padEnd(44)} median ${fmt(med((r) => median(pick(r)))).padStart(7)} ms   p95 ${fmt(med((r) => percentile(pick(r), 0.95))).padStart(7)} ms   max ${fmt(med((r) => pick(r).at(-1))).padStart(7)} ms   (${fmt(med((r) => pick(r).length), 0)} requests a run)`;
  return [
    `  GET /api/review?attention=true on a served store of ${n.toLocaleString("en-CA")} items, one request at a time, the server in its own process; medians over ${runs} runs of each run's figure:`,
    say("quiet", (r) => r.quiet),
    say(`while a ${tweets.toLocaleString("en-CA")}-tweet export is scanned`, (r) => r.busy),
    `    the scan: ${fmt(med((r) => r.scanWall / 1000), 1)} s wall, ${fmt(med((r) => (r.scanCpu === undefined ? undefined : r.scanCpu / 1000)), 1)} s CPU of the server process (every thread), ${all.map((r) => `${r.items.toLocaleString("en-CA")} ${r.status}`).join(", ")}`,
    `    per run (quiet median / scanning median / scanning p95, ms): ${all.map((r) => `${fmt(median(r.quiet), 0)}/${fmt(median(r.busy), 0)}/${fmt(percentile(r.busy, 0.95), 0)}`).join("  ")}`,
  ];
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/** Builds each store, then runs the queries, the bulk decision and the import cost on it. */
export async function reviewBench(sizes: readonly number[] = [100_000, 400_000], runs = 7, responsive = true, scanOnly = false): Promise<void> {
  const gen = generator();
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), "impartial-bench-review-"));
    try {
      const db = join(dir, "review.db");
      const cpu = process.cpuUsage();
      const seconds = buildReviewStore(db, n, gen);
      const used = process.cpuUsage(cpu);
      // A first import into an empty store: its indexes are built once at its end (ReviewStore.completeIndexes).
      process.stdout.write(
        `Review at scale: a generated history of ${n.toLocaleString("en-CA")} items (built by one first import in ${fmt(seconds)} s, cpu ${fmt((used.user + used.system) / 1e6)} s, ${fmt(n / seconds, 0)} items/s); ${runs} runs each, times in ms\n`,
      );
      if (!scanOnly) for (const l of queryBench(db, n, runs)) process.stdout.write(`${l}\n`);
      if (!scanOnly) for (const l of importCost(db, n, gen, dir)) process.stdout.write(`${l}\n`);
      if (responsive && n === sizes[0]) for (const l of await responsiveBench(db, n, dir, 40_000, Number(arg("--scan-runs") ?? 5))) process.stdout.write(`${l}\n`);
      process.stdout.write("\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] === HERE) {
  const sizes = arg("--items")?.split(",").map(Number) ?? [100_000, 400_000];
  // --scan-only: only the page while a scan writes (its runs: --scan-runs, 5 by default).
  await reviewBench(sizes, Number(arg("--runs") ?? 7), !process.argv.includes("--no-scan"), process.argv.includes("--scan-only"));
}
