import type { HitIndex } from "../../matcher.js";
import type { Context } from "../../model.js";
import { foldedSpan, type TextView } from "../../normalize.js";
import { defineRule } from "../../rule.js";
import { departmentNamed, firstMatchNear } from "../util.js";

/** Which department services trade on which department's mandate. */
const SERVICES_OF: Record<string, RegExp> = {
  cra: /\b(tax|taxes|tax returns?|tax software|filing|audits?|gst|hst|ccb|refund|impots?|declarations? de revenus|verification fiscale|tps|tvh|remboursement|logiciel d'impots?)\b/,
  ircc: /\b(immigration|visas?|permanent residence|pr application|citizenship|work permit|study permit|express entry|residence permanente|citoyennete|permis de travail|permis d'etudes|entree express)\b/,
  esdc: /\b(employment insurance|ei|ei claims?|pensions?|cpp|oas|passports?|sin|assurance-emploi|ae|rpc|sv|passeports?|nas)\b/,
  statcan: /\b(surveys?|census|data|statistics|sondages?|enquetes?|recensement|donnees|statistiques)\b/,
  pspc: /\b(contracts?|procurement|tenders?|contrats?|approvisionnement|appels d'offres|phoenix|pay problems?|pay system|paye|systeme de paye)\b/,
  dnd: /\b(defen[cs]e|military|drones?|weapons?|armed forces|fighter jets?|defense|militaires?|armes?|forces armees)\b/,
};

/** A price asked for a service: "for $100", "$60/return", "75 $ de l'heure" (a sum owed, "$70k EI overpayment", is no offer). */
const DOLLAR = /\$/g;
const PRICE = /\b(?:for|pour)\s+(?:\$\s?\d[\d,.]*|\d[\d\s,.]*\$)|\ba\s+\d[\d\s,.]*\$|(?:\$\s?\d[\d,.]*|\d[\d,.]*\s?\$)\s?(?:\/|per|par|la|le|de l')\s?(?:hr|hour|h|heure|return|declaration)\b/;

/** Whether the text offers or promotes what the writer's own department does, or names that department. */
export function touchesOwnMandate(view: TextView, hits: HitIndex, context: Context): boolean {
  const dept = context.department;
  if (dept === undefined) return false;
  return SERVICES_OF[dept]?.test(view.folded) === true || hits.get("gc-org").some((h) => departmentNamed(h) === dept);
}

/** A side business that offers what one's own department does trades on public office. */
export default defineRule({
  id: "conflict-of-interest/side-business",
  category: "conflict-of-interest",
  level: "risky",
  guidance: ["tbs.coi.outside-activities", "tbs.scenario.monetizing.q1"],
  description: { en: "Outside business and paid services, especially tied to your department's mandate.", fr: "Entreprise et services rémunérés à l'extérieur, surtout s'ils sont liés au mandat de votre ministère." },
  messages: {
    business: {
      en: "“{text}” promotes paid services of your own. Make sure they create no real, apparent or potential conflict of interest with your role.",
      fr: "« {text} » fait la promotion de vos propres services rémunérés. Assurez-vous qu'ils ne créent aucun conflit d'intérêts réel, apparent ou potentiel avec votre rôle.",
    },
    mandate: {
      en: "“{text}” offers paid help with what your own department does: that is a conflict of interest.",
      fr: "« {text} » offre une aide rémunérée pour ce que fait votre propre ministère : c'est un conflit d'intérêts.",
    },
  },
  lexicons: ["side-business", "department-service", "gc-org"],
  requires: ["department-service"],
  examples: {
    valid: [{ text: "My side hustle is baking sourdough for the neighbours, orders open Friday!", lang: "en" }],
    invalid: [
      { text: "I know how the system works: DM me for help with your tax audit, small fee.", context: { department: "cra" }, lang: "en" },
      { text: "Mon entreprise offre de l'aide pour vos demandes de résidence permanente, contactez-moi pour un tarif.", context: { department: "ircc" }, lang: "fr" },
    ],
  },
  check({ view, hits, context, report }) {
    const service = hits.get("department-service")[0];
    if (!service) return;
    // A price beside a government service is an offer of paid help, whatever words announce it. Every price holds a
    // `$`: the pattern is tried near each, not from every digit of a long text.
    const offer = hits.get("side-business")[0];
    const price = offer ? null : firstMatchNear(view.folded, DOLLAR, PRICE, 80, 60);
    const b = offer ?? (price ? { span: foldedSpan(view, price.index, price.index + price[0].length) } : undefined);
    if (!b || !service) return;
    const span: [number, number] = [Math.min(b.span[0], service.span[0]), Math.max(b.span[1], service.span[1])];
    const own = touchesOwnMandate(view, hits, context);
    report(own ? "mandate" : "business", { span, level: own ? "inappropriate" : "risky", data: { text: view.text.slice(span[0], span[1]) } });
  },
});
