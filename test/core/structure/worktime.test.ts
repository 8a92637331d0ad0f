import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../../../src/core/normalize.js";
import { workTimeOf } from "../../../src/core/structure/worktime.js";

const cue = (text: string) => {
  const c = workTimeOf(normalize(text)).cue;
  return c && text.slice(c[0], c[1]);
};

test("posting from work, in a meeting right now, or on a work device is said in the text", () => {
  assert.ok(cue("posting this from my cubicle lol"));
  assert.ok(cue("in a meeting right now lol, send help"));
  assert.ok(cue("Recette tapée pendant la réunion d'équipe 🤫"));
  assert.ok(cue("Je suis en pleine réunion pis je regarde les scores"));
  assert.ok(cue("sent from my work phone, excuse typos"));
  assert.ok(cue("Je publie ça sur l'ordi du bureau"));
});

test("a place or a meeting named without posting from it is not a cue", () => {
  assert.equal(cue("Great meeting with the team today, proud of us"), undefined);
  assert.equal(cue("I bought a new work laptop bag, so comfy"), undefined);
  assert.equal(cue("La réunion de demain est annulée, youpi"), undefined);
});
