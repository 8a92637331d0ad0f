import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assess, assessAll, createEngine, JUDGED_AT_ONCE } from "../src/core/engine.js";
import { defaultClassifier } from "../src/core/learned/opinion.js";
import { makePosts } from "./posts.js";
import { defaultJobs } from "../src/store/judge-pool.js";
import { fmt, median, percentile, ROOT } from "./shared.js";

/**
 * `npm run bench`: speed of the engine and of the CLI's batch path, each next to a bare baseline measured in the same
 * run (this machine is shared and noisy: compare ratios, not absolute times).
 */

function timeEach(posts: string[], f: (p: string) => unknown, rounds: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const p of posts) {
      const t = process.hrtime.bigint();
      f(p);
      out.push(Number(process.hrtime.bigint() - t) / 1000);
    }
  }
  return out.sort((a, b) => a - b);
}

/** Posts judged at once by assessAll in the engine bench: the size every batch is judged in (judgeEach). */
const BATCH = JUDGED_AT_ONCE;

function engineBench(kind: "dense" | "clean"): void {
  const posts = kind === "dense" ? makePosts(5_000) : makePosts(5_000, 42, "appropriate");
  const baseline = /\b(?:vote|votez|party|parti|minister|ministre|idiot|password|boss)\b/gi;
  const bare = (p: string) => {
    baseline.lastIndex = 0;
    let n = 0;
    while (baseline.exec(p)) n++;
    return n;
  };
  for (const p of posts) assess({ text: p });
  for (const p of posts) bare(p);
  const rulesAlone = createEngine({ secondOpinion: false });
  const model = defaultClassifier()!;
  for (const p of posts) rulesAlone.assess({ text: p });
  const engine = timeEach(posts, (p) => assess({ text: p }), 4);
  const regex = timeEach(posts, bare, 4);
  const rules = timeEach(posts, (p) => rulesAlone.assess({ text: p }), 4);
  const judged = timeEach(posts, (p) => model.judge(p), 4);
  // The same posts 64 at a time through assessAll (what check --jsonl, the scan and the server's batches use): the time
  // of each batch over its posts, a median of batches.
  const items = posts.map((text) => ({ activity: { text } }));
  const batches: number[] = [];
  for (let r = 0; r < 4; r++) {
    for (let i = 0; i + BATCH <= items.length; i += BATCH) {
      const t = process.hrtime.bigint();
      assessAll(items.slice(i, i + BATCH));
      batches.push(Number(process.hrtime.bigint() - t) / 1000 / BATCH);
    }
  }
  batches.sort((a, b) => a - b);
  const mean = engine.reduce((a, b) => a + b, 0) / engine.length;
  const m = median(engine);
  process.stdout.write(
    [
      kind === "dense"
        ? "Engine: assess() on 280-character posts dense with findings (EN/FR sentences of every label, every rule on), one core"
        : "Engine: assess() on 280-character posts made of sentences labelled appropriate (what most of a feed is), one core",
      `  posts timed        ${engine.length}`,
      `  median             ${fmt(m)} µs   (target ≤ 20 µs)`,
      `  p99                ${fmt(percentile(engine, 0.99))} µs`,
      `  throughput         ${fmt(1e6 / mean, 0)} posts/s (target ≥ 50,000)`,
      `  in batches of ${BATCH}   ${fmt(median(batches))} µs a post (assessAll, median of ${batches.length} batches) → ${fmt(median(batches) / m, 2)}× assess() one by one`,
      `  bare regex median  ${fmt(median(regex), 2)} µs   → engine/regex ratio ${fmt(m / median(regex), 0)}×`,
      `  rules alone        ${fmt(median(rules))} µs   → the engine with its second opinion costs ${fmt(m / median(rules), 2)}× the rules alone`,
      `  model alone        ${fmt(median(judged))} µs   (target ≤ 15 µs), p99 ${fmt(percentile(judged, 0.99))} µs`,
      "",
    ].join("\n"),
  );
}

/**
 * Runs a command `times`, its input read from a file and its output written to one (`cmd < in > out`): a pipe from or
 * to this process would have this process on one of the cores the command's threads are measured on.
 */
function runs(cmd: string[], input: string, times: number, dir: string): number[] {
  const out: number[] = [];
  const inPath = join(dir, "in.jsonl");
  writeFileSync(inPath, input);
  for (let i = 0; i < times; i++) {
    const stdin = openSync(inPath, "r");
    const stdout = openSync(join(dir, "out.jsonl"), "w");
    try {
      const t = process.hrtime.bigint();
      const r = spawnSync(cmd[0]!, cmd.slice(1), { stdio: [stdin, stdout, "pipe"], maxBuffer: 1 << 30, cwd: ROOT });
      if (r.status !== 0 && r.status !== 1 && r.status !== 2) throw new Error(`${cmd.join(" ")} exited ${r.status}: ${r.stderr}`);
      out.push(Number(process.hrtime.bigint() - t) / 1e6);
    } finally {
      closeSync(stdin);
      closeSync(stdout);
    }
  }
  return out.sort((a, b) => a - b);
}

function cliBench(): void {
  const n = 20_000;
  const posts = makePosts(n, 7);
  const input = posts.map((text, i) => JSON.stringify({ id: `p${i}`, text, action: "post" })).join("\n") + "\n";
  const dir = mkdtempSync(join(tmpdir(), "impartial-bench-"));
  const loop = join(dir, "bare-loop.mjs");
  // The baseline: read lines, parse each, run one precompiled regex, write one JSON line: the same I/O without the engine.
  writeFileSync(loop, `import { createInterface } from "node:readline";
const re = /\\b(?:vote|party|minister|idiot)\\b/i; let out = "";
for await (const line of createInterface({ input: process.stdin })) { if (!line) continue; const o = JSON.parse(line);
  out += JSON.stringify({ id: o.id, level: re.test(o.text) ? "risky" : "appropriate" }) + "\\n"; if (out.length > 65536) { process.stdout.write(out); out = ""; } }
process.stdout.write(out);\n`);
  try {
    const bare = runs([process.execPath, loop], input, 5, dir);
    const cores = defaultJobs();
    const jobs = cores > 1 ? [1, cores] : [1];
    const cli = jobs.map((j) => runs([process.execPath, join(ROOT, "bin/impartial.js"), "check", "--jsonl", "--jobs", String(j)], input, 5, dir));
    process.stdout.write(
      [
        `CLI: impartial check --jsonl on ${n.toLocaleString("en-CA")} posts (whole process, 5 runs each, medians, \`< in > out\` files; ${cores} cores)`,
        ...jobs.map((j, k) => {
          const m = median(cli[k]!);
          return `  impartial --jobs ${String(j).padEnd(3)} ${fmt(m, 0)} ms   (${fmt(n / (m / 1000), 0)} posts/s)   ratio ${fmt(m / median(bare), 2)}×   (target ≤ 4×)`;
        }),
        `  bare loop          ${fmt(median(bare), 0)} ms   (read, JSON.parse, one regex, write)`,
        "",
      ].join("\n"),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const only = process.argv[2];
process.stdout.write(`Node ${process.version}, ${new Date().toISOString()}\n\n`);
if (!only || only === "engine") {
  engineBench("clean");
  engineBench("dense");
}
if (!only || only === "cli") cliBench();
// The history scan of 100,000 and 400,000 generated tweets on 1 thread and on every core, beside unzip + JSON.parse
// of the same tweets.js (`… run.js scan`, minutes; `node dist/bench/scan.js` for more runs, --huge, --cpu-prof).
if (!only || only === "scan") await (await import("./scan.js")).scanBench(["--runs", "1"]);
// The page's keystroke-to-verdict time (needs Debian's Chromium; says so and skips when it is absent).
if (!only || only === "page") await import("./page.js");
// POST /api/check under loopback load, next to a bare node:http server (`node dist/bench/run.js api` runs only this).
if (!only || only === "api") await (await import("./api.js")).apiBench();
// The CSV report of a 100,000-item review store, next to one bare SELECT of the same columns (`… run.js report`).
if (!only || only === "report") (await import("./report.js")).reportBench();
// A pack at every limit against 100,000 characters of "a ", beside prose (`… run.js packs`).
if (!only || only === "packs") (await import("./packs.js")).packsBench();
// Ordinary checks while a hostile client holds the server: a dribbling upload, a large scan, an endless import (`… run.js hostile`).
if (!only || only === "hostile") await (await import("./server-hostile.js")).hostileBench();
// 100,000 characters of each hostile kind of issue 10 beside prose of the same length (`… run.js pathological`).
if (!only || only === "pathological") (await import("./pathological.js")).pathologicalBench();
// Peak memory of importing a 1 GB Facebook export and a 1 GB-padded tweets.js (`… run.js importers`; minutes).
if (!only || only === "importers") (await import("./importers-memory.js")).importersMemoryBench();
// The review page at 100,000 and 400,000 generated items: first pages, searches, a bulk decision on 10,000 and its
// undo, what the full-text index costs an import, the page while a scan writes (`… run.js review`; minutes).
if (!only || only === "review") await (await import("./review.js")).reviewBench();
