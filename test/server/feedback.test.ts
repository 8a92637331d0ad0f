import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { rulesVersion } from "../../src/core/engine.js";
import { createServer, type ImpartialServer } from "../../src/server/server.js";
import { openStore, type ReviewStore } from "../../src/store/store.js";

let server: ImpartialServer;
let store: ReviewStore;
let base = "";

const REPORT = {
  lang: "en",
  action: "post",
  text: "Vote for the Liberal candidate in my riding!",
  context: { identifiable: true },
  finding: { rule: "partisan-endorsement", category: "partisan", level: "inappropriate", message: "Asks people to vote for a party's candidate.", span: [0, 30], source: "rule" },
  verdict: "not-a-problem",
  reason: "My riding has one candidate only.",
};

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${path}`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
}

before(async () => {
  store = openStore(":memory:");
  server = createServer({ port: 0, store });
  base = (await server.listen()).url.replace(/\/$/, "");
});

after(async () => {
  await server.close();
  store.close();
});

describe("the feedback routes", () => {
  test("a report sent by the page is kept, listed, exported as JSON lines to save, and deleted", async () => {
    const added = await post("/api/feedback/report", REPORT, { Origin: new URL(base).origin });
    assert.equal(added.status, 201);
    const report = (await added.json()) as { id: number; rulesVersion: string; finding: { passage: string } };
    assert.equal(report.finding.passage, "Vote for the Liberal candidate");
    assert.equal(report.rulesVersion, rulesVersion());

    const listed = (await (await fetch(`${base}/api/feedback`)).json()) as { total: number; reports: { id: number; reason: string }[] };
    assert.equal(listed.total, 1);
    assert.equal(listed.reports[0]!.reason, REPORT.reason);

    const exported = await fetch(`${base}/api/feedback/export.jsonl`);
    assert.equal(exported.status, 200);
    assert.match(exported.headers.get("content-disposition") ?? "", /^attachment; filename="impartial-feedback\.jsonl"$/);
    assert.match(exported.headers.get("content-type") ?? "", /^application\/x-ndjson/);
    assert.equal(exported.headers.get("cache-control"), "no-store");
    const lines = (await exported.text()).trimEnd().split("\n");
    assert.equal(lines.length, 1);
    const line = JSON.parse(lines[0]!) as { text: string; finding: { rule: string }; reason: string; verdict: string };
    assert.deepEqual([line.text, line.finding.rule, line.verdict, line.reason], [REPORT.text, "partisan-endorsement", "not-a-problem", REPORT.reason]);

    const deleted = await post("/api/feedback/delete", { id: report.id });
    assert.deepEqual(await deleted.json(), { deleted: 1 });
    const again = await post("/api/feedback/delete", { id: report.id }, { "Accept-Language": "fr-CA" });
    assert.equal(again.status, 404);
    assert.match(((await again.json()) as { error: string }).error, /^aucun signalement \d+/);
  });

  test("delete all needs its confirmation", async () => {
    await post("/api/feedback/report", REPORT);
    await post("/api/feedback/report", REPORT);
    const unconfirmed = await post("/api/feedback/delete", { all: true });
    assert.equal(unconfirmed.status, 400);
    assert.match(((await unconfirmed.json()) as { error: string }).error, /cannot be undone, so it takes "confirm": true/);
    assert.equal(store.feedback.count(), 2);
    assert.deepEqual(await (await post("/api/feedback/delete", { all: true, confirm: true })).json(), { deleted: 2 });
    assert.equal(store.feedback.count(), 0);
  });

  test("another site can neither write nor read the reports", async () => {
    store.feedback.add(REPORT);
    const foreign: Record<string, string>[] = [{ Origin: "https://evil.example" }, { Origin: "null" }, { "Sec-Fetch-Site": "cross-site" }];
    for (const headers of foreign) {
      assert.equal((await post("/api/feedback/report", REPORT, headers)).status, 403, JSON.stringify(headers));
      assert.equal((await post("/api/feedback/delete", { all: true, confirm: true }, headers)).status, 403, JSON.stringify(headers));
    }
    // A form another site submits is not JSON, so it never reaches the route.
    const form = await fetch(`${base}/api/feedback/report`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "text=x" });
    assert.equal(form.status, 415);
    for (const path of ["/api/feedback", "/api/feedback/export.jsonl"]) {
      const reply = await fetch(`${base}${path}`, { headers: { "Sec-Fetch-Site": "cross-site" } });
      assert.equal(reply.status, 403, path);
      assert.doesNotMatch(await reply.text(), /Liberal/);
      assert.equal(reply.headers.get("access-control-allow-origin"), null);
    }
    assert.equal(store.feedback.count(), 1, "nothing written or deleted by the refused requests");
    store.feedback.deleteAll();
  });

  test("a bad report is refused with a message that names the field, in the request's language", async () => {
    const en = await post("/api/feedback/report", { ...REPORT, verdict: "meh" });
    assert.equal(en.status, 400);
    assert.equal(((await en.json()) as { error: string }).error, '"verdict" must be one of not-a-problem, more-serious, less-serious, wrong-guidance, other');
    const fr = await post("/api/feedback/report?lang=fr", { ...REPORT, reason: "x".repeat(2001) });
    assert.equal(fr.status, 400);
    assert.match(((await fr.json()) as { error: string }).error, /^« reason » peut contenir au plus 2\s000 caractères, et non 2\s001$/);
    const notJson = await fetch(`${base}/api/feedback/report`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{" });
    assert.equal(notJson.status, 400);
    assert.equal(store.feedback.count(), 0);
  });

  test("without a review database the routes say so", async () => {
    const bare = createServer({ port: 0 });
    const url = (await bare.listen()).url;
    try {
      const reply = await fetch(new URL("/api/feedback?lang=fr", url));
      assert.equal(reply.status, 503);
      assert.equal(((await reply.json()) as { error: string }).error, "aucune base de données d'examen n'est ouverte sur ce serveur");
    } finally {
      await bare.close();
    }
  });
});
