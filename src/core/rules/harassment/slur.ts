import { defineRule } from "../../rule.js";

/** Slurs attack people for who they are, whoever they are aimed at. */
export default defineRule({
  id: "harassment/slur",
  category: "harassment",
  level: "inappropriate",
  guidance: ["tbs.risk.inappropriate.harassment", "tbs.rights.human-rights-act", "csps.dont.mistreat"],
  description: { en: "Slurs against people for their race, origin, religion, sex, orientation or disability.", fr: "Injures visant des personnes pour leur race, origine, religion, sexe, orientation ou handicap." },
  messages: {
    slur: {
      en: "“{text}” is a slur. Discrimination and hate are inappropriate; public servants respect the Canadian Human Rights Act.",
      fr: "« {text} » est une injure discriminatoire. La discrimination et la haine sont inappropriées; les fonctionnaires respectent la Loi canadienne sur les droits de la personne.",
    },
  },
  lexicons: ["slur"],
  examples: {
    valid: [{ text: "The monkeys at the Granby zoo were adorable.", lang: "en" }],
    invalid: [
      { text: "Get these f*ggots out of here.", lang: "en" },
      { text: "Encore un bougnoule qui vient profiter du système.", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    for (const s of hits.get("slur")) {
      // Animal words are slurs only when said of people; on their own they are animals.
      if (/^(ape|apes|monkey|monkeys|frog|savages|sauvage|sauvages)$/.test(s.term) && !aboutPeople(view.folded)) continue;
      report("slur", { span: s.span, data: { text: view.text.slice(s.span[0], s.span[1]) } });
    }
  },
});

function aboutPeople(folded: string): boolean {
  return /\b(you|they|them|those|these|people|he|she|his|her|black|blacks|immigrants?|refugees?|ils|elles|eux|ces|noirs?|immigres?|refugies?|gens|monde)\b/.test(folded);
}
