import { defineRule } from "../../rule.js";

/** What the PSC fixes whatever the words: no political activity at work or with government resources, none at all for deputy heads. */
export default defineRule({
  id: "partisan/context",
  category: "partisan",
  level: "inappropriate",
  stage: "context",
  guidance: ["psc.dont.work-hours-resources"],
  description: {
    en: "Political activity during working hours, with government devices, or by a deputy head.",
    fr: "Activité politique pendant les heures de travail, avec un appareil du gouvernement, ou par un administrateur général.",
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
    deputyHead: {
      en: "A deputy head may engage in no political activity other than voting in an election.",
      fr: "Un administrateur général ne peut exercer aucune activité politique autre que voter à une élection.",
    },
  },
  lexicons: [],
  actions: ["post", "comment", "reply", "share", "like", "profile"],
  examples: {
    valid: [{ text: "Don't forget to vote today!", context: { workHours: true }, lang: "en", note: "encouraging people to vote is not partisan" }],
    invalid: [
      { text: "Vote Liberal! #elxn45", context: { workHours: true, electionPeriod: true }, lang: "en" },
      { text: "Votez NPD pour un vrai changement !", context: { governmentDevice: true }, lang: "fr" },
      { text: "Donate to my friend's NDP campaign: ndp.ca/donate", context: { role: "deputy-head" }, lang: "en" },
    ],
  },
  check({ findings, context, report }) {
    if (!findings.some((f) => f.category === "partisan" && f.level !== "appropriate")) return;
    if (context.role === "deputy-head") report("deputyHead", { guidance: ["psc.deputy-heads"] });
    if (context.workHours) report("workHours", { guidance: ["tbs.risk.inappropriate.political-work-hours"], suggestion: { en: "Post after working hours, on your own device.", fr: "Publiez après les heures de travail, avec votre propre appareil." } });
    if (context.governmentDevice) report("device", { suggestion: { en: "Use your personal device and network, outside working hours.", fr: "Utilisez votre appareil et votre réseau personnels, en dehors des heures de travail." } });
  },
});
