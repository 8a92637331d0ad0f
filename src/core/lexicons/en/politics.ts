import type { Lexicon } from "../../matcher.js";

const SOURCE = "PSC guidance on political activities (supporting or opposing a party or candidate) and campaign vocabulary, written for Impartial";

/** Calls to act for a party or candidate: the campaign side of political activity. */
export const campaignCall: Lexicon = {
  id: "campaign-call",
  lang: "en",
  source: SOURCE,
  terms: [
    "vote for", "vote", "votes for", "voting for", "elect", "re-elect", "reelect", "elected", "donate", "donate to", "donation", "donations",
    "contribute to", "chip in", "volunteer", "volunteer for", "volunteer with", "volunteers", "canvass*", "door knocking", "door-knocking",
    "knock on doors", "knocking on doors", "lawn sign", "lawn signs", "sign up", "join the campaign", "join us", "join me", "rally", "rallies",
    "fundraiser", "fundraising", "fund-raiser", "a plate", "flyers", "printing flyers", "hand out flyers", "handing out flyers", "for PM", "for prime minister", "nomination", "nomination meeting", "campaign", "campaign office", "campaigning",
    "support", "supporting", "supporter", "supporters", "endorse", "endorsing", "get behind", "membership", "become a member", "buy a membership",
    "go", "win", "let's go", "majority", "take back", "kick out", "throw out", "vote out", "defeat", "send a message",
  ],
};

/** Judgements in favour: taken with a party or leader, they make the text partisan. */
export const stancePositive: Lexicon = {
  id: "stance-positive",
  lang: "en",
  source: SOURCE,
  terms: [
    "agree", "100% agree", "totally agree", "so true", "exactly", "can't wait", "this country needs", "the leader we need", "what we need",
    "needs", "we need",
    "best", "only credible", "only choice", "only option", "the only", "credible", "great", "love", "proud", "deserve", "deserves", "needs to win",
    "must win", "should win", "will win", "the right choice", "the right plan", "real plan", "strong leader", "strong leadership", "hope", "trust",
    "support", "back", "amazing", "fantastic", "brilliant", "bravo", "thank you", "thanks to", "finally someone", "better", "way forward",
    "smart", "all the way", "great job", "good job", "well done", "nailed it", "impressive", "excellent", "kudos", "can't wait for",
  ],
};

/** Judgements against: taken with a government, leader, policy or organization, they make the text critical. */
export const negative: Lexicon = {
  id: "negative",
  lang: "en",
  source: "TBS guidance (criticism of your organization, the GC or any government) and everyday words of disapproval, written for Impartial",
  terms: [
    "petition", "sign the petition", "reverse the decision", "reverse this decision", "overturn", "scrap", "scrap the", "stop the cuts", "save the",
    "terrible", "terrible decision", "awful", "horrible", "horrendous", "useless", "incompetent", "incompetence", "idiotic", "stupid", "dumb",
    "disaster", "disastrous", "joke", "a joke", "failed", "failing", "failure", "fails", "mess", "shameful", "shame", "disgrace", "disgraceful",
    "corrupt", "corruption", "pathetic", "ridiculous", "absurd", "insane", "clueless", "out of touch", "waste", "wasted", "wasting", "wasteful",
    "gut", "guts", "gutting", "destroy", "destroying", "destroyed", "ruin", "ruined", "ruining", "should resign", "must resign", "resign",
    "step down", "should be fired", "fire", "sucks", "suck", "worst", "bad decision", "bad", "hate", "garbage", "trash", "nonsense", "lies",
    "liar", "liars", "lying", "betray", "betrayed", "betrayal", "broken", "outrage", "outrageous", "scandal", "scandalous", "can't be trusted",
    "cannot be trusted", "all the same", "botched", "mismanag*", "hypocrit*", "screwed", "screwing", "wrong", "unacceptable", "misguided",
    "reckless", "spineless", "tone-deaf", "tone deaf", "laughable", "embarrassing", "embarrassment", "sham", "farce", "dumpster fire",
    "clown show", "circus", "crooks", "crooked", "dishonest", "a fraud", "frauds", "cowards", "cowardly", "arrogant", "arrogance", "inept",
    "negligent", "negligence", "deplorable", "appalling", "atrocious", "fiasco", "catastrophe", "catastrophic", "nightmare", "blunder",
    "doesn't care", "don't care", "doesn't know what", "don't know what", "has no idea", "have no idea", "no clue", "clowns", "morons",
    "idiots", "fools", "hopeless", "a mess", "made a mess", "lost the plot", "tanking", "tanked", "drove into the ground", "run into the ground",
    "can't wait to see them gone", "out of their depth", "not fit", "unfit", "get rid of", "sick of", "fed up", "tired of", "kill the program",
    "killed the program", "slash", "slashing", "cuts", "cut", "austerity", "nobody asked", "big mistake", "mistake", "mistakes", "blame",
    "should have resigned", "should have stepped down", "a danger to", "pure theatre", "pure theater", "chaos", "chaotic", "can't do anything right", "can't get anything right", "a clown", "baffling",
  ],
};

/** Government resources named in the text: political activity with them is inappropriate whatever the context says (PSC). */
export const governmentResource: Lexicon = {
  id: "government-resource",
  lang: "en",
  source: "PSC (no political activity on government premises or using government resources, including mobile devices), written for Impartial",
  terms: [
    "office printer", "work printer", "office photocopier", "work photocopier", "office supplies", "government vehicle", "government car",
    "fleet vehicle", "work cell", "work cellphone", "work blackberry", "my gc email", "gc email", "departmental email", "government email",
    // federal buildings and their common rooms: government premises
    "Place du Portage", "Tunney's Pasture", "Terrasses de la Chaudière", "Place Vincent Massey", "Jean Edmonds Towers", "L'Esplanade Laurier",
    "Confederation Heights", "federal building", "government building", "office cafeteria", "office lobby", "office kitchen",
  ],
};
