import { tokenIds, type TextView, type Token } from "../normalize.js";
import { wordId, wordOfId } from "../vocabulary.js";
import { gateOf } from "./gate.js";
import { perView } from "./memo.js";

/**
 * A list of words as holdsAny reads it: the four-letter keys of its words, the whole tokens it names (a needle written
 * `=word`, as the gates of gate.ts write a word they know to be a whole token), and its needles with no letter.
 */
interface Keys {
  /** Its place among every list asked about so far. */
  id: number;
  prefixes: Set<string>;
  words: Set<string>;
  symbols: string[];
}

const keysOf = new WeakMap<readonly string[], Keys>();
/** For each four-letter key, the lists that hold it; for each whole token, the lists that name it. */
const listsOfKey = new Map<string, number[]>();
const listsOfWord = new Map<string, number[]>();
let listCount = 0;

/** The key a token is looked up by: its first four letters, or all of it when shorter. */
const keyOf = (norm: string) => (norm.length > 4 ? norm.slice(0, 4) : norm);

/**
 * The length of the shortest whole word a token names. A token is the word it reads as; one with symbols in it
 * ("vendredi*o", "agent@home") reads as its letters alone while a pattern's `\b` may end a word at the symbol, so it
 * names every word it starts with (rare tokens, a lookup per letter).
 */
const shortestNamed = (t: Token) => (t.alt === undefined ? t.norm.length : 1);
const wordOf = (norm: string, end: number) => (end === norm.length ? norm : norm.slice(0, end));

/**
 * The lists a word lets through (its key's and its own, as a whole token), by vocabulary number: worked out on first
 * sight of the word, and again for every word once a list is added (`listsByIdFor`, the list count they were made at).
 */
let listsById: (readonly number[] | undefined)[] = [];
let listsByIdFor = 0;

function listsOfId(id: number, word: string): readonly number[] {
  if (listsByIdFor !== listCount) {
    listsById = [];
    listsByIdFor = listCount;
  }
  let lists = listsById[id];
  if (lists === undefined) {
    const byKey = listsOfKey.get(keyOf(word)) ?? [];
    const byWord = listsOfWord.get(word) ?? [];
    lists = byWord.length === 0 ? byKey : byKey.length === 0 ? byWord : [...byKey, ...byWord];
    listsById[id] = lists;
  }
  return lists;
}

function mark(marks: Uint8Array, lists: readonly number[] | undefined): void {
  if (lists !== undefined) for (let k = 0; k < lists.length; k++) marks[lists[k]!] = 1;
}

/**
 * Which lists a text may hold a word of, worked out once per text from its tokens, after which each question is one
 * array read. A token the vocabulary numbers is one array read (`listsOfId`); another, one map lookup by its first
 * four letters (a whole word of a list is numbered, see keysFor). Lists first asked about after a text's marks were
 * made (`upTo`) are answered from the tokens again.
 */
const marksOf = perView((view: TextView): { marks: Uint8Array; upTo: number } => {
  const marks = new Uint8Array(listCount);
  const ids = tokenIds(view);
  const tokens = view.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const id = ids[i]!;
    if (t.alt === undefined) {
      if (id >= 0) mark(marks, listsOfId(id, wordOfId(id)));
      else mark(marks, listsOfKey.get(keyOf(t.norm)));
      continue;
    }
    // A token with symbols names every word it starts with (shortestNamed): rare, read letter by letter.
    mark(marks, listsOfKey.get(keyOf(t.norm)));
    for (let end = shortestNamed(t); end <= t.norm.length; end++) mark(marks, listsOfWord.get(wordOf(t.norm, end)));
  }
  return { marks, upTo: listCount };
});

/** Whether a token names one of some whole words (see shortestNamed). */
function tokenNames(t: Token, words: ReadonlySet<string>): boolean {
  for (let end = shortestNamed(t); end <= t.norm.length; end++) if (words.has(wordOf(t.norm, end))) return true;
  return false;
}

function enter(index: Map<string, number[]>, key: string, id: number): void {
  const lists = index.get(key);
  if (lists) lists.push(id);
  else index.set(key, [id]);
}

function keysFor(needles: readonly string[]): Keys {
  let keys = keysOf.get(needles);
  if (keys) return keys;
  keys = { id: listCount++, prefixes: new Set(), words: new Set(), symbols: [] };
  for (const n of needles) {
    if (n.length > 1 && n.startsWith("=")) {
      keys.words.add(n.slice(1));
      continue;
    }
    const pieces = n.toLowerCase().split(/[^a-z0-9]+/).filter((p) => p.length > 0);
    if (pieces.length === 0) keys.symbols.push(n);
    else keys.prefixes.add(pieces.reduce((a, b) => (b.length > a.length ? b : a)).slice(0, 4));
  }
  for (const p of keys.prefixes) enter(listsOfKey, p, keys.id);
  for (const w of keys.words) {
    enter(listsOfWord, w, keys.id);
    // Numbered, so that a token no list numbers needs no lookup of its own as a whole word (marksOf).
    wordId(w);
  }
  keysOf.set(needles, keys);
  return keys;
}

/**
 * Whether a text may hold any of some words: the structure analyses ask it before running a pattern of many
 * alternatives, which costs a try at every position of every text, while most texts hold none of the words such a
 * pattern needs. A word counts as present when a token starts with the first four letters of its longest piece (a
 * needle `=word`: when a token names that word), so the answer is "no" only where the pattern cannot match, but for a
 * word glued behind a symbol the tokenizer keeps in words (`x*desk`: see gate.ts).
 */
export function holdsAny(view: TextView, needles: readonly string[]): boolean {
  const keys = keysFor(needles);
  const text = marksOf(view);
  if (keys.id < text.upTo) {
    if (text.marks[keys.id] === 1) return true;
  } else {
    // A list new since this text's marks (a rare case: lists are asked about from the first texts on).
    for (const t of view.tokens) if (keys.prefixes.has(keyOf(t.norm)) || tokenNames(t, keys.words)) return true;
  }
  for (const s of keys.symbols) if (view.text.includes(s)) return true;
  return false;
}

/**
 * A pattern with the words its matches need, read from the pattern by gateOf (gate.ts): lists of words, each of which
 * a match holds one of ("from"; "my" or "the"; "desk" or "cubicle"). No list: the pattern runs on every text.
 */
export interface GatedPattern {
  readonly needs: readonly (readonly string[])[];
  readonly pattern: RegExp;
}

/** Every pattern gated so far (constants of the analyses), with its gate: the test holds each gate to its matches. */
export const GATES = new Map<RegExp, GatedPattern>();

/** The pattern with the words its matches need, read once per pattern. */
export function gateFor(pattern: RegExp): GatedPattern {
  let g = GATES.get(pattern);
  if (g === undefined) {
    g = { needs: gateOf(pattern.source), pattern };
    GATES.set(pattern, g);
  }
  return g;
}

/** Whether the view's text holds a word of each list the pattern needs: one array read per list (see holdsAny). */
export function mayMatch(view: TextView, g: GatedPattern): boolean {
  for (const list of g.needs) if (!holdsAny(view, list)) return false;
  return true;
}

/**
 * `pattern.exec(text)`, skipped where the view's tokens lack a word the pattern needs. The gate is read only for the
 * view's whole folded text (a part of it could start inside a token) and for a pattern without state (`g`, `y`).
 */
export function execIn(view: TextView, pattern: RegExp, text: string = view.folded): RegExpExecArray | null {
  if (text === view.folded && !pattern.global && !pattern.sticky && !mayMatch(view, gateFor(pattern))) return null;
  return pattern.exec(text);
}

/** `pattern.test(text)`, skipped as execIn skips. */
export function testIn(view: TextView, pattern: RegExp, text: string = view.folded): boolean {
  return execIn(view, pattern, text) !== null;
}

/**
 * The leftmost match of any of some patterns: one pattern of many alternatives is tried branch by branch at every
 * position (and, past a size, runs interpreted), while each small pattern alone finds its first letters fast. Each
 * runs only if the view's text holds the words it needs (execIn).
 */
export function firstMatch(view: TextView, patterns: readonly RegExp[], text: string = view.folded): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const p of patterns) {
    const m = execIn(view, p, text);
    if (m && (best === null || m.index < best.index)) best = m;
  }
  return best;
}

/** A pattern with words it cannot match without, written out beside it. */
export type Gated = readonly [needles: readonly string[], pattern: RegExp];

/** The leftmost match among the patterns whose words the text may hold (see holdsAny and firstMatch). */
export function firstGated(view: TextView, list: readonly Gated[], text: string = view.folded): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const [needles, pattern] of list) {
    if (!holdsAny(view, needles)) continue;
    const m = execIn(view, pattern, text);
    if (m && (best === null || m.index < best.index)) best = m;
  }
  return best;
}
