import { test } from "node:test";
import assert from "node:assert/strict";
import { assess } from "../../../src/core/engine.js";

const found = (text: string, action: "post" | "reply" = "post") => assess({ text, action }).findings.map((f) => `${f.category}:${f.level}`);

test("place and business names that hold a swear word are not swearing", () => {
  assert.deepEqual(found("Went hiking at Dick Bell Park this morning, best sunrise 🌅"), []);
  assert.deepEqual(found("Spectacle au Bordel Comédie Club le 12!"), []);
  assert.ok(found("What a dick move.").some((c) => c.startsWith("profanity")));
});

test("the liturgical words of Quebec sacres are not sacres at mass, they are when sworn", () => {
  assert.deepEqual(found("Belle messe de minuit, le prêtre a élevé l'hostie pis le calice."), []);
  assert.deepEqual(found("Première communion de Mathis : il a reçu l'hostie pour la première fois."), []);
  assert.ok(found("Ostie que chu tanné du trafic.").some((c) => c.startsWith("profanity")));
  assert.ok(found("Une hostie de belle journée de marde.").some((c) => c.startsWith("profanity")));
});

test("insult words used as verbs insult nobody", () => {
  assert.deepEqual(found("It's so easy to fool yourself with data."), []);
  assert.deepEqual(found("Doubt creeps in before every big launch."), []);
  assert.ok(found("you fool, nobody asked", "reply").includes("harassment:inappropriate"));
});

test("a mild intensifier of ordinary life is not profanity; aimed at people or a government it is", () => {
  assert.deepEqual(found("My dog chews my damn slippers 🐶"), []);
  assert.deepEqual(found("Maudit que c'est bon, la tarte au sucre de ma tante"), []);
  assert.ok(found("Damn politicians, all the same.").some((c) => c.startsWith("profanity")));
  assert.ok(found("Ciboire, regarde-moi ce ministre-là, y'a rien compris.").includes("profanity:inappropriate"));
});

test("a swear about a government's system is a complaint (risky); about its people, or shouted, it is abuse", () => {
  assert.ok(found("Ostie que chu tanné du système de paie, c'est d'la marde").every((c) => !c.startsWith("profanity") || c === "profanity:risky"));
  assert.ok(found("PHOENIX IS A F***ING DUMPSTER FIRE").includes("profanity:inappropriate"));
});
