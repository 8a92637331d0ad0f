import rule from "../../../../src/core/rules/misinformation/unreliable-source.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Good explainer on the new budget: https://www.cbc.ca/news/politics/budget", lang: "en", note: "a reliable news link" },
    { text: "Reviewing your old posts when you change jobs is good advice: https://www.canada.ca/en/government/publicservice/values-ethics.html", lang: "en" },
    { text: "Research your hashtags before you use them!", lang: "en" },
    { text: "The news was unconfirmed until this morning, when the team announced it: https://www.cbc.ca/sports", lang: "en" },
    { text: "Great long read from the Globe: https://www.theglobeandmail.com/canada/article-housing/", lang: "en" },
    { text: "Bon résumé du budget : https://ici.radio-canada.ca/nouvelle/budget", lang: "fr" },
    { text: "Excellent article de La Presse : https://www.lapresse.ca/actualites/2025-05-01/logement.php", lang: "fr" },
    { text: "Vérifiez vos sources avant de partager, c'est la base!", lang: "fr" },
    { text: "Le Devoir explique bien la réforme : https://www.ledevoir.com/politique/canada", lang: "fr" },
  ],
  invalid: [
    { text: "Share before they delete this!! The truth about the water supply.", action: "share", lang: "en", passage: "Share before they delete" },
    { text: "Read this before it gets taken down: patriot-truth-news.ru/canada-banning-cash", action: "share", lang: "en", passage: "before it gets taken down" },
    { text: "The mainstream media won't tell you this but the tap water is poisoned", lang: "en", passage: "mainstream media won" },
    { text: "BREAKING (unconfirmed): the PM has resigned. Source: my uncle's WhatsApp group", lang: "en", passage: "unconfirmed" },
    { text: "Not sure if legit but apparently Service Canada is sending $500 to everyone who replies to this text?? 🤔", lang: "en", passage: "Not sure if legit" },
    { text: "Great read: https://www.infowars.com/posts/the-truth", action: "share", lang: "en", passage: "https://www.infowars.com/posts/the-truth" },
    { text: "Finally someone says it https://www.naturalnews.com/2025-01-10-cure.html", action: "like", lang: "en", passage: "naturalnews.com" },
    { text: "Lisez ça avant que ce soit censuré : https://www.infowars.com/posts/truth", action: "share", lang: "fr", passage: "infowars.com" },
    { text: "Partagez avant qu'ils suppriment ça!", action: "share", lang: "fr", passage: "Partagez avant qu'ils suppriment" },
    { text: "Pas sûr que c'est vrai, mais il paraît que Service Canada envoie 500 $ à tout le monde qui répond à ce texto?", lang: "fr" },
    { text: "Intéressant : https://www.mondialisation.ca/le-grand-secret/567", action: "share", lang: "fr", passage: "mondialisation.ca" },
  ],
});
