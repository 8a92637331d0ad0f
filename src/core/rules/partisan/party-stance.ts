import { defineRule, type RuleContext } from "../../rule.js";
import type { Hit } from "../../matcher.js";
import type { TextView } from "../../normalize.js";
import { SpanSet } from "../../spans.js";
import { judgementsOf } from "../../structure/stance.js";
import { bySentence, cover, entityAround, findInSentence, negated, politicalRefs } from "../util.js";
import { partyMentions } from "./campaign-call.js";

/** "The Conservatives have the only credible plan", "Le Parti libéral a complètement raté": taking sides. */
export default defineRule({
  id: "partisan/party-stance",
  category: "partisan",
  level: "risky",
  guidance: ["tbs.risk.risky.partisan-content", "tbs.question.non-partisan", "psc.dont.impairs-impartiality"],
  description: {
    en: "Opinions for or against a party, a leader or a candidate.",
    fr: "Opinions pour ou contre un parti, un chef, un candidat ou une candidate.",
  },
  messages: {
    stance: {
      en: "“{text}” takes a side for or against {who}: the public may read it as partisan.",
      fr: "« {text} » prend parti pour ou contre {who} : le public peut y voir de la partisanerie.",
    },
    hashtag: {
      en: "The hashtag {tag} ties the post to a party's campaign.",
      fr: "Le mot-clic {tag} associe la publication à la campagne d'un parti.",
    },
  },
  lexicons: ["party", "party-ambiguous", "leader", "party-hashtag", "party-slogan", "stance-positive", "negative"],
  actions: ["post", "comment", "reply", "share", "like", "profile"],
  examples: {
    valid: [
      { text: "Green tea and a good book, perfect Sunday.", lang: "en" },
      { text: "J'ai un parti pris pour le chocolat noir.", lang: "fr" },
      { text: "The NDP announced its platform today; here is the link to read it.", lang: "en", note: "neutral news, not a stance" },
    ],
    invalid: [
      { text: "The Conservatives have the only credible economic plan.", lang: "en" },
      { text: "Le Parti libéral a complètement raté sa gestion du dossier.", lang: "fr" },
      { text: "Débat des chefs : Poilievre crie comme d'habitude 🙄", lang: "fr", note: "mild blame, read from the structure" },
    ],
  },
  check({ view, hits, report }) {
    // Longest reading first, so "Mark Carney deserves" is reported once, not again as "Carney deserves".
    const refs = [...politicalRefs(view, hits), ...partyMentions(view)].sort((a, b) => a.from - b.from || b.to - a.to);
    if (refs.length === 0) {
      stanceByStructure(view, report);
      return;
    }
    let reportedAny = false;
    // A question about a party's plan asks; it takes no side ("Is the Green plan different from the Liberal one?").
    const stances = [...hits.get("stance-positive").filter((h) => !inQuestion(view, h)), ...hits.get("negative")];
    const reported = new SpanSet(view.text.length);
    // Negated stances never count: left out of the index, so that no walk meets them again and again.
    const stancesBySentence = bySentence(view, stances.filter((s) => !negated(view, s)));
    for (const ref of refs) {
      if (reported.covers(ref.span)) continue;
      if (ref.lexicon === "party-hashtag") {
        const tag = entityAround(view.hashtags, ref.span);
        if (tag) report("hashtag", { span: [tag.start, tag.end], data: { tag: `#${tag.value}` }, fix: { span: [tag.start, tag.end], replacement: "" } });
        reportedAny ||= tag !== undefined;
        continue;
      }
      const stance = findInSentence(view, stancesBySentence, ref, (s) => s.to <= ref.from || s.from >= ref.to);
      if (!stance) continue;
      const span = cover(ref, stance);
      reported.add(span);
      reportedAny = true;
      report("stance", { span, data: { text: view.text.slice(span[0], span[1]), who: view.text.slice(ref.span[0], ref.span[1]) } });
    }
    if (!reportedAny) stanceByStructure(view, report);
  },
});

/**
 * Judgements the stance words miss, read from the structure: mild, ironic or by emoji ("Poilievre crie comme
 * d'habitude 🙄"), of a party or a party leader the text names.
 */
function stanceByStructure(view: TextView, report: RuleContext<"stance">["report"]): void {
  for (const j of judgementsOf(view)) {
    if (!(j.target.kind === "party" || (j.target.kind === "leader" && j.target.named === true))) continue;
    if (j.evaluation.cue === "scare-quotes" || (j.evaluation.polarity === "praise" && inQuestion(view, { span: j.evaluation.span } as Hit))) continue;
    const span = cover(j.target.span, j.evaluation.span);
    report("stance", { span, data: { text: view.text.slice(span[0], span[1]), who: view.text.slice(j.target.span[0], j.target.span[1]) } });
    return;
  }
}

/** Whether the sentence holding a hit ends with a question mark. */
function inQuestion(view: TextView, hit: Hit): boolean {
  const at = stopAfter(view, hit.span[1]);
  return at < view.text.length && view.text[at] === "?";
}

/** Where each text's sentences stop: `stops[i]` is the first `?`, `.`, `!`, `;`, line break or `…` at or after i. */
const stopsOfView = new WeakMap<TextView, Int32Array>();

/** The offset of the first sentence stop at or after `offset` (the text's length when there is none), read once per text. */
function stopAfter(view: TextView, offset: number): number {
  const text = view.text;
  // A short text is read from the offset on: the table costs more than the walk, which its length bounds.
  if (text.length <= 2_000) {
    for (let i = offset; i < text.length; i++) {
      const c = text[i];
      if (c === "?" || c === "." || c === "!" || c === ";" || c === "\n" || c === "…") return i;
    }
    return text.length;
  }
  let stops = stopsOfView.get(view);
  if (!stops) {
    stops = new Int32Array(text.length + 1);
    let next = text.length;
    stops[text.length] = next;
    for (let i = text.length - 1; i >= 0; i--) {
      const c = text[i];
      if (c === "?" || c === "." || c === "!" || c === ";" || c === "\n" || c === "…") next = i;
      stops[i] = next;
    }
    stopsOfView.set(view, stops);
  }
  return stops[Math.min(offset, text.length)]!;
}
