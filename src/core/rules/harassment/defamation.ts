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
  examples: {
    valid: [{ text: "The documentary about a famous criminal case was fascinating.", lang: "en" }],
    invalid: [
      { text: "Our city councillor Jim Patterson is a crook and a thief.", lang: "en" },
      { text: "Le maire Tremblay est un escroc, il a volé la ville.", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    for (const a of hits.get("accusation")) {
      const words = a.to - a.from;
      // Single nouns ("criminal", "thief") count only right after "is/est" with a person before them.
      if (words === 1 && !/(?:\bis|\bwas|\best|\bétait|c'est)\s+(?:a|an|un|une|le|la|such a|un vrai|une vraie)?\s*$/i.test(view.text.slice(Math.max(0, a.span[0] - 20), a.span[0]))) continue;
      const before = view.text.slice(Math.max(0, a.span[0] - 60), a.span[0]);
      if (!/(\p{Lu}\p{Ll}+|@\w+|\b(he|she|they|him|her|il|elle|ils|lui|minister|ministre|premier|mayor|maire|mairesse|boss|patron|manager|gestionnaire|pm)\b)/iu.test(before)) continue;
      report("accuse", { span: a.span, data: { text: view.text.slice(a.span[0], a.span[1]) } });
      return;
    }
  },
});
