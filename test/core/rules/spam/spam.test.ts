import rule from "../../../../src/core/rules/spam/spam.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Conference slides are here: https://example.org/slides", lang: "en", note: "a single link" },
    { text: "Two great reads on program evaluation: https://example.org/eval-a and https://example.org/eval-b", lang: "en" },
    { text: "Congrats congrats congrats to the whole team!! 🎉", lang: "en" },
    { text: "No no no no no, not the finale 😭", lang: "en", note: "emphasis, not flooding" },
    { text: "Click the link in the invite to join the Teams meeting tomorrow", lang: "en" },
    { text: "Job posting: data analyst, apply by Friday https://emploisfp-psjobs.cfp-psc.gc.ca", lang: "en" },
    { text: "Deux bonnes lectures sur l'évaluation de programmes : https://exemple.org/eval-a et https://exemple.org/eval-b", lang: "fr" },
    { text: "Bravo bravo bravo à toute l'équipe!", lang: "fr" },
    { text: "Les diapos de la conférence sont ici : https://exemple.org/diapos", lang: "fr" },
  ],
  invalid: [
    { text: "Click here to win a free iPhone!!! Forward this to 10 friends", lang: "en", passage: "Click here to win" },
    { text: "Forward this message to 10 people or you'll have bad luck for 7 years 🙏", lang: "en", passage: "Forward this message" },
    { text: "Make $5000/week from home!!! DM me 💸💸 bit.ly/x1 bit.ly/x2 bit.ly/x3", lang: "en", passage: "$5000/week from home" },
    { text: "Check out my channel!!! youtube.com/@bestvids youtube.com/@bestvids youtube.com/@bestvids", action: "comment", inReplyTo: "Lovely photo of the falls!", lang: "en", passage: "youtube.com/@bestvids" },
    { text: "Follow for follow! F4F 💯", lang: "en", passage: "Follow for follow" },
    { text: "🎉 CLICK HERE TO WIN A FREE iPHONE 15!!! 👉 bit.ly/fr33phone 👈 Share with 10 friends!", context: { governmentDevice: true }, lang: "en", passage: "CLICK HERE TO WIN" },
    { text: "buy buy buy buy buy buy buy buy buy now", lang: "en", passage: "buy buy buy buy buy buy buy buy" },
    { text: "Vous avez gagné! Cliquez ici pour réclamer votre prix", lang: "fr", passage: "Vous avez gagné" },
    { text: "Gagnez 5000 $/semaine de la maison!!! Écrivez-moi 💸 bit.ly/a1 bit.ly/a2 bit.ly/a3", lang: "fr", passage: "bit.ly/a1" },
    { text: "Abonnez-vous à ma chaîne!!! youtube.com/@mesvideos youtube.com/@mesvideos", action: "comment", lang: "fr", passage: "Abonnez-vous à ma chaîne" },
  ],
});
