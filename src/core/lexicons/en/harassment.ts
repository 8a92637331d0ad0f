import type { Lexicon } from "../../matcher.js";
import { THREAT_CUES } from "../../structure/threat.js";

const SOURCE = "TBS and CSPS guidance (bullying, harassment, discrimination, hate, threats, defamation: never okay), written for Impartial";

/** Insults for a person; aimed at someone they are harassment. */
export const insult: Lexicon = {
  id: "insult",
  lang: "en",
  source: SOURCE,
  maskable: true,
  terms: [
    "cow", "heifer",
    "idiot", "idiots", "moron", "morons", "imbecile", "imbeciles", "stupid", "dumb", "dumbass", "dumbo", "loser", "losers", "worthless",
    "pathetic", "scum", "scumbag", "scumbags", "trash", "garbage", "clown", "clowns", "jerk", "jerks", "fool", "fools", "retard", "retarded",
    "retards", "bitch", "bitches", "bastard", "bastards", "asshole", "assholes", "arsehole", "dickhead", "dickheads", "douchebag", "douche",
    "piece of shit", "piece of garbage", "pig", "pigs", "whore", "whores", "slut", "sluts", "cunt", "cunts", "twat", "prick", "pricks",
    "motherfucker", "motherfuckers", "degenerate", "degenerates", "freak", "freaks", "creep", "creeps", "psycho", "lunatic", "cretin",
    "halfwit", "nitwit", "dimwit", "numbskull", "airhead", "bimbo", "hoe", "hoes", "thot", "skank", "wanker", "tosser", "pos", "ugly",
    "fatso", "fat pig", "lowlife", "vermin", "subhuman", "parasite", "parasites", "disgusting", "ignorant", "incompetent", "useless",
    "brainless", "spineless", "sleazebag", "dirtbag", "pussy", "sissy", "crybaby", "snowflake", "karen",
    "slob", "slobs", "lazy slob", "fat slob", "fat cow", "fuck you", "f*** you", "fuck off", "f*** off", "shut the fuck up",
    "shut the f*** up", "stfu",
  ],
};

/** Threats to a person's safety. Figures of speech ("this heat is killing me", "killer workout") are not here. */
export const threat: Lexicon = {
  id: "threat",
  lang: "en",
  source: SOURCE,
  terms: [
    // Intent + verb + person ("I'll kill", "gonna kill", "hurt you") is read from structure (structure/threat.ts), so that
    // "I'm going to kill this presentation" and "I'll shoot you an email" are not threats.
    "kill you", "kill him", "kill her", "kill yourself", "kys", "beat you up", "watch your back", "you deserve to die", "deserve to die",
    "deserves to die", "hope you die", "hope he dies", "hope she dies", "hope they die", "should die", "burn in hell", "i know where you live", "find where you live", "put a bullet",
    "die in a fire", "string them up", "hang them", "line them up", "you're dead", "youre dead",
    "you are dead", "dead meat", "slit your", "break your legs", "come after you", "coming for you", "make you pay",
    "make sure you lose your job", "make sure you get fired", "get you fired", "you'll regret this", "you will regret this",
    "deserves to get punched", "deserve to get punched", "needs to get punched", "should be punched", "punched in the face", "punch him",
    "punch her", "punch them",
  ],
};

/** The words a threat read from structure cannot do without (structure/threat.ts), in both languages: the rule's gate. */
export const threatCue: Lexicon = {
  id: "threat-cue",
  lang: "en",
  source: "structure/threat.ts: verbs of physical harm (Criminal Code s. 264.1: death or bodily harm), finding, knowing where, warnings, written for Impartial",
  terms: THREAT_CUES,
};

/** Slurs: words that attack people for who they are. Listed so they can be recognised, also when masked. */
export const slur: Lexicon = {
  id: "slur",
  lang: "en",
  source: "slurs documented in hate speech research (Davidson et al. 2017 lexicon discussion, Hatebase categories), written for Impartial",
  maskable: true,
  terms: [
    "colored", "niggress", "niggresses", "honkies", "hillbilly", "hillbillies", "uncle toms", "trailer trash", "japped", "slits for eyes",
    "nig", "nigs", "niglet", "niglets", "nicca", "niccas", "niggah", "niggahs", "nigguhs", "niggaz", "whitey", "gaywad", "gaywads", "mongrel",
    "mongrels", "whigger", "wigger", "wiggers", "jigaboos", "porch monkeys", "porch monkies", "ovenjew",
    "border jumper", "border jumpers", "sand monkey", "sand monkeys", "zipperhead", "spearchucker", "dune coon", "colored folk", "coloreds",
    "cripple", "cripples", "redneck", "rednecks", "hick", "hicks", "queer", "spooks", "chinks", "faggit", "fagot", "faggy", "homos", "dindu", "dindus",
    "nigger", "niggers", "nigga", "niggas", "nigguh", "negro", "negroes", "coon", "coons", "jigaboo", "porch monkey", "spook", "darkie",
    "faggot", "faggots", "fag", "fags", "dyke", "dykes", "tranny", "trannies", "shemale", "homo", "homos", "queers",
    "kike", "kikes", "heeb", "yid", "chink", "chinks", "gook", "gooks", "jap", "japs", "slant", "slope",
    "spic", "spics", "wetback", "wetbacks", "beaner", "beaners", "paki", "pakis", "raghead", "ragheads", "towelhead", "towelheads",
    "sand nigger", "camel jockey", "muzzie", "muzzies", "redskin", "redskins", "squaw", "injun", "savages", "wagon burner",
    "cracker", "crackers", "honky", "white trash", "gyppo", "gypsy", "gypsies", "retard", "retards", "mongoloid", "spaz",
    "ape", "apes", "monkey", "monkeys", "cotton picker", "uncle tom", "wop", "dago", "kraut", "mick", "polack", "frog",
    "darkies", "nigglet", "nigglets", "towel head", "towel heads", "border hopper",
    "border hoppers", "niggerize",
  ],
};

/** Groups of people protected by the Canadian Human Rights Act grounds (race, origin, religion, sex, orientation…). */
export const group: Lexicon = {
  id: "group",
  lang: "en",
  source: "Canadian Human Rights Act prohibited grounds, as groups are named in posts, written for Impartial",
  terms: [
    "immigrants", "immigrant", "migrants", "refugees", "refugee", "foreigners", "newcomers", "asylum seekers", "illegals", "illegal aliens",
    "muslims", "muslim", "islam", "islamists", "jews", "jewish people", "the jews", "christians", "hindus", "sikhs", "catholics",
    "blacks", "black people", "whites", "white people", "asians", "asian people", "chinese", "indians", "east indians", "arabs", "africans",
    "mexicans", "latinos", "hispanics", "pakistanis", "somalis", "haitians", "syrians", "filipinos", "jamaicans",
    "indigenous people", "natives", "first nations", "aboriginals", "inuit", "status indians",
    "women", "girls", "females", "men", "feminists", "gays", "gay people", "lesbians", "homosexuals", "trans people", "transgender people",
    "trans women", "trans men", "queers", "lgbt", "lgbtq", "disabled people", "the disabled", "old people", "boomers", "francophones",
    "anglophones", "quebecers", "québécois", "albertans", "people from that country", "people like them", "these people", "those people",
    "that country", "their kind", "you people",
  ],
};

/** Characterizations that dehumanize or smear a whole group. */
export const groupSmear: Lexicon = {
  id: "group-smear",
  lang: "en",
  source: SOURCE,
  terms: [
    "thieves", "criminals", "terrorists", "animals", "rats", "vermin", "parasites", "savages", "rapists", "invaders", "dirty", "filthy",
    "lazy", "stupid", "inferior", "subhuman", "disease", "diseased", "cockroaches", "plague", "infestation", "breed like", "go back",
    "should go back", "go back to", "don't belong", "do not belong", "deport them", "deport them all", "send them back", "kick them out",
    "ban them", "get rid of them", "wipe them out", "exterminate", "gas them", "are all", "all the same", "can't be trusted", "cannot be trusted",
    "are a cancer", "cancer", "scum", "trash", "leeches", "freeloaders", "welfare bums", "drug dealers", "pedophiles", "groomers", "degenerates",
    "mentally ill", "abomination", "sick", "evil", "violent", "barbaric", "barbarians", "backward", "primitive", "uncivilized", "stealing our",
    "taking our jobs", "replace us", "replacing us", "invasion", "should not vote", "shouldn't vote", "belong in the kitchen", "belong in a cage",
    "ruining this country", "ruining our country", "destroying our country", "not welcome", "aren't welcome", "are not human", "aren't human",
    "too emotional", "shouldn't be managers", "should not be managers", "shouldn't be allowed to", "control the banks", "control the media",
    "control the world", "run the banks", "get everything for free", "get everything free", "everything for free", "live off our taxes",
  ],
};

/** Hate that needs no group named: the words themselves tell whom they target ("go back where you came from"). */
export const groupHatePhrase: Lexicon = {
  id: "group-hate-phrase",
  lang: "en",
  source: SOURCE,
  terms: [
    "go back where you came from", "go back to where you came from", "go back to your country", "go back to your own country",
    "go back to your shithole", "only got the job because she's", "only got the job because he's", "only got the job because they're",
    "diversity hire", "#deportthemall", "#sendthemback", "#banmuslims", "#whitegenocide", "#greatreplacement", "great replacement",
  ],
};

/** Accusations of crimes or serious misconduct; said of a person, they may be defamation. */
export const accusation: Lexicon = {
  id: "accusation",
  lang: "en",
  source: "CSPS guidance (defamation is never okay), written for Impartial",
  terms: [
    "is a criminal", "is a thief", "is a crook", "is a pedophile", "is a paedophile", "is a rapist", "is a fraud", "is a murderer",
    "is a terrorist", "is a traitor", "is a drug dealer", "is corrupt", "is a pervert", "is a predator", "is a groomer", "is a racist",
    "stole", "embezzled", "embezzling", "takes bribes", "took bribes", "took a bribe", "on the take", "committed fraud", "abuses his",
    "abuses her", "beats his wife", "molested", "should be in jail", "belongs in jail", "belongs in prison", "lock him up", "lock her up",
    "are criminals", "are thieves", "are crooks", "are traitors", "are corrupt", "criminal", "thief", "crook",
  ],
};

/** Words that point at the person addressed. */
export const secondPerson: Lexicon = {
  id: "second-person",
  lang: "en",
  source: "English grammar: second person, written for Impartial",
  terms: ["you", "you're", "youre", "your", "ur", "u", "you are", "yourself", "ya", "y'all", "go away", "block me", "shut up"],
};

/** Words that point at oneself: "I'm so dumb" is not an insult to anyone else. */
export const firstPerson: Lexicon = {
  id: "first-person",
  lang: "en",
  source: "English grammar: first person singular, written for Impartial",
  terms: ["i'm", "im", "i am", "i", "me", "myself", "i feel", "i felt", "i was", "i've been", "my own"],
};

/** Words that point at someone else: third person, names of roles. */
export const thirdPerson: Lexicon = {
  id: "third-person",
  lang: "en",
  source: "English grammar: third person, written for Impartial",
  terms: ["he", "she", "he's", "she's", "hes", "shes", "they're", "theyre", "they are", "him", "her", "them", "that guy", "that woman", "this guy", "this woman", "that man"],
};
