import { defineRule } from "../../rule.js";

/**
 * What the text rules found is done on working time or with a government device: the guidance asks for personal time and
 * personal devices, so the time and the equipment are part of what is wrong, and the user should hear it.
 */
export default defineRule({
  id: "work-hours/on-work-time",
  category: "work-hours",
  level: "risky",
  stage: "context",
  guidance: ["statcan.day-job.work-hours", "statcan.day-job.network-policy", "psc.dont.work-hours-resources"],
  description: {
    en: "A risky activity done during working hours or with a government device or network.",
    fr: "Une activité risquée faite pendant les heures de travail ou avec un appareil ou un réseau du gouvernement.",
  },
  messages: {
    workHours: {
      en: "This is done during working hours: social media is for your personal time, and this activity is risky on its own.",
      fr: "Ceci se fait pendant les heures de travail : les médias sociaux, c'est pour votre temps personnel, et cette activité est déjà risquée en soi.",
    },
    device: {
      en: "This is done with a government device or network: follow your department's network use policy, and use your own device on your own time.",
      fr: "Ceci se fait avec un appareil ou un réseau du gouvernement : respectez la politique d'utilisation du réseau de votre ministère, et utilisez votre propre appareil sur votre temps.",
    },
  },
  lexicons: [],
  examples: {
    valid: [
      { text: "Lunch walk by the canal, gorgeous day ☀️", context: { workHours: true }, lang: "en", note: "nothing risky in it" },
      { text: "Votez le 28 avril, c'est important!", context: { workHours: true, governmentDevice: true }, lang: "fr", note: "encouraging people to vote is appropriate" },
    ],
    invalid: [
      { text: "FORWARD TO 10 COLLEAGUES or your account will be deactivated tonight!!!", context: { workHours: true }, lang: "en" },
      { text: "Le ministre est un incompétent, qu'il démissionne", context: { governmentDevice: true }, lang: "fr" },
    ],
  },
  check({ context, findings, report }) {
    if (!context.workHours && !context.governmentDevice) return;
    if (!findings.some((f) => f.category !== "work-hours" && f.level !== "appropriate")) return;
    report(context.governmentDevice ? "device" : "workHours");
  },
});
