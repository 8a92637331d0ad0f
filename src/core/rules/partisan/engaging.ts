import { defineRule } from "../../rule.js";
import { politicalRefs } from "../util.js";
import { partyMentions } from "./campaign-call.js";

/** Liking or sharing a party's or candidate's content is engaging with it, comment or not. */
export default defineRule({
  id: "partisan/engaging",
  category: "partisan",
  level: "risky",
  guidance: ["tbs.risk.risky.partisan-content", "tbs.scenario.election-period", "psc.consider.activities"],
  description: {
    en: "Liking or sharing content about a party, leader or candidate.",
    fr: "Aimer ou partager du contenu au sujet d'un parti, d'un chef ou d'un candidat.",
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
  },
  lexicons: ["party", "party-ambiguous", "leader", "party-hashtag", "party-slogan"],
  actions: ["like", "share"],
  examples: {
    valid: [{ text: "Join us for #AccessibilityWeek events across the country!", action: "share", lang: "en" }],
    invalid: [
      { text: "Proud to stand with Jagmeet Singh tonight in Burnaby.", action: "like", lang: "en" },
      { text: "Le Bloc Québécois présente ses candidats à Longueuil.", action: "share", lang: "fr" },
    ],
  },
  check({ view, hits, activity, report }) {
    // The first reference, read in full ("Jagmeet Singh", not "Jagmeet").
    const ref = [...politicalRefs(view, hits), ...partyMentions(view)].sort((a, b) => a.from - b.from || b.to - a.to)[0];
    if (!ref) return;
    report(activity.action === "like" ? "like" : "share", { span: ref.span, data: { who: view.text.slice(ref.span[0], ref.span[1]) } });
  },
});
