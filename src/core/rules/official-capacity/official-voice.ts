import type { Span } from "../../model.js";
import { defineRule } from "../../rule.js";
import { voiceOf } from "../../structure/voice.js";

/** A personal post labelled official, or lending the writer's GC job to advice and opinions. */
export default defineRule({
  id: "official-capacity/official-voice",
  category: "official-capacity",
  level: "inappropriate",
  guidance: ["tbs.official.not-official-capacity"],
  description: {
    en: "Personal posts labelled official, and the writer's GC job used to back advice or opinions.",
    fr: "Publications personnelles présentées comme officielles, et emploi au GC invoqué pour appuyer des conseils ou des opinions.",
  },
  messages: {
    label: {
      en: "“{text}” makes a personal post look official. Only authorized spokespeople speak for the department: share its official post instead.",
      fr: "« {text} » donne à une publication personnelle l'air officielle. Seuls les porte-parole autorisés parlent au nom du ministère : partagez plutôt sa publication officielle.",
    },
    voice: {
      en: "“{text}” lends your GC job to what you say. Readers may take it as your organization's position: speak for yourself only.",
      fr: "« {text} » met votre emploi au GC derrière ce que vous dites. Les gens qui vous lisent pourraient y voir la position de votre organisation : ne parlez qu'en votre nom.",
    },
  },
  lexicons: ["gc-org"],
  examples: {
    valid: [
      { text: "Official update from our hockey league: playoffs start Sunday!", lang: "en", note: "not a government" },
      { text: "Je suis analyste chez Desjardins et je vous le dis : épargnez tôt", lang: "fr", note: "not a GC job" },
    ],
    invalid: [
      { text: "OFFICIAL UPDATE: the CRA confirms the benefit payment moves to the 22nd this month", lang: "en" },
      { text: "En tant qu'inspectrice à Transports Canada, je vous le dis : ce modèle d'auto est dangereux", lang: "fr", note: "risky" },
    ],
  },
  check({ view, hits, context, report }) {
    if (context.authorized) return;
    const v = voiceOf(view);
    const text = (s: Span) => view.text.slice(s[0], s[1]);
    const org = hits.get("gc-org")[0];
    if (v.officialLabel && (org || /\b(?:government|gouvernement|ministere|department)\b/.test(view.folded))) {
      const span: Span = org ? [Math.min(v.officialLabel[0], org.span[0]), Math.max(v.officialLabel[1], org.span[1])] : v.officialLabel;
      report("label", { span, data: { text: text(span) } });
      return;
    }
    if (v.employee && v.authority) {
      const span: Span = [Math.min(v.employee[0], v.authority[0]), Math.max(v.employee[1], v.authority[1])];
      report("voice", { span, level: "risky", data: { text: text(span) } });
    }
  },
});
