import { defineRule } from "../../rule.js";
import { voiceOf } from "../../structure/voice.js";

/** The writer describing the draft, deck or program they are working on: posts about current work must be authorized. */
export default defineRule({
  id: "work-content/work-described",
  category: "work-content",
  level: "risky",
  guidance: ["tbs.work.authorized", "tbs.work.factual-public", "tbs.question.work-content"],
  description: {
    en: "Describing the policy, deck, model or program you are working on.",
    fr: "Décrire la politique, la présentation, le modèle ou le programme sur lequel vous travaillez.",
  },
  messages: {
    work: {
      en: "“{text}” describes your current work. Posts specifically about your current work must be authorized, factual and public.",
      fr: "« {text} » décrit votre travail actuel. Les publications qui portent précisément sur votre travail actuel doivent être autorisées, factuelles et publiques.",
    },
  },
  lexicons: [],
  examples: {
    valid: [
      { text: "I'm presenting at my kid's school science fair tomorrow, wish me luck", lang: "en" },
      { text: "Mon équipe de hockey a développé une belle chimie cette saison 🏒", lang: "fr" },
      { text: "We're drafting the new policy on telework", context: { authorized: true }, lang: "en", note: "authorized" },
    ],
    invalid: [
      { text: "We're drafting the options for the new telework policy, option 2 looks likely", lang: "en" },
      { text: "Mon équipe a développé un nouveau modèle de tri des demandes, hâte de vous le montrer", lang: "fr" },
    ],
  },
  check({ view, context, report }) {
    if (context.authorized) return;
    const w = voiceOf(view).ownWork;
    if (w) report("work", { span: w, data: { text: view.text.slice(w[0], w[1]) } });
  },
});
