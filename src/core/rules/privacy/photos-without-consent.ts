import { fold } from "../../normalize.js";
import type { Hit } from "../../matcher.js";
import { defineRule, sameSentence } from "../../rule.js";
import { byToken } from "../util.js";

/** Photos and tags of other people, unless the post says they agreed. */
export default defineRule({
  id: "privacy/photos-without-consent",
  category: "privacy",
  level: "risky",
  guidance: ["statcan.respectful.privacy", "csps.do.shout-out"],
  description: { en: "Photos, videos and tags of other people without their consent.", fr: "Photos, vidéos et identifications d'autres personnes sans leur consentement." },
  messages: {
    photo: {
      en: "“{text}” shares images or tags of other people. Get their permission first, and say so.",
      fr: "« {text} » diffuse des images d'autres personnes ou les identifie. Obtenez d'abord leur permission, et dites-le.",
    },
  },
  lexicons: ["tagging", "people", "consent"],
  requires: ["tagging"],
  examples: {
    valid: [
      { text: "Big shout-out to my team! Photos shared with everyone's permission.", lang: "en" },
      { text: "Photo de l'équipe publiée avec la permission de tout le monde.", lang: "fr" },
    ],
    invalid: [
      { text: "Pic from our team lunch, tagged all 12 of you 😄", lang: "en" },
      { text: "Photos de mes collègues au party de Noël, j'ai identifié tout le monde!", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    if (hits.get("consent").length > 0) return;
    const people = hits.get("people");
    const crowd = view.mentions.length > 1 || /\b\d+\s+of\s+you\b/i.test(view.text);
    // The people must be the photo's subject ("a photo of my colleagues"), or the ones tagged ("je vous ai tous identifiés").
    // People a few tokens from the tag, looked up by token rather than walked for every tag.
    const peopleFrom = byToken(people);
    const peopleTo = byToken(people, "to");
    const near = (t: Hit, tagVerb: boolean) => {
      for (let at = t.from; at <= t.to + 6; at++) for (const p of peopleFrom.get(at) ?? []) if (sameSentence(view, p, t)) return true;
      if (tagVerb) for (let at = t.from - 3; at <= t.from; at++) for (const p of peopleTo.get(at) ?? []) if (sameSentence(view, p, t)) return true;
      return false;
    };
    const tag = hits.get("tagging").find((t) => crowd || near(t, /^(?:tag|identifi)/.test(fold(t.term))));
    if (!tag) return;
    report("photo", { span: tag.span, data: { text: view.text.slice(tag.span[0], tag.span[1]) }, suggestion: { en: "Ask everyone in the photo before posting, and add that they agreed.", fr: "Demandez à chaque personne sur la photo avant de publier, et précisez qu'elles ont accepté." } });
  },
});
