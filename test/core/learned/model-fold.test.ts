// The model's features read the text as the engine's view folds it in its own pass (TextView.modelFold): that fold
// must be exactly the features' own (foldForFeatures), or the model would judge a text other than the one it learned.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { extractFeatures, foldForFeatures } from "../../../src/core/learned/features.js";
import { normalize } from "../../../src/core/normalize.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../../..");

function labelledTexts(): string[] {
  return ["cases-en.jsonl", "cases-fr.jsonl"].flatMap((f) =>
    readFileSync(join(root, "test/cases", f), "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text),
  );
}

/** Characters where a fold could go wrong: accents precomposed and combining (of several classes, in and out of canonical order), ligatures, look-alikes, Greek, Turkish I, Hangul, full-width, emoji, lone surrogates. */
const TRICKY = [..."aAeEzZ09 .,'#@-_", ..."éÉèçÇàÂôŒœæßẞﬁﬀİıŁøØ", "e\u0301", "\u0301", "\u0315", "\u0334", "\u0345", "\u05b0", "\u0f71", "\u1dce", ..."ΑΒΓσςΩάΆ", ..."ДЖжё", ..."한국어", ..."ＡＢｃ１", "🙂", "👍🏽", "🇨🇦", "\ud800", "\udc00", "\u200b", "\u00ad", "ǅ", "ǈ", "Ⅻ", "①", "ℌ"];

function randomText(seed: number, length: number): string {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0) >>> 8) / (1 << 24);
  let out = "";
  for (let k = 0; k < length; k++) out += TRICKY[Math.floor(next() * TRICKY.length)];
  return out;
}

describe("the model's fold, made in the view's pass", () => {
  test("is foldForFeatures's fold, on every labelled text in both languages and on random tricky texts", () => {
    const texts = [...labelledTexts(), ...Array.from({ length: 3_000 }, (_, k) => randomText(k + 1, 1 + (k % 60)))];
    let made = 0;
    for (const text of texts) {
      const view = normalize(text);
      if (view.modelFold === undefined) continue;
      made++;
      assert.equal(view.modelFold, foldForFeatures(text), JSON.stringify(text));
    }
    assert.ok(made > texts.length * 0.8, `the view made the fold for ${made} of ${texts.length} texts`);
    assert.ok(labelledTexts().some((t) => t !== foldForFeatures(t) && /[éèàç]/.test(t)), "French texts, whose fold is not their lower case, are among them");
  });

  test("a capital sigma, lower-cased by its place in a word, is left to the features' own fold", () => {
    // "ΟΔΟΣ" ends in a final sigma (ς) and "ΣΟΦΙΑ" starts with σ: no fold piece by piece can tell them apart.
    for (const text of ["ΟΔΟΣ", "ΣΟΦΙΑ café", "Σ"]) assert.equal(normalize(text).modelFold, undefined);
    assert.equal(foldForFeatures("ΟΔΟΣ ΣΟΦΙΑ"), "οδος σοφια");
    assert.deepEqual(extractFeatures("ΟΔΟΣ", 1 << 10).ids, extractFeatures("ΟΔΟΣ", 1 << 10, foldForFeatures("ΟΔΟΣ")).ids);
  });

  test("no code point outside the combining marks is reordered by decomposition, so folding piece by piece is exact", () => {
    // Decomposing a whole text reorders only characters of a non-zero combining class, which the fold removes when
    // they are marks. A character that is not a mark but has a class above 1 would be moved after U+0334 (class 1)
    // written after it: none must exist in this Node's Unicode.
    const MARK = /\p{M}/u;
    const offenders: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      for (const part of ch.normalize("NFD")) {
        if (MARK.test(part)) continue;
        if ((part + "\u0334").normalize("NFD") !== part + "\u0334") offenders.push(cp.toString(16));
      }
    }
    assert.deepEqual(offenders, []);
  });

  test("the engine's features equal those of the text folded afresh", () => {
    for (const text of labelledTexts().slice(0, 400)) {
      const view = normalize(text);
      const fresh = extractFeatures(text, 1 << 17);
      const ids = [...fresh.ids];
      const fromView = extractFeatures(text, 1 << 17, view.modelFold);
      assert.deepEqual([...fromView.ids], ids);
    }
  });
});
