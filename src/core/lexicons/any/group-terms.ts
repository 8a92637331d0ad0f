/**
 * Words structure/groups.ts reads, as folded single tokens (accents off, lower case), English and French together: the
 * groups of people the Canadian Human Rights Act protects (race, national or ethnic origin, colour, religion, age, sex,
 * sexual orientation, gender identity, disability), as posts name them, slang and plural forms included; the words that
 * generalise; and the predicates that smear or dehumanise. The kinds of claims are those the Canadian Anti-Hate Network
 * and the ADL document in online hate (generalisation, dehumanisation, "invasion" and "replacement" narratives); the
 * French slang forms are those the MLMA corpus (Ousidhoum et al. 2019, EMNLP) shows in French hateful tweets.
 * Not a lexicon of the matcher: plain sets, read by one analysis.
 */

/** Groups named in the plural, or by a collective noun: the subject of a generalisation. */
export const GROUPS = new Set([
  // English
  "immigrants", "migrants", "refugees", "foreigners", "newcomers", "illegals", "aliens", "muslims", "moslems", "muzzies", "islamists", "jews",
  "christians", "hindus", "sikhs", "catholics", "blacks", "whites", "asians", "chinese", "indians", "arabs", "africans", "mexicans", "latinos",
  "hispanics", "pakistanis", "somalis", "haitians", "syrians", "filipinos", "jamaicans", "natives", "aboriginals", "inuit", "indigenous",
  "women", "females", "girls", "feminists", "gays", "lesbians", "homosexuals", "trans", "transgenders", "queers", "lgbt", "lgbtq", "disabled",
  "retards", "boomers", "millennials", "francophones", "anglophones", "quebecers", "frenchies", "gypsies", "roma", "romani", "ukrainians",
  "russians", "palestinians", "israelis", "iranians", "afghans", "nigerians", "indians", "punjabis", "tamils", "koreans", "japanese",
  // French (folded)
  "immigres", "immigrants", "immigrantes", "migrants", "migrantes", "refugies", "refugiees", "etrangers", "etrangeres", "clandestins",
  "sans-papiers", "musulmans", "musulmanes", "islamistes", "juifs", "juives", "feujs", "chretiens", "hindous", "catholiques", "noirs",
  "noires", "blacks", "blancs", "arabes", "rebeus", "rebeux", "beurs", "maghrebins", "africains", "africaines", "renois", "negres",
  "asiatiques", "chinois", "indiens", "haitiens", "syriens", "mexicains", "pakistanais", "somaliens", "afghans", "algeriens", "marocains",
  "tunisiens", "turcs", "roms", "gitans", "autochtones", "amerindiens", "inuits", "femmes", "filles", "feministes", "gais", "lesbiennes",
  "homosexuels", "homos", "transgenres", "handicapes", "attardes", "vieux", "jeunes", "anglos", "anglais", "francais", "blederds",
  "bledards", "voilees", "barbus",
]);

/** The same groups in the singular, for a smear right beside one ("un arabe fainéant"): colours are left out (« noir », "black" are colours too). */
export const GROUP_SINGULARS = new Set([
  "immigrant", "migrant", "refugee", "foreigner", "muslim", "moslem", "jew", "arab", "mexican", "paki", "immigre", "immigree", "migrante",
  "refugie", "etranger", "clandestin", "musulman", "musulmane", "juif", "juive", "feuj", "arabe", "rebeu", "beur", "renoi", "maghrebin",
  "africain", "chinois", "gitan", "autochtone", "negre", "voilee", "barbu", "islamiste",
]);

/** Words that point at a group without naming it (a reply's "them", "ces gens-là"), and topics that stand for one in context. */
export const GROUP_POINTERS = new Set(["they", "them", "these", "those", "ils", "elles", "eux", "ces", "ceux", "celles", "ppl", "people", "gens", "monde"]);
export const GROUP_TOPICS = new Set(["immigration", "islam", "islamisation", "migratoire", "migration", "multiculturalisme", "multiculturalism", "diversite", "diversity"]);

/** Quantifiers and generic markers: "all", "every single one", "they always", « tous les », « toujours », « encore un ». */
export const GENERALISERS = new Set([
  "all", "every", "everyone", "always", "never", "typical", "typically", "these", "those", "most", "bunch", "whole", "entire",
  "tous", "toutes", "tout", "toujours", "jamais", "typique", "ces", "encore", "partout", "tjrs", "tjs", "bcp", "plupart", "trop", "tjr",
  "gang", "bande", "race", "genre", "pareil", "pareils", "pareilles", "memes", "chaque", "each",
]);

/** Claims that smear a group: crime, laziness, welfare, invasion, disease, danger, incapacity. */
export const NEGATIVE = new Set([
  // English
  "crime", "crimes", "criminal", "criminals", "lazy", "invasion", "invade", "invading", "invaders", "welfare", "leeches", "freeloaders",
  "terrorists", "terrorist", "terror", "terrorism", "rapists", "violent", "dangerous", "dirty", "filthy", "stupid",
  "thieves", "steal", "stealing", "thugs", "gangs", "drugs", "dealers", "barbaric", "barbarians", "primitive", "backward", "inferior",
  "uncivilized", "useless", "worthless", "catastrophe", "disaster", "ruin", "ruining",
  "destroy", "destroying", "breed", "breeding", "pedophiles", "groomers", "perverts", "degenerates", "abomination",
  "hysterical", "emotional", "kitchen", "freeloading", "handouts", "scroungers", "bludgers",
  "stink", "stinky", "incompetent", "cheat", "cheating", "liars", "greedy", "sharia",
  // French (folded)
  "criminels", "criminalite", "delinquants", "delinquance", "racaille", "paresseux", "faineants", "faineant", "feneant", "feneants",
  "invasion", "envahir", "envahissent", "envahisseurs", "envahi", "colonisation", "profiter", "profitent", "profiteurs", "profite",
  "assistes", "allocs", "allocations", "bs", "terroristes", "terroriste", "terrorisme", "violeurs", "violents",
  "dangereux", "dangereuses", "sales", "sale", "crasseux", "puent", "stupides", "cons", "debiles", "voleurs", "volent",
  "barbares", "primitifs", "arrieres", "inferieurs", "inferieure", "incapables", "catastrophe", "desastre",
  "fleau", "detruire", "detruisent", "ruinent", "pondent", "pedophiles", "pervers", "malades", "hysteriques", "emotives",
  "cuisine", "charia", "incompetents", "incompetentes",
  "menteurs", "tricheurs", "dealers", "trafiquants", "islamisation", "remplacement", "remplacer", "attardes", "abrutis", "connards",
  "chomeurs", "parasitent", "fraudeurs", "fraude", "egorgent", "tuent", "bombes", "attentats", "attentat",
]);

/** Nouns that deny a group its humanity: animals, vermin, disease, filth (ADL and Canadian Anti-Hate Network on dehumanisation). */
export const DEHUMANISING = new Set([
  "animals", "vermin", "rats", "cockroaches", "roaches", "parasites", "leeches", "plague", "infestation", "disease", "diseases", "cancer",
  "apes", "monkeys", "savages", "subhuman", "subhumans", "beasts", "pigs", "dogs", "insects", "bugs", "trash", "garbage", "filth", "scum",
  "animaux", "vermine", "cafards", "parasites", "peste", "cancer", "singes", "macaques", "sauvages", "betes", "porcs", "chiens", "insectes",
  "ordures", "dechets", "racailles", "sous-hommes", "sous-humains", "depotoir", "poubelle", "dumping", "infestation", "microbes", "virus",
  "maladie", "maladies", "invasion", "envahisseurs", "remplacement",
]);

/**
 * Words of a factual or condemning sentence: statistics and sources ("according to the census", « selon l'étude ») or
 * words naming the stereotype itself ("it's racist to say…", « un préjugé »). Such a sentence reports or rejects the
 * generalisation; it does not make it.
 */
export const FACTUAL_OR_CONDEMNING = new Set([
  "percent", "study", "studies", "report", "according", "census", "statistics", "data", "survey", "research", "stats",
  "selon", "etude", "etudes", "rapport", "recensement", "statistique", "statistiques", "donnees", "sondage", "recherche",
  "racist", "racism", "stereotype", "stereotypes", "prejudice", "bigotry", "bigoted", "myth", "myths", "false", "debunk", "islamophobia",
  "raciste", "racisme", "stereotype", "stereotypes", "prejuge", "prejuges", "mythe", "faux", "fausse", "islamophobie", "amalgame",
  "xenophobe", "xenophobie", "disent", "pretendent", "affirment", "claim", "claims", "antisemitism", "antisemitisme", "discrimination", "discrimine", "discriminated", "victims", "victimes",
]);
