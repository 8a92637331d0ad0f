import rule from "../../../../src/core/rules/criticism/abuse-toward-gc.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Statistics Canada released the census data today, great work everyone!", lang: "en" },
    { text: "Damn, Service Canada was fast this time, passport in 5 days!", lang: "en", note: "a swear word, but not aimed at the GC" },
    { text: "Holy sh*t, the new CRA portal actually works, well done!", lang: "en" },
    { text: "The Government of Canada jobs site has a new search filter, very handy.", lang: "en" },
    { text: "Oh crap, I left my lunch on the bus.", lang: "en", note: "profanity about nothing to do with the GC" },
    { text: "Statistique Canada a publié les données du recensement.", lang: "fr" },
    { text: "Merde, j'ai oublié mon lunch dans l'autobus.", lang: "fr" },
    { text: "Tabarnak, Service Canada a été rapide, mon passeport en 5 jours!", lang: "fr" },
    { text: "Le gouvernement du Canada offre des stages d'été, postulez!", lang: "fr" },
  ],
  invalid: [
    { text: "The CRA is full of sh1t.", lang: "en", level: "inappropriate", passage: "CRA" },
    { text: "My department is a sh*tshow.", lang: "en" },
    { text: "This damn government can't do anything right.", lang: "en", passage: "damn government" },
    { text: "Service Canada is run by idiots.", lang: "en" },
    { text: "The government is full of s h i t", lang: "en", note: "spelled out" },
    { text: "The gоvernment can kiss my ass.", lang: "en", note: "Cyrillic о" },
    { text: "#StatCan is full of crap these days", lang: "en" },
    { text: "ESDC management can go to hell.", action: "share", lang: "en" },
    { text: "Statistique Canada, c'est de la marde.", lang: "fr", level: "inappropriate" },
    { text: "Le gouvernement fédéral, c'est une gang de caves.", lang: "fr" },
    { text: "Mon ministère, c'est un ostie de cirque.", lang: "fr" },
    { text: "L'ARC, c'est de la m*rde.", lang: "fr", passage: "m*rde" },
    { text: "Câlisse de gouvernement incompétent.", action: "comment", lang: "fr" },
  ],
});
