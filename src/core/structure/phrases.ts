import { fold, tokenIds, type TextView } from "../normalize.js";
import { wordId } from "../vocabulary.js";
import { perView } from "./memo.js";
import { countSteps } from "../work.js";

/** A phrase found in a text: tokens `[from, to)`, with the value its table gave it. */
export interface PhraseHit<V> {
  value: V;
  from: number;
  to: number;
}

/**
 * Phrases as a trie of folded tokens, by their vocabulary numbers (vocabulary.ts): a text is read once, each token
 * walking down at most its longest phrase.
 */
export interface PhraseTable<V> {
  next: Map<number, PhraseTable<V>>;
  /** The value of the phrase that ends here, if one does. */
  value?: V;
}

/** The tokens of a phrase as the view would cut and fold them ("l'Alberta" → "l", "alberta"; "porte-à-porte" → three). */
export function phraseWords(phrase: string): string[] {
  return fold(phrase).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
}

/** The phrases of one analysis, in each language; of two equal phrases the first keeps its value. */
export type PhraseLists<V> = () => { en: Iterable<readonly [string, V]>; fr: Iterable<readonly [string, V]> };

const channels: PhraseLists<unknown>[] = [];
/** The trie of every channel's phrases, and its root's children in an array by vocabulary number. */
interface Combined {
  root: PhraseTable<[number, unknown][]>;
  rootById: (PhraseTable<[number, unknown][]> | undefined)[];
}
let combined: { en: Combined; fr: Combined; count: number } | undefined;

function combinedOnce(): { en: Combined; fr: Combined } {
  if (combined && combined.count === channels.length) return combined;
  const build = (lang: "en" | "fr") => {
    const root: PhraseTable<[number, unknown][]> = { next: new Map() };
    channels.forEach((lists, channel) => {
      for (const [phrase, value] of lists()[lang]) {
        const words = phraseWords(phrase);
        if (words.length === 0) continue;
        let node = root;
        for (const w of words) {
          const id = wordId(w);
          let child = node.next.get(id);
          if (!child) node.next.set(id, (child = { next: new Map() }));
          node = child;
        }
        node.value ??= [];
        if (!node.value.some(([c]) => c === channel)) node.value.push([channel, value]);
      }
    });
    const rootById: Combined["rootById"] = [];
    for (const [id, child] of root.next) rootById[id] = child;
    // Holes read as undefined, but a packed array reads faster.
    for (let id = 0; id < rootById.length; id++) rootById[id] ??= undefined;
    return { root, rootById };
  };
  combined = { en: build("en"), fr: build("fr"), count: channels.length };
  return combined;
}

/** Per channel: the first token free of its last match, and the longest match and its value at the current token. */
let nextFree = new Int32Array(0);
let bestLength = new Int32Array(0);
const bestValues: unknown[] = [];

/**
 * Every analysis's phrases found in one walk over a text's tokens (one trie of all their phrases), each analysis
 * getting its own longest, non-overlapping matches, as `findPhrases` would give it with its own table.
 */
const readChannels = perView((view: TextView): PhraseHit<unknown>[][] => {
  const tables = combinedOnce();
  const { rootById } = readingLang(view) === "fr" ? tables.fr : tables.en;
  // Read after the tables are built: building them numbers their words.
  const ids = tokenIds(view);
  const n = channels.length;
  const out: PhraseHit<unknown>[][] = [];
  for (let c = 0; c < n; c++) out.push([]);
  // Scratch kept between texts (a typed array costs more to allocate than this walk over a post).
  if (nextFree.length < n) {
    nextFree = new Int32Array(n);
    bestLength = new Int32Array(n);
  }
  nextFree.fill(0);
  const bestValue = bestValues;
  const tokens = view.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const id = ids[i]!;
    let node = id < 0 || id >= rootById.length || tokens[i]!.entity === "url" ? undefined : rootById[id];
    if (node === undefined) continue;
    bestLength.fill(0);
    let k = i + 1;
    for (; node !== undefined; k++) {
      const values = node.value;
      if (values !== undefined) {
        for (let m = 0; m < values.length; m++) {
          const c = values[m]![0];
          bestLength[c] = k - i;
          bestValue[c] = values[m]![1];
        }
      }
      if (k >= tokens.length || node.next.size === 0) break;
      node = node.next.get(ids[k]!);
    }
    countSteps(k - i);
    for (let c = 0; c < n; c++) {
      const length = bestLength[c]!;
      if (length === 0 || nextFree[c]! > i) continue;
      out[c]!.push({ value: bestValue[c], from: i, to: i + length });
      nextFree[c] = i + length;
    }
  }
  return out;
});

/** Declares an analysis's phrases; the function it returns finds them in a text, read with every other analysis's. */
export function phraseChannel<V>(lists: PhraseLists<V>): (view: TextView) => PhraseHit<V>[] {
  const channel = channels.push(lists as PhraseLists<unknown>) - 1;
  return (view) => readChannels(view)[channel] as PhraseHit<V>[];
}

const EN_FUNCTION_WORDS = new Set(["the", "is", "are", "was", "a", "an", "and", "of", "to", "my", "our", "their", "this", "that", "it", "in", "on", "for", "with", "i", "you", "they", "be", "have", "has", "not", "just", "so"]);
const FR_FUNCTION_WORDS = new Set(["le", "la", "les", "est", "et", "de", "des", "du", "un", "une", "mon", "ma", "mes", "notre", "leur", "ce", "cette", "je", "j", "tu", "il", "elle", "on", "pas", "pour", "avec", "dans", "qui", "que", "c", "pis", "y"]);

/**
 * The language to read a text's words in. The view leans French on any letter outside ASCII, an emoji flag included:
 * where it says French, the function words decide ("the", "is" against « le », « est »), and a tie keeps French.
 * Read once per text, by the one walk that finds every analysis's phrases.
 */
export function readingLang(view: TextView): "en" | "fr" {
  // The view errs only towards French: a text it reads as English is English.
  if (view.lang === "en") return "en";
  let en = 0;
  let fr = 0;
  for (const t of view.tokens) {
    if (EN_FUNCTION_WORDS.has(t.norm)) en++;
    if (FR_FUNCTION_WORDS.has(t.norm)) fr++;
  }
  return en > fr ? "en" : fr > en ? "fr" : view.lang;
}
