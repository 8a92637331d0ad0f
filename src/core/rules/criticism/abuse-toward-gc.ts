import { fold } from "../../normalize.js";
import type { Hit } from "../../matcher.js";
import { sentenceOf, type TextView } from "../../normalize.js";
import { defineRule } from "../../rule.js";
import { bySentence, cover, findInSentence } from "../util.js";

/** Profanity or abuse aimed at the Government of Canada or a federal organization. */
export default defineRule({
  id: "criticism/abuse-toward-gc",
  category: "criticism",
  level: "inappropriate",
  guidance: ["statcan.brand.profanity", "csps.dont.criticize-government", "tbs.values-code.applies-offline"],
  description: {
    en: "Profanity or abuse toward the Government of Canada or a federal organization.",
    fr: "Grossièretés ou propos injurieux envers le gouvernement du Canada ou une organisation fédérale.",
  },
  messages: {
    abuse: {
      en: "“{text}” uses profanity or abuse toward {target}: never publish that about the Government of Canada or your organization.",
      fr: "« {text} » contient des grossièretés ou des injures envers {target} : ne publiez jamais cela au sujet du gouvernement du Canada ou de votre organisation.",
    },
  },
  lexicons: ["gc-org", "gov-target", "profanity", "insult"],
  requires: ["profanity", "insult"],
  actions: ["post", "comment", "reply", "share", "like", "profile"],
  examples: {
    valid: [{ text: "Statistics Canada released the census data today.", lang: "en" }],
    invalid: [
      { text: "Statistics Canada is a f***ing joke.", lang: "en" },
      { text: "Le gouvernement fédéral, c'est de la marde.", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    const orgs = [...hits.get("gc-org"), ...hits.get("gov-target").filter((h) => /government|gouvernement|department|ministere|agency|agence|employer|employeur|organi[sz]ation/.test(fold(h.term)))];
    // Abuse needs an organization to aim at: without one, a text of thousands of swear words is not read word by word.
    if (orgs.length === 0) return;
    const orgsBySentence = bySentence(view, orgs);
    for (const bad of [...hits.get("profanity"), ...hits.get("insult")]) {
      if (isInterjection(view, bad)) continue;
      // In French text "retard" is a delay ("l'employeur est en retard"), not the English slur.
      if (view.lang === "fr" && /^retards?$/i.test(bad.term)) continue;
      const org = findInSentence(view, orgsBySentence, bad);
      if (!org) continue;
      const span = cover(org, bad);
      report("abuse", { span, data: { text: view.text.slice(span[0], span[1]), target: view.text.slice(org.span[0], org.span[1]) } });
      return;
    }
  },
});

/** "Damn, Service Canada was fast": a swear word opening the sentence and set off by a comma is aimed at nobody. */
function isInterjection(view: TextView, bad: Hit): boolean {
  const first = view.sentenceStarts[sentenceOf(view, bad.from)]!;
  if (bad.from - first > 1) return false;
  SET_OFF.lastIndex = bad.span[1];
  return SET_OFF.test(view.text);
}

/** A comma or "!" right after the word (sticky: read from the word on, never the rest of the text). */
const SET_OFF = /\s*[,!]/y;
