import type { Lexicon } from "../../matcher.js";

const SOURCE = "EFPC (renseignements sensibles, protégés, non destinés au public), SCT (seulement l'information accessible au public), StatCan 2.6 (confidentialité), rédigé pour Impartial";

/** Cotes de sécurité et documents confidentiels du Cabinet : leur seule présence dit que le contenu n'est pas public. */
export const securityMarking: Lexicon = {
  id: "security-marking",
  lang: "fr",
  source: SOURCE,
  terms: [
    "cote protégé a", "cote protégé b", "cote protégé c", "document protégé b", "renseignements protégés b", "secret défense",
    "document classifié", "documents classifiés", "information classifiée", "renseignements classifiés", "confidence du Cabinet", "confidences du Cabinet",
    "document confidentiel du Cabinet", "mémoire au Cabinet", "présentation au Conseil du Trésor", "présentation au CT", "document du Cabinet",
    "documents du Cabinet", "usage interne seulement", "pour usage interne seulement", "pour usage interne", "à usage interne",
    "usage interne", "interne seulement", "ne pas diffuser", "ne pas distribuer", "ne pas partager", "diffusion interdite",
    "ne pas transférer", "diffusion restreinte", "pas pour diffusion", "non destiné à la diffusion", "sous embargo", "embargo jusqu'à",
    "levée de l'embargo", "l'embargo sera levé", "l'embargo est levé", "avant la levée de l'embargo", "fin de l'embargo",
    "conseil au ministre", "avis au ministre", "breffage ministériel", "note pour la période des questions", "note de période de questions",
    "cahier de période de questions", "cahier de breffage",
  ],
};

/**
 * Cotes qui sont aussi des mots ordinaires (« le secret de la recette », « protégé à vie ») : la règle ne les compte qu'écrites
 * comme une cote (SECRET, Protégé B) ou à côté de ce qu'elles classent (un breffage secret).
 */
export const securityLevel: Lexicon = {
  id: "security-level",
  lang: "fr",
  source: SOURCE,
  terms: [
    "protégé a", "protégé b", "protégé c", "protégée a", "protégée b", "protégée c", "protégés b", "secret", "secrète", "très secret",
    "classifié", "classifiée", "classifiés", "classifiées", "confidentiel", "confidentielle", "confidentiels", "confidentielles",
  ],
};

/** Ce qu'une cote classe : « breffage secret », « documents classifiés », « de niveau Secret ». */
export const classifiedObject: Lexicon = {
  id: "classified-object",
  lang: "fr",
  source: SOURCE,
  terms: [
    "breffage", "breffages", "note", "notes", "mémo", "mémos", "document", "documents", "doc", "docs", "deck", "dossier", "dossiers",
    "fichier", "fichiers", "rapport", "rapports", "information", "informations", "renseignements", "info", "infos", "matériel", "niveau",
    "cote", "diapos", "diapositives", "présentation", "annexe", "câble", "évaluation", "courriel", "courriels", "pièce jointe",
  ],
};

/** Documents et renseignements internes par nature. */
export const internalDoc: Lexicon = {
  id: "internal-doc",
  lang: "fr",
  source: SOURCE,
  terms: [
    "ébauche", "l'ébauche", "une ébauche", "ébauche de rapport", "version préliminaire", "projet de rapport", "rapport préliminaire",
    "version provisoire", "version de travail", "document de travail", "rapport de vérification préliminaire", "projet de politique",
    "projet de budget", "note d'information", "note de breffage", "notes de breffage", "note de service", "note de service interne",
    "note interne", "breffage", "le breffage", "breffage interne", "document interne", "documents internes", "courriel interne",
    "rapport interne", "données internes", "chiffres internes", "présentation interne", "le deck", "fuite de documents", "fuite d'information", "document qui a fuité",
    "note qui a fuité", "documents coulés", "note coulée", "capture d'écran du", "capture d'écran de la",
    "captures d'écran", "procès-verbal", "compte rendu de la réunion", "notes de réunion", "non publié", "non publiée", "pas encore publié",
    "annonce à venir", "prochaine annonce", "compressions à venir", "mises à pied à venir", "coupures à venir", "liste des postes abolis",
    "note de décision", "GCdocs", "GCpédia", "GCconnex", "SharePoint",
  ],
};

/** Tournures qui disent que l'information n'est pas encore publique. */
export const notPublic: Lexicon = {
  id: "not-public",
  lang: "fr",
  source: SOURCE,
  terms: [
    "pas encore public", "pas encore publique", "n'est pas encore public", "pas public", "non public", "pas encore annoncé",
    "pas encore annoncée", "n'a pas encore été annoncé", "pas été annoncé", "avant l'annonce", "avant l'annonce officielle",
    "avant que ce soit annoncé", "avant que ce soit public", "avant la publication", "avant sa publication", "avant la diffusion",
    "pas encore sorti", "pas encore lancé", "pas encore lancée", "pas encore rendu public", "qui a fuité", "qui ont fuité", "a fuité dans les médias", "coulé aux médias",
    "a coulé dans les médias", "j'ai vu le deck", "j'ai vu la note", "j'ai vu la liste", "j'ai vu les chiffres", "j'ai vu le breffage",
    "j'ai vu le document", "vu dans le breffage", "vu dans la note", "vu dans le deck", "lu dans le breffage",
    "lu dans la note", "entre nous", "entre vous et moi",
    "tu l'as pas entendu de moi", "tu ne l'as pas entendu de moi", "vous l'avez pas entendu de moi", "vous ne l'avez pas entendu de moi",
    "ça reste entre nous", "dites-le à personne", "le dites à personne", "dis-le à personne", "garde ça pour toi", "gardez ça pour vous",
    "motus et bouche cousue", "info d'initié", "infos d'initié", "information privilégiée", "je devrais pas dire ça",
    "je ne devrais pas dire ça", "j'ai pas le droit de le dire", "je peux pas trop en dire", "je ne peux pas trop en dire",
    "je peux rien dire", "je peux pas en dire plus", "je devrais pas partager", "je devrais pas publier ça", "officieusement",
    "confidentiel", "confidentielle", "confidentiels", "confidentiellement",
  ],
};

/** Indices plus faibles d'une information non publique ; ils ne comptent qu'à côté d'un document ou d'un renseignement de travail. */
export const hush: Lexicon = {
  id: "hush",
  lang: "fr",
  source: SOURCE,
  terms: [
    "petit aperçu", "aperçu", "avant-goût", "divulgâcheur", "alerte divulgâcheur", "en primeur", "primeur", "exclusif", "exclusivité",
    "secret", "en secret", "secrètement", "à huis clos", "huis clos", "en coulisses", "dans les coulisses", "premier coup d'œil",
    "petit indice", "je dis ça, je dis rien", "je dis ça de même", "voici le", "voici la", "voici les", "ci-joint",
    "en pièce jointe", "capture d'écran ci-dessous", "captures d'écran ci-dessous", "voir ci-dessous", "je partage le", "je publie le",
    "lisez vous-mêmes",
  ],
};

/** Authentifiants : mots de passe, codes et clés. */
export const credential: Lexicon = {
  id: "credential",
  lang: "fr",
  source: "Ligne directrice sur l'utilisation acceptable des appareils et des réseaux du GC (protéger ses authentifiants), rédigé pour Impartial",
  terms: [
    "mot de passe", "mots de passe", "mdp", "NIP", "mon nip", "ton nip", "son nip", "le nip", "code nip", "code d'accès", "codes d'accès",
    "identifiant", "identifiants", "nom d'utilisateur", "code de vérification", "code de sécurité", "code de la porte", "code de porte",
    "code d'alarme", "code du système d'alarme", "clé d'API", "clé API", "jeton", "jeton d'accès", "code d'authentification", "RPV",
    "VPN", "mot de passe du wifi", "mot de passe wifi", "code wifi", "carte d'accès",
  ],
};

/** Ce que Statistique Canada diffuse selon un calendrier : y faire allusion avant la diffusion rompt le serment de confidentialité. */
export const statData: Lexicon = {
  id: "stat-data",
  lang: "fr",
  source: "calendrier de diffusion de Statistique Canada (Le Quotidien) et StatCan 2.6 (confidentialité), rédigé pour Impartial",
  terms: [
    "taux de chômage", "chômage", "l'emploi", "chiffres de l'emploi", "chiffres sur l'emploi", "données sur l'emploi", "création d'emplois",
    "pertes d'emplois", "marché du travail", "EPA", "Enquête sur la population active", "IPC", "indice des prix à la consommation",
    "inflation", "taux d'inflation", "PIB", "produit intérieur brut", "recensement", "résultats du recensement", "les chiffres", "chiffres",
    "les données", "données", "les stats", "stats", "statistiques", "le Quotidien", "Quotidien de Statistique Canada", "diffusion",
    "publication", "résultats", "estimations", "estimations démographiques", "mises en chantier", "ventes au détail", "commerce de détail",
    "balance commerciale", "salaires", "rémunération", "résultats du sondage", "résultats de l'enquête",
  ],
};

/** Mots qui situent une chose dans l'avenir : avec des données à diffuser, ils laissent deviner ce qui n'est pas publié. */
export const foreknowledge: Lexicon = {
  id: "foreknowledge",
  lang: "fr",
  source: "StatCan 2.6 (confidentialité) et pratique des embargos de diffusion, rédigé pour Impartial",
  terms: [
    "vont surprendre", "va choquer", "vont choquer", "pire que ce que les gens pensent", "mieux que ce que les gens pensent",
    "demain", "vendredi", "lundi", "mardi", "mercredi", "jeudi", "la semaine prochaine", "le mois prochain", "cette semaine", "vont être",
    "va être", "seront", "sera", "à venir", "s'en vient", "s'en viennent", "va sortir", "vont sortir", "sort demain", "va montrer",
    "vont montrer", "croyez-moi", "crois-moi", "fiez-vous à moi", "fie-toi à moi", "attendez de voir", "attendez voir", "attends de voir",
    "vous allez voir", "tu vas voir", "préparez-vous", "prépare-toi", "attachez vos tuques", "accrochez-vous", "restez à l'affût",
    "ça va brasser", "mauvaises nouvelles", "bonnes nouvelles", "va en surprendre", "vont en surprendre", "va surprendre",
    "avant la diffusion", "alerte divulgâcheur", "8 h 30", "8h30",
  ],
};

/** Dire qu'on en sait plus qu'on peut en dire : une prétention d'information privilégiée. */
export const insiderCue: Lexicon = {
  id: "insider-cue",
  lang: "fr",
  source: "CSPS et SCT (ne publier que de l'information publique), écrit pour Impartial",
  terms: ["je peux pas trop en dire", "je ne peux pas trop en dire", "je peux pas en dire plus", "sans trop en dire", "tout ce que je peux dire", "disons seulement que", "j'en ai trop dit", "pas de divulgâcheur mais"],
};

/** Annoncer un changement avant son annonce. */
export const comingChange: Lexicon = {
  id: "coming-change",
  lang: "fr",
  source: "CSPS et SCT (ne publier que de l'information publique), écrit pour Impartial",
  terms: ["on s'apprête à changer", "nous allons changer", "on va changer", "gros changement à venir", "gros changements à venir", "des changements s'en viennent", "ça s'en vient", "on s'apprête à"],
};
