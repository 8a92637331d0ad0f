import type { Span } from "../model.js";
import type { TextView } from "../normalize.js";
import { execIn, firstMatch, holdsAny, testIn } from "./cheap.js";
import { perView } from "./memo.js";

/**
 * Whether a text sells something of the writer's, and whether it trades on the writer's public office to do it. From
 * the guidance: monetizing social media (sponsorships, selling products, a side business) must create no real, apparent
 * or potential conflict of interest with one's duties (TBS, "Monetizing social media" and "Conflict of interest";
 * Values and Ethics Code, 2.1). Read on the folded text with bounded gaps (issue 10).
 */
export interface CommerceReading {
  /** A paid offer of one's own: a product, course, e-book, webinar or service with a price or a call to buy. */
  offer: Span | undefined;
  /** The offer leans on the GC job: hiring boards, « gestionnaire d'embauche », "I'll see what I can do" about one's files. */
  leverage: Span | undefined;
  /** GC hiring as the thing sold, or past GC experience as the selling point ("from my 10 yrs on HR selection boards"). */
  experience: Span | undefined;
  /** A favour offered with one's files: "DM me if you owe taxes and I'll see what I can do". */
  favour: Span | undefined;
  /** "code" reads as a promo code here (a code word after it, or promo words), not as software ("my code on GitHub"). */
  promoCode: boolean;
  /** The post is sponsored or paid for ("thanks to X for sponsoring", « commandité par », "paid partnership"). */
  sponsored: Span | undefined;
}

const PRODUCT = "(?:e-?books?|books?|course|courses|class|classes|masterclass|webinars?|workshops?|coaching|bootcamp|program|guide|templates?|toolkit|services|consultations?|livres?|cours|formations?|webinaires?|ateliers?|coaching|guides?|gabarits?|services|consultations?|bougies|candles|bijoux|jewel(?:le)?ry|crypto course|cours de crypto)";
const OFFER = [
    `\\b(?:buy|get|grab|order|check out|join|sign up for|register for|achetez|procurez-vous|commandez|inscrivez-vous a|decouvrez)\\s+(?:my|our|mon|ma|mes|notre|nos)\\s+(?:\\$?\\d+\\s?\\$?\\s+)?(?:[\\w-]+\\s+){0,2}${PRODUCT}\\b`,
    `\\b(?:my|mon|ma|mes)\\s+(?:new |nouveau |nouvelle |\\$?\\d+\\s?\\$?\\s+)?(?:[\\w-]+\\s+){0,2}${PRODUCT}\\b[^.!?\\n]{0,50}(?:\\$\\s?\\d|\\d\\s?\\$|link|lien|bio|dm|mp)`,
    `\\b(?:side hustle|side business|a cote de mon emploi|a cote de ma job|ma vente de|mon kiosque|my etsy|ma boutique etsy)\\b`,
    `(?:\\$\\s?\\d+|\\d+\\s?\\$)\\s+(?:a pop|each|per (?:session|hour|resume|cv|person)|la session|de l'heure|par personne|par cv|chaque)\\b`,
    `\\b(?:webinaire|webinar|formation|atelier|workshop|cours|course)\\s+(?:payant|paid|a \\d+\\s?\\$)`,
    `\\banime(?:e)? par moi\\b|\\bhosted by me\\b|\\bwritten by me\\b|\\bwritten from my\\b`,
].map((p) => new RegExp(p));
/** The GC job offered as the edge: hiring boards, the files one handles, insider knowledge of one's department. */
const LEVERAGE = [
    `\\b(?:i sit on|i'?m on|i serve on|i'?m sitting on)\\s+(?:\\w+\\s+){0,2}(?:hiring|selection|staffing|interview) (?:boards?|panels?|committees?)`,
    `\\b(?:hiring|selection) (?:boards?|panels?)\\b[^.!?\\n]{0,40}\\b(?:so i know|i know)\\b|\\bi know what (?:we|they) (?:score|look for)\\b`,
    `\\b(?:gestionnaire d'embauche|membre de comites? de selection|je siege (?:a|sur) des comites|comites? de selection|jury de selection)\\b`,
    `\\b(?:as (?:someone who works|a federal|a public servant|a gc)|as an? (?:cra|esdc|ircc|cbsa|statcan|hr) |en tant que fonctionnaire|comme fonctionnaire federale?)\\b`,
    `\\b(?:who works in federal|works for the (?:federal )?government|je travaille (?:au|a la|pour le) (?:federal|gouvernement))\\b`,
].map((p) => new RegExp(p));
/** Past experience of the job sold as know-how ("from my 10 yrs on selection boards"): no current duty in play, still risky. */
const EXPERIENCE = /\b(?:years? on|yrs on|years? of|yrs of|ans (?:sur|dans|de)|annees (?:sur|dans|de))\s+(?:\w+\s+){0,2}(?:hiring|selection|staffing|interview|hr) (?:boards?|panels?|committees?)|\b(?:ex-|former |ancien |ancienne )(?:hiring manager|gestionnaire d'embauche|cra|arc|federal|fonctionnaire)/;
const FAVOUR = /\b(?:i'?ll|i will|i can|je vais|je peux) (?:see what i can do|make (?:it|that|them) go away|take care of (?:it|your file)|look the other way|voir ce que je peux faire|m'occuper de (?:ton|votre) dossier|arranger ca|fermer les yeux)\b/;
const SPONSORED = /\b(?:thanks? (?:to )?@?[\w.]+ for sponsoring|sponsored by|paid partnership|paid promotion|partenariat (?:paye|remunere)|commandite(?:e)? par|placement de produit|affiliate link|lien (?:affilie|d'affiliation))\b/;
/** The same as a hashtag: a pattern apart, read only where a `#` is, so that the words' own gate (gate.ts) can hold. */
const SPONSORED_TAG = /(?:^|\s)#(?:ad|sponsored|commandite|pub|partenariatpaye)\b/;
/** The two never start at one place (a letter against a space or a `#`): the first of them is the one match of both. */
const SPONSORED_EITHER = [SPONSORED, SPONSORED_TAG];
const SPONSORED_ALONE = [SPONSORED];
/** A promo code: a code word in capitals and digits after "code", or promo words beside it. */
const PROMO_CODE = /\b(?:promo|discount|coupon|rabais|reduction|off|% de rabais)\b|\bcode\s*:?\s*[a-z]+\d+\b/;
const SOFTWARE = /\b(?:github|gitlab|bitbucket|source code|code source|open[- ]source|repo|repository|depot|python|javascript|typescript|script|pull request|commit|code review|revue de code|api|npm|pypi|hackathon)\b/;

function spanOf(view: TextView, m: RegExpExecArray | null): Span | undefined {
  return m ? [view.offsets[m.index]!, view.offsets[m.index + m[0].length]!] : undefined;
}

/** Words each reading needs one of (see holdsAny). */
const OFFER_WORDS = ["book", "ebook", "course", "class", "masterclass", "webinar", "workshop", "coaching", "bootcamp", "program", "guide", "template", "toolkit", "services", "consultation", "livre", "cours", "formation", "webinaire", "atelier", "gabarit", "bougies", "candles", "bijoux", "jewelry", "jewellery", "crypto", "side", "cote", "vente", "kiosque", "etsy", "$", "payant", "paid", "anime", "hosted", "written"];
const ROLE_WORDS = ["board", "panel", "committee", "comite", "jury", "embauche", "as ", "en tant que", "comme ", "works", "travaille", "federal", "gc ", "staffing", "dotation", "former", "ex-", "ancien", "years", "yrs", "ans ", "annees"];
const FAVOUR_WORDS = ["see what i can", "go away", "take care of", "other way", "ce que je peux", "m'occuper", "arranger", "fermer les yeux"];
const SPONSOR_WORDS = ["sponsor", "partner", "promotion", "partenariat", "commandit", "placement", "affili", "#"];

export const commerceOf = perView((view: TextView): CommerceReading => {
  const f = view.folded;
  const offer = holdsAny(view, OFFER_WORDS) ? spanOf(view, firstMatch(view, OFFER, f)) : undefined;
  const sponsored = holdsAny(view, SPONSOR_WORDS) ? spanOf(view, firstMatch(view, f.includes("#") ? SPONSORED_EITHER : SPONSORED_ALONE, f)) : undefined;
  const roleWords = (offer || sponsored) && holdsAny(view, ROLE_WORDS);
  return {
    offer,
    leverage: roleWords ? spanOf(view, firstMatch(view, LEVERAGE, f)) : undefined,
    favour: holdsAny(view, FAVOUR_WORDS) ? spanOf(view, execIn(view, FAVOUR, f)) : undefined,
    experience: roleWords ? spanOf(view, execIn(view, EXPERIENCE, f)) : undefined,
    promoCode: f.includes("code") && testIn(view, PROMO_CODE, f) && !testIn(view, SOFTWARE, f),
    sponsored,
  };
});
