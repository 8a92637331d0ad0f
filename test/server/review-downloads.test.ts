import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { assess } from "../../src/core/engine.js";
import type { HistoryItem } from "../../src/importers/types.js";
import { createServer, type ImpartialServer } from "../../src/server/server.js";
import { judgeVersion } from "../../src/store/judge.js";
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
    assert.match(lines[1]!, /^x,41,post,2019-10-01T15:00:00.000Z,risky,.*partisan.*,delete,old campaign post,risky$/);
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
    assert.match(lines[1]!, /^x,41,post,2019-10-01T15:00:00.000Z,https:\/\/x\.com\/me\/status\/41,/);
  });

  test("a bad lang or an unknown parameter is refused with 400 and says why", async () => {
    for (const path of ["/api/review/report.html?lang=de", "/api/review/report.csv?lang=", "/api/review/checklist.html?lang=EN", "/api/review/checklist.csv?lang=es"]) {
      const reply = await get(path);
      assert.equal(reply.status, 400, path);
      assert.match(JSON.parse(reply.text).error, /lang must be en or fr/, path);
    }
    const other = await get("/api/review/checklist.csv?level=risky");
    assert.equal(other.status, 400);
    assert.match(JSON.parse(other.text).error, /"level" is not a parameter/);
    const paged = await get("/api/review/report.csv?limit=5");
    assert.equal(paged.status, 400, "a report covers everything its filters select: it has no page");
    assert.match(JSON.parse(paged.text).error, /"limit" is not a parameter of \/api\/review\/report\.csv; it takes level, category, platform, year, undecided, decision, search, action, group, attention, before, after, electionPeriod, engagementAtLeast and lang/);
    const wrong = await get("/api/review/report.html?platform=myspace&lang=fr");
    assert.equal(wrong.status, 400);
    assert.match(JSON.parse(wrong.text).error, /platform doit être l'une des valeurs/);
  });

  test("without a review database the downloads answer 503", async () => {
    const reply = await get("/api/review/report.html", barePort);
    assert.equal(reply.status, 503);
    assert.match(JSON.parse(reply.text).error, /no review database/);
  });
});

describe("a report of what the filters select", () => {
  let filtered: ImpartialServer;
  let filteredStore: ReviewStore;
  let on = 0;
  const INSULT = "My manager is a complete idiot";
  before(async () => {
    filteredStore = openStore(":memory:");
    const x = filteredStore.beginImport("x", "/tmp/x.zip", "fx");
    const rows: [string, string, string][] = [
      ["1", "2019-10-01T15:00:00.000Z", PARTISAN],
      ["2", "2021-03-02T12:00:00.000Z", HARMLESS],
      ["3", "2021-06-02T12:00:00.000Z", INSULT],
    ];
    filteredStore.addBatch(x, rows.map(([id, at, text]) => ({ item: historyItem(id, at, text), assessment: assess({ text, context: { postedAt: at } }), beforeService: false, rulesVersion: "t" })));
    filteredStore.finishImport(x, { count: rows.length });
    const fb = filteredStore.beginImport("facebook", "/tmp/fb.zip", "ff");
    const post: HistoryItem = { platform: "facebook", id: "fb-9", action: "post", createdAt: "2021-08-01T10:00:00.000Z", text: "Vote Conservative on September 20!", visibility: "public", sourceFile: "posts.json" };
    filteredStore.addBatch(fb, [{ item: post, assessment: assess({ text: post.text, context: { postedAt: post.createdAt } }), beforeService: false, rulesVersion: "t" }]);
    filteredStore.finishImport(fb, { count: 1 });
    filtered = createServer({ port: 0, store: filteredStore });
    on = Number(new URL((await filtered.listen()).url).port);
  });
  after(async () => {
    await filtered.close();
    filteredStore.close();
  });

  test("the HTML report lists only the selected items, names the selection and the size of the whole history", async () => {
    const reply = await get("/api/review/report.html?platform=x&year=2021", on);
    assert.equal(reply.status, 200);
    assert.equal(reply.headers["content-disposition"], 'attachment; filename="impartial-report-x-2021-en.html"');
    assert.ok(reply.text.includes(INSULT), "the 2021 X item to reconsider is listed");
    assert.ok(!reply.text.includes(PARTISAN), "the 2019 item is outside the selection");
    assert.ok(!reply.text.includes("Vote Conservative"), "the Facebook item is outside the selection");
    assert.match(reply.text, /Selection: platform: X; year: 2021/);
    assert.match(reply.text, /Impartial reviewed 2 items\./, "the summary counts the selection");
    assert.match(reply.text, /the whole history holds 4 items/);
    assertStyleAllowedByHash(reply);
  });

  test("the French report names the selection in French", async () => {
    const reply = await get("/api/review/report.html?level=risky&undecided=true&lang=fr", on);
    assert.equal(reply.status, 200);
    assert.equal(reply.headers["content-disposition"], 'attachment; filename="impartial-report-risky-undecided-fr.html"');
    assert.ok(reply.text.includes("Sélection&nbsp;: niveau\u00a0: risqué\u00a0; sans décision"), "the selection, in French typography");
    assert.match(reply.text, /l'historique complet compte 4 éléments/);
  });

  test("a selection with nothing to reconsider says so of the selection", async () => {
    const reply = await get("/api/review/report.html?level=appropriate", on);
    assert.equal(reply.status, 200);
    assert.match(reply.text, /Nothing to reconsider in this selection/);
    assert.ok(!reply.text.includes(INSULT));
  });

  test("the CSV report holds only the selected items", async () => {
    const reply = await get("/api/review/report.csv?platform=facebook", on);
    assert.equal(reply.status, 200);
    assert.equal(reply.headers["content-disposition"], 'attachment; filename="impartial-report-facebook-en.csv"');
    const lines = reply.text.trim().split("\r\n");
    assert.equal(lines.length, 2, "a header and the one Facebook item");
    assert.match(lines[1]!, /^facebook,fb-9,post,/);
    const all = (await get("/api/review/report.csv", on)).text.trim().split("\r\n");
    assert.equal(all.length, 5, "without filters, every item");
  });

  test("an item stored with French messages is reported in English in the English report, and the reverse", async () => {
    const context = { postedAt: "2021-09-01T10:00:00.000Z", electionPeriod: true, identifiable: true };
    const item: HistoryItem = { platform: "instagram", id: "ig-fr", action: "post", createdAt: context.postedAt, text: "Vote for the Liberal candidate in my riding!", visibility: "public", sourceFile: "posts_1.json" };
    const id = filteredStore.beginImport("instagram", "/tmp/ig.zip", "fi");
    filteredStore.addBatch(id, [{ item, assessment: assess({ text: item.text, context }, { lang: "fr" }), beforeService: false, rulesVersion: judgeVersion(assess), context }]);
    filteredStore.finishImport(id, { count: 1 });
    const en = await get("/api/review/report.html?platform=instagram&lang=en", on);
    assert.match(en.text, /asks people to support a party or candidate/);
    assert.doesNotMatch(en.text, /invite à appuyer/);
    const fr = await get("/api/review/report.html?platform=instagram&lang=fr", on);
    assert.match(fr.text, /invite à appuyer un parti/);
  });
});

describe("a long CSV report is sent as it is made", () => {
  let big: ImpartialServer;
  let bigStore: ReviewStore;
  let on = 0;
  const N = 2_600;
  before(async () => {
    bigStore = openStore(":memory:");
    const id = bigStore.beginImport("x", "/tmp/big.zip", "fbig");
    const risky = assess({ text: PARTISAN, context: { postedAt: "2019-10-01T15:00:00.000Z" } });
    const fine = assess({ text: HARMLESS });
    const rows = Array.from({ length: N }, (_, n) => ({ item: historyItem(String(100_000 + n), `2019-10-01T15:${String(n % 60).padStart(2, "0")}:00.000Z`, n % 2 ? PARTISAN : HARMLESS), assessment: n % 2 ? risky : fine, beforeService: false, rulesVersion: "t" }));
    bigStore.addBatch(id, rows);
    bigStore.finishImport(id, { count: N });
    big = createServer({ port: 0, store: bigStore });
    on = Number(new URL((await big.listen()).url).port);
  });
  after(async () => {
    await big.close();
    bigStore.close();
  });

  test("chunked, every item once, worst first, as the review lists them", async () => {
    const reply = await get("/api/review/report.csv", on);
    assert.equal(reply.status, 200);
    assert.equal(reply.headers["transfer-encoding"], "chunked", "sent in parts, not built whole first");
    assert.equal(reply.headers["content-length"], undefined);
    const lines = reply.text.trim().split("\r\n");
    assert.equal(lines.length, N + 1, "the header and every item");
    const ids = lines.slice(1).map((l) => l.split(",")[1]);
    assert.equal(new Set(ids).size, N, "no item twice");
    assert.deepEqual(ids, bigStore.query().map((r) => r.item.id), "the review's order");
    assert.ok(lines.slice(1, N / 2 + 1).every((l) => l.includes(",risky,")), "the risky half first");
  });

  test("a client that stops reading half-way leaves the server answering", async () => {
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port: on, method: "GET", path: "/api/review/report.csv" }, (res) => {
        res.once("data", () => {
          req.destroy();
          resolve();
        });
      });
      req.on("error", (e) => ((e as NodeJS.ErrnoException).code === "ECONNRESET" ? resolve() : reject(e)));
      req.end();
    });
    const reply = await get("/api/review?limit=1", on);
    assert.equal(reply.status, 200);
    assert.equal(JSON.parse(reply.text).total, N);
  });
});
