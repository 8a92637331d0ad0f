import rule from "../../../../src/core/rules/spam/bulk.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Live-tweeting the all-staff meeting, slide 40 of 90 😵", lang: "en", note: "an all-staff meeting is no mailing" },
    { text: "Click here for the full recipe, my grandma's best 🍰", lang: "en", note: "bait without a government's name" },
    { text: "Merci à tous mes contacts pour les bons vœux!", lang: "fr" },
  ],
  invalid: [
    { text: "FORWARD THIS TO 10 FRIENDS OR YOUR FACEBOOK WILL BE DELETED!!!", lang: "en", level: "inappropriate" },
    { text: "Click here to claim your CRA refund of $380 👉 cra-refunds.help", lang: "en", level: "inappropriate" },
    { text: "Sent my Girl Guide cookie order form to all-staff from my work email 🍪", lang: "en", level: "inappropriate" },
    { text: "Partagez à 10 collègues sinon votre compte Outlook sera désactivé ce soir", lang: "fr", level: "inappropriate" },
    { text: "Ajoutez tous vos contacts au groupe, plus on est de fous plus on rit!", lang: "fr", level: "risky" },
  ],
});
