import type { Lexicon } from "../../matcher.js";

const SOURCE = "StatCan 2.4 (protect others' privacy; no pictures or information about others without explicit consent), CSPS (permission to share team photos), written for Impartial";

/** Sharing images or tags of other people. */
export const tagging: Lexicon = {
  id: "tagging",
  lang: "en",
  source: SOURCE,
  terms: [
    "tagged", "tagging", "tag", "tagged all", "photo of", "photos of", "pic of", "pics of", "pic from", "pics from", "picture of", "pictures of",
    "video of", "videos of", "selfie with", "group photo", "group pic", "team photo", "team pic", "screenshot of", "caught on camera",
    "snapped a pic", "took a photo", "filmed", "look at this", "look at these", "check out this", "screenshot of her", "screenshot of his",
    "screenshots of her", "screenshots of his",
  ],
};

/** Other people, as the subjects of photos, tags and personal details. */
export const people: Lexicon = {
  id: "people",
  lang: "en",
  source: SOURCE,
  terms: [
    "you all", "all of you", "of you", "everyone", "everybody", "colleagues", "colleague", "coworkers", "co-workers", "coworker", "team", "my team",
    "the team", "my unit", "the office", "our office", "staff", "clients", "client", "the kids", "students", "patients", "neighbour", "neighbor",
    "my manager", "my boss", "strangers", "people", "this lady", "this guy", "this woman", "this man", "group chat", "her messages",
    "his messages", "their messages", "her texts", "his texts", "private messages", "my coworker", "my colleague", "tagged you all",
  ],
};

/** Consent given: "with permission", "shared with their OK". */
export const consent: Lexicon = {
  id: "consent",
  lang: "en",
  source: SOURCE,
  terms: [
    "with permission", "with their permission", "with everyone's permission", "with his permission", "with her permission", "permission",
    "consent", "consented", "with consent", "with their consent", "with their ok", "with their okay", "they agreed", "everyone agreed",
    "ok'd", "okayed", "approved", "everyone's ok", "everyone's okay", "with everyone's ok", "everyone's consent", "everyone's blessing",
    "shared with permission",
  ],
};

/** Pointing others at a person: where they live, or a call to go after them. Contact details with it are doxxing. */
export const doxxing: Lexicon = {
  id: "doxxing",
  lang: "en",
  source: SOURCE,
  terms: [
    "home address", "home address of", "lives at", "where he lives", "where she lives", "where they live", "his address", "her address",
    "their address", "show up at", "show up at his", "show up at her", "pay a visit", "pay him a visit", "pay her a visit", "here's where",
    "license plate", "licence plate", "plate number", "his car", "her car", "tell him what you think", "tell her what you think",
    "tell them what you think", "let him know what you think", "let her know what you think", "give him a piece of your mind",
    "give her a piece of your mind", "flood his inbox", "flood her inbox", "blow up his phone", "blow up her phone", "spam him", "spam her",
    "go tell him", "go tell her", "make him pay", "make her pay", "neighbour at", "neighbor at", "my neighbour at", "my neighbor at",
    "lives on", "lives next to", "tell her she owes", "tell him he owes", "tell them they owe",
  ],
};

/** Saying contact details belong to someone else: sharing them needs that person's consent. */
export const otherContact: Lexicon = {
  id: "other-contact",
  lang: "en",
  source: SOURCE,
  terms: [
    "his number", "her number", "their number", "his phone", "her phone", "his cell", "her cell", "phone number of", "cell number",
    "personal number", "personal email", "his email", "her email", "call him", "call her", "text him", "text her", "email him", "email her",
    "'s cell", "'s number", "'s phone", "'s email", "'s e-mail", "her gmail", "his gmail", "her hotmail", "his hotmail", "her personal", "his personal",
    "home number", "her home number", "his home number", "'s gmail", "'s personal",
  ],
};

/** The person's own details, which are theirs to share. */
export const selfContact: Lexicon = {
  id: "self-contact",
  lang: "en",
  source: SOURCE,
  terms: [
    "my number", "my phone", "my cell", "my email", "my e-mail", "my address", "reach me", "reach me at", "contact me", "call me", "text me",
    "email me", "e-mail me", "dm me", "my work number", "my office", "me at", "reach out", "send your", "send me", "apply", "applications",
    "pick up at", "pickup at", "pick-up at", "my place", "our place",
  ],
};

/** Identity documents and numbers. */
export const identityNumber: Lexicon = {
  id: "identity-number",
  lang: "en",
  source: "Privacy Act (personal information: identifying numbers), written for Impartial",
  terms: ["sin", "social insurance number", "sin number", "health card", "health card number", "passport number", "driver's licence", "drivers license", "pri", "employee number", "date of birth", "dob"],
};
