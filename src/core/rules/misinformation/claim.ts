import type { Span } from "../../model.js";
import { defineRule } from "../../rule.js";
import { bulkOf } from "../../structure/bulk.js";
import { claimsOf } from "../../structure/claims.js";

/**
 * A claim stated as fact with the marks of false information (a hidden truth, urgency, an unnamed insider) is sharing
 * false information; the same claim hedged as a rumour, or a rumour about a public matter passed on, is risky.
 */
export default defineRule({
  id: "misinformation/claim",
  category: "misinformation",
  level: "inappropriate",
  guidance: ["tbs.risk.inappropriate.false-information", "csps.do.verify-sources", "tbs.question.reliable-source"],
  description: {
    en: "Claims stated as fact with the marks of false information, and unverified rumours about public matters.",
    fr: "Affirmations présentées comme des faits avec les marques de la fausse information, et rumeurs non vérifiées sur des affaires publiques.",
  },
  messages: {
    asserted: {
      en: "“{text}” states as fact a claim with the marks of false information. Sharing false information is inappropriate: check a reliable source first.",
      fr: "« {text} » présente comme un fait une affirmation qui a les marques de la fausse information. Diffuser de fausses informations est inapproprié : vérifiez d'abord auprès d'une source fiable.",
    },
    scam: {
      en: "“{text}” spreads a false message (a chain letter's threat, a prize or refund that does not exist). Sharing false information is inappropriate.",
      fr: "« {text} » répand un faux message (la menace d'une chaîne de lettres, un prix ou un remboursement qui n'existe pas). Diffuser de fausses informations est inapproprié.",
    },
    rumour: {
      en: "“{text}” passes on something unverified. Verify your sources before sharing: is the source reliable?",
      fr: "« {text} » relaie quelque chose de non vérifié. Vérifiez vos sources avant de partager : la source est-elle fiable?",
    },
  },
  lexicons: [],
  examples: {
    valid: [
      { text: "It's so easy to fool yourself with data. Pre-register your hypotheses, folks.", lang: "en" },
      { text: "Heureusement que c'est faux : la rumeur dit que l'ARC va saisir les REER. C'est une arnaque.", lang: "fr", note: "reported as false" },
      { text: "I heard the new Dune movie is great, going Friday", lang: "en", note: "a rumour, but no public matter" },
    ],
    invalid: [
      { text: "The government is hiding the truth about the pension fund, pull your money out NOW", lang: "en" },
      { text: "Ma belle-sœur m'a confirmé que l'assurance-emploi va être coupée en mars, retirez vos épargnes avant qu'il soit trop tard", lang: "fr" },
      { text: "Il paraît que Service Canada va fermer tous les bureaux en région? Quelqu'un a une source?", lang: "fr", note: "a hedged rumour: risky" },
      { text: "Apparently the feds are going to tax home sales next year, not sure if true", lang: "en", note: "a hedged rumour: risky" },
    ],
  },
  check({ view, activity, report }) {
    const c = claimsOf(view);
    if (c.debunked) return;
    const text = (s: Span) => view.text.slice(s[0], s[1]);
    // A chain letter's threat and bait in a government's name are false by design; a prize from nowhere, likely so.
    const b = activity.action === "follow" ? undefined : bulkOf(view);
    const scam = b?.chain ?? b?.impersonation;
    if (scam) {
      report("scam", { span: scam, data: { text: text(scam) } });
      return;
    }
    if (b?.bait && /\b(?:won|win|free|gift card|prize|gagne|gagnez|gratuit|gratuite|carte-cadeau|prix|cadeau)\b/.test(view.folded)) {
      report("scam", { span: b.bait, level: "risky", data: { text: text(b.bait) } });
      return;
    }
    if (c.strong) {
      // Held at a distance ("I heard …, can anyone confirm?") it is a rumour passed on; asserted about a public matter, a false claim.
      // Following an account is not repeating its claims: at most risky.
      const asserted = !c.hedge && c.publicMatter !== undefined && activity.action !== "follow";
      report(asserted ? "asserted" : "rumour", { span: c.strong, level: asserted ? "inappropriate" : "risky", data: { text: text(c.strong) } });
      return;
    }
    const rumour = c.hedge && c.publicMatter && c.change ? c.hedge : c.weak && c.publicMatter ? c.weak : undefined;
    if (rumour) {
      const span: Span = [Math.min(rumour[0], c.publicMatter![0]), Math.max(rumour[1], c.publicMatter![1])];
      report("rumour", { span, level: "risky", data: { text: text(span) } });
    }
  },
});
