import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { assess } from "../../src/core/engine.js";
import { toBatchResult } from "../../src/core/contract.js";
import { createServer, type ImpartialServer } from "../../src/server/server.js";

/** The API reads the batch contract's `author` (whose post is shared, liked or answered) and refuses a malformed one. */

let server: ImpartialServer;
let base = "";

before(async () => {
  server = createServer({ port: 0 });
  base = (await server.listen()).url.replace(/\/$/, "");
});

after(async () => {
  await server.close();
});

const post = async (path: string, body: unknown) => {
  const res = await fetch(`${base}${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
};

describe("the API and the author of what is shared", () => {
  test("POST /api/check with an author answers like the engine, naming the party leader", async () => {
    const input = { id: "s1", text: "Great crowd in Sudbury tonight!", action: "share" as const, author: { handle: "@JustinTrudeau" }, context: { electionPeriod: true } };
    const reply = await post("/api/check", input);
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.json, JSON.parse(JSON.stringify(toBatchResult("s1", assess(input)))));
    const findings = reply.json.findings as { rule: string; message: string }[];
    assert.match(findings.find((f) => f.rule === "partisan/author")?.message ?? "", /Justin Trudeau \(@JustinTrudeau, LPC\/PLC/);
  });

  test("a malformed author is a 400 naming the field, in English and in French", async () => {
    const notObject = await post("/api/check", { id: "s2", text: "hi", action: "share", author: 7 });
    assert.equal(notObject.status, 400);
    assert.equal(notObject.json.id, "s2");
    assert.match(String(notObject.json.error), /"author" must be an object/);
    const tooLong = await post("/api/check?lang=fr", { text: "salut", action: "like", author: { name: "x".repeat(301) } });
    assert.equal(tooLong.status, 400);
    assert.match(String(tooLong.json.error), /author\.name peut contenir au plus 300 caractères/);
    const notString = await post("/api/check", { text: "hi", action: "like", author: { handle: false } });
    assert.equal(notString.status, 400);
    assert.match(String(notString.json.error), /author\.handle must be a string/);
  });

  test("a batch item with a malformed author gets its own error while the others are judged", async () => {
    const reply = await post("/api/check/batch", { items: [{ id: "a", text: "Merci!", action: "like", author: { handle: "@BlocQuebecois" } }, { id: "b", text: "Merci!", author: [] }] });
    assert.equal(reply.status, 200);
    const results = reply.json.results as Record<string, unknown>[];
    assert.equal(results[0]!.level, "risky");
    assert.match(String(results[1]!.error), /"author" must be an object/);
  });

  test("the OpenAPI description documents author", async () => {
    const res = await fetch(`${base}/api/openapi.json`);
    const doc = (await res.json()) as { components: { schemas: Record<string, { properties: Record<string, { properties?: Record<string, { maxLength?: number }> }> }> } };
    assert.equal(doc.components.schemas.CheckInput!.properties.author!.properties!.handle!.maxLength, 300);
  });
});
