import rule from "../../../../src/core/rules/profanity/profanity.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Scunthorpe United won 2-1 last night.", lang: "en", note: "a swear word inside a name" },
    { text: "The assessment results are out.", lang: "en" },
    { text: "Passing the assistant deputy minister's office, so quiet today.", lang: "en" },
    { text: "Hancock Park has the best cocktails in town.", lang: "en" },
    { text: "The shiitake risotto was amazing.", lang: "en" },
    { text: "Dam construction on the Rideau starts in May.", lang: "en" },
    { text: "Le tabernacle de l'église Saint-Joseph est magnifique.", lang: "fr", note: "un objet liturgique" },
    { text: "J'ai mangé une tarte au sucre, c'est cochon mais bon.", lang: "fr" },
    { text: "Statistique Canada a publié les données du recensement.", lang: "fr" },
    { text: "Le hockey, c'est sacré chez nous.", lang: "fr" },
  ],
  invalid: [
    { text: "Well that was a f***ing disaster of a commute.", lang: "en", level: "risky", passage: "f***ing" },
    { text: "Oh sh*t, forgot my badge at home.", lang: "en", passage: "sh*t" },
    { text: "What the f u c k is this weather", lang: "en", passage: "f u c k" },
    { text: "This bullsh!t traffic again", lang: "en" },
    { text: "F#ck this snow.", lang: "en" },
    { text: "#FML Monday again", lang: "en", passage: "FML" },
    { text: "I'm pissed off about the snow.", lang: "en", passage: "pissed off" },
    { text: "Oh shіt, the bus left early.", lang: "en", note: "Ukrainian і" },
    { text: "Oh f\u200Buck, the bus left early.", lang: "en", note: "a zero-width space inside the word" },
    { text: "Holy crap, congrats on the new job!", action: "reply", inReplyTo: "I start at ESDC on Monday!", lang: "en" },
    { text: "Câlisse que j'ai hâte aux vacances.", lang: "fr", level: "risky" },
    { text: "M*rde, j'ai oublié mon lunch.", lang: "fr", passage: "M*rde" },
    { text: "C'est de la m e r d e ce trafic.", lang: "fr", passage: "m e r d e" },
    { text: "Putain, quelle journée.", lang: "fr" },
    { text: "Ostie que la 417 est bouchée ce matin.", lang: "fr" },
    { text: "Chu en crisse contre la neige.", action: "comment", lang: "fr" },
  ],
});
