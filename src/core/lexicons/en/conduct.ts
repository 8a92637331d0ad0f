import type { Lexicon } from "../../matcher.js";

/** Paid promotion and selling. */
export const sponsorship: Lexicon = {
  id: "sponsorship",
  lang: "en",
  source: "TBS (monetizing social media: sponsorships; conflict of interest) and the Directive on Conflict of Interest, written for Impartial",
  terms: [
    "#ad", "#ads", "#sponsored", "#spon", "#partner", "#paidpartnership", "#gifted", "#affiliate", "#promo", "#collab", "sponsored", "sponsored by",
    "paid partnership", "in partnership with", "use code", "use my code", "promo code", "discount code", "coupon code", "my code", "affiliate link",
    "affiliate", "link in bio", "dm to order", "dm me to order", "order now", "buy now", "shop now", "my online store", "my shop", "shop my",
    "free shipping", "giveaway", "brand ambassador", "ambassador for", "partnered with", "gifted by",
  ],
};

/** A business or paid work of one's own. */
export const sideBusiness: Lexicon = {
  id: "side-business",
  lang: "en",
  source: "TBS (another job or activities outside the public service, your own business, blogger or influencer)",
  terms: [
    "my consulting", "my consulting firm", "my consultancy", "my business", "my company", "my side hustle", "side hustle", "my side business",
    "i offer", "i can help you", "i can help with", "hire me", "book a consultation", "book a call", "dm me for", "my services",
    "paid help", "for a fee", "small fee", "my clients", "i charge", "insider tips", "from an insider", "as an insider",
    "i know how the system works", "i know the system", "guaranteed approval", "fast-track", "fast track", "get approved",
    "consulting on", "consulting for", "i consult on", "i know the system inside out", "review it for", "for a small fee",
  ],
};

/** Services of departments: a side business offering them trades on one's public office. */
export const departmentService: Lexicon = {
  id: "department-service",
  lang: "en",
  source: "mandates of federal organizations (Federal Identity Program applied titles), written for Impartial",
  terms: [
    "tax", "taxes", "tax return", "tax returns", "audit", "audits", "gst", "hst", "benefits", "ccb", "refund",
    "immigration", "visa", "visas", "permanent residence", "pr application", "citizenship", "work permit", "study permit", "express entry",
    "employment insurance", "ei", "ei claim", "pension", "cpp", "oas", "passport", "passports", "sin",
    "survey", "surveys", "census", "data", "statistics", "grant", "grants", "contracts", "procurement", "funding", "licence", "license", "permits",
    "phoenix", "pay problems", "pay system", "tax prep", "tax preparation", "federal contracts", "defence", "defense", "drone", "drones", "military",
  ],
};

/** Claims known to be false: spreading them is sharing false information. */
export const conspiracy: Lexicon = {
  id: "conspiracy",
  lang: "en",
  source: "TBS (sharing false information is inappropriate), CSPS TRN5-A01 on misinformation; claims debunked by fact-checkers, written for Impartial",
  terms: [
    "tracking chip", "tracking chips", "tracking microchip", "microchips in vaccines", "microchip in the vaccine", "vaccine microchip", "plandemic",
    "scamdemic", "chemtrail", "chemtrails", "5g causes", "5g caused", "5g spreads", "flat earth", "the earth is flat", "great reset",
    "new world order", "depopulation agenda", "depopulation plan", "the election was stolen", "stolen election", "election was rigged",
    "rigged election", "crisis actor", "crisis actors", "false flag", "vaccines cause autism", "vaccine causes autism", "vaccines contain",
    "bill gates chip", "fake pandemic", "covid is a hoax", "covid hoax", "covid isn't real", "covid is fake", "the jab kills", "died suddenly",
    "lizard people", "reptilians", "qanon", "adrenochrome", "pizzagate", "moon landing was faked", "fake moon landing", "turbo cancer",
    "magnetic vaccine", "vaccines make you magnetic", "climate hoax", "climate change is a hoax", "global warming hoax", "fake news media",
    "the government admitted", "they admitted it", "sheeple", "wake up sheeple", "15-minute cities are prisons", "digital id prison",
    "ivermectin cures", "bleach cures", "mms cures", "bleach kills", "drinking bleach", "drink bleach", "5g towers spread",
    "5g towers cause", "5g towers caused", "vaccines alter your dna", "vaccine shedding", "spike protein shedding", "shedding spike proteins", "nanobots in vaccines",
    "nanobots in the vaccine", "graphene oxide in vaccines", "graphene oxide in the vaccine",
  ],
};

/** Pressure to share fast and distrust of sources: the marks of misinformation. */
export const misinformationCue: Lexicon = {
  id: "misinformation-cue",
  lang: "en",
  source: "CSPS (verify your sources to avoid misinformation and disinformation), TBS (is the source reliable?), written for Impartial",
  terms: [
    "share before they delete", "share before they delete this", "share before it's deleted", "before they delete this", "before it gets deleted",
    "before it's taken down", "they don't want you to know", "what they don't want you to know", "the media won't tell you",
    "media won't tell you", "mainstream media won't", "msm won't", "wake up people", "do your own research", "spread the word before",
    "they're hiding", "they are hiding", "100% proof", "proof they lied", "banned video", "censored video", "watch before it's removed",
    "the truth they hide", "big pharma doesn't want", "doctors don't want you to know", "share this everywhere",
    "before it gets taken down", "before they take it down", "before this gets deleted", "before it's gone", "breaking unconfirmed", "unconfirmed reports", "unconfirmed but",
    "not sure if legit", "not sure if it's true", "not sure if true", "can't confirm but", "whatsapp group", "forwarded as received",
    "source: my uncle", "source: my aunt", "source: my cousin", "source: a friend", "heard from a friend of a friend",
  ],
};

/** Chain messages, bait and bulk promotion. */
export const spamCue: Lexicon = {
  id: "spam-cue",
  lang: "en",
  source: "CSPS (don't disrupt or put GC devices or networks at risk by spamming), ESDC e-mail phishing, scams and hoaxes, written for Impartial",
  terms: [
    "click here to win", "click here to claim", "click here now", "click the link to claim", "click the link to win", "click link in bio",
    "win a free", "you've won", "you have won", "claim your prize",
    "claim your reward", "forward this to", "forward to 10", "send this to 10", "share this with 10", "send to all your contacts",
    "forward this message", "forward this message to", "share with 10 friends", "share with 10", "bad luck for", "or you'll have bad luck",
    "or you will have bad luck",
    "share with all your friends", "copy and paste", "copy and paste this", "follow for follow", "f4f", "like for like", "l4l", "follow back",
    "follow4follow", "make money fast", "make money from home", "earn money from home", "work from home and earn",
    "get rich quick", "double your money", "crypto giveaway", "free bitcoin", "free iphone", "act now", "limited time offer", "100% free",
    "dm me for details", "check my profile", "check out my profile", "subscribe to my channel", "sub to my channel", "sub4sub",
  ],
};
