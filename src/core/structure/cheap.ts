import type { TextView } from "../normalize.js";
import { perView } from "./memo.js";

/** The first four letters of every token of a text (whole tokens when shorter), once per text. */
const prefixesOf = perView((view: TextView): Set<string> => {
  const out = new Set<string>();
  for (const t of view.tokens) out.add(t.norm.slice(0, 4));
  return out;
});

/** A needle's test: the first four letters of its longest word, or the needle itself when it holds no letter ("$", "🤫"). */
const keysOf = new WeakMap<readonly string[], { prefixes: Set<string>; symbols: string[] }>();

/**
 * Whether a text may hold any of some words: the structure analyses ask it before running a pattern of many
 * alternatives, which costs a try at every position of every text, while most texts hold none of the words such a
 * pattern needs. A word counts as present when a token starts with the first four letters of its longest piece, so the
 * answer is never "no" where the pattern could match; a few set lookups per needle, after one pass over the tokens.
 */
export function holdsAny(view: TextView, needles: readonly string[]): boolean {
  let keys = keysOf.get(needles);
  if (!keys) {
    keys = { prefixes: new Set(), symbols: [] };
    for (const n of needles) {
      const pieces = n.toLowerCase().split(/[^a-z0-9]+/).filter((p) => p.length > 0);
      if (pieces.length === 0) keys.symbols.push(n);
      else keys.prefixes.add(pieces.reduce((a, b) => (b.length > a.length ? b : a)).slice(0, 4));
    }
    keysOf.set(needles, keys);
  }
  // Whichever side is smaller is walked, and looked up in the other: a short text against a long list of words, or a
  // long text against a few.
  const text = prefixesOf(view);
  const small = text.size < keys.prefixes.size ? text : keys.prefixes;
  const large = small === text ? keys.prefixes : text;
  for (const p of small) if (large.has(p)) return true;
  for (const s of keys.symbols) if (view.text.includes(s)) return true;
  return false;
}

/**
 * The leftmost match of any of some patterns: one pattern of many alternatives is tried branch by branch at every
 * position (and, past a size, runs interpreted), while each small pattern alone finds its first letters fast.
 */
export function firstMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const p of patterns) {
    const m = p.exec(text);
    if (m && (best === null || m.index < best.index)) best = m;
  }
  return best;
}

/** A pattern with the words it cannot match without. */
export type Gated = readonly [needles: readonly string[], pattern: RegExp];

/** The leftmost match among the patterns whose words the text may hold (see holdsAny and firstMatch). */
export function firstGated(view: TextView, list: readonly Gated[], text: string): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const [needles, pattern] of list) {
    if (!holdsAny(view, needles)) continue;
    const m = pattern.exec(text);
    if (m && (best === null || m.index < best.index)) best = m;
  }
  return best;
}
