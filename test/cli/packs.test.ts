import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";
import { rulesForPack, runPacks } from "../../src/cli/packs-cmd.js";
import { UsageError } from "../../src/cli/errors.js";
import { BUILTIN_PACKS } from "../../src/core/packs/builtin.js";
import { validatePack } from "../../src/core/packs/pack.js";

function run(argv: string[], files: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), "impartial-packs-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => (out += c.toString()));
  stderr.on("data", (c: Buffer) => (err += c.toString()));
  const code = runPacks(argv.map((a) => a.replace("$DIR", root)), { stdout, stderr, env: { HOME: join(root, "home"), XDG_CONFIG_HOME: join(root, "xdg") }, cwd: root });
  return { code, out, err, root };
}

const PACK = {
  id: "acme",
  name: { en: "Acme", fr: "Acme" },
  description: { en: "Acme staff.", fr: "Personnel d'Acme." },
  extends: ["gc"],
  rules: { "profanity/profanity": "off" },
  termRules: [{ id: "acme.falcon", category: "confidential", level: "risky", terms: ["Project Falcon"], message: { en: "“{text}”", fr: "« {text} »" }, guidance: ["tbs.work.factual-public"] }],
};

describe("impartial packs", () => {
  it("lists the built-in packs and marks the ones the config chooses", () => {
    const { code, out } = run([], { "impartial.config.json": JSON.stringify({ packs: ["acme.json"] }), "acme.json": JSON.stringify(PACK) });
    assert.equal(code, 0);
    for (const id of ["gc", "psc", "statcan", "esdc", "acme"]) assert.match(out, new RegExp(`^${id} `, "m"));
    assert.match(out, /acme .*\n.*\n.*chosen by your configuration/);
    assert.match(out, /Configuration: .*impartial\.config\.json/);
  });

  it("lists them in French", () => {
    const { out } = run(["--lang", "fr"]);
    assert.match(out, /statcan +Statistique Canada/);
    assert.match(out, /Aucun fichier de configuration\./);
  });

  it("validate accepts a good pack file", () => {
    const { code, out } = run(["validate", "$DIR/acme.json"], { "acme.json": JSON.stringify(PACK) });
    assert.equal(code, 0);
    assert.match(out, /pack "acme" is valid \(1 rule settings, 1 term rules, 1 terms, 0 contacts\)/);
  });

  it("validate names the file and field of a broken pack, exit 65", () => {
    const broken = { ...PACK, termRules: [{ ...PACK.termRules[0], guidance: ["tbs.nothing"] }] };
    const { code, err } = run(["validate", "$DIR/acme.json"], { "acme.json": JSON.stringify(broken) });
    assert.equal(code, 65);
    assert.match(err, /acme\.json "acme": termRules\[0\]\.guidance\[0\]: "tbs\.nothing" is not a statement/);
    assert.doesNotMatch(err, /at .*\.js/);
  });

  it("validate reports unreadable JSON with its place", () => {
    const { code, err } = run(["validate", "$DIR/acme.json"], { "acme.json": "{ \"id\": " });
    assert.equal(code, 65);
    assert.match(err, /acme\.json: not valid JSON/);
  });

  it("an unknown subcommand is a usage error", () => {
    assert.throws(() => run(["install"]), UsageError);
  });
});

describe("impartial rules --pack", () => {
  it("shows the rules as StatCan sets them, with its term rule", () => {
    const out = rulesForPack("statcan", "en");
    assert.match(out, /^Pack gc → statcan/);
    assert.match(out, /official-capacity\/statcan-replies +inappropriate .*\(set by the pack\)/);
    assert.match(out, /statcan\.embargo +risky +statcan\.confidentiality\.oath.*\(pack rule\)/);
    assert.match(out, /partisan\/engaging +risky +[^\n(]*$/m);
  });

  it("shows a rule a pack turns off as off", () => {
    const rows = JSON.parse(rulesForPack("acme", "en", { json: true, available: [...BUILTIN_PACKS, validatePack(PACK)] })) as { id: string; setting: string }[];
    assert.equal(rows.find((r) => r.id === "profanity/profanity")!.setting, "off");
  });

  it("an unknown pack is a usage error pointing at impartial packs", () => {
    assert.throws(() => rulesForPack("nope", "fr"), /impartial packs/);
  });
});

describe("impartial packs validate and the limits", () => {
  /** "a", "a a", "a a a", … : the pack that exhausted the memory of a check before the limits. */
  const NESTED = {
    ...PACK,
    termRules: [{ ...PACK.termRules[0], terms: Array.from({ length: 2000 }, (_, i) => Array.from({ length: i + 1 }, () => "a").join(" ")) }],
  };

  it("refuses the 2,000 nested terms with exit 65, printing each limit broken, its first term and the file", () => {
    const { code, out, err } = run(["validate", "$DIR/nested.json"], { "nested.json": JSON.stringify(NESTED) });
    assert.equal(code, 65);
    assert.equal(out, "");
    assert.match(err, /^impartial: .*nested\.json "acme": over 2 limits \(see docs\/packs\.md, "Limits"\):\n/);
    assert.match(err, /\n {2}termRules\[0\]\.terms\[12\] "a a a a a a a a a a a a a": 13 words in a term; at most 12 \(limit termWords; 87 more places are over it\)\n/);
    assert.match(err, /\n {2}termRules\[0\]\.terms\[100\] "a a a[a ]*…": 201 characters in a term; at most 200 \(limit termLength; 1899 more places are over it\)\n$/);
  });

  it("says the same in French", () => {
    const { code, err } = run(["validate", "$DIR/nested.json", "--lang", "fr"], { "nested.json": JSON.stringify(NESTED) });
    assert.equal(code, 65);
    assert.match(err, /nested\.json « acme » : au-delà de 2 limites \(voir docs\/packs\.md, « Limits »\) :\n/);
    assert.match(err, /13 mots dans un terme; au plus 12 \(limite termWords; 87 autres endroits la dépassent\)/);
    assert.match(err, /201 caractères dans un terme; au plus 200 \(limite termLength; 1899 autres endroits la dépassent\)/);
  });

  it("accepts the same pack cut to twelve nested terms", () => {
    const twelve = { ...NESTED, termRules: [{ ...NESTED.termRules[0], terms: NESTED.termRules[0]!.terms.slice(0, 12) }] };
    const { code, out } = run(["validate", "$DIR/nested.json"], { "nested.json": JSON.stringify(twelve) });
    assert.equal(code, 0);
    assert.match(out, /pack "acme" is valid \(1 rule settings, 1 term rules, 12 terms, 0 contacts\)/);
  });
});
