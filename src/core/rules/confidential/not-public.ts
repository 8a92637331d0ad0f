import { defineRule, sameSentence } from "../../rule.js";
import { bySentence, cover, findInSentence, negated } from "../util.js";

/** Hosts of internal networks: intranet.*, GCdocs, GCpedia, GCconnex, SharePoint sites. */
const INTRANET = /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:intranet|gcdocs|gcpedia|gcconnex|sharepoint)[\w-]*\./i;

/** "The draft audit report isn't public yet but…": disclosing what has not been made public. */
export default defineRule({
  id: "confidential/not-public",
  category: "confidential",
  level: "inappropriate",
  guidance: ["csps.dont.overshare", "tbs.work.factual-public", "hrsdc.risk.disclosure"],
  description: { en: "Drafts, internal documents and decisions not yet announced.", fr: "Ébauches, documents internes et décisions pas encore annoncées." },
  messages: {
    upcoming: {
      en: "“{text}” tells of a change at work before it is announced. Only post what is already public.",
      fr: "« {text} » annonce un changement au travail avant qu'il soit annoncé. Ne publiez que ce qui est déjà public.",
    },
    disclosure: {
      en: "“{text}” discloses information that is not public yet. Only post publicly available information.",
      fr: "« {text} » divulgue de l'information qui n'est pas encore publique. Ne publiez que de l'information accessible au public.",
    },
    internal: {
      en: "“{text}” refers to internal material. Make sure what you post is already public.",
      fr: "« {text} » fait référence à des documents internes. Assurez-vous que ce que vous publiez est déjà public.",
    },
  },
  lexicons: ["coming-change", "stat-data", "internal-doc", "not-public", "hush", "work-object", "gc-org"],
  examples: {
    valid: [
      { text: "The new trail isn't open yet but I can't wait to try it.", lang: "en" },
      { text: "Le rapport annuel est maintenant en ligne : https://www.canada.ca/rapport", lang: "fr" },
    ],
    invalid: [
      { text: "The draft audit report isn't public yet but it says the program wasted $40M.", lang: "en" },
      { text: "Sharing the internal briefing note on the new policy before it's announced, it's a big one.", lang: "en" },
      { text: "Entre nous, la note d'information dit que le programme sera coupé.", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    const internal = hits.get("internal-doc");
    const secret = hits.get("not-public");
    const workish = secret.length > 0 ? [...internal, ...hits.get("work-object"), ...hits.get("gc-org")] : [];
    for (const s of secret) {
      // "It's NOT confidential, it's the public plan": a denial. And what is not public must be a thing of work in the
      // same sentence ("the process is confidential" said of a help line is a reassurance about another sentence).
      if (negated(view, s)) continue;
      const doc = workish.find((d) => sameSentence(view, d, s));
      if (!doc) continue;
      const span = cover(s, doc);
      report("disclosure", { span, data: { text: view.text.slice(span[0], span[1]) } });
      return;
    }
    const internalBySentence = bySentence(view, internal);
    for (const h of hits.get("hush")) {
      const doc = findInSentence(view, internalBySentence, h);
      if (!doc) continue;
      const span = cover(h, doc);
      report("disclosure", { span, data: { text: view.text.slice(span[0], span[1]) } });
      return;
    }
    // An intranet address opens the way to internal material to anyone who reads the post.
    const intranet = view.urls.find((u) => INTRANET.test(u.value));
    if (intranet) {
      report("disclosure", { span: [intranet.start, intranet.end], data: { text: intranet.value } });
      return;
    }
    const first = internal[0];
    if (first) {
      report("internal", { span: first.span, level: "risky", data: { text: view.text.slice(first.span[0], first.span[1]) } });
      return;
    }
    // "We're about to change how the Census asks…": a decision told before it is announced.
    const change = hits.get("coming-change")[0];
    const about = change && [...hits.get("work-object"), ...hits.get("gc-org"), ...hits.get("stat-data")].find((d) => sameSentence(view, d, change));
    if (change && about) {
      const span = cover(change, about);
      report("upcoming", { span, level: "risky", data: { text: view.text.slice(span[0], span[1]) } });
    }
  },
});
