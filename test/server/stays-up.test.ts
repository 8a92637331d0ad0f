// The server stays up whatever a client sends: a scan that never ends, an upload or headers sent a byte at a time,
// deeply nested JSON, a batch of huge texts. Each case here is one that once held or crashed it.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { request as httpRequest, type ClientRequest } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as wait } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { createServer, MAX_BATCH_TEXT_CHARS, type ImpartialServer, type ServerOptions } from "../../src/server/server.js";
import { openStore, type ReviewStore } from "../../src/store/store.js";
import { buildZip } from "../importers/zip-fixture.js";
import { ITEMS_BEFORE_THE_LOOP } from "./fixtures/endless-importer.js";

const ENDLESS_IMPORTER = fileURLToPath(new URL("./fixtures/endless-importer.js", import.meta.url));
const GREEDY_IMPORTER = fileURLToPath(new URL("./fixtures/greedy-importer.js", import.meta.url));
const SERVE_ENDLESS = fileURLToPath(new URL("./fixtures/serve-endless.js", import.meta.url));
const BOUNDARY = "----impartial-stays-up";
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;
const TWEETS = `window.YTD.tweets.part0 = [\n  { "tweet" : { "id_str" : "5100000000000000001", "created_at" : "Mon Jun 03 10:00:00 +0000 2024", "full_text" : "A day at the conference" } }\n]`;
const DEEP = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;

interface Reply {
  status: number;
  body: string;
  json: Record<string, unknown>;
}

function open(port: number, method: string, path: string, headers: Record<string, string> = {}): { req: ClientRequest; reply: Promise<Reply> } {
  let req!: ClientRequest;
  const reply = new Promise<Reply>((resolve, reject) => {
    req = httpRequest({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        let json: Record<string, unknown> = {};
        try {
          json = JSON.parse(body) as Record<string, unknown>;
        } catch {
          // Left empty: the test asserting on it fails.
        }
        resolve({ status: res.statusCode ?? 0, body, json });
      });
    });
    req.on("error", reject);
  });
  return { req, reply };
}

function send(port: number, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Reply> {
  const { req, reply } = open(port, method, path, headers);
  req.end(body);
  return reply;
}

const postJson = (port: number, path: string, body: string) => send(port, "POST", path, body, { "Content-Type": "application/json" });

function uploadBody(file: Buffer | string, filename: string, fields: Record<string, string> = {}): Buffer {
  const parts = Object.entries(fields).map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return Buffer.concat([
    Buffer.from(`${parts.join("")}--${BOUNDARY}\r\nContent-Disposition: form-data; name="export"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.from(file),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

const upload = (port: number, file: Buffer | string, filename: string, fields: Record<string, string> = {}) => send(port, "POST", "/api/scan", uploadBody(file, filename, fields), { "Content-Type": MULTIPART });

async function job(port: number, id: string): Promise<Record<string, unknown>> {
  const reply = await send(port, "GET", `/api/scan/${id}`);
  assert.equal(reply.status, 200, reply.body);
  return reply.json;
}

/** Polls the job until `done` says so; the bound only keeps a broken server from hanging the suite. */
async function jobUntil(port: number, id: string, done: (job: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  for (let i = 0; i < 1000; i++) {
    const current = await job(port, id);
    if (done(current)) return current;
    await wait(20);
  }
  throw new Error(`job ${id} never reached the state awaited`);
}

async function started(options: ServerOptions): Promise<{ server: ImpartialServer; port: number }> {
  const server = createServer({ port: 0, ...options });
  return { server, port: Number(new URL((await server.listen()).url).port) };
}

describe("a scan that never ends", () => {
  let store: ReviewStore;
  let uploadRoot: string;
  let server: ImpartialServer;
  let port = 0;
  /** Items the job said were read (so stored) when last polled. */
  let stored = 0;

  before(async () => {
    store = openStore(":memory:");
    uploadRoot = mkdtempSync(join(tmpdir(), "impartial-stays-up-"));
    ({ server, port } = await started({ store, uploadRoot, importerModule: ENDLESS_IMPORTER }));
  });

  after(async () => {
    // Closed by the last test already, unless it was left out (--test-name-pattern).
    await server.close().catch(() => undefined);
    store.close();
    rmSync(uploadRoot, { recursive: true, force: true });
  });

  test("does not hold up a check: /api/check answers while the scan is still running", async () => {
    const accepted = await upload(port, TWEETS, "tweets.js", { platform: "x" });
    assert.equal(accepted.status, 202, accepted.body);
    const id = (accepted.json.job as { id: string }).id;
    // A first batch is stored: the importer is under way, and soon spins without giving its thread back.
    const before = await jobUntil(port, id, (j) => (j.itemsRead as number) > 0);
    assert.equal(before.status, "running");
    stored = before.itemsRead as number;
    const check = await postJson(port, "/api/check", JSON.stringify({ id: "c1", text: "Vote NDP!", action: "share" }));
    assert.equal(check.status, 200, check.body);
    assert.equal(check.json.level, "risky");
    const review = await send(port, "GET", "/api/review?limit=1");
    const still = await job(port, id);
    assert.equal(still.status, "running", "the scan was still running when the check was answered");
    stored = still.itemsRead as number;
    assert.ok((review.json.total as number) > 0 && (review.json.total as number) <= stored, "the stored batches are listed while the scan runs");
  });

  test("stops when the server closes: the batch stored stays, the import is marked interrupted, the upload is deleted", async () => {
    await server.close();
    const [last] = store.listImports();
    assert.equal(last?.status, "interrupted");
    assert.equal(last?.itemsStored, stored);
    assert.ok(stored <= ITEMS_BEFORE_THE_LOOP);
    assert.deepEqual(readdirSync(uploadRoot), []);
  });
});

describe("a scan that swallows memory", () => {
  test("is stopped at its thread's limit with a message, and the server goes on answering", async () => {
    const store = openStore(":memory:");
    const uploadRoot = mkdtempSync(join(tmpdir(), "impartial-greedy-"));
    const { server, port } = await started({ store, uploadRoot, importerModule: GREEDY_IMPORTER, maxScanMemoryMb: 64 });
    try {
      const accepted = await upload(port, TWEETS, "tweets.js", { platform: "x" });
      assert.equal(accepted.status, 202, accepted.body);
      const done = await jobUntil(port, (accepted.json.job as { id: string }).id, (j) => j.status !== "running");
      assert.equal(done.status, "failed");
      assert.match(done.error as string, /^tweets\.js: reading this export took more than the 64 MB of memory a scan may use, so it was stopped/);
      const check = await postJson(port, "/api/check", JSON.stringify({ text: "Vote NDP!" }));
      assert.equal(check.status, 200);
      assert.equal(store.listImports()[0]?.status, "failed");
    } finally {
      await server.close();
      store.close();
      rmSync(uploadRoot, { recursive: true, force: true });
    }
  });
});

describe("impartial serve in the middle of a scan that never ends", () => {
  test("stops on SIGTERM, and the items stored before stay", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "impartial-sigterm-"));
    const db = join(dir, "review.db");
    const child = spawn(process.execPath, [SERVE_ENDLESS, "--port", "0", "--db", db], { env: { ...process.env, LANG: "en_CA.UTF-8", XDG_CONFIG_HOME: dir, TMPDIR: dir }, stdio: ["ignore", "pipe", "pipe"] });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
    let killer: NodeJS.Timeout | undefined;
    try {
      let out = "";
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (c: Buffer) => {
          out += c.toString("utf8");
          const m = /serving on (http:\/\/\S+\/)/.exec(out);
          if (m) resolve(m[1]!);
        });
        void exited.then(() => reject(new Error(`the server exited before listening: ${out}`)));
      });
      const port = Number(new URL(url).port);
      const accepted = await upload(port, TWEETS, "tweets.js", { platform: "x" });
      assert.equal(accepted.status, 202, accepted.body);
      const running = await jobUntil(port, (accepted.json.job as { id: string }).id, (j) => (j.itemsRead as number) > 0);
      assert.equal(running.status, "running");
      child.kill("SIGTERM");
      // Only a server that ignores SIGTERM meets this: the test then fails rather than leave it running.
      killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      const end = await exited;
      assert.deepEqual(end, { code: 0, signal: null }, "the server stopped by itself on SIGTERM");
      const store = openStore(db);
      try {
        const [last] = store.listImports();
        assert.equal(last?.status, "interrupted");
        assert.ok((last?.itemsStored ?? 0) >= (running.itemsRead as number));
      } finally {
        store.close();
      }
    } finally {
      clearTimeout(killer);
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("clients that send a byte at a time", () => {
  let store: ReviewStore;
  let uploadRoot: string;
  let server: ImpartialServer;
  let port = 0;

  before(async () => {
    store = openStore(":memory:");
    uploadRoot = mkdtempSync(join(tmpdir(), "impartial-dribble-"));
    ({ server, port } = await started({ store, uploadRoot, uploadGraceMs: 300, uploadMinBytesPerSecond: 10_000, headersTimeoutMs: 500 }));
  });

  after(async () => {
    await server.close();
    store.close();
    rmSync(uploadRoot, { recursive: true, force: true });
  });

  test("an upload that dribbles in is cut off with 408 and says why; the next upload is accepted", async () => {
    const body = uploadBody(TWEETS, "tweets.js");
    const { req, reply } = open(port, "POST", "/api/scan", { "Content-Type": MULTIPART, "Content-Length": String(body.length), "Accept-Language": "fr-CA" });
    let answer: Reply | undefined;
    void reply.then((r) => (answer = r), () => undefined);
    // Never stalls long enough for the idle limit: a byte every 50 ms, until the server gives its answer.
    for (let i = 0; i < body.length - 1 && answer === undefined; i++) {
      req.write(body.subarray(i, i + 1));
      await wait(50);
    }
    const cut = await reply;
    req.destroy();
    assert.equal(cut.status, 408);
    assert.match(cut.json.error as string, /^le téléversement était trop lent : \d+ octets en \d+ s, sous les 10000 octets par seconde/);
    for (let i = 0; i < 100; i++) {
      const next = await upload(port, TWEETS, "tweets.js");
      if (next.status === 202) {
        const done = await jobUntil(port, (next.json.job as { id: string }).id, (j) => j.status !== "running");
        assert.equal(done.status, "done");
        return;
      }
      // The cut upload releases the scan slot once its socket is closed.
      assert.equal(next.status, 409, next.body);
      await wait(50);
    }
    assert.fail("the next upload was never accepted");
  });

  test("headers that dribble in are cut off, as headersTimeout says, instead of living until Node's 30 s check", { timeout: 20_000 }, async () => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.on("data", (c: Buffer) => (received += c.toString("latin1")));
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    let open = true;
    void closed.then(() => (open = false));
    socket.on("error", () => undefined);
    socket.write(`GET /api/openapi.json HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
    // A header line every 100 ms, for as long as the server keeps the connection.
    while (open) {
      socket.write("X-Slow: a\r\n");
      await wait(100);
    }
    await closed;
    assert.match(received, /^HTTP\/1\.1 408 /);
  });
});

describe("hostile JSON", () => {
  let store: ReviewStore;
  let server: ImpartialServer;
  let port = 0;

  before(async () => {
    store = openStore(":memory:");
    ({ server, port } = await started({ store }));
  });

  after(async () => {
    await server.close();
    store.close();
  });

  test("deeply nested JSON is a 400 with a message on every JSON route, in both languages", async () => {
    const deepId = `{"id": ${DEEP(100_000)}, "text": "hello"}`;
    for (const [path, body] of [
      ["/api/check", deepId],
      ["/api/check/batch", `{"items": [${deepId}]}`],
      ["/api/assess", `{"activity": "like-share", "action": ${DEEP(100_000)}}`],
      ["/api/review/decision", `{"platform": "x", "id": "1", "decision": "keep", "note": ${DEEP(50)}}`],
      ["/api/review/forget", `{"confirm": ${DEEP(40)}}`],
    ] as const) {
      const reply = await postJson(port, path, body);
      assert.equal(reply.status, 400, `${path}: ${reply.body}`);
      assert.match(reply.json.error as string, /^the JSON is nested more than 32 levels deep \(at character \d+\)/, path);
      const fr = await postJson(port, `${path}?lang=fr`, body);
      assert.match(fr.json.error as string, /^le JSON est imbriqué sur plus de 32 niveaux/, path);
    }
  });

  test("JSON nested within the bound but deeper than an input needs is still judged where it is ignored", async () => {
    const reply = await postJson(port, "/api/check", `{"id": "a", "text": "hello", "extra": ${DEEP(30)}}`);
    assert.equal(reply.status, 200, reply.body);
  });

  test("an id that is not a string or a number, or is too long, is refused and not echoed", async () => {
    const object = await postJson(port, "/api/check", JSON.stringify({ id: { a: [1, 2] }, text: "hello" }));
    assert.equal(object.status, 400);
    assert.deepEqual(object.json, { id: null, error: '"id" must be a string or a number, not an object' });
    const long = await postJson(port, "/api/check", JSON.stringify({ id: "i".repeat(257), text: "hello" }));
    assert.equal(long.status, 400);
    assert.match(long.json.error as string, /"id" may hold at most 256 characters, not 257/);
    const number = await postJson(port, "/api/check", JSON.stringify({ id: 7, text: "hello" }));
    assert.equal(number.json.id, 7);
    const batch = await postJson(port, "/api/check/batch", JSON.stringify({ items: [{ id: [1], text: "hello" }, { id: "ok", text: "hello" }] }));
    assert.equal(batch.status, 200);
    const [bad, good] = batch.json.results as Record<string, unknown>[];
    assert.deepEqual(bad, { id: null, error: '"id" must be a string or a number, not a list', index: 0 });
    assert.equal(good?.level, "appropriate");
  });

  test("a batch whose texts together pass the budget is refused with 413 before any is judged", async () => {
    const text = "#".repeat(90_000);
    const items = Array.from({ length: 6 }, (_, i) => ({ id: `h${i}`, text }));
    const reply = await postJson(port, "/api/check/batch", JSON.stringify({ items }));
    assert.equal(reply.status, 413, reply.body);
    assert.equal(reply.json.error, `the texts of "items" hold 540000 characters together; one batch may hold at most ${MAX_BATCH_TEXT_CHARS}: split it into smaller batches`);
    const fr = await send(port, "POST", "/api/check/batch", JSON.stringify({ items }), { "Content-Type": "application/json", "Accept-Language": "fr" });
    assert.match(fr.json.error as string, /^les textes de « items » comptent 540000 caractères en tout/);
    const within = await postJson(port, "/api/check/batch", JSON.stringify({ items: items.slice(0, 1).map((i) => ({ ...i, text: "Vote NDP! ".repeat(100) })) }));
    assert.equal(within.status, 200, within.body);
  });
});

describe("what the importer says reaches the job", () => {
  let store: ReviewStore;
  let uploadRoot: string;
  let server: ImpartialServer;
  let port = 0;

  before(async () => {
    store = openStore(":memory:");
    uploadRoot = mkdtempSync(join(tmpdir(), "impartial-warnings-"));
    ({ server, port } = await started({ store, uploadRoot }));
  });

  after(async () => {
    await server.close();
    store.close();
    rmSync(uploadRoot, { recursive: true, force: true });
  });

  test("a zip entry skipped for its unsafe path is a warning of the finished job, in the upload's language", async () => {
    const zip = buildZip([
      { name: "data/tweets.js", data: TWEETS },
      { name: "../../evil.txt", data: "outside" },
    ]);
    for (const lang of ["en", "fr"] as const) {
      const accepted = await upload(port, zip, "twitter.zip", { lang });
      assert.equal(accepted.status, 202, accepted.body);
      assert.deepEqual((accepted.json.job as { warnings: unknown }).warnings, [], "a new job lists no warnings yet");
      const done = await jobUntil(port, (accepted.json.job as { id: string }).id, (j) => j.status !== "running");
      assert.equal(done.status, "done", JSON.stringify(done));
      assert.equal(done.itemsRead, 1);
      assert.equal(done.warningCount, 1);
      const [warning] = done.warnings as string[];
      assert.match(warning!, lang === "en" ? /^twitter\.zip: skipped an entry with an unsafe path/ : /^twitter\.zip : entrée ignorée, son chemin est dangereux/);
      assert.doesNotMatch(warning!, new RegExp(uploadRoot), "the private upload folder is never named");
    }
  });

  test("an export that gives no items is a failed job that says what the upload looked like, not done with 0 items", async () => {
    const zip = buildZip([
      { name: "a.txt", data: "one" },
      { name: "b.txt", data: "two" },
      { name: "c.txt", data: "three" },
    ]);
    const accepted = await upload(port, zip, "export.zip", { platform: "x" });
    assert.equal(accepted.status, 202, accepted.body);
    const done = await jobUntil(port, (accepted.json.job as { id: string }).id, (j) => j.status !== "running");
    assert.equal(done.status, "failed");
    assert.equal(done.itemsRead, 0);
    assert.match(done.error as string, /^export\.zip: no items found: the upload looked like a zip with 3 entries: a\.txt, b\.txt, c\.txt, and the x importer found nothing to read in it/);
    const one = await upload(port, "just some notes\u202e", "notes.js", { platform: "mastodon", lang: "fr" });
    const failed = await jobUntil(port, (one.json.job as { id: string }).id, (j) => j.status !== "running");
    assert.equal(failed.status, "failed");
    assert.match(failed.error as string, /^notes\.js : aucun élément trouvé : le téléversement ressemblait à un fichier de 18 octets commençant par « just some notes\\u202E »/);
  });
});
