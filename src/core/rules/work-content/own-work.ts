import type { Hit } from "../../matcher.js";
import { defineRule } from "../../rule.js";
import { partitionPoint } from "../../sorted.js";

/** A person named with a title ("Mr. Patel", "M. Tremblay"): beside a client's file, it identifies the client. */
const TITLED_NAME = /\b(?:(?:Mr|Mrs|Ms|Mx|Mme|Mlle)\.?|M\.)\s+\p{Lu}[\p{L}'-]+/u;

/** Posts about one's current work must be authorized, factual and public. */
export default defineRule({
  id: "work-content/own-work",
  category: "work-content",
  level: "risky",
  guidance: ["tbs.work.authorized", "tbs.work.factual-public", "tbs.question.work-content"],
  alsoCites: ["statcan.respectful.privacy"],
  description: { en: "Posts about your current work, files or clients, without authorization.", fr: "Publications sur votre travail actuel, vos dossiers ou vos clients, sans autorisation." },
  messages: {
    client: {
      en: "“{text}” gives details of a client's file. Never post information about the people you serve, even without their name in full.",
      fr: "« {text} » donne des détails du dossier d'un client. Ne publiez jamais d'information sur les personnes que vous servez, même sans leur nom complet.",
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
    for (const w of hits.get("own-work")) {
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

/** The index of the first hit of a list in text order that starts at or after token `from` (the list's length if none). */
function firstAtOrAfter(list: readonly Hit[], from: number): number {
  return partitionPoint(list, (h) => h.from < from);
}
