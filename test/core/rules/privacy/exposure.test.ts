import rule from "../../../../src/core/rules/privacy/exposure.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Photos of my kids at the beach, best day of the summer", lang: "en", note: "one's own family" },
    { text: "Pic of Parliament at sunset, never gets old", lang: "en", note: "a place, not a person" },
    { text: "Selfie with the team at the conference, everyone said ok to post 😄", lang: "en" },
    { text: "Mon chum est à l'hôpital pour un genou, il va bien, merci pour les messages", lang: "fr", note: "one's own family news" },
    { text: "Les gens sur l'aide sociale méritent du respect", lang: "fr", note: "a group, not a person's private life" },
  ],
  invalid: [
    { text: "lol look at this pic of Priya snoring in the 2pm meeting", lang: "en", level: "inappropriate", passage: "pic of Priya" },
    { text: "My manager is on stress leave again, third time this year", lang: "en" },
    { text: "Le gars qui m'a coupé sur la 417, vidéo du gars avec sa plaque, partagez!", lang: "fr" },
    { text: "If anyone wants to tell her what they think, she lives on Laurier Ave in Sandy Hill", lang: "en", level: "inappropriate" },
  ],
});
