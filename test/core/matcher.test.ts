import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compileLexicons, matchLexicons, type Lexicon } from "../../src/core/matcher.js";
import { normalize } from "../../src/core/normalize.js";

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
