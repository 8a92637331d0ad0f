import rule from "../../../../src/core/rules/conflict-of-interest/side-business.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "My side hustle is baking sourdough for the neighbours, orders open Friday!", lang: "en", note: "a business with no tie to a government service" },
    { text: "I can help with moving on Saturday if you need an extra pair of hands", lang: "en" },
    { text: "My business degree finally paid off, promoted today!", lang: "en" },
    { text: "Selling my bike for $200, great shape, barely used", lang: "en" },
    { text: "Free tax clinic at the library on Saturday, volunteers from the community help seniors file", lang: "en", note: "a free community clinic, no business" },
    { text: "Drone footage of the Gatineau hills this fall, so pretty", lang: "en" },
    { text: "Helped my neighbour sort out her $3k tax refund over coffee, happy to help friends", context: { department: "cra" }, lang: "en", note: "a sum of money is not a price asked" },
    { text: "Je fais du gardiennage les fins de semaine, écrivez-moi!", lang: "fr" },
    { text: "Mon entreprise de paysagement est ouverte pour la saison, soumissions gratuites!", lang: "fr" },
    { text: "Je vends mon vélo 200 $, en super état.", lang: "fr" },
  ],
  invalid: [
    { text: "I know how the system works: DM me for help with your tax audit, small fee.", context: { department: "cra" }, lang: "en", level: "inappropriate", passage: "tax" },
    { text: "Tax prep side hustle: CRA insider tips, $60/return. DM me 💼", action: "profile", context: { department: "cra" }, lang: "en", level: "inappropriate", passage: "Tax prep side hustle" },
    { text: "Tax prep side hustle: CRA insider tips, $60/return. DM me 💼", action: "profile", lang: "en", level: "risky", note: "the same offer, from someone outside the CRA" },
    { text: "Need help with your Express Entry profile? I work at IRCC and can review it for $100", context: { department: "ircc" }, lang: "en", level: "inappropriate", passage: "Express Entry" },
    { text: "Need help with your Express Entry profile? I can review it for $100", context: { department: "cra" }, lang: "en", level: "risky" },
    { text: "Consulting on Phoenix pay problems for $75/hr, I know the system inside out", context: { department: "pspc" }, lang: "en", level: "inappropriate", passage: "Phoenix" },
    { text: "My consulting firm helps small businesses win federal contracts, book a call!", context: { department: "statcan" }, lang: "en", level: "risky", passage: "My consulting firm" },
    { text: "Préparation d'impôts les fins de semaine, 60 $ la déclaration, trucs d'initiée de l'ARC 😉", context: { department: "cra" }, lang: "fr", level: "inappropriate" },
    { text: "Préparation d'impôts les fins de semaine, 60 $ la déclaration, trucs d'initiée de l'ARC 😉", lang: "fr", level: "risky" },
    { text: "Mon entreprise offre de l'aide pour vos demandes de résidence permanente, contactez-moi pour un tarif.", context: { department: "ircc" }, lang: "fr", level: "inappropriate", passage: "résidence permanente" },
    { text: "Besoin d'aide avec votre profil Entrée express? Je travaille à IRCC et je peux le réviser pour 100 $", context: { department: "ircc" }, lang: "fr", level: "inappropriate" },
    { text: "Je révise vos demandes d'assurance-emploi à 50 $ chacune, écrivez-moi", context: { department: "esdc" }, lang: "fr", level: "inappropriate", passage: "50 $" },
  ],
});
