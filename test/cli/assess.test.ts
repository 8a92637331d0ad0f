import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";
import { runAssess } from "../../src/cli/assess.js";

const dir = mkdtempSync(join(tmpdir(), "impartial-assess-"));
let files = 0;
function answersFile(content: unknown): string {
  const file = join(dir, `answers-${++files}.json`);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

async function run(args: string[], input?: string, tty = false) {
  const stdin = Object.assign(new PassThrough(), { isTTY: tty });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => (out += c.toString()));
  stderr.on("data", (c: Buffer) => (err += c.toString()));
  stdin.end(input ?? "");
  const code = await runAssess(args, { stdin, stdout, stderr, env: { NO_COLOR: "1" }, now: () => new Date("2026-04-01T12:00:00Z") });
  return { code, stdout: out, stderr: err };
}

describe("impartial assess", () => {
  it("reads --answers and exits 0 low, 1 moderate, 2 high", async () => {
    assert.equal((await run(["--answers", answersFile({ activity: "vote", role: "employee" })])).code, 0);
    assert.equal((await run(["--answers", answersFile({ activity: "like-share", role: "employee" })])).code, 1);
    const high = await run(["--answers", answersFile({ activity: "like-share", role: "deputy-head" })]);
    assert.equal(high.code, 2);
    assert.match(high.stdout, /Level of risk: HIGH/);
    assert.match(high.stdout, /other than voting/);
    assert.match(high.stdout, /political activities representative/);
  });

  it("--json gives the level, the drivers with their guidance and the next steps", async () => {
    const r = await run(["--json", "--answers", answersFile({ activity: "candidate", role: "employee" })]);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.stdout) as { level: string; permissionNeeded: boolean; drivers: { question: string; guidance: { id: string } }[]; next: { id: string; text: string }[]; answers: Record<string, string> };
    assert.equal(json.level, "moderate");
    assert.equal(json.permissionNeeded, true);
    assert.equal(json.drivers[0]!.question, "activity");
    assert.ok(json.next.some((s) => /permission/.test(s.text)));
    assert.deepEqual(json.answers, { activity: "candidate", role: "employee" });
  });

  it("judges the text given in the answers or with --text", async () => {
    const r = await run(["--json", "--text", "The Conservative leader is a liar and a traitor, all of them are vermin", "--answers", answersFile({ activity: "comment", role: "employee" })]);
    assert.equal(r.code, 2);
    assert.ok((JSON.parse(r.stdout) as { drivers: { question: string }[] }).drivers.some((d) => d.question === "text"));
    const fromFile = await run(["--json", "--answers", answersFile({ activity: "like-share", role: "employee", text: "Vote Liberal on October 21!" })]);
    assert.equal((JSON.parse(fromFile.stdout) as { text: { level: string } }).text.level, "risky");
  });

  it("reads the answers JSON from standard input when it is not a terminal", async () => {
    const r = await run(["--json"], JSON.stringify({ activity: "inform", role: "executive" }));
    assert.equal(r.code, 0);
    assert.equal((JSON.parse(r.stdout) as { level: string }).level, "low");
  });

  it("asks numbered questions on a terminal, in French with --lang fr", async () => {
    // activity 3 (like-share), the election's level 1 (federal), role 1 (employee), then the first answer to every
    // other question, then no text.
    const typed = ["3", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", ""].join("\n");
    const r = await run(["--lang", "fr"], `${typed}\n`, true);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /Que voulez-vous faire\?/);
    assert.match(r.stdout, /3\. Aimer, partager ou transférer une publication politique/);
    assert.match(r.stdout, /Niveau de risque\u00a0: MODÉRÉ/);
    assert.match(r.stdout, /personne désignée pour les activités politiques/);
  });

  it("asks again when the choice is not one of the numbers, and accepts an answer id", async () => {
    const r = await run([], ["99", "candidate", "federal", "employee", "", ""].join("\n"), true);
    assert.match(r.stdout, /Please type a number from 1 to 12\./);
    // The input ends before every question is answered: the answers are unreadable.
    assert.equal(r.code, 65);
    assert.match(r.stderr, /the answers ended before question "mandate"/);
  });

  it("bad answers exit 65 with the file, the question and the allowed answers", async () => {
    const file = answersFile({ activity: "tweet", role: "employee" });
    const r = await run(["--answers", file]);
    assert.equal(r.code, 65);
    assert.ok(r.stderr.includes(`${file}: question "activity": "tweet" is not an answer; allowed: "vote", "inform"`));
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, "no stack trace");
    const notJson = await run(["--answers", answersFile("{activity")]);
    assert.equal(notJson.code, 65);
    assert.match(notJson.stderr, /not JSON/);
    const missing = await run(["--answers", join(dir, "missing.json")]);
    assert.equal(missing.code, 65);
    assert.match(missing.stderr, /cannot read the answers file .*missing\.json: ENOENT/);
  });

  it("usage errors exit 64", async () => {
    assert.equal((await run(["--lang", "de"])).code, 64);
    assert.equal((await run(["--bogus"])).code, 64);
    assert.equal((await run(["--action", "poke", "--answers", answersFile({ activity: "vote", role: "employee" })])).code, 64);
  });

  it("--html writes a self-contained, escaped, printable report", async () => {
    const html = join(dir, "report.html");
    const text = `<script>alert("x")</script> Vote Liberal & win`;
    const r = await run(["--html", html, "--answers", answersFile({ activity: "like-share", role: "manager", mandate: "yes", text })]);
    assert.equal(r.code, 1);
    const page = readFileSync(html, "utf8");
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.doesNotMatch(page, /<script/i);
    assert.ok(page.includes("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Vote Liberal &amp; win"));
    assert.doesNotMatch(page, /(src|href)="https?:/, "nothing loaded from outside");
    assert.match(page, /<span class="badge lv-moderate">moderate<\/span>/);
    assert.match(page, /Political Activities Self-Assessment Tool/);
    assert.match(page, /@media print/);
  });

  it("--html in French has the French page language and labels", async () => {
    const html = join(dir, "rapport.html");
    await run(["--lang", "fr", "--html", html, "--answers", answersFile({ activity: "candidate", role: "employee" })]);
    const page = readFileSync(html, "utf8");
    assert.match(page, /<html lang="fr">/);
    assert.match(page, /Autoévaluation des activités politiques/);
    assert.match(page, /lv-moderate">modéré</);
    assert.match(page, /La CFP exige que vous demandiez et obteniez sa permission/);
  });
});
