import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { createEngine } from "../../src/core/engine.js";
import { BUILTIN_PACKS } from "../../src/core/packs/builtin.js";
import { GUIDANCE } from "../../src/core/guidance/corpus.js";
import { LEXICONS } from "../../src/core/lexicons/index.js";
import { compileLexicons, matchLexicons, MAX_HITS_AT_TOKEN, MAX_HITS_PER_TEXT, MAX_TERM_WORDS, type Hit, type MatchWork } from "../../src/core/matcher.js";
import { normalize } from "../../src/core/normalize.js";
import { departmentEngines } from "../../src/core/packs/department-engine.js";
import { engineOptionsFor, PACK_LIMITS, PackError, packsVersion, resolvePacks, selectPacks, validatePack, type PackLimit } from "../../src/core/packs/pack.js";
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

  it("a pack may turn the second opinion off, whole or one category of it", () => {
    const off = validatePack(withField((p) => (p.rules = { model: "off", "model/privacy": "off" })));
    assert.deepEqual(off.rules, { model: "off", "model/privacy": "off" });
    const options = engineOptionsFor([off]);
    assert.ok(options.disabled.includes("model"));
    assert.throws(() => validatePack(withField((p) => (p.rules = { "model/no-such-category": "off" }))), PackError);
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
    "x".repeat(PACK_LIMITS.termLength),
    "🎉 party time",
    "انتخابات حزب",
    "בחירות",
    "[^\\]]*?x{1,99999}",
    ...Array.from({ length: PACK_LIMITS.terms - 10 }, (_, i) => `term${i} word${i % 97}`),
  ];
  const hostile = validatePack({ ...samplePack(), termRules: [{ ...firstTermRule(samplePack()), terms: hostileTerms }] });

  it("regex-like, long, emoji and right-to-left terms compile and check 100,000 characters with bounded work", () => {
    const packs = resolvePacks(["acme"], [...BUILTIN_PACKS, hostile]);
    const engine = engineFor(packs);
    const chunk = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! (a+)+$ 🎉 party time انتخابات حزب term42 word42 ((((((( ";
    const text = chunk.repeat(Math.floor(100_000 / chunk.length));
    const work = matchWork(packs, text);
    assert.ok(work.steps <= work.words * MAX_TERM_WORDS, `${work.steps} trie steps for ${work.words} words`);
    const a = engine.assess({ text });
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

/** What matching a text costs with these packs: the engine's own lexicons and the packs', compiled as the engine does. */
function matchWork(packs: readonly Pack[], text: string): MatchWork & { words: number; hits: Hit[] } {
  const view = normalize(text);
  const work: MatchWork = { steps: 0, prefixLetters: 0, maskComparisons: 0, cappedTokens: 0 };
  const hits = matchLexicons(view, compileLexicons([...LEXICONS, ...engineOptionsFor(packs).lexicons]), work);
  return { ...work, words: view.tokens.length, hits };
}

/** The message a pack is refused with, in one language. */
function refusal(pack: unknown, lang: "en" | "fr" = "en", where?: string): string {
  try {
    validatePack(pack, where);
  } catch (e) {
    assert.ok(e instanceof PackError, String(e));
    return messageIn(e, lang);
  }
  return assert.fail("the pack was accepted");
}

const words = (word: string, n: number) => Array.from({ length: n }, () => word).join(" ");

describe("a pack cannot ask for more than its limits", () => {
  /** "a", "a a", "a a a", … : the pack that exhausted the memory before the limits. */
  const nestedPack = (n: number) => ({
    ...samplePack(),
    termRules: [{ ...firstTermRule(samplePack()), terms: Array.from({ length: n }, (_, i) => words("a", i + 1)) }],
  });

  it('the 2,000 terms "a", "a a", "a a a", … are refused, naming each limit, its first term and how many more break it', () => {
    assert.equal(
      refusal(nestedPack(2000), "en", "nested.json"),
      [
        'nested.json "acme": over 2 limits (see docs/packs.md, "Limits"):',
        '  termRules[0].terms[12] "a a a a a a a a a a a a a": 13 words in a term; at most 12 (limit termWords; 87 more places are over it)',
        '  termRules[0].terms[100] "a a a a a a a a a a a a a a a a a a a a …": 201 characters in a term; at most 200 (limit termLength; 1899 more places are over it)',
      ].join("\n"),
    );
  });

  it("a pack author reading French gets the same limits in French", () => {
    assert.equal(
      refusal(nestedPack(2000), "fr", "nested.json"),
      [
        'nested.json « acme » : au-delà de 2 limites (voir docs/packs.md, « Limits ») :',
        '  termRules[0].terms[12] "a a a a a a a a a a a a a" : 13 mots dans un terme; au plus 12 (limite termWords; 87 autres endroits la dépassent)',
        '  termRules[0].terms[100] "a a a a a a a a a a a a a a a a a a a a …" : 201 caractères dans un terme; au plus 200 (limite termLength; 1899 autres endroits la dépassent)',
      ].join("\n"),
    );
  });

  it("twelve nested terms are within the limits", () => {
    assert.doesNotThrow(() => validatePack(nestedPack(MAX_TERM_WORDS)));
  });

  /** One pack per limit, one over it, and where the message must say it is broken. */
  const overOne: [PackLimit, (p: Record<string, unknown>) => void, string][] = [
    ["terms", (p) => (firstTermRule(p).terms = Array.from({ length: PACK_LIMITS.terms + 1 }, (_, i) => `term${i}`)), `termRules[0].terms: ${PACK_LIMITS.terms + 1} terms in the pack`],
    ["termLength", (p) => (firstTermRule(p).terms = ["ok", "x".repeat(PACK_LIMITS.termLength + 1)]), `termRules[0].terms[1] "${"x".repeat(40)}…": ${PACK_LIMITS.termLength + 1} characters in a term`],
    ["termWords", (p) => (p.lexicons = [{ id: "gc-org", source: "s", terms: ["fine", words("w", PACK_LIMITS.termWords + 1)] }]), `lexicons[0].terms[1] "${words("w", 13)}": 13 words in a term`],
    [
      "trieNodes",
      (p) => (firstTermRule(p).terms = Array.from({ length: PACK_LIMITS.terms }, (_, i) => `t${i} u${i} v${i} w${i} x${i} y${i}`)),
      `lexicons, termRules: ${PACK_LIMITS.terms * 6} trie nodes made by the pack's terms`,
    ],
    ["termRules", (p) => (p.termRules = Array.from({ length: PACK_LIMITS.termRules + 1 }, (_, i) => ({ ...firstTermRule(samplePack()), id: `acme.rule${i}` }))), `termRules: ${PACK_LIMITS.termRules + 1} term rules`],
    ["lexicons", (p) => (p.lexicons = Array.from({ length: PACK_LIMITS.lexicons + 1 }, (_, i) => ({ id: `list${i}`, source: "s", terms: ["t"] }))), `lexicons: ${PACK_LIMITS.lexicons + 1} lexicons`],
    ["citations", (p) => (firstTermRule(p).guidance = GUIDANCE.slice(0, PACK_LIMITS.citations + 1).map((g) => g.id)), `termRules[0].guidance: ${PACK_LIMITS.citations + 1} guidance statements cited by one rule`],
    ["contacts", (p) => (p.contacts = Array.from({ length: PACK_LIMITS.contacts + 1 }, (_, i) => ({ id: `c${i}`, en: "x", fr: "x" }))), `contacts: ${PACK_LIMITS.contacts + 1} contacts`],
    ["extends", (p) => (p.extends = Array.from({ length: PACK_LIMITS.extends + 1 }, () => "gc")), `extends: ${PACK_LIMITS.extends + 1} packs extended`],
    ["departments", (p) => (p.departments = Array.from({ length: PACK_LIMITS.departments + 1 }, (_, i) => `d${i}`)), `departments: ${PACK_LIMITS.departments + 1} departments`],
    ["textLength", (p) => (firstTermRule(p).message = { en: `{text}${"!".repeat(PACK_LIMITS.textLength)}`, fr: "« {text} »" }), `termRules[0].message.en: ${PACK_LIMITS.textLength + 6} characters in a text`],
    ["idLength", (p) => (p.contacts = [{ id: "c".repeat(PACK_LIMITS.idLength + 1), en: "x", fr: "x" }]), `contacts[0].id: ${PACK_LIMITS.idLength + 1} characters in an id`],
  ];

  it("every limit has a case below", () => {
    assert.deepEqual(overOne.map(([limit]) => limit).sort(), Object.keys(PACK_LIMITS).sort());
  });

  for (const [limit, breakIt, where] of overOne) {
    it(`one over the ${limit} limit is refused, naming the place, the value and the limit`, () => {
      const message = refusal(withField(breakIt));
      assert.ok(message.startsWith(`pack "acme": ${where}; at most ${PACK_LIMITS[limit]} (limit ${limit}`), message);
    });
  }

  /** A pack at every limit at once, made to hit as often as it can: every term rule nests "a" twelve deep. */
  function packAtTheLimits(): Record<string, unknown> {
    const long = `${words("a", 7)} ${"q".repeat(PACK_LIMITS.termLength - 14 - " x y z v".length)} x y z v`;
    assert.equal(long.length, PACK_LIMITS.termLength);
    const nested = Array.from({ length: PACK_LIMITS.termWords }, (_, i) => words("a", i + 1));
    const perRule = (PACK_LIMITS.terms - 20 * PACK_LIMITS.lexicons) / PACK_LIMITS.termRules;
    let n = 0;
    // Seven shared words and five of its own: each of these terms adds five trie nodes.
    const filler = () => `${words("a", 7)} w${n++} x y z v`;
    const text = (c: string) => c.repeat(PACK_LIMITS.textLength);
    return {
      id: "edge",
      name: { en: text("N"), fr: text("N") },
      description: { en: text("D"), fr: text("D") },
      extends: Array.from({ length: PACK_LIMITS.extends }, () => "gc"),
      departments: Array.from({ length: PACK_LIMITS.departments }, (_, i) => `dept${i}`),
      rules: { "profanity/profanity": "off" },
      lexicons: Array.from({ length: PACK_LIMITS.lexicons }, (_, k) => ({
        id: `edge-list${k}`,
        source: text("s"),
        terms: [`${words("a", 11)} b*`.replace(" b*", " bbb*"), ...Array.from({ length: 19 }, filler)],
      })),
      termRules: Array.from({ length: PACK_LIMITS.termRules }, (_, k) => ({
        id: `edge.rule${k}`,
        category: "confidential",
        level: "risky",
        terms: [...nested, ...(k === 0 ? [long] : []), ...Array.from({ length: perRule - nested.length - (k === 0 ? 1 : 0) }, filler)],
        message: { en: `{text}${"!".repeat(PACK_LIMITS.textLength - 6)}`, fr: `{text}${"!".repeat(PACK_LIMITS.textLength - 6)}` },
        guidance: GUIDANCE.slice(0, PACK_LIMITS.citations).map((g) => g.id),
      })),
      contacts: Array.from({ length: PACK_LIMITS.contacts }, (_, i) => ({ id: "c".repeat(PACK_LIMITS.idLength - 3) + String(i).padStart(3, "0"), en: text("e"), fr: text("f") })),
    };
  }

  it('a pack at every limit is valid, and checking 100,000 characters of "a " with it does bounded work', () => {
    const pack = validatePack(packAtTheLimits());
    assert.equal([...(pack.lexicons ?? []), ...(pack.termRules ?? [])].reduce((sum, l) => sum + l.terms.length, 0), PACK_LIMITS.terms);
    const packs = resolvePacks(["edge"], [...BUILTIN_PACKS, pack]);
    const text = "a ".repeat(50_000);
    const work = matchWork(packs, text);
    assert.equal(work.words, 50_000);
    // Every word reads at most 12 words ahead along its one reading, and starts at most 8 passages.
    assert.ok(work.steps <= work.words * MAX_TERM_WORDS, `${work.steps} trie steps`);
    assert.ok(work.hits.length <= Math.min(work.words * MAX_HITS_AT_TOKEN, MAX_HITS_PER_TEXT + MAX_HITS_AT_TOKEN), `${work.hits.length} hits`);
    const a = engineFor(packs).assess({ text });
    const byRule = new Map<string, number>();
    for (const f of a.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    assert.ok(byRule.size > 0);
    for (const [rule, count] of byRule) assert.ok(count <= 50, `${rule}: ${count} findings`);
  });
});

describe("the published pack format", () => {
  const docs = (name: string) => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), "utf8");

  it("the schema offers exactly the engine's categories and levels", () => {
    const schema = JSON.parse(docs("pack.schema.json")) as { properties: { termRules: { items: { properties: { category: { enum: string[] } } } } }; $defs: { level: { enum: string[] } } };
    assert.deepEqual(schema.properties.termRules.items.properties.category.enum, [...CATEGORIES]);
    assert.deepEqual(schema.$defs.level.enum, [...LEVELS]);
  });

  it("the schema and the guide state the limits the code applies", () => {
    type Node = { maxItems?: number; maxLength?: number; items?: Node; properties?: Record<string, Node> };
    const schema = JSON.parse(docs("pack.schema.json")) as Node & { $defs: Record<string, Node> };
    const p = schema.properties!;
    const stated: [string, number | undefined, number][] = [
      ["terms per list", schema.$defs.terms!.maxItems, PACK_LIMITS.terms],
      ["term length", schema.$defs.terms!.items!.maxLength, PACK_LIMITS.termLength],
      ["message length", schema.$defs.message!.properties!.en!.maxLength, PACK_LIMITS.textLength],
      ["pack id", p.id!.maxLength, PACK_LIMITS.idLength],
      ["extends", p.extends!.maxItems, PACK_LIMITS.extends],
      ["departments", p.departments!.maxItems, PACK_LIMITS.departments],
      ["lexicons", p.lexicons!.maxItems, PACK_LIMITS.lexicons],
      ["lexicon source", p.lexicons!.items!.properties!.source!.maxLength, PACK_LIMITS.textLength],
      ["term rules", p.termRules!.maxItems, PACK_LIMITS.termRules],
      ["citations", p.termRules!.items!.properties!.guidance!.maxItems, PACK_LIMITS.citations],
      ["contacts", p.contacts!.maxItems, PACK_LIMITS.contacts],
      ["contact text", p.contacts!.items!.properties!.fr!.maxLength, PACK_LIMITS.textLength],
    ];
    for (const [what, inSchema, inCode] of stated) assert.equal(inSchema, inCode, what);
    const guide = docs("packs.md");
    for (const [limit, value] of Object.entries(PACK_LIMITS)) assert.match(guide, new RegExp(`^\\| \`${limit}\` \\| ${value.toLocaleString("en-CA")} \\|`, "m"), limit);
  });

  it("the example pack in docs/packs.md is a valid pack that works", () => {
    const example = /```json\n(\{\n {2}"id"[\s\S]*?)```/.exec(docs("packs.md"))![1]!;
    const pack = validatePack(JSON.parse(example));
    const a = engineFor(resolvePacks([pack.id], [...BUILTIN_PACKS, pack])).assess({ text: "Projet Faucon : lancement lundi." });
    assert.equal(a.level, "inappropriate");
  });
});

describe("departmentEngines: one engine per department, as the page and the extension use them", () => {
  it("the same department gets the same engine, built once; another department its own, with its packs' rules", () => {
    const engineFor = departmentEngines();
    const core = engineFor(undefined);
    assert.equal(engineFor(undefined), core, "built once");
    const statcan = engineFor("statcan");
    assert.equal(engineFor("statcan"), statcan);
    assert.notEqual(statcan, core);
    assert.ok(statcan.rules.some((r) => r.id.includes("statcan.embargo")), "StatCan's pack rule is in its engine");
    assert.ok(!core.rules.some((r) => r.id.includes("statcan.embargo")), "and not in the core's");
  });
});
