import rule from "../../../../src/core/rules/conflict-of-interest/paid-offer.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Check out my code on GitHub, it's a small tool to plan bus trips", lang: "en" },
    { text: "I sit on hiring boards sometimes, it's a great way to learn what good answers look like", lang: "en", note: "the job described, nothing sold" },
    { text: "Je vends mon kayak, 350 $, très bon état", lang: "fr", note: "a personal sale" },
  ],
  invalid: [
    { text: "Side hustle: I coach people for federal jobs interviews, $75 per session", lang: "en", level: "risky", note: "the GC as a topic, no current duty sold" },
    { text: "Side hustle: I coach people for federal job interviews, I sit on selection boards so I know the questions 😉 $75 per session", lang: "en", level: "inappropriate" },
    { text: "Grab my new e-book on meal prep, $15, link in bio!", lang: "en", level: "risky" },
    { text: "Atelier payant « Réussir sa dotation au fédéral » animé par moi, membre de comités de sélection, 60 $", lang: "fr", level: "inappropriate" },
    { text: "Inspecteur au MAPAQ… si t'as un problème avec ton resto écris-moi, je peux arranger ça", lang: "fr", level: "inappropriate" },
  ],
});
