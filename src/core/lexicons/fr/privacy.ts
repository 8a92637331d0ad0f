import type { Lexicon } from "../../matcher.js";

const SOURCE = "StatCan 2.4 (protéger la vie privée d'autrui ; aucune photo ni information sur les autres sans leur consentement explicite), EFPC (permission pour les photos d'équipe), rédigé pour Impartial";

/** Diffuser des images d'autres personnes ou les identifier. */
export const tagging: Lexicon = {
  id: "tagging",
  lang: "fr",
  source: SOURCE,
  terms: [
    "regardez cette", "regardez ce", "regardez ces", "check ben ça", "capture d'écran de la conversation", "capture d'écran du groupe",
    "identifié", "identifiée", "identifiées", "je vous ai identifiés", "vous ai tous identifiés", "les ai identifiés", "tous identifiés", "tagué", "taguée",
    "tagués", "taggé", "taggée", "taggés", "taguer", "tagger", "photo de", "photos de", "une photo de", "photo du", "photos du", "photo des",
    "photos des", "vidéo de", "vidéos de", "vidéo du", "vidéo des", "selfie avec", "égoportrait avec", "photo de groupe", "photo d'équipe",
    "photo de l'équipe", "capture d'écran de", "pris en photo", "prise en photo", "pris sur le fait", "filmé", "filmée", "j'ai filmé",
    "je l'ai filmé", "je l'ai pris en photo",
  ],
};

/** D'autres personnes, sujets de photos, d'identifications et de renseignements personnels ; aussi collègues et supérieurs. */
export const people: Lexicon = {
  id: "people",
  lang: "fr",
  source: SOURCE,
  terms: [
    "vous ai tous", "vous ai toutes", "je vous ai",
    "vous tous", "vous autres", "tout le monde", "mes collègues", "mon collègue", "ma collègue", "collègues", "collègue", "les collègues",
    "mon équipe", "l'équipe", "notre équipe", "équipe", "le bureau", "notre bureau", "le personnel", "les employés", "employés", "clients",
    "client", "cliente", "clientes", "les enfants", "les élèves", "étudiants", "patients", "patientes", "voisin", "voisine", "voisins",
    "mon voisin", "ma voisine", "mon patron", "ma patronne", "mon boss", "ma boss", "mon gestionnaire", "ma gestionnaire", "mon superviseur",
    "ma superviseure", "ma superviseuse", "mon directeur", "ma directrice", "notre directeur", "notre directrice", "mon chef", "ma cheffe",
    "ma chef", "mon gérant", "ma gérante", "des inconnus", "inconnus", "les gens", "cette madame", "cette dame", "ce monsieur", "ce gars",
    "cette femme", "cet homme", "mon chum", "ma blonde",
  ],
};

/** Consentement donné : « avec leur permission », « ils ont accepté ». */
export const consent: Lexicon = {
  id: "consent",
  lang: "fr",
  source: SOURCE,
  terms: [
    "avec leur permission", "avec la permission de", "avec sa permission", "avec la permission de tout le monde", "avec leur accord",
    "avec son accord", "avec leur consentement", "avec son consentement", "consentement", "ils ont accepté", "elles ont accepté",
    "tout le monde a accepté", "ont donné leur accord", "permission", "autorisation", "avec autorisation", "avec leur autorisation",
    "approuvé", "approuvée", "consenti", "consentante", "partagé avec permission",
  ],
};

/** Lancer d'autres personnes sur quelqu'un : où il habite, ou un appel à s'en prendre à lui. Avec ses coordonnées, c'est de la divulgation malveillante. */
export const doxxing: Lexicon = {
  id: "doxxing",
  lang: "fr",
  source: SOURCE,
  terms: [
    "adresse personnelle", "adresse du domicile", "l'adresse de", "son adresse", "leur adresse", "habite au", "habite sur",
    "reste sur la rue", "demeure au", "où il habite", "où elle habite", "où ils habitent", "où il reste", "où elle reste", "allez cogner chez",
    "cognez chez", "rendez-lui visite", "allez lui rendre visite", "présentez-vous chez", "plaque d'immatriculation", "numéro de plaque",
    "sa plaque", "son char", "son auto", "sa voiture", "dites-lui ce que vous pensez", "dites-leur ce que vous pensez",
    "dis-y ta façon de penser", "dites-y votre façon de penser", "inondez sa boîte", "bombardez-le", "bombardez-la", "allez lui dire",
    "faites-lui payer", "faites-le payer", "faites-la payer", "appelez-le pour lui dire", "appelez-la pour lui dire",
    "appelez-les pour leur dire", "écrivez-lui pour lui dire", "porte débarrée", "porte déverrouillée", "laisse sa porte ouverte",
  ],
};

/** Dire que des coordonnées sont celles de quelqu'un d'autre : les diffuser demande son consentement. */
export const otherContact: Lexicon = {
  id: "other-contact",
  lang: "fr",
  source: SOURCE,
  terms: [
    "son numéro", "son numéro de téléphone", "leur numéro", "son cell", "son cellulaire", "son téléphone", "le cell de",
    "le numéro de cell de", "numéro de téléphone de", "numéro personnel", "cell perso", "courriel perso", "courriel personnel",
    "son courriel", "son courriel perso", "son adresse courriel", "appelez-le", "appelez-la", "appelez-les", "appelle-le", "appelle-la",
    "textez-le", "textez-la", "écrivez-lui", "envoyez-lui un courriel", "son gmail", "son hotmail", "son numéro perso", "son cell perso",
    "numéro de maison", "son numéro de maison",
  ],
};

/** Les coordonnées de la personne elle-même, qu'elle est libre de donner. */
export const selfContact: Lexicon = {
  id: "self-contact",
  lang: "fr",
  source: SOURCE,
  terms: [
    "mon numéro", "mon cell", "mon cellulaire", "mon courriel", "mon adresse", "joignez-moi", "rejoignez-moi", "écrivez-moi", "écris-moi",
    "contactez-moi", "appelez-moi", "textez-moi", "texte-moi", "envoyez-moi", "pour me joindre", "me joindre", "en privé", "ma ligne directe",
    "mon numéro de bureau", "envoyez votre CV", "envoyez vos CV", "envoyez-moi votre CV", "postulez", "postuler", "candidatures",
  ],
};

/** Pièces et numéros d'identité. */
export const identityNumber: Lexicon = {
  id: "identity-number",
  lang: "fr",
  source: "Loi sur la protection des renseignements personnels (numéros d'identification), rédigé pour Impartial",
  terms: [
    "NAS", "son NAS", "mon NAS", "le NAS de", "numéro d'assurance sociale", "carte soleil",
    "carte d'assurance maladie", "numéro d'assurance maladie", "numéro de carte soleil", "RAMQ",
    "carte santé", "numéro de passeport", "permis de conduire", "numéro de permis", "date de naissance", "DDN", "CIDP",
    "numéro d'employé",
  ],
};
