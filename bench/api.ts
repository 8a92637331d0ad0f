import { spawn, type ChildProcess } from "node:child_process";
import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { makePosts } from "./posts.js";
import { defaultJobs } from "../src/store/judge-pool.js";
import { fmt, median, percentile } from "./shared.js";

/**
 * `node dist/bench/api.js`: POST /api/check under loopback load from N concurrent keep-alive clients, next to a bare
 * node:http server answering a fixed JSON body, measured in the same run. Each server runs in its own child process so the
 * load generator never shares its event loop.
 */

export const CONCURRENCY = [1, 8, 32] as const;
const REQUESTS = 6_000;
const WARM_UP = 600;

/** The fixed answer of the bare server: the shape /api/check answers, without judging anything. */
const BARE_BODY = JSON.stringify({ id: "bare", level: "appropriate", findings: [], questions: [], contacts: [] });

export interface LoadSummary {
  requests: number;
  errors: number;
  /** The first few distinct error descriptions, for the report. */
  errorSamples: string[];
  seconds: number;
  perSecond: number;
  /** Latencies in milliseconds. */
  p50: number;
  p99: number;
  max: number;
}

/** Throughput and latency percentiles of one run; `latencies` in milliseconds, in any order. */
export function summarize(latencies: readonly number[], seconds: number, errors: number, errorSamples: string[] = []): LoadSummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors,
    errorSamples,
    seconds,
    perSecond: sorted.length / seconds,
    p50: sorted.length ? median(sorted) : NaN,
    p99: sorted.length ? percentile(sorted, 0.99) : NaN,
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
  };
}

/** What a feed looks like: mostly harmless posts of every length, some dense with findings, and a few shares, likes and replies. */
export function requestBodies(count: number): Buffer[] {
  const clean = makePosts(count, 11, "appropriate");
  const dense = makePosts(count, 12);
  const actions = ["post", "post", "post", "post", "post", "post", "comment", "reply", "share", "like"] as const;
  return Array.from({ length: count }, (_, i) => {
    const source = i % 5 < 3 ? clean[i]! : dense[i]!;
    const text = [...source].slice(0, 40 + ((i * 97) % 241)).join("");
    const action = actions[i % actions.length]!;
    const body = {
      id: `b${i}`,
      text,
      action,
      // Cut by code points: a cut inside a surrogate pair is a lone surrogate, which the API rightly refuses.
      ...(action === "reply" ? { inReplyTo: [...clean[(i + 1) % count]!].slice(0, 120).join("") } : {}),
      ...(i % 3 === 0 ? { context: { identifiable: true, role: "employee" } } : {}),
    };
    return Buffer.from(JSON.stringify(body));
  });
}

interface Answer {
  status: number;
  body: string;
}

function post(agent: Agent, url: URL, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: url.hostname, port: url.port, path: "/api/check", method: "POST", headers: { "content-type": "application/json", "content-length": body.length } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Why an answer does not count as a judged request, or undefined when it does (200 with a level). */
function answerProblem(answer: Answer): string | undefined {
  if (answer.status !== 200) return `HTTP ${answer.status}: ${answer.body.slice(0, 120)}`;
  try {
    const level = (JSON.parse(answer.body) as { level?: unknown }).level;
    return typeof level === "string" ? undefined : `200 without a level: ${answer.body.slice(0, 120)}`;
  } catch {
    return `200 with a body that is not JSON: ${answer.body.slice(0, 120)}`;
  }
}

/** Sends `total` requests from `concurrency` keep-alive clients, each taking the next body in turn. */
export async function drive(url: URL, bodies: readonly Buffer[], concurrency: number, total: number, offset = 0): Promise<LoadSummary> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  const samples = new Set<string>();
  let errors = 0;
  let next = 0;
  const client = async () => {
    while (next < total) {
      const body = bodies[(offset + next++) % bodies.length]!;
      const start = process.hrtime.bigint();
      let problem: string | undefined;
      try {
        problem = answerProblem(await post(agent, url, body));
      } catch (e) {
        problem = (e as Error).message;
      }
      latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (problem !== undefined) {
        errors++;
        if (samples.size < 3) samples.add(problem);
      }
    }
  };
  const start = process.hrtime.bigint();
  try {
    await Promise.all(Array.from({ length: concurrency }, client));
  } finally {
    agent.destroy();
  }
  return summarize(latencies, Number(process.hrtime.bigint() - start) / 1e9, errors, [...samples]);
}

/** Impartial as served by default, Impartial judging checks on a pool (`--jobs` of the cores, at least 2), a bare server. */
type ServerKind = "impartial" | "pooled" | "bare";

interface Child {
  url: URL;
  child: ChildProcess;
}

/** Starts this file as a server in a child process and waits for the URL it prints. */
function startChild(kind: ServerKind): Promise<Child> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--serve", kind], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the ${kind} server exited (${code}) before it listened`)));
    lines.once("line", (line) => {
      lines.close();
      child.removeAllListeners("exit");
      resolve({ url: new URL(line.trim()), child });
    });
  });
}

function stopChild({ child }: Child): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill();
  });
}

/** The child's side: a server on a free loopback port, its URL on stdout, running until the parent ends it. */
async function serve(kind: ServerKind): Promise<void> {
  if (kind !== "bare") {
    const { createServer: createImpartial } = await import("../src/server/server.js");
    const { url } = await createImpartial({ port: 0, ...(kind === "pooled" ? { jobs: Math.max(2, defaultJobs()) } : {}) }).listen();
    process.stdout.write(`${url}\n`);
    return;
  }
  const server = createServer((req, res) => {
    // Read the whole body, as a real handler must, then answer the same bytes every time.
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(BARE_BODY) });
      res.end(BARE_BODY);
    });
  });
  server.listen(0, "127.0.0.1", () => process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}/\n`));
}

function line(label: string, s: LoadSummary): string {
  return `  ${label.padEnd(10)} ${fmt(s.perSecond, 0).padStart(8)} req/s   p50 ${fmt(s.p50, 2).padStart(6)} ms   p99 ${fmt(s.p99, 2).padStart(6)} ms   max ${fmt(s.max, 1).padStart(6)} ms${s.errors ? `   ERRORS ${s.errors}/${s.requests}: ${s.errorSamples.join(" | ")}` : ""}`;
}

export async function apiBench(): Promise<void> {
  const bodies = requestBodies(2_000);
  const [impartial, pooled, bare] = await Promise.all([startChild("impartial"), startChild("pooled"), startChild("bare")]);
  try {
    process.stdout.write(
      `API: POST /api/check over loopback, ${REQUESTS.toLocaleString("en-CA")} requests per level from keep-alive clients (a mix of posts, replies, shares and likes, 40–280 characters); each server in its own process; "impartial" as served by default (${defaultJobs()} cores: checks on ${Math.max(0, defaultJobs() - 2)} worker threads), "--jobs ${Math.max(2, defaultJobs())}" on ${Math.max(1, defaultJobs() - 1)}\n`,
    );
    for (const server of [impartial, pooled, bare]) await drive(server.url, bodies, 8, WARM_UP);
    let errors = 0;
    for (const concurrency of CONCURRENCY) {
      // The baseline first at each level, then Impartial over the same requests.
      const base = await drive(bare.url, bodies, concurrency, REQUESTS);
      const ours = await drive(impartial.url, bodies, concurrency, REQUESTS);
      const onPool = await drive(pooled.url, bodies, concurrency, REQUESTS);
      errors += base.errors + ours.errors + onPool.errors;
      process.stdout.write(
        [
          `  concurrency ${concurrency}`,
          line("impartial", ours),
          line(`--jobs ${Math.max(2, defaultJobs())}`, onPool),
          line("bare http", base),
          `  ratio      throughput ${fmt(ours.perSecond / base.perSecond, 2)}× bare HTTP's (--jobs ${Math.max(2, defaultJobs())}: ${fmt(onPool.perSecond / base.perSecond, 2)}×; target ≥ 0.6× at concurrency 8), p50 ${fmt(ours.p50 / base.p50, 2)}× higher`,
          "",
        ].join("\n"),
      );
    }
    if (errors > 0) process.stdout.write(`  ${errors} requests failed: the figures above count them but they are not judged answers.\n\n`);
  } finally {
    await Promise.all([stopChild(impartial), stopChild(pooled), stopChild(bare)]);
  }
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] === self) {
  const serveAt = process.argv.indexOf("--serve");
  if (serveAt >= 0) {
    const kind = process.argv[serveAt + 1];
    await serve(kind === "bare" || kind === "pooled" ? kind : "impartial");
  }
  else await apiBench();
}
