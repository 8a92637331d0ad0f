import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CLASSES, loadClassifier, ModelDataError } from "../../src/core/learned/classifier.js";
import { extractFeatures, MAX_TOKENS } from "../../src/core/learned/features.js";
import { MODEL } from "../../src/core/learned/weights.js";
import { train, type Example } from "../../train/train.js";

describe("the learned second opinion", () => {
  test("the shipped model loads, and its shape is the engine's (a wrong one fails at load, not in a check)", () => {
    const model = loadClassifier(MODEL);
    assert.match(model.version, /^[0-9a-f]{12}$/);
    assert.throws(() => loadClassifier({ ...MODEL, classes: ["appropriate", "harassment"] }), ModelDataError);
    assert.throws(() => loadClassifier({ ...MODEL, weights: MODEL.weights.slice(0, 1000) }), ModelDataError);
    assert.throws(() => loadClassifier({ ...MODEL, buckets: 1000 }), ModelDataError);
  });

  test("it gives probabilities that sum to at most one and a span inside the text", () => {
    const model = loadClassifier(MODEL);
    for (const text of ["Lovely walk by the river this morning.", "Je lui casse la gueule demain matin, c'est promis.", "", "🙂🙂🙂"]) {
      const o = model.judge(text, { span: true });
      assert.ok(o.appropriate >= 0 && o.appropriate <= 1 && o.probability >= 0 && o.appropriate + o.probability <= 1 + 1e-9, text);
      assert.ok(CLASSES.includes(o.category));
      if (o.span) assert.ok(o.span[0] >= 0 && o.span[1] <= text.length && o.span[0] < o.span[1], text);
    }
  });

  test("its features are linear in the text and capped: 100,000 characters of one word cost no more than MAX_TOKENS tokens", () => {
    const prose = extractFeatures("word ".repeat(20_000), 1 << 10);
    assert.equal(prose.tokens.length, MAX_TOKENS);
    const hashes = extractFeatures("#".repeat(100_000), 1 << 10);
    assert.equal(hashes.ids.length, 0);
    const oneWord = extractFeatures("a".repeat(100_000), 1 << 10);
    assert.equal(oneWord.tokens.length, 1, "a 100,000-letter word is one token, too long for letter grams");
  });

  test("training is deterministic: the same examples and seed give the same bytes", () => {
    const examples: Example[] = [
      { text: "Vote for Maria Lopez, Liberal candidate!", label: CLASSES.indexOf("partisan"), weight: 1, source: "t" },
      { text: "Made maple taffy with the kids this weekend.", label: 0, weight: 1, source: "t" },
      { text: "My boss is an idiot and everyone knows it.", label: CLASSES.indexOf("workplace"), weight: 1, source: "t" },
    ];
    const options = { buckets: 1 << 8, epochs: 3, rate: 0.4, l2: 1e-6, appropriateShare: 0.5, seed: 7 };
    assert.deepEqual(train(examples, options), train(examples, options));
    assert.notDeepEqual(train(examples, options).weights, train(examples, { ...options, seed: 8 }).weights);
  });
});

describe("the features, computed fast, are the plain definition's", () => {
  test("on the training corpus's texts and on generated ones, every feature, its token and the tokens' spans are the same", async () => {
    const { referenceFeatures } = await import("../helpers/reference-features.js");
    const { readCorpus } = await import("../../train/train.js");
    const fc = (await import("fast-check")).default;
    const same = (text: string) => {
      const fast = extractFeatures(text, 1 << 17);
      const plain = referenceFeatures(text, 1 << 17);
      assert.deepEqual([...fast.ids], [...plain.ids], text);
      assert.deepEqual([...fast.token], [...plain.token], text);
      assert.deepEqual(fast.tokens, plain.tokens, text);
    };
    for (const e of readCorpus().slice(0, 3_000)) same(e.text);
    for (const text of ["", "Élève, ÇA VA? 𝒜𝒷𝒸 d'accord l'été 2026 ½ ⅓ Ⅻ", "İstanbul ǅemal ß", "👍🏽 #tag @you https://x.ca/a?b=c", "a".repeat(50)]) same(text);
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), same), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => same(s.replace(/[\uD800-\uDFFF]/g, ""))), { numRuns: 300 });
  });
});
