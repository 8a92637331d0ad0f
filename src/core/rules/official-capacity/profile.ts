import { defineRule } from "../../rule.js";

/** A bio that names GC employment should say it is personal; an official-looking one is riskier. */
export default defineRule({
  id: "official-capacity/profile",
  category: "official-capacity",
  level: "appropriate",
  guidance: ["tbs.official.not-official-capacity", "tbs.official.disclaimer-may-not-protect", "psc.other.disclaimer"],
  description: { en: "Profiles that name GC employment: a disclaimer helps; looking official does not.", fr: "Profils qui mentionnent un emploi au GC : un avertissement aide; avoir l'air officiel, non." },
  messages: {
    disclaimer: {
      en: "Your bio names your work in the public service. Say that your views are your own — it helps, but it may not protect you: people might still think your posts represent the government.",
      fr: "Votre biographie mentionne votre emploi dans la fonction publique. Précisez que vos opinions sont personnelles — cela aide, mais ne vous protège pas forcément : on pourrait encore croire que vos publications représentent le gouvernement.",
    },
    official: {
      en: "“{text}” makes a personal account look official. Avoid official-looking names and descriptions.",
      fr: "« {text} » donne un air officiel à un compte personnel. Évitez les noms et descriptions qui ont l'air officiels.",
    },
  },
  lexicons: ["gc-org", "public-servant", "disclaimer", "official-looking"],
  actions: ["profile"],
  examples: {
    valid: [
      { text: "Policy analyst at ESDC. Runner, dad. Views are my own.", action: "profile", lang: "en" },
      { text: "Cycliste, photographe amateur, amoureux du café.", action: "profile", lang: "fr" },
    ],
    invalid: [
      { text: "Official account of the Health Canada data team", action: "profile", lang: "en" },
      { text: "Compte officiel — Statistique Canada, division des prix", action: "profile", lang: "fr" },
    ],
  },
  check({ view, hits, context, report }) {
    const employer = [...hits.get("gc-org"), ...hits.get("public-servant")];
    if (employer.length === 0 && !context.identifiable) return;
    const official = hits.get("official-looking")[0];
    if (official && employer.length > 0 && !context.authorized) {
      report("official", { span: [Math.min(official.span[0], employer[0]!.span[0]), Math.max(official.span[1], employer[0]!.span[1])], level: "risky", data: { text: view.text.slice(official.span[0], official.span[1]) } });
      return;
    }
    if (employer.length > 0 && hits.get("disclaimer").length === 0) {
      report("disclaimer", { fix: { append: { en: "Views are my own.", fr: "Les opinions exprimées sont les miennes." } } });
    }
  },
});
