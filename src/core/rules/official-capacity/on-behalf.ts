import type { Hit } from "../../matcher.js";
import { fold, sentenceOf, tokenSpan } from "../../normalize.js";
import { defineRule } from "../../rule.js";
import { bySentence, cover, departmentNamed } from "../util.js";
import { partitionPoint } from "../../sorted.js";

/** Titles that speak with the organization's authority (an "employee" only says where one works). */
const OFFICIAL_TITLES = new Set(["official", "officer", "agent", "spokesperson", "representative", "auditor", "investigator"]);

/** "I'm speaking for Statistics Canada when I say…": a personal account speaking for the organization. */
export default defineRule({
  id: "official-capacity/on-behalf",
  category: "official-capacity",
  level: "inappropriate",
  guidance: ["tbs.official.not-official-capacity", "statcan.official.no-replies", "statcan.ownership.personal-view"],
  description: { en: "Speaking on behalf of your organization or the Government of Canada without authorization.", fr: "Parler au nom de votre organisation ou du gouvernement du Canada sans autorisation." },
  messages: {
    behalf: {
      en: "“{text}” speaks on behalf of {org}. Personal posts must not look like official ones unless you are authorized.",
      fr: "« {text} » parle au nom de {org}. Vos publications personnelles ne doivent pas avoir l'air officielles, à moins que vous y soyez autorisé.",
    },
  },
  lexicons: ["on-behalf", "gc-org", "gov-target"],
  requires: ["gc-org", "on-behalf"],
  examples: {
    valid: [
      { text: "On behalf of our running club, thanks to all the volunteers!", lang: "en" },
      { text: "I'm speaking for Statistics Canada when I say these numbers are right.", context: { authorized: true }, lang: "en", note: "authorized" },
    ],
    invalid: [
      { text: "I'm speaking for Statistics Canada when I say these numbers are right.", context: { department: "statcan" }, lang: "en" },
      { text: "Au nom d'Emploi et Développement social Canada, je confirme que les paiements seront versés.", lang: "fr" },
    ],
  },
  check({ view, hits, context, report }) {
    if (context.authorized) return;
    // An organization named inside a link (canada.ca/…) is where the link goes, not a voice claimed.
    const orgs = [...hits.get("gc-org"), ...hits.get("gov-target").filter((h) => /department|agency|ministere|agence|government|gouvernement|employer/.test(fold(h.term)))].filter((h) => view.tokens[h.from]?.entity !== "url");
    // "As a CRA official, I'm telling you…": claiming an official title lends the post the organization's voice.
    const t = view.tokens;
    const claim = hits.get("gc-org").find((o) => {
      const before = `${t[o.from - 2]?.norm ?? ""} ${t[o.from - 1]?.norm ?? ""}`;
      return /^(?:as|speaking) an?$|^as the$/.test(before) && OFFICIAL_TITLES.has(t[o.to]?.norm ?? "");
    });
    if (claim) {
      const span = tokenSpan(view, claim.from - 2, claim.to + 1);
      report("behalf", { span, data: { text: view.text.slice(span[0], span[1]), org: view.text.slice(claim.span[0], claim.span[1]) } });
      return;
    }
    // Quoting another organization's stated position is reporting, not speaking for it.
    const other = (o: (typeof orgs)[number]) => context.department !== undefined && departmentNamed(o) !== undefined && departmentNamed(o) !== context.department && departmentNamed(o) !== "gc";
    // Organizations come before government words in `orgs`, each in text order: one index each, searched by halves.
    const voices = [bySentence(view, orgs.filter((o) => o.lexicon === "gc-org" && !other(o))), bySentence(view, orgs.filter((o) => o.lexicon !== "gc-org" && !other(o)))];
    for (const b of hits.get("on-behalf")) {
      const at = sentenceOf(view, b.from);
      const org = firstFromAtLeast(voices[0]!.get(at), b.from - 2) ?? firstFromAtLeast(voices[1]!.get(at), b.from - 2);
      if (!org) continue;
      const span = cover(b, org);
      report("behalf", { span, data: { text: view.text.slice(span[0], span[1]), org: view.text.slice(org.span[0], org.span[1]) } });
      return;
    }
  },
});

/** The first hit of a list in text order that starts at or after token `from`, found by halves. */
function firstFromAtLeast(list: readonly Hit[] | undefined, from: number): Hit | undefined {
  return list?.[partitionPoint(list, (h) => h.from < from)];
}
