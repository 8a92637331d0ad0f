import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../../../src/core/normalize.js";
import { evaluationsOf, judgementsOf } from "../../../src/core/structure/stance.js";

const judged = (text: string) => judgementsOf(normalize(text)).map((j) => `${text.slice(j.target.span[0], j.target.span[1])} ${j.evaluation.polarity}`);
const cues = (text: string) => evaluationsOf(normalize(text)).map((e) => `${e.polarity}/${e.cue}`);

test("mild blame of a government's decision is blame", () => {
  assert.deepEqual(judged("The minister's announcement today was pretty disappointing."), ["announcement blame"]);
  assert.deepEqual(judged("Franchement, la réforme est décevante."), ["la réforme blame"]);
});

test("negation turns praise into blame and takes blame away", () => {
  assert.deepEqual(cues("Not impressed with the new policy."), ["blame/word"]);
  assert.deepEqual(cues("The minister's speech was not great."), ["blame/negated-praise"]);
  assert.deepEqual(cues("The plan is not bad at all."), []);
  assert.deepEqual(cues("La ministre n'est pas fière de ça."), ["blame/negated-praise"]);
});

test("irony and emoji of exasperation are blame", () => {
  assert.deepEqual(judged("Great, another reorg. Love how my department listens"), ["reorg blame", "reorg blame", "my department blame"]);
  assert.deepEqual(judged("On attend encore, comme d'hab 🙃 merci la haute gestion"), ["la haute gestion blame", "la haute gestion blame"]);
  assert.deepEqual(judged("Encore un gel d'embauche."), ["gel d'embauche blame"]);
  assert.deepEqual(cues("Great job by the mayor… not"), ["blame/irony"]);
});

test("praise stays praise where nothing is ironic", () => {
  assert.deepEqual(judged("Great team lunch today with my colleagues!"), ["my colleagues praise"]);
  assert.deepEqual(judged("Le discours de la première ministre était touchant."), ["la première ministre praise"]);
});

test("a short judgement after a sentence that names someone judges them", () => {
  assert.deepEqual(judged("Le parti pris de la ministre est évident. Honteux."), ["la ministre blame", "la ministre blame"]);
  assert.deepEqual(judged("The minister spoke today. Took them long enough 🙄"), ["The minister blame", "The minister blame"]);
  assert.deepEqual(judged("The minister spoke today. My cat was unimpressed by the whole thing and went to sleep on the couch."), []);
});

test("a decision's name in scare quotes is blame, an apostrophe is not a quotation mark", () => {
  assert.deepEqual(cues("Their 'consultation' took ten minutes."), ["blame/scare-quotes"]);
  assert.deepEqual(cues("L'Alberta et l'Ontario s'entendent."), []);
});
