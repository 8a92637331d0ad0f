import { departmentOf } from "../lexicons/any/departments.js";
import type { Hit } from "../matcher.js";
import type { Span } from "../model.js";
import { sentenceOf, type Entity, type TextView } from "../normalize.js";
import { SpanSet } from "../spans.js";
import { countSteps } from "../work.js";
import type { HitIndex } from "../matcher.js";
import { partitionPoint } from "../sorted.js";

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
  return !opensSentence(view, hit.from) && /^\p{Lu}\p{Ll}/u.test(written);
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
  const h = entityAround(view.hashtags, span);
  return h ? [h.start, h.end] : undefined;
}

/** The characters `[\w.+-]` of an address's local part, by char code. */
function isLocalPartChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 43 || c === 45;
}

/**
 * Every match of a global pattern that begins with `[\w.+-]+@` (an e-mail address), as `matchAll` finds them. A match
 * starts in the run of those characters right before an `@`, at its first character not already read, and any start in
 * that run gives the same match or none: so the pattern is tried once per `@`, sticky, at that start. Run from the
 * start of the text, it would try every word of it, and in a long run of such characters every start (issue 10).
 */
export function emailMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new Error(`emailMatches needs a global pattern, not ${pattern}`);
  const out: RegExpExecArray[] = [];
  let sticky = stickyOf.get(pattern);
  if (!sticky) stickyOf.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.replace("g", "") + "y")));
  let read = 0;
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > read && isLocalPartChar(text.charCodeAt(start - 1))) start--;
    countSteps(at - start + 1);
    if (start === at) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m === null) continue;
    out.push(m);
    read = m.index + m[0].length;
    if (read > at) at = read - 1;
  }
  return out;
}

const stickyOf = new WeakMap<RegExp, RegExp>();

/** The URL that contains a hit, if any ("ndp.ca/donate" for a hit on "ndp"). */
export function urlAround(view: TextView, span: Span): Span | undefined {
  const u = entityAround(view.urls, span);
  return u ? [u.start, u.end] : undefined;
}

/*
 * Lookups that keep every rule linear in the text's length (issue 10): a rule that pairs hits asks an index, never
 * walks every other hit for each one.
 */

/** The items of a list by a key, each key's in the list's order. */
export function groupBy<T, K>(list: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const x of list) {
    const k = key(x);
    const bucket = out.get(k);
    if (bucket) bucket.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** Hits by the sentence they start in, each sentence's in the list's order. */
export function bySentence<H extends Hit>(view: TextView, list: readonly H[]): Map<number, H[]> {
  return groupBy(list, (h) => sentenceOf(view, h.from));
}

/**
 * `list.find((x) => sameSentence(view, x, hit) && accept(x))`, asking only the hits of the hit's sentence. `accept`
 * should refuse few of them (hits overlapping the one asked about), or the walk over one long sentence grows again.
 */
export function findInSentence<H extends Hit>(view: TextView, index: Map<number, H[]>, hit: Hit | number, accept?: (x: H) => boolean): H | undefined {
  const bucket = index.get(sentenceOf(view, typeof hit === "number" ? hit : hit.from));
  if (!bucket) return undefined;
  if (!accept) return bucket[0];
  for (let k = 0; k < bucket.length; k++) {
    if (accept(bucket[k]!)) {
      countSteps(k + 1);
      return bucket[k];
    }
  }
  countSteps(bucket.length);
  return undefined;
}

/** Hits by the token they start at (or end before, with `key: "to"`). */
export function byToken<H extends Hit>(list: readonly H[], key: "from" | "to" = "from"): Map<number, H[]> {
  return groupBy(list, (h) => h[key]);
}

/**
 * The hits of a list that another hit of the list holds whole and is longer than (`length` measures them): "pissed
 * off" holds "pissed". Swept from the longest down with a SpanSet of the longer ones, not compared pairwise.
 */
export function heldByLonger<H extends Hit>(view: TextView, list: readonly H[], length: (h: H) => number): Set<H> {
  const held = new Set<H>();
  if (list.length < 2) return held;
  // Hits all of one length hold none of one another: the common case, a word repeated, needs no sweep.
  const first = length(list[0]!);
  if (list.every((h) => length(h) === first)) return held;
  const sorted = [...list].sort((a, b) => length(b) - length(a));
  const longer = new SpanSet(view.text.length);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && length(sorted[j]!) === length(sorted[i]!)) j++;
    for (let k = i; k < j; k++) if (longer.covers(sorted[k]!.span)) held.add(sorted[k]!);
    for (let k = i; k < j; k++) longer.add(sorted[k]!.span);
    i = j;
  }
  return held;
}

/**
 * The entity (hashtag, mention, URL; sorted, never overlapping one another) that holds a span whole, found by binary
 * search: `list.find((e) => e.start <= span[0] && span[1] <= e.end)`.
 */
export function entityAround<E extends Entity>(list: readonly E[], span: Span): E | undefined {
  const e = list[partitionPoint(list, (x) => x.start <= span[0]) - 1];
  return e && span[1] <= e.end ? e : undefined;
}

/** The index of the first token starting at or after `offset` (tokens are in text order and never overlap). */
export function firstTokenFrom(view: TextView, offset: number): number {
  return partitionPoint(view.tokens, (t) => t.start < offset);
}

/** Whether token `i` opens a sentence (`view.sentenceStarts.includes(i)`, by binary search). */
export function opensSentence(view: TextView, i: number): boolean {
  return view.sentenceStarts[sentenceOf(view, i)] === i;
}

/**
 * The first match of `pattern` near one of the first `limit` places `anchor` (global) is found, each searched within
 * `before` characters ahead of it and `after` past it: for patterns whose unbounded runs (`\d[\d\s,.]*\$`) would
 * otherwise try every start in a long text. Matches longer than the reach are not found; no ordinary one is.
 */
export function firstMatchNear(text: string, anchor: RegExp, pattern: RegExp, before: number, after: number, limit = 64): RegExpExecArray | null {
  if (!anchor.global || pattern.global || pattern.sticky) throw new Error(`firstMatchNear needs a global anchor and a plain pattern, not ${anchor} and ${pattern}`);
  anchor.lastIndex = 0;
  let seen = 0;
  for (let a = anchor.exec(text); a !== null && seen < limit; a = anchor.exec(text), seen++) {
    const from = Math.max(0, a.index - before);
    const m = pattern.exec(text.slice(from, Math.min(text.length, a.index + a[0].length + after)));
    if (m) {
      m.index += from;
      return m;
    }
    if (a[0] === "") anchor.lastIndex++;
  }
  return null;
}

/** Determiners and possessives that a sentence's start capitalizes, which a message quoting mid-sentence lowercases. */
const LEADING_DETERMINER = /^(?:The|This|That|These|Those|Our|My|Your|Their|Le|La|Les|Ce|Cet|Cette|Ces|Notre|Nos|Mon|Ma|Mes|Votre|Vos|Leur|Leurs)(?=\s)|^L(?=['’])/;

/**
 * A passage as a message names it mid-sentence ("criticizes the minister", not "criticizes The minister"): a
 * determiner capitalized only because it opened the writer's sentence is lowercased; names keep their capitals.
 */
export function midSentence(passage: string): string {
  const m = LEADING_DETERMINER.exec(passage);
  return m ? m[0].toLowerCase() + passage.slice(m[0].length) : passage;
}

/** English judgement words that French words fold onto: « j'ai hâte » is eagerness, not "hate". */
const FALSE_FRIENDS = new Set(["hate", "hates"]);

/** A hit on an English word that the text wrote with a French accent. */
export function accentFalseFriend(view: TextView, hit: Hit): boolean {
  return FALSE_FRIENDS.has(hit.term.toLowerCase()) && !/^[\x00-\x7f]*$/.test(view.text.slice(hit.span[0], hit.span[1]));
}
