import type { TextView } from "../../normalize.js";
import { defineRule, type RuleContext } from "../../rule.js";
import { judgementsOf } from "../../structure/stance.js";
import { accentFalseFriend, bySentence, cover, findInSentence, negated } from "../util.js";

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
  actions: ["post", "comment", "reply", "share", "like"],
  examples: {
    valid: [
      { text: "Big shout-out to my team for delivering the new forms on time!", lang: "en" },
      { text: "Bravo à mes collègues pour le lancement!", lang: "fr" },
    ],
    invalid: [
      { text: "My boss is useless and everyone in my unit knows it.", lang: "en" },
      { text: "Ma gestionnaire ne sait pas ce qu'elle fait, vraiment découragée.", lang: "fr" },
      { text: "If my team lead books one more Friday 4:30 meeting I'll lose it 🙃", lang: "en", note: "exasperation by emoji" },
      { text: "Les gars de la DGTI sont vraiment des tatas.", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    const people = hits.get("colleague");
    if (people.length === 0) {
      ventByStructure(view, report);
      return;
    }
    const peopleBySentence = bySentence(view, people);
    for (const neg of [...hits.get("negative"), ...hits.get("insult"), ...hits.get("workplace-grievance")]) {
      if (negated(view, neg) || accentFalseFriend(view, neg)) continue;
      const who = findInSentence(view, peopleBySentence, neg, (p) => p.to <= neg.from || p.from >= neg.to);
      if (!who) continue;
      const span = cover(who, neg);
      report("vent", { span, data: { text: view.text.slice(span[0], span[1]) } });
      return;
    }
    ventByStructure(view, report);
  },
});

const PEOPLE_AT_WORK = new Set(["colleague", "management", "leadership"]);

/** A colleague or a manager ("my team lead", « mon DG », « les gars de la DGTI ») and blame of them, mild or by emoji. */
function ventByStructure(view: TextView, report: RuleContext<"vent">["report"]): void {
  for (const j of judgementsOf(view)) {
    if (!PEOPLE_AT_WORK.has(j.target.kind) || j.evaluation.polarity !== "blame" || j.evaluation.cue === "scare-quotes") continue;
    const span = cover(j.target.span, j.evaluation.span);
    report("vent", { span, data: { text: view.text.slice(span[0], span[1]) } });
    return;
  }
}
