import { defineRule } from "../../rule.js";
import { bySentence, cover, findInSentence, hashtagAround, negated } from "../util.js";

/** "People from that country are all thieves", "Les immigrés sont tous des criminels": smearing a whole group. */
export default defineRule({
  id: "harassment/group-hate",
  category: "harassment",
  level: "inappropriate",
  guidance: ["tbs.risk.inappropriate.harassment", "tbs.rights.human-rights-act", "csps.dont.mistreat"],
  description: {
    en: "Dehumanizing or hateful generalizations about a group of people.",
    fr: "Généralisations déshumanisantes ou haineuses au sujet d'un groupe de personnes.",
  },
  messages: {
    smear: {
      en: "“{text}” smears a whole group of people: that is discrimination, and it is inappropriate.",
      fr: "« {text} » dénigre tout un groupe de personnes : c'est de la discrimination, et c'est inapproprié.",
    },
  },
  lexicons: ["group", "group-smear", "group-hate-phrase"],
  requires: ["group-hate-phrase", "group-smear"],
  examples: {
    valid: [
      { text: "Welcoming newcomers to our community garden this weekend!", lang: "en" },
      { text: "Les réfugiés accueillis à Québec ont ouvert une boulangerie.", lang: "fr" },
    ],
    invalid: [
      { text: "People from that country are all thieves.", lang: "en" },
      { text: "Les immigrés sont tous des criminels.", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    // "Go back where you came from", "#DeportThemAll": the words name their target themselves.
    const phrase = hits.get("group-hate-phrase")[0];
    if (phrase) {
      const span = hashtagAround(view, phrase.span) ?? phrase.span;
      report("smear", { span, data: { text: view.text.slice(span[0], span[1]) } });
      return;
    }
    const groups = hits.get("group");
    if (groups.length === 0) return;
    const smears = hits.get("group-smear").filter((s) => !/^(are all|sont tous|sont toutes|all the same|tous pareils)$/.test(s.term));
    const groupsBySentence = bySentence(view, groups);
    for (const s of smears) {
      if (negated(view, s, 2)) continue;
      const g = findInSentence(view, groupsBySentence, s, (x) => x.to <= s.from || x.from >= s.to);
      if (!g) continue;
      const span = cover(g, s);
      report("smear", { span, data: { text: view.text.slice(span[0], span[1]) } });
      return;
    }
  },
});
