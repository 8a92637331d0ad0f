import { defineRule } from "../../rule.js";
import { sentenceOf } from "../../normalize.js";
import { campaignActsOf } from "../../structure/campaign.js";
import { cover, politicalRefs } from "../util.js";
import { partyMentions } from "./campaign-call.js";

/** Door-knocking, phoning voters, lawn signs, nomination papers, running: taking part in a campaign at any level. */
export default defineRule({
  id: "partisan/campaign-work",
  category: "partisan",
  level: "risky",
  guidance: ["psc.scope.political-activity", "psc.consider.activities", "tbs.risk.risky.partisan-content"],
  description: {
    en: "Taking part in a campaign for a party or candidate, at any level of government: volunteering, canvassing, phoning, signs, donating, running.",
    fr: "Participer à la campagne d'un parti, d'un candidat ou d'une candidate, à tout ordre de gouvernement : bénévolat, porte-à-porte, appels, pancartes, dons, candidature.",
  },
  messages: {
    work: {
      en: "“{text}” says you take part in a campaign: that is political activity, whether the election is federal, provincial, municipal or for a school board.",
      fr: "« {text} » indique que vous participez à une campagne : c'est une activité politique, que l'élection soit fédérale, provinciale, municipale ou scolaire.",
    },
    candidacy: {
      en: "“{text}” speaks of seeking a nomination or running in an election: a public servant needs the Public Service Commission's permission first.",
      fr: "« {text} » parle de briguer une investiture ou de se porter candidat ou candidate : les fonctionnaires doivent d'abord obtenir la permission de la Commission de la fonction publique.",
    },
    voteOut: {
      en: "“{text}” calls on people to vote someone out: that is opposing a party or candidate.",
      fr: "« {text} » appelle à chasser quelqu'un par le vote : c'est s'opposer à un parti, à un candidat ou à une candidate.",
    },
  },
  lexicons: ["party", "party-ambiguous", "leader", "party-hashtag", "party-slogan"],
  actions: ["post", "comment", "reply", "share", "like", "profile", "follow"],
  examples: {
    valid: [
      { text: "Volunteered at the food bank this morning, great crew!", lang: "en", note: "volunteering, not for a campaign" },
      { text: "Le porte-à-porte pour vendre du chocolat de l'école, c'est pas mon fort 😅", lang: "fr", note: "porte-à-porte sans élection" },
      { text: "Don't forget to vote on Monday, whoever you support!", lang: "en", note: "encouraging people to vote" },
      { text: "Running for the bus in -30, classic Ottawa morning.", lang: "en" },
    ],
    invalid: [
      { text: "Spent the evening door-knocking for our candidate in Ward 12, great conversations!", lang: "en" },
      { text: "Deux heures de porte-à-porte pour la campagne de Sophie Gagnon à la mairie ce soir!", lang: "fr" },
      { text: "J'ai passé la soirée à appeler des électeurs pour le Bloc", lang: "fr" },
      { text: "Picked up my lawn sign for the Ontario NDP today 🧡", lang: "en" },
      { text: "I'm running for school trustee this fall, nomination papers are in!", lang: "en" },
      { text: "Harper has to go. Vote him out!", lang: "en" },
    ],
  },
  check({ view, hits, report }) {
    const acts = campaignActsOf(view);
    if (acts.length === 0) return;
    // A party named in words the structure does not know ("the Greens", "#VoteNDP") anchors a sentence too.
    const refSentences = new Map<number, [number, number]>();
    for (const r of [...politicalRefs(view, hits), ...partyMentions(view)]) {
      const s = sentenceOf(view, r.from);
      if (!refSentences.has(s)) refSentences.set(s, r.span);
    }
    for (const act of acts) {
      const s = sentenceOf(view, act.from);
      const anchor = act.anchor ?? refSentences.get(s) ?? refSentences.get(s - 1) ?? refSentences.get(s + 1);
      if (!anchor) continue;
      // The Public Service Employment Act's candidacies are federal, provincial, territorial and municipal: a school
      // board's is not among them.
      if (act.kind === "candidacy" && /school|trustee|scolaire/i.test(view.text.slice(anchor[0], anchor[1]))) continue;
      // The anchor is reported with the act when they are near each other; a far one would make an unreadable span.
      const span = Math.abs(anchor[0] - act.span[0]) <= 80 ? cover(act.span, anchor) : act.span;
      const messageId = act.kind === "candidacy" ? "candidacy" : act.kind === "vote-out" ? "voteOut" : "work";
      report(messageId, { span, data: { text: view.text.slice(span[0], span[1]) } });
      return;
    }
  },
});
