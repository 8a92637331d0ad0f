import type { Hit } from "../../matcher.js";
import { defineRule } from "../../rule.js";
import { heldByLonger } from "../util.js";

const LEAVE_IT_OUT = { en: "Leave the swearing out; the point stands without it.", fr: "Retirez le juron; le propos tient sans lui." };

/** Language that would not be acceptable in the workplace, masked or not. */
export default defineRule({
  id: "profanity/profanity",
  category: "profanity",
  level: "risky",
  guidance: ["statcan.respectful.language", "hrsdc.weigh-words"],
  description: { en: "Profanity, including masked (f***) and spelled-out (f u c k) forms.", fr: "Grossièretés et sacres, y compris masqués (m*rde) ou épelés (m e r d e)." },
  messages: {
    profanity: {
      en: "“{text}” is language that would not be acceptable in the workplace.",
      fr: "« {text} » est un langage qui ne serait pas acceptable au travail.",
    },
  },
  lexicons: ["profanity"],
  requires: ["profanity"],
  examples: {
    valid: [
      { text: "Class of 2025, congratulations!", lang: "en", note: "'ass' inside a word" },
      { text: "Quel beau concert hier soir!", lang: "fr" },
    ],
    invalid: [
      { text: "Damn politicians, all the same.", lang: "en" },
      { text: "Sh1t, missed the bus again", lang: "en" },
      { text: "Tabarnak, encore de la neige!", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    const all = hits.get("profanity");
    // "pissed off" is reported once, not again as "pissed".
    const held = heldByLonger(view, all, (h) => h.span[1] - h.span[0]);
    let last: Hit | undefined;
    for (const p of all) {
      if (held.has(p)) continue;
      // A mask read as two words ("f***": fuck, fkin) is one passage: the engine would keep the first report alone.
      if (last && last.span[0] === p.span[0] && last.span[1] === p.span[1]) continue;
      last = p;
      const text = view.text.slice(p.span[0], p.span[1]);
      report("profanity", { span: p.span, data: { text }, suggestion: LEAVE_IT_OUT });
    }
  },
});
