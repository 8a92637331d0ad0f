import { defineRule } from "../../rule.js";

/** Which department services trade on which department's mandate. */
const SERVICES_OF: Record<string, RegExp> = {
  cra: /\b(tax|taxes|tax returns?|audits?|gst|hst|ccb|refund|impots?|declarations? de revenus|verification fiscale|tps|tvh|remboursement)\b/,
  ircc: /\b(immigration|visas?|permanent residence|pr application|citizenship|work permit|study permit|express entry|residence permanente|citoyennete|permis de travail|permis d'etudes|entree express)\b/,
  esdc: /\b(employment insurance|ei|ei claims?|pensions?|cpp|oas|passports?|sin|assurance-emploi|ae|rpc|sv|passeports?|nas)\b/,
  statcan: /\b(surveys?|census|data|statistics|sondages?|enquetes?|recensement|donnees|statistiques)\b/,
  pspc: /\b(contracts?|procurement|tenders?|contrats?|approvisionnement|appels d'offres)\b/,
};

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
  lexicons: ["side-business", "department-service"],
  examples: {
    valid: [{ text: "My side hustle is baking sourdough for the neighbours, orders open Friday!", lang: "en" }],
    invalid: [
      { text: "I know how the system works: DM me for help with your tax audit, small fee.", context: { department: "cra" }, lang: "en" },
      { text: "Mon entreprise offre de l'aide pour vos demandes de résidence permanente, contactez-moi pour un tarif.", context: { department: "ircc" }, lang: "fr" },
    ],
  },
  check({ view, hits, context, report }) {
    const b = hits.get("side-business")[0];
    const service = hits.get("department-service")[0];
    if (!b || !service) return;
    const span: [number, number] = [Math.min(b.span[0], service.span[0]), Math.max(b.span[1], service.span[1])];
    const own = context.department !== undefined && SERVICES_OF[context.department]?.test(view.folded);
    report(own ? "mandate" : "business", { span, level: own ? "inappropriate" : "risky", data: { text: view.text.slice(span[0], span[1]) } });
  },
});
