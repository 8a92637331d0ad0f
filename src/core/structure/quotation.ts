import type { Hit } from "../matcher.js";
import { sentenceOf, type TextView } from "../normalize.js";
import { countSteps } from "../work.js";
import { perView } from "./memo.js";

/**
 * Quotation, reported speech and negation: whether words of a text are used or only mentioned. "Someone called me a
 * ___ on the bus, this has to stop" and « il m'a traité de ___, c'est inacceptable » report an insult to condemn it;
 * « il a appris le mot « merde » » names a word. Read in one pass over the text and its tokens, with bounded windows.
 */
export interface Quotation {
  /** Character spans inside quotation marks (“…”, "…", «…», ‘…’), at most QUOTE_REACH characters long each. */
  quoted: readonly [number, number][];
  /** Token indices that are the reported object of a reporting verb ("called me a", « m'a traité de », "the word"). */
  reported: ReadonlySet<number>;
  /** Sentences (by index) that condemn what they report ("this has to stop", « c'est inacceptable », "racism"). */
  condemning: ReadonlySet<number>;
  /** Whether some sentence of the text condemns. */
  condemns: boolean;
}

/** A quotation longer than this is a passage quoted, not a word named. */
const QUOTE_REACH = 200;

const OPEN_CLOSE: Record<string, string> = { "“": "”", "«": "»", "‘": "’", "„": "“" };
const QUOTE_MARKS = /["“”«»‘’„']/g;

/**
 * Reporting verbs and their complements, as token sequences ending right before the words reported: English "called
 * me a", "yelled", "the word"; French « m'a traité de », « m'a crié », « le mot ». The next REPORT_REACH tokens are
 * what is reported. From English and French grammar of reported speech (verbes introducteurs du discours rapporté).
 */
const REPORTERS: readonly (readonly string[])[] = [
  ["called", "me"], ["called", "us"], ["called", "him"], ["called", "her"], ["called", "them"], ["called", "my"], ["calling", "me"],
  ["calls", "me"], ["yelled"], ["shouted"], ["screamed"], ["said"], ["wrote"], ["the", "word"], ["the", "words"], ["the", "slur"],
  ["the", "term"], ["word", "like"], ["words", "like"], ["a", "word", "like"], ["taught", "him"], ["taught", "her"], ["learned"], ["learnt"],
  ["traite", "de"], ["traitee", "de"], ["traites", "de"], ["traiter", "de"], ["traitait", "de"], ["traitent", "de"], ["m", "a", "crie"],
  ["nous", "a", "crie"], ["lui", "a", "crie"], ["a", "hurle"], ["a", "dit"], ["a", "ecrit"], ["le", "mot"], ["les", "mots"], ["l", "insulte"],
  ["le", "terme"], ["appris", "le", "mot"], ["m", "a", "appele"], ["m", "a", "appelee"], ["m", "appeler"], ["se", "faire", "traiter", "de"],
  ["me", "faire", "traiter", "de"], ["s", "est", "fait", "traiter", "de"], ["je", "me", "suis", "fait", "traiter", "de"],
];
const REPORT_REACH = 4;
/** The reporters by their first word, so that each token is weighed against the few that start with it. */
const REPORTERS_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const r of REPORTERS) REPORTERS_BY_FIRST.set(r[0]!, [...(REPORTERS_BY_FIRST.get(r[0]!) ?? []), r]);

/**
 * Words that condemn what is reported: a sentence holding one says the speaker is against the abuse, not taking part in
 * it. From the guidance's own words (harassment, discrimination and racism "never okay", "no place") in both languages.
 */
const CONDEMNING = new Set([
  "unacceptable", "inacceptable", "inacceptables", "inadmissible", "inadmissibles", "stop", "racism", "racist", "racisme", "raciste", "haine", "harassment",
  "harcelement", "bullying", "intimidation", "disgusting", "degueulasse", "honte", "shame", "shameful", "honteux", "honteuse", "report",
  "reported", "signale", "signaler", "denoncer", "denonce", "tolerate", "tolerer", "tolere", "place",
  "sexism", "sexisme", "homophobia", "homophobie", "transphobia", "transphobie", "islamophobia", "islamophobie", "antisemitism",
  "antisemitisme", "discrimination", "abuse", "abus", "violence", "victim", "victime", "blesse", "blessee", "choque", "choquee",
  "shocked", "appalled", "outre", "outree",
]);

/** How far back a negation reaches: "I would never hurt", « je ne vais jamais le frapper ». */
export const NEGATION_REACH = 4;
const NEGATIONS = new Set(["not", "never", "no", "nobody", "nothing", "isn", "don", "doesn", "didn", "won", "wouldn", "couldn", "shouldn", "can", "cannot", "pas", "jamais", "ne", "n", "aucun", "aucune", "personne", "rien", "plus"]);
/** "can" is a negation only as "can't" (tokens "can" "t"); "plus" only after « ne ». */
function negationAt(view: TextView, i: number): boolean {
  const w = view.tokens[i]!.norm;
  if (!NEGATIONS.has(w)) return false;
  if (w === "can") return view.tokens[i + 1]?.norm === "t" || view.tokens[i + 1]?.norm === "not";
  if (w === "plus" || w === "personne" || w === "rien") return view.tokens[i - 1]?.norm === "ne" || view.tokens[i - 1]?.norm === "n";
  if (w === "don" || w === "doesn" || w === "didn" || w === "won" || w === "wouldn" || w === "isn" || w === "couldn" || w === "shouldn") return view.tokens[i + 1]?.norm === "t";
  return true;
}

/** Whether token `i` is in the scope of a negation: one within NEGATION_REACH tokens before it, in its sentence. */
export function negatedAt(view: TextView, i: number, reach = NEGATION_REACH): boolean {
  const sentence = sentenceOf(view, i);
  const first = Math.max(view.sentenceStarts[sentence]!, i - reach);
  for (let k = first; k < i; k++) if (negationAt(view, k)) return true;
  return false;
}

export const quotation = perView((view: TextView): Quotation => {
  const text = view.text;
  const quoted: [number, number][] = [];
  let open = -1;
  let closer = "";
  // Only the quotation marks are visited, found by one pattern: the rest of the text is not walked character by character.
  QUOTE_MARKS.lastIndex = 0;
  for (let m = QUOTE_MARKS.exec(text); m !== null; m = QUOTE_MARKS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (open >= 0 && i - open > QUOTE_REACH) open = -1;
    if (open >= 0) {
      if (ch === closer) {
        quoted.push([open + 1, i]);
        open = -1;
      }
      continue;
    }
    if (OPEN_CLOSE[ch] !== undefined) {
      open = i;
      closer = OPEN_CLOSE[ch]!;
    } else if (ch === "\"" || (ch === "'" && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? " "))) {
      // A plain quote opens after a space or a bracket, never inside a word ("don't", « l'hostie »).
      open = i;
      closer = ch;
    }
  }
  countSteps(text.length);
  const reported = new Set<number>();
  const tokens = view.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const candidates = REPORTERS_BY_FIRST.get(tokens[i]!.norm);
    if (candidates === undefined) continue;
    for (const r of candidates) {
      let k = 1;
      // « traité d'imbécile »: the elided « d' » is the same « de ».
      while (k < r.length && (tokens[i + k]?.norm === r[k] || (r[k] === "de" && tokens[i + k]?.norm === "d"))) k++;
      if (k < r.length) continue;
      // Skip an article: "called me a ___", « traité de ___ », « le mot ___ ».
      let from = i + k;
      if (/^(?:a|an|the|un|une|des|d|de|du)$/.test(tokens[from]?.norm ?? "")) from++;
      for (let j = from; j < Math.min(tokens.length, from + REPORT_REACH); j++) reported.add(j);
    }
  }
  countSteps(tokens.length * 2);
  const condemning = new Set<number>();
  // Words against abuse count outside quotation marks only: inside, they are the quoted speaker's (« t'es raciste »).
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (q < quoted.length && quoted[q]![1] <= t.start) q++;
    const inQuote = q < quoted.length && quoted[q]![0] <= t.start;
    if (CONDEMNING.has(t.norm) && !t.entity && !inQuote) condemning.add(sentenceOf(view, i));
  }
  return { quoted, reported, condemning, condemns: condemning.size > 0 };
});

/** A quotation of one or two words names them ("the word « merde »", a scare-quoted "idiot"); a longer one is speech. */
const namesWords = (text: string, q: readonly [number, number]) => q[1] - q[0] <= 30 && text.slice(q[0], q[1]).trim().split(/\s+/).length <= 2;

/** The quotation marks' span around a character span, if any. */
export function quoteAround(view: TextView, span: readonly [number, number]): readonly [number, number] | undefined {
  const q = quotation(view).quoted;
  // Quotes are in text order and never overlap: a binary search for the last one opening at or before the span.
  let lo = 0;
  let hi = q.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (q[mid]![0] <= span[0]) lo = mid + 1;
    else hi = mid;
  }
  const around = q[lo - 1];
  return around !== undefined && span[1] <= around[1] ? around : undefined;
}

/** Whether a character span lies inside quotation marks. */
export function isQuoted(view: TextView, span: readonly [number, number]): boolean {
  return quoteAround(view, span) !== undefined;
}

/**
 * How a word is used: "used" (said by the writer, or inside a longer quotation shared without a word against it, as a
 * retweet shares it), "mentioned" (a word named in short quotation marks or reported — "called me a ___", « le mot
 * ___ » — with no word against it) or "condemned" (quoted or reported in a text that condemns it outside the quotes).
 */
export function usage(view: TextView, hit: Hit): "used" | "mentioned" | "condemned" {
  const q = quotation(view);
  const reported = q.reported.has(hit.from);
  const around = quoteAround(view, hit.span);
  if (!reported && around === undefined) return "used";
  if (q.condemns) return "condemned";
  return reported || namesWords(view.text, around!) ? "mentioned" : "used";
}
