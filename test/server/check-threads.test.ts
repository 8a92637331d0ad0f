// POST /api/check judged on a pool of workers answers exactly what judging on the server's own thread answers.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { judgedByCalendar } from "../../src/core/calendar.js";
import { assess } from "../../src/core/engine.js";
import { CheckThreads } from "../../src/server/check-threads.js";
import type { CheckAnswer } from "../../src/store/judge-pool.js";
import { createServer, type ImpartialServer } from "../../src/server/server.js";

const INPUTS: unknown[] = [
  { id: "a", text: "Vote NDP on Monday! #elxn45", action: "share", context: { electionPeriod: true } },
  { id: 7, text: "My manager is an idiot and everyone at @StatCan knows it", action: "post", context: { identifiable: true, role: "manager" } },
  { text: "Je vote pour le Bloc aux élections, allez voter!", action: "comment", inReplyTo: "Qui votera lundi?" },
  { id: "b", text: "Great conference on open data today https://example.org/talk", action: "post" },
  { id: "c", text: "Ces gens-là sont de la vermine \u202e\u0085", action: "reply", inReplyTo: "Des réfugiés arrivent" },
  { id: "d", text: "Merci!", action: "like", author: { handle: "@BlocQuebecois" } },
  { id: "e", text: "hi", action: "shout" },
  { id: "f", text: "x".repeat(100_001) },
  { id: "g", text: "Budget leaks tomorrow at 9, heard it from Finance", context: { postedAt: "2025-04-10T14:00:00-04:00" } },
];

async function answers(base: string, query: string): Promise<{ status: number; body: string; type: string | null }[]> {
  // At concurrency: several requests out at once, as a page typing in several tabs would send them.
  return Promise.all(
    INPUTS.map(async (input) => {
      const res = await fetch(`${base}/api/check${query}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(input) });
      return { status: res.status, body: await res.text(), type: res.headers.get("content-type") };
    }),
  );
}

describe("POST /api/check on judging workers", () => {
  let here: ImpartialServer;
  let pooled: ImpartialServer;
  let hereBase = "";
  let pooledBase = "";
  before(async () => {
    here = createServer({ port: 0, jobs: 1 });
    pooled = createServer({ port: 0, jobs: 3 });
    hereBase = (await here.listen()).url.replace(/\/$/, "");
    pooledBase = (await pooled.listen()).url.replace(/\/$/, "");
  });
  after(async () => {
    await here.close();
    await pooled.close();
  });

  test("answers byte for byte what the server's own thread answers, in English and French, refusals included", async () => {
    for (const query of ["", "?lang=fr", "?lang=en"]) {
      // The first request starts the pool; those after it are judged there.
      for (let round = 0; round < 3; round++) {
        const inline = await answers(hereBase, query);
        const onPool = await answers(pooledBase, query);
        assert.deepEqual(onPool, inline);
        assert.deepEqual(inline.map((a) => a.status), [200, 200, 200, 200, 200, 200, 400, 400, 200]);
        assert.ok(inline.every((a) => a.type === "application/json; charset=utf-8"));
      }
    }
    const fr = await answers(pooledBase, "?lang=fr");
    assert.match(fr[6]!.body, /action/);
    assert.match(JSON.parse(fr[1]!.body).findings[0].message as string, /[éèàç]|votre|vous/);
  });
});

describe("CheckThreads", () => {
  test("judges the first check here while the pool starts, the next ones on it, with the same answers", async () => {
    const judge = judgedByCalendar(assess, undefined);
    const threads = new CheckThreads(judge, 1, { packs: [] });
    const here = new CheckThreads(judge, 0, { packs: [] });
    const job = { id: "x", activity: { text: "Vote Conservative, they will fix this mess!", action: "share" as const, context: { electionPeriod: true } }, lang: "fr" as const };
    const first = await threads.answer(job);
    assert.ok(threads.pooled && "line" in first, "the first answer is made here");
    const second = await threads.answer(job);
    assert.ok("bytes" in second, "the second comes from a worker");
    const inline = await here.answer(job);
    assert.ok(!here.pooled);
    const text = (a: CheckAnswer) => ("line" in a ? a.line : "bytes" in a ? Buffer.from(a.bytes).toString("utf8") : "");
    assert.equal(text(second), text(first));
    assert.equal(text(inline), text(first));
    assert.match(text(first), /"lang":"fr"/);
    const refused = await threads.answer({ id: 1, activity: { text: "x".repeat(100_001) } });
    assert.ok("refused" in refused && /100000/.test(refused.refused.fr));
    await threads.close();
  });
});
