import type { Hit } from "../../matcher.js";
import type { Span } from "../../model.js";
import { sentenceOf, type TextView } from "../../normalize.js";
import { defineRule } from "../../rule.js";
import { SpanSet } from "../../spans.js";
import { bySentence, cover, findInSentence, firstTokenFrom, hashtagAround, politicalRefs, urlAround } from "../util.js";

/** A riding association's or campaign's account names its party at one end: @OttawaCentreNDP, @ndp_ottawa, @CalgaryConservatives. */
const PARTY_HANDLE = /^(?:ndp|npd|lpc|plc|cpc|pcc|ucp)_|(?:ndp|npd|lpc|plc|cpc|pcc|ucp|liberals|conservatives|tories|greens)$/;

/** Mentions of party accounts not in the lexicons, read as references to the party (as hits over their tokens). */
export function partyMentions(view: TextView): Hit[] {
  const out: Hit[] = [];
  if (view.mentions.length === 0) return out;
  for (const m of view.mentions) {
    if (!PARTY_HANDLE.test(m.norm)) continue;
    // The first token starting inside the mention, if it ends inside it too (tokens are in order, never overlapping).
    const from = firstTokenFrom(view, m.start);
    if (from >= view.tokens.length || view.tokens[from]!.end > m.end) continue;
    let to = from + 1;
    while (to < view.tokens.length && view.tokens[to]!.end <= m.end) to++;
    out.push({ lexicon: "party", term: m.value, from, to, span: [m.start, m.end] });
  }
  return out;
}

/** Calls that can take a person's name: "Vote for Maria Lopez", "Réélisez Jean Tremblay", "I support Ana Diaz". */
const NAMES_A_PERSON = /^(?:vote|votes|voting|votez|voter|elect|elisez|élisez|reelisez|réélisez|re-elect|reelect|support|j'appuie|appuyez|je soutiens|soutenez)\b/i;

const CAMPAIGN_OF = /\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}'-]+['’]s (?:re-?election )?campaign|campagne (?:électorale )?(?:de|d'|d’) ?\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}'-]+/u;

/** The sentence a hit is in, as written, with its offset. */
function sentenceAround(view: TextView, hit: Hit): { text: string; start: number } {
  const starts = view.sentenceStarts;
  const k = sentenceOf(view, hit.from);
  const start = view.tokens[starts[k]!]!.start;
  const next = starts[k + 1];
  const end = next === undefined ? view.text.length : view.tokens[next]!.start;
  return { text: view.text.slice(start, end), start };
}

/** "Vote for Maria Lopez, Liberal candidate", "Votez NPD", "Fundraiser for the Green Party": taking part in a campaign. */
export default defineRule({
  id: "partisan/campaign-call",
  category: "partisan",
  level: "risky",
  guidance: ["tbs.risk.risky.partisan-content", "psc.dont.impairs-impartiality", "psc.consider.activities"],
  description: {
    en: "Calls to vote for, donate to, volunteer for or rally behind a party or candidate.",
    fr: "Appels à voter pour un parti, un candidat ou une candidate, à lui donner, à faire du bénévolat ou à se rallier à lui.",
  },
  messages: {
    call: {
      en: "“{text}” asks people to support a party or candidate: that is political activity.",
      fr: "« {text} » invite à appuyer un parti, un candidat ou une candidate : c'est une activité politique.",
    },
    candidate: {
      en: "“{text}” campaigns for a named candidate: that is political activity.",
      fr: "« {text} » fait campagne pour une personne candidate nommée : c'est une activité politique.",
    },
  },
  lexicons: ["campaign-call", "party", "party-ambiguous", "leader", "party-hashtag", "party-slogan", "office"],
  requires: ["campaign-call", "party-hashtag", "party-slogan"],
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
    const refs = [...politicalRefs(view, hits), ...partyMentions(view)].sort((a, b) => a.from - b.from);
    // One call is reported once, on its widest reading ("chip in … re-elect", not also "re-elect" and "elect").
    const calls = [...hits.get("campaign-call")].sort((a, b) => a.from - b.from || b.to - a.to);
    const reported = new SpanSet(view.text.length);
    // A named person's campaign needs the word itself somewhere: most posts never pay for the pattern below.
    const speaksOfCampaign = calls.some((c) => /campaign|campagne/.test(c.term));
    const refsBySentence = bySentence(view, refs);
    const offices = new Set(hits.get("office").map((o) => sentenceOf(view, o.from)));
    // What CAMPAIGN_OF finds in a sentence, found once per sentence however many calls it holds.
    const campaignOf = new Map<number, RegExpExecArray | null>();
    for (const call of calls) {
      if (reported.overlaps(call.span)) continue;
      // The call may close the post that names the party: "Bonnie Crombie and the Ontario Liberals will fix our schools. Volunteer with us!"
      const here = sentenceOf(view, call.from);
      const ref = findInSentence(view, refsBySentence, call) ?? (here > 0 ? refsBySentence.get(here - 1)?.[0] : undefined);
      if (ref) {
        const span = cover(call, hashtagAround(view, ref.span) ?? urlAround(view, ref.span) ?? ref.span);
        if (reported.overlaps(span)) continue;
        reported.add(span);
        report("call", { span, data: { text: view.text.slice(span[0], span[1]) } });
        continue;
      }
      // "Chip in $10 for Jane Smith's campaign", "la campagne de Marie Tremblay": a call for a named person's campaign.
      const sentence = speaksOfCampaign ? sentenceAround(view, call) : undefined;
      let theirs: RegExpExecArray | null = null;
      if (sentence) {
        if (!campaignOf.has(here)) campaignOf.set(here, CAMPAIGN_OF.exec(sentence.text));
        theirs = campaignOf.get(here)!;
      }
      if (sentence && theirs && !/^(?:campaign|campaigning|campagne)$/.test(call.term)) {
        const at = sentence.start + theirs.index;
        const span = cover(call, [at, at + theirs[0].length]);
        reported.add(span);
        report("candidate", { span, data: { text: view.text.slice(span[0], span[1]) } });
        continue;
      }
      // "Vote for Maria Lopez" / "Votez pour Jean Tremblay": a campaign call naming a person, with a candidacy word near.
      if (NAMES_A_PERSON.test(call.term)) {
        const after = view.text.slice(call.span[1], call.span[1] + 40);
        const named = /^\s*(?:for|pour)?\s*\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)+/u.exec(after);
        const candidacy = offices.has(here);
        if (named && (candidacy || /^\s*(?:for|pour)\s/.test(after))) {
          const span: Span = [call.span[0], call.span[1] + named[0].length];
          reported.add(span);
          report("candidate", { span, data: { text: view.text.slice(span[0], span[1]) } });
        }
      }
    }
    // A party's own campaign hashtag or slogan is a call in itself ("#VoteNDP", "Axe the tax").
    for (const h of [...hits.get("party-hashtag"), ...hits.get("party-slogan")]) {
      if (!/^(vote|team|.*4pm|.*forpm|axethetax|bringithome|readyforbetter|chooseforward|fordnation)/.test(h.term.toLowerCase()) && h.lexicon !== "party-slogan") continue;
      const tag = hashtagAround(view, h.span);
      const span = tag ?? h.span;
      report("call", { span, data: { text: view.text.slice(span[0], span[1]) }, fix: tag ? { span, replacement: "" } : undefined });
    }
  },
});
