import rule from "../../../../src/core/rules/confidential/not-public.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "The new trail isn't public yet but the park rangers let us walk it, gorgeous!", lang: "en" },
    { text: "My sister is expecting! It's not public yet so keep it between us 🤫", lang: "en", note: "family news, not work information" },
    { text: "The annual report is now online: https://www.canada.ca/en/treasury-board-secretariat/corporate/reports.html", lang: "en" },
    { text: "Sneak peek of my garden this spring, the tulips are out!", lang: "en" },
    { text: "The leak under my sink is finally fixed, the plumber was great.", lang: "en" },
    { text: "Our roof is leaking again and the repair budget is gone.", lang: "en" },
    { text: "Check out the draft of my novel, chapter 3 is up!", lang: "en" },
    { text: "The deck is finished! Summer BBQ season is open.", lang: "en" },
    { text: "Ma sœur attend un bébé! Ce n'est pas encore public, alors chut 🤫", lang: "fr" },
    { text: "Le rapport annuel est maintenant en ligne : https://www.canada.ca/fr/secretariat-conseil-tresor/organisation/rapports.html", lang: "fr" },
    { text: "Petit aperçu de mon jardin ce printemps, les tulipes sont sorties!", lang: "fr" },
    { text: "Entre nous, je trouve que le deuxième film est meilleur que le premier.", lang: "fr" },
  ],
  invalid: [
    { text: "Here's the draft audit report, it isn't public yet but the findings are brutal.", lang: "en", passage: "draft audit report" },
    { text: "Leaked memo: 300 jobs cut in our branch next month.", lang: "en", passage: "Leaked memo" },
    { text: "Between us, the briefing note says the program will be cut in the fall.", lang: "en", passage: "Between us" },
    { text: "You didn't hear it from me but the reorganization announcement is Monday and our unit is gone.", lang: "en", passage: "You didn't hear it from me" },
    { text: "Posted the meeting notes from the DG meeting on my blog, have fun", lang: "en", passage: "meeting notes" },
    { text: "Sneak peek at the internal deck for the new benefits portal 👀", lang: "en", passage: "internal deck" },
    { text: "Off the record: the funding decision is a no.", lang: "en", passage: "Off the record" },
    { text: "The cabinet decision on the pipeline is going to be a yes, I saw the deck.", lang: "en", passage: "I saw the deck" },
    { text: "Working on something cool, it's all on GCpedia if you have access", lang: "en", level: "risky", passage: "GCpedia" },
    { text: "Pro tip: our branch SharePoint works from home too, just use https://intranet.example-dept.gc.ca/sites/ops", lang: "en", passage: "intranet.example-dept.gc.ca" },
    { text: "Sneak peek at the new online benefits portal from Service Canada 👀 (not launched yet)", lang: "en", passage: "not launched yet" },
    { text: "Entre nous, la note d'information dit que le programme sera coupé.", lang: "fr", passage: "note d'information" },
    { text: "Note de service interne qui a fuité : 300 postes coupés dans notre direction.", action: "share", lang: "fr", passage: "qui a fuité" },
    { text: "Tu l'as pas entendu de moi, mais l'annonce de la réorganisation est lundi et notre unité disparaît.", lang: "fr", passage: "pas entendu de moi" },
    { text: "Petit aperçu de la présentation interne sur le nouveau portail de prestations 👀", lang: "fr", passage: "présentation interne" },
    { text: "Le ministre va annoncer la fermeture du bureau de Rimouski lundi, c'est pas encore public.", lang: "fr", passage: "pas encore public" },
    { text: "Astuce : le site de la direction fonctionne de la maison avec https://intranet.exemple-min.gc.ca/sites/ops", lang: "fr", passage: "intranet.exemple-min.gc.ca" },
  ],
});
