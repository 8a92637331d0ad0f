import { defineRule } from "../../rule.js";
import { codedHate } from "../../structure/coded.js";
import { factualSentences, groupClaims } from "../../structure/groups.js";
import { sentenceOf } from "../../normalize.js";
import { bySentence, cover, findInSentence, hashtagAround, negated } from "../util.js";

/**
 * "People from that country are all thieves", "Les immigrés sont tous des criminels": smearing a whole group, read from
 * structure (structure/groups.ts: a group + a generic claim + a smear; dehumanisation) and from coded hate
 * (structure/coded.ts: documented dog whistles), as well as from the lists of set phrases.
 */
export default defineRule({
  id: "harassment/group-hate",
  category: "harassment",
  level: "inappropriate",
  guidance: ["tbs.risk.inappropriate.harassment", "tbs.rights.human-rights-act", "csps.dont.mistreat"],
  description: {
    en: "Dehumanizing or hateful generalizations about a group of people, and coded hate.",
    fr: "Généralisations déshumanisantes ou haineuses au sujet d'un groupe de personnes, et haine codée.",
  },
  messages: {
    smear: {
      en: "“{text}” smears a whole group of people: that is discrimination, and it is inappropriate.",
      fr: "« {text} » dénigre tout un groupe de personnes : c'est de la discrimination, et c'est inapproprié.",
    },
    coded: {
      en: "“{text}” is coded hate (a documented dog whistle): it says what it does not spell out, and it is inappropriate.",
      fr: "« {text} » est un code haineux documenté : il dit ce qu'il n'écrit pas en toutes lettres, et c'est inapproprié.",
    },
    codedMaybe: {
      en: "“{text}” is used as coded language against a group: readers may take it as hate.",
      fr: "« {text} » sert de langage codé contre un groupe : des gens qui vous lisent peuvent y voir de la haine.",
    },
    endorse: {
      en: "“{text}” spreads hate against a group: following or liking it may be seen as endorsing it.",
      fr: "« {text} » propage la haine envers un groupe : le suivre ou l'aimer peut être perçu comme un appui.",
    },
  },
  lexicons: ["group", "group-smear", "group-hate-phrase"],
  examples: {
    valid: [
      { text: "Welcoming newcomers to our community garden this weekend!", lang: "en" },
      { text: "Les réfugiés accueillis à Québec ont ouvert une boulangerie.", lang: "fr" },
      { text: "According to the census, immigrants are more likely to hold a degree.", lang: "en", note: "a statistic" },
      { text: "Violence against women is a crime; support the shelters.", lang: "en", note: "the group is the victim" },
      { text: "Dire que les musulmans sont des terroristes, c'est du racisme.", lang: "fr", note: "the stereotype rejected" },
      { text: "Immigrants are not criminals.", lang: "en", note: "negated" },
    ],
    invalid: [
      { text: "People from that country are all thieves.", lang: "en" },
      { text: "Les immigrés sont tous des criminels.", lang: "fr" },
      { text: "Les femmes au volant, une catastrophe.", lang: "fr" },
      { text: "Muslims are vermin.", lang: "en" },
      { text: "Every single one of them came here for the welfare cheques.", action: "comment", inReplyTo: "New immigration levels announced for next year.", lang: "en" },
      { text: "Funny how the same (((bankers))) always get richer. Just asking questions.", lang: "en" },
      { text: "On assiste au grand remplacement en direct, ouvrez les yeux #remigration", lang: "fr" },
    ],
  },
  check({ view, hits, activity, replyTo, report }) {
    const endorsing = activity.action === "follow" || activity.action === "like";
    const say = (span: readonly [number, number], id: "smear" | "coded" | "codedMaybe") => {
      const text = view.text.slice(span[0], span[1]);
      if (endorsing && id !== "codedMaybe") report("endorse", { span: [span[0], span[1]], level: "risky", data: { text } });
      else report(id, { span: [span[0], span[1]], data: { text } });
    };
    for (const c of codedHate(view)) say(c.span, c.strength === "explicit" ? "coded" : "codedMaybe");
    const reading = groupClaims(view);
    for (const c of reading.claims) {
      // "Every single one of them…": the group is named in the text or in the post it answers.
      if (c.kind === "pronoun" && !reading.namesGroup && !(replyTo && groupClaims(replyTo.view).namesGroup)) continue;
      say(c.span, "smear");
      break;
    }
    // "Go back where you came from", "#DeportThemAll": the words name their target themselves.
    const phrase = hits.get("group-hate-phrase")[0];
    if (phrase) {
      say(hashtagAround(view, phrase.span) ?? phrase.span, "smear");
      return;
    }
    const groups = hits.get("group");
    if (groups.length === 0) return;
    const smears = hits.get("group-smear").filter((s) => !/^(are all|sont tous|sont toutes|all the same|tous pareils)$/.test(s.term));
    const groupsBySentence = bySentence(view, groups);
    for (const s of smears) {
      if (negated(view, s, 2) || factualSentences(view).has(sentenceOf(view, s.from))) continue;
      const g = findInSentence(view, groupsBySentence, s, (x) => x.to <= s.from || x.from >= s.to);
      if (!g) continue;
      say(cover(g, s), "smear");
      return;
    }
  },
});
