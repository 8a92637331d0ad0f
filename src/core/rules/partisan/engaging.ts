import { defineRule } from "../../rule.js";
import { politicalRefs } from "../util.js";
import { partyMentions } from "./campaign-call.js";

/** Liking or sharing a party's or candidate's content is engaging with it, comment or not; so is answering it. */
export default defineRule({
  id: "partisan/engaging",
  category: "partisan",
  level: "risky",
  guidance: ["tbs.risk.risky.partisan-content", "tbs.scenario.election-period", "psc.consider.activities"],
  description: {
    en: "Liking, sharing or answering content about a party, leader or candidate.",
    fr: "Aimer, partager ou commenter du contenu au sujet d'un parti, d'un chef, d'un candidat ou d'une candidate.",
  },
  messages: {
    like: {
      en: "Liking content about {who} can be read as support or an endorsement of a political party, even without a comment.",
      fr: "Aimer un contenu au sujet de {who} peut être perçu comme un appui à un parti politique, même sans commentaire.",
    },
    share: {
      en: "Sharing content about {who} can be read as support or an endorsement of a political party, even without a comment.",
      fr: "Partager un contenu au sujet de {who} peut être perçu comme un appui à un parti politique, même sans commentaire.",
    },
    answer: {
      en: "This answers a post that takes a side about {who}: joining that conversation is engaging with partisan content.",
      fr: "Ceci répond à une publication qui prend parti au sujet de {who} : se joindre à cette conversation, c'est interagir avec du contenu partisan.",
    },
  },
  lexicons: ["party", "party-ambiguous", "leader", "party-hashtag", "party-slogan", "campaign-call", "stance-positive", "negative", "politics-hashtag"],
  actions: ["like", "share", "comment", "reply"],
  examples: {
    valid: [
      { text: "Join us for #AccessibilityWeek events across the country!", action: "share", lang: "en" },
      { text: "Does anyone know where the polling station is?", action: "reply", inReplyTo: "Advance polls open Friday: find yours at elections.ca", lang: "en", note: "voting information is not partisan" },
    ],
    invalid: [
      { text: "100% agree, can't wait for him to be PM", action: "reply", inReplyTo: "Poilievre is the leader this country needs.", lang: "en" },
      { text: "J'y serai pour l'encourager!", action: "comment", inReplyTo: "Venez appuyer Marie Tremblay, notre candidate du Bloc Québécois, jeudi soir!", lang: "fr" },
      { text: "Proud to stand with Jagmeet Singh tonight in Burnaby.", action: "like", lang: "en" },
      { text: "Le Bloc Québécois présente ses candidats à Longueuil.", action: "share", lang: "fr" },
    ],
  },
  check({ view, hits, activity, replyTo, report }) {
    if (activity.action === "comment" || activity.action === "reply") {
      // The answered post is partisan when it names a party or leader with a stance or a campaign call.
      if (!replyTo) return;
      const refs = [...politicalRefs(replyTo.view, replyTo.hits), ...partyMentions(replyTo.view)];
      // Partisan when it names a party or leader with a stance or a call, or when the answer itself takes a side on it.
      const sided = (h: typeof hits) => h.has("campaign-call") || h.has("stance-positive") || h.has("negative");
      const partisan = refs.length > 0 && (sided(replyTo.hits) || sided(hits));
      if (!partisan) return;
      const ref = refs.sort((a, b) => a.from - b.from || b.to - a.to)[0]!;
      report("answer", { data: { who: replyTo.view.text.slice(ref.span[0], ref.span[1]) } });
      return;
    }
    // The first reference, read in full ("Jagmeet Singh", not "Jagmeet"); an election's own hashtag (#elxn43) marks campaign content too.
    const ref = [...politicalRefs(view, hits), ...partyMentions(view), ...hits.get("politics-hashtag").filter((h) => /^(elxn|cdnvotes|canadavotes)/.test(h.term))].sort((a, b) => a.from - b.from || b.to - a.to)[0];
    if (!ref) return;
    report(activity.action === "like" ? "like" : "share", { span: ref.span, data: { who: view.text.slice(ref.span[0], ref.span[1]) } });
  },
});
