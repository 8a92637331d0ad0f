import type { Lexicon } from "../../matcher.js";

const SOURCE = "Guide de la CFP sur les activités politiques (appuyer ou combattre un parti ou un candidat) et vocabulaire des campagnes au Canada et au Québec, rédigé pour Impartial";

/** Appels à agir pour un parti ou un candidat : le côté campagne de l'activité politique. */
export const campaignCall: Lexicon = {
  id: "campaign-call",
  lang: "fr",
  source: SOURCE,
  terms: [
    "votez", "votez pour", "vote pour", "voter pour", "votons", "votons pour", "on vote", "je vote", "allez voter pour", "fier de voter",
    "fière de voter", "élisez", "réélisez", "élire", "réélire", "faites un don", "faites un don à", "un don", "donnez", "donnez à",
    "donnez généreusement", "contribuez", "contribuez à", "chaque dollar compte", "bénévole", "bénévoles", "bénévolat", "porte-à-porte",
    "faire du porte-à-porte", "pancarte", "pancartes", "dépliants", "distribuer des dépliants", "pointage", "sortir le vote",
    "faire sortir le vote", "rassemblement", "grand rassemblement", "souper-bénéfice", "cocktail-bénéfice",
    "collecte de fonds", "levée de fonds", "investiture", "assemblée d'investiture", "course à l'investiture", "carte de membre",
    "cartes de membre", "prenez votre carte", "devenez membre", "adhérez", "adhésion", "joignez-vous", "joignez-vous à nous", "joins-toi",
    "rejoignez", "rejoins", "rejoins le mouvement", "rejoignez le mouvement", "appuyez", "appuyer", "j'appuie", "on appuie", "nous appuyons",
    "soutenez", "soutenir", "je soutiens", "militer", "je milite", "militant", "militante", "militants", "campagne", "campagne électorale",
    "en campagne", "bureau de campagne", "on y va", "let's go", "go", "gagner", "gagnons", "on va gagner", "victoire", "majoritaire",
    "gouvernement majoritaire", "une majorité", "signez la pétition", "signez", "on les sort", "mettons-les dehors", "sortons-les",
    "battre", "faut les battre", "envoyer un message",
  ],
};

/** Matériel et locaux du gouvernement : une activité politique qui s'en sert est inappropriée. */
export const governmentResource: Lexicon = {
  id: "government-resource",
  lang: "fr",
  source: "CFP (aucune activité politique dans les locaux du gouvernement ni avec ses ressources, y compris les appareils mobiles), rédigé pour Impartial",
  terms: [
    "imprimante du bureau", "imprimante du travail", "imprimante du ministère", "photocopieuse du bureau", "photocopieur du bureau",
    "fournitures de bureau", "véhicule du gouvernement", "véhicule du ministère", "véhicule de fonction", "voiture de fonction",
    "auto du gouvernement", "char du gouvernement", "véhicule de la flotte", "cell du travail", "cellulaire du travail",
    "BlackBerry du travail", "mon courriel du GC", "courriel du GC", "courriel ministériel", "courriel du gouvernement",
    "adresse courriel du gouvernement", "locaux du ministère", "locaux du gouvernement", "cafétéria du ministère", "cafétéria du bureau",
    "Place du Portage", "Terrasses de la Chaudière", "pré Tunney", "Tunney's Pasture", "édifice Jean-Talon", "colline du Parlement",
  ],
};

/** Jugements favorables : avec un parti ou un chef, ils rendent le texte partisan. */
export const stancePositive: Lexicon = {
  id: "stance-positive",
  lang: "fr",
  source: SOURCE,
  terms: [
    "d'accord", "tellement vrai", "exactement", "il nous faut", "c'est ce qu'il nous faut", "le chef qu'il nous faut",
    "meilleur", "meilleure", "meilleurs", "le meilleur", "la meilleure", "meilleur plan", "le bon plan", "le bon choix", "seul choix crédible",
    "le seul choix", "seule option", "la seule option", "le seul parti", "le seul qui", "la seule qui", "les seuls", "les seules", "crédible",
    "bravo", "bravo à", "bravo au", "chapeau", "fier de", "fière de", "fiers de", "fier", "fière", "enfin quelqu'un", "enfin un chef",
    "enfin une cheffe", "enfin un", "merci à", "merci au", "mérite", "mérite de gagner", "mérite un autre mandat", "doit gagner",
    "va gagner", "vont gagner", "vrai plan", "un vrai plan", "solide", "vraiment solide", "chef fort", "espoir", "confiance",
    "appui", "j'adore", "adore", "j'aime", "extraordinaire", "incroyable", "génial", "excellent", "excellente", "brillant", "formidable",
    "parle vrai", "dit la vérité", "défend", "défend vraiment", "défend nos intérêts", "remettre de l'ordre", "la voie à suivre", "vive",
    "oui au pays", "jusqu'au bout", "on est derrière", "pour l'avenir", "intelligent",
    "bon travail", "beau travail", "bien joué", "impressionnant", "hâte de", "j'ai hâte", "vivement",
  ],
};

/** Jugements défavorables : avec un gouvernement, un chef, une politique ou une organisation, ils rendent le texte critique. */
export const negative: Lexicon = {
  id: "negative",
  lang: "fr",
  source: "Guide du SCT (critiquer son organisation, le GC ou tout gouvernement) et mots courants de désapprobation en français du Québec et du Canada, rédigé pour Impartial",
  terms: [
    "pétition", "signez la pétition", "renverser la décision", "revenir sur sa décision", "annuler la décision", "non aux compressions", "sauvons",
    "nul", "nulle", "nuls", "nulles", "incompétent*", "incompétence", "incapable*", "inutile*", "catastroph*", "désastre*", "honte", "une honte",
    "honte à", "honte nationale", "honteux", "honteuse", "scandale", "scandaleux", "scandaleuse", "ridicule", "ridicules", "absurde",
    "absurdes", "complètement raté", "c'est raté", "un raté", "ont raté", "a complètement raté", "raté total", "échec", "un échec",
    "a échoué", "ont échoué", "échoue", "gaspill*", "corrompu*", "corruption", "menteu*", "mensonge*", "ment", "doit démissionner",
    "devrait démissionner", "démissionnez", "démission", "démissionne", "pire", "le pire", "la pire", "n'importe quoi", "n'importe comment",
    "une farce", "une blague", "c'est une blague", "une vraie blague", "pathétique", "déconnecté*", "à côté de la track",
    "à côté de la plaque", "lamentable", "inacceptable", "inadmissible", "intolérable", "aberrant*", "mauvaise décision", "mauvaise idée",
    "mauvaise gestion", "mal géré", "mal gérée", "gère mal", "gèrent mal", "saccag*", "ne sait pas ce qu'il fait", "ne sait pas ce qu'elle fait",
    "sait pas ce qu'il fait", "sait pas ce qu'elle fait", "sait pas c'qu'il fait", "ne savent pas ce qu'ils font", "savent pas ce qu'ils font",
    "comprend rien", "comprennent rien", "aucune idée", "n'a aucune idée", "ça n'a pas de bon sens", "ça a pas de bon sens",
    "ça a pas d'bon sens", "pas de bon sens", "aucun bon sens", "c'est rendu ridicule", "rendu ridicule", "découragé*", "décourageant",
    "tanné", "tannée", "tannés", "tannées", "écœurant", "écœuré", "écœurée", "écœurés", "écœurement", "irresponsable*", "incompréhensible",
    "stupide*", "idiot", "idiote", "débile", "minable", "pitoyable", "navrant", "affligeant", "déplorable", "épouvantable", "horrible",
    "atroce", "gâchis", "fiasco", "un cirque", "mascarade", "des clowns", "bouffons", "guignols", "trahison", "trahi", "nous trahit",
    "hypocrite*", "arrogant*", "méprisant*", "mépris", "lâches", "lâcheté", "c'est du vol", "notre argent", "gaspille notre argent",
    "sabrer", "sabre dans", "coupe dans", "couper dans", "coupures", "compressions", "détruit", "détruire", "détruisent", "ruine", "ruinent",
    "à la poubelle", "de la marde", "pourri", "pourrie", "pourris", "tout croche", "croche", "crosseurs", "bandits", "voleurs", "menteurs",
    "j'en peux plus", "j'en peux pus", "ras-le-bol", "en a marre", "marre", "c'est assez", "ça suffit", "doit partir",
    "doivent partir", "une erreur", "grave erreur", "grosse erreur", "erreurs", "coupable", "négligen*", "insensé", "insensée", "délirant",
    "de la folie", "dictature", "dictateur", "propagande", "hors de contrôle", "un non-sens", "révoltant", "choquant", "dégoûtant",
    "dégoûté", "décevant", "déçu", "déçue", "une déception", "nous trompe", "une arnaque", "arnaque", "injuste", "injustice",
    "mauvaise foi", "aucune vision", "un recul", "ça marche pas", "fonctionne pas", "ne fonctionne pas", "inefficace", "inefficaces",
    "se mêler de ses affaires", "aurait dû démissionner", "un clown", "une fraude", "déconcertant", "on est tannés", "chu tanné", "chu tannée", "s'en fout", "s'en fiche", "s'en câlisse", "je hais", "paresseux", "paresseuse", "paresseuses",
  ],
};
