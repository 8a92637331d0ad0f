import type { Lexicon } from "../../matcher.js";

const SOURCE = "TBS (personal posts must not look official; avoid official symbols, GC e-mail, official-looking names), StatCan 1 and 2.3, written for Impartial";

/** Speaking for the organization. */
export const onBehalf: Lexicon = {
  id: "on-behalf",
  lang: "en",
  source: SOURCE,
  terms: [
    "on behalf of", "speaking for", "speak for", "i speak for", "speaking on behalf", "as a spokesperson", "as spokesperson", "official position",
    "the official position", "our official position", "officially", "in my official capacity", "official capacity", "as a representative of",
    "representing", "i represent", "the department's position", "the department's view", "our position is", "we at", "as the government",
    "on the record for", "i can confirm", "we can confirm", "i'm authorized to say", "the agency's position", "the government's position",
    "answering for", "responding for", "reply on behalf", "'s position", "'s official position", "'s position is", "as a spokesperson for",
    "we at the department", "here at the department", "here at the agency",
  ],
};

/** Symbols and marks reserved for official use. */
export const officialSymbol: Lexicon = {
  id: "official-symbol",
  lang: "en",
  source: SOURCE,
  terms: [
    "gc logo", "government logo", "canada wordmark", "the wordmark", "federal identity", "official logo", "departmental logo", "department logo",
    "agency logo", "our logo", "statcan logo", "corporate logo", "corporate symbols", "coat of arms", "official signature", "email signature",
    "government letterhead", "letterhead", "flag symbol", "canada logo", "department's logo", "agency's logo", "government of canada logo",
  ],
};

/** Words that make an account or profile look official. */
export const officialLooking: Lexicon = {
  id: "official-looking",
  lang: "en",
  source: SOURCE,
  terms: ["official", "official account", "official page", "officially", "verified", "government account", "departmental account", "the department", "news release", "media advisory", "press release", "statement from"],
};

/** Saying the views are one's own. */
export const disclaimer: Lexicon = {
  id: "disclaimer",
  lang: "en",
  source: "TBS and StatCan 2.3 (disclaimers help but do not protect you), written for Impartial",
  terms: [
    "views are my own", "views my own", "opinions are my own", "opinions my own", "my own views", "my own opinions", "personal account",
    "personal views", "not official", "not an official", "don't represent", "do not represent", "does not represent", "doesn't represent",
    "not speaking for", "not on behalf", "rt not endorsement", "rts are not endorsements", "retweets are not endorsements", "likes are not endorsements",
    "personal opinion", "this is my personal opinion",
  ],
};

/** Saying one works in the public service. */
export const publicServant: Lexicon = {
  id: "public-servant",
  lang: "en",
  source: SOURCE,
  terms: [
    "public servant", "public servants", "civil servant", "federal employee", "government employee", "work for the government",
    "work for the federal government", "work at", "working at", "policy analyst", "analyst at", "manager at", "advisor at", "officer at",
    "director at", "employee of", "works at", "proud public servant", "#gcdigital", "#gctalent", "#goc", "#gcpublicservice",
  ],
};
