import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../../../src/core/normalize.js";
import { claimsOf } from "../../../src/core/structure/claims.js";

test("a rumour is hedged, in English and French", () => {
  assert.ok(claimsOf(normalize("I heard the CRA is changing the rules, not sure if true")).hedge);
  assert.ok(claimsOf(normalize("Paraît-il que les bureaux vont fermer")).hedge);
  assert.equal(claimsOf(normalize("The CRA is changing the rules on Monday.")).hedge, undefined);
});

test("the marks of false information are found, and a debunking is seen as one", () => {
  assert.ok(claimsOf(normalize("They deleted the data to hide the truth")).strong);
  assert.ok(claimsOf(normalize("Mon oncle m'a confirmé que c'est vrai, retirez votre argent")).strong);
  assert.equal(claimsOf(normalize("Naming our WhatsApp group was the hardest part")).strong, undefined);
  assert.ok(claimsOf(normalize("This rumour is false: fact-checked by CBC")).debunked);
});
