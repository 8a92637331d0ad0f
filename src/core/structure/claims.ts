import type { Span } from "../model.js";
import type { TextView } from "../normalize.js";
import { execIn, firstMatch, holdsAny, testIn } from "./cheap.js";
import { perView } from "./memo.js";

/**
 * How a text puts a claim: asserted as fact, hedged as a rumour, or reported as false; and the marks that fact-checkers
 * name as those of false information (urgency, a hidden truth, an unnamed insider as the source, "share before it's
 * deleted"). From the guidance: sharing false information is inappropriate (TBS, "Assessing the level of risk"); verify
 * your sources (CSPS); is the source reliable? (TBS). The marks follow the Canadian Centre for Cyber Security's "How to
 * identify misinformation, disinformation and malinformation" (ITSAP.00.300) and Get Cyber Safe's advice on spotting
 * fake news, in English and French. Read on the folded text with bounded gaps (issue 10).
 */
export interface ClaimReading {
  /** The writer holds the claim at a distance: "I heard", "apparently", « il paraît que », « quelqu'un a une source? ». */
  hedge: Span | undefined;
  /** A mark of false information asserted (a hidden truth, urgency, an unnamed insider, "BREAKING" of an unsourced claim). */
  strong: Span | undefined;
  /** Certainty without a source ("everyone knows", « c'est sûr que », « tout le monde le sait »). */
  weak: Span | undefined;
  /** The text reports the claim as false or as a scam (debunking is not spreading it). */
  debunked: boolean;
  /** The claim says something will change or be taken away ("going to seize", « va arrêter »): what rumours announce. */
  change: boolean;
  /** A public-affairs subject where a false claim does harm: a government, a program, money, health, an election. */
  publicMatter: Span | undefined;
}

const HEDGE = [
    `\\b(?:i (?:heard|read|saw)|heard that|saw a (?:rumou?r|post|video)|apparently|allegedly|supposedly|reportedly|rumou?rs? (?:has it|say|says|is|are)|(?:a|the|some) rumou?r|word is|not sure if (?:it'?s |this is |that'?s )?(?:true|legit|real)|can (?:anyone|someone|somebody) confirm|is (?:this|it|that) (?:true|legit|real)|(?:has )?anyone (?:seen|got|have|has) (?:a|an|the) (?:actual |real |official )?source|any (?:actual |real |official )?source|unconfirmed|to be confirmed)`,
    `\\b(?:il parait|parait-il|parait que|paraitrait que|j'ai (?:entendu|lu|vu)|on dit que|on m'a dit|il parait|une rumeur|des rumeurs|la rumeur|rumeur|apparemment|semble-t-il|selon les rumeurs|pas sure? (?:si|que) c'est vrai|je sais pas si c'est vrai|est-ce (?:que c'est )?vrai|c'est-tu vrai|c'est tu vrai|quelqu'un (?:a|aurait) une source|quelqu'un peut confirmer|une source (?:officielle|fiable)\\s*\\?|non confirme\\w*|a confirmer)`,
].map((p) => new RegExp(p));

const STRONG = [
    // a hidden truth, a cover-up
    `\\b(?:to hide the truth|hiding the truth|hide the truth|cover(?:ing)?[- ]up|they don'?t want you to (?:know|see)|doesn'?t want you to (?:know|see)|what they'?re not telling you|the truth about|wake up,? (?:people|sheeple|canada|folks)|sheeple)`,
    `\\b(?:pour cacher la verite|cacher la verite|ils (?:ne )?veulent pas (?:que vous sachiez|qu'on sache)|ils nous cachent|on nous cache|ce qu'on ne vous dit pas|reveillez-vous|reveille-toi|reveillez vous)`,
    // urgency that asks for action before checking
    `\\b(?:move your money|withdraw your (?:money|savings)|pull your money|before it'?s too late|act now|share before|retirez (?:votre|vos) (?:argent|epargnes?)|sortez (?:votre|vos) argent|avant qu'il soit trop tard|partagez avant|agissez (?:vite|maintenant))\\b`,
    // an unnamed insider as the only source ("my cousin at Finance confirmed it")
    `\\b(?:my|mon|ma) (?:cousin|cousine|uncle|oncle|aunt|tante|friend|ami|amie|buddy|chum|brother|frere|sister|soeur|neighbou?r|voisine?|brother-in-law|beau-frere|belle-soeur)\\b[^.!?\\n]{0,40}\\b(?:confirmed|told me|says it'?s true|m'a confirme|me l'a confirme|m'a dit que c'est vrai)`,
    // "BREAKING:" opening a claim with no source
    `^\\W{0,4}(?:breaking|urgent|alerte|derniere heure)\\s*[:!-]`,
].map((p) => new RegExp(p));
const WEAK = /\b(?:everyone knows|everybody knows|we all know|trust me|it'?s a fact|fact:|tout le monde le sait|tout le monde sait|c'est (?:sur|certain|clair) que|fais-moi confiance|faites-moi confiance|c'est un fait)\b/;
const DEBUNKED = /\b(?:debunk\w*|myths?|fact[- ]?check\w*|is false|isn'?t true|is not true|not true|no evidence|hoax|scam|fake news|conspiracy theor\w*|misinformation|disinformation|dementi\w*|dementi|mythes?|est faux|est fausse|c'est faux|pas vrai|aucune preuve|arnaque|canular|fausse nouvelle|theories? du complot|desinformation|mesinformation)\b/;
/** Public matters where a false claim misleads people about their rights, money, health or vote (CSPS's examples). */
const PUBLIC_MATTER = /\b(?:government|gouvernement|feds|federal|federaux|ottawa|statcan|statistics canada|statistique canada|cra|arc|service canada|canada post|postes canada|budget|deficit|taxes?|impots?|rrsps?|reer|cpp|rrq|oas|ei|assurance-emploi|benefits?|prestations?|pension|inflation|interest rates?|taux|rent|rents|loyers?|immigra\w*|refugi\w*|refugees?|vaccin\w*|vaccines?|covid|virus|cancer|election|elections|electoral|ballots?|bulletins?|vote|voting|scrutin|minist\w*|parliament|parlement|courrier|mail|passports?|passeports?)\b/;

const CHANGE = /\b(?:going to|gonna|will|changing|to change|cut|cutting|seize|seizing|ban|banning|ending|to end|stop|stopping|cancel\w*|scrap\w*|abolish\w*|va|vont|changer|changent|couper|coupe|arreter|arrete|interdire|interdit|abolir|saisir|supprimer|fermer|ferme|annuler|annule)\b/;

function spanOf(view: TextView, m: RegExpExecArray | null): Span | undefined {
  return m ? [view.offsets[m.index]!, view.offsets[m.index + m[0].length]!] : undefined;
}

/** Words the hedges, the marks and the certainties need one of (see holdsAny). */
const HEDGE_WORDS = ["heard", "read", "saw", "apparent", "alleged", "suppos", "reported", "rumo", "word is", "not sure", "confirm", "true", "legit", "real", "source", "parai", "entendu", "j'ai lu", "j'ai vu", "on dit", "on m'a dit", "rumeur", "semble", "pas sur", "vrai", "quelqu'un"];
const STRONG_WORDS = ["truth", "cover", "want you", "not telling", "wake up", "sheeple", "verite", "veulent pas", "cachent", "cache", "reveill", "money", "savings", "too late", "act now", "share before", "argent", "epargne", "trop tard", "partagez avant", "agissez", "confirm", "told me", "says it", "m'a dit", "breaking", "urgent", "alerte", "derniere heure"];
const WEAK_WORDS = ["knows", "know", "trust me", "fact", "le sait", "sait", "c'est sur", "c'est certain", "c'est clair", "confiance", "un fait"];

export const claimsOf = perView((view: TextView): ClaimReading => {
  const f = view.folded;
  const hedge = holdsAny(view, HEDGE_WORDS) ? spanOf(view, firstMatch(view, HEDGE, f)) : undefined;
  const strong = holdsAny(view, STRONG_WORDS) ? spanOf(view, firstMatch(view, STRONG, f)) : undefined;
  const weak = holdsAny(view, WEAK_WORDS) ? spanOf(view, execIn(view, WEAK, f)) : undefined;
  // The rest only matters beside a claim.
  const any = hedge || strong || weak;
  return {
    hedge,
    strong,
    weak,
    debunked: any ? testIn(view, DEBUNKED, f) : false,
    change: any ? testIn(view, CHANGE, f) : false,
    publicMatter: any ? spanOf(view, execIn(view, PUBLIC_MATTER, f)) : undefined,
  };
});
