import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../../../src/core/normalize.js";
import { secretsOf } from "../../../src/core/structure/secrets.js";

const value = (text: string) => {
  const s = secretsOf(normalize(text))[0];
  return s && text.slice(s.value[0], s.value[1]);
};

test("a credential named and then given is a secret, with its value found after a few words and an adverb", () => {
  assert.equal(value("new vpn pw is Cedar#Bay2026 lol"), "Cedar#Bay2026");
  assert.equal(value("The door code for the loading dock is still 7719, ask Sam if it changed"), "7719");
  assert.equal(value("Le mot de passe du réseau sans fil de l'étage c'est rendu Hiver2026!"), "Hiver2026!");
  assert.equal(value("Le code d'accès du garage : 0412*"), "0412*");
});

test("a credential talked about, or followed by an ordinary word, a time or a price, is no secret", () => {
  assert.equal(value("My password is expired again"), undefined);
  assert.equal(value("The door code changes at 8:30 tomorrow"), undefined);
  assert.equal(value("Le mot de passe doit contenir 12 caractères"), undefined);
  assert.equal(value("Check out my code on GitHub, it's MIT-licensed"), undefined);
});

test("a key is a secret by its shape alone", () => {
  assert.equal(value("try AKIAABCDEFGHIJKLMNOP in the staging bucket"), "AKIAABCDEFGHIJKLMNOP");
});
