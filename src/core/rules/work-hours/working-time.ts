import { fold, type TextView } from "../../normalize.js";
import { defineRule } from "../../rule.js";
import { partitionPoint } from "../../sorted.js";
import { bulkOf } from "../../structure/bulk.js";
import { workTimeOf } from "../../structure/worktime.js";

/** Work-time phrases that only say where one is. */
const PLACE_ONLY = /^(?:at the office|from the office|at my desk|from my desk|au bureau|de mon bureau|a mon bureau|a mon poste|de mon poste)$/;
/** Work-time phrases that name equipment. */
const DEVICE = /phone|laptop|computer|device|network|blackberry|account|e-?mail|telephone|cell|ordi|portable|appareil|reseau|wifi|courriel/;
/** Words that make a device the means: "from my work laptop", "sur l'ordi du bureau". */
const MEANS = /\b(?:on|from|using|with|via|over|sur|de|depuis|avec|par)\b[^.!?]*$/;
/** Pastimes that, on working time, interfere with the job. */
const LEISURE = /\b(?:binge[- ]?watch\w*|netflix|tiktok|youtube|online poker|poker en ligne|video games?|jeux vid[eé]o|gaming|scrolling|online shopping|magasinage en ligne|napping|faire la sieste)\b/i;
/** Personal time at work, which the guidance encourages for social media. */
const BREAK = /\b(?:lunch|break|coffee break|lunchtime|noon|after work|after hours|pause|pause-caf[eé]|d[iî]n(?:er|e|é)|midi|apr[eè]s le travail)\b/i;

/** The index in the folded text of an offset in the text as written. */
function folded(view: TextView, offset: number): number {
  // Offsets never decrease: the first equal to `offset` is found by halves (indexOf walked the text for every hit).
  const offsets = view.offsets;
  const lo = partitionPoint(offsets, (o) => o < offset);
  return lo < offsets.length && offsets[lo] === offset ? lo : 0;
}

/**
 * Social media at work is for personal time (lunch, breaks), on personal devices; the network use policy applies. One
 * fact, one finding: the text saying it is written at work or on a work device, or the context saying so; when the
 * activity is risky on its own, the time and the equipment are part of what is wrong (this rule runs after the text
 * rules to know it); otherwise working time alone is advice.
 */
export default defineRule({
  id: "work-hours/working-time",
  category: "work-hours",
  level: "risky",
  stage: "context",
  guidance: ["statcan.day-job.work-hours", "statcan.day-job.personal-time", "statcan.day-job.network-policy"],
  // Spam on a work device puts GC devices and networks at risk (CSPS), said for every public servant.
  alsoCites: ["csps.dont.spam"],
  description: { en: "Activity during working hours or on government devices and networks.", fr: "Activité pendant les heures de travail ou sur des appareils et réseaux du gouvernement." },
  messages: {
    context: {
      en: "You are on working time or a government device: keep personal social media to your lunch and breaks, and follow your department's network use policy.",
      fr: "Vous êtes sur votre temps de travail ou un appareil du gouvernement : limitez les médias sociaux personnels à vos pauses et à votre dîner, et respectez la politique d'utilisation du réseau de votre ministère.",
    },
    text: {
      en: "“{text}”: personal posting on working time or on a government device is limited by your organization's policy on the use of its networks and devices; keep it to your breaks, on your own device.",
      fr: "« {text} » : les publications personnelles sur le temps de travail ou sur un appareil du gouvernement sont encadrées par la politique de votre organisation sur l'utilisation de ses réseaux et appareils ; réservez-les à vos pauses, sur votre propre appareil.",
    },
    workHours: {
      en: "This is done during working hours: social media is for your personal time, and this activity is risky on its own.",
      fr: "Ceci se fait pendant les heures de travail : les médias sociaux, c'est pour votre temps personnel, et cette activité est déjà risquée en soi.",
    },
    device: {
      en: "This is done with a government device or network: follow your department's network use policy, and use your own device on your own time.",
      fr: "Ceci se fait avec un appareil ou un réseau du gouvernement : respectez la politique d'utilisation du réseau de votre ministère, et utilisez votre propre appareil sur votre temps.",
    },
  },
  lexicons: ["work-time"],
  examples: {
    valid: [
      { text: "Lunch walk along the canal, beautiful day.", lang: "en" },
      { text: "Lunch walk by the canal, gorgeous day ☀️", context: { workHours: true }, lang: "en", note: "nothing risky in it" },
      { text: "Votez le 28 avril, c'est important!", context: { workHours: true, governmentDevice: true }, lang: "fr", note: "encouraging people to vote is appropriate" },
    ],
    invalid: [
      { text: "Posting this from my work laptop on the clock lol", lang: "en" },
      { text: "Je publie ça de l'ordi du bureau pendant les heures de travail", lang: "fr" },
      { text: "FORWARD TO 10 COLLEAGUES or your account will be deactivated tonight!!!", context: { workHours: true }, lang: "en" },
      { text: "Le ministre est un incompétent, qu'il démissionne", context: { governmentDevice: true }, lang: "fr" },
    ],
  },
  check({ view, hits, context, findings, report }) {
    const onWorkTime = context.workHours || context.governmentDevice;
    const cue = hits.get("work-time").find((h) => {
      const term = fold(h.term);
      // "At my desk" says where, not when: the place alone is no misuse of working time.
      if (PLACE_ONLY.test(term)) return false;
      // A device counts as the means of posting ("from my work laptop"), not as a thing one owns ("a new work phone").
      if (DEVICE.test(term)) return MEANS.test(view.folded.slice(Math.max(0, folded(view, h.span[0]) - 12), folded(view, h.span[0])));
      return true;
    });
    // Leisure on working time, outside a break, is what keeps the job from getting done.
    const leisure = onWorkTime && !BREAK.test(view.text) ? LEISURE.exec(view.text) : null;
    // The text's own word that it is written at work ("posting from my cubicle", « tapée pendant la réunion »), or sent
    // through a work channel (the all-staff list, the work address book).
    const said = cue ? undefined : workTimeOf(view).cue ?? bulkOf(view).workChannel;
    const span: [number, number] | undefined = cue ? cue.span : said ? said : leisure ? [leisure.index, leisure.index + leisure[0].length] : undefined;
    const guidance = findings.some((f) => f.category === "spam" && f.level !== "appropriate") ? ["csps.dont.spam"] : undefined;
    if (span) report("text", { span, data: { text: view.text.slice(span[0], span[1]) }, ...(guidance ? { guidance } : {}) });
    else if (!onWorkTime) return;
    // What the text rules found is done on working time or a government device: the time and the equipment are part of it.
    else if (findings.some((f) => f.category !== "work-hours" && f.level !== "appropriate")) report(context.governmentDevice ? "device" : "workHours", guidance ? { guidance } : {});
    // Working time alone is advice: the guidance asks for personal time, not for silence.
    else report("context", { level: "appropriate", suggestion: { en: "Post during a break or after hours, from your own device.", fr: "Publiez pendant une pause ou après les heures de travail, avec votre propre appareil." } });
  },
});
