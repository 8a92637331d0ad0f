import type { Hit } from "../../matcher.js";
import { sentenceOf, type TextView } from "../../normalize.js";
import { defineRule } from "../../rule.js";
import { MILD, properName, religiousUse, shouting } from "../../structure/figurative.js";
import { usage } from "../../structure/quotation.js";
import { heldByLonger } from "../util.js";

const LEAVE_IT_OUT = { en: "Leave the swearing out; the point stands without it.", fr: "Retirez le juron; le propos tient sans lui." };

/** Language that would not be acceptable in the workplace, masked or not. */
export default defineRule({
  id: "profanity/profanity",
  category: "profanity",
  level: "risky",
  guidance: ["statcan.respectful.language", "hrsdc.weigh-words"],
  alsoCites: ["statcan.brand.profanity"],
  description: { en: "Profanity, including masked (f***) and spelled-out (f u c k) forms.", fr: "Grossièretés et sacres, y compris masqués (m*rde) ou épelés (m e r d e)." },
  messages: {
    profanity: {
      en: "“{text}” is language that would not be acceptable in the workplace.",
      fr: "« {text} » est un langage qui ne serait pas acceptable au travail.",
    },
    towardGc: {
      en: "“{text}” is profanity aimed at a government, its leaders or its public servants: never publish that.",
      fr: "« {text} » est une grossièreté envers un gouvernement, ses dirigeants ou ses fonctionnaires : ne publiez jamais cela.",
    },
  },
  lexicons: ["profanity", "gov-target", "public-servant", "second-person", "insult"],
  requires: ["profanity"],
  examples: {
    valid: [
      { text: "Class of 2025, congratulations!", lang: "en", note: "'ass' inside a word" },
      { text: "Quel beau concert hier soir!", lang: "fr" },
      { text: "Went hiking at Dick Bell Park this morning.", lang: "en", note: "a place name" },
      { text: "À la messe, le prêtre a élevé l'hostie et le calice.", lang: "fr", note: "religious words, not sacres" },
      { text: "Mon fils a appris le mot « merde » à la garderie.", lang: "fr", note: "a word named, not used" },
      { text: "Maudit que c'est bon, la tarte au sucre!", lang: "fr", note: "a mild intensifier of ordinary life" },
      { text: "My dog chews my damn slippers 🐶", lang: "en", note: "a mild intensifier of ordinary life" },
    ],
    invalid: [
      { text: "Damn politicians, all the same.", lang: "en" },
      { text: "Sh1t, missed the bus again", lang: "en" },
      { text: "Tabarnak, encore de la neige!", lang: "fr" },
      { text: "Ciboire, regarde-moi ce ministre-là, y'a rien compris.", lang: "fr", note: "a sacre toward a minister: inappropriate" },
    ],
  },
  check({ view, hits, report }) {
    const all = hits.get("profanity");
    // "pissed off" is reported once, not again as "pissed".
    const held = heldByLonger(view, all, (h) => h.span[1] - h.span[0]);
    // Sentences aimed at a government or its people, and sentences said to or of a person.
    // A government's systems and programmes ("le système de paie") take a swear as a complaint; its people and offices as abuse,
    // and so does a complaint shouted in capitals.
    const loud = shouting(view);
    const gcSentences = new Set(
      [...hits.get("gov-target"), ...hits.get("public-servant")].filter((h) => loud || !SYSTEMS.test(h.term)).map((h) => sentenceOf(view, h.from)),
    );
    const aimedSentences = new Set([...hits.get("second-person"), ...hits.get("insult")].map((h) => sentenceOf(view, h.from)));
    let last: Hit | undefined;
    for (const p of all) {
      if (held.has(p)) continue;
      // A mask read as two words ("f***": fuck, fkin) is one passage: the engine would keep the first report alone.
      if (last && last.span[0] === p.span[0] && last.span[1] === p.span[1]) continue;
      last = p;
      // Dick Bell Park, @hoes, « l'hostie » at mass, « le mot « merde » »: names, liturgy and words mentioned are not swearing.
      if (properName(view, p) || religiousUse(view, p) || usage(view, p) !== "used") continue;
      const sentence = sentenceOf(view, p.from);
      const towardGc = gcSentences.has(sentence);
      // "Maudit que c'est bon", "my damn slippers": a mild word intensifying ordinary life, not aimed at anyone.
      if (MILD.has(view.tokens[p.from]!.norm) && p.to - p.from === 1 && !towardGc && !aimedSentences.has(sentence) && mildIntensifier(view, p)) continue;
      const text = view.text.slice(p.span[0], p.span[1]);
      report(towardGc ? "towardGc" : "profanity", {
        span: p.span,
        data: { text },
        suggestion: LEAVE_IT_OUT,
        ...(towardGc ? { level: "inappropriate" as const, guidance: ["statcan.brand.profanity"] } : {}),
      });
    }
  },
});

/** Government targets that are systems, programmes or plans, not people or offices. */
const SYSTEMS = /(?:syst[eè]me|programme|program|paye|paie|ph[eé]nix|phoenix|policy|politique|plan|budget|app|site|portail|portal)/i;

/** People and institutions a mild swear right before them is aimed at: "damn politicians", « maudits fonctionnaires ». */
const MILD_TARGETS = /^(?:politicians?|liberals?|tories|conservatives?|ndp|bureaucrats?|people|idiots?|drivers?|neighbou?rs?|boss|manager|government|gouvernement|politiciens?|fonctionnaires?|boss|patron|voisins?|chauffeurs?|immigrants?|immigres?|anglais|francais|quebecois|ministres?|liberaux|caquistes?|pequistes?|bloquistes?|gens|monde|gars|fille|femmes?|hommes?|you|toi|vous|them|eux)$/;

/**
 * Whether a mild swear only intensifies what follows: « maudit que c'est bon », "damn good", or a thing after an article
 * ("my damn slippers"). An exclamation ("Damn, missed the bus") or a word aimed at people or a name ("damn politicians",
 * « maudit Legault ») is still swearing.
 */
function mildIntensifier(view: TextView, p: Hit): boolean {
  const next = view.tokens[p.to];
  if (!next || sentenceOf(view, p.to) !== sentenceOf(view, p.from) || !/^ +$/.test(view.text.slice(view.tokens[p.to - 1]!.end, next.start))) return false;
  if (MILD_TARGETS.test(next.norm) || /^\p{Lu}\p{Ll}/u.test(view.text.slice(next.start, next.end))) return false;
  if (/^(?:que|qu|good|fine|well|right|near|sure|proud|bon|bonne|beau|belle|fier|fiere|content|contente)$/.test(next.norm)) return true;
  const prev = view.tokens[p.from - 1];
  return prev !== undefined && /^(?:my|the|this|that|your|his|her|our|their|ma|mon|mes|la|le|les|ce|cette|ces|sa|son|ta|ton)$/.test(prev.norm);
}
