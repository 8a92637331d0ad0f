// `check --jsonl` judged on several threads prints exactly what one thread does, line for line, error lines included.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = join(root, "bin/impartial.js");
const noConfig = mkdtempSync(join(tmpdir(), "impartial-noconfig-"));

function run(args: string[], input: string, cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, XDG_CONFIG_HOME: noConfig, NO_COLOR: "1", LC_ALL: "", LC_MESSAGES: "", LANG: "en_CA.UTF-8" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TEXTS = [
  "Lovely walk by the canal this morning",
  "Vote NDP on Monday! #elxn45",
  "My manager is an idiot and everyone at @StatCan knows it",
  "Je vote pour le Bloc aux élections, allez voter!",
  "Great conference on open data today https://example.org/talk",
  "Ces gens-là sont de la vermine",
  "Call me at 613-555-0199, I live at 42 Elm Street",
  "The budget leaks tomorrow at 9, heard it from finance",
];

/** 1,300 lines (several chunks of 250), with every kind of line the batch contract refuses among them. */
function batch(): string {
  const lines: string[] = [];
  for (let n = 0; n < 1_300; n++) {
    if (n % 211 === 5) lines.push("{not json");
    else if (n % 307 === 7) lines.push(JSON.stringify({ id: n, text: "hello", action: "shout" }));
    else if (n % 401 === 9) lines.push(JSON.stringify({ id: `long-${n}`, text: "word ".repeat(21_000) }));
    else if (n % 97 === 3) lines.push("");
    else if (n % 89 === 1) lines.push("\u202e{\"id\": 1, \"text\": \"bidi\"}");
    else {
      const line: Record<string, unknown> = { id: `p${n}`, text: `${TEXTS[n % TEXTS.length]} (${n})`, action: ["post", "comment", "reply", "share", "like"][n % 5] };
      if (n % 3 === 0) line.context = { identifiable: true, role: "manager", followers: 5_000, electionPeriod: n % 2 === 0 };
      if (n % 4 === 0) line.inReplyTo = TEXTS[(n + 1) % TEXTS.length];
      lines.push(JSON.stringify(line));
    }
  }
  return `${lines.join("\n")}\n`;
}

describe("check --jsonl --jobs", () => {
  const input = batch();

  it("prints the same lines in the same order, the same errors and exit code on one thread and on three, in English and French", () => {
    for (const lang of ["en", "fr"]) {
      const one = run(["check", "--jsonl", "--jobs", "1", "--no-config", "--lang", lang], input);
      const three = run(["check", "--jsonl", "--jobs", "3", "--no-config", "--lang", lang], input);
      const lines = one.stdout.trim().split("\n");
      assert.equal(lines.length, input.trim().split("\n").filter((l) => l.trim() !== "").length, "one line out for every line in");
      assert.ok(lines.some((l) => /"level":"inappropriate"/.test(l)) && lines.some((l) => /"error"/.test(l)), "the batch holds findings and refused lines");
      assert.equal(three.stdout, one.stdout);
      assert.equal(three.stderr, one.stderr);
      assert.equal(three.code, one.code);
      assert.equal(one.code, 65, "a refused line makes the exit code a data error");
    }
  });

  it("applies the configuration and the department in every thread, and names the files on every line", () => {
    const dir = mkdtempSync(join(tmpdir(), "impartial-jobs-config-"));
    writeFileSync(join(dir, "impartial.config.json"), JSON.stringify({ lang: "fr", profile: { identifiable: true, department: "statcan", role: "manager" }, packs: ["statcan"] }));
    const one = run(["check", "--jsonl", "--jobs", "1", "--department", "esdc"], input, dir);
    const two = run(["check", "--jsonl", "--jobs", "2", "--department", "esdc"], input, dir);
    assert.equal(two.stdout, one.stdout);
    assert.match(one.stdout.split("\n")[0]!, /"config":\[/);
    assert.match(one.stdout, /"lang":"fr"/);
  });

  it("refuses --jobs without --jsonl, and a number of jobs that is not one, by name, in English and French", () => {
    const alone = run(["check", "Hello", "--jobs", "2"], "");
    assert.equal(alone.code, 64);
    assert.match(alone.stderr, /--jobs goes with --jsonl/);
    for (const bad of ["0", "two", "65"]) {
      const r = run(["check", "--jsonl", `--jobs=${bad}`], "");
      assert.equal(r.code, 64);
      assert.match(r.stderr, new RegExp(`--jobs must be a whole number from 1 to 64, not "${bad}"`));
    }
    const fr = run(["check", "--jsonl", "--jobs", "0", "--lang", "fr"], "");
    assert.match(fr.stderr, /--jobs doit être un nombre entier de 1 à 64/);
    const help = run(["check", "--help", "--lang", "fr"], "");
    assert.match(help.stdout, /--jobs N +avec --jsonl/);
  });
});
