import rule from "../../../../src/core/rules/official-capacity/on-behalf.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "On behalf of our running club, thanks to all the volunteers!", lang: "en" },
    { text: "Speaking for myself, the new bike lanes on Laurier are great.", lang: "en" },
    { text: "I can confirm the cake was delicious 🎂", lang: "en" },
    { text: "Representing Ottawa at the national curling championship this weekend!", lang: "en" },
    { text: "As a CRA employee, I love tax season memes 😂", context: { department: "cra" }, lang: "en", note: "saying where you work is not speaking for it" },
    { text: "As a mom, I think the CRA should mail cheques faster.", lang: "en" },
    { text: "On behalf of Statistics Canada, I'm pleased to share the 2026 Census results: https://www12.statcan.gc.ca/census-recensement/index-eng.cfm", context: { department: "statcan", authorized: true }, lang: "en", note: "authorized" },
    { text: "Health Canada's position on raw milk hasn't changed, see their page: https://www.canada.ca/en/health-canada.html", context: { department: "statcan" }, lang: "en", note: "quoting another organization's public position" },
    { text: "Au nom de mon club de course, merci aux bénévoles!", lang: "fr" },
    { text: "Je peux confirmer que la tarte au sucre de ma tante est la meilleure.", lang: "fr" },
    { text: "Je représente mon équipe de hockey au tournoi provincial cette fin de semaine!", lang: "fr" },
    { text: "Au nom d'Emploi et Développement social Canada, je suis heureuse d'annoncer le nouveau programme.", context: { department: "esdc", authorized: true }, lang: "fr" },
  ],
  invalid: [
    { text: "I'm speaking for Statistics Canada when I say these numbers are right.", context: { department: "statcan" }, lang: "en", passage: "speaking for Statistics Canada" },
    { text: "On behalf of Employment and Social Development Canada, I can confirm the EI changes start in May.", context: { department: "esdc", identifiable: true }, lang: "en", passage: "On behalf of Employment and Social Development Canada" },
    { text: "Speaking for DND here: the reports about the new jets are false.", context: { department: "dnd" }, lang: "en", passage: "Speaking for DND" },
    { text: "The department's position is that the office mandate stays. Sorry folks.", context: { identifiable: true }, lang: "en", passage: "The department's position" },
    { text: "As a CRA official, I'm telling you: you don't need to declare tips under $500.", context: { department: "cra" }, lang: "en", passage: "As a CRA official" },
    { text: "Views my own. Statistics Canada's position is that the census methodology is sound.", context: { department: "statcan" }, lang: "en", passage: "Statistics Canada's position", note: "a disclaimer does not undo speaking for the Agency" },
    { text: "We at the Canada Revenue Agency can confirm refunds will be late this year.", context: { department: "cra" }, lang: "en", passage: "We at the Canada Revenue Agency" },
    { text: "Au nom d'Emploi et Développement social Canada, je confirme que les paiements seront versés.", lang: "fr", passage: "Au nom d'Emploi et Développement social Canada" },
    { text: "En tant qu'agent de l'ARC, je vous le dis : pas besoin de déclarer les pourboires.", context: { department: "cra" }, lang: "fr", passage: "En tant qu'agent de l'ARC" },
    { text: "Les opinions exprimées sont les miennes. La position de Statistique Canada est que la méthode du recensement est solide.", context: { department: "statcan" }, lang: "fr", passage: "La position de Statistique Canada" },
    { text: "Je parle au nom de l'ARC : les remboursements arriveront plus tard cette année.", context: { department: "cra" }, lang: "fr", passage: "Je parle au nom de l'ARC" },
  ],
});
