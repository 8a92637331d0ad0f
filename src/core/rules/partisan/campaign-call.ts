import { defineRule, sameSentence } from "../../rule.js";
import { cover, hashtagAround, politicalRefs } from "../util.js";

/** "Vote for Maria Lopez, Liberal candidate", "Votez NPD", "Fundraiser for the Green Party": taking part in a campaign. */
export default defineRule({
  id: "partisan/campaign-call",
  category: "partisan",
  level: "risky",
  guidance: ["tbs.risk.risky.partisan-content", "psc.dont.impairs-impartiality", "psc.consider.activities"],
  description: {
    en: "Calls to vote for, donate to, volunteer for or rally behind a party or candidate.",
    fr: "Appels à voter pour un parti ou un candidat, à lui donner, à faire du bénévolat ou à se rallier à lui.",
  },
  messages: {
    call: {
      en: "“{text}” asks people to support a party or candidate: that is political activity.",
      fr: "« {text} » invite à appuyer un parti ou un candidat : c'est une activité politique.",
    },
    candidate: {
      en: "“{text}” campaigns for a named candidate: that is political activity.",
      fr: "« {text} » fait campagne pour un candidat nommé : c'est une activité politique.",
    },
  },
  lexicons: ["campaign-call", "party", "party-ambiguous", "leader", "party-hashtag", "party-slogan", "office"],
  actions: ["post", "comment", "reply", "share", "like", "profile"],
  examples: {
    valid: [
      { text: "Don't forget to vote on Monday, whoever you support!", lang: "en", note: "encouraging people to vote" },
      { text: "N'oubliez pas d'aller voter lundi!", lang: "fr", note: "encouraging people to vote" },
      { text: "Our hockey team finally won, the party is at my place!", lang: "en" },
    ],
    invalid: [
      { text: "Vote for Maria Lopez, Liberal candidate in Ottawa South!", lang: "en" },
      { text: "Votez NPD pour un vrai changement !", lang: "fr" },
      { text: "Fundraiser for the Green Party of Canada this Saturday, $50 a plate!", lang: "en" },
    ],
  },
  check({ view, hits, report }) {
    const refs = politicalRefs(view, hits);
    const calls = hits.get("campaign-call");
    for (const call of calls) {
      const ref = refs.find((r) => sameSentence(view, r, call));
      if (ref) {
        const span = cover(call, hashtagAround(view, ref.span) ?? ref.span);
        report("call", { span, data: { text: view.text.slice(span[0], span[1]) } });
        continue;
      }
      // "Vote for Maria Lopez" / "Votez pour Jean Tremblay": a campaign call naming a person, with a candidacy word near.
      if (/^(vote|votes|voting|votez|voter|elect|elisez|reelisez|re-elect|reelect)\b/.test(call.term.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase())) {
        const after = view.text.slice(call.span[1], call.span[1] + 40);
        const named = /^\s*(?:for|pour)?\s*\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)+/u.exec(after);
        const candidacy = hits.get("office").some((o) => sameSentence(view, o, call));
        if (named && (candidacy || /^\s*(?:for|pour)\s/.test(after))) {
          const span: [number, number] = [call.span[0], call.span[1] + named[0].length];
          report("candidate", { span, data: { text: view.text.slice(span[0], span[1]) } });
        }
      }
    }
    // A party's own campaign hashtag or slogan is a call in itself ("#VoteNDP", "Axe the tax").
    for (const h of [...hits.get("party-hashtag"), ...hits.get("party-slogan")]) {
      if (!/^(vote|team|.*4pm|.*forpm|axethetax|bringithome|readyforbetter|chooseforward|fordnation)/.test(h.term.toLowerCase()) && h.lexicon !== "party-slogan") continue;
      const span = hashtagAround(view, h.span) ?? h.span;
      report("call", { span, data: { text: view.text.slice(span[0], span[1]) }, fix: hashtagAround(view, h.span) ? { span, replacement: "" } : undefined });
    }
  },
});
