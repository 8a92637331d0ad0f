/*
 * Participer à une campagne, en français, à tous les ordres de gouvernement : les activités que nomme l'orientation de
 * la CFP sur les activités politiques (bénévolat, sollicitation, collecte de fonds, investiture, candidature) et les mots
 * des campagnes au Canada et au Québec (porte-à-porte, pointage, pancartes, bulletin de présentation). Écrits pour Impartial.
 */

/** Travail propre aux campagnes. */
export const FR_CAMPAIGN_WORK: readonly string[] = [
  "porte-à-porte", "porte à porte", "du porte-à-porte", "cogner aux portes", "cogné aux portes", "frapper aux portes", "frappé aux portes",
  "appeler des électeurs", "appelé des électeurs", "appels aux électeurs", "appels aux électrices", "appels électoraux", "pointage",
  "faire du pointage", "pancarte", "pancartes", "pancarte électorale", "pancartes électorales", "affiches électorales", "poser des pancartes",
  "posé des pancartes", "représentant de candidat", "représentante de candidat", "représentant du candidat", "bulletin de présentation",
  "signatures pour la candidature", "mise en candidature", "faire sortir le vote", "sortir le vote", "local de campagne", "local électoral",
  "équipe de campagne", "directeur de campagne", "directrice de campagne", "organisateur de campagne", "organisatrice de campagne",
  "bénévole de campagne", "bénévoles de campagne", "bénévoles de la campagne", "bénévole pour la campagne", "ma campagne", "notre campagne",
  "lancement de campagne", "dépliants électoraux",
];

/** Aide que reçoit toute cause : politique seulement près d'un parti, d'un candidat, d'une charge ou d'une élection. */
export const FR_SUPPORT_WORK: readonly string[] = [
  "bénévole", "bénévoles", "bénévolat", "du bénévolat", "faire un don", "fait un don", "don", "dons", "donner", "donné", "contribuer",
  "contribution", "collecte de fonds", "levée de fonds", "souper-bénéfice", "souper bénéfice", "cocktail de financement", "financement",
  "affiches", "dépliants", "signatures", "rejoignez", "joignez-vous", "aider", "aidé", "militer", "milite", "militant", "militante",
  "militants", "faire campagne", "fait campagne", "travailler pour", "rassemblement", "appels", "appeler", "appelé",
];

/** Se porter candidat : la CFP exige une permission avant de briguer une investiture ou de se porter candidat. */
export const FR_CANDIDACY: readonly string[] = [
  "je me présente", "je me presente", "me présenter", "me porter candidat", "me porter candidate", "ma candidature", "course à l'investiture",
  "l'investiture", "briguer", "je brigue", "se présenter aux élections", "me lancer en politique", "je me lance",
];

/** Appels à chasser quelqu'un par le vote. */
export const FR_VOTE_OUT: readonly string[] = [
  "votez contre", "votons contre", "votez-les dehors", "mettre dehors", "mettons-les dehors", "mettez-les dehors", "sortons-les", "dehors les",
  "on les sort", "faut les sortir", "débarquer",
];

/** Ce qui rend l'aide politique : une élection, une charge, une candidature, un parti. */
export const FR_ELECTION_ANCHOR: readonly string[] = [
  "élection", "élections", "électorale", "électoral", "partielle", "candidat", "candidate", "candidats", "candidature", "circonscription",
  "comté", "district", "maire", "mairesse", "mairie", "conseil municipal", "conseiller municipal", "conseillère municipale", 
  "commission scolaire", "commissaire scolaire", "centre de services scolaire", "député", "députée", "investiture",
  "électeurs", "électrices", "scrutin", "vote", "voter", "bureau de vote", "réélection", "réélire", "campagne", "campagnes",
];
