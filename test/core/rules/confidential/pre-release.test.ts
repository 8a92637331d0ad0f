import rule from "../../../../src/core/rules/confidential/pre-release.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Our new policy was announced yesterday, here's the link: https://www.canada.ca/en/news.html", lang: "en" },
    { text: "The Daily comes out at 8:30 every morning, same time for everyone", lang: "en", note: "the schedule is public" },
    { text: "Mon nouveau roman sort demain, 300 pages de suspense!", lang: "fr", note: "not work" },
    { text: "Le budget a été déposé hier, 12 % de plus pour le logement", lang: "fr", note: "already public" },
  ],
  invalid: [
    { text: "Heads up team, the restructuring gets announced next week and 40 positions are cut", lang: "en", passage: "announced next week and 40 positions" },
    { text: "Sneak peek at the briefing for the program review: slide 3 has the options 👀", lang: "en" },
    { text: "Le rapport sera publié jeudi, il montre 2 millions de dépassements de coûts", lang: "fr" },
    { text: "Le budget va sortir vendredi, je peux rien dire mais préparez-vous 🤫", lang: "fr", level: "risky" },
  ],
});
