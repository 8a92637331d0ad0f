import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../../../src/core/normalize.js";
import { isOwnEmployer, targetsOf } from "../../../src/core/structure/targets.js";

const kinds = (text: string) => targetsOf(normalize(text)).map((t) => `${t.kind}:${text.slice(t.span[0], t.span[1])}`);

test("one's own employer and its people are found in English and French", () => {
  assert.deepEqual(kinds("Another memo from my department, and my manager forwarded it."), ["employer:my department", "management:my manager"]);
  assert.deepEqual(kinds("Mon boss pis la haute gestion ont décidé ça sans nous."), ["management:Mon boss", "leadership:la haute gestion"]);
  assert.deepEqual(kinds("Les gars de la DGTI ont encore changé les mots de passe."), ["colleague:Les gars de la"]);
});

test("governments, their leaders and decisions are found, here and abroad", () => {
  assert.deepEqual(kinds("The minister said the policy stays."), ["leader:The minister", "policy:the policy"]);
  assert.deepEqual(kinds("Le gouvernement de l'Alberta et Macron"), ["government:Le gouvernement", "polity:l'Alberta", "leader:Macron"]);
  assert.deepEqual(kinds("Poilievre spoke in Calgary."), ["leader:Poilievre"]);
  assert.equal(targetsOf(normalize("Poilievre spoke in Calgary."))[0]!.named, true);
});

test("an hour is not the prime minister, nor an ordinary word an organization's abbreviation", () => {
  assert.deepEqual(kinds("Meeting at 4:30 pm on Friday."), []);
  assert.deepEqual(kinds("The PM spoke at 2 pm."), ["leader:The PM"]);
});

test("an organization named is one's own employer when the context says one works there", () => {
  const [cra] = targetsOf(normalize("The Canada Revenue Agency changed the rules."));
  assert.equal(cra?.kind, "org");
  assert.equal(isOwnEmployer(cra!, cra!.org), true);
  assert.equal(isOwnEmployer(cra!, "statcan"), false);
});
