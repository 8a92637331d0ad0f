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

/** Complaints about how people at work behave: said of one's boss or colleagues, they are venting (TBS). */
export const workplaceGrievance: Lexicon = {
  id: "workplace-grievance",
  lang: "any",
  source: "TBS (avoid posts that could harm workplace relations or be critical of your colleagues), written for Impartial",
  terms: [
    "takes credit", "took credit", "steals credit", "micromanage*", "lazy", "slacker", "slackers", "never listens", "never listen",
    "loves the sound of", "throws us under the bus", "threw me under the bus", "threw us under the bus", "plays favourites", "plays favorites",
    "playing favourites", "playing favorites", "backstabber", "backstabbers", "backstabbing", "toxic", "power trip", "power-tripping",
    "doing all the work", "do all the work", "can't stand", "drives me crazy", "driving me crazy", "drives me nuts",
    "paresseux", "paresseuse", "paresseuses", "fainéant*", "microgestion", "microgère", "s'approprie", "prend tout le crédit", "prend le crédit",
    "toxique", "n'écoute jamais", "écoute jamais", "me rend fou", "me rend folle", "chu pu capable", "je suis plus capable",
    "fait jamais rien", "adore s'entendre parler", "aime s'entendre parler", "fait toute la job", "fais toute la job", "fais tout le travail", "c'est toujours moi qui fais tout",
  ],
};
