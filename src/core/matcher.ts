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
  next?: Map<string, Node>;
  /** Lexicon ids (with the term) ending exactly here. */
  ends?: Entry[];
  /** Prefix terms ending here: last word given as a prefix. */
  prefixes?: Map<string, Entry[]>;
  prefixLengths?: number[];
}

export interface CompiledLexicons {
  root: Node;
  /** Single-word maskable terms by length, for masked and spelled-out tokens. */
  maskable: Map<number, { lexicon: string; term: string; word: string }[]>;
  ids: Set<string>;
}

export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicons {
  const root: Node = {};
  const maskable = new Map<number, { lexicon: string; term: string; word: string }[]>();
  const ids = new Set<string>();
  const seen = new Set<string>();
  for (const lex of lexicons) {
    ids.add(lex.id);
    for (const term of lex.terms) {
      const prefix = term.endsWith("*");
      const termView = normalize(prefix ? term.slice(0, -1) : term);
      const words = termView.tokens.map((t) => t.norm);
      if (words.length === 0) throw new Error(`lexicon ${lex.id}: the term "${term}" has no words`);
      let node = root;
      for (let w = 0; w < words.length - 1; w++) {
        node.next ??= new Map();
        let child = node.next.get(words[w]!);
        if (!child) node.next.set(words[w]!, (child = {}));
        node = child;
      }
      const last = words[words.length - 1]!;
      if (seen.has(`${lex.id}\u0000${term}`)) continue;
      seen.add(`${lex.id}\u0000${term}`);
      const entry: Entry = { lexicon: lex.id, term, acronym: ACRONYM.test(term), hashtag: !!lex.hashtagsOnly || termView.tokens[0]?.entity === "hashtag" };
      if (prefix) {
        node.prefixes ??= new Map();
        const list = node.prefixes.get(last) ?? [];
        list.push(entry);
        node.prefixes.set(last, list);
        node.prefixLengths = [...new Set([...(node.prefixLengths ?? []), last.length])].sort((a, b) => a - b);
      } else {
        node.next ??= new Map();
        let child = node.next.get(last);
        if (!child) node.next.set(last, (child = {}));
        (child.ends ??= []).push(entry);
      }
      if (lex.maskable && words.length === 1) {
        const list = maskable.get(last.length) ?? [];
        list.push({ ...entry, word: last });
        maskable.set(last.length, list);
      }
    }
  }
  return { root, maskable, ids };
}

const ACRONYM = /^[A-Z]{2,5}s?$/;

function step(node: Node, token: Token, out: (n: Node) => void, ended: (e: Entry) => void): void {
  const next = node.next;
  if (next) {
    const a = next.get(token.norm);
    if (a) out(a);
    if (token.alt !== undefined && token.alt !== token.norm) {
      const b = next.get(token.alt);
      if (b) out(b);
    }
  }
  const lens = node.prefixLengths;
  if (lens) {
    for (const form of token.alt !== undefined ? [token.norm, token.alt] : [token.norm]) {
      for (const len of lens) {
        if (len > form.length) break;
        const list = node.prefixes!.get(form.length === len ? form : form.slice(0, len));
        if (list) for (const e of list) ended(e);
      }
    }
  }
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
  let frontier: Node[] = [];
  for (let i = 0; i < tokens.length; i++) {
    frontier = [compiled.root];
    for (let j = i; j < tokens.length && frontier.length > 0; j++) {
      const nextFrontier: Node[] = [];
      const token = tokens[j]!;
      for (const node of frontier) {
        step(
          node,
          token,
          (child) => {
            if (child.ends) {
              for (const e of child.ends) {
                if (e.acronym && /[a-z]/.test(view.text.slice(tokens[i]!.start, token.end))) continue;
                if (e.hashtag && tokens[i]!.entity !== "hashtag") continue;
                hits.push({ lexicon: e.lexicon, term: e.term, from: i, to: j + 1, span: [tokens[i]!.start, token.end] });
              }
            }
            if (child.next || child.prefixes) nextFrontier.push(child);
          },
          (e) => {
            if (e.hashtag && tokens[i]!.entity !== "hashtag") return;
            hits.push({ lexicon: e.lexicon, term: e.term, from: i, to: j + 1, span: [tokens[i]!.start, token.end] });
          },
        );
      }
      frontier = nextFrontier;
    }
    const t = tokens[i]!;
    if (t.masked && t.alt) {
      const alt = t.alt.replace(/[^a-z*]/g, "");
      // Masks may also carry a suffix: f***ing, f**ked.
      for (const [len, list] of compiled.maskable) {
        if (len > alt.length) continue;
        const head = alt.slice(0, len);
        const rest = alt.slice(len);
        if (rest !== "" && !/^(ing|in|ed|er|ers|s|es|e|ee)$/.test(rest)) continue;
        if (head.replace(/\*/g, "").length === len) continue;
        for (const m of list) if (maskMatches(head, m.word)) hits.push({ lexicon: m.lexicon, term: m.term, from: i, to: i + 1, span: [t.start, t.end] });
      }
    }
  }
  for (const t of view.joined) {
    const list = compiled.maskable.get(t.norm.length);
    if (!list) continue;
    const from = tokens.findIndex((x) => x.start === t.start);
    const to = tokens.findIndex((x) => x.end === t.end) + 1;
    for (const m of list) if (m.word === t.norm) hits.push({ lexicon: m.lexicon, term: m.term, from, to, span: [t.start, t.end] });
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
    if (!this.known.has(lexicon)) throw new Error(`unknown lexicon "${lexicon}"`);
    return this.byLexicon.get(lexicon) ?? EMPTY;
  }
  has(lexicon: string): boolean {
    return this.get(lexicon).length > 0;
  }
}

const EMPTY: readonly Hit[] = Object.freeze([]);
