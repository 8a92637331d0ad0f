import twitterText from "twitter-text";
import type { Lang, Span } from "./model.js";
import { countSteps } from "./work.js";
import { foldForFeatures } from "./learned/features.js";
import { knownId, vocabularySize, wordId } from "./vocabulary.js";

/**
 * One token of the text, folded for matching, with its place in the text as written.
 * `norm` is lower-case, accent-free, look-alike and compatibility letters mapped to ASCII where they have an
 * equivalent. `alt` is a second reading for leetspeak or masked words (`sh1t` → `shit`, `f***` stays `f***`).
 */
export interface Token {
  norm: string;
  alt: string | undefined;
  start: number;
  end: number;
  /** The token is inside a hashtag, a mention or a URL. */
  entity: "hashtag" | "mention" | "url" | undefined;
  /** The token is a mask: letters with `*`, `#`, `@`, `$` or `_` in place of some (f***, m*rde). */
  masked: boolean | undefined;
}

export interface Entity {
  /** The entity as written, without `#` or `@` for hashtags and mentions. */
  value: string;
  /** Folded form of `value`. */
  norm: string;
  start: number;
  end: number;
}

/** The one view of a text that every rule reads. */
export interface TextView {
  text: string;
  /** The folded text; `offsets[i]` is the index in `text` of folded character `i` (one extra entry: text.length). */
  folded: string;
  offsets: Int32Array;
  tokens: Token[];
  /**
   * Each token's number in the vocabulary of the engine's lists (vocabulary.ts), -1 for a word no list holds: read
   * through `tokenIds`, which also numbers words the lists added after the view was made.
   */
  ids: number[];
  /** The vocabulary's size when `ids` was last brought up to date. */
  vocabulary: number;
  /** Tokens made by joining spelled-out letters (`f u c k`, `f.u.c.k`), matched as single words. */
  joined: Token[];
  hashtags: Entity[];
  mentions: Entity[];
  urls: Entity[];
  /** Index of the first token of each sentence, ascending, starting with 0. */
  sentenceStarts: number[];
  /** How many digits the text holds: rules looking for phone numbers, addresses or SINs skip texts with too few. */
  digits: number;
  /** The text holds an `@` (e-mail addresses, mentions). */
  hasAt: boolean;
  lang: Lang;
  /** Words (tokens with a letter, entities aside) and how many of them are among either language's commonest words. */
  words: number;
  langHints: number;
  /** Each per-text analysis's answer, by the slot `perView` gave it (structure/memo.ts): filled as the rules ask. */
  memo: unknown[];
  /**
   * The text as the model's features read it (`foldForFeatures`: decomposed, marks removed, lower case), made in the
   * same pass as `folded`; undefined for a text with a capital sigma, whose lower case depends on its place in a word.
   */
  modelFold: string | undefined;
}

// The class lists invisible code points one by one; none of them combines with a neighbour inside the class.
// eslint-disable-next-line no-misleading-character-class
const ZERO_WIDTH = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/;

/** Letters from other scripts that look like Latin ones and are used to dodge filters. */
const LOOKALIKES: Record<string, string> = {
  "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
  "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ı": "i",
  "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
  "χ": "x", "ω": "w", "ℓ": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "ł": "l",
  "‘": "'", "’": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'",
  "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
};

const foldCache = new Map<string, string>();

/** Folds one code point: compatibility forms, accents, case, look-alikes; zero-width characters vanish. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  const hit = foldCache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (ZERO_WIDTH.test(ch)) out = "";
  else {
    const lower = ch.toLowerCase();
    const mapped = LOOKALIKES[lower] ?? LOOKALIKES[ch];
    if (mapped !== undefined) out = mapped;
    else {
      out = lower.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
      out = [...out].map((c) => LOOKALIKES[c] ?? c).join("");
      // Keep the character when decomposition would leave nothing (a lone combining mark stays itself).
      if (out === "" && !/\p{M}/u.test(ch)) out = ch;
    }
  }
  if (foldCache.size < 50_000) foldCache.set(ch, out);
  return out;
}

/** Folds a whole string the way the view folds text: lexicon terms go through this too. */
export function fold(s: string): string {
  let out = "";
  for (const ch of s) out += foldChar(ch);
  return out;
}

/** A code point beyond ASCII as the view folds it (`foldChar`) and as the model's features do (`foldForFeatures`). */
interface Folds {
  view: string;
  model: string;
  /** The character is one only French uses of the two languages (FR_LETTERS). */
  french: boolean;
}

/** Both folds by code point: a number is looked up faster than a string made for each character. */
const foldsCache = new Map<number, Folds>();

function foldsOf(code: number, text: string, i: number, width: number): Folds {
  let folds = foldsCache.get(code);
  if (folds === undefined) {
    const ch = width === 2 ? text.slice(i, i + 2) : text[i]!;
    // A lone high surrogate's unit after it is tested too: FR_LETTERS over the text reads every unit.
    folds = { view: foldChar(ch), model: foldForFeatures(ch), french: FR_LETTERS.test(ch) };
    if (foldsCache.size < 50_000) foldsCache.set(code, folds);
  }
  return folds;
}

const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l" };

/** Character classes of folded text, by char code (ASCII and the two mask bullets); other codes are looked up. */
const LETTER = 1;
const DIGIT = 2;
const OBFUSCATION = 4;
const MASK = 8;
const END = 16;
const CLASS = new Uint8Array(0x2027);
for (let c = 97; c <= 122; c++) CLASS[c] = LETTER;
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (const ch of Object.keys(LEET)) CLASS[ch.charCodeAt(0)]! |= OBFUSCATION;
for (const ch of ["*", "#", "_", "•", "·"]) CLASS[ch.charCodeAt(0)]! |= OBFUSCATION | MASK;
for (const ch of [".", "!", "?", ";", "\n", "…"]) CLASS[ch.charCodeAt(0)]! |= END;
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
const nonAsciiWord = new Map<number, boolean>();

function classOf(code: number): number {
  if (code < CLASS.length) {
    const k = CLASS[code]!;
    if (k !== 0 || code < 0x80) return k;
  }
  let word = nonAsciiWord.get(code);
  if (word === undefined) {
    word = NON_ASCII_WORD.test(String.fromCharCode(code));
    if (nonAsciiWord.size < 10_000) nonAsciiWord.set(code, word);
  }
  return word ? LETTER : 0;
}

/** Titles after which a full stop does not end the sentence. */
const TITLES = new Set(["mr", "mrs", "ms", "dr", "st", "m", "mme", "mlle", "me", "pr", "hon", "sen", "gen", "lt", "col", "sgt", "jr", "sr", "vs", "etc", "ex", "p", "c", "no"]);

/** A full stop inside a URL, an e-mail address, a number or after a title does not end a sentence; the others do. */
function endsSentence(folded: string, i: number): boolean {
  if (folded[i] !== ".") return true;
  const next = folded[i + 1];
  if (next !== undefined && next !== " " && next !== "\n" && next !== "\t" && next !== ")" && next !== "\"" && next !== "'" && next !== ".") return false;
  let s = i;
  while (s > 0 && classOf(folded.charCodeAt(s - 1)) & LETTER) s--;
  return !TITLES.has(folded.slice(s, i));
}

/** Whether the `@` at `j` joins an e-mail address (a domain with a dot follows), not a masked letter. */
function isEmailAt(folded: string, j: number): boolean {
  return /^@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/.test(folded.slice(j, j + 80));
}

/** Whether a char code is one of LEET's keys (all ASCII). */
const IS_LEET = new Uint8Array(0x80);
for (const ch of Object.keys(LEET)) IS_LEET[ch.charCodeAt(0)] = 1;

function decodeLeet(raw: string): string {
  // Most words hold no leet character at all: they read the same.
  let k = 0;
  while (k < raw.length && !(raw.charCodeAt(k) < 0x80 && IS_LEET[raw.charCodeAt(k)])) k++;
  if (k === raw.length) return raw;
  let out = "";
  for (const ch of raw) out += LEET[ch] ?? ch;
  return out;
}

/** The word without its ASCII symbols (`wow!` → `wow`), read once, without a pattern (masks make thousands of them). */
function lettersOf(raw: string): string {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c < 0x80 && !(c >= 97 && c <= 122) && !(c >= 48 && c <= 57)) {
      let out = raw.slice(0, k);
      for (let m = k + 1; m < raw.length; m++) {
        const d = raw.charCodeAt(m);
        if (d >= 0x80 || (d >= 97 && d <= 122) || (d >= 48 && d <= 57)) out += raw[m];
      }
      return out;
    }
  }
  return raw;
}

/** The symbols a mask hides letters with: `*`, `#`, `_`, `•`, `·`, `@`, `$`. */
const isMaskSymbol = (c: number) => c === 42 || c === 35 || c === 95 || c === 0x2022 || c === 0xb7 || c === 64 || c === 36;

function hasMaskSymbol(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) if (isMaskSymbol(raw.charCodeAt(k))) return true;
  return false;
}

/** The mask with every symbol written `*` (`m#rde` → `m*rde`). */
function asMask(raw: string): string {
  let out = "";
  for (let k = 0; k < raw.length; k++) out += isMaskSymbol(raw.charCodeAt(k)) ? "*" : raw[k];
  return out;
}

const HASH = 35;
const AT = 64;
const DOLLAR = 36;
const BANG = 33;
const UNDERSCORE = 95;

const isWord = (k: number) => (k & (LETTER | DIGIT)) !== 0;
const isLetter = (c: string) => c >= "a" && c <= "z";
/** A letter and a digit that stands for one (1diot, sh1t, l0ser): read the word a second time with letters. */
const LETTER_AND_LEET_DIGIT = /^(?=.*[a-z])(?=.*[013457])/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

const EN_HINTS = new Set(["the", "and", "is", "are", "you", "to", "of", "my", "for", "this", "that", "with", "it", "in", "was", "be", "on", "have", "not", "i", "we", "they", "what", "your", "our", "at", "will", "just", "so", "all", "but", "from", "he", "she", "his", "her", "its", "their", "them"]);
const FR_HINTS = new Set(["le", "la", "les", "des", "du", "et", "est", "sont", "une", "un", "pour", "pas", "que", "qui", "je", "tu", "vous", "nous", "ce", "cette", "avec", "dans", "sur", "mon", "ma", "mes", "notre", "nos", "votre", "au", "aux", "ne", "il", "elle", "ils", "elles", "on", "c", "j", "l", "d", "qu", "n", "s", "t", "m", "a", "y", "en", "tres", "mais", "ou", "plus", "tout", "tous", "fait", "etre", "avoir", "leur",
  // Short posts often hold none of the words above: the calls and greetings they are made of are French-only too.
  "votez", "allez", "venez", "lisez", "partagez", "rejoignez", "appuyez", "soutenez", "signez", "regardez", "ecoutez", "merci", "bonjour",
  "bonsoir", "salut", "oui", "aujourd", "hui", "chez", "gouvernement", "ministre", "ministere", "fonctionnaire", "fonctionnaires"]);
/** Letters that only French text uses among the two languages. */
const FR_LETTERS = /[àâçéèêëîïôûùüÿœ]/i;

/** Both lists by vocabulary number (1: English, 2: French, 3: both), read with the number the view looks up anyway. */
const HINTS: number[] = [];
for (const w of EN_HINTS) HINTS[wordId(w)] = 1;
for (const w of FR_HINTS) HINTS[wordId(w)] = (HINTS[wordId(w)] ?? 0) | 2;
for (let id = 0; id < HINTS.length; id++) HINTS[id] ??= 0;

/** Numbers the view's tokens (`ids`), and reads its language from them. */
function detectLang(view: TextView, frenchLetters: boolean): void {
  let en = 0;
  let fr = 0;
  let words = 0;
  let hints = 0;
  const ids = view.ids;
  const tokens = view.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const id = knownId(t.norm);
    ids.push(id);
    if (t.entity) continue;
    if (hasLetter(t.norm)) words++;
    const hint = id >= 0 && id < HINTS.length ? HINTS[id]! : 0;
    if (hint === 0) continue;
    hints++;
    if (hint & 1) en++;
    if (hint & 2) fr++;
  }
  if (frenchLetters) fr += 1.5;
  view.lang = fr > en ? "fr" : "en";
  view.words = words;
  view.langHints = hints;
}

const LETTER_BEYOND_ASCII = /\p{L}/u;
/** Whether a folded token holds a letter: ASCII ones by code, others (rare once folded) by their Unicode class. */
function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127 && LETTER_BEYOND_ASCII.test(s[i]!)) return true;
  }
  return false;
}

interface RawEntity {
  kind: "hashtag" | "mention" | "url";
  value: string;
  start: number;
  end: number;
}

/** Whitespace as twitter-text splits on it (\s in JavaScript patterns). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Above this length a whitespace-free run is no word, handle or link of an ordinary post: it is handed to twitter-text in
 * pieces of LONG_PIECE characters, whose patterns take time growing faster than the length they are given.
 */
export const LONG_CHUNK = 1024;
const LONG_PIECE = 256;

/** What a whitespace-free chunk holds, as bits: a `#` (TAG), an `@` (MENTION), a dot (DOT), a domain or scheme's shape. */
const TAG = 1;
const MENTION = 2;
const DOT = 4;
const URLISH = 8;
/** A chunk with one of these may hold an entity; twitter-text reads URLs in any with a dot (DOT). */
const MAY_HOLD = TAG | MENTION | URLISH;

/** The chunk's shape (bits above). */
function entityShape(text: string, start: number, end: number): number {
  let shape = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 35 || c === 0xff03) shape |= TAG;
    else if (c === 64 || c === 0xff20) shape |= MENTION;
    else if (c === 46) {
      shape |= DOT;
      // A letter or digit, a dot and two letters (any case): "ndp.ca", "www.x".
      if (!(shape & URLISH) && k > start && k + 2 < end && isAlnum(text.charCodeAt(k - 1)) && isAsciiLetter(text.charCodeAt(k + 1)) && isAsciiLetter(text.charCodeAt(k + 2))) shape |= URLISH;
    } else if (c === 58 && k + 2 < end && text.charCodeAt(k + 1) === 47 && text.charCodeAt(k + 2) === 47) shape |= URLISH;
  }
  return shape;
}

/** A character entityShape reads: `#`, `@` (either width), `.` or `:`. A chunk without any has no entity. */
const isShapeChar = (c: number) => c === 35 || c === 64 || c === 46 || c === 58 || c === 0xff03 || c === 0xff20;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57);

/**
 * Hashtags, mentions and URLs as twitter-text finds them. twitter-text's Unicode patterns are slow over a whole post,
 * so it is run only on the whitespace-delimited chunks that can hold an entity, with the character before each chunk
 * for its boundary rules; entities never contain whitespace, so nothing is lost. The chunks are found in one pass, and
 * a chunk longer than LONG_CHUNK is read in pieces, so that the work stays linear in the text's length whatever it holds.
 */
function extractEntities(text: string): RawEntity[] {
  const out: RawEntity[] = [];
  const n = text.length;
  let start = 0;
  while (start < n) {
    while (start < n && isSpace(text.charCodeAt(start))) start++;
    if (start >= n) break;
    // Most chunks are words with none of entityShape's characters: found while looking for the chunk's end.
    let end = start;
    let special = false;
    for (; end < n; end++) {
      const c = text.charCodeAt(end);
      if (c > 32 && c < 127) special ||= isShapeChar(c);
      else if (isSpace(c)) break;
      else special ||= isShapeChar(c);
    }
    countSteps(end - start);
    if (!special) {
      start = end;
      continue;
    }
    const shape = entityShape(text, start, end);
    if (shape & MAY_HOLD) {
      if (end - start <= LONG_CHUNK) entitiesOf(text, start > 0 ? start - 1 : 0, end, shape, out);
      else {
        for (let p = start; p < end; p += LONG_PIECE) {
          const q = Math.min(end, p + LONG_PIECE);
          // Only the first piece gets the character before it: a piece that did would overlap the one before.
          entitiesOf(text, p === start && p > 0 ? p - 1 : p, q, entityShape(text, p, q), out);
        }
      }
    }
    start = end;
  }
  if (out.length === 0) return out;
  // A URL wins over a hashtag or mention inside it (twitter-text's own rule when it sees the whole text). URLs never
  // overlap one another, so the only URL that can hold an entity is the last one starting at or before it.
  out.sort((a, b) => a.start - b.start);
  const urls = out.filter((e) => e.kind === "url");
  if (urls.length === 0) return out;
  let u = -1;
  return out.filter((e) => {
    if (e.kind === "url") return true;
    while (u + 1 < urls.length && urls[u + 1]!.start <= e.start) u++;
    const url = urls[u];
    return !(url && url.start <= e.start && e.end <= url.end);
  });
}

/** The entities twitter-text finds in `text[from, end)`, by kind as the chunk's shape allows. */
function entitiesOf(text: string, from: number, end: number, shape: number, out: RawEntity[]): void {
  const piece = text.slice(from, end);
  countSteps(piece.length);
  if (shape & TAG) for (const h of twitterText.extractHashtagsWithIndices(piece)) out.push({ kind: "hashtag", value: h.hashtag, start: from + h.indices[0], end: from + h.indices[1] });
  if (shape & MENTION) for (const x of twitterText.extractMentionsOrListsWithIndices(piece)) out.push({ kind: "mention", value: x.screenName, start: from + x.indices[0], end: from + x.indices[1] });
  if (shape & DOT) for (const u of twitterText.extractUrlsWithIndices(piece)) out.push({ kind: "url", value: u.url, start: from + u.indices[0], end: from + u.indices[1] });
}

/**
 * Typed arrays are dear to allocate (about a microsecond each): offsets are worked out in one kept for the purpose,
 * grown when a text needs more, and each view gets an exact copy.
 */
let scratch = new Int32Array(1024);

function reserve(size: number): void {
  if (size <= scratch.length) return;
  const bigger = new Int32Array(Math.max(size, scratch.length * 2));
  bigger.set(scratch);
  scratch = bigger;
}

/**
 * 0, 1, 2…: the offsets of a text whose every character folds to one, as a view of one array kept for the purpose
 * (no view's offsets are ever written, and the array is replaced, not changed, when a longer text needs more).
 */
let identity = new Int32Array(0);

function identityOffsets(size: number): Int32Array {
  if (identity.length < size) {
    identity = new Int32Array(Math.max(size, 1024));
    for (let k = 0; k < identity.length; k++) identity[k] = k;
  }
  return identity.subarray(0, size);
}

/**
 * Folds a text that holds other than ASCII, keeping for every folded character the offset of the character it came
 * from. ASCII runs are lowered in one go; other code points are folded one by one (a fold may grow, as ß → ss). A
 * function of its own: inlined in normalize, it was compiled with no feedback while the lexicons' ASCII terms were.
 */
function foldText(text: string): { folded: string; offsets: Int32Array; digits: number; modelFold: string | undefined; french: boolean } {
  const parts: string[] = [];
  // The model's fold, piece by piece beside the view's: the same lowered ASCII runs, and each other code point
  // decomposed without its marks. Piece by piece is the whole text's fold, but for a capital sigma (final or not).
  // Made only from the first piece that differs from the view's (’ stays ’ for the model): most texts have none.
  let model: string[] | undefined;
  let sigma = false;
  let digits = 0;
  let french = false;
  // While every offset is its own index, none is written: the view shares the identity's (identityOffsets).
  let same = true;
  let len = 0;
  let run = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 48 && code <= 57) digits++;
      i++;
      continue;
    }
    if (run < i) {
      const lowered = text.slice(run, i).toLowerCase();
      parts.push(lowered);
      model?.push(lowered);
      if (same) len += i - run;
      else {
        reserve(len + i - run);
        for (let k = run; k < i; k++) scratch[len++] = k;
      }
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    // A lone high surrogate takes the next unit with it, even a digit or a sigma.
    const second = width === 2 ? text.charCodeAt(i + 1) : -1;
    if (second >= 48 && second <= 57) digits++;
    if (code === 0x3a3 || second === 0x3a3) sigma = true;
    // A unit alone is its own key; a high surrogate and the unit after it (a pair, or not) have one past 0xFFFF.
    const folds = foldsOf(width === 2 ? 0x10000 + (((code - 0xd800) << 16) | second) : code, text, i, width);
    const f = folds.view;
    parts.push(f);
    if (model) model.push(folds.model);
    else if (folds.model !== f) {
      model = parts.slice(0, -1);
      model.push(folds.model);
    }
    french ||= folds.french;
    // One unit folded to one keeps every offset its own (é → e); a pair, a ligature or a vanishing character does not.
    if (same && (width !== 1 || f.length !== 1)) {
      same = false;
      reserve(len);
      for (let k = 0; k < len; k++) scratch[k] = k;
    }
    if (same) len++;
    else {
      reserve(len + f.length);
      for (let k = 0; k < f.length; k++) scratch[len++] = i;
    }
    i += width;
    run = i;
  }
  if (run < text.length) {
    const lowered = text.slice(run).toLowerCase();
    parts.push(lowered);
    model?.push(lowered);
  }
  const folded = parts.join("");
  const modelFold = sigma ? undefined : model ? model.join("") : folded;
  if (same) return { folded, offsets: identityOffsets(len + text.length - run + 1), digits, modelFold, french };
  reserve(len + text.length - run + 1);
  for (let k = run; k <= text.length; k++) scratch[len++] = k;
  return { folded, offsets: scratch.slice(0, len), digits, modelFold, french };
}

/**
 * Builds the one view of a text that all rules share: folded text with offsets back into the original, tokens
 * (with leetspeak and masked readings), hashtags, mentions, URLs, sentences and language.
 */
export function normalize(text: string): TextView {
  const ascii = ASCII_ONLY.test(text);
  // ASCII text folds to its lower case for the rules and the model alike.
  const { folded, offsets, digits: foldedDigits, modelFold, french } = ascii
    ? { folded: text.toLowerCase(), offsets: identityOffsets(text.length + 1), digits: 0, modelFold: undefined, french: false }
    : foldText(text);
  // The ASCII digits of the text as written (a digit folded from ① or ¹ is not one), counted by whichever pass reads
  // every character: foldText, or for ASCII text, which folding leaves alone, the tokenizer (every digit is in a word).
  let digits = foldedDigits;

  const entities = extractEntities(text);
  const tokens: Token[] = [];
  const sentenceStarts: number[] = [0];
  let entityIndex = 0;
  let sentenceEnded = false;
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const k = classOf(folded.charCodeAt(i));
    if (k & END) {
      if (endsSentence(folded, i)) sentenceEnded = tokens.length > 0;
      i++;
      continue;
    }
    const c = folded.charCodeAt(i);
    if (!isWord(k) && !(k & OBFUSCATION && c !== HASH && c !== AT && i + 1 < n && classOf(folded.charCodeAt(i + 1)) & LETTER)) {
      i++;
      continue;
    }
    // A run of word characters, possibly with leet or mask characters inside it.
    let j = i;
    let obfuscated = false;
    let masked = false;
    let prev = 0;
    let sawDigit = false;
    while (j < n) {
      const d = classOf(folded.charCodeAt(j));
      if (isWord(d)) {
        if (d & DIGIT) {
          sawDigit = true;
          if (ascii) digits++;
        }
        prev = d;
        j++;
        continue;
      }
      if (!(d & OBFUSCATION)) break;
      const nextIsLetter = j + 1 < n && (classOf(folded.charCodeAt(j + 1)) & LETTER) !== 0;
      if (!(isWord(prev) || nextIsLetter || (obfuscated && prev & OBFUSCATION))) break;
      const ch = folded.charCodeAt(j);
      // `#` and `@` start hashtags and mentions; only count them inside a word. The `@` of an e-mail address is its own.
      if ((ch === HASH || ch === AT) && !isWord(prev)) break;
      if (ch === AT && isEmailAt(folded, j)) break;
      obfuscated = true;
      if (d & MASK || ch === AT || ch === DOLLAR) masked = true;
      prev = d;
      j++;
    }
    countSteps(j - i + 1);
    // A sentence-ending "!" glued to a word is punctuation, not leetspeak.
    while (j > i + 1 && (folded.charCodeAt(j - 1) === BANG || folded.charCodeAt(j - 1) === UNDERSCORE) && !(classOf(folded.charCodeAt(j - 2)) & MASK)) j--;
    const raw = folded.slice(i, j);
    const start = offsets[i]!;
    const end = offsets[j]!;
    while (entityIndex < entities.length && entities[entityIndex]!.end <= start) entityIndex++;
    const ent = entities[entityIndex];
    const entity = ent && ent.start <= start && end <= ent.end ? ent.kind : undefined;
    if (sentenceEnded) {
      sentenceStarts.push(tokens.length);
      sentenceEnded = false;
    }
    // Every token has the same shape, so that the matcher's property reads stay monomorphic.
    const tok: Token = { norm: raw, alt: undefined, start, end, entity, masked: undefined };
    if (obfuscated && /[a-z\u0080-\uffff]/.test(raw)) {
      // Two readings: the letters alone (for ordinary words around a stray symbol) and the decoded word.
      tok.norm = lettersOf(raw);
      // A mask's second reading is the mask itself, its symbols written `*`; other words are decoded as leetspeak.
      if (masked && hasMaskSymbol(raw)) {
        tok.masked = true;
        tok.alt = asMask(raw);
      } else tok.alt = decodeLeet(raw);
    } else if (sawDigit && LETTER_AND_LEET_DIGIT.test(raw)) {
      tok.alt = decodeLeet(raw);
    }
    tokens.push(tok);
    i = j;
  }

  const view: TextView = {
    text,
    folded,
    offsets,
    tokens,
    ids: [],
    vocabulary: vocabularySize(),
    joined: joinSpelledLetters(tokens, text),
    hashtags: [],
    mentions: [],
    urls: [],
    sentenceStarts,
    digits,
    hasAt: text.includes("@") || text.includes("＠"),
    lang: "en",
    words: 0,
    langHints: 0,
    memo: [],
    modelFold: ascii ? folded : modelFold,
  };
  for (const e of entities) {
    const list = e.kind === "hashtag" ? view.hashtags : e.kind === "mention" ? view.mentions : view.urls;
    list.push({ value: e.value, norm: fold(e.value), start: e.start, end: e.end });
  }
  detectLang(view, french);
  return view;
}

/**
 * The vocabulary numbers of the view's tokens (-1: a word no list holds). Lists read lazily may have added words since
 * the view was made: those tokens are looked up again, once.
 */
export function tokenIds(view: TextView): readonly number[] {
  const size = vocabularySize();
  if (view.vocabulary !== size) {
    const ids = view.ids;
    for (let k = 0; k < ids.length; k++) if (ids[k]! < 0) ids[k] = knownId(view.tokens[k]!.norm);
    view.vocabulary = size;
  }
  return view.ids;
}

/** `f u c k`, `f.u.c.k`, `f-u-c-k`: three or more single letters separated by one space or punctuation mark. */
function joinSpelledLetters(tokens: Token[], text: string): Token[] {
  // Spelled-out words need three one-letter tokens in a row; French elisions (l', d', j') rarely make one.
  let inRow = 0;
  let found = false;
  for (const t of tokens) {
    inRow = t.norm.length === 1 ? inRow + 1 : 0;
    if (inRow === 3) {
      found = true;
      break;
    }
  }
  if (!found) return [];
  const out: Token[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length >= 3) {
      out.push({ norm: run.map((t) => t.norm).join(""), alt: undefined, start: run[0]!.start, end: run[run.length - 1]!.end, entity: undefined, masked: undefined });
      // "a m o r o n": the first letter may be a word of its own (a, i, y, à).
      if (run.length >= 4 && /^[aiyo]$/.test(run[0]!.norm)) {
        out.push({ norm: run.slice(1).map((t) => t.norm).join(""), alt: undefined, start: run[1]!.start, end: run[run.length - 1]!.end, entity: undefined, masked: undefined });
      }
    }
    run = [];
  };
  for (const t of tokens) {
    const single = t.norm.length === 1 && isLetter(t.norm) && !t.entity;
    const prev = run[run.length - 1];
    if (single && (!prev || t.start - prev.end <= 2) && (!prev || !/\s\s|\n/.test(text.slice(prev.end, t.start)))) {
      run.push(t);
    } else {
      flush();
      if (single) run.push(t);
    }
  }
  flush();
  return out;
}

/** The `[start, end)` span in the original text of tokens `from` to `to` (exclusive). */
export function tokenSpan(view: TextView, from: number, to: number): Span {
  return [view.tokens[from]!.start, view.tokens[to - 1]!.end];
}

/** The sentence (by index into `sentenceStarts`) that token `i` belongs to. */
export function sentenceOf(view: TextView, tokenIndex: number): number {
  const s = view.sentenceStarts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]! <= tokenIndex) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps a `[start, end)` range of the folded text back to the text as written. */
export function foldedSpan(view: TextView, start: number, end: number): Span {
  return [view.offsets[start]!, end > 0 ? view.offsets[end - 1]! + charWidthAt(view.text, view.offsets[end - 1]!) : 0];
}

function charWidthAt(s: string, i: number): number {
  const cp = s.codePointAt(i);
  return cp !== undefined && cp > 0xffff ? 2 : 1;
}
