/**
 * The learned second opinion's features written as plainly as possible: the definition that src/core/learned/features.ts
 * computes faster. A test holds the two to the same output on every text it tries, so the shipped weights, trained on
 * these features, keep meaning what they meant.
 */

/** Features kept per text: past this many tokens the rest of a text adds nothing (a post is far shorter). */
const MAX_TOKENS = 2_000;

const TOKEN = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** FNV-1a over a string's UTF-16 units, from a seed: deterministic, the same in every engine. */
function fnv(seed: number, s: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const WORD = 0x811c9dc5;
const PAIR = 0x2a1b3c4d;
const GRAM = 0x5e6f7081;

function foldForFeatures(text: string): string {
  return text.normalize("NFD").replace(MARKS, "").toLowerCase();
}

export interface TokenSpan {
  start: number;
  end: number;
}

/**
 * The bucket of every feature of `text` (repeats kept: a feature counts as often as it occurs), and for each feature
 * the index of the token it came from, so the words that weighed most can be pointed at.
 */
export function referenceFeatures(text: string, buckets: number): { ids: Uint32Array; token: Uint16Array; tokens: TokenSpan[] } {
  const folded = foldForFeatures(text);
  // NFD can lengthen a text; offsets are mapped back only roughly, by proportion, which is enough to point at a word.
  const scale = folded.length === 0 ? 1 : text.length / folded.length;
  const ids: number[] = [];
  const owner: number[] = [];
  const tokens: TokenSpan[] = [];
  const mask = buckets - 1;
  let prev = "";
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m !== null && tokens.length < MAX_TOKENS; m = TOKEN.exec(folded)) {
    const word = m[0];
    const t = tokens.length;
    tokens.push({ start: Math.floor(m.index * scale), end: Math.min(text.length, Math.ceil((m.index + word.length) * scale)) });
    ids.push(fnv(WORD, word) & mask);
    owner.push(t);
    if (prev !== "") {
      ids.push(fnv(fnv(PAIR, prev), " " + word) & mask);
      owner.push(t);
    }
    prev = word;
    if (word.length >= 3 && word.length <= 40) {
      // The four-letter grams of "<word>", hashed in place rather than sliced into strings.
      const n = word.length + 2;
      const at = (i: number) => (i === 0 ? 60 : i === n - 1 ? 62 : word.charCodeAt(i - 1));
      for (let i = 0; i + 4 <= n; i++) {
        let h = GRAM;
        for (let k = i; k < i + 4; k++) h = Math.imul(h ^ at(k), 0x01000193);
        ids.push((h >>> 0) & mask);
        owner.push(t);
      }
    }
  }
  return { ids: Uint32Array.from(ids), token: Uint16Array.from(owner), tokens };
}
