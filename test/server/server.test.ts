import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { toBatchResult, type BatchId } from "../../src/core/contract.js";
import { assess } from "../../src/core/engine.js";
import type { Assessment } from "../../src/core/model.js";
import { selfAssess } from "../../src/core/self-assessment.js";
import type { HistoryItem } from "../../src/importers/types.js";
import { createServer, type ImpartialServer } from "../../src/server/server.js";
import { openStore, type ReviewStore } from "../../src/store/store.js";

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: Record<string, unknown>;
}

let server: ImpartialServer;
let store: ReviewStore;
let port = 0;

function send(method: string, path: string, options: { body?: string | Buffer; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...(options.body !== undefined ? { "Content-Type": "application/json" } : {}), ...options.headers };
    const req = httpRequest({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let json: Record<string, unknown> = {};
        try {
          json = JSON.parse(text) as Record<string, unknown>;
        } catch {
          // Left empty: the test asserting on it fails with the text shown.
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

const post = (path: string, value: unknown, headers: Record<string, string> = {}) => send("POST", path, { body: JSON.stringify(value), headers });

/** The contract's output as it travels: what assess() gives, through JSON. */
const expected = (id: BatchId, a: Assessment) => JSON.parse(JSON.stringify(toBatchResult(id, a))) as unknown;

function historyItem(id: string, createdAt: string, text: string): HistoryItem {
  return { platform: "x", id, action: "post", createdAt, text, url: `https://x.com/me/status/${id}`, visibility: "public", sourceFile: "data/tweets.js" };
}

before(async () => {
  store = openStore(":memory:");
  const importId = store.beginImport("x", "/tmp/archive.zip", "fp1");
  const texts: [string, string, string][] = [
    ["1", "2019-10-01T15:00:00.000Z", "Vote for the Liberal candidate in my riding!"],
    ["2", "2021-03-02T12:00:00.000Z", "Great conference on open data today"],
  ];
  store.addBatch(
    importId,
    texts.map(([id, at, text]) => ({ item: historyItem(id, at, text), assessment: assess({ text, context: { postedAt: at } }), beforeService: false, rulesVersion: "t" })),
  );
  store.finishImport(importId, { count: texts.length });
  server = createServer({ port: 0, store });
  const { url } = await server.listen();
  port = Number(new URL(url).port);
});

after(async () => {
  await server.close();
  store.close();
});

describe("the API answers like the engine", () => {
  test("POST /api/check returns the batch contract's result, equal to assess() for the same input", async () => {
    const input = { id: "c1", text: "Vote for the Conservative candidate!", action: "share", context: { identifiable: true, role: "manager" } };
    const reply = await post("/api/check", input);
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.json, expected("c1", assess({ text: input.text, action: "share", context: { identifiable: true, role: "manager" } })));
    assert.notEqual(reply.json.level, "appropriate");
  });

  test("?lang=fr gives the messages in French", async () => {
    const reply = await post("/api/check?lang=fr", { text: "Vote for the Conservative candidate!" });
    assert.equal(reply.json.lang, "fr");
    assert.deepEqual(reply.json, expected(null, assess({ text: "Vote for the Conservative candidate!" }, { lang: "fr" })));
  });

  test("a check with a wrong field says which field is wrong", async () => {
    const reply = await post("/api/check", { id: "c2", text: "hello", context: { role: "boss" } });
    assert.equal(reply.status, 400);
    assert.equal(reply.json.id, "c2");
    assert.match(String(reply.json.error), /context\.role must be one of employee/);
  });

  test("a batch keeps its order, and a bad item gets {id, error, index} while the rest go on", async () => {
    const items = [{ id: "a", text: "Networking at a conference next week" }, { id: "b", text: "" }, { id: "c", text: "Watch the leaders' debate tonight", action: "post" }, "not an object"];
    const reply = await post("/api/check/batch", { items });
    assert.equal(reply.status, 200);
    const results = reply.json.results as Record<string, unknown>[];
    assert.equal(results.length, 4);
    assert.deepEqual(results[0], expected("a", assess({ text: "Networking at a conference next week" })));
    assert.equal(results[1]!.id, "b");
    assert.equal(results[1]!.index, 1);
    assert.match(String(results[1]!.error), /empty/);
    assert.deepEqual(results[2], expected("c", assess({ text: "Watch the leaders' debate tonight", action: "post" })));
    assert.deepEqual(Object.keys(results[3]!).sort(), ["error", "id", "index"]);
  });

  test("a batch of more than 1,000 items is refused with a message saying to split it", async () => {
    const items = Array.from({ length: 1001 }, (_, i) => ({ id: i, text: "hi" }));
    const reply = await post("/api/check/batch", { items });
    assert.equal(reply.status, 400);
    assert.match(String(reply.json.error), /at most 1000: split it/);
  });

  test("a batch without an items list is refused", async () => {
    const reply = await post("/api/check/batch", [{ text: "hi" }]);
    assert.equal(reply.status, 400);
    assert.match(String(reply.json.error), /"items"/);
  });

  test("POST /api/assess gives the self-assessment for the answers", async () => {
    const answers = { activity: "like-share", role: "deputy-head" };
    const reply = await post("/api/assess", answers);
    assert.equal(reply.status, 200);
    const want = selfAssess(answers, { lang: "en" });
    assert.equal(reply.json.level, "high");
    assert.equal(reply.json.level, want.level);
    assert.equal(reply.json.score, want.score);
    assert.deepEqual(reply.json.answers, answers);
  });

  test("self-assessment answers that are not allowed are listed", async () => {
    const reply = await post("/api/assess", { activity: "dance", role: "employee" });
    assert.equal(reply.status, 400);
    assert.match(String(reply.json.error), /question "activity": "dance" is not an answer/);
  });

  test("an export sent to /api/scan as JSON is refused: uploads are multipart", async () => {
    const reply = await post("/api/scan", {});
    assert.equal(reply.status, 415);
    assert.match(String(reply.json.error), /multipart\/form-data/);
  });
});

describe("review endpoints work on the store", () => {
  test("GET /api/review lists stored items worst first, with counts", async () => {
    const reply = await send("GET", "/api/review");
    assert.equal(reply.status, 200);
    const items = reply.json.items as Record<string, unknown>[];
    assert.deepEqual(items.map((i) => i.id), ["1", "2"]);
    assert.equal(reply.json.total, 2);
    assert.equal(items[0]!.level, assess({ text: "Vote for the Liberal candidate in my riding!", context: { postedAt: "2019-10-01T15:00:00.000Z" } }).level);
  });

  test("filters by year and level narrow the list", async () => {
    const byYear = await send("GET", "/api/review?year=2021");
    assert.deepEqual((byYear.json.items as { id: string }[]).map((i) => i.id), ["2"]);
    const byLevel = await send("GET", "/api/review?level=appropriate&platform=x");
    assert.deepEqual((byLevel.json.items as { id: string }[]).map((i) => i.id), ["2"]);
  });

  test("a wrong filter is named", async () => {
    const reply = await send("GET", "/api/review?level=awful");
    assert.equal(reply.status, 400);
    assert.match(String(reply.json.error), /level must be one of appropriate, risky, inappropriate/);
    const unknown = await send("GET", "/api/review?colour=red");
    assert.match(String(unknown.json.error), /"colour" is not a parameter of GET \/api\/review; it takes level, category, platform, year, undecided, decision, search, action, group, attention, before, after, electionPeriod, engagementAtLeast, sort, limit, offset and lang/);
  });

  test("a decision is recorded, then the item no longer counts as undecided", async () => {
    const reply = await post("/api/review/decision", { platform: "x", id: "1", decision: "delete", note: "old campaign post" });
    assert.equal(reply.status, 200);
    assert.equal(reply.json.decision, "delete");
    assert.equal(reply.json.note, "old campaign post");
    const undecided = await send("GET", "/api/review?undecided=true");
    assert.deepEqual((undecided.json.items as { id: string }[]).map((i) => i.id), ["2"]);
    const cleared = await post("/api/review/decision", { platform: "x", id: "1", decision: "clear" });
    assert.equal(cleared.json.decision, null);
  });

  test("a decision on an unknown item is a 404", async () => {
    const reply = await post("/api/review/decision", { platform: "x", id: "999", decision: "keep" });
    assert.equal(reply.status, 404);
    assert.match(String(reply.json.error), /no item x\/999/);
  });
});

describe("the server refuses what a browser attack or a mistake would send", () => {
  test("a Host other than this machine's (DNS rebinding) is refused", async () => {
    const reply = await send("GET", "/api/openapi.json", { headers: { Host: `evil.example:${port}` } });
    assert.equal(reply.status, 421);
    assert.match(String(reply.json.error), /answers only to 127\.0\.0\.1/);
    const wrongPort = await send("GET", "/api/openapi.json", { headers: { Host: "localhost:80" } });
    assert.equal(wrongPort.status, 421);
  });

  test("localhost and [::1] on the right port are accepted", async () => {
    for (const host of [`localhost:${port}`, `[::1]:${port}`, `127.0.0.1:${port}`]) {
      const reply = await send("GET", "/api/openapi.json", { headers: { Host: host } });
      assert.equal(reply.status, 200, host);
    }
  });

  test("a POST from another site's page is refused; the server's own origin and no origin are accepted", async () => {
    const text = { text: "hello" };
    assert.equal((await post("/api/check", text, { Origin: "https://evil.example" })).status, 403);
    assert.equal((await post("/api/check", text, { Origin: "null" })).status, 403);
    assert.equal((await post("/api/check", text, { Origin: `http://localhost:${port + 1}` })).status, 403);
    assert.equal((await post("/api/check", text, { "Sec-Fetch-Site": "cross-site" })).status, 403);
    assert.equal((await post("/api/check", text, { Origin: `http://127.0.0.1:${port}` })).status, 200);
    assert.equal((await post("/api/check", text)).status, 200);
  });

  test("a body that is not sent as JSON is refused with 415", async () => {
    const form = await send("POST", "/api/check", { body: "text=hello", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    assert.equal(form.status, 415);
    assert.match(String(form.json.error), /Content-Type: application\/json/);
    const plain = await send("POST", "/api/check", { body: '{"text":"hi"}', headers: { "Content-Type": "text/plain" } });
    assert.equal(plain.status, 415);
    const withCharset = await send("POST", "/api/check", { body: '{"text":"hi"}', headers: { "Content-Type": "application/json; charset=utf-8" } });
    assert.equal(withCharset.status, 200);
  });

  test("a body over 1 MB is refused with 413 and a clear message", async () => {
    const big = JSON.stringify({ text: "a".repeat(1024 * 1024 + 10) });
    const reply = await send("POST", "/api/check", { body: big });
    assert.equal(reply.status, 413);
    assert.match(String(reply.json.error), /the most this server reads is 1048576 bytes \(1 MB\)/);
  });

  test("an endless body without a length is refused before it ends", async () => {
    const reply = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/api/check", headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") });
          req.destroy();
        });
      });
      req.on("error", (e) => reject(e));
      const chunk = Buffer.alloc(64 * 1024, "a");
      // 40 chunks are 2.5 MB: more than the limit, and the request is never ended.
      for (let i = 0; i < 40; i++) req.write(chunk);
    });
    assert.equal(reply.status, 413);
    assert.match(reply.text, /more than 1048576 bytes/);
  });

  test("invalid JSON is refused with 400 naming the problem", async () => {
    const reply = await send("POST", "/api/check", { body: '{"text": "hi",}' });
    assert.equal(reply.status, 400);
    assert.match(String(reply.json.error), /not valid JSON: .*(position|property)/);
    const empty = await send("POST", "/api/check", { body: "" });
    assert.match(String(empty.json.error), /the body is empty/);
  });

  test("an unknown route is a 404 in JSON", async () => {
    const reply = await send("GET", "/api/nothing-here");
    assert.equal(reply.status, 404);
    assert.match(String(reply.headers["content-type"]), /application\/json/);
    assert.match(String(reply.json.error), /no such route: \/api\/nothing-here/);
  });

  test("a wrong method is a 405 with Allow", async () => {
    const get = await send("GET", "/api/check");
    assert.equal(get.status, 405);
    assert.equal(get.headers.allow, "POST");
    const del = await send("DELETE", "/api/review");
    assert.equal(del.status, 405);
    assert.equal(del.headers.allow, "GET");
  });

  test("errors carry a message and never a stack trace", async () => {
    const reply = await send("POST", "/api/check", { body: "[1,2" });
    assert.deepEqual(Object.keys(reply.json), ["error"]);
    assert.doesNotMatch(reply.text, /\bat .*\.js:\d+/);
  });

  test("every response, errors included, carries the security headers", async () => {
    const replies = [await send("GET", "/api/openapi.json"), await send("GET", "/nope"), await post("/api/check", { text: "hi" }), await send("GET", "/", { headers: { Host: "evil.example" } })];
    for (const r of replies) {
      assert.equal(
        r.headers["content-security-policy"],
        "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-h0iBPaGm9POpej1E2Xyl3CW6D/1Nw7OWarnofqER01I='; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
      );
      assert.equal(r.headers["x-content-type-options"], "nosniff");
      assert.equal(r.headers["referrer-policy"], "no-referrer");
      assert.equal(r.headers["cross-origin-opener-policy"], "same-origin");
      assert.equal(r.headers["cross-origin-resource-policy"], "same-origin");
      assert.equal(r.headers["x-frame-options"], "DENY");
      assert.equal(r.headers["cache-control"], "no-store");
      assert.equal(r.headers["access-control-allow-origin"], undefined);
    }
  });
});

describe("errors answer in the request's language", () => {
  const FRENCH_CANADA = { "Accept-Language": "fr-CA,fr;q=0.9,en;q=0.8" };

  test("?lang=fr gives a refusal in French, in the same {error} shape", async () => {
    const reply = await send("GET", "/api/review?level=awful&lang=fr");
    assert.equal(reply.status, 400);
    assert.deepEqual(Object.keys(reply.json), ["error"]);
    assert.equal(reply.json.error, "level doit être l'une des valeurs appropriate, risky, inappropriate, unchecked (ou plusieurs, séparées par des virgules), et non « awful »");
  });

  test("a French Canadian browser (Accept-Language: fr-CA,fr;q=0.9,en;q=0.8) gets its refusal in French", async () => {
    const reply = await post("/api/review/decision", { platform: "x", id: "1", decision: "burn" }, FRENCH_CANADA);
    assert.equal(reply.status, 400);
    assert.equal(reply.json.error, "« decision » doit être l'une des valeurs keep, delete, edit, make-private ou clear");
  });

  test("a browser that prefers English gets English though it also reads French", async () => {
    const reply = await post("/api/review/decision", { platform: "x", id: "1", decision: "burn" }, { "Accept-Language": "en-CA,en;q=0.9,fr-CA;q=0.8" });
    assert.equal(reply.status, 400);
    assert.equal(reply.json.error, '"decision" must be one of keep, delete, edit, make-private or clear');
  });

  test("?lang= wins over Accept-Language, and a body that is not JSON is refused in French", async () => {
    const reply = await send("POST", "/api/check/batch?lang=fr", { body: "[1,2", headers: { "Accept-Language": "en" } });
    assert.equal(reply.status, 400);
    assert.match(String(reply.json.error), /^le corps n'est pas du JSON valide : /);
  });

  test("an input the engine refuses is refused in French for a French browser, alone or in a batch", async () => {
    const one = await post("/api/check", { id: "a", text: "x", action: "wave" }, FRENCH_CANADA);
    assert.equal(one.status, 400);
    assert.equal(one.json.id, "a");
    assert.match(String(one.json.error), /action/);
    assert.match(String(one.json.error), /doit être|n'est pas/);
    const batch = await post("/api/check/batch?lang=fr", { items: [{ id: "b", text: "x", action: "wave" }] });
    assert.match(String((batch.json.results as { error: string }[])[0]!.error), /doit être|n'est pas/);
  });

  test("an unknown API route is a 404 in French for a French browser", async () => {
    const reply = await send("GET", "/api/nowhere", { headers: FRENCH_CANADA });
    assert.equal(reply.status, 404);
    assert.equal(reply.json.error, "aucune route /api/nowhere ; les routes sont décrites à /api/openapi.json");
  });

  test("the OpenAPI document says errors follow ?lang and Accept-Language", async () => {
    const doc = (await send("GET", "/api/openapi.json")).json as { components: { schemas: { Error: { description: string; required: string[] } } } };
    assert.match(doc.components.schemas.Error.description, /\?lang=.*Accept-Language.*English/);
    assert.deepEqual(doc.components.schemas.Error.required, ["error"]);
  });
});

describe("the OpenAPI document", () => {
  test("parses as OpenAPI 3.1 and names every route with its method", async () => {
    const reply = await send("GET", "/api/openapi.json");
    assert.equal(reply.status, 200);
    const doc = reply.json as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    assert.equal(doc.openapi, "3.1.0");
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    assert.deepEqual(routes.sort(), [
      "DELETE /api/scan/{id}",
      "GET /api/feedback",
      "GET /api/feedback/export.jsonl",
      "GET /api/openapi.json",
      "GET /api/review",
      "GET /api/review/changes",
      "GET /api/review/checklist.csv",
      "GET /api/review/checklist.html",
      "GET /api/review/report.csv",
      "GET /api/review/report.html",
      "GET /api/review/rules",
      "GET /api/review/todo",
      "GET /api/review/todo.csv",
      "GET /api/review/todo.html",
      "GET /api/scan/{id}",
      "POST /api/assess",
      "POST /api/check",
      "POST /api/check/batch",
      "POST /api/feedback/delete",
      "POST /api/feedback/report",
      "POST /api/review/bulk",
      "POST /api/review/decision",
      "POST /api/review/forget",
      "POST /api/review/rules",
      "POST /api/review/todo",
      "POST /api/review/undo",
      "POST /api/scan",
    ]);
    for (const name of ["CheckInput", "CheckResult", "CheckError", "BatchRequest", "BatchResponse", "Finding"]) assert.ok(doc.components.schemas[name], name);
  });

  test("every $ref points at a schema the document defines", async () => {
    const reply = await send("GET", "/api/openapi.json");
    const refs = [...reply.text.matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)"/g)].map((m) => m[1]!);
    assert.ok(refs.length > 10);
    const schemas = (reply.json.components as { schemas: Record<string, unknown> }).schemas;
    for (const name of new Set(refs)) assert.ok(schemas[name], `missing schema ${name}`);
  });

  test("the batch result's required fields are those a check actually returns", async () => {
    const doc = (await send("GET", "/api/openapi.json")).json as { components: { schemas: { CheckResult: { required: string[] } } } };
    const result = (await post("/api/check", { id: "r", text: "Lunch with my team" })).json;
    for (const field of doc.components.schemas.CheckResult.required) assert.ok(field in result, field);
  });
});
