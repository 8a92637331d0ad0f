import { defineRule } from "../../rule.js";
import { commerceOf } from "../../structure/commerce.js";
import { touchesOwnMandate } from "./side-business.js";

/** Words that make a promo code the writer's own to push ("use my code", « utilisez mon code »). */
const OWN_CODE = /\b(?:my|use|mon|utilisez|avec)\b/;

const PERCENT_OFF = /\b\d{1,2}\s?%\s?(?:off|de rabais|de réduction)\b/i;

/** Paid promotion: sponsorships, affiliate links, promo codes. */
export default defineRule({
  id: "conflict-of-interest/sponsorship",
  category: "conflict-of-interest",
  level: "risky",
  guidance: ["tbs.coi.outside-activities", "tbs.scenario.monetizing"],
  description: { en: "Sponsored posts, promo codes, affiliate links and paid partnerships.", fr: "Publications commanditées, codes promo, liens affiliés et partenariats rémunérés." },
  messages: {
    mandate: {
      en: "“{text}” promotes a product tied to your own department's work: that can be seen as an endorsement by the GC, a conflict of interest.",
      fr: "« {text} » fait la promotion d'un produit lié au travail de votre propre ministère : cela peut passer pour un appui du GC, un conflit d'intérêts.",
    },
    sponsored: {
      en: "“{text}” promotes a product for pay. Make sure it has no connection to your GC job, and declare it under your department's conflict of interest process.",
      fr: "« {text} » fait la promotion d'un produit contre rémunération. Assurez-vous qu'il n'a aucun lien avec votre emploi au GC, et déclarez-le selon le processus de conflits d'intérêts de votre ministère.",
    },
  },
  lexicons: ["sponsorship", "gc-org"],
  examples: {
    valid: [
      { text: "Our book club is reading a new novel this month!", lang: "en" },
      { text: "Check out my code on GitHub, a little parser for GTFS feeds", lang: "en", note: "software, not a promo code" },
      { text: "Le code promo de la coop étudiante est RENTREE15, profitez-en", lang: "fr", note: "a code passed on, no gain" },
    ],
    invalid: [
      { text: "Use code SAM10 for 10% off at TrailGear! #sponsored", lang: "en" },
      { text: "Utilisez mon code promo JULIE15 chez BoutiqueNord! #commandité", lang: "fr" },
    ],
  },
  check({ view, hits, context, report }) {
    const commerce = commerceOf(view);
    // "code" is a promo code only beside one ("SAVE20", "promo"), never software ("my code on GitHub"); and a café's code
    // passed on is no paid promotion: only a code of one's own, or one handed out for a sponsor, is.
    const s = hits.get("sponsorship").find((h) => !/\bcode\b/i.test(h.term) || (commerce.promoCode && (OWN_CODE.test(h.term.toLowerCase()) || commerce.sponsored !== undefined)));
    // A percentage needs a digit: most texts never pay for the pattern.
    const pct = s || view.digits === 0 ? null : PERCENT_OFF.exec(view.text);
    const span: [number, number] | undefined = s ? s.span : commerce.sponsored ? commerce.sponsored : pct ? [pct.index, pct.index + pct[0].length] : undefined;
    if (!span) return;
    // Promoting a company in your own department's field is promoting it with the GC's weight.
    // Promoting a company in your own department's field, or as a public servant ("as someone who works in federal
    // cybersecurity I only trust them"), is promoting it with the GC's weight.
    const own = touchesOwnMandate(view, hits, context) || commerce.leverage !== undefined;
    report(own ? "mandate" : "sponsored", { span, level: own ? "inappropriate" : "risky", data: { text: view.text.slice(span[0], span[1]) } });
  },
});
