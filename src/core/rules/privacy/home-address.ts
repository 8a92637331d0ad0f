import { defineRule } from "../../rule.js";
import type { Span } from "../../model.js";
import { tokenIds } from "../../normalize.js";
import { WordSet } from "../../vocabulary.js";

/**
 * A civic number, one to three capitalised name words, and a street type ("42 Maple Cres", "1600 Bank St."). Case matters:
 * with the `i` flag `\p{Lu}` takes lower case too, and "36 hours. Long way" read as a street. The name words hold no
 * period, which ends a sentence; street types are written in the cases people write them.
 */
const STREET_TYPES = ["street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive", "dr", "crescent", "cres", "court", "ct", "lane", "ln", "way", "place", "pl", "terrace", "terr", "circle", "cir", "parkway", "pkwy", "highway", "hwy", "row", "gate", "grove", "trail"];
const STREET_EN = new RegExp(`\\b\\d{1,5}[A-Za-z]?\\s+(?:[\\p{Lu}\\d][\\p{L}'-]*\\s+){1,3}(?:${STREET_TYPES.flatMap((t) => [t, t[0]!.toUpperCase() + t.slice(1), t.toUpperCase()]).join("|")})\\b\\.?`, "gu");
const STREET_FR = /\b\d{1,5},?\s+(?:rue|avenue|av\.|boulevard|boul\.|bd|chemin|ch\.|place|rang|route|montée|côte|allée|impasse|croissant|promenade)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+)?[\p{L}'-]+/giu;
const STREET_WORDS = new WordSet(["street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive", "dr", "crescent", "cres", "court", "ct", "lane", "ln", "way", "place", "pl", "terrace", "terr", "circle", "cir", "parkway", "pkwy", "highway", "hwy", "row", "gate", "grove", "trail", "rue", "av", "boul", "bd", "chemin", "ch", "rang", "route", "montee", "cote", "allee", "impasse", "croissant", "promenade"]);
/** A token that begins or is a postal code: K1A or K1A0B1. */
const isDigit = (c: number) => c >= 48 && c <= 57;
const POSTAL_HALF = /^[abceghj-nprstvxy]\d[abceghj-nprstv-z](?:\d[abceghj-nprstv-z]\d)?$/;
const POSTAL = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d\b/gi;

/** Words that say the address is a public place or an event's venue, which anyone may give. */
const PUBLIC_PLACE = /\b(community cent(?:re|er)|library|park|market|march[eé]|centre communautaire|biblioth[eè]que|open house|all welcome|bienvenue|venez|store|shop|restaurant|caf[eé]|office hours|event|[eé]v[eé]nement|venue|doors|launch|lancement|books|bookstore|librairie|hall|arena|ar[eé]na|church|[eé]glise|gallery|galerie|museum|mus[eé]e|theat(?:re|er)|th[eé][aâ]tre|salle|festival|concert|spectacle|vernissage|fundraiser|tournament|tournoi|registration|inscription|our office|new office|notre bureau|nos bureaux|come say hi|see you there|au plaisir)\b/i;

/** Street addresses and postal codes; pointing at where a named person lives is doxxing. */
export default defineRule({
  id: "privacy/home-address",
  category: "privacy",
  level: "risky",
  guidance: ["statcan.respectful.privacy", "hrsdc.risk.disclosure", "csps.dont.mistreat"],
  alsoCites: ["tbs.risk.inappropriate.harassment"],
  description: { en: "Street addresses and postal codes, and where someone lives.", fr: "Adresses civiques et codes postaux, et le lieu où habite quelqu'un." },
  messages: {
    address: {
      en: "“{text}” is a street address. Don't post where other people live or work without their consent.",
      fr: "« {text} » est une adresse civique. Ne publiez pas où d'autres personnes habitent ou travaillent sans leur consentement.",
    },
    doxxing: {
      en: "“{text}” points at where a person lives. Publishing someone's home address exposes them to harm: never do it.",
      fr: "« {text} » indique où habite une personne. Publier l'adresse de quelqu'un l'expose à un préjudice : ne le faites jamais.",
    },
  },
  lexicons: ["doxxing", "self-contact"],
  examples: {
    valid: [
      { text: "Open house at our community centre, 100 Main Street, all welcome!", lang: "en", note: "a public place" },
      { text: "Le marché public est au 1000, rue Saint-Antoine, venez nous voir!", lang: "fr" },
    ],
    invalid: [
      { text: "Here is the home address of the journalist who wrote that article: 12 Elm Road, Nepean.", lang: "en" },
      { text: "Il habite au 45, rue des Érables, allez lui dire ce que vous pensez.", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    if (view.digits === 0) return;
    // The patterns are dear; run each only when a token shows it could match (a street word, a postal-code half).
    const ids = tokenIds(view);
    let street = false;
    for (let k = 0; k < ids.length && !street; k++) street = STREET_WORDS.hasId(ids[k]!);
    // A postal code's second character is a digit: most tokens are passed over without the pattern.
    const postal = view.tokens.some((t) => (t.norm.length === 3 || t.norm.length === 6) && isDigit(t.norm.charCodeAt(1)) && POSTAL_HALF.test(t.norm));
    if (!street && !postal) return;
    const doxxing = hits.get("doxxing");
    const found: Span[] = [];
    for (const re of street ? (postal ? [STREET_EN, STREET_FR, POSTAL] : [STREET_EN, STREET_FR]) : [POSTAL]) for (const m of view.text.matchAll(re)) found.push([m.index, m.index + m[0].length]);
    if (found.length === 0) return;
    found.sort((a, b) => a[0] - b[0]);
    const span = found[0]!;
    const publicPlace = PUBLIC_PLACE.test(view.text);
    if (doxxing.length > 0) {
      report("doxxing", { span: [Math.min(span[0], doxxing[0]!.span[0]), Math.max(span[1], doxxing[0]!.span[1])], level: "inappropriate", data: { text: view.text.slice(span[0], span[1]) }, fix: { span, replacement: "" }, guidance: ["tbs.risk.inappropriate.harassment"] });
      return;
    }
    if (publicPlace || hits.get("self-contact").length > 0) return;
    report("address", { span, data: { text: view.text.slice(span[0], span[1]) }, fix: { span, replacement: "" } });
  },
});
