import type { Hit, HitIndex } from "../../matcher.js";
import { defineRule } from "../../rule.js";

/** Places that say where, not on whose time or equipment ("at the office" may be a lunch break). */
const WEAK_CUE = /^(?:at the office|from the office|at my desk|from my desk|au bureau|de mon bureau|à mon bureau|à mon poste|de mon poste)$/;

/** The text's own word that it is written on working time or with a government resource ("posting from my work laptop"). */
function workResourceCue(hits: HitIndex): Hit | undefined {
  return [...hits.get("work-time"), ...hits.get("government-resource")].find((h) => !WEAK_CUE.test(h.term));
}

/** What the PSC fixes whatever the words: no political activity at work or with government resources, none at all for deputy heads. */
export default defineRule({
  id: "partisan/context",
  category: "partisan",
  level: "inappropriate",
  stage: "context",
  guidance: ["psc.dont.work-hours-resources"],
  alsoCites: ["tbs.risk.inappropriate.political-work-hours", "psc.deputy-heads"],
  description: {
    en: "Political activity during working hours, with government devices, or by a deputy head.",
    fr: "Activité politique pendant les heures de travail, avec un appareil du gouvernement, ou par un administrateur général ou une administratrice générale.",
  },
  messages: {
    workHours: {
      en: "Political activity during working hours is inappropriate, whatever its content. Wait until you are off work.",
      fr: "Une activité politique pendant les heures de travail est inappropriée, quel qu'en soit le contenu. Attendez d'avoir terminé votre journée.",
    },
    device: {
      en: "Political activity with a government device or network is inappropriate. Use your own device, on your own time.",
      fr: "Une activité politique avec un appareil ou un réseau du gouvernement est inappropriée. Utilisez votre propre appareil, sur votre temps.",
    },
    resourceInText: {
      en: "“{text}”: political activity during working hours or with government resources is inappropriate, whatever its content.",
      fr: "« {text} » : une activité politique pendant les heures de travail ou avec des ressources du gouvernement est inappropriée, quel qu'en soit le contenu.",
    },
    deputyHead: {
      en: "A deputy head may engage in no political activity other than voting in an election.",
      fr: "Un administrateur général ou une administratrice générale ne peut exercer aucune activité politique autre que voter à une élection.",
    },
  },
  lexicons: ["work-time", "government-resource"],
  actions: ["post", "comment", "reply", "share", "like", "profile"],
  examples: {
    valid: [{ text: "Don't forget to vote today!", context: { workHours: true }, lang: "en", note: "encouraging people to vote is not partisan" }],
    invalid: [
      { text: "Vote Liberal! #elxn45", context: { workHours: true, electionPeriod: true }, lang: "en" },
      { text: "Votez NPD pour un vrai changement !", context: { governmentDevice: true }, lang: "fr" },
      { text: "Donate to my friend's NDP campaign: ndp.ca/donate", context: { role: "deputy-head" }, lang: "en" },
    ],
  },
  check({ view, hits, findings, context, report }) {
    if (!findings.some((f) => f.category === "partisan" && f.level !== "appropriate")) return;
    if (context.role === "deputy-head") report("deputyHead", { guidance: ["psc.deputy-heads"] });
    // Working time or a government resource is one fact, said once: where the text says it, else as the context has it.
    const cue = workResourceCue(hits);
    if (cue) {
      report("resourceInText", { span: cue.span, data: { text: view.text.slice(cue.span[0], cue.span[1]) }, guidance: ["tbs.risk.inappropriate.political-work-hours"] });
    } else if (context.workHours) {
      report("workHours", { guidance: ["tbs.risk.inappropriate.political-work-hours"], suggestion: { en: "Post after working hours, on your own device.", fr: "Publiez après les heures de travail, avec votre propre appareil." } });
    } else if (context.governmentDevice) {
      report("device", { suggestion: { en: "Use your personal device and network, outside working hours.", fr: "Utilisez votre appareil et votre réseau personnels, en dehors des heures de travail." } });
    }
  },
});
