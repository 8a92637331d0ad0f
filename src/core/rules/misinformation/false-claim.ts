import { defineRule } from "../../rule.js";

/** Words that report a claim as false ("debunking the flat earth myth"): passing on a fact-check is not spreading the claim. */
const DEBUNKING = /\b(?:debunk\w*|myths?|fact[- ]?check\w*|is false|isn't true|is not true|not true|no evidence|conspiracy theor\w*|misinformation|disinformation|d[eé]mont\w*|d[eé]mystifi\w*|mythes?|v[eé]rification des faits|d[eé]cryptage|d[eé]crypteurs|est faux|est fausse|c'est faux|pas vrai|aucune preuve|th[eé]ories? du complot|d[eé]sinformation|m[eé]sinformation)\b/i;

/** Claims debunked by fact-checkers: sharing them is sharing false information. */
export default defineRule({
  id: "misinformation/false-claim",
  category: "misinformation",
  level: "inappropriate",
  guidance: ["tbs.risk.inappropriate.false-information", "csps.do.verify-sources", "tbs.question.reliable-source"],
  description: { en: "Conspiracy theories and claims debunked by fact-checkers.", fr: "Théories du complot et affirmations démenties par les vérificateurs de faits." },
  messages: {
    claim: {
      en: "“{text}” repeats a claim shown to be false. Sharing false information is inappropriate.",
      fr: "« {text} » reprend une affirmation démontrée fausse. Diffuser de fausses informations est inapproprié.",
    },
  },
  lexicons: ["conspiracy"],
  requires: ["conspiracy"],
  examples: {
    valid: [{ text: "Got my flu shot today at the pharmacy, took five minutes.", lang: "en" }],
    invalid: [
      { text: "Vaccines contain tracking chips, the government admitted it.", lang: "en" },
      { text: "La plandémie était planifiée depuis le début, réveillez-vous.", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    const c = hits.get("conspiracy")[0];
    if (c && DEBUNKING.test(view.text)) return;
    if (c) report("claim", { span: c.span, data: { text: view.text.slice(c.span[0], c.span[1]) } });
  },
});
