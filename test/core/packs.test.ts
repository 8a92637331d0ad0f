import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { createEngine } from "../../src/core/engine.js";
import { BUILTIN_PACKS } from "../../src/core/packs/builtin.js";
import { engineOptionsFor, PackError, packsVersion, resolvePacks, selectPacks, validatePack } from "../../src/core/packs/pack.js";
import type { Pack } from "../../src/core/packs/types.js";
import { messageIn } from "../../src/core/message.js";
import { CATEGORIES, LEVELS } from "../../src/core/model.js";

const engineFor = (packs: readonly Pack[]) => createEngine(engineOptionsFor(packs));

/** A small valid pack to break one field at a time. */
function samplePack(): Record<string, unknown> {
  return {
    id: "acme",
    name: { en: "Acme Agency", fr: "Agence Acme" },
    description: { en: "Acme staff.", fr: "Personnel d'Acme." },
    extends: ["gc"],
    termRules: [
      {
        id: "acme.project-falcon",
        category: "confidential",
        level: "inappropriate",
        terms: ["Project Falcon", "projet Faucon"],
        message: { en: "“{text}” names an internal project.", fr: "« {text} » nomme un projet interne." },
        guidance: ["tbs.work.factual-public"],
        suggestion: { en: "Leave the project out.", fr: "Ne nommez pas le projet." },
      },
    ],
    contacts: [{ id: "acme-ethics", en: "Acme's ethics desk", fr: "Le bureau d'éthique d'Acme" }],
  };
}

function withField(path: (p: Record<string, unknown>) => void): Record<string, unknown> {
  const p = samplePack();
  path(p);
  return p;
}

const firstTermRule = (p: Record<string, unknown>) => (p.termRules as Record<string, unknown>[])[0]!;

describe("a pack file is checked field by field", () => {
  it("every built-in pack is a valid pack", () => {
    for (const pack of BUILTIN_PACKS) assert.deepEqual(validatePack(JSON.parse(JSON.stringify(pack))), pack);
  });

  it("an unknown rule id is named", () => {
    assert.throws(() => validatePack(withField((p) => (p.rules = { "partisan/no-such-rule": "off" }))), (e: Error) => e instanceof PackError && /rules\.partisan\/no-such-rule: there is no rule/.test(e.message));
  });

  it("an unknown category is named with the list of categories", () => {
    assert.throws(() => validatePack(withField((p) => (firstTermRule(p).category = "gossip"))), /termRules\[0\]\.category: "gossip" is not a category; the categories are harassment/);
  });

  it("a citation that is not in the guidance corpus is refused", () => {
    assert.throws(() => validatePack(withField((p) => (firstTermRule(p).guidance = ["tbs.work.factual-public", "made.up"]))), /termRules\[0\]\.guidance\[1\]: "made.up" is not a statement of the guidance corpus/);
  });

  it("an empty term is refused, naming its place", () => {
    assert.throws(() => validatePack(withField((p) => (firstTermRule(p).terms = ["Project Falcon", "  "]))), /pack "acme": termRules\[0\]\.terms\[1\]: must be a non-empty string/);
  });

  it("a term of punctuation alone has nothing to match and is refused", () => {
    assert.throws(() => validatePack(withField((p) => (firstTermRule(p).terms = ["(((((((((("]))), /terms\[0\]: "\(\(\(\(\(\(\(\(\(\(" has no letters or digits to match/);
  });

  it("a level that is not one of the three, or a misspelt field, is named", () => {
    assert.throws(() => validatePack(withField((p) => (p.rules = { "profanity/profanity": "severe" }))), /rules\.profanity\/profanity: "severe" is not a level; use "off", "appropriate"/);
    assert.throws(() => validatePack(withField((p) => (p.contact = []))), /contact: is not a field here/);
  });

  it("a term rule's id must carry the pack's id, and its message only {text}", () => {
    assert.throws(() => validatePack(withField((p) => (firstTermRule(p).id = "falcon"))), /termRules\[0\]\.id: "falcon" must be "acme.<name>"/);
    assert.throws(() => validatePack(withField((p) => (firstTermRule(p).message = { en: "{who} said it", fr: "{who} l'a dit" }))), /termRules\[0\]\.message\.en: \{who\} is not a placeholder/);
  });

  it("a pack author reading French gets the field and the problem in French", () => {
    const inFrench = (pack: Record<string, unknown>) => {
      try {
        validatePack(pack);
      } catch (e) {
        assert.ok(e instanceof PackError);
        return messageIn(e, "fr");
      }
      return assert.fail("expected a PackError");
    };
    assert.equal(inFrench(withField((p) => (p.rules = { "profanity/profanity": "severe" }))), 'module « acme » : rules.profanity/profanity : « severe » n\'est pas un niveau; utilisez « off », « appropriate », « risky », « inappropriate »');
    assert.match(inFrench(withField((p) => (firstTermRule(p).category = "gossip"))), /^module « acme » : termRules\[0\]\.category : « gossip » n'est pas une catégorie; les catégories sont harassment/);
  });
});

describe("packs extend each other", () => {
  it("a pack comes after the packs it extends, each once", () => {
    assert.deepEqual(resolvePacks(["statcan", "esdc"]).map((p) => p.id), ["gc", "statcan", "esdc"]);
  });

  it("a pack is found by its name in either language", () => {
    assert.deepEqual(resolvePacks(["Statistique Canada"]).map((p) => p.id), ["gc", "statcan"]);
  });

  it("the department selects its pack", () => {
    assert.deepEqual(selectPacks({ department: "esdc" }).map((p) => p.id), ["gc", "esdc"]);
    assert.deepEqual(selectPacks({}).map((p) => p.id), ["gc"]);
  });

  it("a circle of extends and an unknown pack are errors, not loops", () => {
    const a = validatePack({ ...samplePack(), id: "a", extends: ["b"], termRules: [] });
    const b = validatePack({ ...samplePack(), id: "b", extends: ["a"], termRules: [] });
    assert.throws(() => resolvePacks(["a"], [a, b]), /circle: a → b → a/);
    assert.throws(() => resolvePacks(["nope"]), /"nope" is not a known pack; the packs are gc, psc, statcan, esdc/);
  });

  it("changing a pack changes its version, so stored assessments are re-assessed", () => {
    const before = packsVersion(resolvePacks(["acme"], [...BUILTIN_PACKS, validatePack(samplePack())]));
    const edited = validatePack(withField((p) => (firstTermRule(p).level = "risky")));
    assert.notEqual(packsVersion(resolvePacks(["acme"], [...BUILTIN_PACKS, edited])), before);
    assert.equal(packsVersion(resolvePacks(["acme"], [...BUILTIN_PACKS, validatePack(samplePack())])), before);
  });

  it("a child pack can set the level of its parent's term rule, and its setting wins", () => {
    const parent = validatePack(samplePack());
    const child = validatePack({ id: "acme-lab", name: { en: "Acme Lab", fr: "Labo Acme" }, description: { en: "x", fr: "x" }, extends: ["acme"], rules: { "acme.project-falcon": "risky" } });
    const engine = engineFor(resolvePacks(["acme-lab"], [...BUILTIN_PACKS, parent, child]));
    assert.equal(engine.assess({ text: "Long day on Project Falcon." }).level, "risky");
  });
});

describe("what a pack changes in an assessment", () => {
  it("a PSC employee liking a candidate's post is inappropriate, not just risky", () => {
    const like = { text: "Proud to stand with Jagmeet Singh tonight in Burnaby.", action: "like" as const };
    assert.equal(engineFor(selectPacks({})).assess(like).level, "risky");
    assert.equal(engineFor(selectPacks({ department: "psc" })).assess(like).level, "inappropriate");
  });

  it("a StatCan employee using the agency's logo is inappropriate: symbols are for official use only", () => {
    const a = engineFor(selectPacks({ department: "statcan" })).assess({ text: "New banner with the Statistics Canada logo!" });
    assert.equal(a.level, "inappropriate");
    assert.ok(a.findings[0]!.guidance.some((g) => g.id === "statcan.ownership.symbols"));
  });

  it("a rule turned off stays silent", () => {
    const pack = validatePack({ ...samplePack(), rules: { "profanity/profanity": "off" } });
    const text = "This shit again.";
    assert.ok(engineFor(resolvePacks(["gc"])).assess({ text }).findings.some((f) => f.rule === "profanity/profanity"));
    assert.ok(!engineFor(resolvePacks(["acme"], [...BUILTIN_PACKS, pack])).assess({ text }).findings.some((f) => f.rule === "profanity/profanity"));
  });

  it("a term rule finds its terms in English and French, with its message and citation", () => {
    const engine = engineFor(resolvePacks(["acme"], [...BUILTIN_PACKS, validatePack(samplePack())]));
    const en = engine.assess({ text: "Big news on project falcon next week!" });
    const enFinding = en.findings.find((f) => f.rule === "acme.project-falcon")!;
    assert.equal(enFinding.level, "inappropriate");
    assert.equal(enFinding.message, "“project falcon” names an internal project.");
    assert.deepEqual(enFinding.span, [12, 26]);
    assert.equal(enFinding.guidance[0]!.id, "tbs.work.factual-public");
    assert.equal(enFinding.suggestion, "Leave the project out.");
    const fr = engine.assess({ text: "Le Projet Faucon avance bien." });
    const frFinding = fr.findings.find((f) => f.rule === "acme.project-falcon")!;
    assert.equal(frFinding.message, "« Projet Faucon » nomme un projet interne.");
    assert.equal(frFinding.guidance[0]!.source, "tbs-personal-use-best-practices");
  });

  it("StatCan's embargo rule reads the lock-up before The Daily", () => {
    const a = engineFor(selectPacks({ packs: ["statcan"] })).assess({ text: "Off to the media lock-up, more after The Daily." });
    const f = a.findings.find((x) => x.rule === "statcan.embargo")!;
    assert.equal(f.message.startsWith("“media lock-up”"), true);
    assert.ok(f.guidance.some((g) => g.id === "statcan.confidentiality.oath"));
    assert.equal(engineFor(selectPacks({ packs: ["statcan"] })).assess({ text: "The trade embargo on that country is old news." }).level, "appropriate");
  });

  it("ESDC's rule reads a client's file in French", () => {
    const a = engineFor(selectPacks({ department: "esdc" })).assess({ text: "Encore un dossier du client perdu aujourd'hui." });
    assert.ok(a.findings.some((f) => f.rule === "esdc.client-information" && f.category === "privacy" && f.level === "risky"));
  });

  it("a pack's contacts follow the built-in ones, without repeats", () => {
    const engine = engineFor(resolvePacks(["acme"], [...BUILTIN_PACKS, validatePack(samplePack())]));
    const a = engine.assess({ text: "Project Falcon ships soon." });
    assert.equal(a.contacts[0], "Your manager");
    assert.equal(a.contacts.at(-1), "Acme's ethics desk");
    const statcan = engineFor(selectPacks({ department: "statcan" })).assess({ text: "Off to the lock-up.", context: { department: "statcan" } });
    const web2social = statcan.contacts.filter((c) => c.includes("Web2Social"));
    assert.equal(web2social.length, 1);
    assert.deepEqual(engine.assess({ text: "Lovely hike this weekend." }).contacts, []);
  });

  it("a StatCan pack chosen by name reaches Web2Social even without a department", () => {
    const a = engineFor(selectPacks({ packs: ["statcan"] })).assess({ text: "Off to the lock-up." }, { lang: "fr" });
    assert.ok(a.contacts.some((c) => c.includes("Web2Social")));
  });
});

describe("nothing a pack author writes can hang the engine", () => {
  const hostileTerms = [
    "(a+)+$",
    "(.*a){20}",
    "x".repeat(5000),
    "🎉 party time",
    "انتخابات حزب",
    "בחירות",
    "[^\\]]*?x{1,99999}",
    ...Array.from({ length: 10_000 }, (_, i) => `term${i} word${i % 97}`),
  ];
  const hostile = validatePack({ ...samplePack(), termRules: [{ ...firstTermRule(samplePack()), terms: hostileTerms }] });

  it("regex-like, huge, emoji and right-to-left terms compile and check 100,000 characters quickly", () => {
    const started = performance.now();
    const engine = engineFor(resolvePacks(["acme"], [...BUILTIN_PACKS, hostile]));
    const chunk = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! (a+)+$ 🎉 party time انتخابات حزب term42 word42 ((((((( ";
    const text = chunk.repeat(Math.floor(100_000 / chunk.length));
    const a = engine.assess({ text });
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 2000, `took ${Math.round(elapsed)} ms`);
    const hits = a.findings.filter((f) => f.rule === "acme.project-falcon");
    assert.ok(hits.length > 0 && hits.length <= 50, `${hits.length} passages`);
    assert.ok(hits.some((f) => f.message.includes("انتخابات")));
  });

  it("a pattern written as a regex is read as the words it contains, never as a pattern", () => {
    const engine = engineFor(resolvePacks(["acme"], [...BUILTIN_PACKS, hostile]));
    assert.ok(!engine.assess({ text: "aaaa aaaa" }).findings.some((f) => f.rule === "acme.project-falcon"));
    assert.ok(engine.assess({ text: "the letter a" }).findings.some((f) => f.rule === "acme.project-falcon"));
  });

  it("odd texts never make a pack rule throw", () => {
    const engine = engineFor(resolvePacks(["acme"], [...BUILTIN_PACKS, hostile]));
    for (const text of ["\u202Eטקסט\u202C (a+)+$", "🎉".repeat(20_000), "a".repeat(99_999), "x".repeat(5000), "‏‎".repeat(100) + "word1"]) {
      assert.doesNotThrow(() => engine.assess({ text }));
    }
  });
});

describe("the published pack format", () => {
  const docs = (name: string) => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), "utf8");

  it("the schema offers exactly the engine's categories and levels", () => {
    const schema = JSON.parse(docs("pack.schema.json")) as { properties: { termRules: { items: { properties: { category: { enum: string[] } } } } }; $defs: { level: { enum: string[] } } };
    assert.deepEqual(schema.properties.termRules.items.properties.category.enum, [...CATEGORIES]);
    assert.deepEqual(schema.$defs.level.enum, [...LEVELS]);
  });

  it("the example pack in docs/packs.md is a valid pack that works", () => {
    const example = /```json\n(\{\n {2}"id"[\s\S]*?)```/.exec(docs("packs.md"))![1]!;
    const pack = validatePack(JSON.parse(example));
    const a = engineFor(resolvePacks([pack.id], [...BUILTIN_PACKS, pack])).assess({ text: "Projet Faucon : lancement lundi." });
    assert.equal(a.level, "inappropriate");
  });
});
