import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { request as httpRequest, type ClientRequest, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as wait } from "node:timers/promises";
import { createServer, type ImpartialServer } from "../../src/server/server.js";
import { openStore, type ReviewStore } from "../../src/store/store.js";
import { buildZip } from "../importers/zip-fixture.js";

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  json: Record<string, unknown>;
}

interface Part {
  name: string;
  value: string | Buffer;
  filename?: string;
}

const LIMIT = 2 * 1024 * 1024;
const BOUNDARY = "----impartial-test-boundary";
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

let server: ImpartialServer;
let store: ReviewStore;
let uploadRoot: string;
let port = 0;

function multipart(parts: Part[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ""}`;
    const type = part.filename !== undefined ? "Content-Type: application/octet-stream\r\n" : "";
    chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`), Buffer.from(part.value), Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

function open(method: string, path: string, headers: Record<string, string>, onReply: (reply: Reply) => void, onError: (e: Error) => void): ClientRequest {
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
      onReply({ status: res.statusCode ?? 0, headers: res.headers, json });
    });
  });
  req.on("error", onError);
  return req;
}

function send(method: string, path: string, body?: Buffer | string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => open(method, path, headers, resolve, reject).end(body));
}

const upload = (parts: Part[], headers: Record<string, string> = {}) => send("POST", "/api/scan", multipart(parts), { "Content-Type": MULTIPART, ...headers });

function tweetsJs(tweets: [id: string, createdAt: string, text: string][], tail = "\n]"): string {
  const records = tweets.map(([id, at, text]) => `  { "tweet" : { "id_str" : "${id}", "created_at" : "${at}", "full_text" : ${JSON.stringify(text)} } }`);
  return `window.YTD.tweets.part0 = [\n${records.join(",\n")}${tail}`;
}

async function finished(id: string): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const reply = await send("GET", `/api/scan/${id}`);
    assert.equal(reply.status, 200);
    if (reply.json.status !== "running") return reply.json;
    await wait(20);
  }
  throw new Error(`job ${id} still running after 20 s`);
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await wait(5);
  }
}

const reviewIds = async (query: string) => ((await send("GET", `/api/review?${query}`)).json.items as { id: string }[]).map((i) => i.id).sort();

before(async () => {
  store = openStore(":memory:");
  uploadRoot = mkdtempSync(join(tmpdir(), "impartial-scan-test-"));
  server = createServer({ port: 0, store, maxUploadBytes: LIMIT, uploadRoot });
  const { url } = await server.listen();
  port = Number(new URL(url).port);
});

after(async () => {
  await server.close();
  store.close();
  rmSync(uploadRoot, { recursive: true, force: true });
});

describe("uploading an export to scan", () => {
  test("an uploaded X archive is judged, counted by level, and listed for review", async () => {
    const zip = buildZip([
      {
        name: "data/tweets.js",
        data: tweetsJs([
          ["2100000000000000001", "Tue Oct 01 15:00:00 +0000 2019", "Vote for the Liberal candidate in my riding!"],
          ["2100000000000000002", "Tue Mar 02 12:00:00 +0000 2021", "Great conference on open data today"],
          ["2100000000000000003", "Wed Mar 03 12:00:00 +0000 2021", "Lunch with my team by the canal"],
        ]),
      },
    ]);
    const reply = await upload([{ name: "role", value: "manager" }, { name: "joined", value: "2015-01-05" }, { name: "export", value: zip, filename: "twitter-2024.zip" }]);
    assert.equal(reply.status, 202);
    const job = reply.json.job as Record<string, unknown>;
    assert.equal(job.status, "running");
    assert.match(String(job.id), /^[0-9a-f-]{36}$/);
    assert.equal(reply.headers.location, `/api/scan/${String(job.id)}`);

    const done = await finished(String(job.id));
    assert.equal(done.status, "done", String(done.error));
    assert.equal(done.platform, "x");
    assert.equal(done.itemsRead, 3);
    const counts = done.counts as Record<string, number>;
    assert.equal(counts.appropriate, 2);
    assert.equal((counts.risky ?? 0) + (counts.inappropriate ?? 0), 1);
    assert.ok(done.finishedAt);
    assert.deepEqual(await reviewIds("year=2019"), ["2100000000000000001"]);
    assert.deepEqual(await reviewIds("platform=x&level=appropriate"), ["2100000000000000002", "2100000000000000003"]);
    assert.deepEqual(readdirSync(uploadRoot), [], "the uploaded file is deleted when the job ends");
  });

  test("a broken tweets.js ends the job as failed, naming the file and the item, and keeps the items before it", async () => {
    const broken = tweetsJs(
      [
        ["2200000000000000001", "Mon Apr 01 10:00:00 +0000 2024", "first, fine"],
        ["2200000000000000002", "Mon Apr 01 11:00:00 +0000 2024", "second, fine"],
      ],
      `,\n  { "tweet" : { "id_str" : "2200000000000000003", "full_text" : "missing a brace" },\n  { "tweet" : { "id_str" : "2200000000000000004" } }\n]`,
    );
    const reply = await upload([{ name: "export", value: broken, filename: "tweets.js" }]);
    assert.equal(reply.status, 202);
    const done = await finished(String((reply.json.job as { id: string }).id));
    assert.equal(done.status, "failed");
    assert.match(String(done.error), /^tweets\.js \(item 2\): /);
    assert.doesNotMatch(String(done.error), /impartial-upload-/, "the message names the upload, not the temporary folder");
    assert.equal(done.itemsRead, 2);
    assert.deepEqual(await reviewIds("year=2024"), ["2200000000000000001", "2200000000000000002"]);
    assert.deepEqual(readdirSync(uploadRoot), []);
  });

  test("an upload with lang=fr stores its findings' messages in French; another lang is refused", async () => {
    const reply = await upload([{ name: "lang", value: "fr" }, { name: "export", value: tweetsJs([["2500000000000000001", "Tue Oct 01 15:00:00 +0000 2019", "Vote for the Liberal candidate in my riding!"]]), filename: "tweets.js" }]);
    assert.equal(reply.status, 202);
    assert.equal((await finished(String((reply.json.job as { id: string }).id))).status, "done");
    const item = ((await send("GET", "/api/review?year=2019&level=risky")).json.items as { id: string; findings: { message: string }[] }[]).find((i) => i.id === "2500000000000000001");
    assert.ok(item && item.findings.length > 0);
    assert.match(item.findings[0]!.message, /invite à appuyer un parti/, item.findings[0]!.message);
    // The English page asks with lang=en: the same finding, in English, judged in the same (election) context.
    type Listed = { id: string; level: string; findings: { rule: string; message: string }[]; factors?: unknown };
    const en = ((await send("GET", "/api/review?year=2019&level=risky&lang=en")).json.items as Listed[]).find((i) => i.id === "2500000000000000001")!;
    assert.match(en.findings[0]!.message, /asks people to support a party or candidate/);
    assert.equal(en.level, "risky");
    assert.deepEqual(en.findings.map((f) => f.rule), item.findings.map((f) => (f as unknown as Listed["findings"][number]).rule));
    const bad = await upload([{ name: "lang", value: "de" }, { name: "export", value: tweetsJs([]), filename: "tweets.js" }]);
    assert.equal(bad.status, 400);
    assert.match(String(bad.json.error), /"lang" must be en or fr/);
  });

  test("an upload with lang=fr that fails says why in French, naming the file and the item", async () => {
    const broken = tweetsJs([["2600000000000000001", "Mon Apr 01 10:00:00 +0000 2024", "fine"]], `,\n  { "tweet" : { "id_str" : "2600000000000000002" },\n]`);
    const reply = await upload([{ name: "lang", value: "fr" }, { name: "export", value: broken, filename: "tweets.js" }]);
    const done = await finished(String((reply.json.job as { id: string }).id));
    assert.equal(done.status, "failed");
    assert.match(String(done.error), /^tweets\.js \(élément 1\) : JSON non valide \(.*\) ; 1 élément a été lu avant$/);
    const unknown = await upload([{ name: "lang", value: "fr" }, { name: "export", value: "des notes", filename: "notes.txt" }]);
    const failed = await finished(String((unknown.json.job as { id: string }).id));
    assert.match(String(failed.error), /^notes\.txt : impossible de savoir de quelle plateforme vient cette exportation.*« platform »/);
  });

  test("a file no importer recognises fails with a message saying to name the platform", async () => {
    const reply = await upload([{ name: "export", value: "just some notes", filename: "notes.txt" }]);
    const done = await finished(String((reply.json.job as { id: string }).id));
    assert.equal(done.status, "failed");
    assert.match(String(done.error), /^notes\.txt: cannot tell which platform.*"platform"/);
  });

  test("a second upload while a scan runs is refused with 409, and the first goes on", async () => {
    const many = Array.from({ length: 4000 }, (_, i): [string, string, string] => [`23${String(i).padStart(17, "0")}`, "Mon May 06 10:00:00 +0000 2024", `Walking to work, day ${i}, the river is high`]);
    const first = await upload([{ name: "export", value: tweetsJs(many), filename: "tweets.js" }]);
    assert.equal(first.status, 202);
    const id = String((first.json.job as { id: string }).id);
    const second = await upload([{ name: "export", value: tweetsJs([]), filename: "tweets.js" }]);
    assert.equal(second.status, 409);
    assert.match(String(second.json.error), new RegExp(`already running; follow it at /api/scan/${id}`));
    const done = await finished(id);
    assert.equal(done.status, "done");
    assert.equal(done.itemsRead, 4000);
  });

  test("while a scan runs, its job says which file of the export is being read and how far into it", async () => {
    const many = Array.from({ length: 6000 }, (_, i): [string, string, string] => [`24${String(i).padStart(17, "0")}`, "Mon May 06 10:00:00 +0000 2024", `Cycling along the canal, day ${i}`]);
    const zip = buildZip([{ name: "data/account.js", data: 'window.YTD.account.part0 = [{"account":{"username":"pat"}}]' }, { name: "data/tweets.js", data: tweetsJs(many) }]);
    const started = await upload([{ name: "export", value: zip, filename: "twitter.zip" }]);
    assert.equal(started.status, 202);
    const id = String((started.json.job as { id: string }).id);
    const seen: { file: string; percent?: number }[] = [];
    for (;;) {
      const view = (await send("GET", `/api/scan/${id}`)).json;
      if (view.status !== "running") {
        assert.equal(view.status, "done");
        assert.equal(view.reading, undefined, "a finished job reads nothing");
        break;
      }
      if (view.reading) seen.push(view.reading as { file: string; percent?: number });
      await wait(2);
    }
    assert.ok(seen.length > 0, "a running job said what it was reading");
    assert.ok(seen.every((r) => r.file === "data/tweets.js"), `the file is named as in the archive: ${JSON.stringify(seen.slice(0, 3))}`);
    const percents = seen.map((r) => r.percent!);
    assert.ok(percents.every((p) => Number.isInteger(p) && p >= 0 && p <= 100));
    assert.deepEqual(percents, [...percents].sort((a, b) => a - b), "never backwards");
  });

  test("an upload still arriving holds the place: another one gets 409 until it is in", async () => {
    const body = multipart([{ name: "export", value: tweetsJs([["2400000000000000001", "Mon Jun 03 10:00:00 +0000 2024", "slow upload"]]), filename: "tweets.js" }]);
    let resolveFirst: (r: Reply) => void = () => undefined;
    let rejectFirst: (e: Error) => void = () => undefined;
    const firstReply = new Promise<Reply>((resolve, reject) => {
      resolveFirst = resolve;
      rejectFirst = reject;
    });
    const slow = open("POST", "/api/scan", { "Content-Type": MULTIPART, "Content-Length": String(body.length) }, resolveFirst, rejectFirst);
    slow.write(body.subarray(0, 100));
    await until(() => readdirSync(uploadRoot).length === 1, "the first upload has its folder");
    const second = await upload([{ name: "export", value: tweetsJs([]), filename: "tweets.js" }]);
    assert.equal(second.status, 409);
    assert.match(String(second.json.error), /still being uploaded/);
    slow.end(body.subarray(100));
    const first = await firstReply;
    assert.equal(first.status, 202);
    assert.equal((await finished(String((first.json.job as { id: string }).id))).status, "done");
  });

  test("an upload over the size limit is refused with 413 and its partial file is deleted", async () => {
    const reply = await upload([{ name: "export", value: Buffer.alloc(LIMIT + 1024, 0x20), filename: "big.zip" }]);
    assert.equal(reply.status, 413);
    assert.match(String(reply.json.error), /larger than the most this server accepts, 2097152 bytes/);
    assert.deepEqual(readdirSync(uploadRoot), []);
    const next = await upload([{ name: "export", value: tweetsJs([]), filename: "tweets.js" }]);
    assert.equal(next.status, 202, "the refused upload does not hold the place");
    await finished(String((next.json.job as { id: string }).id));
  });

  test("a body that is not multipart/form-data is refused with 415", async () => {
    const reply = await send("POST", "/api/scan", JSON.stringify({ export: "tweets.js" }), { "Content-Type": "application/json" });
    assert.equal(reply.status, 415);
    assert.match(String(reply.json.error), /multipart\/form-data.*"export"/);
  });

  test("a wrong field says which and starts no job", async () => {
    const platform = await upload([{ name: "platform", value: "myspace" }, { name: "export", value: tweetsJs([]), filename: "tweets.js" }]);
    assert.equal(platform.status, 400);
    assert.match(String(platform.json.error), /"platform" must be one of x, mastodon/);
    const other = await upload([{ name: "password", value: "x" }, { name: "export", value: tweetsJs([]), filename: "tweets.js" }]);
    assert.equal(other.status, 400);
    assert.match(String(other.json.error), /"password" is not a field of an upload/);
    const missing = await upload([{ name: "role", value: "manager" }]);
    assert.equal(missing.status, 400);
    assert.match(String(missing.json.error), /no file/);
    assert.deepEqual(readdirSync(uploadRoot), []);
  });

  test("from the French page (Accept-Language: fr-CA), a wrong field and an upload over the limit are refused in French", async () => {
    const french = { "Accept-Language": "fr-CA,fr;q=0.9,en;q=0.8" };
    const platform = await upload([{ name: "platform", value: "myspace" }, { name: "export", value: tweetsJs([]), filename: "tweets.js" }], french);
    assert.equal(platform.status, 400);
    assert.match(String(platform.json.error), /^« platform » doit être l'une des valeurs x, mastodon.*, et non « myspace »$/);
    const big = await upload([{ name: "export", value: Buffer.alloc(LIMIT + 1), filename: "tweets.js" }], french);
    assert.equal(big.status, 413);
    assert.equal(big.json.error, `le téléversement dépasse le maximum accepté par ce serveur, ${LIMIT} octets ; analysez-le plutôt avec « impartial scan EXPORT »`);
    assert.deepEqual(readdirSync(uploadRoot), []);
  });

  test("an upload from another site is refused with 403, by Origin or by Sec-Fetch-Site", async () => {
    const parts = [{ name: "export", value: tweetsJs([]), filename: "tweets.js" }];
    const byOrigin = await upload(parts, { Origin: "https://evil.example" });
    assert.equal(byOrigin.status, 403);
    const byFetchSite = await upload(parts, { "Sec-Fetch-Site": "cross-site" });
    assert.equal(byFetchSite.status, 403);
    assert.deepEqual(readdirSync(uploadRoot), []);
  });

  test("an upload to a host name that is not this server's is refused with 421", async () => {
    const reply = await upload([{ name: "export", value: tweetsJs([]), filename: "tweets.js" }], { Host: "attacker.example:80" });
    assert.equal(reply.status, 421);
  });

  test("an unknown job is 404", async () => {
    const reply = await send("GET", "/api/scan/00000000-0000-4000-8000-000000000000");
    assert.equal(reply.status, 404);
    assert.match(String(reply.json.error), /no scan job/);
  });
});

describe("deleting what is stored (runs last: it empties this file's store)", () => {
  const forget = (body: unknown, headers: Record<string, string> = {}) => send("POST", "/api/review/forget", JSON.stringify(body), { "Content-Type": "application/json", ...headers });

  test("a request without confirm, or with a wrong platform, deletes nothing and says what to send", async () => {
    const before = store.count();
    assert.ok(before > 0);
    const unconfirmed = await forget({ platform: "x" });
    assert.equal(unconfirmed.status, 400);
    assert.match(String(unconfirmed.json.error), /cannot be undone, so it takes "confirm": true/);
    const wrong = await forget({ confirm: true, platform: "myspace" }, { "Accept-Language": "fr-CA" });
    assert.equal(wrong.status, 400);
    assert.match(String(wrong.json.error), /« platform » doit être l'une des valeurs/);
    const cross = await forget({ confirm: true }, { Origin: "https://evil.example" });
    assert.equal(cross.status, 403, "another site cannot wipe a history");
    assert.equal(store.count(), before);
  });

  test("while a scan runs, nothing is deleted (409)", async () => {
    const many = Array.from({ length: 6000 }, (_, i): [string, string, string] => [`27${String(i).padStart(17, "0")}`, "Mon May 06 10:00:00 +0000 2024", `Morning run, day ${i}`]);
    const started = await upload([{ name: "export", value: tweetsJs(many), filename: "tweets.js" }]);
    const id = String((started.json.job as { id: string }).id);
    const during = await forget({ confirm: true });
    assert.equal(during.status, 409);
    assert.match(String(during.json.error), /a scan is running/);
    assert.equal((await finished(id)).status, "done");
  });

  test("one platform, then everything: the answer says how many items went, and the review is empty", async () => {
    const mastodonBefore = store.count({ platform: "mastodon" });
    const xBefore = store.count({ platform: "x" });
    const x = await forget({ confirm: true, platform: "x" });
    assert.equal(x.status, 200);
    assert.deepEqual(x.json, { deleted: xBefore, platform: "x" });
    assert.equal(store.count({ platform: "mastodon" }), mastodonBefore);
    const all = await forget({ confirm: true });
    assert.deepEqual(all.json, { deleted: mastodonBefore, platform: null });
    assert.equal((await send("GET", "/api/review")).json.total, 0);
  });
});

describe("uploading an unpacked export folder", () => {
  const outbox = (id: string, published: string, text: string) =>
    JSON.stringify({
      "@context": "https://www.w3.org/ns/activitystreams",
      orderedItems: [{ id: `${id}/activity`, type: "Create", published, to: ["https://www.w3.org/ns/activitystreams#Public"], object: { id, type: "Note", published, content: `<p>${text}</p>`, to: ["https://www.w3.org/ns/activitystreams#Public"] } }],
    });

  test("its files, sent with their paths inside the folder, are read as the folder", async () => {
    const reply = await upload([
      { name: "lang", value: "en" },
      { name: "export", value: outbox("https://m.example/users/pat/statuses/77", "2022-04-01T10:00:00Z", "A folder upload"), filename: "mastodon-export/outbox.json" },
      { name: "export", value: "[]", filename: "mastodon-export/media_attachments/files/a.json" },
    ]);
    assert.equal(reply.status, 202, JSON.stringify(reply.json));
    const job = await finished(String((reply.json.job as { id: string }).id));
    assert.equal(job.status, "done", JSON.stringify(job));
    assert.equal(job.platform, "mastodon");
    assert.equal(job.itemsRead, 1);
    assert.equal(job.file, "mastodon-export");
  });

  test("a file whose path climbs out with .. or is absolute is refused, and nothing is left behind", async () => {
    for (const filename of ["export/../../evil.json", "/etc/evil.json", "C:/evil/outbox.json"]) {
      const reply = await upload([{ name: "export", value: "{}", filename }]);
      assert.equal(reply.status, 400, filename);
      assert.match(String(reply.json.error), /unsafe path/);
    }
    await until(() => readdirSync(uploadRoot).length === 0, "the refused uploads' folders are removed");
  });

  test("an item dated epoch 0 is 'date unknown': year=unknown selects it, and the counts group it apart", async () => {
    const reply = await upload([{ name: "export", value: outbox("https://m.example/users/pat/statuses/78", "1970-01-01T00:00:00Z", "No real date"), filename: "undated/outbox.json" }]);
    assert.equal(reply.status, 202, JSON.stringify(reply.json));
    assert.equal((await finished(String((reply.json.job as { id: string }).id))).status, "done");
    assert.deepEqual(await reviewIds("year=unknown"), ["https://m.example/users/pat/statuses/78"]);
    const counts = (await send("GET", "/api/review?limit=1")).json.counts as { byYear: Record<string, number> };
    assert.equal(counts.byYear["?"], 1);
    assert.equal(counts.byYear["1970"], undefined);
  });

  test("two plain files are still refused: one export per upload", async () => {
    const reply = await upload([
      { name: "export", value: "[]", filename: "a.json" },
      { name: "export", value: "[]", filename: "b.json" },
    ]);
    assert.equal(reply.status, 400);
    assert.match(String(reply.json.error), /one export per upload/);
  });
});
