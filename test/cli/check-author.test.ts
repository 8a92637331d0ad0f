import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

/** `impartial check --author` and the batch contract's `author`: whose post is shared, liked or answered. */

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = join(root, "bin/impartial.js");
const home = mkdtempSync(join(tmpdir(), "impartial-author-"));

function run(args: string[], input = "", lang = "en_CA.UTF-8") {
  const env = { ...process.env, XDG_CONFIG_HOME: home, NO_COLOR: "1", LC_ALL: "", LC_MESSAGES: "", LANG: lang };
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", cwd: home, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Result = { level: string; findings: { rule: string; message: string }[]; error?: string };
const rulesOf = (r: Result) => r.findings.map((f) => f.rule);

describe("impartial check --author", () => {
  it("a neutral post shared from a party leader's account is risky, and says whose it is", () => {
    const r = run(["check", "--json", "--action", "share", "--author", "@JustinTrudeau", "--at", "2019-10-01", "Great crowd in Sudbury tonight!"]);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as Result;
    assert.ok(rulesOf(out).includes("partisan/author"));
    assert.match(out.findings.find((f) => f.rule === "partisan/author")!.message, /Justin Trudeau \(@JustinTrudeau\).*election period|election period.*Justin Trudeau/);
  });

  it("--author-name alone finds the account, in French", () => {
    const r = run(["check", "--json", "--lang", "fr", "--action", "like", "--author-name", "Bloc Québécois", "--no-election-period", "Belle soirée à Longueuil!"]);
    const out = JSON.parse(r.stdout) as Result;
    assert.match(out.findings.find((f) => f.rule === "partisan/author")?.message ?? "", /Bloc Québécois \(BQ\), le compte d'un parti politique/);
  });

  it("the same words without an author stay appropriate", () => {
    const r = run(["check", "--json", "--action", "share", "--no-election-period", "Great crowd in Sudbury tonight!"]);
    assert.equal((JSON.parse(r.stdout) as Result).level, "appropriate");
  });

  it("refuses an --author longer than 300 characters with a usage error naming the option, in either language", () => {
    const r = run(["check", "--author", "a".repeat(301), "hi"]);
    assert.equal(r.code, 64);
    assert.match(r.stderr, /--author may hold at most 300 characters/);
    const fr = run(["check", "--lang", "fr", "--author-name", "a".repeat(301), "salut"]);
    assert.equal(fr.code, 64);
    assert.match(fr.stderr, /--author-name peut contenir au plus 300 caractères/);
  });

  it("documents --author in both languages", () => {
    assert.match(run(["check", "--help"]).stdout, /--author @HANDLE {9}who wrote what you share, like or answer/);
    assert.match(run(["check", "--help", "--lang", "fr"]).stdout, /--author @COMPTE {9}qui a écrit ce que vous partagez/);
  });
});

describe("impartial check --jsonl with an author", () => {
  it("reads author on a line, and gives a malformed author an error naming the field", () => {
    const input = [
      { id: "a", text: "Merci Longueuil!", action: "share", author: { handle: "@yfblanchet", name: "Yves-François Blanchet" }, context: { electionPeriod: true } },
      { id: "b", text: "Merci Longueuil!", action: "share", author: "@yfblanchet" },
      { id: "c", text: "Merci Longueuil!", action: "share", author: { handle: ["yfblanchet"] } },
      { id: "d", text: "Merci Longueuil!", action: "share", context: { electionPeriod: false } },
    ].map((o) => JSON.stringify(o)).join("\n");
    const r = run(["check", "--jsonl", "--lang", "fr"], `${input}\n`);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Result & { id: string });
    assert.equal(out[0]!.level, "risky");
    assert.ok(rulesOf(out[0]!).includes("partisan/author"));
    assert.match(out[1]!.error ?? "", /« author » doit être un objet/);
    assert.match(out[2]!.error ?? "", /author\.handle doit être une chaîne de caractères, pas une liste/);
    assert.equal(out[3]!.level, "appropriate");
    assert.equal(r.code, 65);
  });
});
