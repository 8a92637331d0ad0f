// The server's scan runs whole in its own thread (reading, judging, writing to the review database): the server
// answers the review page while it writes, and DELETE /api/scan/{id} cancels it, keeping what it stored.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as wait } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { createServer, type ImpartialServer } from "../../src/server/server.js";
import { openStore, type ReviewStore } from "../../src/store/store.js";
import { ITEMS_BEFORE_THE_LOOP } from "./fixtures/endless-importer.js";

const ENDLESS_IMPORTER = fileURLToPath(new URL("./fixtures/endless-importer.js", import.meta.url));
const BOUNDARY = "----impartial-scan-thread";

interface Reply {
  status: number;
  json: Record<string, unknown>;
}

function send(port: number, method: string, path: string, body?: Buffer | string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        let json: Record<string, unknown> = {};
        try {
          json = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
        } catch {
          // Left empty: the test asserting on it fails.
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** A generated X archive's tweets.js of `count` tweets, one an hour from 2016. */
function tweetsJs(count: number): string {
  const records = Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(2016, 0, 1) + i * 3_600_000).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, "$1 $3 $2 $5 +0000 $4");
    return `  { "tweet" : { "id_str" : "${7_100_000_000_000_000_000n + BigInt(i)}", "created_at" : "${at}", "full_text" : "Walking to work by the river, day ${i}; vote on Monday" } }`;
  });
  return `window.YTD.tweets.part0 = [\n${records.join(",\n")}\n]`;
}

async function upload(port: number, file: string, fields: Record<string, string> = {}): Promise<string> {
  const parts = Object.entries(fields).map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  const body = `${parts.join("")}--${BOUNDARY}\r\nContent-Disposition: form-data; name="export"; filename="tweets.js"\r\nContent-Type: application/octet-stream\r\n\r\n${file}\r\n--${BOUNDARY}--\r\n`;
  const reply = await send(port, "POST", "/api/scan", body, { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` });
  assert.equal(reply.status, 202, JSON.stringify(reply.json));
  return (reply.json.job as { id: string }).id;
}

/** Polls the job until `done` says so, keeping every itemsRead seen; the bound only keeps a broken server from hanging the suite. */
async function jobUntil(port: number, id: string, done: (job: Record<string, unknown>) => boolean, seen: number[] = []): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const reply = await send(port, "GET", `/api/scan/${id}`);
    assert.equal(reply.status, 200);
    seen.push(reply.json.itemsRead as number);
    if (done(reply.json)) return reply.json;
    await wait(20);
  }
  throw new Error(`job ${id} never reached the state awaited`);
}

describe("a scan into a review database on disk", () => {
  let dir: string;
  let store: ReviewStore;
  let server: ImpartialServer;
  let port = 0;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "impartial-scan-thread-"));
    store = openStore(join(dir, "review.db"));
    server = createServer({ port: 0, store, uploadRoot: dir });
    port = Number(new URL((await server.listen()).url).port);
  });

  after(async () => {
    await server.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the review page is answered while the scan writes, its progress never goes back, and the scan ends with every item stored", async () => {
    const id = await upload(port, tweetsJs(6_000));
    const seen: number[] = [];
    const writing = await jobUntil(port, id, (j) => (j.itemsRead as number) > 0, seen);
    assert.equal(writing.status, "running");
    const review = await send(port, "GET", "/api/review?sort=newest&limit=50");
    assert.equal(review.status, 200);
    const still = await send(port, "GET", `/api/scan/${id}`);
    assert.equal(still.json.status, "running", "the page was answered before the scan ended");
    const total = review.json.total as number;
    assert.ok(total > 0 && total <= (still.json.itemsRead as number), `what the page lists (${total}) was stored by then (${String(still.json.itemsRead)})`);
    const done = await jobUntil(port, id, (j) => j.status !== "running", seen);
    assert.equal(done.status, "done", String(done.error));
    assert.equal(done.itemsRead, 6_000);
    assert.deepEqual(seen, [...seen].sort((a, b) => a - b), "itemsRead never goes back");
    const [last] = store.listImports();
    assert.equal(last?.status, "done");
    assert.equal(last?.itemsStored, 6_000);
    assert.equal((await send(port, "GET", "/api/review?limit=1")).json.total, 6_000);
  });

  test("DELETE /api/scan/{id} cancels it: the items stored stay, the import is interrupted, and the job says so", async () => {
    const id = await upload(port, tweetsJs(40_000).replace(/7100/g, "7200"), { lang: "fr" });
    const running = await jobUntil(port, id, (j) => (j.itemsRead as number) > 0);
    assert.equal(running.status, "running");
    const cancelled = await send(port, "DELETE", `/api/scan/${id}`);
    assert.equal(cancelled.status, 200);
    const job = cancelled.json;
    assert.equal(job.status, "failed");
    assert.equal(job.cancelled, true);
    const kept = job.itemsRead as number;
    assert.ok(kept >= (running.itemsRead as number) && kept < 40_000, `stopped part way: ${kept}`);
    assert.match(String(job.error), new RegExp(`^annulée : les ${kept} éléments lus avant ont été jugés et enregistrés, et sont conservés`));
    const [last] = store.listImports();
    assert.equal(last?.status, "interrupted");
    assert.equal(last?.itemsStored, kept);
    // The same job polled says the same; a second DELETE changes nothing.
    assert.deepEqual((await send(port, "GET", `/api/scan/${id}`)).json, job);
    assert.deepEqual((await send(port, "DELETE", `/api/scan/${id}`)).json, job);
    // The next upload is accepted at once: the cancelled scan holds nothing.
    const next = await upload(port, tweetsJs(3));
    assert.equal((await jobUntil(port, next, (j) => j.status !== "running")).status, "done");
  });

  test("a job this server does not know cannot be cancelled (404), and a cancel from another site is refused (403)", async () => {
    assert.equal((await send(port, "DELETE", "/api/scan/no-such-job")).status, 404);
    const id = await upload(port, tweetsJs(2));
    await jobUntil(port, id, (j) => j.status !== "running");
    assert.equal((await send(port, "DELETE", `/api/scan/${id}`, undefined, { Origin: "https://example.org" })).status, 403);
    const done = await send(port, "DELETE", `/api/scan/${id}`);
    assert.equal(done.status, 200);
    assert.equal(done.json.status, "done", "a finished job stays as it was");
    assert.equal(done.json.cancelled, undefined);
  });
});

describe("cancelling a scan whose importer never gives its thread back", () => {
  test("its thread is terminated within a moment, and the batch it stored stays", async () => {
    const dir = mkdtempSync(join(tmpdir(), "impartial-scan-cancel-"));
    const store = openStore(":memory:");
    const server = createServer({ port: 0, store, uploadRoot: dir, importerModule: ENDLESS_IMPORTER });
    const port = Number(new URL((await server.listen()).url).port);
    try {
      const id = await upload(port, "[]", { platform: "x" });
      await jobUntil(port, id, (j) => (j.itemsRead as number) > 0);
      const started = Date.now();
      const cancelled = await send(port, "DELETE", `/api/scan/${id}`);
      assert.ok(Date.now() - started < 10_000, "the cancel did not wait for an importer that never ends");
      assert.equal(cancelled.json.status, "failed");
      assert.equal(cancelled.json.cancelled, true);
      assert.equal(cancelled.json.itemsRead, ITEMS_BEFORE_THE_LOOP);
      assert.match(String(cancelled.json.error), /^cancelled: the 250 items read before were judged and stored, and stay/);
      const [last] = store.listImports();
      assert.equal(last?.status, "interrupted");
      assert.equal(last?.itemsStored, ITEMS_BEFORE_THE_LOOP);
    } finally {
      await server.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
