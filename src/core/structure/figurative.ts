import type { Hit } from "../matcher.js";
import { sentenceOf, type TextView } from "../normalize.js";
import { countSteps } from "../work.js";
import { perView } from "./memo.js";

/**
 * Uses of swear and insult words that are neither: proper names (Dick Bell Park, Bordel Comédie Club), the religious
 * words Quebec swears come from used in their religious sense (« l'hostie » at mass, « le calice » of communion), and
 * insult nouns used as verbs or in idioms ("fool yourself", "doubt creeps in", "freak out").
 */

/** Nouns of places and institutions that make a capitalised word before or after them part of a name. */
const PLACE_NOUNS = new Set([
  "park", "street", "st", "road", "rd", "avenue", "ave", "drive", "dr", "lane", "way", "crescent", "cres", "mount", "mt", "lake", "river",
  "creek", "bay", "island", "hill", "hills", "valley", "falls", "point", "cove", "beach", "trail", "bridge", "club", "bar", "pub", "cafe",
  "restaurant", "theatre", "theater", "hall", "school", "church", "county", "township", "village", "city", "town", "inc", "ltd", "band",
  "parc", "rue", "chemin", "boulevard", "boul", "mont", "lac", "riviere", "pont", "ile", "plage", "sentier", "comedie", "theatre", "salle",
  "ecole", "eglise", "village", "ville", "canton", "cafe", "resto", "bistro", "groupe", "spectacle", "festival",
]);

const isCapitalised = (s: string) => /^\p{Lu}\p{Ll}/u.test(s);

/** Whether the text is written mostly in capitals (then capitals tell nothing of names). */
export const shouting = perView((view: TextView): boolean => {
  const text = view.text;
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c >= 0xc0) {
      // Accented and other letters: a letter has distinct cases, or is counted as lower case.
      const ch = text[i]!;
      const lo = ch.toLowerCase();
      if (lo !== ch) {
        upper++;
        letters++;
      } else if (ch.toUpperCase() !== ch) letters++;
    }
  }
  countSteps(text.length);
  return letters > 0 && upper / letters > 0.6;
});

/**
 * Whether a hit is (part of) a proper name: a handle or a link, or a capitalised word beside another capitalised word
 * ("Dick Bell", "Bordel Comédie Club") or a place noun ("Mount Dickey"), not at the head of a sentence alone.
 */
export function properName(view: TextView, hit: Hit): boolean {
  const first = view.tokens[hit.from]!;
  if (first.entity === "mention" || first.entity === "url") return true;
  if (shouting(view)) return false;
  const written = view.text.slice(first.start, first.end);
  if (!isCapitalised(written)) return false;
  const next = view.tokens[hit.to];
  const prev = view.tokens[hit.from - 1];
  const adjacent = (t: typeof next, a: number, b: number) => t !== undefined && /^[ -]$/.test(view.text.slice(a, b));
  const nextName = adjacent(next, first.end, next?.start ?? 0) && (isCapitalised(view.text.slice(next!.start, next!.end)) || PLACE_NOUNS.has(next!.norm));
  const opens = view.sentenceStarts[sentenceOf(view, hit.from)] === hit.from;
  const prevName = !opens && adjacent(prev, prev?.end ?? 0, first.start) && (isCapitalised(view.text.slice(prev!.start, prev!.end)) || PLACE_NOUNS.has(prev!.norm));
  const afterNext = view.tokens[hit.to + 1];
  const placeSoon = nextName || (afterNext !== undefined && PLACE_NOUNS.has(afterNext.norm) && isCapitalised(view.text.slice(afterNext.start, afterNext.end)));
  return nextName || prevName || placeSoon;
}

/** The Quebec swears that are also words of the Catholic liturgy. (Office québécois de la langue française, « sacre ».) */
const LITURGICAL = new Set(["hostie", "hosties", "ostie", "calice", "calices", "tabernacle", "tabernacles", "ciboire", "ciboires", "christ", "sacrement", "sacrements", "viarge", "vierge", "bapteme", "calvaire"]);
/** Determiners before which a liturgical word is a noun of its own, not a swear (« l'hostie », « le calice », « du Christ »). */
const DETERMINERS = new Set(["l", "le", "la", "les", "du", "des", "un", "une", "au", "aux", "son", "sa", "ses", "notre", "nos", "ce", "cet", "cette", "jesus", "saint", "sainte", "ste", "st"]);
/** Words of worship that make a sentence religious. */
const WORSHIP = new Set([
  "messe", "pretre", "cure", "communion", "eglise", "chorale", "autel", "dieu", "jesus", "priere", "prie", "celebration", "paroisse",
  "eucharistie", "benediction", "bapteme", "chapelle", "cathedrale", "basilique", "noel", "paques", "religieux", "religieuse", "foi", "sacre",
  "vicaire", "eveque", "pape", "evangile", "beni", "benit", "saint", "sainte", "mass", "church", "priest", "communion", "god", "lord",
]);

const religiousSentences = perView((view: TextView): Set<number> => {
  const out = new Set<number>();
  for (let i = 0; i < view.tokens.length; i++) if (WORSHIP.has(view.tokens[i]!.norm)) out.add(sentenceOf(view, i));
  countSteps(view.tokens.length);
  return out;
});

/**
 * Whether a Quebec swear is the liturgical word it comes from: a determiner before it, no « de »/« que » after it (which
 * make « une hostie de… », « le câlice que… » swears), and worship named in its sentence or the word capitalised
 * (« le Christ »).
 */
export function religiousUse(view: TextView, hit: Hit): boolean {
  if (hit.to - hit.from !== 1) return false;
  const t = view.tokens[hit.from]!;
  if (!LITURGICAL.has(t.norm)) return false;
  const prev = view.tokens[hit.from - 1];
  const next = view.tokens[hit.to];
  if (next && (next.norm === "de" || next.norm === "d" || next.norm === "que" || next.norm === "qu")) return false;
  if (!prev || !DETERMINERS.has(prev.norm)) return false;
  return religiousSentences(view).has(sentenceOf(view, hit.from)) || isCapitalised(view.text.slice(t.start, t.end));
}

/** Insult nouns that are also verbs: "fool yourself", "creeps in", "freak out", "clowning around", "pig out", "rat out". */
const ALSO_VERBS = new Set(["fool", "fools", "fooled", "fooling", "creep", "creeps", "creeping", "freak", "freaks", "freaking", "clown", "clowns", "clowning", "pig", "pigs", "rat", "rats", "cow", "cowed", "jerk", "jerks", "jerked", "nut", "nuts", "bitch", "bitching", "screw", "screwed"]);
/** Words after a verb-reading of such a word: its object or particle. */
const VERB_AFTER = new Set([
  "in", "out", "up", "around", "about", "off", "into", "over", "me", "myself", "you", "yourself", "yourselves", "him", "himself", "her",
  "herself", "us", "ourselves", "them", "themselves", "it", "itself", "people", "everyone", "anyone", "nobody", "the", "a", "an", "my",
  "your", "his", "their", "our", "its", "with", "at", "on", "along", "back", "through", "closer",
]);
/** Words before a verb-reading: a subject, a modal, "to", an auxiliary. */
const VERB_BEFORE = new Set(["to", "i", "we", "they", "it", "can", "could", "will", "would", "should", "might", "must", "don", "didn", "doesn", "won", "easy", "cannot", "let", "lets", "ll"]);

/**
 * Whether an insult word reads as a verb here. A noun insult is said to someone ("you fool", "what a creep", "fool!");
 * followed by an object or a particle ("fool yourself", "creeps in") or led by a subject or modal ("don't fool", "to
 * fool"), the same letters are a verb and insult no one.
 */
export function verbUse(view: TextView, hit: Hit): boolean {
  if (hit.to - hit.from !== 1) return false;
  const t = view.tokens[hit.from]!;
  if (!ALSO_VERBS.has(t.norm)) return false;
  const next = view.tokens[hit.to];
  const prev = view.tokens[hit.from - 1];
  const sameSentence = (k: number) => sentenceOf(view, k) === sentenceOf(view, hit.from);
  // Its object or particle follows with nothing but a space between ("fool yourself"; not "you fool, nobody asked").
  if (next && /^\s+$/.test(view.text.slice(t.end, next.start)) && VERB_AFTER.has(next.norm)) return true;
  if (/ing$|ed$/.test(t.norm)) return true;
  if (prev && sameSentence(hit.from - 1) && VERB_BEFORE.has(prev.norm)) return true;
  // "Doubt creeps": a noun subject with a third-person verb form (-s), at the head of the sentence.
  return t.norm.endsWith("s") && prev !== undefined && sameSentence(hit.from - 1) && view.sentenceStarts[sentenceOf(view, hit.from - 1)] === hit.from - 1 && !/^(?:you|u|ur|those|these|the|such|what)$/.test(prev.norm);
}

/** Mild swears that, as an intensifier of an ordinary sentence, are not workplace profanity (« maudit que c'est bon », "my damn slippers"). */
export const MILD = new Set(["damn", "darn", "dang", "maudit", "maudite", "maudits", "maudites", "heck"]);
