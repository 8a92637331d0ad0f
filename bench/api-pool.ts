import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker } from "node:worker_threads";
import { drive, requestBodies, type LoadSummary } from "./api.js";
import { fmt, median } from "./shared.js";

/**
 * `node dist/bench/api-pool.js [--runs 5] [--requests 4000]`: would a pool of judging threads make POST /api/check
 * faster on this machine? The same handler (read the body, JSON.parse, parseActivity, judge with the calendar,
 * toBatchResult, the JSON answer with the server's headers) judging inline, or on 1 or 2 worker threads, beside the
 * real server and a bare node:http server, at concurrency 8, each in its own process, over the same requests, the
 * servers taken in turn in each run. Throughput and p99 are the medians over the runs, with the CPU time each
 * server process used (every thread) per request.
 */

type Kind = "bare" | "server" | "inline" | "pool1" | "pool2";
const KINDS: readonly Kind[] = ["bare", "server", "inline", "pool1", "pool2"];
const SELF = fileURLToPath(import.meta.url);

async function judgeFor(): Promise<(body: unknown, lang: string | null) => { status: number; text: string }> {
  const { assess, InputError } = await import("../src/core/engine.js");
  const { judgedByCalendar } = await import("../src/core/calendar.js");
  const { toBatchResult } = await import("../src/core/contract.js");
  const { idOrNull, parseActivity } = await import("../src/core/validate.js");
  const checkNow = judgedByCalendar(assess, undefined);
  return (body, lang) => {
    const id = idOrNull(body);
    try {
      return { status: 200, text: JSON.stringify(toBatchResult(id, checkNow(parseActivity(body), lang === "fr" || lang === "en" ? { lang } : {}))) };
    } catch (e) {
      if (e instanceof InputError) return { status: 400, text: JSON.stringify({ id, error: e.message }) };
      throw e;
    }
  };
}

async function serve(kind: Kind): Promise<void> {
  const { SECURITY_HEADERS, readJsonBody } = await import("../src/server/http.js");
  const answer = (res: ServerResponse, status: number, text: string) => {
    res.writeHead(status, { ...SECURITY_HEADERS, "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8", "Content-Length": String(Buffer.byteLength(text)) });
    res.end(text);
  };
  let server;
  if (kind === "server") {
    const { createServer: impartial } = await import("../src/server/server.js");
    const { url } = await impartial({ port: 0 }).listen();
    process.stdout.write(`${url}\n`);
    return;
  }
  if (kind === "bare") {
    const body = JSON.stringify({ id: "bare", level: "appropriate", findings: [], questions: [], contacts: [] });
    server = createServer((req, res) => {
      req.resume();
      req.on("end", () => answer(res, 200, body));
    });
  } else if (kind === "inline") {
    const judge = await judgeFor();
    server = createServer((req: IncomingMessage, res) => {
      void readJsonBody(req).then((body) => {
        const { status, text } = judge(body, null);
        answer(res, status, text);
      }, () => answer(res, 400, "{}"));
    });
  } else {
    const size = kind === "pool1" ? 1 : 2;
    const workers = Array.from({ length: size }, () => new Worker(SELF, { argv: ["--judge"] }));
    const waiting = new Map<number, ServerResponse>();
    let next = 0;
    for (const w of workers) w.on("message", ({ n, status, text }: { n: number; status: number; text: string }) => {
      const res = waiting.get(n)!;
      waiting.delete(n);
      answer(res, status, text);
    });
    server = createServer((req, res) => {
      void readJsonBody(req).then((body) => {
        const n = next++;
        waiting.set(n, res);
        workers[n % size]!.postMessage({ n, body });
      }, () => answer(res, 400, "{}"));
    });
  }
  server.listen(0, "127.0.0.1", () => process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}/\n`));
}

function start(kind: Kind): Promise<{ url: URL; child: ChildProcess }> {
  const child = spawn(process.execPath, [SELF, "--serve", kind], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${kind} exited (${code})`)));
    createInterface({ input: child.stdout! }).once("line", (line) => {
      child.removeAllListeners("exit");
      resolve({ url: new URL(line.trim()), child });
    });
  });
}

async function processCpu(pid: number): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const fields = (await readFile(`/proc/${pid}/stat`, "utf8")).replace(/^.*\) /, "").split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function bench(): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const runs = arg("--runs", 5);
  const requests = arg("--requests", 4_000);
  const bodies = requestBodies(2_000);
  const servers = await Promise.all(KINDS.map(start));
  const results: Record<Kind, { s: LoadSummary; cpu: number }[]> = { bare: [], server: [], inline: [], pool1: [], pool2: [] };
  try {
    for (const { url } of servers) await drive(url, bodies, 8, 600);
    for (let r = 0; r < runs; r++) {
      for (let k = 0; k < KINDS.length; k++) {
        const { url, child } = servers[(k + r) % KINDS.length]!;
        const kind = KINDS[(k + r) % KINDS.length]!;
        const before = await processCpu(child.pid!);
        const s = await drive(url, bodies, 8, requests, r * requests);
        results[kind].push({ s, cpu: ((await processCpu(child.pid!)) - before) / s.requests });
      }
    }
  } finally {
    for (const { child } of servers) child.kill();
  }
  const med = (list: number[]) => median([...list].sort((a, b) => a - b));
  const bare = med(results.bare.map((x) => x.s.perSecond));
  process.stdout.write(`POST /api/check at concurrency 8, ${requests.toLocaleString("en-CA")} requests a server a run, ${runs} runs, medians; ${availableParallelism()} cores\n`);
  for (const kind of KINDS) {
    const list = results[kind];
    const rps = med(list.map((x) => x.s.perSecond));
    process.stdout.write(
      `  ${kind.padEnd(8)} ${fmt(rps, 0).padStart(7)} req/s (${fmt(rps / bare, 2)}× bare)   p50 ${fmt(med(list.map((x) => x.s.p50)), 2).padStart(6)} ms   p99 ${fmt(med(list.map((x) => x.s.p99)), 2).padStart(6)} ms   server CPU ${fmt(med(list.map((x) => x.cpu)) * 1000, 0).padStart(4)} µs/request   errors ${list.reduce((a, x) => a + x.s.errors, 0)}\n`,
    );
  }
}

if (!isMainThread && process.argv.includes("--judge")) {
  const judge = await judgeFor();
  parentPort!.on("message", ({ n, body }: { n: number; body: unknown }) => parentPort!.postMessage({ n, ...judge(body, null) }));
} else if (process.argv[1] === SELF) {
  const at = process.argv.indexOf("--serve");
  if (at > 0) await serve(process.argv[at + 1] as Kind);
  else await bench();
}
