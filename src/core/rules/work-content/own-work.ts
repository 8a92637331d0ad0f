import { defineRule } from "../../rule.js";

/** Posts about one's current work must be authorized, factual and public. */
export default defineRule({
  id: "work-content/own-work",
  category: "work-content",
  level: "risky",
  guidance: ["tbs.work.authorized", "tbs.work.factual-public", "tbs.question.work-content"],
  description: { en: "Posts about your current work, files or clients, without authorization.", fr: "Publications sur votre travail actuel, vos dossiers ou vos clients, sans autorisation." },
  messages: {
    work: {
      en: "“{text}” is about your current work. If a post is specifically about your current work, make sure it is authorized, factual and public.",
      fr: "« {text} » porte sur votre travail actuel. Si une publication porte précisément sur votre travail actuel, assurez-vous qu'elle est autorisée, factuelle et publique.",
    },
  },
  lexicons: ["own-work", "work-object"],
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
    if (context.authorized) return;
    const objects = hits.get("work-object");
    for (const w of hits.get("own-work")) {
      const obj = objects.find((o) => o.from >= w.from && o.from - w.to <= 6);
      if (!obj) continue;
      const span: [number, number] = [w.span[0], obj.span[1]];
      report("work", { span, data: { text: view.text.slice(span[0], span[1]) } });
      return;
    }
  },
});
