/*
 * Words that judge, in English. Written for Impartial, smaller than a published opinion lexicon on purpose: the
 * Hu & Liu opinion lexicon carries no licence (only a request to cite) and NRC EmoLex is for non-commercial research
 * only, so neither may be redistributed in an MIT project. These are the judgements posts make of governments,
 * leaders, decisions and colleagues, from mild ("pretty disappointing", "not impressed") to abuse.
 */

/** Blame: a target so described is being criticised. */
export const EN_BLAME: readonly string[] = [
  "joke", "a joke", "what a joke", "disappointing", "disappointed", "disappointment", "terrible", "awful", "horrible", "dreadful", "useless",
  "incompetent", "incompetence", "clueless", "inept", "disgrace", "disgraceful", "shameful", "shame", "shameless", "pathetic", "ridiculous",
  "absurd", "failure", "failed", "failing", "fails", "mess", "a mess", "disaster", "disastrous", "garbage", "trash", "corrupt", "corruption",
  "crook", "crooks", "liar", "liars", "lies", "hypocrite", "hypocrites", "hypocritical", "idiot", "idiots", "idiotic", "clown",
  "clowns", "clown show", "fascist", "fascists", "criminal", "criminals", "sabotage", "sabotaging", "destroying", "ruining", "ruined",
  "worst", "poorly", "waste", "wasteful", "wasting", "tone-deaf", "tone deaf", "out of touch", "dumb", "stupid", "moron", "morons",
  "tyrant", "dictator", "authoritarian", "lazy", "rubber-stamped", "rubber stamped", "kleptocracy", "kleptocrats", "murderous", "scandal",
  "scandalous", "outrageous", "appalling", "embarrassing", "embarrassment", "broken", "dumpster fire", "farce", "circus", "shambles",
  "fiasco", "botched", "bungled", "mismanagement", "mismanaged", "nonsense", "unacceptable", "insulting", "betrayal", "betrayed", "screwed",
  "sucks", "suck", "should resign", "must resign", "needs to resign", "resign", "step down", "can't stand", "cant stand", "sick of",
  "fed up", "tired of", "enough is enough", "do your job", "doesn't go far enough", "does not go far enough", "not far enough",
  "took them long enough", "took long enough", "long overdue", "about time", "high time", "too little too late", "too little, too late", "misguided", "reckless", "dangerous", "harmful", "cruel",
  "heartless", "greedy", "spineless", "weak", "useless", "worthless", "hopeless", "a mistake", "big mistake", "huge mistake", "wrong",
  "dishonest", "deceitful", "propaganda", "puppet", "bums", "losers", "incapable", "negligent", "negligence", "blunder", "sham", "rigged",
  "cover-up", "cover up", "scam", "bs", "bullshit", "crap", "crappy", "pointless", "makes no sense", "no sense", "a slap in the face",
  "slap in the face", "gaslighting", "robbing", "stealing", "steals", "rob us", "screw us", "screwing", "backwards", "nightmare", "chaos",
  "chaotic", "lost the plot", "has no clue", "no clue", "have no idea", "has no idea", "not impressed", "unimpressed", "ugh", "yikes",
  "smh", "wtf", "mad at", "angry at", "pissed at", "pissed off at", "furious with", "furious at", "typical", "as usual", "sabotaged", "poorly designed", "badly designed", "bad", "hate", "hates", "worse",
];

/** Praise: said of a government or its leaders, still a comment on them (TBS: risky). */
export const EN_PRAISE: readonly string[] = [
  "great", "good", "excellent", "amazing", "fantastic", "brilliant", "impressive", "proud", "moving", "inspiring", "inspired", "well done",
  "bravo", "kudos", "great job", "good job", "nailed it", "thank you", "thanks", "love", "loved", "love how", "best", "strong leadership",
  "historic", "finally", "grateful", "wonderful", "awesome", "smart", "wise", "courageous", "respect",
];

/** What turns praise into its opposite when it sits in the same sentence: "Great, another reorg 🙃", "great job… not". */
export const EN_IRONY: readonly string[] = [
  "another", "yet another", "one more", "as usual", "as always", "yeah right", "said no one", "said nobody", "thanks for nothing",
  "gotta love", "got to love", "love how", "love that", "thanks a lot", "thanks a bunch",
];

/** Praise that is blame wherever it stands ("love how they…", « merci pour rien »). */
export const EN_SARCASM: readonly string[] = [
  "yeah right", "said no one", "said nobody", "thanks for nothing", "gotta love", "got to love", "love how", "love that", "thanks a lot", "thanks a bunch", "great job not", "slow clap", "what could go wrong",
];
