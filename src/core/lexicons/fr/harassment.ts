import type { Lexicon } from "../../matcher.js";
import { THREAT_CUES } from "../../structure/threat.js";

const SOURCE = "Guides du SCT et de l'EFPC (intimidation, harcèlement, discrimination, haine, menaces, diffamation : jamais acceptables), rédigé pour Impartial";

/**
 * Le sacre suivi de « de » et d'un nom de personne qualifie cette personne : « esti de cave », « crisse de menteur ». Tournure
 * décrite par l'Office québécois de la langue française (Banque de dépannage linguistique, « sacres ») ; les noms sont ceux
 * qui, seuls, sont trop ordinaires pour la liste (cave, épais, innocent, menteur).
 */
const SACRES = ["esti", "ostie", "osti", "hostie", "crisse", "criss", "tabarnak", "tabarnac", "câlisse", "câlice", "ciboire", "calvaire", "maudit", "maudite"];
const SACRE_NOUNS = ["cave", "caves", "épais", "épaisse", "innocent", "innocente", "menteur", "menteuse", "twit", "niaiseux", "niaiseuse", "con", "conne", "crosseur", "crosseuse", "chien", "chienne", "sans-dessein", "malade", "fou", "folle", "mongol", "trou de cul", "vache", "porc", "rat", "clown", "incompétent", "incompétente", "voleur", "voleuse", "lâche", "bâtard", "fif", "tapette"];

/**
 * Insultes envers une personne, en français standard et québécois ; visant quelqu'un, elles sont du harcèlement.
 * Les mots qui ont aussi un sens ordinaire (cave, colon, épais, lâche, nul) n'y sont que dans des tournures d'insulte.
 */
export const insult: Lexicon = {
  id: "insult",
  lang: "fr",
  source: SOURCE,
  maskable: true,
  terms: [
    "niaiseux", "niaiseuse", "niaiseuses", "nono", "nonos", "nounoune", "gnochon", "gnochons", "tarla", "tarlas", "twit", "twits",
    "sans-dessein", "téteux", "téteuse", "pissou", "crosseur", "crosseuse", "mangeux de marde", "mange de la marde",
    "mange d'la marde", "mange un char de marde", "grosse torche", "gros épais", "grosse épaisse", "maudit épais", "maudite épaisse",
    "bande d'épais", "gang d'épais", "espèce d'épais", "un épais", "t'es épais", "t'es épaisse", "t'es un cave", "t'es une cave", "un cave",
    "le cave", "gros cave", "maudit cave", "espèce de cave", "bande de caves", "gang de caves", "gros colon", "maudit colon", "espèce de colon",
    "t'es colon", "t'es un colon", "bande de colons", "mongol", "mongole", "mongols", "mongoles", "mongolien", "mongolienne", "un attardé",
    "une attardée", "cet attardé", "cette attardée", "ces attardés", "des attardés", "les attardés", "espèce d'attardé", "gros attardé",
    "grosse attardée", "sale attardé", "t'es attardé", "bande d'attardés", "gang d'attardés", "attardé mental", "attardée mentale",
    "attardés mentaux", "espèce d'arriéré", "gros arriéré", "bande d'arriérés", "taré", "tarée", "tarés", "un demeuré",
    "une demeurée", "débile", "débiles", "débile mental", "crétin", "crétine", "crétins", "un con", "ce con", "le con", "quel con", "des cons", "les cons",
    "ces cons", "t'es con", "tu es con", "conne", "connes", "gros con", "grosse conne", "pauvre con", "pauvre conne", "sale con", "sale conne",
    "bande de cons", "espèce de con", "connard", "connards", "connasse", "connasses",
    "conasse", "salaud", "salauds", "salopard", "salope", "salopes", "pute", "putes", "enculé", "enculée", "enculés", "enfoiré", "enfoirée",
    "enfoirés", "trou de cul", "trou d'cul", "trou du cul", "face de cul", "lèche-cul", "lèche-bottes", "ordure", "une ordure", "raclure",
    "pourriture", "un déchet", "espèce de déchet", "minable", "minables", "abruti", "abrutie", "abrutis", "imbécile", "imbéciles", "idiot",
    "idiote", "idiots", "idiotes", "pauvre type", "pauvre fille", "pauvre imbécile", "pauvre idiot", "tocard", "bouffon", "bouffonne", "guignol",
    "loser", "sale loser", "gros raté", "une ratée", "t'es nul", "t'es nulle", "gros nul", "grosse nulle",
    "bande de nuls", "incompétent", "incompétente", "incompétents", "incompétentes", "t'es inutile", "bon à rien", "bonne à rien", "bons à rien",
    "moins que rien", "gros lâche", "un lâche", "espèce de lâche", "bande de lâches", "gros paresseux", "grosse paresseuse", "grosse vache",
    "vieille vache", "grosse truie", "gros porc", "sale porc", "vieux porc", "gros cochon", "sale cochon", "gros lard", "grosse dinde",
    "espèce de rat", "sale rat", "laide", "laideron", "fils de pute", "fdp", "fils de chienne", "enfant de chienne", "bâtard", "bâtards",
    "pétasse", "pouffiasse", "grognasse", "garce", "sale traînée", "espèce de traînée", "guidoune", "guedoune", "plotte", "maudite chienne", "grosse chienne",
    "sale chienne", "un dégénéré", "espèce de dégénéré", "sale dégénéré", "dégénérés", "psychopathe", "malade mental", "malade mentale", "cinglé", "cinglée", "cinglés",
    "gros tas", "tête à claques", "tête de nœud", "face de rat", "sous-merde", "une merde", "tas de merde", "morceau de merde", "sac à merde", "vermine",
    "parasite", "parasites", "sous-humain", "sale merde", "va te faire foutre", "va te faire enculer", "va chier", "va donc chier",
    "nique ta mère", "mange donc de la marde", "va jouer dans le trafic", "ferme ta gueule", "ta gueule", "ftg",
    "attardé mentaux", "une attardé",
    // Le sacre qualifiant un nom (« un esti de cave », « ce crisse de menteur ») : la tournure d'insulte du français québécois.
    ...SACRES.flatMap((sacre) => SACRE_NOUNS.map((noun) => `${sacre} de ${noun}`)),
  ],
};

/** Menaces pour la sécurité d'une personne. Les figures de style (« à mourir de rire », « cette chaleur me tue ») n'y sont pas. */
export const threat: Lexicon = {
  id: "threat",
  lang: "fr",
  source: SOURCE,
  terms: [
    "te tuer", "vous tuer", "le tuer", "la tuer", "les tuer", "tous les tuer", "crève sale", "crève donc", "crève en enfer", "crevez",
    "va crever", "qu'il crève", "qu'elle crève", "qu'ils crèvent", "que tu crèves", "j'espère que tu meurs", "j'espère que tu meures",
    "j'espère qu'il meure", "j'espère qu'elle meure", "j'espère qu'ils meurent", "mort aux", "à mort les", "mérite de mourir",
    "méritent de mourir", "mérite la mort", "méritent la mort", "devrait mourir", "devraient mourir", "devrait crever", "brûle en enfer",
    "va brûler en enfer", "je sais où tu habites", "je sais où t'habites", "je sais où tu restes", "je sais où tu vis",
    "je sais où tu travailles", "on sait où tu habites", "on sait où tu restes", "te casser la gueule", "lui casser la gueule",
    "leur casser la gueule", "te casser la face", "lui casser la face", "te péter la gueule", "lui péter la gueule", "te péter la face",
    "lui péter la face", "te péter la yeule", "je vais te défoncer", "vais te défoncer", "on va te défoncer", "lui défoncer la face",
    "te démolir", "vais te frapper", "m'as te frapper", "te tabasser", "le tabasser", "te passer à tabac", "mérite une balle",
    "te mettre une balle", "lui mettre une balle", "leur mettre une balle", "te loger une balle", "lui loger une balle", "te tirer dessus",
    "leur tirer dessus", "les fusiller", "à fusiller", "devrait être pendu", "devraient être pendus", "pendez-les", "brûlez-les",
    "t'égorger", "les égorger", "te poignarder", "te planter un couteau", "te buter", "le buter", "les buter", "te flinguer",
    "te faire la peau", "faire la peau", "je vais régler ton compte", "on va régler ton compte", "surveille tes arrières", "gare à toi",
    "tu vas le payer", "tu vas me le payer", "vous allez le payer", "tu vas le regretter", "t'es un homme mort", "t'es une femme morte",
    "vous êtes morts", "mérite une claque", "mérite une bonne claque", "mérite une volée", "mériterait une volée", "mérite une raclée",
    "mériterait une raclée", "te sacrer une volée", "suicide-toi", "suicidez-vous", "pends-toi", "va te pendre", "jette-toi d'un pont",
    "jette-toi en bas d'un pont", "ta famille va payer", "te faire perdre ta job", "te faire perdre ton emploi", "te faire congédier",
    "te faire renvoyer", "mérite de se faire frapper", "un coup de poing dans la face", "mériterait un coup de poing",
    "on devrait le pendre", "on devrait la pendre", "on devrait les pendre", "devrait le pendre", "devrait la pendre", "devraient les pendre",
  ],
};

/** Les mots sans lesquels aucune menace n'est lue dans la structure (structure/threat.ts), dans les deux langues : le filtre de la règle. */
export const threatCue: Lexicon = {
  id: "threat-cue",
  lang: "fr",
  source: "structure/threat.ts : verbes de violence physique (Code criminel, art. 264.1 : mort ou lésions corporelles), retrouver, savoir où, avertissements, rédigé pour Impartial",
  terms: THREAT_CUES,
};

/** Injures qui attaquent des gens pour ce qu'ils sont ; listées pour être reconnues, masquées ou non. */
export const slur: Lexicon = {
  id: "slur",
  lang: "fr",
  source: "injures haineuses documentées dans la recherche sur les discours haineux en français (corpus MLMA, Ousidhoum et al. 2019 ; catégories Hatebase), rédigé pour Impartial",
  maskable: true,
  terms: [
    "bougnoule", "bougnoules", "bougnoul", "négro", "négros", "nègre", "nègres", "négresse", "négresses", "bicot", "bicots", "sale raton",
    "sales ratons", "ratonnade", "youpin", "youpins", "youpine", "youtre", "sale feuj", "sales feujs", "pédé", "pédés", "tapette", "tapettes",
    "sale pédale", "grosse pédale", "tarlouze", "tarlouzes", "tantouze", "lopette", "fif", "gouine", "gouines",
    "goudou", "travelo", "travelos", "chinetoque", "chinetoques", "chintok", "ching chong", "niakoué", "niakoués", "sale bridé",
    "sales bridés", "les bridés", "des bridés", "sale macaque", "espèce de macaque", "sale guenon", "sale bamboula", "sale singe", "sales singes", "sales sauvages",
    "maudits sauvages", "maudit sauvage", "gang de sauvages", "sauvagesse", "sauvagesses", "tête carrée", "têtes carrées", "maudits blokes",
    "mongolien", "mongolienne", "attardé mental", "sale arabe", "sales arabes", "sale noir", "sales noirs", "sale négro", "sale nègre",
    "sale juif", "sales juifs", "sale juive", "sale musulman", "sales musulmans", "sale immigré", "sales immigrés", "sales immigrants",
    "sales étrangers", "sale chinois", "sales chinois", "sale rebeu", "sales rebeus", "sale renoi", "sales renois", "sale bougnoule",
    "sales islamistes", "sale race", "race inférieure", "sous-race", "sale gouine", "sale tapette", "sales autochtones", "sale autochtone",
    "sale indien", "sales indiens", "sale gitan", "sales gitans", "crouille", "crouilles", "rital", "ritals",
  ],
};

/** Groupes protégés par les motifs de la Loi canadienne sur les droits de la personne (race, origine, religion, sexe, orientation…). */
export const group: Lexicon = {
  id: "group",
  lang: "fr",
  source: "motifs de distinction illicite de la Loi canadienne sur les droits de la personne, tels que les groupes sont nommés dans les publications, rédigé pour Impartial",
  terms: [
    "immigrés", "immigré", "immigrées", "immigrants", "immigrant", "immigrante", "immigrantes", "réfugiés", "réfugié", "réfugiées", "migrants",
    "migrant", "migrantes", "demandeurs d'asile", "étrangers", "étrangères", "illégaux", "clandestins", "sans-papiers", "nouveaux arrivants",
    "musulmans", "musulmanes", "musulman", "musulmane", "l'islam", "islam", "islamistes", "juifs", "juives", "les juifs", "juif", "chrétiens",
    "hindous", "sikhs", "catholiques", "noirs", "les noirs", "noires", "personnes noires", "femme noire", "gens de couleur", "blancs",
    "les blancs", "arabes", "les arabes", "arabe", "maghrébins", "africains", "africaines", "africain", "asiatiques", "chinois", "indiens",
    "haïtiens", "syriens", "mexicains", "latinos", "pakistanais", "somaliens", "rebeus", "rebeux", "renois", "blacks", "autochtones",
    "les autochtones", "premières nations", "peuples autochtones", "amérindiens", "inuits", "inuit", "métis", "femmes", "les femmes",
    "filles", "les filles", "féministes", "les hommes", "gais", "gays", "les gais", "homosexuels", "homosexuelles", "lesbiennes",
    "trans", "personnes trans", "transgenres", "LGBT", "LGBTQ", "lgbtq2s", "queers", "handicapés", "personnes handicapées", "les handicapés",
    "les vieux", "boomers", "anglos", "anglophones", "francos", "francophones", "les Québécois", "les Français", "les Anglais", "ces gens-là",
    "ce monde-là", "ces gens", "ces personnes", "leur race", "leur genre", "ces étrangers", "ces immigrants",
    "ces immigrés", "ce pays-là", "leur pays",
  ],
};

/** Caractérisations qui déshumanisent ou salissent tout un groupe. */
export const groupSmear: Lexicon = {
  id: "group-smear",
  lang: "fr",
  source: SOURCE,
  terms: [
    "sont des voleurs", "sont des criminels", "tous des criminels", "rien que des criminels", "sont des terroristes", "tous des terroristes",
    "terroristes en puissance", "sont des animaux", "comme des animaux", "sont des bêtes", "comme des bêtes", "rats",
    "vermine", "parasites", "des sauvages", "bande de sauvages", "sont des violeurs", "tous des violeurs", "envahisseurs", "sont sales", "crasseux",
    "paresseux", "fainéants", "profiteurs", "des BS", "sur le BS", "vivent aux crochets", "profitent du système", "tout gratuit",
    "on paie pour eux", "on paye pour eux", "volent nos jobs", "volent nos emplois", "prennent nos jobs", "volent nos allocs", "nous volent",
    "retournez chez vous", "retourne chez vous", "retourne chez toi",
    "rentrez chez vous", "qu'ils retournent chez eux", "qu'ils rentrent chez eux", "dehors les", "tous dehors", "à la porte",
    "sont tous", "sont toutes", "tous pareils", "toutes pareilles", "tous les mêmes", "une invasion", "c'est une invasion",
    "invasion migratoire", "envahissent",
    "nous remplacer", "islamisation", "africanisation", "n'ont pas leur place", "ont pas leur place", "pas leur place",
    "pas les bienvenus", "ne sont pas les bienvenus", "rien à faire ici", "renvoyez-les", "déportez-les", "expulsez-les", "expulsez-les tous",
    "exterminer", "à exterminer", "les éliminer", "faut les éliminer", "gazer", "race inférieure", "sont inférieurs", "sous-hommes", "sous-humains", "pas humains",
    "sont des malades", "malades mentaux", "contre-nature", "abomination", "dégénérés", "pervers", "pédophiles",
    "barbares", "sont arriérés", "sont des arriérés", "primitifs", "non civilisés", "sont violents", "tous violents", "sont dangereux",
    "sont un cancer", "sont la peste", "sont un fléau", "cafards",
    "ne devraient pas voter", "devraient pas voter", "retourne à la cuisine",
    "retournez à la cuisine", "leur place est à la cuisine", "sa place est à la cuisine", "trop émotives", "hystériques", "détruisent notre pays", "détruisent le pays", "ruinent le pays", "on en veut pas",
    "on n'en veut pas", "y'en a assez", "y en a marre", "ras-le-bol des", "juste parce que c'est une", "parce que c'est une femme",
    "parce qu'il est noir", "parce qu'elle est noire", "ont tout gratuit", "tous des voleurs", "sont pas des vrais", "pas des vrais",
    "ne devraient pas être gestionnaires", "devraient pas être gestionnaires", "contrôlent les banques", "contrôlent les médias",
    "contrôlent le monde", "vivent de nos impôts", "vivent sur nos taxes", "vivent de nos taxes",
  ],
};

/** Une haine qui n'a pas besoin de nommer le groupe : les mots disent qui ils visent (« retourne dans ton pays »). */
export const groupHatePhrase: Lexicon = {
  id: "group-hate-phrase",
  lang: "fr",
  source: SOURCE,
  terms: [
    "retourne dans ton pays", "retournez dans votre pays", "retourne dans ton pays d'origine", "retourne d'où tu viens",
    "retournez d'où vous venez", "retourne dans ta jungle", "retourne dans ton désert", "grand remplacement", "remigration",
    "#DehorsLesImmigrants", "#DehorsLesMusulmans", "#GrandRemplacement", "#StopInvasion", "#StopImmigration",
    "#FermonsLesFrontières", "a eu le poste juste parce que", "a eu le poste juste parce qu'", "a eu la job juste parce que",
    "a eu sa job juste parce que", "a eu sa promotion juste parce que", "pour remplir les quotas", "engagé pour les quotas",
    "engagée pour les quotas", "embauche de la diversité", "embauchée pour la diversité",
  ],
};

/** Accusations de crimes ou d'inconduites graves ; dites d'une personne, elles peuvent être diffamatoires. */
export const accusation: Lexicon = {
  id: "accusation",
  lang: "fr",
  source: "Guide de l'EFPC (la diffamation n'est jamais acceptable), rédigé pour Impartial",
  terms: [
    "est un criminel", "est une criminelle", "est un voleur", "est une voleuse", "est un escroc", "est un fraudeur", "est une fraudeuse",
    "est un pédophile", "est un pédo", "est un violeur", "est un meurtrier", "est une meurtrière", "est un assassin", "est un terroriste",
    "est un traître", "est une traîtresse", "est corrompu", "est corrompue", "est un pervers", "est un prédateur", "est un raciste",
    "est une raciste", "est un crosseur", "est un bandit", "est un mafieux", "est un pusher", "vend de la drogue", "a volé de l'argent", "a volé des", "ont volé des", "a volé notre", "ont volé notre", "nous a volé",
    "nous ont volé", "a volé dans la caisse",
    "a fraudé", "a détourné des fonds", "a détourné de l'argent", "détournement de fonds", "pots-de-vin", "des pots-de-vin", "enveloppes brunes", "graisser la patte",
    "bat sa femme", "bat ses enfants", "bat son chum", "a agressé", "a abusé de sa", "a abusé sexuellement", "a harcelé", "harcèle", "devrait être en prison",
    "devrait aller en prison", "mérite la prison", "sa place est en prison", "leur place est en prison", "enfermez-le", "enfermez-la",
    "sont des criminels", "sont des voleurs", "sont des escrocs", "sont des bandits", "sont corrompus", "sont des traîtres", "gang de voleurs",
    "bande de voleurs", "gang de crosseurs", "un criminel", "une criminelle", "c'est un criminel", "voleur", "voleuse", "escroc", "fraudeur", "fraudeuse", "crosseur",
  ],
};

/**
 * Mots qui désignent la personne à qui l'on parle. « ton » seul n'y est pas : il se lit aussi en anglais (« a ton of »),
 * et les listes des deux langues sont fusionnées.
 */
export const secondPerson: Lexicon = {
  id: "second-person",
  lang: "fr",
  source: "grammaire du français : deuxième personne, tutoiement et vouvoiement, formes québécoises, rédigé pour Impartial",
  terms: [
    "tu", "t'es", "tu es", "t'étais", "t'avais", "te", "toi", "toi-même", "ta", "tes", "vous", "vous êtes", "vous-mêmes", "votre", "vos",
    "toé là", "toé tu", "espèce de", "espèce d'", "ferme-la", "fermez-la", "ta gueule", "ferme ta gueule", "ta yeule", "farme ta yeule",
    "ferme ta boîte", "ton avis", "ton opinion", "ton ostie de", "ton crisse de", "ton maudit", "dégage", "dégagez", "décâlisse", "décrisse",
    "sacre ton camp", "fous le camp", "casse-toi", "va-t'en", "bloque-moi",
  ],
};

/** Mots qui désignent soi-même : « chu tellement niaiseuse » n'insulte personne d'autre. */
export const firstPerson: Lexicon = {
  id: "first-person",
  lang: "fr",
  source: "grammaire du français : première personne du singulier, formes québécoises, rédigé pour Impartial",
  terms: [
    "je", "je suis", "j'suis", "jsuis", "chu", "chus", "j'étais", "j'ai été", "moi", "moi-même", "me", "je me sens", "j'me sens",
    "je me trouve", "j'me trouve", "mon propre", "ma propre",
  ],
};

/** Mots qui désignent quelqu'un d'autre : troisième personne, gens nommés par leur rôle. */
export const thirdPerson: Lexicon = {
  id: "third-person",
  lang: "fr",
  source: "grammaire du français : troisième personne, rédigé pour Impartial",
  terms: [
    "il", "elle", "ils", "elles", "lui", "eux", "il est", "elle est", "ils sont", "elles sont", "ce gars-là", "ce gars", "cette fille",
    "cette femme", "cet homme", "ce type", "ce mec", "cette madame", "ce monsieur", "celui-là", "celle-là", "le gars", "la fille",
  ],
};
