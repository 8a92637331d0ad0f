import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = join(root, "bin/impartial.js");
// A developer's own configuration and locale must not change what these tests see.
const noConfig = mkdtempSync(join(tmpdir(), "impartial-noconfig-"));

function run(args: string[], input: string, locale: string) {
  const env = { ...process.env, XDG_CONFIG_HOME: noConfig, NO_COLOR: "", FORCE_COLOR: "", LC_ALL: "", LC_MESSAGES: "", LANG: locale };
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", cwd: noConfig, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BAD_ACTION = '{"id":"a","text":"Bonne journée","action":"retweet"}';
const errorLine = (stdout: string) => JSON.parse(stdout.trim().split("\n")[0]!) as Record<string, unknown>;

describe("impartial check --jsonl speaks the run's language in its error lines", () => {
  it("under --lang fr, a bad line's error is in French and the line keeps the contract's fields", () => {
    const r = run(["check", "--jsonl", "--lang", "fr"], `${BAD_ACTION}\n`, "en_CA.UTF-8");
    assert.equal(r.code, 65);
    const line = errorLine(r.stdout);
    assert.deepEqual(Object.keys(line), ["id", "error", "line"]);
    assert.deepEqual(line, { id: "a", error: "« action » doit être l'une des valeurs post, comment, reply, share, like, follow, profile, pas « retweet »", line: 1 });
    assert.match(r.stderr, /^impartial: ligne 1 : « action » doit être/);
  });

  it("without --lang, a French locale gives French error lines and an English one English", () => {
    assert.match(String(errorLine(run(["check", "--jsonl"], "{not json\n", "fr_CA.UTF-8").stdout).error), /^pas du JSON \(/);
    assert.match(String(errorLine(run(["check", "--jsonl"], "{not json\n", "en_CA.UTF-8").stdout).error), /^not JSON \(/);
  });

  it("a single text refused by the engine is explained in French under --lang fr", () => {
    const r = run(["check", "--lang", "fr"], "   ", "en_CA.UTF-8");
    assert.equal(r.code, 65);
    assert.equal(r.stderr, "impartial: le texte est vide : il n'y a rien à vérifier\n");
  });
});
