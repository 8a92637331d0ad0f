import type { Hit } from "../../matcher.js";
import { sentenceOf, type TextView } from "../../normalize.js";
import { defineRule } from "../../rule.js";
import { partitionPoint } from "../../sorted.js";

/** A person named with a title ("Mr. Patel", "M. Tremblay"): beside a client's file, it identifies the client. */
const TITLED_NAME = /\b(?:(?:Mr|Mrs|Ms|Mx|Mme|Mlle)\.?|M\.)\s+\p{Lu}[\p{L}'-]+/u;

/** Phrases that place one at work without saying who: they count only with the writer in the sentence ("vivent un conflit au travail" is other people's). */
const PLACE_ONLY = /^(?:at work|au travail|at the office|au bureau)$/i;
const FIRST_PERSON = new Set(["i", "im", "i'm", "my", "me", "we", "our", "us", "je", "j", "mon", "ma", "mes", "moi", "nous", "notre", "nos", "on"]);
/** The post says what it shares is public ("it's the public Departmental Plan from canada.ca"): factual and public is what the guidance asks. */
const SAID_PUBLIC = /\b(?:public|publicly available|publique|accessible au public|deja publie)\b/;
const NOT_PUBLIC = /\b(?:not|isn't|pas|pas encore|not yet|non)\s+(?:yet\s+)?(?:public|publique)\b/;

/** Posts about one's current work must be authorized, factual and public. */
export default defineRule({
  id: "work-content/own-work",
  category: "work-content",
  level: "risky",
  guidance: ["tbs.work.authorized", "tbs.work.factual-public", "tbs.question.work-content"],
  alsoCites: ["statcan.respectful.privacy"],
  description: { en: "Posts about your current work, files or clients, without authorization.", fr: "Publications sur votre travail actuel, vos dossiers ou votre clientèle, sans autorisation." },
  messages: {
    client: {
      en: "“{text}” gives details of a client's file. Never post information about the people you serve, even without their name in full.",
      fr: "« {text} » donne des détails du dossier d'une personne que vous servez. Ne publiez jamais d'information sur les personnes que vous servez, même sans leur nom complet.",
    },
    work: {
      en: "“{text}” is about your current work. If a post is specifically about your current work, make sure it is authorized, factual and public.",
      fr: "« {text} » porte sur votre travail actuel. Si une publication porte précisément sur votre travail actuel, assurez-vous qu'elle est autorisée, factuelle et publique.",
    },
  },
  lexicons: ["own-work", "work-object", "department-service", "gc-org"],
  requires: ["own-work"],
  examples: {
    valid: [
      { text: "I'm working on a new quilt pattern this winter.", lang: "en" },
      { text: "I'm working on the new benefits regulation; the consultation is open to all at canada.ca.", context: { authorized: true }, lang: "en" },
    ],
    invalid: [
      { text: "I'm working on the new benefits regulation and it's going to change a lot for seniors.", lang: "en" },
      { text: "Je travaille sur le dossier d'un client qui a vraiment tout essayé pour frauder.", lang: "fr" },
    ],
  },
  check({ view, hits, context, report }) {
    const objects = hits.get("work-object");
    const government = [...hits.get("department-service"), ...hits.get("gc-org")];
    if (SAID_PUBLIC.test(view.folded) && !NOT_PUBLIC.test(view.folded)) return;
    for (const w of hits.get("own-work")) {
      // "Mon dossier Service Canada", capitalised inside a sentence, is the name of a service, not one's own file.
      const written = view.text.slice(w.span[0], w.span[1]);
      if (/^\p{Lu}/u.test(written) && w.from > 0 && /^mon dossier$/i.test(written) && view.text.slice(Math.max(0, w.span[0] - 2), w.span[0]).trim() !== ".") continue;
      if (PLACE_ONLY.test(w.term) && !sentenceHasWriter(view, w.from)) continue;
      // Objects are in text order: the first at or after the phrase, if it is near enough, is the one.
      const obj = objects[firstAtOrAfter(objects, w.from)];
      if (obj && obj.from - w.to > 6) continue;
      if (!obj) continue;
      // "my clients" alone could be a bakery's: inside the phrase itself, the object needs a government service in the post.
      if (obj.to <= w.to && government.length === 0) continue;
      const span: [number, number] = [w.span[0], obj.span[1]];
      // No authorization covers a named client's file.
      const named = government.length > 0 ? TITLED_NAME.exec(view.text) : null;
      if (named) {
        const whole: [number, number] = [Math.min(span[0], named.index), Math.max(span[1], named.index + named[0].length)];
        report("client", { span: whole, level: "inappropriate", data: { text: view.text.slice(whole[0], whole[1]) }, guidance: ["statcan.respectful.privacy"] });
        return;
      }
      if (context.authorized) return;
      report("work", { span, data: { text: view.text.slice(span[0], span[1]) } });
      return;
    }
  },
});

/** Whether the sentence of token `i` has the writer in it (I, my, je, mon, on, nous). */
function sentenceHasWriter(view: TextView, i: number): boolean {
  const s = sentenceOf(view, i);
  const end = view.sentenceStarts[s + 1] ?? view.tokens.length;
  // A sentence is read once for the one phrase that asks: bounded by the sentence, not the text.
  for (let k = view.sentenceStarts[s]!; k < end; k++) if (FIRST_PERSON.has(view.tokens[k]!.norm)) return true;
  return false;
}

/** The index of the first hit of a list in text order that starts at or after token `from` (the list's length if none). */
function firstAtOrAfter(list: readonly Hit[], from: number): number {
  return partitionPoint(list, (h) => h.from < from);
}
