import rule from "../../../../src/core/rules/confidential/respondents.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Census enumerators are hiring in Ottawa, good summer job", lang: "en" },
    { text: "Merci aux enquêteurs qui font un travail essentiel 🙏", lang: "fr" },
  ],
  invalid: [
    { text: "Field interviewer here: a woman in Kanata cried on the phone about her debts today", lang: "en" },
    { text: "Recenseuse pour l'été : le monsieur au 12 rue Principale m'a fermé la porte au nez", lang: "fr" },
  ],
});
