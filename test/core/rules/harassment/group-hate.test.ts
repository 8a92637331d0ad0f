import rule from "../../../../src/core/rules/harassment/group-hate.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Proud to march with my Muslim colleagues at the Eid celebration.", lang: "en" },
    { text: "Refugees who arrived in 2016 opened a bakery on my street, best croissants in town.", lang: "en" },
    { text: "Women in STEM panel today, inspiring speakers!", lang: "en" },
    { text: "Immigrants are all welcome at the community fair.", lang: "en" },
    { text: "Go back to the main page and click Apply.", lang: "en" },
    { text: "Boomers and millennials both love the new canal path.", lang: "en" },
    { text: "Fière de marcher avec mes collègues musulmanes pour l'Aïd.", lang: "fr" },
    { text: "Retournez chez vous prudemment, la tempête arrive ce soir.", lang: "fr" },
    { text: "Les femmes en sciences : conférence inspirante aujourd'hui!", lang: "fr" },
    { text: "Les nouveaux arrivants sont tous invités à la fête de quartier.", lang: "fr" },
  ],
  invalid: [
    { text: "Immigrants are all criminals, every single one.", lang: "en", level: "inappropriate" },
    { text: "Muslims are a cancer on this country.", lang: "en", passage: "Muslims are a cancer" },
    { text: "Refugees are ruining this country.", lang: "en" },
    { text: "Women are too emotional to lead a department.", lang: "en" },
    { text: "Everyone knows the Jews control the banks and the media.", lang: "en" },
    { text: "Go back to your own country, nobody wants you here.", lang: "en", note: "no group named, the words name it" },
    { text: "Close the border now #SendThemBack", lang: "en", passage: "#SendThemBack" },
    { text: "Immigr4nts are all crimin4ls.", lang: "en", note: "leetspeak" },
    { text: "Refugееs are parasites.", lang: "en", note: "Cyrillic е" },
    { text: "Those people are animals.", action: "share", lang: "en" },
    { text: "Our new director only got the job because she's Indigenous.", lang: "en" },
    { text: "Les immigrés, c'est tous des criminels.", lang: "fr", level: "inappropriate" },
    { text: "Les musulmans n'ont pas leur place ici.", lang: "fr", passage: "musulmans n'ont pas leur place" },
    { text: "Les femmes ne devraient pas voter.", lang: "fr" },
    { text: "Les autochtones ont tout gratuit pendant qu'on paye.", lang: "fr" },
    { text: "Retourne dans ton pays, personne veut de toi.", lang: "fr" },
    { text: "Les réfugiés sont des parasites, point final.", action: "reply", inReplyTo: "Bienvenue aux familles syriennes arrivées hier!", lang: "fr" },
  ],
});
