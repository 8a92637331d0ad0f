import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { request as httpRequest, type ClientRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as wait } from "node:timers/promises";
import { createServer, type ImpartialServer } from "../../src/server/server.js";
import { openStore, type ReviewStore } from "../../src/store/store.js";

const BOUNDARY = "----impartial-timeout-boundary";
const TIMEOUT_MS = 300;

let server: ImpartialServer;
let store: ReviewStore;
let port = 0;
let uploadRoot: string;

function open(method: string, path: string, headers: Record<string, string>): { req: ClientRequest; reply: Promise<{ status: number; body: string }> } {
  let req!: ClientRequest;
  const reply = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req = httpRequest({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
  });
  return { req, reply };
}

function uploadBody(tweets: string): Buffer {
  return Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="export"; filename="tweets.js"\r\nContent-Type: application/octet-stream\r\n\r\n${tweets}\r\n--${BOUNDARY}--\r\n`,
  );
}

const TWEETS = `window.YTD.tweets.part0 = [\n  { "tweet" : { "id_str" : "5100000000000000001", "created_at" : "Mon Jun 03 10:00:00 +0000 2024", "full_text" : "slow but steady" } }\n]`;

async function jobDone(body: string): Promise<void> {
  const id = (JSON.parse(body) as { job: { id: string } }).job.id;
  for (let i = 0; i < 200; i++) {
    const { req, reply } = open("GET", `/api/scan/${id}`, {});
    req.end();
    if ((JSON.parse((await reply).body) as { status: string }).status !== "running") return;
    await wait(20);
  }
}

before(async () => {
  store = openStore(":memory:");
  uploadRoot = mkdtempSync(join(tmpdir(), "impartial-timeout-test-"));
  server = createServer({ port: 0, store, uploadRoot, requestTimeoutMs: TIMEOUT_MS, uploadIdleTimeoutMs: TIMEOUT_MS });
  port = Number(new URL((await server.listen()).url).port);
});

after(async () => {
  await server.close();
  store.close();
  rmSync(uploadRoot, { recursive: true, force: true });
});

describe("slow requests", () => {
  test("an upload that keeps arriving is received even when it takes several times the request timeout", async () => {
    const body = uploadBody(TWEETS);
    const { req, reply } = open("POST", "/api/scan", { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`, "Content-Length": String(body.length) });
    const pieces = 12;
    const size = Math.ceil(body.length / pieces);
    const started = Date.now();
    for (let i = 0; i < pieces; i++) {
      req.write(body.subarray(i * size, (i + 1) * size));
      await wait(TIMEOUT_MS / 3);
    }
    req.end();
    const answer = await reply;
    assert.ok(Date.now() - started > 3 * TIMEOUT_MS, "the upload took longer than the timeout (test check)");
    assert.equal(answer.status, 202, answer.body);
    await jobDone(answer.body);
  });

  test("an upload that stalls is cut off with 408, and the next upload is accepted", async () => {
    const body = uploadBody(TWEETS);
    const { req, reply } = open("POST", "/api/scan", { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`, "Content-Length": String(body.length) });
    req.write(body.subarray(0, 80));
    const answer = await reply;
    assert.equal(answer.status, 408);
    assert.match(answer.body, /upload stalled/);
    req.destroy();
    for (let i = 0; i < 50; i++) {
      const next = open("POST", "/api/scan", { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` });
      next.req.end(body);
      const r = await next.reply;
      if (r.status === 202) {
        await jobDone(r.body);
        assert.deepEqual(readdirSync(uploadRoot), [], "the stalled upload's partial file was deleted");
        return;
      }
      // The stalled upload releases its place once its socket is closed.
      assert.equal(r.status, 409, r.body);
      await wait(50);
    }
    assert.fail("the next upload was never accepted");
  });

  test("a JSON body that trickles in past the request timeout is cut off with 408", async () => {
    const { req, reply } = open("POST", "/api/check", { "Content-Type": "application/json", "Content-Length": "100" });
    req.write('{"text": "');
    const answer = await reply;
    assert.equal(answer.status, 408);
    assert.match(answer.body, /took too long/);
    req.destroy();
  });
});
