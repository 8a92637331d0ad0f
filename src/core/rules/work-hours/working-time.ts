import { defineRule } from "../../rule.js";

/** Social media at work is for personal time (lunch, breaks), on personal devices; the network use policy applies. */
export default defineRule({
  id: "work-hours/working-time",
  category: "work-hours",
  level: "appropriate",
  guidance: ["statcan.day-job.work-hours", "statcan.day-job.personal-time", "statcan.day-job.network-policy"],
  description: { en: "Activity during working hours or on government devices and networks.", fr: "Activité pendant les heures de travail ou sur des appareils et réseaux du gouvernement." },
  messages: {
    context: {
      en: "You are on working time or a government device: keep personal social media to your lunch and breaks, and follow your department's network use policy.",
      fr: "Vous êtes sur votre temps de travail ou un appareil du gouvernement : limitez les médias sociaux personnels à vos pauses et à votre dîner, et respectez la politique d'utilisation du réseau de votre ministère.",
    },
    text: {
      en: "“{text}”: using government devices or time for personal posts puts you at odds with the network use policy.",
      fr: "« {text} » : utiliser des appareils ou le temps du gouvernement pour des publications personnelles va à l'encontre de la politique d'utilisation du réseau.",
    },
  },
  lexicons: ["work-time"],
  examples: {
    valid: [{ text: "Lunch walk along the canal, beautiful day.", lang: "en" }],
    invalid: [
      { text: "Posting this from my work laptop on the clock lol", lang: "en" },
      { text: "Je publie ça de l'ordi du bureau pendant les heures de travail", lang: "fr" },
    ],
  },
  check({ view, hits, context, report }) {
    const cue = hits.get("work-time").find((h) => !/^(at the office|from the office|at my desk|from my desk|au bureau|de mon bureau)$/.test(h.term));
    if (cue) report("text", { span: cue.span, level: "risky", data: { text: view.text.slice(cue.span[0], cue.span[1]) } });
    else if (context.workHours || context.governmentDevice) report("context", { suggestion: { en: "Post during a break or after hours, from your own device.", fr: "Publiez pendant une pause ou après les heures de travail, avec votre propre appareil." } });
  },
});
