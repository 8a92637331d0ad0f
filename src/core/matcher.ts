import type { Lang, Span } from "./model.js";
import { normalize, tokenIds, type TextView, type Token } from "./normalize.js";
import { knownId, vocabularySize, wordId } from "./vocabulary.js";

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
  /** Children by their word's vocabulary number (vocabulary.ts). */
  next?: Map<number, Node>;
  /** Lexicon ids (with the term) ending exactly here. */
  ends?: Entry[];
  /**
   * Prefix terms ending here (last word given as a prefix), letter by letter: a token is read once, at most as far as
   * the longest prefix, however many prefixes there are.
   */
  prefixes?: PrefixNode;
}

interface PrefixNode {
  next?: Map<number, PrefixNode>;
  /** A prefix ends here; `order` is when it was first compiled, the order its hits are reported in. */
  ends?: { order: number; entries: Entry[] };
}

/** The most words a term may have: the matcher never looks further ahead of a word than this. */
export const MAX_TERM_WORDS = 12;
/**
 * The most readings of one passage followed at once. A token may have two readings (`sh1t` is also `shit`), so a
 * passage of n tokens has up to 2^n; ordinary text follows one or two.
 */
export const MAX_PATHS = 16;
/** The most passages of one lexicon starting at one token: "a", "a a", "a a a" … are not all reported. Ordinary text has at most 3. */
export const MAX_HITS_PER_LEXICON_AT_TOKEN = 4;
/** The most passages of all lexicons starting at one token (masked words aside). Ordinary text has at most 4. */
export const MAX_HITS_AT_TOKEN = 8;
/**
 * Past this many hits in one text, matching stops: a hit is kept in memory until the text is judged. 100,000
 * characters of dense political posts make about 5,000.
 */
export const MAX_HITS_PER_TEXT = 100_000;

/** What matching one text cost, for tests and benchmarks to check that the work is bounded. */
export interface MatchWork {
  /** Trie nodes visited: at most tokens × MAX_TERM_WORDS × MAX_PATHS. */
  steps: number;
  /** Letters read along prefix terms: at most 2 × (`longestPrefix` + 1) per step (two readings, one letter past the longest). */
  prefixLetters: number;
  /** Maskable words a masked or spelled-out word was compared with: at most `maskableWords` for each. */
  maskComparisons: number;
  /** Tokens from which some hits or readings were left out by the caps above, or not read at all past MAX_HITS_PER_TEXT. */
  cappedTokens: number;
}

export interface CompiledLexicons {
  root: Node;
  /**
   * The root's children by their word's vocabulary number, in an array: every token is looked up there. The trie is
   * walked by the numbers the view gave its tokens (string keys cost a hash and a comparison at every node).
   */
  rootById: (Node | undefined)[];
  /** Single-word maskable terms by length, for masked and spelled-out tokens. */
  maskable: Map<number, { lexicon: string; term: string; word: string; visible: number }[]>;
  ids: Set<string>;
  /** The most words of any term (at most MAX_TERM_WORDS). */
  maxWords: number;
  /** The most letters of any prefix term's last word. */
  longestPrefix: number;
  /** How many maskable words there are. */
  maskableWords: number;
}

export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicons {
  const root: Node = {};
  const idOf = wordId;
  const maskable = new Map<number, { lexicon: string; term: string; word: string; visible: number }[]>();
  const ids = new Set<string>();
  const seen = new Set<string>();
  let maxWords = 0;
  let longestPrefix = 0;
  let maskableWords = 0;
  let prefixOrder = 0;
  for (const lex of lexicons) {
    ids.add(lex.id);
    for (const term of lex.terms) {
      const prefix = term.endsWith("*");
      const termView = normalize(prefix ? term.slice(0, -1) : term);
      const termWords = termView.tokens.map((t) => t.norm);
      if (termWords.length === 0) throw new Error(`lexicon ${lex.id}: the term "${term}" has no words`);
      // Packs are held to this when they are read (validatePack): here it is the matcher's own guarantee.
      if (termWords.length > MAX_TERM_WORDS) throw new Error(`lexicon ${lex.id}: the term "${term.slice(0, 80)}" has ${termWords.length} words; a term may have at most ${MAX_TERM_WORDS}`);
      maxWords = Math.max(maxWords, termWords.length);
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
        let letter = (node.prefixes ??= {});
        for (let k = 0; k < last.length; k++) {
          letter.next ??= new Map();
          let child = letter.next.get(last.charCodeAt(k));
          if (!child) letter.next.set(last.charCodeAt(k), (child = {}));
          letter = child;
        }
        addEntry((letter.ends ??= { order: prefixOrder++, entries: [] }).entries, entry);
        longestPrefix = Math.max(longestPrefix, last.length);
      } else {
        node.next ??= new Map();
        let child = node.next.get(idOf(last));
        if (!child) node.next.set(idOf(last), (child = {}));
        addEntry((child.ends ??= []), entry);
      }
      if (lex.maskable && termWords.length === 1) {
        const list = maskable.get(last.length) ?? [];
        list.push({ lexicon: lex.id, term, word: last, visible: lex.maskVisible ?? 2 });
        maskable.set(last.length, list);
        maskableWords++;
      }
    }
  }
  const rootById: (Node | undefined)[] = new Array<Node | undefined>(vocabularySize()).fill(undefined);
  for (const [id, child] of root.next ?? []) rootById[id] = child;
  return { root, rootById, maskable, ids, maxWords, longestPrefix, maskableWords };
}

const ACRONYM = /^[A-Z]{2,5}s?$/;

/**
 * Spellings of one lexicon that read as the same words ("phoenix", "Phoenix", "PHŒNIX") pass or fail the same checks
 * at a place, and no more than MAX_HITS_PER_LEXICON_AT_TOKEN of them are ever reported there: the others are not kept,
 * so ten thousand spellings of "a" cost what four do.
 */
function addEntry(entries: Entry[], entry: Entry): void {
  let same = 0;
  for (const e of entries) if (e.lexicon === entry.lexicon && e.acronym === entry.acronym && e.hashtag === entry.hashtag) same++;
  if (same < MAX_HITS_PER_LEXICON_AT_TOKEN) entries.push(entry);
}

const PREFIX_KEY = 3;

/** Prefixes a word starts with, found by one walk along its letters (scratch, reused between calls). */
const prefixFound: { order: number; entries: Entry[] }[] = [];

/**
 * The prefix terms of a node that a word starts with, in the order they were compiled, until `emit` says the token is
 * full. Returns the letters read.
 */
function prefixesOf(node: Node, form: string, i: number, j: number, emit: (e: Entry, i: number, j: number) => boolean): number {
  let letter: PrefixNode | undefined = node.prefixes!;
  let found = 0;
  let k = 0;
  while (k < form.length) {
    letter = letter.next?.get(form.charCodeAt(k++));
    if (letter === undefined) break;
    if (letter.ends) prefixFound[found++] = letter.ends;
  }
  // Found shortest first; reported in the order they were compiled (insertion sort: rarely more than one).
  for (let f = 1; f < found; f++) {
    const x = prefixFound[f]!;
    let g = f - 1;
    for (; g >= 0 && prefixFound[g]!.order > x.order; g--) prefixFound[g + 1] = prefixFound[g]!;
    prefixFound[g + 1] = x;
  }
  for (let f = 0; f < found; f++) for (const e of prefixFound[f]!.entries) if (!emit(e, i, j)) return k;
  return k;
}

/** Vocabulary numbers of the tokens' second readings, kept between calls (-1: a word no list has; -2: none). */
const altIds: number[] = [];

/** Masked tokens (`f***`, `f***ing`) against maskable single words of the same length; returns the comparisons made. */
function matchMask(t: Token, i: number, compiled: CompiledLexicons, hits: Hit[]): number {
  // A mask's matches depend on its letters alone: worked out once per mask, so that "f***" repeated 20,000 times
  // is compared with the word lists once, not 20,000 times (issue 10). Only a fresh working-out counts as work.
  let compared = 0;
  let found = maskMemo.get(compiled)?.get(t.alt!);
  if (found === undefined) {
    const fresh = maskTerms(t.alt!, compiled);
    found = fresh.terms;
    compared = fresh.compared;
    let memo = maskMemo.get(compiled);
    if (!memo) maskMemo.set(compiled, (memo = new Map()));
    if (memo.size < 10_000 && t.alt!.length <= 64) memo.set(t.alt!, found);
  }
  for (const m of found) hits.push({ lexicon: m.lexicon, term: m.term, from: i, to: i + 1, span: [t.start, t.end] });
  return compared;
}

const maskMemo = new WeakMap<CompiledLexicons, Map<string, { lexicon: string; term: string }[]>>();

function maskTerms(mask: string, compiled: CompiledLexicons): { terms: { lexicon: string; term: string }[]; compared: number } {
  const terms: { lexicon: string; term: string }[] = [];
  let compared = 0;
  const alt = mask.replace(/[^a-z*]/g, "");
  for (const [len, list] of compiled.maskable) {
    if (len > alt.length) continue;
    const head = alt.slice(0, len);
    const rest = alt.slice(len);
    // Masks may also carry a suffix: f***ing, f**ked.
    if (rest !== "" && !/^(ing|in|ed|er|ers|s|es|e|ee)$/.test(rest)) continue;
    if (!head.includes("*")) continue;
    const shown = head.replace(/\*/g, "").length;
    compared += list.length;
    for (const m of list) if (shown >= m.visible && maskMatches(head, m.word)) terms.push({ lexicon: m.lexicon, term: m.term });
  }
  return { terms, compared };
}

/** A mask matches a word of the same length whose letters agree wherever the mask shows one. */
function maskMatches(mask: string, word: string): boolean {
  if (mask[0] !== word[0]) return false;
  for (let k = 1; k < mask.length; k++) if (mask[k] !== "*" && mask[k] !== word[k]) return false;
  return true;
}

/** The index of the token whose `start` (or `end`) is `offset`, or -1: tokens are in text order, so a binary search. */
function tokenAt(tokens: readonly Token[], side: "start" | "end", offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = tokens[mid]![side];
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Every lexicon hit in the view, in text order. Overlapping hits of different lexicons are all kept, up to
 * MAX_HITS_PER_LEXICON_AT_TOKEN and MAX_HITS_AT_TOKEN starting at one token, and about MAX_HITS_PER_TEXT in all (the
 * last token read may add its own). The work is linear in the number of tokens
 * whatever the lexicons: from each token the trie is followed at most MAX_TERM_WORDS tokens ahead along at most
 * MAX_PATHS readings. `work`, when given, receives what it cost.
 */
export function matchLexicons(view: TextView, compiled: CompiledLexicons, work?: MatchWork): Hit[] {
  const hits: Hit[] = [];
  const tokens = view.tokens;
  // Two frontiers swapped token by token, with counts instead of resizing (resizing arrays is slow in V8).
  let frontier: Node[] = [];
  let nextFrontier: Node[] = [];
  let size: number;
  let steps = 0;
  let prefixLetters = 0;
  let maskComparisons = 0;
  let cappedTokens = 0;
  // Whether the current start token's hits or readings were capped.
  let capped: boolean;
  const normIds = tokenIds(view);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    altIds[k] = t.alt === undefined || t.alt === t.norm ? -2 : knownId(t.alt);
  }
  // Hits of the current start token are hits[firstAtToken…].
  let firstAtToken = 0;
  /** Reports a hit unless a cap forbids it; false once the token can take no more hits. */
  const emit = (e: Entry, i: number, j: number): boolean => {
    if (hits.length - firstAtToken >= MAX_HITS_AT_TOKEN) {
      capped = true;
      return false;
    }
    const first = tokens[i]!;
    const last = tokens[j]!;
    if (e.hashtag && first.entity !== "hashtag") return true;
    if (e.acronym && /[a-z]/.test(view.text.slice(first.start, last.end))) return true;
    let same = 0;
    for (let h = firstAtToken; h < hits.length; h++) if (hits[h]!.lexicon === e.lexicon) same++;
    if (same >= MAX_HITS_PER_LEXICON_AT_TOKEN) {
      capped = true;
      return true;
    }
    hits.push({ lexicon: e.lexicon, term: e.term, from: i, to: j + 1, span: [first.start, last.end] });
    return true;
  };
  const root = compiled.root;
  const rootById = compiled.rootById;
  for (let i = 0; i < tokens.length; i++) {
    if (hits.length >= MAX_HITS_PER_TEXT) {
      cappedTokens += tokens.length - i;
      break;
    }
    firstAtToken = hits.length;
    capped = false;
    frontier[0] = root;
    size = 1;
    // Every node kept in the frontier has a child or a prefix, so no path outlives the deepest term: j < i + MAX_TERM_WORDS.
    for (let j = i; j < tokens.length && size > 0; j++) {
      const normId = normIds[j]!;
      const altId = altIds[j]!;
      let reached = 0;
      steps += size;
      for (let f = 0; f < size; f++) {
        const node = frontier[f]!;
        const next = node.next;
        if (next) {
          // A word no list has (-1), or none of these lexicons (numbered past rootById), leads nowhere.
          const a = normId < 0 ? undefined : node === root ? (normId < rootById.length ? rootById[normId] : undefined) : next.get(normId);
          if (a) {
            if (reached < MAX_PATHS) nextFrontier[reached++] = a;
            else capped = true;
          }
          if (altId >= 0) {
            const b = node === root ? (altId < rootById.length ? rootById[altId] : undefined) : next.get(altId);
            if (b) {
              if (reached < MAX_PATHS) nextFrontier[reached++] = b;
              else capped = true;
            }
          }
        }
        if (node.prefixes) {
          const token = tokens[j]!;
          prefixLetters += prefixesOf(node, token.norm, i, j, emit);
          if (altId !== -2) prefixLetters += prefixesOf(node, token.alt!, i, j, emit);
        }
      }
      // Children reached: report the terms ending there, keep those that lead further.
      let keep = 0;
      for (let c = 0; c < reached; c++) {
        const child = nextFrontier[c]!;
        if (child.ends) for (const e of child.ends) if (!emit(e, i, j)) break;
        if (child.next || child.prefixes) nextFrontier[keep++] = child;
      }
      const swap = frontier;
      frontier = nextFrontier;
      nextFrontier = swap;
      size = keep;
      // This token's hits are full: nothing further along can be reported.
      if (hits.length - firstAtToken >= MAX_HITS_AT_TOKEN) {
        capped ||= size > 0;
        break;
      }
    }
    if (capped) cappedTokens++;
    const t = tokens[i]!;
    if (t.masked && t.alt) maskComparisons += matchMask(t, i, compiled, hits);
  }
  for (const t of view.joined) {
    if (hits.length >= MAX_HITS_PER_TEXT) break;
    const list = compiled.maskable.get(t.norm.length);
    if (!list) continue;
    // Found by halves (starts and ends never decrease): a walk per joined word was quadratic on "f u c k #" repeated.
    const from = tokenAt(tokens, "start", t.start);
    const to = tokenAt(tokens, "end", t.end) + 1;
    maskComparisons += list.length;
    for (const m of list) if (m.word === t.norm) hits.push({ lexicon: m.lexicon, term: m.term, from, to, span: [t.start, t.end] });
  }
  if (work) {
    work.steps += steps;
    work.prefixLetters += prefixLetters;
    work.maskComparisons += maskComparisons;
    work.cappedTokens += cappedTokens;
  }
  return hits;
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
