import rule from "../../../../src/core/rules/harassment/threat.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "This traffic is killing me.", lang: "en", note: "a figure of speech" },
    { text: "Killer workout this morning, my legs are done.", lang: "en" },
    { text: "I could kill for a coffee right now.", lang: "en" },
    { text: "We killed it at trivia night!", lang: "en" },
    { text: "My kids will be the death of me, love them to bits.", lang: "en" },
    { text: "Watch your step, the sidewalk by the office is pure ice.", lang: "en" },
    { text: "Ce spectacle était à mourir de rire, allez-y!", lang: "fr" },
    { text: "Cette chaleur me tue.", lang: "fr" },
    { text: "On a tué le match hier soir, quelle équipe!", lang: "fr" },
    { text: "Je meurs de faim, vivement le dîner.", lang: "fr" },
  ],
  invalid: [
    { text: "I know where you live, and I know where you park.", lang: "en", level: "inappropriate", passage: "I know where you live" },
    { text: "Post that again and I'll get you fired.", action: "reply", inReplyTo: "Here is my take on the new bike lanes.", lang: "en", passage: "get you fired" },
    { text: "That referee deserves to get punched for that call.", lang: "en" },
    { text: "I'll k1ll you if you touch my car again.", lang: "en", note: "leetspeak" },
    { text: "Someone should shoot him.", lang: "en" },
    { text: "Hope you die in a fire.", lang: "en" },
    { text: "I'm gоing to kill you.", lang: "en", note: "Cyrillic о" },
    { text: "@dtremblay you're dead meat after tonight.", lang: "en" },
    { text: "Si tu recommences, je vais te casser la gueule.", lang: "fr", level: "inappropriate", passage: "casser la gueule" },
    { text: "Fais attention à toi, je sais où tu habites.", lang: "fr" },
    { text: "On devrait les fusiller, tous autant qu'ils sont.", lang: "fr" },
    { text: "On devrait le pendre sur la place publique, ce maire-là.", lang: "fr" },
    { text: "Continue de même pis tu vas le regretter.", action: "reply", inReplyTo: "Voici mon avis sur la piste cyclable.", lang: "fr" },
    { text: "T'es un homme mort si je te croise.", lang: "fr" },
  ],
});
