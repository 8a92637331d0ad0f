import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { foldForFeatures } from "../../src/core/learned/features.js";
import { foldChar, normalize } from "../../src/core/normalize.js";

/**
 * The view's offsets written plainly: every character (a high surrogate takes the unit after it, as the fold reads it)
 * gives each unit of its fold the offset where it starts, and one more entry closes the text.
 */
function referenceOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const f = foldChar(text.slice(i, i + width));
    folded += f;
    for (let k = 0; k < f.length; k++) offsets.push(i);
    i += width;
  }
  offsets.push(text.length);
  return { folded, offsets };
}

/** Pieces that fold one to one (ASCII, é, ’), to more (ß, ﬁ), to none (a zero-width space), or take two units (emoji, a lone half). */
const PIECES = ["a", "B", "z", " ", ".", "1", "é", "É", "ç", "’", "«", "ß", "ﬁ", "\u200b", "😀", "🇨🇦", "\ud83d", "\ude00", "ǅ", "İ", "Σ", "\n"];

describe("the view's offsets", () => {
  it("give every folded character the place in the text it came from, shared or not; the model's fold is its own", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const view = normalize(text);
        const expected = referenceOffsets(text);
        assert.equal(view.folded, expected.folded);
        assert.deepEqual([...view.offsets], expected.offsets);
        // Made in the same pass (and shared with the view's where they agree), but for a capital sigma.
        assert.equal(view.modelFold, text.includes("Σ") ? undefined : foldForFeatures(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it("stay the text's own when another, longer text is read after it", () => {
    const first = normalize("Café au lait");
    const before = [...first.offsets];
    normalize("é".repeat(5_000));
    normalize("x".repeat(6_000));
    assert.deepEqual([...first.offsets], before);
    assert.equal(first.offsets.length, "Café au lait".length + 1);
  });
});
