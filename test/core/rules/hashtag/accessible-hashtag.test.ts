import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assess } from "../../../../src/core/engine.js";
import rule from "../../../../src/core/rules/hashtag/accessible-hashtag.js";
import { testRule, type ValidCase } from "../../../helpers/rule-tester.js";

const valid: ValidCase[] = [
  { text: "Join us for #AccessibilityWeek events across the country!", lang: "en", note: "already in CamelCase" },
  { text: "Great turnout at the #TerryFoxRun this morning 🏃", lang: "en" },
  { text: "#OttawaRaceWeekend done! 🏅 Legs are jelly.", lang: "en" },
  { text: "Proud to be part of #NPSW2025, happy Public Service Week!", lang: "en", note: "a year in the tag" },
  { text: "Love #pizza night with the kids", lang: "en", note: "one short word needs no capitals" },
  { text: "Thoughtful panel tonight #cdnpoli", lang: "en" },
  { text: "Belle #SemaineDeLaFonctionPublique à tous mes collègues!", lang: "fr" },
  { text: "#JourneeNationaleDesPeuplesAutochtones au parc ce midi", lang: "fr" },
  { text: "Marathon terminé! #MTL2025", lang: "fr" },
];

testRule(rule, {
  valid,
  invalid: [
    { text: "Join us for #accessibilityweek events across the country!", lang: "en", passage: "#accessibilityweek" },
    { text: "Happy #publicserviceweek to everyone who keeps the lights on!", lang: "en", passage: "#publicserviceweek" },
    { text: "Wear orange today #NATIONALDAYFORTRUTHANDRECONCILIATION", lang: "en", passage: "#NATIONALDAYFORTRUTHANDRECONCILIATION" },
    { text: "#ottawaraceweekend done! 🏅", lang: "en", passage: "#ottawaraceweekend" },
    { text: "So proud of this crew #teamworkmakesthedreamwork", lang: "en", passage: "#teamworkmakesthedreamwork" },
    { text: "Bonne #semainedelafonctionpublique à tous!", lang: "fr", passage: "#semainedelafonctionpublique" },
    { text: "Bravo à toute l'équipe #fiersdenotrequipe", lang: "fr", passage: "#fiersdenotrequipe" },
    { text: "#journeenationaledespeuplesautochtones au parc ce midi", lang: "fr", passage: "#journeenationaledespeuplesautochtones" },
    { text: "Lectures suggérées pour le #MOISDELHISTOIREDESNOIRS", lang: "fr", passage: "#MOISDELHISTOIREDESNOIRS" },
  ],
});

describe("rule hashtag/accessible-hashtag gives no advice where none is due", () => {
  for (const c of valid) {
    it(`says nothing about [${c.lang}] ${c.text}`, () => {
      const a = assess({ text: c.text, action: c.action ?? "post", context: c.context ?? {} });
      assert.deepEqual(a.findings.filter((f) => f.rule === rule.id).map((f) => f.message), []);
    });
  }
});
