import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PassThrough, Readable } from "node:stream";
import { parseAnswer, runPractice } from "../../src/cli/practice.js";
import { UsageError } from "../../src/cli/errors.js";
import type { JudgedScenario } from "../../src/core/scenarios.js";
import { scenarioById, SCENARIOS } from "../../src/core/scenarios.js";

async function practice(args: string[], input = "") {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
  stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
  const code = await runPractice(args, { stdin: Readable.from([input]), stdout, stderr, env: { NO_COLOR: "1" } });
  return { code, stdout: out, stderr: err };
}

describe("impartial practice", () => {
  it("lists every scenario with its id and title", async () => {
    const r = await practice([]);
    assert.equal(r.code, 0);
    for (const s of SCENARIOS) assert.match(r.stdout, new RegExp(`${s.id}\\s+${s.title.en.replace(/[()]/g, ".")}`));
    assert.match(r.stdout, /impartial practice ID/);
  });

  it("lists them in French with --lang fr", async () => {
    const r = await practice(["--lang", "fr"]);
    assert.match(r.stdout, /Mises en situation pour s'exercer/);
    assert.match(r.stdout, /Devoir de loyauté/);
  });

  it("names a choice's department, never its id", async () => {
    const r = await practice(["esdc-ei-question", "--lang", "fr"], "1\n1\n1\n1\n1\n");
    assert.match(r.stdout, /ministère ou organisme\u00a0: Emploi et Développement social Canada/);
    assert.doesNotMatch(r.stdout, /: esdc\b/);
  });

  it("prints one scenario with every choice judged as JSON, asking nothing", async () => {
    const r = await practice(["election-period", "--json"], "1\n1\n1\n1\n");
    assert.equal(r.code, 0);
    const judged = JSON.parse(r.stdout) as JudgedScenario;
    assert.equal(judged.id, "election-period");
    assert.equal(judged.choices.length, scenarioById("election-period")!.choices.length);
    const like = judged.choices.find((c) => c.id === "like-the-campaign-post")!;
    assert.equal(like.expected, "risky");
    assert.equal(like.level, "risky");
    assert.ok(like.guidance.some((g) => g.id === "tbs.risk.risky.partisan-content"));
    assert.ok(judged.questions.length > 0);
  });

  it("prints every scenario as JSON when no id is given", async () => {
    const all = JSON.parse((await practice(["--json"])).stdout) as JudgedScenario[];
    assert.deepEqual(all.map((s) => s.id), SCENARIOS.map((s) => s.id));
  });

  it("walks through a scenario with answers read from standard input, and scores them", async () => {
    // monetizing: sponsorship risky, promoting as a CRA employee inappropriate, declining appropriate.
    const r = await practice(["monetizing"], "2\n1\na\n");
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Situation: You have a personal social media account with a large following/);
    assert.match(r.stdout, /Questions to ask yourself:\n {2}\? Does the product or company have any connection to my GC job\?/);
    assert.match(r.stdout, /Choice 1 of 3 · post/);
    assert.match(r.stdout, /✓ Yes: the guidance rates it RISKY\./);
    assert.match(r.stdout, /✗ The guidance rates it INAPPROPRIATE; you said appropriate\./);
    assert.match(r.stdout, /Impartial: INAPPROPRIATE \(agrees with the guidance\)/);
    assert.match(r.stdout, /Guidance \(Best practices for public servants using their personal social media \([^)]+\), Ensure your social media activity doesn’t create a conflict of interest\): “/);
    assert.match(r.stdout, /You matched the guidance on 2 of 3 answered \(3 choices\)\./);
  });

  it("shows the remaining choices without asking once the answers run out", async () => {
    const r = await practice(["digital-legacy"], "3\n");
    assert.match(r.stdout, /The guidance rates it INAPPROPRIATE\./, "the second choice is shown, unanswered");
    assert.match(r.stdout, /You matched the guidance on 0 of 1 answered \(3 choices\)\./);
  });

  it("stops with status 65 and names the line when an answer is not a level", async () => {
    const r = await practice(["digital-legacy"], "2\nmaybe\n");
    assert.equal(r.code, 65);
    assert.match(r.stderr, /line 2: "maybe" is not a level/);
  });

  it("walks through in French, with French typography and the unofficial translation noted", async () => {
    const r = await practice(["election-period", "--lang", "fr"], "risqué\n3\n1\n1\n");
    assert.match(r.stdout, /Publier pendant une période électorale/);
    assert.match(r.stdout, /Situation\u00a0: Pendant une période électorale/);
    assert.match(r.stdout, /Choix 1 sur 4 · mention « J'aime »/);
    assert.match(r.stdout, /✓ Oui : les lignes directrices le jugent RISQUÉ\./);
    assert.match(r.stdout, /«\u00a0Joignez-vous à nous samedi/);
    assert.match(r.stdout, /Vous rejoignez les lignes directrices pour 4 de vos 4 réponses/);
    assert.match(r.stdout, /traductions non officielles/);
  });

  it("refuses an unknown scenario and names the known ones", async () => {
    await assert.rejects(practice(["no-such-thing"]), (e: unknown) => e instanceof UsageError && /duty-of-loyalty/.test(e.message));
    await assert.rejects(practice(["monetizing", "--lang", "de"]), UsageError);
  });

  it("reads answers as numbers, letters or level names in either language", () => {
    assert.equal(parseAnswer("2"), "risky");
    assert.equal(parseAnswer(" I "), "inappropriate");
    assert.equal(parseAnswer("approprié"), "appropriate");
    assert.equal(parseAnswer(""), "skip");
    assert.equal(parseAnswer("q"), "quit");
    assert.equal(parseAnswer("maybe"), undefined);
  });
});
