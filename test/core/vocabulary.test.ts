import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compileLexicons, matchLexicons, type Lexicon } from "../../src/core/matcher.js";
import { normalize, tokenIds } from "../../src/core/normalize.js";
import { holdsAny } from "../../src/core/structure/cheap.js";
import { knownId, vocabularySize, wordId, wordOfId, WordSet } from "../../src/core/vocabulary.js";

const lex = (id: string, terms: string[]): Lexicon => ({ id, lang: "any", source: "test", terms });
const found = (text: string, hits: ReturnType<typeof matchLexicons>) => hits.map((h) => `${h.lexicon}:${text.slice(h.span[0], h.span[1])}`);

describe("the vocabulary of the engine's lists", () => {
  it("numbers a list's word once, and never a text's word", () => {
    const id = wordId("vocabtestword");
    assert.equal(wordId("vocabtestword"), id);
    assert.equal(wordOfId(id), "vocabtestword");
    const size = vocabularySize();
    const view = normalize("Quixotrel blorvane snaffiwick, vocabtestword!");
    assert.equal(vocabularySize(), size, "normalizing a text added words to the vocabulary");
    assert.equal(knownId("blorvane"), -1);
    assert.deepEqual(tokenIds(view), [-1, -1, -1, id]);
  });

  it("a view made before a lexicon's words were numbered still matches them", () => {
    const text = "The zindleprop plan and the Frumious Committee";
    const view = normalize(text);
    assert.equal(tokenIds(view)[1], -1);
    const compiled = compileLexicons([lex("late", ["zindleprop", "frumious committee"])]);
    assert.deepEqual(found(text, matchLexicons(view, compiled)), ["late:zindleprop", "late:Frumious Committee"]);
  });

  it("a word numbered by another set of lexicons leads nowhere in this one", () => {
    const first = compileLexicons([lex("first", ["glimberwock"])]);
    const second = compileLexicons([lex("second", ["snorvalent"])]);
    const text = "glimberwock and snorvalent";
    assert.deepEqual(found(text, matchLexicons(normalize(text), first)), ["first:glimberwock"]);
    assert.deepEqual(found(text, matchLexicons(normalize(text), second)), ["second:snorvalent"]);
  });

  it("a gate's whole word asked about after the view was made is found by the view's numbers", () => {
    const view = normalize("Meet me at the plonkerstaff tomorrow");
    // Both lists are new: the second is asked after the first made the view's marks.
    assert.equal(holdsAny(view, ["=plonkerstaff"]), true);
    assert.equal(holdsAny(view, ["=plonkerstaf"]), false);
    assert.equal(holdsAny(normalize("plonkerstaffs everywhere"), ["=plonkerstaff"]), false);
    assert.equal(holdsAny(normalize("a PLONKERSTAFF!"), ["=plonkerstaff"]), true);
  });

  it("a set of words answers by the view's numbers, for words it numbered after the view was made too", () => {
    const view = normalize("The wuzzleberry and the street");
    const set = new WordSet(["wuzzleberry", "street"]);
    const ids = tokenIds(view);
    assert.deepEqual(view.tokens.map((_, k) => set.hasId(ids[k]!)), [false, true, false, false, true]);
    assert.equal(set.hasId(-1), false);
    assert.equal(set.has("street"), true);
    assert.equal(set.has("streets"), false);
    assert.equal(set.hasId(wordId("numbered-after-the-set")), false);
  });
});
