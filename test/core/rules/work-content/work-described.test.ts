import rule from "../../../../src/core/rules/work-content/work-described.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "My team built a snow fort in the backyard, 10/10 engineering", lang: "en" },
    { text: "Je présente mon nouveau chiot à la famille ce soir 🐶", lang: "fr" },
  ],
  invalid: [
    { text: "Sneak peek of the deck I'm presenting to the DM tomorrow on the benefit redesign", lang: "en" },
    { text: "Quick hot take on my own program: the subsidy formula is broken", lang: "en" },
    { text: "On finalise le mémoire au Cabinet sur le logement, grosse semaine", lang: "fr" },
  ],
});
