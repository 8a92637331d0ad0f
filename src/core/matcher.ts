import type { Lang, Span } from "./model.js";
import { normalize, type TextView, type Token } from "./normalize.js";

/**
 * A word list as data. Terms are phrases written naturally ("vote for", "Parti québécois"); they are folded and
 * tokenized exactly as the text is. A term ending in `*` matches any word starting with its last word
 * ("criminel*" matches criminels, criminelle). A term in `masks` may also be matched written as a mask (f***).
 */
export interface Lexicon {
  id: string;
  lang: Lang | "any";
  /** Where the list came from, in one line. */
  source: string;
  terms: readonly string[];
  /** Also match these terms written with letters masked (`f***`, `sh*t`) or spelled out (`f u c k`). */
  maskable?: boolean;
  /**
   * How many letters a mask must show to match a term of this list (default 2): with one shown letter, `f***` could
   * stand for any four-letter word starting with f, which is fair only for a list of swear words.
   */
  maskVisible?: number;
  /** Terms are hashtags written without `#`: match only inside hashtags. (A term written `#ad` is a hashtag in any lexicon.) */
  hashtagsOnly?: boolean;
}

export interface Hit {
  lexicon: string;
  term: string;
  /** Token indices `[from, to)`. */
  from: number;
  to: number;
  span: Span;
}

interface Entry {
  lexicon: string;
  term: string;
  /** Written in capitals (NDP, CRA, SAC): matches only text written in capitals, so "sac" and "arc" stay words. */
  acronym: boolean;
  /** Matches only a hashtag. */
  hashtag: boolean;
}

interface Node {
  /** Children by the id of their word in `words`. */
  next?: Map<number, Node>;
  /** Lexicon ids (with the term) ending exactly here. */
  ends?: Entry[];
  /** Prefix terms ending here (last word given as a prefix), by the prefix's first letters: one lookup per token. */
  prefixes?: Map<string, { prefix: string; entries: Entry[] }[]>;
  /** The first char codes of those prefixes: most tokens start with none of them and need no lookup. */
  prefixStarts?: Set<number>;
}

export interface CompiledLexicons {
  root: Node;
  /**
   * Every word of every term, numbered: a token's readings are looked up here once, then the trie is walked by
   * number (string keys cost a hash and a comparison at every node).
   */
  words: Map<string, number>;
  /** The root's children by word id, in an array: every token is looked up there. */
  rootById: (Node | undefined)[];
  /** Single-word maskable terms by length, for masked and spelled-out tokens. */
  maskable: Map<number, { lexicon: string; term: string; word: string; visible: number }[]>;
  ids: Set<string>;
}

export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicons {
  const root: Node = {};
  const words = new Map<string, number>();
  const idOf = (word: string) => {
    let id = words.get(word);
    if (id === undefined) words.set(word, (id = words.size));
    return id;
  };
  const maskable = new Map<number, { lexicon: string; term: string; word: string; visible: number }[]>();
  const ids = new Set<string>();
  const seen = new Set<string>();
  for (const lex of lexicons) {
    ids.add(lex.id);
    for (const term of lex.terms) {
      const prefix = term.endsWith("*");
      const termView = normalize(prefix ? term.slice(0, -1) : term);
      const termWords = termView.tokens.map((t) => t.norm);
      if (termWords.length === 0) throw new Error(`lexicon ${lex.id}: the term "${term}" has no words`);
      let node = root;
      for (let w = 0; w < termWords.length - 1; w++) {
        node.next ??= new Map();
        let child = node.next.get(idOf(termWords[w]!));
        if (!child) node.next.set(idOf(termWords[w]!), (child = {}));
        node = child;
      }
      const last = termWords[termWords.length - 1]!;
      if (seen.has(`${lex.id}\u0000${term}`)) continue;
      seen.add(`${lex.id}\u0000${term}`);
      const entry: Entry = { lexicon: lex.id, term, acronym: ACRONYM.test(term), hashtag: !!lex.hashtagsOnly || termView.tokens[0]?.entity === "hashtag" };
      if (prefix) {
        if (last.length < PREFIX_KEY) throw new Error(`lexicon ${lex.id}: the prefix term "${term}" needs at least ${PREFIX_KEY} letters before its *`);
        node.prefixes ??= new Map();
        const key = last.slice(0, PREFIX_KEY);
        const group = node.prefixes.get(key) ?? [];
        const same = group.find((g) => g.prefix === last);
        if (same) same.entries.push(entry);
        else group.push({ prefix: last, entries: [entry] });
        node.prefixes.set(key, group);
        (node.prefixStarts ??= new Set()).add(last.charCodeAt(0));
      } else {
        node.next ??= new Map();
        let child = node.next.get(idOf(last));
        if (!child) node.next.set(idOf(last), (child = {}));
        (child.ends ??= []).push(entry);
      }
      if (lex.maskable && termWords.length === 1) {
        const list = maskable.get(last.length) ?? [];
        list.push({ lexicon: lex.id, term, word: last, visible: lex.maskVisible ?? 2 });
        maskable.set(last.length, list);
      }
    }
  }
  const rootById: (Node | undefined)[] = new Array<Node | undefined>(words.size).fill(undefined);
  for (const [id, child] of root.next ?? []) rootById[id] = child;
  return { root, words, rootById, maskable, ids };
}

const ACRONYM = /^[A-Z]{2,5}s?$/;

const PREFIX_KEY = 3;

/** The prefix terms of a node that a word starts with, in the order they were compiled. */
function prefixesOf(node: Node, form: string, i: number, j: number, emit: (e: Entry, i: number, j: number) => void): void {
  if (!node.prefixStarts!.has(form.charCodeAt(0))) return;
  const group = node.prefixes!.get(form.slice(0, PREFIX_KEY));
  if (!group) return;
  for (const g of group) if (form.startsWith(g.prefix)) for (const e of g.entries) emit(e, i, j);
}

/** Word ids of the tokens' readings, kept between calls (-1: a word no term has; -2: no second reading). */
const normIds: number[] = [];
const altIds: number[] = [];

/** Masked tokens (`f***`, `f***ing`) against maskable single words of the same length. */
function matchMask(t: Token, i: number, compiled: CompiledLexicons, hits: Hit[]): void {
  // A mask's matches depend on its letters alone: worked out once per mask, so that "f***" repeated 20,000 times
  // is compared with the word lists once, not 20,000 times (issue 10).
  let found = maskMemo.get(compiled)?.get(t.alt!);
  if (found === undefined) {
    found = maskTerms(t.alt!, compiled);
    let memo = maskMemo.get(compiled);
    if (!memo) maskMemo.set(compiled, (memo = new Map()));
    if (memo.size < 10_000 && t.alt!.length <= 64) memo.set(t.alt!, found);
  }
  for (const m of found) hits.push({ lexicon: m.lexicon, term: m.term, from: i, to: i + 1, span: [t.start, t.end] });
}

const maskMemo = new WeakMap<CompiledLexicons, Map<string, { lexicon: string; term: string }[]>>();

function maskTerms(mask: string, compiled: CompiledLexicons): { lexicon: string; term: string }[] {
  const out: { lexicon: string; term: string }[] = [];
  const alt = mask.replace(/[^a-z*]/g, "");
  for (const [len, list] of compiled.maskable) {
    if (len > alt.length) continue;
    const head = alt.slice(0, len);
    const rest = alt.slice(len);
    // Masks may also carry a suffix: f***ing, f**ked.
    if (rest !== "" && !/^(ing|in|ed|er|ers|s|es|e|ee)$/.test(rest)) continue;
    if (!head.includes("*")) continue;
    const shown = head.replace(/\*/g, "").length;
    for (const m of list) if (shown >= m.visible && maskMatches(head, m.word)) out.push({ lexicon: m.lexicon, term: m.term });
  }
  return out;
}

/** A mask matches a word of the same length whose letters agree wherever the mask shows one. */
function maskMatches(mask: string, word: string): boolean {
  if (mask[0] !== word[0]) return false;
  for (let k = 1; k < mask.length; k++) if (mask[k] !== "*" && mask[k] !== word[k]) return false;
  return true;
}

/** Every lexicon hit in the view, in text order. Overlapping hits of different lexicons are all kept. */
export function matchLexicons(view: TextView, compiled: CompiledLexicons): Hit[] {
  const hits: Hit[] = [];
  const tokens = view.tokens;
  // Two frontiers swapped token by token, with counts instead of resizing (resizing arrays is slow in V8).
  let frontier: Node[] = [];
  let nextFrontier: Node[] = [];
  let size: number;
  const words = compiled.words;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    normIds[k] = words.get(t.norm) ?? -1;
    altIds[k] = t.alt === undefined || t.alt === t.norm ? -2 : (words.get(t.alt) ?? -1);
  }
  const emit = (e: Entry, i: number, j: number) => {
    const first = tokens[i]!;
    const last = tokens[j]!;
    if (e.hashtag && first.entity !== "hashtag") return;
    if (e.acronym && /[a-z]/.test(view.text.slice(first.start, last.end))) return;
    hits.push({ lexicon: e.lexicon, term: e.term, from: i, to: j + 1, span: [first.start, last.end] });
  };
  const root = compiled.root;
  const rootById = compiled.rootById;
  for (let i = 0; i < tokens.length; i++) {
    frontier[0] = root;
    size = 1;
    for (let j = i; j < tokens.length && size > 0; j++) {
      const normId = normIds[j]!;
      const altId = altIds[j]!;
      let reached = 0;
      for (let f = 0; f < size; f++) {
        const node = frontier[f]!;
        const next = node.next;
        if (next) {
          // A word no term has (id -1) leads nowhere.
          const a = normId < 0 ? undefined : node === root ? rootById[normId] : next.get(normId);
          if (a) nextFrontier[reached++] = a;
          if (altId >= 0) {
            const b = node === root ? rootById[altId] : next.get(altId);
            if (b) nextFrontier[reached++] = b;
          }
        }
        if (node.prefixes) {
          const token = tokens[j]!;
          prefixesOf(node, token.norm, i, j, emit);
          if (altId !== -2) prefixesOf(node, token.alt!, i, j, emit);
        }
      }
      // Children reached: report the terms ending there, keep those that lead further.
      let keep = 0;
      for (let c = 0; c < reached; c++) {
        const child = nextFrontier[c]!;
        if (child.ends) for (const e of child.ends) emit(e, i, j);
        if (child.next || child.prefixes) nextFrontier[keep++] = child;
      }
      const swap = frontier;
      frontier = nextFrontier;
      nextFrontier = swap;
      size = keep;
    }
    const t = tokens[i]!;
    if (t.masked && t.alt) matchMask(t, i, compiled, hits);
  }
  for (const t of view.joined) {
    const list = compiled.maskable.get(t.norm.length);
    if (!list) continue;
    // Found by halves (starts and ends never decrease): a walk per joined word was quadratic on "f u c k #" repeated.
    const from = firstAt(tokens, "start", t.start);
    const to = firstAt(tokens, "end", t.end) + 1;
    for (const m of list) if (m.word === t.norm) hits.push({ lexicon: m.lexicon, term: m.term, from, to, span: [t.start, t.end] });
  }
  return hits;
}

/** `tokens.findIndex((x) => x[key] === value)`, by binary search: tokens are in text order, `start` and `end` never decrease. */
function firstAt(tokens: readonly Token[], key: "start" | "end", value: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]![key] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]![key] === value ? lo : -1;
}

/** Hits grouped by lexicon id, for rules to read. */
export class HitIndex {
  private readonly byLexicon = new Map<string, Hit[]>();
  constructor(
    readonly all: Hit[],
    private readonly known: Set<string>,
  ) {
    for (const h of all) {
      const list = this.byLexicon.get(h.lexicon);
      if (list) list.push(h);
      else this.byLexicon.set(h.lexicon, [h]);
    }
  }
  /** Hits of one lexicon; asking for a lexicon that does not exist is a programming error. */
  get(lexicon: string): readonly Hit[] {
    // A lexicon with hits is known (hits come from the compiled lexicons): only the others need the check.
    const list = this.byLexicon.get(lexicon);
    if (list !== undefined) return list;
    if (!this.known.has(lexicon)) throw new Error(`unknown lexicon "${lexicon}"`);
    return EMPTY;
  }
  has(lexicon: string): boolean {
    return this.get(lexicon).length > 0;
  }
}

const EMPTY: readonly Hit[] = Object.freeze([]);
