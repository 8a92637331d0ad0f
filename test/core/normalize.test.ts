import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fold, normalize } from "../../src/core/normalize.js";

const words = (text: string) => normalize(text).tokens.map((t) => t.norm);

describe("normalize", () => {
  it("folds case, accents and compatibility forms in one pass", () => {
    assert.deepEqual(words("Élection FÉDÉRALE à Montréal"), ["election", "federale", "a", "montreal"]);
    assert.equal(fold("ﬁnancement"), "financement");
    assert.deepEqual(words("Ｖｏｔｅ"), ["vote"]);
  });

  it("reads mathematical bold and italic letters as plain ones (LinkedIn posts use them)", () => {
    assert.deepEqual(words("𝗩𝗼𝘁𝗲 𝘓𝘪𝘣𝘦𝘳𝘢𝘭"), ["vote", "liberal"]);
  });

  it("drops zero-width characters that split words", () => {
    assert.deepEqual(words("f\u200Buck i\u200Cdiot"), ["fuck", "idiot"]);
  });

  it("maps look-alike letters from other scripts (Cyrillic а, е, о)", () => {
    assert.deepEqual(words("vоtе NDP"), ["vote", "ndp"]);
  });

  it("gives leetspeak a second reading", () => {
    const t = normalize("sh1t happens").tokens[0]!;
    assert.equal(t.alt, "shit");
  });

  it("marks masked words and keeps their mask", () => {
    const t = normalize("what the f***").tokens[2]!;
    assert.equal(t.masked, true);
    assert.equal(t.alt, "f***");
  });

  it("joins letters spelled out one by one", () => {
    assert.deepEqual(normalize("f u c k this").joined.map((t) => t.norm), ["fuck"]);
    assert.deepEqual(normalize("a b").joined, []);
  });

  it("keeps every token's place in the text as written, also after emoji and accents", () => {
    const text = "😀 Élisez Marie-Ève Tremblay!";
    const v = normalize(text);
    for (const t of v.tokens) assert.equal(fold(text.slice(t.start, t.end)).replace(/[^a-z0-9]/g, ""), t.norm.replace(/[^a-z0-9]/g, ""));
    assert.equal(text.slice(v.tokens[1]!.start, v.tokens[1]!.end), "Marie");
  });

  it("finds hashtags, mentions and URLs with twitter-text, and marks their tokens", () => {
    const v = normalize("Vote @NDP #VoteNDP https://ndp.ca/donate");
    assert.deepEqual(v.hashtags.map((h) => h.value), ["VoteNDP"]);
    assert.deepEqual(v.mentions.map((m) => m.value), ["NDP"]);
    assert.deepEqual(v.urls.map((u) => u.value), ["https://ndp.ca/donate"]);
    assert.equal(v.tokens.find((t) => t.norm === "votendp")?.entity, "hashtag");
  });

  it("splits sentences", () => {
    const v = normalize("My boss is great. The minister is terrible!");
    assert.deepEqual(v.sentenceStarts, [0, 4]);
  });

  it("tells English from French", () => {
    assert.equal(normalize("Je vais regarder le débat des chefs ce soir.").lang, "fr");
    assert.equal(normalize("I will watch the leaders' debate tonight.").lang, "en");
    assert.equal(normalize("Votez NPD pour un vrai changement !").lang, "fr");
  });

  it("tells a French call or greeting of two words from English, though it holds none of the common little words", () => {
    assert.equal(normalize("Votez NPD!").lang, "fr");
    assert.equal(normalize("Merci Ottawa").lang, "fr");
    assert.equal(normalize("Vote NDP!").lang, "en");
    assert.equal(normalize("Thanks Ottawa").lang, "en");
  });

  it("reads a letter only French uses as a sign of French, in capitals too, and after a stray half of an emoji", () => {
    assert.equal(normalize("Joyeux Noël").lang, "fr");
    assert.equal(normalize("JOYEUX NOËL").lang, "fr");
    assert.equal(normalize("Joyeux Noel").lang, "en");
    // A high surrogate with no low one after it takes the next character with it as it is folded.
    assert.equal(normalize("Joyeux \ud83dë").lang, "fr");
    // Accents French does not use (ñ, å) say nothing.
    assert.equal(normalize("Mañana Åland").lang, "en");
  });

  it("splits French elisions so that l'équipe reads as two words", () => {
    assert.deepEqual(words("l'équipe d’ESDC"), ["l", "equipe", "d", "esdc"]);
  });
});
