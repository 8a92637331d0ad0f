import rule from "../../../../src/core/rules/conflict-of-interest/sponsorship.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Our book club is reading a new novel this month!", lang: "en" },
    { text: "Shop local this weekend: the ByWard Market has amazing maple butter", lang: "en", note: "a recommendation, not paid promotion" },
    { text: "Giving away my old couch, free to a good home, pick up only", lang: "en" },
    { text: "The ad campaign for the Terry Fox Run is everywhere, love it", lang: "en" },
    { text: "Code review day at work, fun times", lang: "en" },
    { text: "Trivia night at the pub tonight, who's in?", lang: "en" },
    { text: "Notre club de lecture lit un nouveau roman ce mois-ci!", lang: "fr" },
    { text: "Le code de vie de l'école a changé, lisez-le avec vos enfants.", lang: "fr" },
    { text: "Achetez local cette fin de semaine : le marché Jean-Talon déborde de fraises!", lang: "fr" },
    { text: "Je donne mon vieux divan, à venir chercher seulement.", lang: "fr" },
  ],
  invalid: [
    { text: "Use code SAM10 for 10% off at TrailGear! #sponsored", lang: "en", level: "risky", passage: "Use code" },
    { text: "Partnered with NordVPN this month 🔒 link in bio #ad", context: { followers: 38000 }, lang: "en", level: "risky", passage: "Partnered with" },
    { text: "My Etsy shop is open! Handmade mugs, free shipping over $50", lang: "en", level: "risky" },
    { text: "Thanks @GlowSkin for the gifted serum #gifted", lang: "en", level: "risky" },
    { text: "Proud brand ambassador for DefenceTech Inc. 🚀 check out their new drone", context: { department: "esdc" }, lang: "en", level: "risky", passage: "brand ambassador" },
    { text: "Proud brand ambassador for DefenceTech Inc. 🚀 check out their new drone", context: { department: "dnd", identifiable: true }, lang: "en", level: "inappropriate", passage: "brand ambassador", note: "a company in your own department's field" },
    { text: "Use my code TAXES20 for 20% off TaxBreeze filing software! #ad", context: { department: "cra" }, lang: "en", level: "inappropriate" },
    { text: "Utilisez mon code promo JULIE15 chez BoutiqueNord! #commandité", lang: "fr", level: "risky", passage: "Utilisez mon code" },
    { text: "Partenariat payé avec NordVPN ce mois-ci, lien dans ma bio", context: { followers: 25000 }, lang: "fr", level: "risky", passage: "Partenariat payé" },
    { text: "Ma boutique Etsy est ouverte! Tasses faites à la main 🏺", lang: "fr", level: "risky" },
    { text: "Utilisez mon code IMPOTS20 pour 20 % de rabais sur le logiciel d'impôts ImpôtFacile! #commandité", context: { department: "cra" }, lang: "fr", level: "inappropriate" },
  ],
});
