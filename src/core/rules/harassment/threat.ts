import { defineRule } from "../../rule.js";

/** Threats to a person's safety; figures of speech ("this heat is killing me") are not in the list. */
export default defineRule({
  id: "harassment/threat",
  category: "harassment",
  level: "inappropriate",
  guidance: ["tbs.risk.inappropriate.harassment", "csps.dont.mistreat"],
  description: { en: "Threats of violence or harm.", fr: "Menaces de violence ou de préjudice." },
  messages: {
    threat: {
      en: "“{text}” reads as a threat. Threats are never acceptable, and may be a crime.",
      fr: "« {text} » se lit comme une menace. Les menaces ne sont jamais acceptables et peuvent constituer un crime.",
    },
  },
  lexicons: ["threat"],
  requires: ["threat"],
  examples: {
    valid: [
      { text: "This heat is killing me.", lang: "en" },
      { text: "Killer workout this morning!", lang: "en" },
      { text: "Ce film est à mourir de rire.", lang: "fr" },
    ],
    invalid: [
      { text: "Watch your back, I know where you live.", lang: "en" },
      { text: "Je vais te tuer si tu recommences.", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    for (const t of hits.get("threat")) report("threat", { span: t.span, data: { text: view.text.slice(t.span[0], t.span[1]) } });
  },
});
