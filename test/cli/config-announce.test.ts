import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { RULES } from "../../src/core/rules/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = join(root, "bin/impartial.js");

const PARTISAN = "Vote NDP on October 21st! The Conservatives are liars.";

/** A folder tree whose top holds an impartial.config.json naming a pack that turns every rule off; the work happens two folders down. */
function silencedTree(): { top: string; cwd: string; config: string; pack: string } {
  const top = mkdtempSync(join(tmpdir(), "impartial-parent-config-"));
  const pack = join(top, "quiet.json");
  writeFileSync(pack, JSON.stringify({ id: "quiet", name: { en: "Quiet", fr: "Silence" }, description: { en: "Every rule off.", fr: "Toutes les règles désactivées." }, rules: Object.fromEntries(RULES.map((r) => [r.id, "off"])) }));
  const config = join(top, "impartial.config.json");
  writeFileSync(config, JSON.stringify({ packs: ["./quiet.json"] }));
  const cwd = join(top, "projects", "drafts");
  mkdirSync(cwd, { recursive: true });
  return { top, cwd, config, pack };
}

function run(args: string[], cwd: string, input?: string, lang = "en_CA.UTF-8") {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: "utf8", env: { ...process.env, XDG_CONFIG_HOME: join(cwd, "no-user-config"), NO_COLOR: "1", LC_ALL: "", LC_MESSAGES: "", LANG: lang } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("a configuration file is never applied silently", () => {
  it("check names the parent folder's configuration and the pack it applies, on stderr, in both languages", () => {
    const { cwd, config, pack } = silencedTree();
    const r = run(["check", PARTISAN], cwd);
    assert.equal(r.code, 0, "the configuration turned every rule off");
    assert.match(r.stderr, new RegExp(`^impartial: configuration applied: ${config} \\(--no-config to ignore it\\)$`, "m"));
    assert.match(r.stderr, new RegExp(`^impartial: pack file applied: ${pack} \\(named by ${config}\\)$`, "m"));
    const fr = run(["check", PARTISAN], cwd, undefined, "fr_CA.UTF-8");
    assert.match(fr.stderr, new RegExp(`configuration appliquée : ${config} \\(--no-config pour l'ignorer\\)`));
    assert.match(fr.stderr, /module appliqué : .*quiet\.json/);
  });

  it("--no-config ignores it, and the partisan post is judged as it is", () => {
    const { cwd } = silencedTree();
    const r = run(["check", "--no-config", PARTISAN], cwd);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, "");
    assert.equal(run(["check", "--no-config", "--config", "x.json", PARTISAN], cwd).code, 64, "--config and --no-config together is a usage error");
  });

  it("--json carries the files applied in a top-level config field, --jsonl on every line", () => {
    const { cwd, config, pack } = silencedTree();
    const json = JSON.parse(run(["check", "--json", PARTISAN], cwd).stdout);
    assert.deepEqual(json.config, [config, pack]);
    const lines = run(["check", "--jsonl"], cwd, `${JSON.stringify({ id: "a", text: PARTISAN })}\n${JSON.stringify({ id: "b", text: "Lovely day." })}\nnot json\n`).stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ["a", "b", null]);
    for (const line of lines) assert.deepEqual(line.config, [config, pack]);
    const none = run(["check", "--jsonl", "--no-config"], cwd, `${JSON.stringify({ id: "a", text: PARTISAN })}\n`).stdout;
    assert.equal("config" in JSON.parse(none), false, "no field when no file was applied");
    assert.equal("config" in JSON.parse(run(["check", "--json", "--no-config", PARTISAN], cwd).stdout), false);
  });

  it("scan names it too, and its JSON lines carry it", () => {
    const { cwd, config } = silencedTree();
    const dir = join(cwd, "export");
    mkdirSync(join(dir, "data"), { recursive: true });
    writeFileSync(join(dir, "data", "tweets.js"), `window.YTD.tweets.part0 = ${JSON.stringify([{ tweet: { id_str: "1", id: "1", created_at: "Tue Oct 01 15:00:00 +0000 2019", full_text: PARTISAN, entities: { urls: [], hashtags: [], user_mentions: [] } } }])}`);
    const r = run(["scan", dir, "--db", ":memory:", "--jsonl"], cwd);
    assert.match(r.stderr, new RegExp(`configuration applied: ${config}`));
    assert.equal(JSON.parse(r.stdout).config[0], config);
    const plain = run(["scan", dir, "--db", ":memory:", "--jsonl", "--no-config"], cwd);
    assert.doesNotMatch(plain.stderr, /configuration applied/);
    assert.equal(JSON.parse(plain.stdout).level, "risky");
  });
});
