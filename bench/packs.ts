import { createEngine } from "../src/core/engine.js";
import { GUIDANCE } from "../src/core/guidance/corpus.js";
import { LEXICONS } from "../src/core/lexicons/index.js";
import { compileLexicons, matchLexicons, type MatchWork } from "../src/core/matcher.js";
import { normalize } from "../src/core/normalize.js";
import { BUILTIN_PACKS } from "../src/core/packs/builtin.js";
import { engineOptionsFor, PACK_LIMITS, PackError, resolvePacks, validatePack } from "../src/core/packs/pack.js";
import type { Pack } from "../src/core/packs/types.js";
import { makePosts } from "./posts.js";
import { fmt } from "./shared.js";

/**
 * `node dist/bench/run.js packs`: a hostile pack against 100,000 characters. The 2,000 nested terms ("a", "a a", …)
 * that once exhausted the memory must be refused; a pack at every limit, nesting "a" in every term rule, is timed on
 * 100,000 characters of "a " beside the built-in packs on prose of the same length, with the matcher's work counted.
 */

const words = (w: string, n: number) => Array.from({ length: n }, () => w).join(" ");

function packAtTheLimits(): Pack {
  const nested = Array.from({ length: PACK_LIMITS.termWords }, (_, i) => words("a", i + 1));
  const perRule = (PACK_LIMITS.terms - 20 * PACK_LIMITS.lexicons) / PACK_LIMITS.termRules;
  let n = 0;
  const filler = () => `${words("a", 7)} w${n++} x y z v`;
  const long = (c: string) => c.repeat(PACK_LIMITS.textLength);
  return validatePack({
    id: "edge",
    name: { en: "Edge", fr: "Limite" },
    description: { en: "Every limit at once.", fr: "Toutes les limites à la fois." },
    extends: ["gc"],
    lexicons: Array.from({ length: PACK_LIMITS.lexicons }, (_, k) => ({ id: `edge-list${k}`, source: "bench", terms: [`${words("a", 11)} bbb*`, ...Array.from({ length: 19 }, filler)] })),
    termRules: Array.from({ length: PACK_LIMITS.termRules }, (_, k) => ({
      id: `edge.rule${k}`,
      category: "confidential",
      level: "risky",
      terms: [...nested, ...Array.from({ length: perRule - nested.length }, filler)],
      message: { en: `{text}${"!".repeat(PACK_LIMITS.textLength - 6)}`, fr: `{text}${"!".repeat(PACK_LIMITS.textLength - 6)}` },
      guidance: GUIDANCE.slice(0, PACK_LIMITS.citations).map((g) => g.id),
    })),
    contacts: Array.from({ length: PACK_LIMITS.contacts }, (_, i) => ({ id: `c${i}`, en: long("e"), fr: long("f") })),
  });
}

function timed<T>(f: () => T): [T, number] {
  const t = process.hrtime.bigint();
  const out = f();
  return [out, Number(process.hrtime.bigint() - t) / 1e6];
}

function matchWork(packs: readonly Pack[], text: string): MatchWork & { hits: number; words: number } {
  const work: MatchWork = { steps: 0, prefixLetters: 0, maskComparisons: 0, cappedTokens: 0 };
  const view = normalize(text);
  const hits = matchLexicons(view, compileLexicons([...LEXICONS, ...engineOptionsFor(packs).lexicons]), work);
  return { ...work, hits: hits.length, words: view.tokens.length };
}

export function packsBench(): void {
  const nestedPack = {
    id: "nested",
    name: { en: "Nested", fr: "Imbriqué" },
    description: { en: "a, a a, a a a …", fr: "a, a a, a a a …" },
    termRules: [{ id: "nested.a", category: "spam", level: "risky", terms: Array.from({ length: 2000 }, (_, i) => words("a", i + 1)), message: { en: "{text}", fr: "{text}" }, guidance: ["tbs.work.factual-public"] }],
  };
  const [refused, refuseMs] = timed(() => {
    try {
      validatePack(nestedPack);
      return "accepted (wrong)";
    } catch (e) {
      return e instanceof PackError ? "refused" : `threw ${String(e)}`;
    }
  });
  const [edge, validateMs] = timed(packAtTheLimits);
  const packs = resolvePacks(["edge"], [...BUILTIN_PACKS, edge]);
  const [engine, compileMs] = timed(() => createEngine(engineOptionsFor(packs)));
  const builtIn = createEngine(engineOptionsFor(BUILTIN_PACKS));
  const hostile = "a ".repeat(50_000);
  let prose = "";
  for (const p of makePosts(2_000, 7, "appropriate")) if (prose.length + p.length < 100_000) prose += `${p} `;
  prose = prose.padEnd(100_000, " ");
  engine.assess({ text: prose });
  const median3 = (f: () => unknown) => [timed(f)[1], timed(f)[1], timed(f)[1]].sort((a, b) => a - b)[1]!;
  const hostileMs = median3(() => engine.assess({ text: hostile }));
  const proseMs = median3(() => builtIn.assess({ text: prose }));
  const findings = engine.assess({ text: hostile }).findings.length;
  const work = matchWork(packs, hostile);
  const proseWork = matchWork(BUILTIN_PACKS, prose);
  process.stdout.write(
    [
      "Packs: a hostile pack against 100,000 characters (one core, medians of 3)",
      `  2,000 nested terms ("a", "a a", …)    ${refused} by validation in ${fmt(refuseMs, 0)} ms`,
      `  pack at every limit                  validated in ${fmt(validateMs, 0)} ms, compiled with the built-in lists in ${fmt(compileMs, 0)} ms`,
      `  its check of "a " × 50,000           ${fmt(hostileMs, 0)} ms, ${findings} findings; matcher: ${work.steps.toLocaleString("en-CA")} trie steps, ${work.hits.toLocaleString("en-CA")} hits for ${work.words.toLocaleString("en-CA")} words (${work.cappedTokens.toLocaleString("en-CA")} capped)`,
      `  built-in packs on prose, same length ${fmt(proseMs, 0)} ms; matcher: ${proseWork.steps.toLocaleString("en-CA")} trie steps, ${proseWork.hits.toLocaleString("en-CA")} hits for ${proseWork.words.toLocaleString("en-CA")} words`,
      `  ratio                                ${fmt(hostileMs / proseMs, 2)}×`,
      "",
    ].join("\n"),
  );
}
