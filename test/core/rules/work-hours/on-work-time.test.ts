import rule from "../../../../src/core/rules/work-hours/on-work-time.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Beautiful morning for a run along the canal", context: { workHours: true, governmentDevice: true }, lang: "en" },
    { text: "Le ministre est incompétent, qu'il démissionne", lang: "fr", note: "no working time, no device" },
  ],
  invalid: [
    { text: "The minister's new policy is a disaster, she should resign", context: { workHours: true }, lang: "en" },
    { text: "Partagez à 10 collègues sinon votre compte sera désactivé ce soir!", context: { governmentDevice: true }, lang: "fr" },
  ],
});
