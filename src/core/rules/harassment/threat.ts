import { defineRule } from "../../rule.js";
import { negatedAt, usage } from "../../structure/quotation.js";
import { threats } from "../../structure/threat.js";

/**
 * Threats to a person's safety, read from their structure (structure/threat.ts: an intent + a verb of harm + a human
 * target; veiled threats) and from the list of set phrases. Figures of speech ("this heat is killing me", "kill this
 * presentation") have no human target and are left alone.
 */
export default defineRule({
  id: "harassment/threat",
  category: "harassment",
  level: "inappropriate",
  guidance: ["tbs.risk.inappropriate.harassment", "csps.dont.mistreat"],
  description: { en: "Threats of violence or harm, stated or veiled.", fr: "Menaces de violence ou de préjudice, explicites ou voilées." },
  messages: {
    threat: {
      en: "“{text}” reads as a threat. Threats are never acceptable, and may be a crime.",
      fr: "« {text} » se lit comme une menace. Les menaces ne sont jamais acceptables et peuvent constituer un crime.",
    },
    veiled: {
      en: "“{text}” reads as a veiled threat: saying you know where someone is, or warning them, intimidates. Threats are never acceptable.",
      fr: "« {text} » se lit comme une menace voilée : dire qu'on sait où est quelqu'un, ou l'avertir, intimide. Les menaces ne sont jamais acceptables.",
    },
  },
  lexicons: ["threat", "threat-cue", "profanity", "insult"],
  requires: ["threat", "threat-cue"],
  actions: ["post", "comment", "reply", "share", "like", "profile"],
  examples: {
    valid: [
      { text: "This heat is killing me.", lang: "en" },
      { text: "Killer workout this morning!", lang: "en" },
      { text: "Ce film est à mourir de rire.", lang: "fr" },
      { text: "I'm going to kill this presentation tomorrow 💪", lang: "en", note: "the object is a thing" },
      { text: "I would never hurt anyone, I just needed to vent.", lang: "en", note: "negated" },
      { text: "On va tuer le temps au café en attendant le bus.", lang: "fr", note: "une expression" },
      { text: "I'll shoot you an email with the agenda.", lang: "en", note: "the person receives something" },
    ],
    invalid: [
      { text: "Watch your back, I know where you live.", lang: "en" },
      { text: "Je vais te tuer si tu recommences.", lang: "fr" },
      { text: "I'll break his face if he shows up again.", lang: "en" },
      { text: "Je lui casse la gueule la prochaine fois que je le vois.", lang: "fr" },
      { text: "M'as te crisser une volée mon p'tit criss.", lang: "fr" },
      { text: "ppl like u should be lined up and shot tbh", action: "comment", lang: "en" },
      { text: "Keep talking. I know which building you work in and what time you leave.", action: "reply", lang: "en" },
      { text: "Je sais où tu travailles, fais attention à toi.", action: "reply", lang: "fr" },
    ],
  },
  check({ view, hits, activity, report }) {
    const found = threats(view);
    const hostile = hits.get("profanity").length > 0 || hits.get("insult").length > 0;
    const answering = activity.action === "reply" || activity.action === "comment";
    const strong = found.filter((f) => f.kind !== "weak");
    for (const f of found) {
      // "You'll regret this", « tu vas voir »: a threat only beside hostility, another threat, or said straight to someone.
      if (f.kind === "weak" && !(hostile || strong.length > 0 || (answering && !/\b(?:not|if|de ne|si)\b/i.test(view.text.slice(f.span[1], f.span[1] + 12))))) continue;
      report(f.kind === "veiled" ? "veiled" : "threat", { span: f.span, data: { text: view.text.slice(f.span[0], f.span[1]) } });
    }
    for (const t of hits.get("threat")) {
      // "I would never hurt you", or a threat quoted to condemn it, is no threat of the writer's.
      if (negatedAt(view, t.from) || usage(view, t) === "condemned") continue;
      report("threat", { span: t.span, data: { text: view.text.slice(t.span[0], t.span[1]) } });
    }
  },
});
