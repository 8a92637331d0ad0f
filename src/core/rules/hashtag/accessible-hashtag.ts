import { defineRule } from "../../rule.js";

/** A hashtag of several words in one case is hard to read and to voice with a screen reader; CamelCase fixes that. */
export default defineRule({
  id: "hashtag/accessible-hashtag",
  category: "hashtag",
  level: "appropriate",
  guidance: ["csps.do.accessible-hashtag"],
  description: { en: "Long hashtags written all in one case: capitalize each word (CamelCase) for screen readers.", fr: "Longs mots-clics écrits dans une seule casse : mettez une majuscule à chaque mot (CamelCase) pour les lecteurs d'écran." },
  messages: {
    camel: {
      en: "Write {tag} with a capital at each word (like #AccessibilityWeek) so screen readers can say it.",
      fr: "Écrivez {tag} avec une majuscule à chaque mot (comme #SemaineAccessibilité) pour que les lecteurs d'écran puissent le lire.",
    },
  },
  lexicons: ["politics-hashtag"],
  examples: {
    valid: [{ text: "Join us for #AccessibilityWeek events!", lang: "en" }],
    invalid: [
      { text: "Join us for #accessibilityweek events!", lang: "en" },
      { text: "Bonne #semainedelafonctionpublique à tous!", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    if (view.hashtags.length === 0) return;
    const political = new Set(hits.get("politics-hashtag").map((h) => h.span[0]));
    for (const tag of view.hashtags) {
      const v = tag.value;
      if (v.length < 12 || /\d{2,}/.test(v) || political.has(tag.start + 1)) continue;
      const oneCase = v === v.toLowerCase() || v === v.toUpperCase();
      if (oneCase) report("camel", { span: [tag.start, tag.end], data: { tag: `#${v}` } });
    }
  },
});
