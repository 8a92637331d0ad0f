import type { Hit } from "../../matcher.js";
import { fold, sentenceOf, type TextView } from "../../normalize.js";
import { defineRule } from "../../rule.js";

/** "X is a criminal": accusing a person of a crime is defamation unless proven, and never the public servant's place. */
export default defineRule({
  id: "harassment/defamation",
  category: "harassment",
  level: "inappropriate",
  guidance: ["csps.dont.mistreat", "tbs.risk.inappropriate.harassment"],
  description: { en: "Accusing a person of a crime or serious misconduct.", fr: "Accuser une personne d'un crime ou d'une faute grave." },
  messages: {
    accuse: {
      en: "“{text}” accuses someone of a crime or serious misconduct: that may be defamation.",
      fr: "« {text} » accuse quelqu'un d'un crime ou d'une faute grave : cela peut être de la diffamation.",
    },
  },
  lexicons: ["accusation"],
  requires: ["accusation"],
  examples: {
    valid: [{ text: "The documentary about a famous criminal case was fascinating.", lang: "en" }],
    invalid: [
      { text: "Our city councillor Jim Patterson is a crook and a thief.", lang: "en" },
      { text: "Le maire Tremblay est un escroc, il a volé la ville.", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    for (const a of hits.get("accusation")) {
      const term = fold(a.term);
      // Bare nouns ("criminal", "thief") accuse only as "is a …": "a movie about a thief" accuses no one.
      if (BARE_NOUN.has(term) && !/(?:\bis|\bwas|\best|\bétait|c'est)\s+(?:a|an|un|une|le|la|such a|un vrai|une vraie)?\s*$/i.test(view.text.slice(Math.max(0, a.span[0] - 20), a.span[0]))) continue;
      if (!accusesSomeone(view, a)) continue;
      report("accuse", { span: a.span, data: { text: view.text.slice(a.span[0], a.span[1]) } });
      return;
    }
  },
});

const BARE_NOUN = new Set(["criminal", "thief", "crook", "voleur", "voleuse", "escroc", "fraudeur", "fraudeuse", "crosseur", "un criminel", "une criminelle"]);

/** Capitalized words that open sentences without naming anyone. */
const NOT_NAMES = new Set([
  "The", "A", "An", "This", "That", "My", "Our", "Your", "Someone", "Somebody", "Everyone", "Nobody", "I", "We", "It", "They", "He", "She",
  "Le", "La", "Les", "Un", "Une", "Ce", "Cette", "Mon", "Ma", "Notre", "Quelqu'un", "Personne", "On", "Il", "Elle", "Ils", "Je",
]);
const ROLE = /\b(?:minister|ministre|premier|mayor|maire|mairesse|councillor|conseill(?:er|ère)|boss|patron|patronne|manager|gestionnaire|director|directeur|directrice|pm|senator|sénateur|mp|député|deputy|candidate|candidat|candidate)\b/i;
const PRONOUN = /\b(?:he|she|they|him|her|il|elle|ils|lui)\b/i;

/** Whether someone identifiable is accused: a name, a mention or an office before the words, or "he/she" with one elsewhere. */
function accusesSomeone(view: TextView, a: Hit): boolean {
  const first = view.tokens[view.sentenceStarts[sentenceOf(view, a.from)]!]!.start;
  const sentenceStart = /[@#]/.test(view.text[first - 1] ?? "") ? first - 1 : first;
  const before = view.text.slice(Math.max(sentenceStart, a.span[0] - 80), a.span[0]);
  const names = [...before.matchAll(/(?<![\p{L}'])\p{Lu}[\p{Ll}'-]+/gu)].some((m) => !NOT_NAMES.has(m[0]));
  if (names || /@\w+/.test(before) || ROLE.test(before)) return true;
  return PRONOUN.test(before) && (view.mentions.length > 0 || namesSomeoneAnywhere(view));
}

/** Whether the text names an office or a person anywhere: read once per text, however many accusations it holds. */
function namesSomeoneAnywhere(view: TextView): boolean {
  let known = namesOfView.get(view);
  if (known === undefined) namesOfView.set(view, (known = ROLE.test(view.text) || /(?<!^|[.!?]\s)\b\p{Lu}\p{Ll}+/u.test(view.text)));
  return known;
}

const namesOfView = new WeakMap<TextView, boolean>();
