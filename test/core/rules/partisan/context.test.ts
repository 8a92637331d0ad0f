import rule from "../../../../src/core/rules/partisan/context.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Don't forget to vote on Monday!", context: { role: "deputy-head" }, lang: "en", note: "a deputy head may vote and say so" },
    { text: "Don't forget to vote on Monday!", context: { workHours: true, governmentDevice: true }, lang: "en" },
    { text: "Watching the leaders' debate tonight.", context: { role: "deputy-head", electionPeriod: true }, lang: "en" },
    { text: "NDP", action: "follow", context: { workHours: true }, lang: "en", note: "following a party is a do" },
    { text: "Pierre Poilievre", action: "follow", context: { role: "deputy-head" }, lang: "en" },
    { text: "The party for my team's retirement lunch is at noon.", context: { workHours: true }, lang: "en" },
    { text: "Trying to decide how to vote: where does each party stand on transit?", context: { governmentDevice: true }, lang: "en" },
    { text: "My boss is useless.", context: { workHours: true }, lang: "en", note: "venting, not political activity" },
    { text: "N'oubliez pas d'aller voter lundi!", context: { workHours: true }, lang: "fr" },
    { text: "N'oubliez pas d'aller voter lundi!", context: { role: "deputy-head" }, lang: "fr" },
    { text: "J'ai regardé le débat des chefs sur mon heure de dîner.", context: { workHours: true }, lang: "fr" },
    { text: "Parti libéral du Canada", action: "follow", context: { governmentDevice: true }, lang: "fr" },
    { text: "Le ministre est nul.", context: { workHours: true }, lang: "fr", note: "une critique, pas une activité partisane" },
    { text: "Votez Bloc! Je l'écris de chez moi, à mon bureau du sous-sol.", context: { electionPeriod: true }, lang: "fr", note: "risqué, mais rien ne dit le travail" },
  ],
  invalid: [
    { text: "Vote NDP on October 21st!", context: { workHours: true }, lang: "en", level: "inappropriate" },
    { text: "The Conservatives have the only credible plan.", context: { governmentDevice: true }, lang: "en", level: "inappropriate" },
    { text: "Jagmeet Singh just announced a pharmacare plan.", action: "like", context: { role: "deputy-head" }, lang: "en", level: "inappropriate" },
    { text: "Proud NDP member | Ottawa", action: "profile", context: { role: "deputy-head" }, lang: "en" },
    { text: "Trudeau should resign.", context: { workHours: true }, lang: "en" },
    { text: "#AxeTheTax", action: "share", context: { electionPeriod: true, workHours: true }, lang: "en" },
    { text: "Printing flyers for the NDP on the office printer lol", lang: "en", level: "inappropriate", passage: "office printer" },
    { text: "Vote Conservative! Sent from my work laptop", lang: "en", passage: "work laptop" },
    { text: "Votez NPD le 21 octobre!", context: { workHours: true }, lang: "fr", level: "inappropriate" },
    { text: "Le Bloc Québécois est le seul parti qui défend le Québec.", action: "share", context: { governmentDevice: true }, lang: "fr" },
    { text: "Bravo au Parti vert pour son plan climat!", context: { role: "deputy-head" }, lang: "fr" },
    { text: "V0tez NPD, sérieux.", context: { governmentDevice: true }, lang: "fr" },
    { text: "Je fais du pointage pour le Bloc avec mon cellulaire du travail.", lang: "fr", passage: "cellulaire du travail" },
  ],
});
