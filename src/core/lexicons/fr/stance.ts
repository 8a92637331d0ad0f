/*
 * Mots qui jugent, en français (y compris le français québécois et le joual). Écrits pour Impartial, plus courts qu'un
 * lexique publié à dessein : FEEL (Abdaoui et al., 2017) est une traduction de NRC EmoLex, réservé à la recherche non
 * commerciale, et sa page ne donne aucune licence de redistribution; il ne peut donc pas être repris dans un projet MIT.
 * Ce sont les jugements que les publications portent sur les gouvernements, leurs chefs, les décisions et les collègues.
 */

/** Blâme : une cible ainsi décrite est critiquée. */
export const FR_BLAME: readonly string[] = [
  "décevant", "décevante", "décevants", "déçu", "déçue", "déçus", "déception", "nul", "nulle", "nuls", "n'importe quoi", "honte", "honteux",
  "honteuse", "une honte", "ridicule", "ridicules", "pathétique", "catastrophe", "catastrophique", "désastre", "désastreux", "incompétent",
  "incompétente", "incompétents", "incompétence", "clown", "clowns", "cirque", "cave", "caves", "tata", "tatas", "épais", "niaiseux",
  "niaiseuse", "imbécile", "imbéciles", "idiot", "idiote", "idiots", "menteur", "menteuse", "menteurs", "mensonge", "mensonges", "corrompu",
  "corrompus", "corruption", "croche", "croches", "crosseur", "crosseurs", "voleur", "voleurs", "vole", "volent", "nous vole", "sabote",
  "sabotent", "saboter", "sabotage", "criminel", "criminelle", "scandale", "scandaleux", "farce", "gâchis", "fiasco", "raté", "ratée",
  "rate", "échec", "inacceptable", "révoltant", "révoltante", "dégueulasse", "dégoûtant", "tyran", "dictateur", "paresseux", "fainéant",
  "fainéants", "incapable", "incapables", "rien compris", "comprend rien", "comprennent rien", "démissionner", "démissionne", "démission",
  "typique", "comme d'hab", "comme d'habitude", "encore une fois", "pire", "le pire", "insultant", "insulte", "tanné", "tannée", "tannés",
  "écœuré", "écoeuré", "écœurés", "écoeurés", "j'endure pus", "j'endure plus", "folies", "folie", "aucun sens", "pas de bon sens",
  "aucun bon sens", "mépris", "méprisant", "méprisante", "dangereux", "dangereuse", "déconnecté", "déconnectée", "déconnectés", "parti pris",
  "doit revoir", "devrait revoir", "doit reculer", "devrait reculer", "mauvais", "mauvaise", "mal pensé", "mal conçu", "mal géré",
  "mauvaise gestion", "gaspillage", "gaspille", "dilapide", "crie", "chiale", "bordel", "foutoir", "marde", "merde",
  "de la marde", "poubelle", "fraude", "arnaque", "propagande", "pantin", "fasciste", "fascistes", "mensonger", "trahison", "trahi",
  "injuste", "absurde", "aberrant", "aberrante", "pitoyable", "lamentable", "minable", "rire de nous", "rit de nous", "se moque de nous",
  "nous prend pour des caves", "voyons donc", "ben voyons", "bof", "pfff", "pff", "ouf", "sans consulter", "attendu depuis longtemps", "depuis le temps", "il était temps", "pas trop tôt", "en tabarnak contre", "en tabarnouche contre", "en maudit contre", "en calvaire contre", "en câlisse contre", "en crisse contre", "fâché contre", "fâchée contre", "en colère contre", 
];

/** Éloge : dit d'un gouvernement ou de ses dirigeants, c'est encore le commenter (SCT : risqué). */
export const FR_PRAISE: readonly string[] = [
  "bravo", "merci", "excellent", "excellente", "super", "génial", "géniale", "magnifique", "fier", "fière", "fiers", "impressionnant",
  "impressionnante", "inspirant", "inspirante", "émouvant", "touchant", "historique", "bon coup", "beau travail", "bien joué", "chapeau",
  "enfin", "meilleur", "meilleure", "courageux", "courageuse", "reconnaissant", "reconnaissante",
];

/** Ce qui retourne l'éloge en son contraire dans la même phrase : « merci la haute gestion 🙃 », « bravo encore ». */
export const FR_IRONY: readonly string[] = [
  "encore un", "encore une", "comme d'hab", "comme d'habitude", "comme toujours", "bon ben", "merci pour rien", "bravo encore",
  "encore bravo", "toujours aussi",
];

/** Praise that is blame wherever it stands ("love how they…", « merci pour rien »). */
export const FR_SARCASM: readonly string[] = [
  "merci pour rien", "bravo encore", "encore bravo", "on applaudit", "quel génie", "quelle surprise", "ben voyons donc",
];
