import type { Lexicon } from "../../matcher.js";

/** Words not acceptable in the workplace (StatCan 2.4); matched also when masked (f***) or spelled out (f u c k). */
export const profanity: Lexicon = {
  id: "profanity",
  lang: "en",
  source: "common English profanity and its spellings, written for Impartial",
  maskable: true,
  maskVisible: 1,
  terms: [
    "fuck", "fucks", "fucked", "fucker", "fuckers", "fucking", "fuckin", "fuckn", "fck", "fcking", "fk", "fkn", "fkin", "fuk", "fuking", "fucken",
    "motherfucker", "motherfucking", "mf", "mofo", "wtf", "stfu", "gtfo", "fml", "ffs",
    "shit", "shits", "shitty", "shitting", "bullshit", "bs", "horseshit", "shithead", "shithole", "shitshow", "sh*t",
    "damn", "damned", "goddamn", "goddamned", "dammit", "damnit", "crap", "crappy", "bloody hell", "go to hell", "can go to hell", "rot in hell", "burn in hell", "what the hell", "the hell with",
    "ass", "asses", "asshole", "assholes", "arse", "arsehole", "jackass", "dumbass", "badass", "smartass",
    "bitch", "bitches", "bitching", "bitchy", "son of a bitch", "bastard", "bastards",
    "dick", "dicks", "dickhead", "cock", "cocks", "cocksucker", "pussy", "pussies", "cunt", "cunts", "twat", "tits", "titties",
    "piss", "pissed", "pissing", "pissed off", "prick", "wanker", "bollocks", "bugger", "douche", "douchebag", "hoe", "hoes", "thot",
    "whore", "slut", "skank", "jizz", "cum", "nigga", "niggas", "retarded",
  ],
};
