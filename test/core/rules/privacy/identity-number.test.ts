import rule from "../../../../src/core/rules/privacy/identity-number.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "My SIN is 123 456 789 haha as if", lang: "en", note: "nine digits that fail the SIN checksum" },
    { text: "Order 987-654-321 finally shipped, only took three weeks", lang: "en", note: "fails the checksum" },
    { text: "Population of the region: 130,692,544? No way, that's more than Canada.", lang: "en", note: "a figure with thousands separators" },
    { text: "Passport renewal took 3 weeks, not bad at all", lang: "en" },
    { text: "Her date of birth is 1988-03-03 and she still looks 25", lang: "en", note: "a date is not a document number" },
    { text: "Reminder: never give your SIN over the phone, Service Canada will never ask for it by text.", lang: "en" },
    { text: "Numéro de suivi 123 456 789 pour le colis, enfin expédié!", lang: "fr" },
    { text: "Mon renouvellement de passeport a pris trois semaines, pas pire.", lang: "fr" },
    { text: "Rappel : ne donnez jamais votre NAS par texto, Service Canada ne le demande jamais ainsi.", lang: "fr" },
  ],
  invalid: [
    { text: "Here's my colleague Priya's SIN so HR can fix her file: 130 692 544", lang: "en", passage: "130 692 544" },
    { text: "SIN: 193-456-787, please update the form for me", lang: "en", passage: "193-456-787" },
    { text: "Client SIN 130692544 keeps getting rejected, anyone know why?", lang: "en", passage: "130692544" },
    { text: "Found this on the bus: 046 454 286, someone is missing their card", lang: "en", passage: "046 454 286", note: "written in SIN groups, passes the checksum" },
    { text: "Health card number 1234-567-890 for my dad, can someone at the clinic check?", lang: "en", passage: "1234-567-890" },
    { text: "My passport number is HK482913, is that the one they need?", lang: "en", passage: "HK482913" },
    { text: "Driver's licence T1234-56789-01234 found on the bus, DM me", lang: "en", passage: "T1234-56789-01234" },
    { text: "Mon NAS c'est 130 692 544, c'est correct de l'envoyer ici?", lang: "fr", passage: "130 692 544" },
    { text: "Le NAS de mon client : 193 456 787, il attend depuis des mois.", lang: "fr", passage: "193 456 787" },
    { text: "Numéro de passeport : GA552211, ça marche-tu pour le formulaire?", lang: "fr", passage: "GA552211" },
    { text: "Sa carte soleil : TREM 8803 0312, elle l'a oubliée ici", lang: "fr", passage: "TREM 8803 0312" },
  ],
});
