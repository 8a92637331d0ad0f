import rule from "../../../../src/core/rules/misinformation/claim.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Our WhatsApp group for the softball team is up, DM me to join", lang: "en" },
    { text: "Everyone knows the best poutine is at the corner casse-croûte", lang: "en", note: "certainty about nothing public" },
    { text: "Fact-check: no, the CRA is not going to seize your RRSP. That rumour is false.", lang: "en" },
    { text: "Il paraît que le nouveau resto sur Wellington est bon, on essaie vendredi?", lang: "fr" },
    { text: "J'ai entendu une rumeur que le CRTC va interdire les appels… c'est faux, vérifié par l'AFP.", lang: "fr" },
  ],
  invalid: [
    { text: "BREAKING: the CRA is freezing bank accounts of anyone who owes taxes. Move your money NOW", lang: "en", level: "inappropriate" },
    { text: "Statistique Canada a effacé les données du chômage pour cacher la vérité. Réveillez-vous!", lang: "fr", level: "inappropriate", passage: "pour cacher la vérité" },
    { text: "Saw a rumour that OAS is being cut for anyone with savings?? anyone seen an actual source", lang: "en", level: "risky" },
    { text: "C'est sûr que c'est l'immigration qui fait monter les loyers, tout le monde le sait", lang: "fr", level: "risky" },
  ],
});
