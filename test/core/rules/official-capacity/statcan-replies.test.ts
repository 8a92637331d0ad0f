import rule from "../../../../src/core/rules/official-capacity/statcan-replies.js";
import { testRule } from "../../../helpers/rule-tester.js";

const statcan = { department: "statcan" };

testRule(rule, {
  valid: [
    { text: "The basket is updated every year, there's a technical paper on the StatCan site.", action: "reply", inReplyTo: "@StatCan_eng why was the CPI basket changed?", lang: "en", note: "a member of the public answering" },
    { text: "The basket is updated every year, there's a technical paper on the StatCan site.", action: "reply", inReplyTo: "@StatCan_eng why was the CPI basket changed?", context: { department: "statcan", authorized: true }, lang: "en", note: "authorized to answer" },
    { text: "Good question, the guide is on their site.", action: "reply", inReplyTo: "Question for the CRA: where is the T2125 guide?", context: statcan, lang: "en", note: "a post directed at another organization" },
    { text: "Congrats on the new job, well deserved!", action: "reply", inReplyTo: "Starting at the bank Monday!", context: statcan, lang: "en" },
    { text: "Hey Statistics Canada, love the new dashboard!", action: "comment", inReplyTo: "Check out our new housing dashboard!", context: statcan, lang: "en", note: "praise on the Agency's own post answers no one" },
    { text: "Statistics Canada data is so useful for my thesis", context: statcan, lang: "en", note: "a post, not a reply" },
    { text: "@StatCan_eng the table is in section 3 of the release", action: "comment", context: statcan, lang: "en", note: "no post answered" },
    { text: "Le panier est mis à jour chaque année, il y a un document technique sur le site de StatCan.", action: "reply", inReplyTo: "@StatCan_fra pourquoi le panier de l'IPC a changé?", lang: "fr" },
    { text: "Bravo pour le nouveau tableau de bord!", action: "reply", inReplyTo: "Statistique Canada lance un nouveau tableau de bord sur le logement", context: statcan, lang: "fr", note: "une nouvelle, pas une question adressée à l'organisme" },
    { text: "Les questions sont dans le guide.", action: "reply", inReplyTo: "Question pour StatCan : où est le guide du recensement?", context: { department: "esdc" }, lang: "fr" },
  ],
  invalid: [
    { text: "The basket is updated every year, there's a technical paper on the StatCan site.", action: "reply", inReplyTo: "@StatCan_eng why was the CPI basket changed?", context: { department: "statcan", identifiable: true }, lang: "en" },
    { text: "The table is in the release, check section 3.", action: "reply", inReplyTo: "@StatCan_eng where is the CPI table?", context: statcan, lang: "en" },
    { text: "We fixed that error yesterday, the corrected table is up.", action: "comment", inReplyTo: "@StatCan_eng your housing table has the wrong totals", context: statcan, lang: "en" },
    { text: "Census day is May 12, you'll get a letter.", action: "reply", inReplyTo: "Statistics Canada, when is census day this year?", context: statcan, lang: "en" },
    { text: "Honestly the methodology is sound, read the technical note.", action: "reply", inReplyTo: "Why does StatCan keep changing the methodology??", context: { department: "statcan", followers: 2500 }, lang: "en" },
    { text: "Le tableau est dans le communiqué, section 3.", action: "reply", inReplyTo: "@StatCan_fra où est le tableau de l'IPC?", context: statcan, lang: "fr" },
    { text: "Le panier est mis à jour chaque année.", action: "reply", inReplyTo: "Statistique Canada, pourquoi le panier de l'IPC a changé?", context: statcan, lang: "fr" },
    { text: "On a corrigé l'erreur hier, le tableau est à jour.", action: "comment", inReplyTo: "@StatCan_fr votre tableau sur le logement a des totaux erronés", context: statcan, lang: "fr" },
    { text: "Le recensement commence en mai, vous recevrez une lettre.", action: "reply", inReplyTo: "Allô Statistique Canada, c'est quand le recensement cette année?", context: { department: "statcan", identifiable: true }, lang: "fr" },
  ],
});
