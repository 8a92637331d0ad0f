import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = join(root, "bin/impartial.js");
// A developer's own configuration and locale must not change what these tests see.
const noConfig = mkdtempSync(join(tmpdir(), "impartial-noconfig-"));
const ENGLISH_LOCALE = { LC_ALL: "", LC_MESSAGES: "", LANG: "en_CA.UTF-8" };

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", env: { ...process.env, XDG_CONFIG_HOME: noConfig, NO_COLOR: "", FORCE_COLOR: "", ...ENGLISH_LOCALE, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("impartial check", () => {
  it("exits 0, 1 or 2 with the level, and prints it", () => {
    const ok = run(["check", "Beautiful sunset over the Ottawa River tonight."]);
    assert.equal(ok.code, 0);
    assert.match(ok.stdout, /Level: APPROPRIATE/);
    assert.equal(run(["check", "Vote Liberal!"]).code, 1);
    assert.equal(run(["check", "Vote Liberal!", "--work-hours"]).code, 2);
  });

  it("marks the passages in plain output when not a terminal, with no colour codes", () => {
    const r = run(["check", "Once again my organization made a terrible decision."]);
    assert.match(r.stdout, /\[\[my organization made a terrible\]\]/);
    assert.doesNotMatch(r.stdout, /\u001b\[/);
  });

  it("colours only when asked and not when NO_COLOR is set", () => {
    assert.match(run(["check", "Vote Liberal!"], undefined, { FORCE_COLOR: "1" }).stdout, /\u001b\[/);
    assert.doesNotMatch(run(["check", "Vote Liberal!"], undefined, { FORCE_COLOR: "1", NO_COLOR: "1" }).stdout, /\u001b\[/);
  });

  it("reads the text from standard input and answers in its language", () => {
    const r = run(["check"], "Votez NPD pour un vrai changement !");
    assert.equal(r.code, 1);
    assert.match(r.stdout, /Niveau\u00a0: RISQUÉ/, "French typography: a no-break space before the colon");
    assert.match(r.stdout, /«\u00a0/, "French quotation marks");
    assert.match(r.stdout, /Questions à vous poser/);
    assert.match(r.stdout, /traductions non officielles/);
  });

  it("takes the context from flags and from a file", () => {
    const dir = mkdtempSync(join(tmpdir(), "impartial-"));
    const file = join(dir, "ctx.json");
    writeFileSync(file, JSON.stringify({ role: "deputy-head" }));
    assert.equal(run(["check", "Donate to the NDP campaign today", "--context", file]).code, 2);
    assert.equal(run(["check", "Donate to the NDP campaign today"]).code, 1);
    const j = JSON.parse(run(["check", "The premier should resign.", "--identifiable", "--followers", "5000", "--role", "executive", "--json"]).stdout);
    assert.deepEqual(j.factors.map((f: { factor: string }) => f.factor).sort(), ["followers", "identifiable", "role"]);
  });

  it("prints one JSON result with --json", () => {
    const j = JSON.parse(run(["check", "Vote Liberal!", "--json", "--action", "share"]).stdout);
    assert.equal(j.level, "risky");
    assert.equal(j.findings[0].category, "partisan");
    // The contract's four fields, and the optional ones that say how to show the quotation and where it is published.
    assert.deepEqual(Object.keys(j.findings[0].guidance[0]).sort(), ["form", "id", "quote", "section", "shown", "source", "title", "url"]);
    assert.match(j.findings[0].guidance[0].url, /^https:\/\/www\.canada\.ca\/en\//);
  });

  it("is a usage error (64) to give an unknown action, role or flag", () => {
    for (const args of [["check", "hi", "--action", "retweet"], ["check", "hi", "--role", "boss"], ["check", "hi", "--frobnicate"], ["check", "hi", "--followers", "many"], ["nope"]]) {
      const r = run(args);
      assert.equal(r.code, 64, args.join(" "));
      assert.match(r.stderr, /^impartial: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
    }
  });

  it("names the flag, not the engine's field, when a role is unknown, and guesses the one meant", () => {
    const r = run(["check", "hi", "--role", "managr", "--lang", "en"]);
    assert.equal(r.code, 64);
    assert.match(r.stderr, /--role must be one of employee, manager, executive, deputy-head, not "managr"\. Did you mean "manager"\?/);
    assert.doesNotMatch(r.stderr, /context\.role/);
    assert.match(run(["check", "hi", "--role", "boss", "--lang", "fr"]).stderr, /--role doit être l'une des valeurs/);
  });

  it("refuses empty text with exit 65 and a clear message", () => {
    const r = run(["check"], "   ");
    assert.equal(r.code, 65);
    assert.match(r.stderr, /empty/);
  });
});

describe("impartial check --jsonl (DESIGN.md batch contract)", () => {
  it("answers each line in order, with the contract's fields", () => {
    const input = [
      { id: "c1", text: "Made maple taffy with the kids.", action: "post" },
      { id: "c2", text: "The Conservatives have the only credible plan.", action: "like", context: { electionPeriod: true } },
      { id: "c3", text: "You're a worthless moron", action: "reply", inReplyTo: "I disagree" },
    ].map((o) => JSON.stringify(o)).join("\n");
    const r = run(["check", "--jsonl"], `${input}\n`);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(out.map((o) => [o.id, o.level]), [["c1", "appropriate"], ["c2", "risky"], ["c3", "inappropriate"]]);
    assert.equal(r.code, 2);
    for (const key of ["id", "level", "findings", "questions", "contacts"]) assert.ok(key in out[1], key);
    const f = out[1].findings[0];
    for (const key of ["rule", "category", "level", "message", "span", "guidance"]) assert.ok(key in f, key);
  });

  it("gives a bad line an error naming the line, judges the others, and exits 65", () => {
    const input = ['{"id":"a","text":"Vote Liberal!"}', "not json at all", '{"id":"c","text":"hi","action":"retweet"}', '{"id":"d","text":""}', '{"id":"e","text":"Beautiful day"}'].join("\n");
    const r = run(["check", "--jsonl"], input);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(out.length, 5);
    assert.equal(out[0].level, "risky");
    assert.deepEqual([out[1].line, out[2].line, out[3].line], [2, 3, 4]);
    assert.match(out[1].error, /not JSON/);
    assert.match(out[2].error, /action/);
    assert.equal(out[2].id, "c");
    assert.match(out[3].error, /empty/);
    assert.equal(out[4].level, "appropriate");
    assert.equal(r.code, 65);
    assert.match(r.stderr, /line 2: not JSON/);
  });

  it("refuses a line too long to hold a text, without keeping it, and goes on with the next", () => {
    const huge = `{"id":"big","text":"${"a".repeat(1_000_000)}"}`;
    const r = run(["check", "--jsonl"], `${huge}\n{"id":"next","text":"Vote NDP"}\n`);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(out.length, 2);
    assert.match(out[0].error, /longer than/);
    assert.equal(out[0].line, 1);
    assert.equal(out[1].id, "next");
    assert.equal(r.code, 65);
  });

  it("refuses a text over 100,000 characters and a broken character, naming the line", () => {
    const r = run(["check", "--jsonl"], `${JSON.stringify({ id: "long", text: "b ".repeat(60_000) })}\n{"id":"bad","text":"x\\ud800y"}\n`);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.match(out[0].error, /120000 characters long; the most Impartial checks at once is 100000/);
    assert.match(out[1].error, /lone UTF-16 surrogate/);
    assert.deepEqual(out.map((o) => o.line), [1, 2]);
  });

  it("handles Windows line endings, blank lines and a last line without a newline", () => {
    const r = run(["check", "--jsonl"], '{"id":"a","text":"hello"}\r\n\r\n{"id":"b","text":"Vote NDP"}');
    assert.deepEqual(r.stdout.trim().split("\n").map((l) => JSON.parse(l).id), ["a", "b"]);
  });
});

describe("impartial rules, explain, --help, --version", () => {
  it("lists every rule with its category, level and citation, in English and French", () => {
    const en = run(["rules"]);
    assert.equal(en.code, 0);
    assert.match(en.stdout, /partisan\/campaign-call\s+risky\s+tbs\.risk\.risky\.partisan-content/);
    assert.match(run(["rules", "--lang", "fr"]).stdout, /inapproprié/);
    assert.ok(JSON.parse(run(["rules", "--json"]).stdout).length >= 30);
  });

  it("explains one rule with its guidance and its examples judged live", () => {
    const r = run(["explain", "partisan/campaign-call"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /engaging with partisan content/);
    assert.match(r.stdout, /Vote for Maria Lopez/);
    assert.equal(run(["explain", "no/such-rule"]).code, 64);
  });

  it("prints help and version", () => {
    assert.match(run(["--help"]).stdout, /impartial check/);
    assert.match(run(["--version"]).stdout, /^\d+\.\d+\.\d+/);
  });
});

describe("the command line's language: --lang, else the locale", () => {
  it("says a usage error in French under --lang fr, keeping the command and flag names", () => {
    const r = run(["explain", "no/such-rule", "--lang", "fr"]);
    assert.equal(r.code, 64);
    assert.match(r.stderr, /^impartial: aucune règle « no\/such-rule »\. Lancez « impartial rules »/);
  });

  it("says a usage error in French when the locale is French and no --lang is given", () => {
    const r = run(["check", "--action", "shout", "Bonjour"], undefined, { LANG: "fr_CA.UTF-8" });
    assert.equal(r.code, 64);
    assert.match(r.stderr, /^impartial: --action doit être l'une des valeurs post, .* et non « shout »/);
    assert.match(run(["frobnicate"], undefined, { LANG: "fr_CA.UTF-8" }).stderr, /commande inconnue « frobnicate »/);
  });

  it("--lang wins over a French locale, and a bad --lang is refused in the locale's language", () => {
    assert.match(run(["frobnicate", "--lang", "en"], undefined, { LANG: "fr_CA.UTF-8" }).stderr, /unknown command "frobnicate"/);
    const bad = run(["rules", "--lang", "de"], undefined, { LANG: "fr_CA.UTF-8" });
    assert.equal(bad.code, 64);
    assert.match(bad.stderr, /--lang doit valoir en ou fr, et non « de »/);
  });

  it("prints the help in French with --lang fr or a French locale, with the same commands and flags", () => {
    for (const r of [run(["help", "--lang", "fr"]), run(["--help"], undefined, { LANG: "fr_CA.UTF-8" })]) {
      assert.equal(r.code, 0);
      assert.match(r.stdout, /Des conseils, pas une décision/);
      assert.match(r.stdout, /impartial check \[TEXTE\] \[options\]/);
      assert.match(r.stdout, /impartial serve \[--port N\]/);
    }
    assert.match(run(["check", "--help"], undefined, { LC_ALL: "fr_CA.UTF-8" }).stdout, /^Utilisation : impartial check[\s\S]*--election-period\s+une période électorale est en cours/);
    assert.match(run(["review", "--help", "--lang", "fr"]).stdout, /impartial review mark PLATFORM:ID DECISION/);
  });

  it("answers a check in the text's language whatever the locale, unless --lang says otherwise", () => {
    assert.match(run(["check", "Vote Liberal!"], undefined, { LANG: "fr_CA.UTF-8" }).stdout, /Level: RISKY/);
    assert.match(run(["check", "Vote Liberal!", "--lang", "fr"]).stdout, /Niveau\u00a0: RISQUÉ/);
  });
});
