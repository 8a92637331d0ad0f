import { departmentOf } from "../lexicons/any/departments.js";
import type { Hit } from "../matcher.js";
import type { Span } from "../model.js";
import type { TextView } from "../normalize.js";
import type { HitIndex } from "../matcher.js";

/** Party words that are also ordinary words count only as proper nouns in a political sentence. */
const PARTY_CONTEXT = new Set([
  "party", "parti", "candidate", "candidat", "candidate", "government", "gouvernement", "leader", "chef", "mp", "mpp", "mla", "campaign",
  "campagne", "platform", "plateforme", "plan", "majority", "minority", "majoritaire", "minoritaire", "win", "won", "caucus", "depute",
  "deputee", "riding", "circonscription", "policy", "policies", "vote", "votes", "voter", "votez", "support", "members", "membres",
]);

/** Words of a political sentence beside which a lower-case French party adjective names a party ("député libéral"). */
const FRENCH_PARTY_CONTEXT = new Set(["votez", "voter", "votons", "vote", "appuyez", "appuyer", "depute", "deputee", "deputes", "militant", "militante", "militants", "gouvernement", "candidat", "candidate", "caucus", "chef", "parti", "ministre", "camp", "vote", "regime", "cabinet"]);

/** Whether an ambiguous party word ("Liberal", "Green", "Bloc") is used as a party name here. */
export function isPartyName(view: TextView, hit: Hit): boolean {
  const written = view.text.slice(hit.span[0], hit.span[1]);
  const nextToken = view.tokens[hit.to];
  const prevToken = view.tokens[hit.from - 1];
  const reading = (t: typeof nextToken) => (t ? [t.norm, t.alt ?? t.norm] : []);
  const next = reading(nextToken);
  const prev = reading(prevToken);
  if (!/^\p{Lu}/u.test(written)) {
    // French writes party adjectives in lower case: "député libéral", "le gouvernement conservateur".
    return /^(liberal|liberale|liberaux|conservateur|conservatrice|conservateurs|vert|verts|bloquiste)$/.test(view.tokens[hit.from]!.norm) && prev.some((w) => FRENCH_PARTY_CONTEXT.has(w));
  }
  if (next.some((w) => PARTY_CONTEXT.has(w))) return true;
  // A capitalised word after it makes another proper noun: "the Green Team", "Liberal Arts College".
  // (Title case only: in text written in capitals every word is.)
  const nextCapitalised = nextToken !== undefined && /^\p{Lu}\p{Ll}/u.test(view.text.slice(nextToken.start, nextToken.end)) && /^ $/.test(view.text.slice(hit.span[1], nextToken.start));
  if (nextCapitalised) return false;
  if (prev.some((w) => PARTY_CONTEXT.has(w) || w === "the" || w === "les" || w === "le" || w === "vote" || w === "votez")) return true;
  // Plurals ("the Liberals", "les Verts") and mid-sentence capitals ("I back the Greens") name parties.
  if (/s$/i.test(written) && written.length > 4) return true;
  return !view.sentenceStarts.includes(hit.from) && /^\p{Lu}\p{Ll}/u.test(written);
}

/** Every reference to a party, leader or candidacy, in text order. */
export function politicalRefs(view: TextView, hits: HitIndex): Hit[] {
  // Several rules ask for the same references of the same text: work them out once per text, and hand out copies.
  const known = refsOfView.get(hits);
  if (known) return known.slice();
  const refs: Hit[] = [...hits.get("party"), ...hits.get("leader"), ...hits.get("party-hashtag"), ...hits.get("party-slogan")];
  for (const h of hits.get("party-ambiguous")) if (isPartyName(view, h)) refs.push(h);
  refs.sort((a, b) => a.from - b.from);
  refsOfView.set(hits, refs);
  return refs.slice();
}

const refsOfView = new WeakMap<HitIndex, Hit[]>();

/** The smallest span that covers both hits. */
export function cover(a: Hit | Span, b: Hit | Span): Span {
  const sa = Array.isArray(a) ? a : a.span;
  const sb = Array.isArray(b) ? b : b.span;
  return [Math.min(sa[0], sb[0]), Math.max(sa[1], sb[1])];
}

/** The department (short id) a GC organization hit names. */
export function departmentNamed(hit: Hit): string | undefined {
  return departmentOf.get(hit.term);
}

/** Whether a hit is preceded within `window` tokens by a negation ("not", "pas", "never"). */
export function negated(view: TextView, hit: Hit, window = 3): boolean {
  for (let i = Math.max(0, hit.from - window); i < hit.from; i++) {
    const w = view.tokens[i]!.norm;
    if (w === "not" || w === "never" || w === "no" || w === "pas" || w === "jamais" || w === "isn" || w === "don" || w === "doesn" || w === "ne" || w === "n") return true;
  }
  return false;
}

/** The hashtag (with its `#`) that contains a hit, if any. */
export function hashtagAround(view: TextView, span: Span): Span | undefined {
  const h = view.hashtags.find((e) => e.start <= span[0] && span[1] <= e.end);
  return h ? [h.start, h.end] : undefined;
}

/** The characters `[\w.+-]` of an address's local part, by char code. */
function isLocalPartChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 43 || c === 45;
}

/**
 * Every match of a global pattern that begins with `[\w.+-]+@` (an e-mail address), as `matchAll` finds them. Such a
 * match starts in the run of those characters right before the first `@`, so the search starts there: run from the
 * start of the text, the pattern tries every word of it, which costs microseconds a post.
 */
export function emailMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new Error(`emailMatches needs a global pattern, not ${pattern}`);
  const out: RegExpExecArray[] = [];
  const at = text.indexOf("@");
  if (at === -1) return out;
  let start = at;
  while (start > 0 && isLocalPartChar(text.charCodeAt(start - 1))) start--;
  pattern.lastIndex = start;
  // A failed search sets lastIndex back to 0; an address is never empty, so the search always moves on.
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.push(m);
  return out;
}

/** The URL that contains a hit, if any ("ndp.ca/donate" for a hit on "ndp"). */
export function urlAround(view: TextView, span: Span): Span | undefined {
  const u = view.urls.find((e) => e.start <= span[0] && span[1] <= e.end);
  return u ? [u.start, u.end] : undefined;
}
