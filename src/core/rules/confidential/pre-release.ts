import type { Span } from "../../model.js";
import { defineRule } from "../../rule.js";
import { alreadyOut, releaseOf, reportsContent } from "../../structure/release.js";

/**
 * Something of work not public yet: giving away what it holds is disclosing non-public information; only hinting at it
 * (🤫, "DM me for the inside scoop") is risky. Read from the release structure (tense of release verbs, "not yet",
 * embargoes) and the work it is about.
 */
export default defineRule({
  id: "confidential/pre-release",
  category: "confidential",
  level: "inappropriate",
  guidance: ["tbs.work.factual-public", "csps.dont.overshare", "hrsdc.risk.disclosure"],
  description: {
    en: "Details of work not yet released or announced (figures, drafts, speaking notes), and hints at them.",
    fr: "Détails de travaux pas encore diffusés ou annoncés (chiffres, ébauches, notes d'allocution), et allusions à ceux-ci.",
  },
  messages: {
    disclosure: {
      en: "“{text}” gives away what is not public yet. Disclosing non-public information is inappropriate: wait until it is released, then share the public source.",
      fr: "« {text} » dévoile ce qui n'est pas encore public. Divulguer de l'information non publique est inapproprié : attendez la diffusion, puis partagez la source publique.",
    },
    hint: {
      en: "“{text}” hints at work information that is not public yet. Only post information that is already public.",
      fr: "« {text} » fait allusion à de l'information de travail qui n'est pas encore publique. Ne publiez que de l'information déjà publique.",
    },
  },
  lexicons: ["work-object", "gc-org", "stat-data", "internal-doc", "classified-object"],
  examples: {
    valid: [
      { text: "My cousin's album comes out tomorrow, 12 songs, go listen!", lang: "en", note: "not work" },
      { text: "The annual report was released last week: 40% more clients served. Proud of the team!", lang: "en", note: "already public" },
      { text: "Le rapport annuel sera déposé la semaine prochaine, j'ai hâte que vous le lisiez!", lang: "fr", note: "a date, nothing of what it holds" },
    ],
    invalid: [
      { text: "The housing announcement is tomorrow, I've got the speaking notes, DM me for a preview", lang: "en" },
      { text: "The budget comes out next week and it has 15% cuts to our program 😬", lang: "en" },
      { text: "Les chiffres du chômage de vendredi : ça dépasse 8 %, vous l'avez lu ici en premier", lang: "fr" },
      { text: "La politique sera annoncée lundi, préparez-vous 🤫", lang: "fr", note: "a hint: risky" },
    ],
  },
  check({ view, hits, report }) {
    const r = releaseOf(view);
    const about = [...hits.get("internal-doc"), ...hits.get("stat-data"), ...hits.get("work-object"), ...hits.get("gc-org"), ...hits.get("classified-object")][0];
    if (!about) return;
    const text = (s: Span) => view.text.slice(s[0], s[1]);
    const cover = (a: Span, b: Span): Span => [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
    const ahead = r.pending ?? r.embargo;
    // Said to be out already, and nothing said to be still to come: it is public.
    if (!ahead && r.released) return;
    if (ahead && r.content) {
      const span = cover(ahead, r.content);
      report("disclosure", { span, data: { text: text(span) } });
      return;
    }
    // A preview offered with its parts ("sneak peek … slides 4-9 have the cost scenarios").
    if (r.inside && r.content) {
      const span = cover(r.inside, r.content);
      report("disclosure", { span, data: { text: text(span) } });
      return;
    }
    // What a draft or an internal memo says is its content.
    const internal = hits.get("internal-doc")[0];
    if (internal && reportsContent(view) && !r.released && !alreadyOut(view)) {
      report("disclosure", { span: internal.span, data: { text: text(internal.span) } });
      return;
    }
    const nudge = r.inside ?? (ahead ? r.hint : undefined);
    if (nudge) {
      const span = ahead ? cover(ahead, nudge) : cover(about.span, nudge);
      report("hint", { span, level: "risky", data: { text: text(span) } });
    }
  },
});
