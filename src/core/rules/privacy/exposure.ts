import type { Span } from "../../model.js";
import { defineRule } from "../../rule.js";
import { exposureOf } from "../../structure/exposure.js";

/** Other people exposed: photos of them, their private matters, where to find them and calls to go after them. */
export default defineRule({
  id: "privacy/exposure",
  category: "privacy",
  level: "risky",
  guidance: ["statcan.respectful.privacy", "hrsdc.risk.disclosure"],
  alsoCites: ["tbs.risk.inappropriate.harassment"],
  description: {
    en: "Photos of others, their health, family or money matters, and where to find them.",
    fr: "Photos d'autres personnes, leur santé, leur famille ou leurs finances, et où les trouver.",
  },
  messages: {
    photo: {
      en: "“{text}” shares an image of someone else. Don't share photos or videos of other people without their explicit consent.",
      fr: "« {text} » diffuse l'image de quelqu'un d'autre. Ne diffusez pas de photos ni de vidéos d'autres personnes sans leur consentement explicite.",
    },
    personal: {
      en: "“{text}” tells something private about someone else. Don't share information about other people without their explicit consent.",
      fr: "« {text} » révèle quelque chose de privé sur quelqu'un d'autre. Ne diffusez pas d'information sur d'autres personnes sans leur consentement explicite.",
    },
    pointed: {
      en: "“{text}” tells people where to find someone and to go after them. That exposes the person to harm: never do it.",
      fr: "« {text} » indique où trouver quelqu'un et invite à s'en prendre à lui. Cela expose la personne à un préjudice : ne le faites jamais.",
    },
  },
  lexicons: [],
  examples: {
    valid: [
      { text: "Photo of me at the summit, finally made it! 🏔️", lang: "en" },
      { text: "Belle photo du coucher de soleil sur le lac ce soir", lang: "fr" },
    ],
    invalid: [
      { text: "Look at this video of my coworker asleep in the boardroom 😂", lang: "en", note: "an embarrassing image: inappropriate" },
      { text: "Ma voisine est en congé de maladie depuis 3 mois, elle a l'air ben correcte pourtant", lang: "fr" },
      { text: "Mon ancien patron travaille au 3e étage, allez lui dire ce que vous en pensez", lang: "fr", note: "where to find him, and a call to go after him" },
    ],
  },
  check({ view, report }) {
    const e = exposureOf(view);
    const text = (s: Span) => view.text.slice(s[0], s[1]);
    if (e.pointing && e.whereabouts) {
      const span: Span = [Math.min(e.pointing[0], e.whereabouts[0]), Math.max(e.pointing[1], e.whereabouts[1])];
      report("pointed", { span, level: "inappropriate", data: { text: text(span) }, guidance: ["tbs.risk.inappropriate.harassment"] });
      return;
    }
    if (e.photo) {
      report("photo", { span: e.photo, level: e.embarrassing ? "inappropriate" : "risky", data: { text: text(e.photo) } });
      return;
    }
    const personal = e.personal ?? e.whereabouts;
    if (personal) report("personal", { span: personal, data: { text: text(personal) } });
  },
});
