import rule from "../../../../src/core/rules/partisan/engaging.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Get out and vote on Monday! Find your polling station at elections.ca", action: "share", lang: "en", note: "encouraging people to vote" },
    { text: "The leaders' debate is tonight at 7 on CBC and Radio-Canada.", action: "share", lang: "en" },
    { text: "Hiring: junior data analyst, Statistics Canada, apply by May 3", action: "share", lang: "en", note: "sharing job leads is a do" },
    { text: "Liberal amounts of parmesan make everything better", action: "like", lang: "en" },
    { text: "Best green curry in Ottawa, hands down", action: "like", lang: "en" },
    { text: "What a party! Congrats to the newlyweds", action: "like", lang: "en" },
    { text: "Pierre Poilievre", action: "follow", lang: "en", note: "following candidates informs a voter" },
    { text: "@liberal_party", action: "follow", context: { electionPeriod: true }, lang: "en" },
    { text: "Allez voter lundi! Trouvez votre bureau de vote sur elections.ca", action: "share", lang: "fr" },
    { text: "Le débat des chefs, ce soir à 20 h sur Radio-Canada.", action: "like", lang: "fr" },
    { text: "Le bloc opératoire de l'Hôpital Montfort rouvre ses portes.", action: "share", lang: "fr" },
    { text: "Meilleur thé vert en ville!", action: "like", lang: "fr" },
    { text: "Yves-François Blanchet", action: "follow", lang: "fr" },
  ],
  invalid: [
    { text: "Jagmeet Singh just announced a national pharmacare plan.", action: "like", lang: "en", level: "risky", passage: "Jagmeet Singh" },
    { text: "Tonight Pierre Poilievre rallies supporters in Calgary. Be there!", action: "share", context: { electionPeriod: true }, lang: "en" },
    { text: "#AxeTheTax", action: "like", lang: "en", note: "a party slogan as a hashtag" },
    { text: "Thank you Ottawa! What a crowd tonight. #TeamCarney", action: "like", context: { electionPeriod: true }, lang: "en", passage: "TeamCarney" },
    { text: "The Liberals are finally fixing child care.", action: "share", lang: "en" },
    { text: "Our candidate @OttawaCentreNDP will be at the farmers market Saturday", action: "like", lang: "en", passage: "@OttawaCentreNDP" },
    { text: "New post from @PierrePoilievre: a message to young Canadians", action: "share", lang: "en" },
    { text: "V0te NDP!", action: "like", lang: "en", note: "leetspeak" },
    { text: "Le Bloc Québécois dévoile sa plateforme à Longueuil.", action: "like", lang: "fr", level: "risky", passage: "Bloc Québécois" },
    { text: "François Legault en visite à Trois-Rivières ce soir.", action: "share", context: { electionPeriod: true }, lang: "fr" },
    { text: "Merci Longueuil! Quelle foule ce soir #TeamBlanchet", action: "like", lang: "fr" },
    { text: "Le NPD propose un régime d'assurance dentaire universel.", action: "share", lang: "fr" },
    { text: "Le Pаrti vert dévoile son plan climat.", action: "like", lang: "fr", note: "а cyrillique" },
  ],
});
