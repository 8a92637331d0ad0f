import type { Lexicon } from "../../matcher.js";

/**
 * Ce que vise la critique : son organisation, le GC, tout gouvernement, ses chefs et ses politiques.
 * « Ottawa » n'y est que dans des tournures où la ville désigne le gouvernement.
 */
export const govTarget: Lexicon = {
  id: "gov-target",
  lang: "fr",
  source: "Guide du SCT : critiquer les décisions de son organisation, le GC ou tout gouvernement et ses dirigeants, rédigé pour Impartial",
  terms: [
    "gouvernement", "gouvernements", "le gouv", "gouv", "le fédéral", "les fédéraux", "fédéral", "Ottawa impose", "Ottawa décide",
    "Ottawa a décidé", "Ottawa veut", "Ottawa refuse", "Ottawa coupe", "Ottawa doit", "Ottawa nous", "les cibles d'Ottawa", "Québec impose",
    "Québec a décidé", "l'État", "bureaucrates", "ministre", "ministres", "le ministre", "la ministre", "premier ministre", "première ministre",
    "le PM", "PM", "cabinet", "conseil des ministres", "parlement", "le parlement", "Chambre des communes", "les communes", "le Sénat",
    "sénat", "sénateurs", "Assemblée nationale", "politiciens", "politicien", "politicienne", "politiciennes", "les politiciens", "nos élus",
    "les élus", "maire", "mairesse", "le maire", "la mairesse", "conseil municipal", "conseiller municipal", "conseillère municipale",
    "conseillers municipaux", "président", "sous-ministre", "sous-ministre adjoint", "sous-ministre adjointe", "SM", "SMA", "mon SM",
    "mon SMA", "DG", "mon DG", "ma DG",
    "mon ministère", "mon organisation", "mon employeur", "mon agence", "notre ministère", "notre organisation", "notre agence",
    "notre employeur", "le ministère", "l'agence", "l'employeur", "la haute direction", "la direction", "notre direction", "la haute gestion",
    "la gestion", "gestion", "les gestionnaires", "les cadres", "cadres supérieurs", "les dirigeants",
    "politique", "politiques", "la politique", "cette politique", "nouvelle politique", "la nouvelle politique", "la directive", "directive",
    "le budget", "budget", "compressions budgétaires", "les compressions", "compressions", "les coupures", "coupures", "les coupes",
    "le mandat", "mandat", "le retour au bureau", "retour au bureau", "retour en présentiel", "le présentiel", "trois jours au bureau",
    "Phoenix", "Phénix", "système de paye", "système de paie", "le système de paye", "la paye", "le programme", "programme", "programmes",
    "le règlement", "règlement", "règlements", "réglementation", "la loi", "loi", "lois", "projet de loi", "le projet de loi", "la taxe carbone",
    "taxe carbone", "taxe", "taxes", "impôts", "le système", "le nouveau système", "la réforme", "réforme", "décision", "décisions",
    "la décision", "leur plan", "stratégie", "Conseil du Trésor", "le Conseil du Trésor", "fonction publique", "la fonction publique",
    "réaménagement des effectifs", "mises à pied", "abolitions de postes", "postes abolis", "gel d'embauche", "gel des embauches",
    "dotation", "le syndicat", "syndicat", "la réorganisation", "réorganisation", "restructuration", "télétravail", "la politique de télétravail",
    "cibles d'immigration", "seuils d'immigration", "le président", "questionnaire long du recensement", "le questionnaire long",
    "recensement long",
  ],
};

/** Éloges : dits d'un gouvernement ou de ses dirigeants, ils commentent tout de même (SCT : risqué). */
export const praise: Lexicon = {
  id: "praise",
  lang: "fr",
  source: "Guide du SCT (commenter notre gouvernement ou celui d'une autre administration, ou leurs dirigeants, est risqué), rédigé pour Impartial",
  terms: [
    "bon travail", "beau travail", "excellent travail", "du bon travail", "fait du bon travail", "fait un excellent travail", "bien joué",
    "bravo", "chapeau", "félicitations", "fier de", "fière de", "fiers de", "meilleur", "meilleure", "brillant", "brillante",
    "extraordinaire", "incroyable", "excellent", "excellente", "impressionnant", "impressionnante", "leadership fort", "beau leadership",
    "bien géré", "bien gérée", "bonne gestion", "à la hauteur", "merci", "merci à", "merci au", "j'adore", "génial",
  ],
};

/** Le mépris sans mot de jugement : en réponse à une annonce, il se lit comme une critique. */
export const sarcasm: Lexicon = {
  id: "sarcasm",
  lang: "fr",
  source: "sarcasme courant dans les réponses, écrit pour Impartial",
  terms: ["ouais c'est ça", "c'est ça oui", "mon œil", "bonne chance", "on verra bien", "j'y croirai quand je le verrai", "quelle farce", "mdr", "lol", "encore une fois", "quelle surprise", "évidemment", "comme d'habitude", "ça arrivera jamais", "pantoute"],
};
