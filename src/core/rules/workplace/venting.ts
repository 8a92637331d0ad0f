import { defineRule } from "../../rule.js";
import { bySentence, cover, findInSentence, negated } from "../util.js";

/** "My boss is useless", "Ma gestionnaire ne sait pas ce qu'elle fait": venting about people at work. */
export default defineRule({
  id: "workplace/venting",
  category: "workplace",
  level: "risky",
  guidance: ["tbs.question.work-environment", "tbs.work.vent-internally"],
  description: {
    en: "Venting about colleagues, managers or your work unit.",
    fr: "Se défouler au sujet de collègues, de gestionnaires ou de son unité de travail.",
  },
  messages: {
    vent: {
      en: "“{text}” could harm workplace relations or be read as critical of your colleagues. To vent, use the Employee Assistance Program, the Ombuds or informal conflict management.",
      fr: "« {text} » pourrait nuire aux relations de travail ou être perçu comme une critique de vos collègues. Pour vous confier, tournez-vous vers le Programme d'aide aux employés, l'ombudsman ou la gestion informelle des conflits.",
    },
  },
  lexicons: ["colleague", "negative", "insult", "workplace-grievance"],
  requires: ["colleague"],
  actions: ["post", "comment", "reply", "share", "like"],
  examples: {
    valid: [
      { text: "Big shout-out to my team for delivering the new forms on time!", lang: "en" },
      { text: "Bravo à mes collègues pour le lancement!", lang: "fr" },
    ],
    invalid: [
      { text: "My boss is useless and everyone in my unit knows it.", lang: "en" },
      { text: "Ma gestionnaire ne sait pas ce qu'elle fait, vraiment découragée.", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    const people = hits.get("colleague");
    if (people.length === 0) return;
    const peopleBySentence = bySentence(view, people);
    for (const neg of [...hits.get("negative"), ...hits.get("insult"), ...hits.get("workplace-grievance")]) {
      if (negated(view, neg)) continue;
      const who = findInSentence(view, peopleBySentence, neg, (p) => p.to <= neg.from || p.from >= neg.to);
      if (!who) continue;
      const span = cover(who, neg);
      report("vent", { span, data: { text: view.text.slice(span[0], span[1]) } });
      return;
    }
  },
});
