import { defineRule } from "../../rule.js";
import { entityAround } from "../util.js";

/** Hashtags tied to causes, protests or contested campaigns: their associations need research first. */
export default defineRule({
  id: "hashtag/cause-hashtag",
  category: "hashtag",
  level: "risky",
  guidance: ["tbs.question.hashtags"],
  description: { en: "Hashtags tied to causes, protest movements or campaigns.", fr: "Mots-clics associés à des causes, des mouvements de protestation ou des campagnes." },
  messages: {
    cause: {
      en: "The hashtag {tag} is tied to a cause or campaign. Research it to avoid unintended associations.",
      fr: "Le mot-clic {tag} est associé à une cause ou à une campagne. Renseignez-vous pour éviter des associations non voulues.",
    },
  },
  lexicons: ["cause-hashtag"],
  requires: ["cause-hashtag"],
  actions: ["post", "comment", "reply", "share", "like", "profile"],
  examples: {
    valid: [{ text: "Join us for #AccessibilityWeek events across the country!", lang: "en" }],
    invalid: [
      { text: "Honk honk! #FreedomConvoy", lang: "en" },
      { text: "On lâche rien #TrudeauMustGo", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    for (const h of hits.get("cause-hashtag")) {
      const tag = entityAround(view.hashtags, h.span);
      if (!tag) continue;
      const span: [number, number] = [tag.start, tag.end];
      report("cause", { span, data: { tag: `#${tag.value}` }, fix: { span, replacement: "" } });
    }
  },
});
