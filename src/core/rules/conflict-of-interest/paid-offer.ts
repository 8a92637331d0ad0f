import type { Span } from "../../model.js";
import { defineRule } from "../../rule.js";
import { commerceOf } from "../../structure/commerce.js";

/** Selling one's own products or services; trading on the GC job to sell them, or offering favours with one's files. */
export default defineRule({
  id: "conflict-of-interest/paid-offer",
  category: "conflict-of-interest",
  level: "risky",
  guidance: ["tbs.coi.outside-activities", "tbs.scenario.monetizing", "tbs.scenario.monetizing.q1"],
  description: {
    en: "Selling your own products or services, above all on the strength of your GC job.",
    fr: "Vendre ses propres produits ou services, surtout en misant sur son emploi au GC.",
  },
  messages: {
    offer: {
      en: "“{text}” sells something of yours. Make sure it creates no real, apparent or potential conflict of interest with your duties.",
      fr: "« {text} » vend quelque chose qui vous appartient. Assurez-vous que cela ne crée aucun conflit d'intérêts réel, apparent ou potentiel avec vos fonctions.",
    },
    leverage: {
      en: "“{text}” sells on the strength of your GC job. Using your position or inside knowledge for private gain is a conflict of interest.",
      fr: "« {text} » vend en misant sur votre emploi au GC. Utiliser votre poste ou ce que vous savez de l'intérieur pour un gain personnel est un conflit d'intérêts.",
    },
    favour: {
      en: "“{text}” offers a favour with work you do for the public. That is a conflict of interest: never do it.",
      fr: "« {text} » offre une faveur avec le travail que vous faites pour le public. C'est un conflit d'intérêts : ne le faites jamais.",
    },
  },
  lexicons: [],
  examples: {
    valid: [
      { text: "Selling my old bike, $200, DM me", lang: "en", note: "a personal sale, not a business" },
      { text: "Ma sœur lance son livre de recettes samedi, allez la voir au salon!", lang: "fr" },
    ],
    invalid: [
      { text: "Buy my $29 guide to acing federal job interviews, from someone who sits on selection boards every year", lang: "en" },
      { text: "Mon nouveau cours de crypto est en ligne, 99 $, lien dans ma bio 🚀", lang: "fr" },
      { text: "Agente à l'ARC : écris-moi si t'as des problèmes d'impôts, je vais voir ce que je peux faire 😉", lang: "fr" },
    ],
  },
  check({ view, report }) {
    const c = commerceOf(view);
    const text = (s: Span) => view.text.slice(s[0], s[1]);
    if (c.favour) {
      report("favour", { span: c.favour, level: "inappropriate", data: { text: text(c.favour) } });
      return;
    }
    if (!c.offer) return;
    // Current duties sold (a seat on hiring boards now) are a conflict; past experience sold as know-how is a risk.
    const edge = c.leverage ?? c.experience;
    if (edge) {
      const span: Span = [Math.min(c.offer[0], edge[0]), Math.max(c.offer[1], edge[1])];
      report("leverage", { span, level: c.leverage ? "inappropriate" : "risky", data: { text: text(span) } });
      return;
    }
    report("offer", { span: c.offer, data: { text: text(c.offer) } });
  },
});
