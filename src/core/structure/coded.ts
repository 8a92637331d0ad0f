import type { Span } from "../model.js";
import { tokenIds, type TextView } from "../normalize.js";
import { WordSet } from "../vocabulary.js";
import { countSteps } from "../work.js";
import { groupClaims } from "./groups.js";
import { perView } from "./memo.js";

/**
 * Coded hate and dog whistles, in English and French, from published inventories:
 * - ADL, Hate Symbols Database (adl.org/resources/hate-symbols): the triple parentheses "echo" (((…))), 1488, 14 words,
 *   88, ZOG, RaHoWa, "day of the rope", "the goyim know", "happy merchant", 13/50 (also 13/52, 13/90), "globalist" as an
 *   antisemitic code in context, "white genocide", "great replacement";
 * - Canadian Anti-Hate Network (antihate.ca), reports on the "great replacement" / « grand remplacement » and
 *   "remigration" narratives in Canada and Quebec;
 * - Institute for Strategic Dialogue, "The Great Replacement: the violent consequences of mainstreamed extremism" (2019),
 *   on « remigration » and « grand remplacement » in French-speaking networks;
 * - "just asking questions" (JAQing) and "if you catch my drift" as deniable framings of a group claim (Marwick & Lewis,
 *   "Media Manipulation and Disinformation Online", Data & Society, 2017);
 * - « islamo-gauchiste », a term used to discredit (see the CNRS statement of 17 February 2021 and the MLMA corpus's
 *   hateful French tweets), ambiguous alone: a code only beside a group named or another code.
 * "explicit" codes are hate whoever reads them; "contextual" ones only beside a group or another code.
 */
export interface Code {
  span: Span;
  strength: "explicit" | "contextual";
}

/** Explicit codes as token sequences (folded). */
const EXPLICIT: readonly (readonly string[])[] = [
  ["great", "replacement"], ["grand", "remplacement"], ["remigration"], ["white", "genocide"], ["genocide", "blanc"], ["day", "of", "the", "rope"],
  ["rahowa"], ["zog"], ["goyim", "know"], ["happy", "merchant"], ["kalergi"], ["eurabia"], ["fourteen", "words"], ["14", "words"], ["14", "mots"],
  ["1488"], ["14", "88"], ["wpww"], ["white", "power"], ["white", "pride", "world", "wide"], ["sieg", "heil"], ["heil", "hitler"], ["hh88"],
  ["jewish", "question"], ["question", "juive"], ["remplacistes"], ["replacement", "migration"], ["deportthemall"], ["greatreplacement"],
  ["grandremplacement"], ["whitegenocide"],
];
/** Codes that say hate beside a group named or another code: "globalists", « islamo-gauchistes », "same tribe". */
const CONTEXTUAL: readonly (readonly string[])[] = [
  ["globalists"], ["globalist"], ["globalistes"], ["mondialistes"], ["cosmopolites"], ["same", "tribe"], ["islamo", "gauchiste"],
  ["islamo", "gauchistes"], ["islamogauchiste"], ["islamogauchistes"], ["islamo", "gauchisme"], ["islamogauchisme"],
];
/** Framings and names that say hate only beside a group claim or another code: "just asking questions", "you know who", "Soros". */
const FRAMING: readonly (readonly string[])[] = [
  ["just", "asking", "questions"], ["just", "asking"], ["catch", "my", "drift"], ["you", "know", "who"], ["you", "know", "the", "stat"],
  ["suivez", "mon", "regard"], ["je", "pose", "juste", "la", "question"], ["je", "dis", "ca", "je", "dis", "rien"], ["bankers"], ["banquiers"],
  ["rothschild"], ["rothschilds"], ["soros"],
];

function index(seqs: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const m = new Map<string, (readonly string[])[]>();
  for (const s of seqs) m.set(s[0]!, [...(m.get(s[0]!) ?? []), s]);
  return m;
}
const EXPLICIT_BY = index(EXPLICIT);
const CONTEXTUAL_BY = index(CONTEXTUAL);
const FRAMING_BY = index(FRAMING);
const TIERS = [[EXPLICIT_BY, "explicit"], [CONTEXTUAL_BY, "contextual"], [FRAMING_BY, "framing"]] as const;
/** The words codes start with: other tokens are passed over at once. */
const STARTS = new WordSet([...EXPLICIT_BY.keys(), ...CONTEXTUAL_BY.keys(), ...FRAMING_BY.keys()]);

/** The (((echo))) around a name or a word: up to 40 characters inside, no nesting. */
const ECHO = /\(\(\(\s*[^()\n]{1,40}\)\)\)/g;
/** "13% … 50%", "13/50", "13 do 50": the crime-statistics dog whistle. */
const THIRTEEN_FIFTY = /\b13\s*(?:%|percent|\/\s*(?:50|52|90)\b)/i;

export const codedHate = perView((view: TextView): Code[] => {
  const out: Code[] = [];
  const t = view.tokens;
  const contextual: { code: Code }[] = [];
  const framing: Code[] = [];
  const ids = tokenIds(view);
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.norm;
    // Handles and hashtags carry codes inside them: @vraispatriotes1488, #whitegenocide.
    if ((t[i]!.entity === "mention" || t[i]!.entity === "hashtag") && /1488|14(?:_|-)88|hh88/.test(w) && !/^\d+$/.test(w)) {
      out.push({ span: [t[i]!.start, t[i]!.end], strength: "explicit" });
      continue;
    }
    if (!STARTS.hasId(ids[i]!)) continue;
    for (const [by, tier] of TIERS) {
      for (const seq of by.get(w) ?? []) {
        let k = 0;
        while (k < seq.length && t[i + k]?.norm === seq[k]) k++;
        if (k < seq.length) continue;
        // A number is a code only standing alone: not "$1488", "1488 Bank St", "1488 km".
        if (/^\d+$/.test(w) && !numberStandsAlone(view, i, i + k)) continue;
        // A number said in prose ("day 1488 of the walk", "in 1488") is a code only beside a group or another code:
        // in a handle or a hashtag (above) it is one by itself.
        const bare = seq.every((part) => /^\d+$/.test(part));
        const code: Code = { span: [t[i]!.start, t[i + k - 1]!.end], strength: tier === "explicit" && !bare ? "explicit" : "contextual" };
        if (tier === "explicit" && bare) contextual.push({ code });
        else if (tier === "explicit") out.push(code);
        else if (tier === "contextual") contextual.push({ code });
        else framing.push(code);
      }
    }
  }
  countSteps(t.length * 2);
  if (view.text.includes("(((")) for (const m of view.text.matchAll(ECHO)) out.push({ span: [m.index, m.index + m[0].length], strength: "explicit" });
  const tf = view.text.includes("13") ? THIRTEEN_FIFTY.exec(view.text) : null;
  if (tf && /\b50\s*(?:%|percent)?/.test(view.text.slice(tf.index + 2, tf.index + 160))) out.push({ span: [tf.index, tf.index + tf[0].length], strength: "explicit" });
  // Contextual codes count with a group named, a group claim or another code; framings with a claim or another code.
  const claims = groupClaims(view);
  const explicitBefore = out.length > 0;
  const groupContext = explicitBefore || claims.namesGroup || contextual.length > 1 || (contextual.length > 0 && framing.length > 0);
  for (const c of contextual) {
    if (groupContext) out.push({ ...c.code, strength: "explicit" });
  }
  if (explicitBefore || claims.claims.length > 0 || (contextual.length > 0 && groupContext)) for (const f of framing) out.push({ ...f, strength: "explicit" });
  // One finding per passage: a code inside another ("bankers" inside "(((bankers)))") is the same one.
  out.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const kept: Code[] = [];
  for (const c of out) if (!kept.length || c.span[1] > kept[kept.length - 1]!.span[1]) kept.push(c);
  return kept;
});

/** Whether a number stands alone (not money, an address, a measure or a count of things). */
function numberStandsAlone(view: TextView, from: number, to: number): boolean {
  const t = view.tokens;
  if (view.text[t[from]!.start - 1] === "$") return false;
  const next = t[to];
  return !next || !/^(?:st|rue|street|ave|avenue|km|kg|m|ft|pi|dollars|\$|h|pm|am|bank|rd|road|blvd|boul|chemin|ch|people|personnes|cases|cas|votes)$/.test(next.norm);
}
