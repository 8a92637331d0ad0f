import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import {
  compileLexicons,
  matchLexicons,
  MAX_HITS_AT_TOKEN,
  MAX_HITS_PER_LEXICON_AT_TOKEN,
  MAX_HITS_PER_TEXT,
  MAX_PATHS,
  MAX_TERM_WORDS,
  type CompiledLexicons,
  type Hit,
  type Lexicon,
  type MatchWork,
} from "../../src/core/matcher.js";
import { normalize, type TextView } from "../../src/core/normalize.js";

const lex = (id: string, terms: string[], extra: Partial<Lexicon> = {}): Lexicon => ({ id, lang: "any", source: "test", terms, ...extra });
const compiled = compileLexicons([
  lex("party", ["New Democratic Party", "NDP", "Parti québécois"]),
  lex("crime", ["criminel*"]),
  lex("profanity", ["fuck", "merde"], { maskable: true, maskVisible: 1 }),
  lex("insult", ["fool", "moron"], { maskable: true }),
  lex("ad", ["#ad"]),
  lex("tags", ["cdnpoli"], { hashtagsOnly: true }),
]);
const hits = (text: string) => matchLexicons(normalize(text), compiled).map((h) => `${h.lexicon}:${text.slice(h.span[0], h.span[1])}`);

describe("lexicon matcher", () => {
  it("matches phrases across case, accents and punctuation", () => {
    assert.deepEqual(hits("Go NEW democratic party!"), ["party:NEW democratic party"]);
    assert.deepEqual(hits("le Parti Quebecois"), ["party:Parti Quebecois"]);
  });

  it("matches an acronym only when written in capitals", () => {
    assert.deepEqual(hits("the NDP plan"), ["party:NDP"]);
    assert.deepEqual(hits("ndp"), []);
  });

  it("matches a prefix term on any ending", () => {
    assert.deepEqual(hits("des criminelles"), ["crime:criminelles"]);
  });

  it("matches masked and spelled-out forms of maskable words only", () => {
    assert.deepEqual(hits("f*** that"), ["profanity:f***"]);
    assert.deepEqual(hits("f***ing great"), ["profanity:f***ing"]);
    assert.deepEqual(hits("m*rde alors"), ["profanity:m*rde"]);
    assert.deepEqual(hits("f u c k"), ["profanity:f u c k"]);
    assert.deepEqual(hits("N** D P"), []);
    assert.deepEqual(hits("you m*r*n"), ["insult:m*r*n"]);
  });

  it("needs two shown letters for a mask, unless the list says one will do (f*** is not also f*** = fool)", () => {
    assert.deepEqual(hits("f*** that"), ["profanity:f***"]);
    assert.deepEqual(hits("f*** you"), ["profanity:f***"], "not also insult:fool");
  });

  it("matches hashtag terms only inside hashtags", () => {
    assert.deepEqual(hits("#ad new shoes"), ["ad:ad"]);
    assert.deepEqual(hits("an ad for shoes"), []);
    assert.deepEqual(hits("#cdnpoli today"), ["tags:cdnpoli"]);
    assert.deepEqual(hits("cdnpoli today"), []);
  });

  it("refuses a term with no words", () => {
    assert.throws(() => compileLexicons([lex("bad", ["!!!"])]), /has no words/);
  });
});

const noWork = (): MatchWork => ({ steps: 0, prefixLetters: 0, maskComparisons: 0, cappedTokens: 0 });
function matchCounted(compiledLexicons: CompiledLexicons, text: string) {
  const view = normalize(text);
  const work = noWork();
  const found = matchLexicons(view, compiledLexicons, work);
  return { view, found, work };
}
const repeatedWords = (word: string, n: number) => Array.from({ length: n }, () => word).join(" ");
/** Hits by the token they start at. */
const byStart = (found: readonly Hit[]) => {
  const counts = new Map<number, number>();
  for (const h of found) counts.set(h.from, (counts.get(h.from) ?? 0) + 1);
  return counts;
};

describe("the matcher's work is bounded whatever the word lists", () => {
  const nested = Array.from({ length: MAX_TERM_WORDS }, (_, i) => repeatedWords("a", i + 1));

  it(`refuses a term of more than ${MAX_TERM_WORDS} words when it is compiled`, () => {
    assert.throws(() => compileLexicons([lex("long", [repeatedWords("a", MAX_TERM_WORDS + 1)])]), /has 13 words; a term may have at most 12/);
    assert.doesNotThrow(() => compileLexicons([lex("long", [repeatedWords("a", MAX_TERM_WORDS)])]));
  });

  it('"a", "a a", … against 40,000 characters of "a ": a bounded number of hits and of trie steps per word', () => {
    const { view, found, work } = matchCounted(compileLexicons([lex("nested", nested)]), "a ".repeat(20_000));
    const words = view.tokens.length;
    assert.equal(words, 20_000);
    // One reading per word: the trie is followed at most 12 words from each.
    assert.ok(work.steps <= words * MAX_TERM_WORDS, `${work.steps} steps`);
    assert.equal(found.length, words * MAX_HITS_PER_LEXICON_AT_TOKEN - (1 + 2 + 3), "the four shortest passages from each word (fewer near the end)");
    for (const count of byStart(found).values()) assert.ok(count <= MAX_HITS_PER_LEXICON_AT_TOKEN);
    assert.ok(found.every((h) => h.to - h.from <= MAX_HITS_PER_LEXICON_AT_TOKEN));
    assert.ok(work.cappedTokens >= words - MAX_TERM_WORDS, `${work.cappedTokens} tokens capped`);
  });

  it(`matching stops at about ${MAX_HITS_PER_TEXT.toLocaleString("en-CA")} hits in a text: 100,000 characters of "a " keep the memory small`, () => {
    const { view, found, work } = matchCounted(compileLexicons([lex("nested", nested)]), "a ".repeat(50_000));
    assert.equal(found.length, MAX_HITS_PER_TEXT, "four passages from each of the first 25,000 words");
    assert.equal(found.at(-1)!.from, MAX_HITS_PER_TEXT / MAX_HITS_PER_LEXICON_AT_TOKEN - 1);
    assert.equal(work.cappedTokens, view.tokens.length);
    assert.ok(work.steps <= (MAX_HITS_PER_TEXT / MAX_HITS_PER_LEXICON_AT_TOKEN) * MAX_TERM_WORDS);
  });

  it("the same word in many lists gives at most 8 hits at a word, and the walk stops there", () => {
    const many = Array.from({ length: 300 }, (_, k) => lex(`list${k}`, nested));
    const { view, found, work } = matchCounted(compileLexicons(many), "a ".repeat(10_000));
    assert.equal(found.length, view.tokens.length * MAX_HITS_AT_TOKEN);
    assert.ok(work.steps <= view.tokens.length * 2, `${work.steps} steps`);
  });

  it("ten thousand spellings of one word in one list cost what four do", () => {
    // "a" with up to four of ten accents: 11,110 spellings that all fold to "a".
    const accents = ["\u0300", "\u0301", "\u0302", "\u0303", "\u0304", "\u0306", "\u0307", "\u0308", "\u030a", "\u030c"];
    let spellings = ["a"];
    for (let n = 0; n < 4; n++) spellings = [...new Set([...spellings, ...spellings.flatMap((s) => accents.map((m) => s + m))])];
    assert.ok(spellings.length > 10_000);
    const once = compileLexicons([lex("a", spellings)]);
    const { found } = matchCounted(once, "a");
    assert.equal(found.length, MAX_HITS_PER_LEXICON_AT_TOKEN);
  });

  it(`a passage with two readings of every word is followed along at most ${MAX_PATHS} readings`, () => {
    // "sh1t" reads as itself and as "shit": terms of every mix of the two make 2^n paths through n words.
    let terms: string[] = [""];
    const all: string[] = [];
    for (let n = 1; n <= 8; n++) {
      terms = terms.flatMap((t) => [`${t} sh1t`.trim(), `${t} shit`.trim()]);
      all.push(...terms);
    }
    const compiledMixes = compileLexicons([lex("mix", all)]);
    const { view, work } = matchCounted(compiledMixes, "sh1t ".repeat(5_000));
    assert.ok(work.steps <= view.tokens.length * compiledMixes.maxWords * MAX_PATHS, `${work.steps} steps`);
    assert.ok(work.steps > view.tokens.length * compiledMixes.maxWords, "more than one reading was followed");
    assert.ok(work.cappedTokens > 0);
  });

  it("prefix terms are read letter by letter: a thousand prefixes sharing their first letters cost one walk per word", () => {
    const prefixes = Array.from({ length: 1_000 }, (_, k) => `abc${k.toString(36)}*`);
    const compiledPrefixes = compileLexicons([lex("prefix", prefixes)]);
    const { view, found, work } = matchCounted(compiledPrefixes, "abcbaz ".repeat(10_000));
    // Each word is read at most one letter past the longest prefix.
    assert.ok(work.prefixLetters <= view.tokens.length * (compiledPrefixes.longestPrefix + 1), `${work.prefixLetters} letters`);
    // "abcb" and "abcba" both start "abcbaz".
    assert.equal(found.length, view.tokens.length * 2);
  });

  it("two prefixes that start the same word are reported in the order they were written", () => {
    const twoPrefixes = compileLexicons([lex("p", ["criminelle*", "crimin*"])]);
    assert.deepEqual(
      matchLexicons(normalize("criminelles"), twoPrefixes).map((h) => h.term),
      ["criminelle*", "crimin*"],
    );
  });

  it("spelled-out words in thousands of runs are each found at their own letters", () => {
    const text = "f u c k  ".repeat(5_000);
    const found = matchLexicons(normalize(text), compiled).filter((h) => h.lexicon === "profanity");
    assert.equal(found.length, 5_000);
    assert.deepEqual([found[4_999]!.from, found[4_999]!.to], [19_996, 20_000]);
    assert.equal(text.slice(found[4_999]!.span[0], found[4_999]!.span[1]), "f u c k");
  });
});

describe("any word lists against any text (property)", () => {
  const VOCABULARY = ["a", "b", "abc", "abcd", "sh1t", "shit", "ndp", "NDP", "vote", "criminel", "criminelle", "#abc", "élection", "election", "Élection", "4"];
  const word = fc.constantFrom(...VOCABULARY);
  // Texts also hold masks, which terms cannot be (a term ending in * is a prefix).
  const textWord = fc.constantFrom(...VOCABULARY, "f***", "m*rde", "s h i t");
  const term = fc.tuple(fc.array(word, { minLength: 1, maxLength: MAX_TERM_WORDS }), fc.boolean()).map(([ws, prefix]) => {
    const written = ws.join(" ");
    const last = normalize(written).tokens.at(-1);
    return prefix && last !== undefined && last.norm.length >= 3 ? `${written}*` : written;
  });
  // Some lists nest one word ("a", "a a", "a a a" …), so that the caps are reached too.
  const nestedTerms = fc.tuple(word, fc.integer({ min: 1, max: MAX_TERM_WORDS })).map(([w, n]) => Array.from({ length: n }, (_, k) => Array.from({ length: k + 1 }, () => w).join(" ")));
  const terms = fc.oneof({ weight: 3, arbitrary: fc.array(term, { minLength: 1, maxLength: 40 }) }, { weight: 1, arbitrary: nestedTerms });
  const lexicons = fc.array(terms, { minLength: 1, maxLength: 12 }).map((lists) => lists.map((ts, k) => lex(`list${k % 8}`, ts)));
  const separator = fc.constantFrom(" ", "  ", ", ", ". ", "\n", " #", " @", "-");
  /** Texts mostly made of the lists' own terms (a prefix term followed by more letters), so that they match, often many times over. */
  const textFor = (lists: readonly Lexicon[]) => {
    const own = fc.constantFrom(...lists.flatMap((l) => l.terms)).map((t) => (t.endsWith("*") ? `${t.slice(0, -1)}s` : t));
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(fc.tuple(fc.oneof(own, textWord), separator), { maxLength: 200 }).map((parts) => parts.map(([w, s]) => w + s).join("")) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 300 }) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
    );
  };

  /** Every passage the lists name, found the slow way: each term tried at each token, along both readings of each word. */
  function reference(lists: readonly Lexicon[], view: TextView): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    const spellings = new Map<string, number>();
    for (const l of lists) {
      for (const t of l.terms) {
        if (seen.has(`${l.id}\u0000${t}`)) continue;
        seen.add(`${l.id}\u0000${t}`);
        const prefix = t.endsWith("*");
        const termView = normalize(prefix ? t.slice(0, -1) : t);
        const ws = termView.tokens.map((x) => x.norm);
        const hashtag = termView.tokens[0]?.entity === "hashtag";
        const acronym = /^[A-Z]{2,5}s?$/.test(t);
        // Spellings that read the same ("élection a", "election a") beyond the fourth can never be reported: none are kept.
        const reading = `${l.id} ${ws.join(" ")}${prefix ? "*" : ""} ${hashtag} ${acronym}`;
        spellings.set(reading, (spellings.get(reading) ?? 0) + 1);
        if (spellings.get(reading)! > MAX_HITS_PER_LEXICON_AT_TOKEN) continue;
        for (let i = 0; i + ws.length <= view.tokens.length; i++) {
          const readings = (k: number) => {
            const tok = view.tokens[i + k]!;
            return tok.alt !== undefined && tok.alt !== tok.norm ? [tok.norm, tok.alt] : [tok.norm];
          };
          let ways = 1;
          for (let k = 0; k < ws.length && ways > 0; k++) {
            const last = k === ws.length - 1;
            ways *= readings(k).filter((r) => (last && prefix ? r.startsWith(ws[k]!) : r === ws[k])).length;
          }
          const span = [view.tokens[i]!.start, view.tokens[i + ws.length - 1]!.end];
          if (hashtag && view.tokens[i]!.entity !== "hashtag") continue;
          if (acronym && /[a-z]/.test(view.text.slice(span[0], span[1]))) continue;
          for (let w = 0; w < ways; w++) out.push(`${l.id} ${t} ${i}-${i + ws.length}`);
        }
      }
    }
    return out.sort();
  }

  it("never throws, stays within its bounds, and finds what the slow way finds unless a cap was reached", () => {
    fc.assert(
      fc.property(lexicons.chain((lists) => fc.tuple(fc.constant(lists), textFor(lists))), ([lists, written]) => {
        const compiledLists = compileLexicons(lists);
        const view = normalize(written);
        const work = noWork();
        const found = matchLexicons(view, compiledLists, work);
        const words = view.tokens.length;
        assert.ok(compiledLists.maxWords <= MAX_TERM_WORDS);
        assert.ok(work.steps <= words * compiledLists.maxWords * MAX_PATHS, `${work.steps} steps for ${words} words`);
        assert.ok(work.prefixLetters <= work.steps * 2 * (compiledLists.longestPrefix + 1));
        for (const count of byStart(found).values()) assert.ok(count <= MAX_HITS_AT_TOKEN);
        if (work.cappedTokens === 0) {
          assert.deepEqual(found.map((h) => `${h.lexicon} ${h.term} ${h.from}-${h.to}`).sort(), reference(lists, view));
        }
      }),
      { numRuns: 200 },
    );
  });
});
