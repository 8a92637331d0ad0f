import { EN_CAMPAIGN_WORK, EN_CANDIDACY, EN_ELECTION_ANCHOR, EN_SUPPORT_WORK, EN_VOTE_OUT } from "../lexicons/en/campaign.js";
import { FR_CAMPAIGN_WORK, FR_CANDIDACY, FR_ELECTION_ANCHOR, FR_SUPPORT_WORK, FR_VOTE_OUT } from "../lexicons/fr/campaign.js";
import type { Span } from "../model.js";
import { sentenceOf, tokenSpan, type TextView } from "../normalize.js";
import { perView } from "./memo.js";
import { phraseChannel } from "./phrases.js";
import { targetsOf } from "./targets.js";

/**
 * Taking part in a campaign: work only campaigns do (`campaign-work`: canvassing, lawn signs, « porte-à-porte »), help
 * any cause gets given to a campaign (`support`: volunteering, donating, « bénévole »), running (`candidacy`), or a call
 * to vote someone out (`vote-out`).
 */
export type Participation = "campaign-work" | "support" | "candidacy" | "vote-out";

export interface CampaignAct {
  kind: Participation;
  from: number;
  to: number;
  span: Span;
  /** What ties it to politics: a party or a party leader, an election word, or a person named after "for"/"pour". */
  anchor: Span | undefined;
}

type Word = Participation | "anchor";

const campaignPhrases = phraseChannel<Word>(() => {
  const of = (work: readonly string[], support: readonly string[], candidacy: readonly string[], out: readonly string[], anchor: readonly string[]) => [
    ...out.map((w) => [w, "vote-out"] as const),
    ...work.map((w) => [w, "campaign-work"] as const),
    ...candidacy.map((w) => [w, "candidacy"] as const),
    ...support.map((w) => [w, "support"] as const),
    ...anchor.map((w) => [w, "anchor"] as const),
  ];
  return {
    en: of(EN_CAMPAIGN_WORK, EN_SUPPORT_WORK, EN_CANDIDACY, EN_VOTE_OUT, EN_ELECTION_ANCHOR),
    fr: of(FR_CAMPAIGN_WORK, FR_SUPPORT_WORK, FR_CANDIDACY, FR_VOTE_OUT, FR_ELECTION_ANCHOR),
  };
});

/** "for Maria Lopez", "pour Jean Tremblay", "la campagne Dupuis": a person named right after the help. */
const FOR_A_NAME = /^\s*(?:for|with|pour|avec|de|du)?\s*(?:the |la |le |l'|l’)?(?:campaign |campagne )?\p{Lu}[\p{Ll}'’-]+/u;

/** "Lawn signs are going up for Maria Lopez": a person named after "for" or "pour" a little further on. */
const LATER_FOR_A_NAME = /\b(?:for|pour)\s+\p{Lu}[\p{Ll}'’-]+\s\p{Lu}[\p{Ll}'’-]+/u;

const WEAK_ANCHOR = new Set(["campaign", "campaigns", "campagne", "campagnes", "vote", "votes", "voter"]);

/** Campaign acts a text holds, each with what makes it political, if anything. */
export const campaignActsOf = perView((view: TextView): CampaignAct[] => {
  const found = campaignPhrases(view);
  const acts = found.filter((h) => h.value !== "anchor");
  if (acts.length === 0) return [];
  // What anchors each sentence: its first election word, party or party leader. "Campaign" and "vote" are weak:
  // a food bank has campaigns and everyone is asked to vote; they tie only campaign work to politics, not help.
  const anchors = new Map<number, Span>();
  const weak = new Map<number, Span>();
  for (const h of found) {
    if (h.value !== "anchor") continue;
    const s = sentenceOf(view, h.from);
    const into = WEAK_ANCHOR.has(view.tokens[h.from]!.norm) && h.to - h.from === 1 ? weak : anchors;
    if (!into.has(s)) into.set(s, tokenSpan(view, h.from, h.to));
  }
  for (const t of targetsOf(view)) {
    if (t.kind !== "party" && !(t.kind === "leader" && t.named)) continue;
    const s = sentenceOf(view, t.from);
    if (!anchors.has(s)) anchors.set(s, t.span);
  }
  const out: CampaignAct[] = [];
  for (const h of acts) {
    const kind = h.value as Participation;
    const span = tokenSpan(view, h.from, h.to);
    const s = sentenceOf(view, h.from);
    // The sentence itself, or the one before or after it ("Door-knocking tonight! Vote Dupuis on the 5th.").
    let anchor = anchors.get(s) ?? anchors.get(s - 1) ?? anchors.get(s + 1);
    if (!anchor && kind !== "support") anchor = weak.get(s) ?? weak.get(s - 1) ?? weak.get(s + 1);
    if (!anchor && kind !== "support") {
      const named = FOR_A_NAME.exec(view.text.slice(span[1], span[1] + 60));
      if (named && /\p{Lu}/u.test(named[0])) anchor = [span[1], span[1] + named[0].length];
      else {
        const later = LATER_FOR_A_NAME.exec(view.text.slice(span[1], span[1] + 60));
        if (later) anchor = [span[1] + later.index, span[1] + later.index + later[0].length];
      }
    }
    // "Vote him out" needs nothing more: only an election does that.
    if (!anchor && kind === "vote-out") anchor = span;
    out.push({ kind, from: h.from, to: h.to, span, anchor });
  }
  return out;
});
