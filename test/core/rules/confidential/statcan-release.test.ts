import rule from "../../../../src/core/rules/confidential/statcan-release.js";
import { testRule } from "../../../helpers/rule-tester.js";

const statcan = { department: "statcan" };

testRule(rule, {
  valid: [
    { text: "The Labour Force Survey was released this morning: unemployment at 6.5%. https://www150.statcan.gc.ca/n1/daily-quotidien/", context: statcan, lang: "en", note: "a published release quoted with its link" },
    { text: "Inflation data comes out Tuesday at 8:30, set your alarms data nerds!", context: statcan, lang: "en", note: "the release schedule is public" },
    { text: "Tomorrow is a big day: the census population estimates come out at 8:30!", context: statcan, lang: "en" },
    { text: "Census results are out today, proud of our team! https://www12.statcan.gc.ca/census-recensement/index-eng.cfm", context: statcan, lang: "en" },
    { text: "Tomorrow is my last day before vacation, see you in two weeks!", context: statcan, lang: "en" },
    { text: "Brace yourselves for tomorrow's inflation numbers.", context: { department: "cra" }, lang: "en", note: "not StatCan staff: speculation, not foreknowledge" },
    { text: "Wait till you see Friday's jobs report, it won't be pretty 😬", lang: "en", note: "no department given" },
    { text: "L'IPC publié ce matin est à 2,4 % : https://www150.statcan.gc.ca/n1/dai-quo/index-fra.htm", context: statcan, lang: "fr" },
    { text: "Les données du recensement sortent demain à 8 h 30, bonne lecture!", context: statcan, lang: "fr" },
    { text: "Attendez de voir le taux de chômage de vendredi 😬", context: { department: "esdc" }, lang: "fr" },
    { text: "Demain, c'est ma dernière journée avant les vacances!", context: statcan, lang: "fr" },
  ],
  invalid: [
    { text: "Wait till you see Friday's jobs report, it won't be pretty 😬", context: statcan, lang: "en", passage: "jobs report" },
    { text: "Just saw the GDP numbers at work. Way worse than people think, out Friday", context: { department: "statcan", identifiable: true }, lang: "en", passage: "worse than people think" },
    { text: "The CPI is going to be ugly this month, trust me", context: statcan, lang: "en", passage: "CPI" },
    { text: "Get ready for the housing starts figures next week, big surprise coming", context: statcan, lang: "en", passage: "Get ready" },
    { text: "Can't say much but the census results will shock a lot of people", context: statcan, lang: "en", passage: "census" },
    { text: "Brace yourselves for tomorrow's inflation numbers.", context: statcan, lang: "en", passage: "Brace yourselves" },
    { text: "Heads up: Friday's Labour Force Survey is going to surprise a lot of economists.", context: statcan, lang: "en" },
    { text: "Le PIB de vendredi va en surprendre plusieurs, croyez-moi.", context: statcan, lang: "fr", passage: "PIB" },
    { text: "Attendez de voir le taux de chômage de vendredi 😬", context: statcan, lang: "fr", passage: "taux de chômage" },
    { text: "Je peux pas trop en dire, mais les mises en chantier de la semaine prochaine vont surprendre.", context: statcan, lang: "fr", passage: "mises en chantier" },
    { text: "Préparez-vous : l'inflation de mardi, ça va brasser.", context: { department: "statcan", identifiable: true }, lang: "fr", passage: "inflation" },
  ],
});
