import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../../../src/core/normalize.js";
import { groupClaims } from "../../../src/core/structure/groups.js";
import { codedHate } from "../../../src/core/structure/coded.js";

const claims = (text: string) => groupClaims(normalize(text)).claims.map((c) => c.kind);
const codes = (text: string) => codedHate(normalize(text)).map((c) => c.strength);

test("a group + a generic claim + a smear is a generalisation, in English and French", () => {
  assert.deepEqual(claims("Immigrants are all criminals and live on welfare."), ["generalisation"]);
  assert.deepEqual(claims("Les immigrés, toujours à profiter du système."), ["generalisation"]);
  assert.deepEqual(claims("Les femmes au volant, une catastrophe."), ["generalisation"]);
  assert.deepEqual(claims("Muslims are vermin."), ["dehumanisation"]);
  assert.deepEqual(claims("encore un arabe fainéant"), ["beside"]);
});

test("figures, a rejected stereotype, a victim group, a negation and a specific person are no generalisation", () => {
  assert.deepEqual(claims("According to the census, immigrants commit fewer crimes."), []);
  assert.deepEqual(claims("Dire que les musulmans sont des terroristes, c'est du racisme."), []);
  assert.deepEqual(claims("Violence against women is a crime."), []);
  assert.deepEqual(claims("Immigrants are not criminals."), []);
  assert.deepEqual(claims("My two immigrant neighbours shovelled our driveway, what heroes."), []);
});

test("a pronoun generalisation is read for the rule to confirm with the group named elsewhere", () => {
  assert.deepEqual(claims("Every single one of them came here for the welfare cheques."), ["pronoun"]);
});

test("documented codes are hate; ambiguous ones only beside a group or another code", () => {
  assert.deepEqual(codes("the same (((bankers))) get richer"), ["explicit"]);
  assert.deepEqual(codes("On assiste au grand remplacement en direct"), ["explicit"]);
  assert.deepEqual(codes("Follow @vraispatriotes1488"), ["explicit"]);
  assert.deepEqual(codes("The globalists at the WEF. They're all from the same tribe."), ["explicit", "explicit"]);
  assert.deepEqual(codes("The globalists at Davos met again."), []);
  assert.deepEqual(codes("Just asking questions about the budget."), []);
  assert.deepEqual(codes("It cost $1488 to fix the car"), []);
  assert.deepEqual(codes("Lovely walk by the canal, day 1488."), [], "a number in prose is a code only beside a group or another code");
  assert.deepEqual(codes("Proud 1488 brother, the (((globalists))) run the banks").length, 2);
  assert.deepEqual(codes("Funny how 13% of the population commits 50% of…"), ["explicit"]);
});
