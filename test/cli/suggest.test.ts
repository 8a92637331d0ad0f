import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { closest } from "../../src/cli/suggest.js";
import { platformName } from "../../src/cli/scan.js";

const bin = join(dirname(fileURLToPath(import.meta.url)), "../../..", "bin", "impartial.js");
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, LANG: "en_CA.UTF-8" } });

describe("mistakes on the command line are answered in the person's words", () => {
  it("a mistyped word finds its closest known one, within a few edits, and nothing far off", () => {
    assert.equal(closest("chek", ["check", "scan", "review"]), "check");
    assert.equal(closest("reveiw", ["check", "scan", "review"]), "review", "two letters swapped is one edit");
    assert.equal(closest("--autor", ["--author", "--action"]), "--author");
    assert.equal(closest("x", ["check", "scan"]), undefined);
    assert.equal(closest("completely-different", ["check", "scan"]), undefined);
  });

  it("people's names for a platform are understood: Twitter is X", () => {
    assert.equal(platformName("Twitter"), "x");
    assert.equal(platformName(" Bluesky "), "bluesky");
    assert.equal(platformName("insta"), "instagram");
  });

  it("an unknown command, an unknown option, a missing value and a value given to a switch each say what to type, in both languages", () => {
    const command = run("chek", "hello");
    assert.equal(command.status, 64);
    assert.match(command.stderr, /unknown command "chek"\. Did you mean "check"\?/);
    const option = run("check", "--autor", "@x", "hello");
    assert.equal(option.status, 64);
    assert.match(option.stderr, /impartial check has no option --autor\. Did you mean "--author"\?\nRun "impartial check --help"/);
    assert.doesNotMatch(option.stderr, /positional argument/, "node's own wording is not shown");
    assert.match(run("check", "--author").stderr, /--author needs a value after it/);
    assert.match(run("check", "--jsonl=yes").stderr, /--jsonl is a switch and takes no value/);
    const fr = run("check", "--lang", "fr", "--autor", "x", "bonjour");
    assert.match(fr.stderr, /impartial check n'a pas d'option --autor\. Vouliez-vous dire « --author »\?/);
  });

  it("a mistyped platform is answered with the platform meant", () => {
    const r = run("scan", "--platform", "mastadon", "export.zip");
    assert.equal(r.status, 64);
    assert.match(r.stderr, /not "mastadon"\. Did you mean "mastodon"\?/);
  });

  it("the help speaks of the README, not of the design document people do not have", () => {
    assert.doesNotMatch(run("--help").stdout, /DESIGN\.md/);
    assert.doesNotMatch(run("check", "--help").stdout, /DESIGN\.md/);
  });
});
