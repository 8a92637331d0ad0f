import rule from "../../../../src/core/rules/misinformation/false-claim.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Got my flu shot today at the pharmacy, took five minutes.", lang: "en" },
    { text: "Watched a great documentary debunking the flat earth myth, highly recommend", lang: "en", note: "passing on a debunk" },
    { text: "Fact-check: no, vaccines do not contain tracking chips. Good explainer: https://www.cbc.ca/news/health/vaccine-myths", lang: "en", note: "a reliable news link correcting the claim" },
    { text: "The moon landing documentary on CBC Gem was fantastic, the Apollo footage is stunning", lang: "en" },
    { text: "Our climate adaptation workshop had a great turnout today", lang: "en" },
    { text: "Bleach your cutting boards once a week, kitchen tip from my grandmother", lang: "en" },
    { text: "Another disadvantage of erratic winter weather is the cats never. stop. shedding. #cats", lang: "en", note: "a real Mastodon post: shedding is not a vaccine claim by itself" },
    { text: "Rural depopulation in Atlantic Canada, new census figures out today", lang: "en", note: "depopulation is a demographic fact" },
    { text: "Vaccin contre la grippe reçu ce matin à la pharmacie, cinq minutes!", lang: "fr" },
    { text: "La dépopulation des régions rurales se poursuit, selon le dernier recensement", lang: "fr", note: "un fait démographique" },
    { text: "Excellent reportage qui démonte le mythe de la terre plate : https://ici.radio-canada.ca/nouvelle/123", lang: "fr" },
    { text: "Les Décrypteurs expliquent pourquoi la 5G ne propage pas de virus : https://ici.radio-canada.ca/decrypteurs", lang: "fr" },
  ],
  invalid: [
    { text: "Vaccines contain tracking chips, the government admitted it.", lang: "en", passage: "Vaccines contain" },
    { text: "Chemtrails are how they keep us docile. Look up!", lang: "en", passage: "Chemtrails" },
    { text: "The moon landing was faked, NASA admitted it in a leaked memo.", lang: "en", passage: "moon landing was faked" },
    { text: "5G towers spread COVID. Do your own research.", lang: "en", passage: "5G towers spread" },
    { text: "Stay away from the vaccinated, vaccine shedding is real", lang: "en", passage: "vaccine shedding" },
    { text: "Drinking a bit of bleach kills the flu virus, my naturopath swears by it.", lang: "en", passage: "bleach kills" },
    { text: "The 2021 federal election was rigged by Elections Canada, they flipped millions of votes.", lang: "en", passage: "election was rigged" },
    { text: "Climate change is a hoax invented by the UN to control us.", action: "share", lang: "en", passage: "Climate change is a hoax" },
    { text: "Vaccines cause autism, the studies they don't want you to read", action: "like", lang: "en", passage: "Vaccines cause autism" },
    { text: "La plandémie était planifiée depuis le début, réveillez-vous.", lang: "fr", passage: "plandémie" },
    { text: "La 5G propage la COVID, faites vos recherches!", lang: "fr", passage: "5G propage" },
    { text: "Les chemtrails servent à nous contrôler. Regardez le ciel!", lang: "fr", passage: "chemtrails" },
    { text: "Les élections fédérales de 2021 ont été truquées par Élections Canada.", lang: "fr", passage: "truquées" },
    { text: "Les vaccins causent l'autisme, les études qu'ils cachent", action: "like", lang: "fr", passage: "vaccins causent l'autisme" },
  ],
});
