import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assess } from "../../../../src/core/engine.js";
import rule from "../../../../src/core/rules/official-capacity/profile.js";
import { testRule, type ValidCase } from "../../../helpers/rule-tester.js";

const valid: ValidCase[] = [
  { text: "Policy analyst at ESDC. Runner, dad. Views are my own.", action: "profile", lang: "en", note: "a disclaimer in the bio" },
  { text: "Data scientist at Statistics Canada | cyclist | opinions my own", action: "profile", lang: "en" },
  { text: "Runner. Baker. Dog person. Views are my own.", action: "profile", context: { identifiable: true }, lang: "en" },
  { text: "Official cheerleader of my kids' soccer team ⚽", action: "profile", lang: "en", note: "official, but no employer named" },
  { text: "Amateur astronomer, bad golfer, great nachos", action: "profile", lang: "en" },
  { text: "Official account of the Canada Revenue Agency, Ottawa office. Tax questions answered here.", action: "post", lang: "en", note: "not a profile: the rule reads bios only" },
  { text: "Cycliste, photographe amateur, amoureux du café.", action: "profile", lang: "fr" },
  { text: "Analyste à Statistique Canada. Les opinions exprimées sont les miennes.", action: "profile", lang: "fr" },
  { text: "Fonctionnaire fédérale, maman de deux ados. Compte personnel.", action: "profile", lang: "fr" },
];

testRule(rule, {
  valid,
  invalid: [
    { text: "Official account of the Canada Revenue Agency, Ottawa office. Tax questions answered here.", action: "profile", lang: "en", level: "inappropriate", passage: "Official account of the Canada Revenue Agency" },
    { text: "Official page of the Health Canada data team", action: "profile", lang: "en", level: "inappropriate", passage: "Official page" },
    { text: "Verified 🍁 Statistics Canada economist | charts daily", action: "profile", lang: "en", level: "risky", passage: "Verified" },
    { text: "Economist at Finance Canada. Marathoner, pun enthusiast.", action: "profile", lang: "en", level: "appropriate" },
    { text: "Proud public servant 🇨🇦 | data nerd | cyclist", action: "profile", lang: "en", level: "appropriate" },
    { text: "Senior advisor at the Treasury Board Secretariat, Ottawa", action: "profile", context: { followers: 4200 }, lang: "en", level: "appropriate" },
    { text: "Compte officiel — Statistique Canada, division des prix", action: "profile", lang: "fr", level: "inappropriate", passage: "Compte officiel" },
    { text: "Fonctionnaire fédérale | compte officiel du ministère des Finances", action: "profile", lang: "fr", level: "inappropriate", passage: "compte officiel du ministère des Finances" },
    { text: "Conseillère à l'Agence du revenu du Canada. Skieuse, lectrice, Gaspésienne.", action: "profile", lang: "fr", level: "appropriate" },
    { text: "Fier fonctionnaire 🇨🇦 | amateur de plein air", action: "profile", lang: "fr", level: "appropriate" },
  ],
});

describe("rule official-capacity/profile gives no advice where none is due", () => {
  for (const c of valid) {
    it(`says nothing about [${c.lang}] ${c.text}`, () => {
      const a = assess({ text: c.text, action: c.action ?? "post", context: c.context ?? {} });
      assert.deepEqual(a.findings.filter((f) => f.rule === rule.id).map((f) => f.message), []);
    });
  }
});
