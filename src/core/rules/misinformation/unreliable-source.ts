import { UNRELIABLE_DOMAINS } from "../../lexicons/any/domains.js";
import { defineRule } from "../../rule.js";

/** "news.example.co.uk" → itself, "example.co.uk", "co.uk", "uk": a subdomain of a listed site is that site. */
function domainAndParents(host: string): string[] {
  // Only names as long as a listed one can be listed: a host of thousands of labels is not cut into thousands of names.
  const out = host.length <= LONGEST_DOMAIN ? [host] : [];
  for (let i = host.indexOf("."); i !== -1; i = host.indexOf(".", i + 1)) if (host.length - i - 1 <= LONGEST_DOMAIN) out.push(host.slice(i + 1));
  return out;
}

const LONGEST_DOMAIN = Math.max(...[...UNRELIABLE_DOMAINS].map((d) => d.length));

/** A scheme, then `www.`, then the host up to the path, query, fragment or port. */
const HOST = /^(?:[a-z]+:\/\/)?(?:www\.)?([^/?#:]*)/i;

/** The host of a URL as written ("https://www.x.com/a" → "x.com"). One match: splitting on a pattern costs microseconds a URL. */
export function hostOf(url: string): string {
  return HOST.exec(url)![1]!.toLowerCase();
}

/** Pressure to share fast, distrust of all sources, and links to sites known for false stories. */
export default defineRule({
  id: "misinformation/unreliable-source",
  category: "misinformation",
  level: "risky",
  guidance: ["tbs.question.reliable-source", "csps.do.verify-sources"],
  description: { en: "Sources known for false stories, and the marks of misinformation (\"share before they delete this\").", fr: "Sources connues pour leurs fausses nouvelles, et les marques de la désinformation (« partagez avant que ce soit supprimé »)." },
  messages: {
    cue: {
      en: "“{text}” is a mark of misinformation. Verify the source before sharing.",
      fr: "« {text} » est une marque de désinformation. Vérifiez la source avant de partager.",
    },
    domain: {
      en: "{text} is a site rated unreliable by independent reviews of news sources. Share content from trusted sources.",
      fr: "{text} est un site jugé peu fiable par des évaluations indépendantes des sources d'information. Partagez du contenu de sources fiables.",
    },
  },
  lexicons: ["misinformation-cue"],
  examples: {
    valid: [
      { text: "Good explainer on the new budget: https://www.cbc.ca/news/politics/budget", lang: "en" },
      { text: "Added the hiking crew to our WhatsApp group, see you Saturday!", lang: "en", note: "a messaging app named, no claim" },
    ],
    invalid: [
      { text: "Share before they delete this!! The truth about the water supply.", lang: "en" },
      { text: "Lisez ça avant que ce soit censuré : https://www.infowars.com/posts/truth", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    // Naming a messaging app ("our WhatsApp group") claims nothing; only what was forwarded through it is a cue.
    // Read only when a messaging app is among the cues: most texts name none.
    let forwarded: boolean | undefined;
    const wasForwarded = () => (forwarded ??= /\b(?:forward\w*|received|circulat\w*|going around|says|said|claims?|transfer\w*|circule|recu|dit que)\b/.test(view.folded));
    const cue = hits.get("misinformation-cue").find((h) => !/whatsapp/i.test(h.term) || wasForwarded());
    if (cue) report("cue", { span: cue.span, data: { text: view.text.slice(cue.span[0], cue.span[1]) } });
    for (const u of view.urls) {
      const host = hostOf(u.value);
      const bad = domainAndParents(host).some((d) => UNRELIABLE_DOMAINS.has(d));
      if (bad) report("domain", { span: [u.start, u.end], data: { text: host } });
    }
  },
});
