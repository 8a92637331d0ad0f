import { defineRule, sameSentence } from "../../rule.js";
import type { Hit } from "../../matcher.js";

/** Insults aimed at a person. "I'm so dumb" aims at no one else and is left alone. */
export default defineRule({
  id: "harassment/insult",
  category: "harassment",
  level: "inappropriate",
  guidance: ["tbs.risk.inappropriate.harassment", "csps.dont.mistreat", "statcan.respectful.language"],
  description: {
    en: "Insults aimed at a person: the person addressed, someone named, or someone pointed at.",
    fr: "Insultes visant une personne : la personne à qui l'on s'adresse, une personne nommée ou désignée.",
  },
  messages: {
    aimed: {
      en: "“{text}” insults a person: bullying and harassment are inappropriate, online as at work.",
      fr: "« {text} » insulte une personne : l'intimidation et le harcèlement sont inappropriés, en ligne comme au travail.",
    },
    loose: {
      en: "“{text}” is insulting language that would not be acceptable in the workplace.",
      fr: "« {text} » est un langage insultant qui ne serait pas acceptable au travail.",
    },
  },
  lexicons: ["insult", "second-person", "first-person", "third-person"],
  actions: ["post", "comment", "reply", "share", "like", "profile"],
  examples: {
    valid: [
      { text: "I'm so dumb, I left my lunch on the bus again.", lang: "en" },
      { text: "Je suis tellement niaiseuse, j'ai oublié mes clés.", lang: "fr" },
    ],
    invalid: [
      { text: "You're a worthless moron, block me already", action: "comment", lang: "en" },
      { text: "T'es une vraie conne, dégage.", lang: "fr" },
      { text: "@jmartin what an idiot", action: "reply", lang: "en" },
    ],
  },
  check({ view, hits, activity, report }) {
    const insults = hits.get("insult");
    if (insults.length === 0) return;
    const self = hits.get("first-person");
    const pointers: Hit[] = [...hits.get("second-person"), ...hits.get("third-person")];
    const addressed = activity.action === "reply" || activity.action === "comment" || view.mentions.length > 0;
    for (const ins of insults) {
      const aimedAtSelf = self.some((s) => sameSentence(view, s, ins) && s.from < ins.from) && !pointers.some((p) => sameSentence(view, p, ins));
      if (aimedAtSelf) continue;
      const aimed = addressed || pointers.some((p) => sameSentence(view, p, ins)) || namedBefore(view, ins);
      report(aimed ? "aimed" : "loose", { span: ins.span, level: aimed ? "inappropriate" : "risky", data: { text: view.text.slice(ins.span[0], ins.span[1]) } });
    }
  },
});

/** "Mark is an idiot", "Jean est un imbécile": a capitalized name just before "is/est". */
function namedBefore(view: { text: string }, ins: Hit): boolean {
  const before = view.text.slice(Math.max(0, ins.span[0] - 40), ins.span[0]);
  return /\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s+(?:is|was|are|est|était|c'est)\s+(?:a|an|such|the|un|une|le|la|vraiment|so|totally|a\s+real|un\s+vrai|une\s+vraie|\s)*$/u.test(before);
}
