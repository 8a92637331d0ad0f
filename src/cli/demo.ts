import { assess } from "../core/engine.js";
import type { Activity } from "../core/model.js";
import { renderAssessment, type Style } from "./render.js";

/** A short bilingual tour of `impartial check` on sample drafts (what `npm start` shows until the page exists). */
const SAMPLES: { title: string; activity: Activity }[] = [
  { title: "A conference post / Une publication sur une conférence", activity: { text: "Spent two great days at the Canadian Evaluation Society conference, here are my three takeaways.", action: "post" } },
  { title: "Liking a campaign post during an election / Aimer une publication de campagne en période électorale", activity: { text: "The Conservatives have the only credible economic plan. #cdnpoli", action: "like", context: { electionPeriod: true, identifiable: true } } },
  { title: "Campaigning during working hours / Faire campagne pendant les heures de travail", activity: { text: "Votez NPD pour un vrai changement ! #VoteNPD", action: "post", context: { electionPeriod: true, workHours: true } } },
  { title: "Venting about the employer / Se défouler au sujet de l'employeur", activity: { text: "Once again my organization made a terrible decision on the new scheduling system.", action: "post", context: { identifiable: true, followers: 2400 } } },
  { title: "A colleague's phone number / Le numéro d'un collègue", activity: { text: "Pour les billets, appelez Marc au 613-555-0199, il s'en occupe!", action: "post" } },
  { title: "A profile bio / Une biographie de profil", activity: { text: "Policy analyst at ESDC. Cyclist, amateur baker.", action: "profile", context: { identifiable: true } } },
];

export function runDemo(style: Style): string {
  const out = [
    "Impartial — check before you act / vérifiez avant d'agir",
    "Advice, not a ruling. Nothing you type leaves your machine. / Des conseils, pas une décision. Rien de ce que vous tapez ne quitte votre ordinateur.",
  ];
  for (const s of SAMPLES) {
    const a = assess(s.activity);
    out.push("", "─".repeat(78), `${s.title}  (${s.activity.action}${s.activity.context ? ` ${JSON.stringify(s.activity.context)}` : ""})`, "", renderAssessment(s.activity.text, a, style));
  }
  out.push("", "─".repeat(78), "Try it / Essayez : npx impartial check \"your draft\" --action like --election-period", "More / Plus : npx impartial --help");
  return out.join("\n");
}
