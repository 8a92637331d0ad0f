/**
 * The learned second opinion's features: hashed words, word pairs and character four-grams of the folded text
 * (lower case, accents removed). One left-to-right pass, linear in the text's length, capped in tokens, so no text
 * can make it slow. The same function runs when training (train/train.ts) and when judging, so they cannot drift.
 *
 * Written for speed (it runs on every check): no regular expression per token, no string built per feature, the
 * output in buffers reused from one call to the next. test/helpers/reference-features.ts is the same definition
 * written plainly; a test holds the two to the same output.
 */

/** Features kept per text: past this many tokens the rest of a text adds nothing (a post is far shorter). */
export const MAX_TOKENS = 2_000;

const MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const FNV_PRIME = 0x01000193;
const WORD = 0x811c9dc5;
const PAIR = 0x2a1b3c4d;
const GRAM = 0x5e6f7081;

/** FNV-1a over a string's UTF-16 units from `from` to `to`, continuing from a seed. */
function fnvRange(seed: number, s: string, from: number, to: number): number {
  let h = seed >>> 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** FNV-1a of PAIR then the previous word: a word pair's hash is this, then a space, then the word. */
const PAIR_SPACE = (prevHash: number) => Math.imul(prevHash ^ 32, FNV_PRIME);

export function foldForFeatures(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFD").replace(MARKS, "").toLowerCase();
}

export interface TokenSpan {
  start: number;
  end: number;
}

export interface Features {
  /** The bucket of every feature (repeats kept: a feature counts as often as it occurs). Valid until the next call. */
  ids: Uint32Array;
  /** For each feature, the index of the token it came from. Valid until the next call. */
  token: Uint16Array;
  tokens: TokenSpan[];
}

/** Buffers grown as needed and reused: a post's features are a few hundred numbers, allocated once. */
let idBuf = new Uint32Array(1024);
let ownerBuf = new Uint16Array(1024);
let count = 0;

function push(id: number, owner: number): void {
  if (count === idBuf.length) {
    const ids = new Uint32Array(count * 2);
    ids.set(idBuf);
    idBuf = ids;
    const owners = new Uint16Array(count * 2);
    owners.set(ownerBuf);
    ownerBuf = owners;
  }
  idBuf[count] = id;
  ownerBuf[count++] = owner;
}

/** Whether a code point beyond ASCII is a letter or a digit, by code point: a lookup costs less than the pattern. */
const wordCodePoints = new Map<number, boolean>();

/** Whether the UTF-16 unit at `i` begins a letter or a digit (`\p{L}` or `\p{N}`), and how many units it takes. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  const cp = s.codePointAt(i)!;
  let word = wordCodePoints.get(cp);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(cp));
    if (wordCodePoints.size < 50_000) wordCodePoints.set(cp, word);
  }
  return word ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * The features of `text`. The arrays returned are views of buffers the next call overwrites: a caller that keeps
 * them (training) copies them. `folded`, when given, is `foldForFeatures(text)` already made (the engine's text view
 * makes it in its own pass over the text: TextView.modelFold).
 */
export function extractFeatures(text: string, buckets: number, folded: string = foldForFeatures(text)): Features {
  // NFD can lengthen a text; offsets are mapped back only roughly, by proportion, which is enough to point at a word.
  const scale = folded.length === 0 ? 1 : text.length / folded.length;
  const tokens: TokenSpan[] = [];
  const mask = buckets - 1;
  count = 0;
  let prevHash = -1;
  const n = folded.length;
  let i = 0;
  while (i < n && tokens.length < MAX_TOKENS) {
    let w = wordCharAt(folded, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    while (w > 0) {
      i += w;
      w = i < n ? wordCharAt(folded, i) : 0;
    }
    const end = i;
    const t = tokens.length;
    tokens.push({ start: Math.floor(start * scale), end: Math.min(text.length, Math.ceil(end * scale)) });
    const wordHash = fnvRange(WORD, folded, start, end);
    push(wordHash & mask, t);
    if (prevHash !== -1) push(fnvRange(PAIR_SPACE(prevHash), folded, start, end) & mask, t);
    // The pair's seed is FNV of PAIR over the previous word: kept for the next word.
    prevHash = fnvRange(PAIR, folded, start, end);
    const len = end - start;
    if (len >= 3 && len <= 40) {
      // The four-unit grams of "<word>", with < and > marking its edges.
      const m = len + 2;
      for (let g = 0; g + 4 <= m; g++) {
        let h = GRAM;
        for (let k = g; k < g + 4; k++) h = Math.imul(h ^ (k === 0 ? 60 : k === m - 1 ? 62 : folded.charCodeAt(start + k - 1)), FNV_PRIME);
        push((h >>> 0) & mask, t);
      }
    }
  }
  return { ids: idBuf.subarray(0, count), token: ownerBuf.subarray(0, count), tokens };
}
