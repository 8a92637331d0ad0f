import type { Hit } from "../../matcher.js";
import type { TextView } from "../../normalize.js";
import { defineRule, sameSentence } from "../../rule.js";
import { releaseOf } from "../../structure/release.js";
import { byToken, negated } from "../util.js";

/** "TOP SECRET lol jk": a marking taken back as a joke in the same breath. */
const TAKEN_BACK = /\b(?:jk|j\/k|just kidding|kidding|je blague|je niaise|je rigole|c'est une blague|pour rire|not really)\b/;
/** An embargo is the release schedule: named without what it holds, it discloses nothing ("under embargo until 8:30"). */
const EMBARGO = /embargo/;

/** A level that is also an ordinary word counts written as a marking (SECRET, Protected B) or beside what it classifies. */
function writtenAsMarking(view: TextView, level: Hit, objects: readonly Hit[]): boolean {
  const written = view.text.slice(level.span[0], level.span[1]);
  // Capitals mark a level only in text that is not shouted all in capitals.
  const around = view.text.slice(Math.max(0, level.span[0] - 30), level.span[1] + 30);
  if (!/\p{Ll}/u.test(written) && /\p{Ll}/u.test(around)) return true;
  if (/\s\p{Lu}$/u.test(written)) return true;
  // Only an object right after or right before the level counts: those are looked up by token, not walked.
  let index = objectsByToken.get(objects);
  if (!index) objectsByToken.set(objects, (index = { from: byToken(objects), to: byToken(objects, "to") }));
  const beside = [...(index.from.get(level.to) ?? []), ...(index.to.get(level.from) ?? [])];
  return beside.some((o) => sameSentence(view, o, level));
}

const objectsByToken = new WeakMap<readonly Hit[], { from: Map<number, Hit[]>; to: Map<number, Hit[]> }>();

/** Security markings and cabinet confidences say, by themselves, that the content is not for the public. */
export default defineRule({
  id: "confidential/security-marking",
  category: "confidential",
  level: "inappropriate",
  guidance: ["csps.dont.overshare", "tbs.work.factual-public"],
  description: { en: "Security markings (Protected B, Secret), cabinet confidences, internal-only material, embargoes.", fr: "Cotes de sécurité (Protégé B, Secret), documents confidentiels du Cabinet, documents à usage interne, embargos." },
  messages: {
    marking: {
      en: "“{text}” marks information that is not for the public. Disclosing sensitive or protected information, even by accident, has consequences.",
      fr: "« {text} » désigne de l'information qui n'est pas destinée au public. Divulguer de l'information sensible ou protégée, même par accident, a des conséquences.",
    },
  },
  lexicons: ["security-marking", "security-level", "classified-object"],
  requires: ["security-marking", "security-level"],
  examples: {
    valid: [
      { text: "Protected bike lanes are finally coming to my street!", lang: "en" },
      { text: "The secret to good bread is a long, cold rise.", lang: "en", note: "an ordinary word, not a marking" },
    ],
    invalid: [
      { text: "Here's a peek at the Protected B deck for tomorrow's meeting.", lang: "en" },
      { text: "J'ai vu le mémoire au Cabinet, ça va brasser.", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    const objects = hits.get("classified-object");
    const levels = hits.get("security-level").filter((h) => writtenAsMarking(view, h, objects));
    // "Never post Protected B documents" is advice about markings, not a disclosure.
    if (TAKEN_BACK.test(view.folded)) return;
    const scheduleOnly = releaseOf(view).content === undefined;
    const m = [...hits.get("security-marking"), ...levels]
      .filter((h) => !negated(view, h) && !(scheduleOnly && EMBARGO.test(h.term.toLowerCase())))
      .sort((a, b) => a.from - b.from || b.to - a.to)[0];
    if (m) report("marking", { span: m.span, data: { text: view.text.slice(m.span[0], m.span[1]) } });
  },
});
