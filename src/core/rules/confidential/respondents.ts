import { defineRule } from "../../rule.js";

/** Those who collect survey or census answers, by their job titles at Statistics Canada (EN and FR). */
const COLLECTOR = /\b(?:census enumerators?|enumerators?|(?:field |survey |census )?interviewers?|census taker|recenseurs?|recenseuses?|intervieweurs?|intervieweuses?|enqueteurs?|enqueteuses?|agente? de recensement|agente? d'enquete|interviewing (?:a |the )?respondents?)\b/;
/** A piece that every title COLLECTOR names holds: a text with none of them is passed over. */
const TITLES = /enumerat|interview|census|recense|enquet/;
/** A person met on the job, described: who answered (or refused) is what the oath protects. */
const PERSON = /\b(?:(?:a|an|the|this|one|that) (?:lady|woman|man|guy|gentleman|family|respondent|senior|couple|household|old man|old lady|dude|mom|dad|kid)|(?:une|la|cette) (?:dame|madame|femme|famille|repondante|personne agee|vieille dame)|(?:un|le|ce) (?:monsieur|homme|gars|repondant|menage|couple|vieux)|at \d{1,5} [a-z]+|au \d{1,5} (?:rue|avenue|boul|chemin)|a (?:rimouski|[a-z]+ville)\b)/;

/** A survey interviewer or census enumerator describing the people they met: respondents' answers are confidential. */
export default defineRule({
  id: "confidential/respondents",
  category: "confidential",
  level: "inappropriate",
  guidance: ["statcan.confidentiality.oath", "statcan.respectful.privacy"],
  description: {
    en: "Survey and census respondents described by those who interviewed them.",
    fr: "Répondants aux enquêtes et au recensement décrits par ceux qui les ont interviewés.",
  },
  messages: {
    respondent: {
      en: "“{text}” tells of a respondent met on the job. What respondents say, and who they are, is protected by the oath of confidentiality.",
      fr: "« {text} » parle d'un répondant rencontré au travail. Ce que disent les répondants, et qui ils sont, est protégé par le serment de confidentialité.",
    },
  },
  lexicons: [],
  examples: {
    valid: [
      { text: "Looking for census enumerators in my area? The hiring page is on the StatCan site.", lang: "en" },
      { text: "J'ai été intervieweuse pendant 10 ans, un beau métier, je le recommande", lang: "fr" },
    ],
    invalid: [
      { text: "Enumerator diaries: the old man on Birch St told me he lives alone with 9 cats", lang: "en" },
      { text: "Je suis enquêteuse et ce matin une dame m'a raconté son divorce au complet pendant l'entrevue", lang: "fr" },
    ],
  },
  check({ view, report }) {
    // Every collector's title holds one of these: most texts never pay for the pattern. (One pattern of the five reads
    // a text faster than five searches: a text with an emoji is stored two bytes a character, and a search of it for
    // one-byte words is slow.)
    if (!TITLES.test(view.folded)) return;
    const role = COLLECTOR.exec(view.folded);
    if (!role) return;
    const person = PERSON.exec(view.folded);
    if (!person) return;
    const from = view.offsets[Math.min(role.index, person.index)]!;
    const to = view.offsets[Math.max(role.index + role[0].length, person.index + person[0].length)]!;
    report("respondent", { span: [from, to], data: { text: view.text.slice(from, to) } });
  },
});
