import { fold, tokenSpan } from "../../normalize.js";
import { defineRule, sameSentence } from "../../rule.js";
import { cover, departmentNamed } from "../util.js";

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
    for (const b of hits.get("on-behalf")) {
      // Quoting another organization's stated position is reporting, not speaking for it.
      const other = (o: (typeof orgs)[number]) => context.department !== undefined && departmentNamed(o) !== undefined && departmentNamed(o) !== context.department && departmentNamed(o) !== "gc";
      const org = orgs.find((o) => sameSentence(view, o, b) && o.from >= b.from - 2 && !other(o));
      if (!org) continue;
      const span = cover(b, org);
      report("behalf", { span, data: { text: view.text.slice(span[0], span[1]), org: view.text.slice(org.span[0], org.span[1]) } });
      return;
    }
  },
});
