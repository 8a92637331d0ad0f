import { fold } from "../../normalize.js";
import { defineRule } from "../../rule.js";
import { releaseOf } from "../../structure/release.js";

/** Release times are public (The Daily's schedule): a day or a "comes out" alone hints at nothing. */
const SCHEDULE_ONLY = /^(?:tomorrow'?s?|(?:mon|tues|wednes|thurs|fri)day'?s?|next week|next month|this week|coming out|comes out|upcoming|demain|lundi|mardi|mercredi|jeudi|vendredi|la semaine prochaine|le mois prochain|cette semaine|a venir|va sortir|vont sortir|sort demain|8 ?h ?30)$/;

/** A StatCan employee hinting at figures before their release breaks the confidentiality oath. */
export default defineRule({
  id: "confidential/statcan-release",
  category: "confidential",
  level: "inappropriate",
  guidance: ["statcan.confidentiality", "statcan.confidentiality.oath", "statcan.brand.public-info"],
  alsoCites: ["tbs.work.factual-public"],
  description: {
    en: "For Statistics Canada staff: any hint of figures before their official release.",
    fr: "Pour le personnel de Statistique Canada : tout indice sur des chiffres avant leur diffusion officielle.",
  },
  messages: {
    hint: {
      en: "“{text}” hints at figures before their release. Confidentiality is Statistics Canada's most important value: respect the oath you took.",
      fr: "« {text} » laisse deviner des chiffres avant leur diffusion. La confidentialité est la valeur la plus importante de Statistique Canada : respectez le serment que vous avez prêté.",
    },
    insider: {
      en: "“{text}” says you know figures before their release. Only post information that is already public.",
      fr: "« {text} » laisse entendre que vous connaissez des chiffres avant leur diffusion. Ne publiez que de l'information déjà publique.",
    },
  },
  lexicons: ["stat-data", "foreknowledge", "insider-cue"],
  requires: ["stat-data"],
  examples: {
    valid: [
      { text: "Les données sur le chômage publiées ce matin sont en ligne : https://www150.statcan.gc.ca", context: { department: "statcan" }, lang: "fr" },
      { text: "Tomorrow's jobs numbers will be bad, trust me.", lang: "en", note: "not StatCan staff: speculation, not foreknowledge" },
    ],
    invalid: [
      { text: "Les données sur le chômage de vendredi vont être catastrophiques, croyez-moi.", context: { department: "statcan" }, lang: "fr" },
      { text: "Brace yourselves for tomorrow's inflation numbers.", context: { department: "statcan" }, lang: "en" },
    ],
  },
  check({ view, hits, context, report }) {
    const insider = hits.get("insider-cue")[0];
    // Anyone who says "I can't say much, but…" about coming figures claims to know them: that is not speculation.
    if (context.department !== "statcan") {
      if (insider && hits.has("stat-data") && hits.has("foreknowledge")) {
        report("insider", { span: insider.span, level: "risky", data: { text: view.text.slice(insider.span[0], insider.span[1]) }, guidance: ["tbs.work.factual-public"] });
      }
      return;
    }
    // "Under embargo until 8:30, I'll post the link once it's in The Daily": the schedule, which is public, and no figure.
    const release = releaseOf(view);
    if (release.embargo && !release.content) return;
    const data = hits.get("stat-data");
    const ahead = hits.get("foreknowledge").filter((h) => !SCHEDULE_ONLY.test(fold(h.term)));
    if (data.length === 0 || ahead.length === 0) return;
    if (/\b(published|released|out now|this morning|today's release|publiees?|publies?|diffusees?|ce matin|en ligne)\b/.test(view.folded)) return;
    const b = ahead[0]!;
    const a = data.reduce((best, d) => (Math.abs(d.from - b.from) < Math.abs(best.from - b.from) ? d : best));
    const span: [number, number] = [Math.min(a.span[0], b.span[0]), Math.max(a.span[1], b.span[1])];
    report("hint", { span, data: { text: view.text.slice(span[0], span[1]) } });
  },
});
