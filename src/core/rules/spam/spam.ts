import { defineRule } from "../../rule.js";

/** Chain messages, bait and bulk promotion disrupt and can put GC devices and networks at risk. */
export default defineRule({
  id: "spam/spam",
  category: "spam",
  level: "risky",
  guidance: ["csps.dont.spam"],
  description: { en: "Chain messages, click bait, follow-for-follow and link floods.", fr: "Chaînes de lettres, pièges à clics, abonnement réciproque et avalanches de liens." },
  messages: {
    cue: {
      en: "“{text}” is a mark of spam. Don't disrupt or put GC devices or networks at risk by spamming.",
      fr: "« {text} » est une marque de pourriel. Ne perturbez pas les appareils ou réseaux du GC et ne les mettez pas en danger par du pourriel.",
    },
    links: {
      en: "{count} links in one post reads as spam.",
      fr: "{count} liens dans une même publication, c'est du pourriel.",
    },
    repeated: {
      en: "“{text}” repeats the same words over and over: that reads as spam.",
      fr: "« {text} » répète les mêmes mots encore et encore : cela ressemble à du pourriel.",
    },
  },
  lexicons: ["spam-cue"],
  examples: {
    valid: [{ text: "Two great reads on program evaluation: https://example.org/a and https://example.org/b", lang: "en" }],
    invalid: [
      { text: "Click here to win a free iPhone!!! Forward this to 10 friends", lang: "en" },
      { text: "Vous avez gagné! Cliquez ici pour réclamer votre prix", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    const cue = hits.get("spam-cue")[0];
    if (cue) report("cue", { span: cue.span, data: { text: view.text.slice(cue.span[0], cue.span[1]) } });
    if (view.urls.length >= 4) report("links", { span: [view.urls[0]!.start, view.urls[view.urls.length - 1]!.end], data: { count: String(view.urls.length) } });
    const t = view.tokens;
    for (let i = 0; i + 4 < t.length; i++) {
      if (t[i]!.norm.length > 1 && t[i + 1]!.norm === t[i]!.norm && t[i + 2]!.norm === t[i]!.norm && t[i + 3]!.norm === t[i]!.norm && t[i + 4]!.norm === t[i]!.norm) {
        const span: [number, number] = [t[i]!.start, t[i + 4]!.end];
        report("repeated", { span, data: { text: view.text.slice(span[0], span[1]) } });
        break;
      }
    }
  },
});
