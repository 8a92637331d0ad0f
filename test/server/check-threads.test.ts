// POST /api/check judged on a pool of workers answers exactly what judging on the server's own thread answers.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { judgedByCalendar } from "../../src/core/calendar.js";
import { toBatchResult } from "../../src/core/contract.js";
import { assess, InputError } from "../../src/core/engine.js";
import { messageIn } from "../../src/core/message.js";
import type { Lang } from "../../src/core/model.js";
import { idOrNull, parseActivity } from "../../src/core/validate.js";
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

// A batch of the inputs above five times over (the text too long for the engine once: a batch holds 500,000 characters
// at most), with items the contract refuses among them: enough to be cut into one part per worker.
const BATCH: unknown[] = [
  ...Array.from({ length: 5 }, (_, round) =>
    INPUTS.filter((input) => round === 0 || (input as { id?: unknown }).id !== "f").map((input) => ((input as { id?: unknown }).id !== undefined ? { ...(input as object), id: `${String((input as { id: unknown }).id)}${round}` } : input)),
  ).flat(),
  42,
  { id: "h" },
  null,
];

/** What the batch route answered before it judged on workers: each item judged here, written by JSON.stringify. */
function batchAsBefore(lang: Lang | undefined, errorLang: Lang): string {
  const judge = judgedByCalendar(assess, undefined);
  const results = BATCH.map((item, index) => {
    const id = idOrNull(item);
    try {
      return toBatchResult(id, judge(parseActivity(item), lang ? { lang } : {}));
    } catch (e) {
      if (e instanceof InputError) return { id, error: messageIn(e, errorLang), index };
      throw e;
    }
  });
  return JSON.stringify({ results });
}

describe("POST /api/check/batch on judging workers", () => {
  let here: ImpartialServer;
  let pooled: ImpartialServer;
  const bases: string[] = [];
  before(async () => {
    here = createServer({ port: 0, jobs: 1 });
    pooled = createServer({ port: 0, jobs: 3 });
    for (const server of [here, pooled]) bases.push((await server.listen()).url.replace(/\/$/, ""));
  });
  after(async () => {
    await here.close();
    await pooled.close();
  });

  test("answers byte for byte what JSON.stringify wrote of each item judged here, in order, refusals in the asker's language", async () => {
    for (const [query, errorLang] of [["", "en"], ["?lang=fr", "fr"], ["?lang=en", "en"]] as const) {
      const expected = batchAsBefore(query === "" ? undefined : (query.slice(6) as Lang), errorLang);
      // The first batch starts the pool; those after it are cut into one part per worker.
      for (let round = 0; round < 3; round++) {
        for (const base of bases) {
          const res = await fetch(`${base}/api/check/batch${query}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ items: BATCH }) });
          assert.equal(res.status, 200);
          assert.equal(res.headers.get("content-type"), "application/json; charset=utf-8");
          assert.equal(await res.text(), expected);
        }
      }
    }
    const fr = JSON.parse(batchAsBefore("fr", "fr")) as { results: { error?: string }[] };
    assert.match(fr.results[6]!.error!, /action/, "the bad action is named, in French");
    assert.equal(fr.results.filter((r) => r.error !== undefined).length, 5 + 1 + 3, "the bad action each round, the long text once, and the three items that are no input");
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

  test("cuts a batch into one part per worker and gives its answers back in order", async () => {
    const judge = judgedByCalendar(assess, undefined);
    const threads = new CheckThreads(judge, 2, { packs: [] });
    const here = new CheckThreads(judge, 0, { packs: [] });
    const jobs = Array.from({ length: 41 }, (_, k) => ({ id: k, activity: { text: k % 3 === 0 ? `Votez pour le Bloc, post ${k}!` : `Lunch with my team, day ${k}`, action: "post" as const }, lang: (k % 2 ? "fr" : "en") as Lang }));
    const text = (a: CheckAnswer) => ("line" in a ? a.line : "bytes" in a ? Buffer.from(a.bytes).toString("utf8") : JSON.stringify(a));
    const inline = (await here.answerAll(jobs)).map(text);
    const first = await threads.answerAll(jobs);
    assert.ok(threads.pooled && first.every((a) => "line" in a), "the first batch is judged here while the pool starts");
    const onPool = await threads.answerAll(jobs);
    assert.ok(onPool.every((a) => "bytes" in a), "the next one on the workers");
    assert.deepEqual(onPool.map(text), inline);
    assert.deepEqual(first.map(text), inline);
    assert.deepEqual(inline.map((l) => (JSON.parse(l) as { id: number }).id), jobs.map((j) => j.id));
    assert.deepEqual(await threads.answerAll([]), []);
    await threads.close();
  });
});
