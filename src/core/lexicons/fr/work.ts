import type { Lexicon } from "../../matcher.js";

const SOURCE = "SCT (s'en tenir aux faits en parlant de son travail ; le contenu sur son travail doit être autorisé) et RHDCC (peser ses mots), rédigé pour Impartial";

/** Dire ce que l'on fait au travail. */
export const ownWork: Lexicon = {
  id: "own-work",
  lang: "fr",
  source: SOURCE,
  terms: [
    "je réponds à vos questions sur", "je réponds à vos questions au sujet", "posez-moi vos questions sur",
    "client au comptoir", "cliente au comptoir",
    "je travaille sur", "j'travaille sur", "on travaille sur", "nous travaillons sur", "mon équipe travaille sur", "notre équipe travaille sur",
    "je bosse sur", "au travail aujourd'hui", "au travail", "à la job", "au boulot", "à l'ouvrage", "en réunion", "réunion aujourd'hui",
    "la réunion de ce matin", "en rencontre", "mon dossier", "mes dossiers", "le dossier que je", "ma charge de travail", "un client",
    "une cliente", "mes clients", "mes clientes", "un de mes clients", "une de mes clientes", "au comptoir", "je rédige", "je prépare",
    "je développe", "je traite", "journée à traiter", "on nous a dit", "la direction nous a dit", "mon directeur nous a dit",
    "ma directrice nous a dit", "mon gestionnaire nous a dit", "ma gestionnaire nous a dit", "on a appris aujourd'hui",
    "au bureau aujourd'hui", "notre projet", "mon projet", "la note que je", "le mémoire que je", "ma job",
  ],
};

/** Choses du travail dont on ne devrait parler que si elles sont publiques et qu'on y est autorisé. */
export const workObject: Lexicon = {
  id: "work-object",
  lang: "fr",
  source: SOURCE,
  terms: [
    "recensement", "dénombrement", "sondage", "questionnaire",
    "politique", "programme", "règlement", "règlements", "loi", "projet de loi", "note de service", "note de breffage", "note d'information", "note au ministre", "mémoire", "présentation",
    "dossier", "dossiers", "client", "clients", "cliente", "vérification", "vérifications", "audit", "rapport", "système", "demande",
    "demandes", "enquête", "contrat", "contrats", "approvisionnement", "budget", "chiffres", "financement", "restructuration",
    "réorganisation", "réorg", "mises à pied", "compressions", "coupures", "décision", "annonce", "ministre", "modèle", "outil", "dette", "trop-payé",
    "réclamation", "prestations",
  ],
};

/** Temps de travail et matériel du gouvernement. */
export const workTime: Lexicon = {
  id: "work-time",
  lang: "fr",
  source: "CFP (aucune activité politique pendant les heures de travail ni avec les ressources du gouvernement, y compris les appareils mobiles) et StatCan 2.7, rédigé pour Impartial",
  terms: [
    "téléphone du travail", "téléphone de travail", "cell du bureau", "cell de la job", "cell du travail", "cellulaire du travail",
    "cellulaire de travail", "ordi du bureau", "ordi de la job", "ordi du travail", "ordinateur du travail", "ordinateur de travail",
    "ordinateur du bureau", "portable du travail", "portable de travail", "portable du bureau", "laptop du bureau", "appareil du gouvernement",
    "téléphone du gouvernement", "ordinateur du gouvernement", "réseau du ministère", "réseau du gouvernement", "réseau du bureau",
    "wifi du bureau", "pendant les heures de travail", "sur les heures de travail", "sur les heures de bureau", "pendant les heures de bureau",
    "sur mes heures de travail", "sur le temps de l'employeur", "sur le temps du gouvernement", "au bureau", "de mon bureau", "à mon bureau",
    "à mon poste", "de mon poste", "courriel du travail", "courriel de travail", "courriel du bureau", "pendant que je travaille",
  ],
};
