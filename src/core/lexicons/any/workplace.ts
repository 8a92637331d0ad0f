import type { Lexicon } from "../../matcher.js";

/** The people one works with, in English and French: venting about them harms workplace relations (TBS). */
export const colleague: Lexicon = {
  id: "colleague",
  lang: "any",
  source: "TBS (avoid posts that could harm workplace relations or be critical of your colleagues), written for Impartial",
  terms: [
    "my boss", "my manager", "my supervisor", "my director", "my director general", "my dg", "my team lead", "my team leader", "my executive",
    "my colleague", "my colleagues", "my coworker", "my coworkers", "my co-worker", "my co-workers", "my team", "my unit", "my branch",
    "my division", "my section", "my adm", "my dm", "our manager", "our boss", "our director", "our team lead", "the new manager", "the new director",
    "our management", "my management", "management here", "people in my unit", "people on my team", "the people i work with", "my office mate",
    "mon patron", "ma patronne", "mon boss", "mon gestionnaire", "ma gestionnaire", "mon superviseur", "ma superviseure", "ma superviseuse",
    "mon directeur", "ma directrice", "mon chef", "ma cheffe", "ma chef", "mon chef d'équipe", "ma chef d'équipe", "mes collègues", "mon collègue",
    "ma collègue", "mon équipe", "mon unité", "ma direction", "ma division", "ma section", "mon sous-ministre", "notre gestionnaire",
    "notre directeur", "notre directrice", "notre patron", "la nouvelle gestionnaire", "le nouveau gestionnaire", "le monde de mon équipe",
    "les gens de mon équipe", "ma boss",
  ],
};
