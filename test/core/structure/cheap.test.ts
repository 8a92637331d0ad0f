import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../../../src/core/normalize.js";
import { holdsAny } from "../../../src/core/structure/cheap.js";

// holdsAny walks whichever is smaller, the text's word beginnings or the list's, and looks each up in the other: both
// ways must give the same answer.
const MANY = Array.from({ length: 200 }, (_, i) => `zq${i.toString(36).padStart(2, "0")}word`);
const LONG = Array.from({ length: 300 }, (_, i) => `filler${i} mot${i}`).join(" ");

test("a short text against a long list of words: found when a word's first four letters begin a token, else not", () => {
  assert.equal(holdsAny(normalize("Elections are coming"), [...MANY, "election"]), true);
  assert.equal(holdsAny(normalize("Les élections approchent"), [...MANY, "election"]), true, "accents folded, in French too");
  assert.equal(holdsAny(normalize("Nothing here"), MANY), false);
});

test("a long text against a few words: the same answers", () => {
  assert.equal(holdsAny(normalize(`${LONG} then an election`), ["election", "vote"]), true);
  assert.equal(holdsAny(normalize(LONG), ["election", "vote"]), false);
});

test("a needle without letters is looked for as written", () => {
  assert.equal(holdsAny(normalize("Only 5 $ a day"), ["$"]), true);
  assert.equal(holdsAny(normalize(LONG), [...MANY, "🤫"]), false);
});

// A text's marks say which lists it may hold a word of, for the lists known when they were made; a list asked about
// for the first time afterwards is answered from its words.
test("a list first asked about after a text's marks were made gets the answer a fresh text gets", () => {
  for (const [text, word] of [["The budget comes out next week", "budget"], ["Le budget sort la semaine prochaine", "semaine"]] as const) {
    const view = normalize(text);
    assert.equal(holdsAny(view, ["unrelated"]), false, "the marks are made");
    const late = [...MANY.slice(0, 3), word];
    const absent = [...MANY.slice(3, 6), "nowhere"];
    assert.equal(holdsAny(view, late), true, `${word}, in a list new to this text`);
    assert.equal(holdsAny(view, absent), false);
    assert.equal(holdsAny(normalize(text), late), true, "the same list, known when a fresh text's marks are made");
    assert.equal(holdsAny(normalize(text), absent), false);
  }
});

test("a needle written =word is found only as a whole token", () => {
  assert.equal(holdsAny(normalize("Our new agent starts Monday"), ["=agent"]), true);
  assert.equal(holdsAny(normalize("The agenda for the agency"), ["=agent"]), false, "agenda, agency: the same four letters, not the word");
  assert.equal(holdsAny(normalize("Notre agente commence lundi"), ["=agente", "=agent"]), true);
  // A symbol glued behind the word: the token reads "agenthome", while a pattern's \b ends "agent" at the @.
  assert.equal(holdsAny(normalize("Ask the agent@home desk"), ["=agent"]), true);
  assert.equal(holdsAny(normalize("Publié vendredi*o"), ["=vendredi"]), true);
  const view = normalize("Un agent à l'accueil");
  assert.equal(holdsAny(view, ["zzzz"]), false, "the marks are made");
  assert.equal(holdsAny(view, ["=agent", "zzqq"]), true, "a list new to this text reads its tokens again");
});
