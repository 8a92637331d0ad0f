import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = join(root, "bin/impartial.js");
const dir = mkdtempSync(join(tmpdir(), "impartial-hostile-json-"));
const ENGLISH_LOCALE = { LC_ALL: "", LC_MESSAGES: "", LANG: "en_CA.UTF-8" };
const DEEP = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", cwd: dir, env: { ...process.env, XDG_CONFIG_HOME: dir, NO_COLOR: "1", ...ENGLISH_LOCALE, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("deeply nested JSON on the command line", () => {
  it("check --jsonl: a deeply nested line is one error line, and the lines after it are judged", () => {
    const r = run(["check", "--jsonl"], `{"id": ${DEEP}, "text": "hello"}\n{"id": {"a": 1}, "text": "hello"}\n{"id": "next", "text": "Vote NDP!"}\n`);
    assert.equal(r.code, 65, r.stderr);
    const [deep, object, next] = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(deep, { id: null, error: "the JSON is nested more than 32 levels deep (at character 39); no input of Impartial nests more than a few", line: 1 });
    assert.deepEqual(object, { id: null, error: '"id" must be a string or a number, not an object', line: 2 });
    assert.equal(next?.id, "next");
    assert.equal(next?.level, "risky");
    assert.doesNotMatch(r.stderr, /internal error/);
  });

  it("assess --answers: a deeply nested file exits 65 with a message naming the file, in the user's language", () => {
    const file = join(dir, "answers.json");
    writeFileSync(file, `{"activity": "like-share", "action": ${DEEP}}`);
    const en = run(["assess", "--answers", file]);
    assert.equal(en.code, 65);
    assert.equal(en.stderr, `impartial: ${file}: the JSON is nested more than 32 levels deep (at character 69); no input of Impartial nests more than a few\n`);
    const fr = run(["assess", "--answers", file, "--lang", "fr"]);
    assert.equal(fr.code, 65);
    assert.match(fr.stderr, new RegExp(`^impartial: ${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} : le JSON est imbriqué sur plus de 32 niveaux`));
  });
});
