import type { Lexicon } from "../../matcher.js";

const SOURCE = "CSPS guidance (sensitive, protected, not for public consumption), TBS (only publicly available information), StatCan 2.6 (confidentiality), written for Impartial";

/** Security markings and cabinet confidences: their presence alone says the content is not for the public. */
export const securityMarking: Lexicon = {
  id: "security-marking",
  lang: "en",
  source: SOURCE,
  terms: [
    "prot b", "pro b", "classified document", "classified documents", "classified information",
    "cabinet confidence", "cabinet confidences", "memorandum to cabinet", "memo to cabinet", "treasury board submission", "tb submission",
    "for internal use only", "internal use only", "internal only", "not for distribution", "not for public release", "do not distribute",
    "do not forward", "cabinet document", "cabinet documents", "secret briefing", "embargoed", "embargoed until", "under embargo",
    "embargo until", "embargo lifts", "embargo lifted", "the embargo lifts", "before the embargo", "embargo ends",
    "advice to the minister", "advice to minister", "ministerial briefing", "question period note", "qp note", "qp notes",
  ],
};

/**
 * Security levels that are also ordinary words ("the secret to good bread", "protected a nest"): the rule counts them only
 * written as a marking (SECRET, Protected B) or beside what they classify (a secret briefing).
 */
export const securityLevel: Lexicon = {
  id: "security-level",
  lang: "en",
  source: SOURCE,
  terms: ["protected a", "protected b", "protected c", "secret", "top secret", "classified", "confidential"],
};

/** What a security level classifies: "secret briefing", "classified documents", "Secret-level". */
export const classifiedObject: Lexicon = {
  id: "classified-object",
  lang: "en",
  source: SOURCE,
  terms: [
    "briefing", "briefings", "brief", "document", "documents", "doc", "docs", "deck", "file", "files", "memo", "memos", "report", "reports",
    "information", "info", "material", "materials", "level", "slides", "annex", "cable", "intelligence", "assessment", "email", "emails",
  ],
};

/** Documents and information that are internal by nature. */
export const internalDoc: Lexicon = {
  id: "internal-doc",
  lang: "en",
  source: SOURCE,
  terms: [
    "draft report", "draft audit", "draft audit report", "draft policy", "draft regulations", "draft budget", "draft memo", "draft submission",
    "internal briefing", "internal briefing note", "briefing note", "briefing notes", "internal memo", "internal email", "internal e-mail",
    "internal report", "internal document", "internal documents", "internal numbers", "internal data", "internal figures", "internal deck",
    "leaked memo", "leaked document", "leaked documents", "leaked email", "leaked deck", "leaked report", "leaked briefing",
    "screenshot of the", "screenshots of the", "minutes of the", "meeting notes",
    "unreleased", "unpublished", "upcoming announcement", "upcoming policy", "upcoming cuts", "upcoming layoffs", "next week's announcement",
    "decision note", "deck for the dm", "the dm's deck", "house notes", "sharepoint", "gcdocs", "gcpedia", "gcconnex",
  ],
};

/** Phrases saying the information is not public yet. */
export const notPublic: Lexicon = {
  id: "not-public",
  lang: "en",
  source: SOURCE,
  terms: [
    "isn't public yet", "is not public yet", "not public yet", "not yet public", "isn't public", "not public", "not been announced",
    "hasn't been announced", "has not been announced", "before it's announced", "before it is announced", "before the announcement",
    "before it's released", "before it is released", "before the release", "not announced yet", "hasn't been released", "has not been released",
    "not released yet", "not yet released", "you didn't hear it from me", "you didn't hear this from me", "you did not hear it from me",
    "didn't hear it from me", "did not hear it from me", "you didn't hear that from me", "leaked", "i saw the deck", "i've seen the deck",
    "i saw the memo", "i've seen the memo", "i've seen the list", "i saw the list", "i've seen the numbers", "i saw the numbers",
    "not launched yet", "not yet launched", "hasn't launched yet", "before it launches", "before launch", "off the record", "between us",
    "don't tell anyone", "keep this quiet", "keep it quiet", "hush hush", "insider info", "inside info", "not supposed to share",
    "not supposed to say", "i shouldn't say", "i shouldn't be sharing", "shouldn't be posting", "can't officially say", "confidential",
  ],
};

/** Weaker hints of something not public; they count only beside a work document or work information. */
export const hush: Lexicon = {
  id: "hush",
  lang: "en",
  source: SOURCE,
  terms: [
    "sneak peek", "sneak preview", "spoiler alert", "spoiler", "heads up", "scoop", "exclusive", "secret", "secretly", "behind closed doors",
    "early look", "first look", "here's the", "here is the", "attached", "see attached", "screenshot below", "screenshots below",
    "see below", "posting the", "posted the", "sharing the", "read it yourself",
  ],
};

/** Credentials: passwords, codes and keys. */
export const credential: Lexicon = {
  id: "credential",
  lang: "en",
  source: "GC Guideline on Acceptable Network and Device Use (protect credentials), written for Impartial",
  terms: [
    "password", "passwords", "passcode", "pin", "pin code", "login", "log in", "username", "api key", "access code", "access key",
    "secret key", "token", "2fa code", "mfa code", "verification code", "door code", "building code", "alarm code", "vpn", "wifi password",
  ],
};

/** What Statistics Canada releases on a schedule: hinting at them before release breaks the confidentiality oath. */
export const statData: Lexicon = {
  id: "stat-data",
  lang: "en",
  source: "Statistics Canada release schedule (The Daily) and StatCan 2.6 (confidentiality), written for Impartial",
  terms: [
    "unemployment", "unemployment rate", "jobless rate", "jobs numbers", "jobs report", "job numbers", "labour force survey", "labor force survey",
    "lfs", "cpi", "consumer price index", "inflation", "inflation rate", "inflation numbers", "gdp", "gross domestic product", "census",
    "census results", "numbers", "figures", "data", "stats", "statistics", "the daily", "release", "results", "estimates", "population estimates",
    "housing starts", "retail sales", "trade numbers", "wages", "survey results", "the numbers", "the data", "the figures",
  ],
};

/** Words that place something ahead: with release data, they hint at what is not yet published. */
export const foreknowledge: Lexicon = {
  id: "foreknowledge",
  lang: "en",
  source: "StatCan 2.6 (confidentiality) and release embargo practice, written for Impartial",
  terms: [
    "tomorrow", "tomorrow's", "friday", "friday's", "monday", "monday's", "tuesday", "wednesday", "thursday", "next week", "next month",
    "this week", "going to be", "gonna be", "will be", "are going to", "is going to", "will show", "coming out", "comes out", "upcoming",
    "before release", "before they're released", "trust me", "spoiler", "heads up", "sneak peek", "brace yourselves", "brace yourself",
    "wait until you see", "wait till you see", "you'll see", "just wait", "get ready", "expect", "bad news coming", "good news coming",
    "will surprise", "will shock", "going to surprise", "gonna surprise", "going to shock", "worse than people think",
    "better than people think", "can't say much", "cannot say much", "can't say more", "won't be pretty",
  ],
};

/** Saying one knows more than one can say: a claim to inside knowledge. */
export const insiderCue: Lexicon = {
  id: "insider-cue",
  lang: "en",
  source: SOURCE,
  terms: ["can't say much", "cannot say much", "can't say more", "can't say too much", "all i can say", "without saying too much", "i've said too much", "i shouldn't say more", "i know something you don't", "let's just say", "no spoilers but"],
};

/** Announcing a change before it is announced. */
export const comingChange: Lexicon = {
  id: "coming-change",
  lang: "en",
  source: SOURCE,
  terms: ["we're about to change", "we are about to change", "about to change", "we're changing", "big shift coming", "big changes coming", "changes are coming", "big change coming", "is about to change", "are about to change", "we're about to"],
};
