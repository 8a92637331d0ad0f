import { fold } from "../../normalize.js";
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
  requires: ["gc-org", "public-servant"],
  actions: ["profile"],
  examples: {
    valid: [
      { text: "Policy analyst at ESDC. Runner, dad. Views are my own.", action: "profile", lang: "en" },
      { text: "Cycliste, photographe amateur, amoureux du café.", action: "profile", lang: "fr" },
    ],
    invalid: [
      { text: "Policy analyst at ESDC. Runner, dad.", action: "profile", lang: "en", note: "advice: add that your views are your own" },
      { text: "Analyste à Statistique Canada. Coureuse, maman de deux ados.", action: "profile", lang: "fr", note: "conseil : précisez que vos opinions sont personnelles" },
    ],
  },
  check({ view, hits, context, report }) {
    const employer = [...hits.get("gc-org"), ...hits.get("public-servant")];
    if (employer.length === 0 && !context.identifiable) return;
    const official = [...hits.get("official-looking")].sort((a, b) => a.from - b.from || b.to - a.to)[0];
    if (official && employer.length > 0 && !context.authorized) {
      const org = employer.find((e) => e.from >= official.from) ?? employer[0]!;
      // "Official account of the CRA" claims to be the organization itself, beyond merely looking official.
      const claims = /account|page|compte/.test(fold(official.term)) && org.from >= official.to && org.from - official.to <= 4;
      report("official", { span: [Math.min(official.span[0], org.span[0]), Math.max(official.span[1], org.span[1])], level: claims ? "inappropriate" : "risky", data: { text: view.text.slice(official.span[0], official.span[1]) } });
      return;
    }
    if (employer.length > 0 && hits.get("disclaimer").length === 0) {
      report("disclaimer", { fix: { append: { en: "Views are my own.", fr: "Les opinions exprimées sont les miennes." } } });
    }
  },
});
