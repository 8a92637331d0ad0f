import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { assess } from "../../src/core/engine.js";
import type { HistoryItem } from "../../src/importers/types.js";
import { createServer, type ImpartialServer } from "../../src/server/server.js";
import { openStore, type ReviewStore } from "../../src/store/store.js";

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

let server: ImpartialServer;
let bare: ImpartialServer;
let store: ReviewStore;
let port = 0;
let barePort = 0;

function get(path: string, on = port): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: on, method: "GET", path }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}

const PARTISAN = "Vote for the Liberal candidate in my riding!";
const HARMLESS = "Great conference on open data today";

function historyItem(id: string, createdAt: string, text: string): HistoryItem {
  return { platform: "x", id, action: "post", createdAt, text, url: `https://x.com/me/status/${id}`, visibility: "public", sourceFile: "data/tweets.js" };
}

before(async () => {
  store = openStore(":memory:");
  const importId = store.beginImport("x", "/tmp/archive.zip", "fp1");
  const texts: [string, string, string][] = [
    ["41", "2019-10-01T15:00:00.000Z", PARTISAN],
    ["42", "2021-03-02T12:00:00.000Z", HARMLESS],
  ];
  store.addBatch(importId, texts.map(([id, at, text]) => ({ item: historyItem(id, at, text), assessment: assess({ text, context: { postedAt: at } }), beforeService: false, rulesVersion: "t" })));
  store.finishImport(importId, { count: texts.length });
  store.setDecision("x", "41", "delete", "old campaign post");
  server = createServer({ port: 0, store });
  port = Number(new URL((await server.listen()).url).port);
  bare = createServer({ port: 0 });
  barePort = Number(new URL((await bare.listen()).url).port);
});

after(async () => {
  await server.close();
  await bare.close();
  store.close();
});

/** The policy's style hashes match the page's own <style> blocks, so the report renders styled under it. */
function assertStyleAllowedByHash(reply: Reply): void {
  const csp = String(reply.headers["content-security-policy"]);
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline|script-src/, "no inline style by blanket permission, and no script at all");
  const styles = [...reply.text.matchAll(/<style>([\s\S]*?)<\/style>/g)];
  assert.ok(styles.length > 0, "the report carries its own style");
  for (const m of styles) assert.ok(csp.includes(`'sha256-${createHash("sha256").update(m[1]!).digest("base64")}'`), "each <style> is allowed by its hash");
  assert.doesNotMatch(reply.text, /<script|style="/, "nothing the policy would block");
}

describe("downloading the review as reports", () => {
  test("GET /api/review counts items by year and level for the timeline", async () => {
    const counts = JSON.parse((await get("/api/review?limit=0")).text).counts as { byYearLevel: Record<string, Record<string, number>> };
    assert.deepEqual(counts.byYearLevel, { "2019": { appropriate: 0, risky: 1, inappropriate: 0 }, "2021": { appropriate: 1, risky: 0, inappropriate: 0 } });
  });

  test("the HTML report is an attachment listing the risky post, under a CSP that allows only its own style", async () => {
    const reply = await get("/api/review/report.html");
    assert.equal(reply.status, 200);
    assert.equal(reply.headers["content-type"], "text/html; charset=utf-8");
    assert.equal(reply.headers["content-disposition"], 'attachment; filename="impartial-report-en.html"');
    assert.match(reply.text, /<html lang="en">/);
    assert.ok(reply.text.includes("https://x.com/me/status/41"), "the risky item is listed, with its link");
    assert.ok(!reply.text.includes(HARMLESS), "an appropriate item is not one to reconsider");
    assertStyleAllowedByHash(reply);
  });

  test("?lang=fr gives the report in French", async () => {
    const reply = await get("/api/review/report.html?lang=fr");
    assert.equal(reply.status, 200);
    assert.match(reply.text, /<html lang="fr">/);
    assert.match(reply.text, /Examen de votre historique/);
    assert.equal(reply.headers["content-disposition"], 'attachment; filename="impartial-report-fr.html"');
  });

  test("the CSV report holds every stored item with its level and decision, headers in the language asked", async () => {
    const reply = await get("/api/review/report.csv?lang=fr");
    assert.equal(reply.status, 200);
    assert.equal(reply.headers["content-type"], "text/csv; charset=utf-8");
    assert.equal(reply.headers["content-disposition"], 'attachment; filename="impartial-report-fr.csv"');
    assert.ok(reply.text.startsWith("\uFEFFplateforme,identifiant,"), "a BOM for spreadsheets, then French headers");
    const lines = reply.text.trim().split("\r\n");
    assert.equal(lines.length, 3, "a header and both items");
    assert.match(lines[1]!, /^x,41,post,2019-10-01T15:00:00.000Z,risky,.*partisan.*,delete,old campaign post$/);
    assert.match(lines[2]!, /^x,42,post,.*,appropriate,/);
  });

  test("the deletion checklist, HTML and CSV, holds the item marked delete with its link", async () => {
    const html = await get("/api/review/checklist.html");
    assert.equal(html.status, 200);
    assert.equal(html.headers["content-type"], "text/html; charset=utf-8");
    assert.equal(html.headers["content-disposition"], 'attachment; filename="impartial-deletion-checklist-en.html"');
    assert.ok(html.text.includes("https://x.com/me/status/41"));
    assert.ok(!html.text.includes(HARMLESS));
    assertStyleAllowedByHash(html);
    const csv = await get("/api/review/checklist.csv");
    assert.equal(csv.status, 200);
    assert.equal(csv.headers["content-type"], "text/csv; charset=utf-8");
    assert.equal(csv.headers["content-disposition"], 'attachment; filename="impartial-deletion-checklist-en.csv"');
    const lines = csv.text.trim().split("\r\n");
    assert.equal(lines.length, 2);
    assert.match(lines[1]!, /^x,41,2019-10-01T15:00:00.000Z,https:\/\/x\.com\/me\/status\/41,/);
  });

  test("a bad lang or an unknown parameter is refused with 400 and says why", async () => {
    for (const path of ["/api/review/report.html?lang=de", "/api/review/report.csv?lang=", "/api/review/checklist.html?lang=EN", "/api/review/checklist.csv?lang=es"]) {
      const reply = await get(path);
      assert.equal(reply.status, 400, path);
      assert.match(JSON.parse(reply.text).error, /lang must be en or fr/, path);
    }
    const other = await get("/api/review/report.csv?level=risky");
    assert.equal(other.status, 400);
    assert.match(JSON.parse(other.text).error, /"level" is not a parameter/);
  });

  test("without a review database the downloads answer 503", async () => {
    const reply = await get("/api/review/report.html", barePort);
    assert.equal(reply.status, 503);
    assert.match(JSON.parse(reply.text).error, /no review database/);
  });
});
