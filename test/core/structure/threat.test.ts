import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../../../src/core/normalize.js";
import { threats } from "../../../src/core/structure/threat.js";

const kinds = (text: string) => threats(normalize(text)).map((t) => t.kind);
const passage = (text: string) => threats(normalize(text)).map((t) => text.slice(t.span[0], t.span[1]));

test("intent + a verb of harm + a person is a threat, in English and French (joual included)", () => {
  assert.deepEqual(passage("I'll break his face if he shows up"), ["I'll break his face"]);
  assert.deepEqual(kinds("im gonna fucking punch him"), ["violence"]);
  assert.deepEqual(kinds("Someone should shoot that guy."), ["violence"]);
  assert.deepEqual(kinds("Je vais te casser la gueule."), ["violence"]);
  assert.deepEqual(kinds("M'as te crisser une volée"), ["violence"]);
  assert.deepEqual(kinds("Je lui casse la gueule si je le revois"), ["violence"]);
  assert.deepEqual(kinds("ppl like u should be lined up and shot"), ["violence"]);
  assert.deepEqual(kinds("Ces gens-là devraient être pendus"), ["violence"]);
});

test("a thing, a figure of speech, a negation, a gift or another's threat reported is not the writer's threat", () => {
  assert.deepEqual(kinds("I'm going to kill this presentation tomorrow"), []);
  assert.deepEqual(kinds("We're gonna kill it tonight"), []);
  assert.deepEqual(kinds("On va tuer le temps au café"), []);
  assert.deepEqual(kinds("I would never hurt anyone"), []);
  assert.deepEqual(kinds("I'll shoot you an email with the agenda"), []);
  assert.deepEqual(kinds("Inflation will hurt them most"), []);
  assert.deepEqual(kinds("He threatened to kill me, I called the police"), []);
  assert.deepEqual(kinds("We're gonna beat them on Saturday, go Sens go"), []);
  assert.deepEqual(kinds("Je vais te donner un coup de main demain"), []);
  assert.deepEqual(kinds("I'll hit you up later"), []);
});

test("knowing where someone lives or works, and a warning with a time, are veiled threats", () => {
  assert.deepEqual(kinds("I know which building you work in and what time you leave."), ["veiled"]);
  assert.deepEqual(kinds("Je sais où tu restes."), ["veiled"]);
  assert.deepEqual(kinds("Fais attention à toi quand tu sortiras du bureau vendredi"), ["veiled"]);
  assert.deepEqual(kinds("you're a snake and we'll find you"), ["veiled"]);
  assert.deepEqual(kinds("Je vais te retrouver pis tu vas voir ce que ça coûte")[0], "veiled");
  assert.deepEqual(kinds("I know where the library is"), []);
  assert.deepEqual(kinds("Watch your step, the sidewalk is icy"), []);
  assert.deepEqual(kinds("Je vais te trouver un bon livre"), []);
});
