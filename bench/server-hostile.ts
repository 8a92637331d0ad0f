import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { setTimeout as wait } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { drive, requestBodies, type LoadSummary } from "./api.js";
import { makePosts } from "./posts.js";
import { fmt } from "./shared.js";

/**
 * `node dist/bench/server-hostile.js` (or `node dist/bench/run.js hostile`): the latency of ordinary POST /api/check
 * requests (concurrency 8, a bounded count) on a quiet server, then while a hostile client holds it: an upload sent a
 * byte at a time, a large export being scanned, an import that never ends (an importer spinning in its thread, as a
 * crafted Bluesky CAR once made one). All in the same run, against one server in its own process.
 */

const REQUESTS = 4_000;
const WARM_UP = 400;
const CONCURRENCY = 8;
const TWEETS = 80_000;
const BOUNDARY = "----impartial-bench";
const ENDLESS_IMPORTER = fileURLToPath(new URL("../test/server/fixtures/endless-importer.js", import.meta.url));

interface Child {
  url: URL;
  child: ChildProcess;
  dir: string;
}

function startChild(endless: boolean): Promise<Child> {
  const dir = mkdtempSync(join(tmpdir(), "impartial-bench-hostile-"));
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--serve", dir, ...(endless ? ["--endless"] : [])], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the server exited (${code}) before it listened`)));
    lines.once("line", (line) => {
      lines.close();
      child.removeAllListeners("exit");
      resolve({ url: new URL(line.trim()), child, dir });
    });
  });
}

function stopChild({ child, dir }: Child): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      rmSync(dir, { recursive: true, force: true });
      resolve();
    };
    if (child.exitCode !== null) return done();
    child.once("exit", done);
    child.kill("SIGTERM");
  });
}

/** The child's side: a server with a review database on disk, its URL on stdout, until SIGTERM. */
async function serve(dir: string, endless: boolean): Promise<void> {
  const { createServer } = await import("../src/server/server.js");
  const { openStore } = await import("../src/store/store.js");
  const store = openStore(join(dir, "review.db"));
  const server = createServer({ port: 0, store, uploadRoot: dir, ...(endless ? { importerModule: ENDLESS_IMPORTER } : {}) });
  const { url } = await server.listen();
  process.stdout.write(`${url}\n`);
  process.once("SIGTERM", () => {
    void server.close().then(() => store.close());
  });
}

export function get(url: URL, path: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    request({ host: url.hostname, port: url.port, path, method: "GET" }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>));
    })
      .on("error", reject)
      .end();
  });
}

function uploadHead(size: number, fields: Record<string, string> = {}): { head: Buffer; tail: Buffer; length: number } {
  const parts = Object.entries(fields).map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  const head = Buffer.from(`${parts.join("")}--${BOUNDARY}\r\nContent-Disposition: form-data; name="export"; filename="tweets.js"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  return { head, tail, length: head.length + size + tail.length };
}

/** Uploads a file whole and returns its job's id. */
export function upload(url: URL, file: Buffer, fields: Record<string, string> = {}): Promise<string> {
  const { head, tail, length } = uploadHead(file.length, fields);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: "/api/scan", method: "POST", headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`, "Content-Length": length } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { job?: { id: string }; error?: string };
          if (res.statusCode === 202 && body.job) resolve(body.job.id);
          else reject(new Error(`upload: HTTP ${res.statusCode}: ${body.error}`));
        });
      },
    );
    req.on("error", reject);
    req.write(head);
    req.write(file);
    req.end(tail);
  });
}

/** An upload that sends one byte every 100 ms: never idle, never done. */
function dribble(url: URL): { socket: Socket; sent: () => number; stop: () => void; cut: () => boolean } {
  const { head, length } = uploadHead(50 * 1024 * 1024);
  const socket = connect(Number(url.port), url.hostname);
  let sent = 0;
  let closed = false;
  socket.on("close", () => (closed = true));
  socket.on("error", () => undefined);
  socket.write(`POST /api/scan HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${length}\r\n\r\n`);
  const timer = setInterval(() => {
    if (closed) return;
    socket.write(head.subarray(sent % head.length, (sent % head.length) + 1));
    sent++;
  }, 100);
  return { socket, sent: () => sent, stop: () => (clearInterval(timer), socket.destroy()), cut: () => closed };
}

export function tweetsJs(count: number): Buffer {
  const texts = makePosts(count, 5);
  const records = texts.map((text, i) => {
    const day = new Date(Date.UTC(2012, 0, 1) + i * 3_600_000).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, "$1 $3 $2 $5 +0000 $4");
    return `  { "tweet" : { "id_str" : "${7_000_000_000_000_000_000n + BigInt(i)}", "created_at" : "${day}", "full_text" : ${JSON.stringify(text)} } }`;
  });
  return Buffer.from(`window.YTD.tweets.part0 = [\n${records.join(",\n")}\n]`);
}

function row(label: string, s: LoadSummary, quiet: LoadSummary | undefined, note: string): string {
  const vs = quiet ? `  (p99 ${fmt(s.p99 / quiet.p99, 2)}× quiet)` : "";
  return `  ${label.padEnd(34)} ${fmt(s.perSecond, 0).padStart(6)} req/s   p50 ${fmt(s.p50, 2).padStart(6)} ms   p99 ${fmt(s.p99, 2).padStart(6)} ms   max ${fmt(s.max, 1).padStart(7)} ms${s.errors ? `   ERRORS ${s.errors}: ${s.errorSamples.join(" | ")}` : ""}${vs}\n${note ? `  ${"".padEnd(34)} ${note}\n` : ""}`;
}

export async function hostileBench(): Promise<void> {
  const bodies = requestBodies(2_000);
  const export_ = tweetsJs(TWEETS);
  const [server, endless] = await Promise.all([startChild(false), startChild(true)]);
  try {
    process.stdout.write(`Server under hostile load: ${REQUESTS.toLocaleString("en-CA")} ordinary POST /api/check requests at concurrency ${CONCURRENCY} (keep-alive, 40–280 characters), one server process with a review database on disk\n`);
    await drive(server.url, bodies, CONCURRENCY, WARM_UP);
    await drive(endless.url, bodies, CONCURRENCY, WARM_UP);
    const quiet = await drive(server.url, bodies, CONCURRENCY, REQUESTS);
    process.stdout.write(row("quiet", quiet, undefined, ""));

    const slow = dribble(server.url);
    await wait(500);
    const dribbling = await drive(server.url, bodies, CONCURRENCY, REQUESTS);
    process.stdout.write(row("an upload sent a byte every 100 ms", dribbling, quiet, `${slow.sent()} bytes sent, ${slow.cut() ? "cut off by the server" : "still connected"} at the end`));
    slow.stop();

    let id: string | undefined;
    for (let i = 0; i < 100 && id === undefined; i++) id = await upload(server.url, export_).catch(() => wait(100).then(() => undefined));
    if (id === undefined) throw new Error("the large export was never accepted");
    for (let job = await get(server.url, `/api/scan/${id}`); job.itemsRead === 0 && job.status === "running"; job = await get(server.url, `/api/scan/${id}`)) await wait(50);
    const before = await get(server.url, `/api/scan/${id}`);
    const scanning = await drive(server.url, bodies, CONCURRENCY, REQUESTS);
    const after = await get(server.url, `/api/scan/${id}`);
    process.stdout.write(row(`a ${TWEETS.toLocaleString("en-CA")}-tweet export being scanned`, scanning, quiet, `the scan read ${((after.itemsRead as number) - (before.itemsRead as number)).toLocaleString("en-CA")} items meanwhile; ${after.status === "running" ? "still running" : after.status} at the end`));

    const looping = await upload(endless.url, Buffer.from("[]"), { platform: "x" });
    for (let job = await get(endless.url, `/api/scan/${looping}`); job.itemsRead === 0; job = await get(endless.url, `/api/scan/${looping}`)) await wait(50);
    const spinning = await drive(endless.url, bodies, CONCURRENCY, REQUESTS);
    const state = await get(endless.url, `/api/scan/${looping}`);
    process.stdout.write(row("an import that never ends", spinning, quiet, `its importer spinning in the scan's thread; job ${state.status} at the end`));
    process.stdout.write("\n");
  } finally {
    await Promise.all([stopChild(server), stopChild(endless)]);
  }
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] === self) {
  const serveAt = process.argv.indexOf("--serve");
  if (serveAt >= 0) await serve(process.argv[serveAt + 1]!, process.argv.includes("--endless"));
  else await hostileBench();
}
