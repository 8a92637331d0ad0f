import rule from "../../../../src/core/rules/official-capacity/official-voice.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "I'm a manager at a bakery and trust me, sourdough takes patience", lang: "en" },
    { text: "Official statement from our condo board: the pool opens June 1", lang: "en" },
    { text: "Mise à jour officielle de la ligue de balle : les séries commencent dimanche", lang: "fr" },
    { text: "MISE À JOUR OFFICIELLE : Service Canada confirme la date de versement", context: { authorized: true }, lang: "fr", note: "authorized" },
  ],
  invalid: [
    { text: "Official statement from Health Canada regarding the recall: throw the product out", lang: "en", level: "inappropriate" },
    { text: "As a program officer at ESDC, I can tell you the new benefit is a mess", lang: "en", level: "risky" },
    { text: "Je suis agent à l'ARC et croyez-moi, déclarez tout", lang: "fr", level: "risky" },
    { text: "Avis officiel : le gouvernement fédéral ferme les bureaux vendredi", lang: "fr", level: "inappropriate" },
  ],
});
