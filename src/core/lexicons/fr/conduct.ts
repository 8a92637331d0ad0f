import type { Lexicon } from "../../matcher.js";

/** Promotion rémunérée et vente. */
export const sponsorship: Lexicon = {
  id: "sponsorship",
  lang: "fr",
  source: "SCT (monétiser les médias sociaux : commandites ; conflits d'intérêts) et Directive sur les conflits d'intérêts, rédigé pour Impartial",
  terms: [
    "#pub", "#publicité", "#commandité", "#partenariat", "#partenariatpayé", "#collaboration", "#partenaire", "#cadeau",
    "#offert", "#affiliation", "#commanditaire", "code promo", "code de réduction", "code rabais", "mon code", "utilisez mon code",
    "utilisez le code", "avec mon code", "lien affilié", "lien d'affiliation", "lien dans ma bio", "lien dans la bio", "en collaboration avec",
    "partenariat rémunéré", "partenariat payé", "commandité par", "commanditée par", "rabais", "de rabais", "ma boutique",
    "ma boutique en ligne", "magasinez", "commandez maintenant", "achetez maintenant", "livraison gratuite", "#concours",
    "participez au concours", "grand concours", "ambassadrice de la marque", "ambassadeur de la marque", "fière ambassadrice",
    "fier ambassadeur", "je suis ambassadrice", "je suis ambassadeur", "écrivez-moi pour commander", "en MP pour commander",
  ],
};

/** Une entreprise ou un travail rémunéré à soi. */
export const sideBusiness: Lexicon = {
  id: "side-business",
  lang: "fr",
  source: "SCT (autre emploi ou activités hors de la fonction publique, entreprise personnelle, blogueur ou influenceur), rédigé pour Impartial",
  terms: [
    "ma compagnie", "mon entreprise", "ma business", "ma petite entreprise", "mon entreprise de consultation", "ma firme",
    "ma firme de consultation", "mes services", "j'offre", "j'offre mes services", "je vous aide", "je peux vous aider", "je peux t'aider",
    "contactez-moi pour", "écrivez-moi pour", "engagez-moi", "consultation gratuite", "prenez rendez-vous", "mes tarifs", "mon tarif", "tarif horaire",
    "moyennant des frais", "pour un petit montant", "frais minimes", "je facture", "mes clients", "trucs d'initié", "trucs d'initiée",
    "conseils d'initié", "de l'intérieur", "je connais le système", "je connais les rouages", "je sais comment ça marche",
    "approbation garantie", "résultat garanti", "garanti à 100 %", "traitement accéléré", "accélérer votre dossier", "accélérer votre demande",
    "faire approuver", "préparation d'impôts", "je peux le réviser", "je peux la réviser", "je peux les réviser", "au noir",
  ],
};

/** Services des ministères : une entreprise personnelle qui les offre tire profit de sa charge publique. */
export const departmentService: Lexicon = {
  id: "department-service",
  lang: "fr",
  source: "mandats des organisations fédérales (titres d'usage du Programme de coordination de l'image de marque), rédigé pour Impartial",
  terms: [
    "impôt", "impôts", "déclaration de revenus", "déclarations de revenus", "rapport d'impôt", "rapports d'impôt", "vérification fiscale",
    "TPS", "TVH", "TVQ", "prestations", "ACE", "allocation canadienne pour enfants", "allocations familiales", "remboursement",
    "remboursement d'impôt", "immigration", "visa", "visas", "résidence permanente", "demande de RP", "citoyenneté", "permis de travail",
    "permis d'études", "Entrée express", "assurance-emploi", "AE", "chômage", "pension", "pensions", "RPC", "RRQ",
    "SV", "Sécurité de la vieillesse", "SRG", "passeport", "passeports", "NAS", "sondage", "sondages", "enquête", "enquêtes", "recensement",
    "données", "statistiques", "subvention", "subventions", "contrats", "approvisionnement", "financement", "permis", "licence",
  ],
};

/** Affirmations reconnues fausses : les répandre, c'est diffuser de fausses informations. */
export const conspiracy: Lexicon = {
  id: "conspiracy",
  lang: "fr",
  source: "SCT (diffuser de fausses informations est inapproprié), EFPC TRN5-A01 sur la mésinformation ; affirmations réfutées par les vérificateurs de faits (Décrypteurs, AFP Factuel), rédigé pour Impartial",
  terms: [
    "puce de traçage", "puces de traçage", "micropuces dans les vaccins", "puce dans le vaccin",
    "puces dans les vaccins", "plandémie", "scamdémie", "chemtrails", "chemtrail", "épandages chimiques", "traînées chimiques",
    "la 5G cause", "la 5G propage", "5G propage", "5G cause", "la terre est plate", "terre plate", "platiste", "la grande réinitialisation",
    "grande réinitialisation", "great reset", "nouvel ordre mondial", "agenda de dépopulation", "plan de dépopulation", "élection volée", "élections volées",
    "élection truquée", "élections truquées", "ont été truquées", "a été truquée", "a été volée", "ont été volées", "fraude électorale massive", "acteurs de crise",
    "acteur de crise", "faux drapeau", "les vaccins causent l'autisme", "vaccins causent l'autisme", "le vaccin cause l'autisme",
    "les vaccins contiennent", "vaccins contiennent", "la covid n'existe pas", "le covid n'existe pas", "covid n'existe pas",
    "la covid est un canular", "canular", "un canular", "le gouvernement l'a avoué", "le gouvernement a avoué", "ils l'ont avoué",
    "reptiliens", "QAnon", "adrénochrome", "alunissage truqué", "jamais marché sur la lune", "vaccin magnétique", "vaccins magnétiques",
    "modifie votre ADN", "modifie l'ADN", "oxyde de graphène dans les vaccins", "nanorobots dans les vaccins", "l'ivermectine guérit", "l'eau de javel guérit",
    "arnaque climatique", "canular climatique", "mensonge climatique", "turbo cancer", "vaccinés meurent subitement",
    "villes de 15 minutes sont des prisons", "dictature sanitaire", "génocide vaccinal",
    "le vaccin tue", "les vaccins tuent", "réveillez-vous les moutons",
  ],
};

/** Pression pour partager vite et méfiance envers les sources : les marques de la mésinformation. */
export const misinformationCue: Lexicon = {
  id: "misinformation-cue",
  lang: "fr",
  source: "EFPC (vérifier ses sources pour éviter la mésinformation et la désinformation), SCT (la source est-elle fiable?), rédigé pour Impartial",
  terms: [
    "partagez avant que ce soit supprimé", "partagez avant qu'ils suppriment", "partagez avant que ce soit censuré", "avant que ce soit supprimé",
    "avant que ce soit censuré", "avant qu'ils effacent", "avant qu'ils suppriment", "avant que ça disparaisse", "avant que ce soit retiré",
    "ils ne veulent pas que vous sachiez", "ils veulent pas que vous sachiez", "ce qu'ils ne veulent pas que vous sachiez",
    "les médias ne vous diront pas", "les médias vous le diront pas", "ce que les médias ne disent pas", "les médias cachent",
    "les médias de masse", "médias de masse", "merdias", "médias mainstream", "réveillez-vous", "réveille-toi", "faites vos propres recherches",
    "faites vos recherches", "fais tes recherches", "ils nous cachent", "on nous cache", "on nous ment", "ils nous mentent",
    "la vérité qu'ils cachent", "les études qu'ils cachent", "vidéo censurée", "vidéo choc", "preuve à 100 %", "100 % prouvé",
    "partagez partout", "partagez massivement", "faites circuler", "à partager massivement", "non confirmé", "pas sûr que c'est vrai", "pas sûre que c'est vrai",
  ],
};

/** Messages en chaîne, appâts et promotion de masse. */
export const spamCue: Lexicon = {
  id: "spam-cue",
  lang: "fr",
  source: "EFPC (ne pas perturber ni mettre en danger les appareils et réseaux du GC par du pollupostage), EDSC (hameçonnage, escroqueries et canulars par courriel), rédigé pour Impartial",
  terms: [
    "cliquez ici", "clique ici", "cliquez sur le lien", "cliquez sur ce lien", "gagnez un", "gagnez une", "gagner un iPhone",
    "iPhone gratuit", "vous avez gagné", "réclamez votre prix", "réclamez votre cadeau", "transférez ce message",
    "transférez à", "transfère à 10", "partagez à 10 amis", "partage à 10 amis", "envoyez à 10", "envoyez à tous vos contacts",
    "envoie à tous tes contacts", "copier-coller", "copiez-collez", "copie-colle", "abonnez-vous à ma chaîne", "abonne-toi à ma chaîne",
    "argent facile", "devenez riche", "devenir riche rapidement", "revenu passif", "travaillez de la maison", "gagnez de l'argent",
    "semaine de la maison", "par jour de la maison", "offre limitée", "offre d'une durée limitée", "100 % gratuit", "doublez votre argent", "bitcoin gratuit",
    "ans de malchance", "sinon malchance", "info en MP", "écrivez-moi en privé", "visitez mon profil", "regardez mon profil",
    "abonné pour abonné",
  ],
};
