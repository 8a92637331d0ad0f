import rule from "../../../../src/core/rules/confidential/security-marking.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "The secret to good bread is a long, cold rise and a very hot oven.", lang: "en", note: "secret as an ordinary word" },
    { text: "Our neighbourhood association protected a row of old maples from the developer.", lang: "en", note: "protected a… is not Protected A" },
    { text: "Found my first apartment through the classified ads back in 1998, good times.", lang: "en" },
    { text: "Reading a history of the US embargo on Cuba, fascinating stuff.", lang: "en", note: "a trade embargo, not a release embargo" },
    { text: "Secret Santa at the office today, I got a lovely scarf!", lang: "en" },
    { text: "Reminder: never post Protected B documents on your personal accounts.", lang: "en", note: "advice about markings, not a disclosure" },
    { text: "Just got my Secret clearance renewed, one less thing to worry about.", lang: "en", note: "holding a clearance discloses nothing" },
    { text: "THE SECRET TO A GREAT LONG WEEKEND: NO EMAIL", lang: "en", note: "a shouted post, not a marking" },
    { text: "Les pistes cyclables protégées arrivent enfin dans mon quartier!", lang: "fr" },
    { text: "Le secret d'une bonne tourtière, c'est la cannelle et la patience.", lang: "fr" },
    { text: "Le Quotidien publie les données sur l'emploi à 8 h 30 : https://www150.statcan.gc.ca/n1/dai-quo/index-fra.htm", lang: "fr" },
    { text: "Mon fils garde son journal intime sous clé, top secret paraît-il 😄", lang: "fr" },
  ],
  invalid: [
    { text: "Protected B deck attached, enjoy the weekend reading lol", lang: "en", passage: "Protected B" },
    { text: "Here's the Memorandum to Cabinet on the ferry service, page 4 is wild.", lang: "en", passage: "Memorandum to Cabinet" },
    { text: "Got a Question Period note on the housing file today, screenshot below", lang: "en", passage: "Question Period note" },
    { text: "FOR INTERNAL USE ONLY: the Q4 staffing plan for our branch, have a look", lang: "en", passage: "FOR INTERNAL USE ONLY" },
    { text: "Embargoed until 8:30 tomorrow but the jobless rate is 7.2% 🤫", context: { department: "statcan" }, lang: "en", passage: "Embargoed" },
    { text: "The classified briefing on the border said the exact opposite, trust me.", lang: "en", passage: "classified" },
    { text: "Secret-level briefing today on Arctic sovereignty, wow.", context: { department: "dnd", identifiable: true }, lang: "en", passage: "Secret" },
    { text: "Leaked: the SECRET annex of the procurement report, see thread 🧵", lang: "en", passage: "SECRET" },
    { text: "Voici la présentation Protégé B pour la rencontre de demain, bonne lecture.", lang: "fr", passage: "Protégé B" },
    { text: "J'ai vu le mémoire au Cabinet sur l'assurance-emploi, ça va brasser.", lang: "fr", passage: "mémoire au Cabinet" },
    { text: "Pour usage interne seulement : le plan de dotation du T4, regardez ça.", lang: "fr", passage: "usage interne seulement" },
    { text: "Sous embargo jusqu'à 8 h 30, mais l'IPC est à 3,1 % 🤫", context: { department: "statcan" }, lang: "fr", passage: "Sous embargo" },
    { text: "Document TRÈS SECRET sur la souveraineté dans l'Arctique, regardez la page 2.", lang: "fr", passage: "TRÈS SECRET" },
  ],
});
