import { DEHUMANISING, FACTUAL_OR_CONDEMNING, GENERALISERS, GROUP_POINTERS, GROUP_SINGULARS, GROUP_TOPICS, GROUPS, NEGATIVE } from "../lexicons/any/group-terms.js";
import type { Span } from "../model.js";
import { tokenIds, type TextView } from "../normalize.js";
import { wordId } from "../vocabulary.js";
import { countSteps } from "../work.js";
import { perView } from "./memo.js";
import { isQuoted, negatedAt, quotation } from "./quotation.js";

/**
 * Group generalisation and dehumanisation, in English and French: a group of people (by religion, ethnicity, origin,
 * immigration status, sex, orientation, disability, age) + a generic or quantified claim ("all", "they always", « tous
 * les », « les X sont ») + a smear (crime, laziness, welfare, invasion, disease) in one sentence; a dehumanising noun
 * (vermin, parasites, « cafards ») said of a group; a smear right beside a group word (« un arabe fainéant »). A sentence
 * that cites figures or names the stereotype to reject it ("according to the census", "it's racist to say") does not
 * generalise; nor does one where the group is the victim ("violence against women") or the smear is negated.
 * Word lists: lexicons/any/group-terms.ts, with their sources.
 */
export interface GroupClaim {
  span: Span;
  /**
   * "generalisation": group + generic claim + smear; "dehumanisation": a dehumanising noun of a group; "beside": a smear
   * right next to a group word; "pronoun": "every single one of them…" with the group named only elsewhere (a reply's
   * post), for the rule to confirm.
   */
  kind: "generalisation" | "dehumanisation" | "beside" | "pronoun";
}

export interface GroupReading {
  claims: GroupClaim[];
  /** The text names a group of people or a topic standing for one (immigration, Islam). */
  namesGroup: boolean;
}

/** How far a smear may stand from its group in one sentence. */
const WINDOW = 12;
/** How close counts as generic without a quantifier: "Immigrants are criminals", « les femmes au volant, une catastrophe ». */
const NEAR = 7;

/** Determiners that make a group word specific: "my immigrant neighbours", "some Muslims", « trois réfugiés », « certains ». */
const SPECIFIC = /^(?:some|certain|certains|certaines|quelques|my|mon|ma|mes|a|an|un|une|one|two|three|four|five|deux|trois|quatre|cinq|several|plusieurs|few|many|our|nos|notre|\d+)$/;
/** Words before a group that make it the victim or the beneficiary: "violence against women", « racisme envers les noirs ». */
const VICTIM = /^(?:against|contre|envers|towards|toward|protect|protecting|proteger|help|helping|aider|support|supporting|welcome|welcoming|accueillir|accueille|of|by|victims|victimes|sur|aux|defend|defendre|for|pour|on|with|avec|to|at)$/;
/** Groups a pronoun generalisation points at: "every single one of them", "they're all", « ils sont tous », « tous des ». */
const PRONOUN_GENERAL: readonly (readonly string[])[] = [
  ["every", "single", "one"], ["all", "of", "them"], ["they", "re", "all"], ["theyre", "all"], ["they", "are", "all"], ["they", "all"],
  ["ils", "sont", "tous"], ["elles", "sont", "toutes"], ["tous", "des"], ["toutes", "des"], ["ces", "gens"], ["ce", "monde"], ["their", "kind"],
  ["you", "people"], ["these", "people"], ["those", "people"], ["ppl", "like"], ["people", "like"], ["leur", "race"], ["same", "tribe"],
];

/**
 * Every word of the lists the first walk reads, with the lists it is in (the bits below), by vocabulary number: one
 * array read per token.
 */
const GROUP = 1, SINGULAR = 2, GENERALISER = 4, TOPIC = 8, SMEAR = 16;
const WORD_KINDS: number[] = [];
for (const [list, bit] of [[GROUPS, GROUP], [GROUP_SINGULARS, SINGULAR], [GENERALISERS, GENERALISER], [GROUP_TOPICS, TOPIC], [NEGATIVE, SMEAR], [DEHUMANISING, SMEAR]] as const) {
  for (const w of list) WORD_KINDS[wordId(w)] = (WORD_KINDS[wordId(w)] ?? 0) | bit;
}
for (let id = 0; id < WORD_KINDS.length; id++) WORD_KINDS[id] ??= 0;

export const groupClaims = perView((view: TextView): GroupReading => {
  const t = view.tokens;
  const n = t.length;
  const claims: GroupClaim[] = [];
  let namesGroup = false;
  // One byte per token: GROUP, SINGULAR (a group in the singular), GENERALISER.
  const kind = new Uint8Array(n);
  let any = false;
  const ids = tokenIds(view);
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    if (id < 0 || id >= WORD_KINDS.length || t[i]!.entity === "url" || t[i]!.entity === "mention") continue;
    const bits = WORD_KINDS[id]!;
    if (bits === 0) continue;
    kind[i] = bits & (GROUP | SINGULAR | GENERALISER);
    if (bits & (GROUP | SINGULAR | TOPIC)) namesGroup = true;
    if (bits & SMEAR) any = true;
  }
  // No smear at all: nothing to weigh (most texts).
  if (!any) return { claims, namesGroup };

  const condemns = quotation(view).condemns;
  // Sentence by sentence, every smear looks for a group within WINDOW tokens of it: bounded work per smear.
  const starts = view.sentenceStarts;
  for (let s = 0; s < starts.length; s++) {
    const from = starts[s]!;
    const to = s + 1 < starts.length ? starts[s + 1]! : n;
    let factual = false;
    for (let i = from; i < to && !factual; i++) factual = FACTUAL_OR_CONDEMNING.has(t[i]!.norm) || t[i]!.norm === "%";
    if (factual) continue;
    let reported = false;
    for (let i = from; i < to; i++) {
      const w = t[i]!.norm;
      const dehumanising = DEHUMANISING.has(w);
      if (!dehumanising && !NEGATIVE.has(w)) continue;
      if (t[i]!.entity === "url" || t[i]!.entity === "mention") continue;
      // "Immigrants are not criminals", « ce ne sont pas des voleurs »; a smear quoted to condemn it.
      if (negatedAt(view, i) || (condemns && isQuoted(view, [t[i]!.start, t[i]!.end]))) continue;
      const lo = Math.max(from, i - WINDOW);
      const hi = Math.min(to, i + WINDOW + 1);
      let group = -1;
      let general = false;
      let topic = false;
      for (let j = lo; j < hi; j++) {
        if (kind[j]! & GROUP && !victim(view, j) && (group < 0 || Math.abs(j - i) < Math.abs(group - i))) group = j;
        if (kind[j]! & GENERALISER && !negatedAt(view, j, 1)) general = true;
        if (GROUP_TOPICS.has(t[j]!.norm)) topic = true;
      }
      countSteps(hi - lo);
      // A smear right beside a group word, singular or plural: « un arabe fainéant », "lazy immigrants".
      for (let j = Math.max(from, i - 2); j < Math.min(to, i + 3); j++) {
        if (j !== i && kind[j]! & (GROUP | SINGULAR) && !victim(view, j)) {
          claims.push({ span: spanOf(view, Math.min(i, j), Math.max(i, j)), kind: dehumanising ? "dehumanisation" : "beside" });
          reported = true;
          break;
        }
      }
      if (reported) break;
      if (group >= 0 && generic(view, group) && (general || Math.abs(group - i) <= NEAR)) {
        claims.push({ span: spanOf(view, Math.min(i, group), Math.max(i, group)), kind: dehumanising ? "dehumanisation" : "generalisation" });
        break;
      }
      if (dehumanising && ((group >= 0 && generic(view, group) && (general || Math.abs(group - i) <= NEAR)) || topic)) {
        claims.push({ span: spanOf(view, i, i), kind: "dehumanisation" });
        break;
      }
      // "Every single one of them came here for the welfare cheques": a pronoun generalisation, its group named elsewhere.
      const pronoun = pronounGeneralisation(view, lo, hi);
      if (pronoun >= 0) {
        claims.push({ span: spanOf(view, Math.min(i, pronoun), Math.max(i, pronoun)), kind: "pronoun" });
        break;
      }
    }
  }
  return { claims, namesGroup };
});

/** Sentences (by index) that cite figures or name a stereotype to reject it: they report a generalisation, not make it. */
export const factualSentences = perView((view: TextView): Set<number> => {
  const out = new Set<number>();
  const starts = view.sentenceStarts;
  for (let s = 0, i = 0; i < view.tokens.length; i++) {
    while (s + 1 < starts.length && starts[s + 1]! <= i) s++;
    if (FACTUAL_OR_CONDEMNING.has(view.tokens[i]!.norm)) out.add(s);
  }
  countSteps(view.tokens.length);
  return out;
});

function spanOf(view: TextView, a: number, b: number): Span {
  return [view.tokens[a]!.start, view.tokens[b]!.end];
}

/** Whether the group word at `j` names the group as such: a generic plural, not "my immigrant neighbours" or "three refugees". */
function generic(view: TextView, j: number): boolean {
  const prev = view.tokens[j - 1];
  if (!prev || view.tokens[j]!.entity === "hashtag") return true;
  if (SPECIFIC.test(prev.norm)) return false;
  // "some of the immigrants", « certains des immigrés ».
  const before = view.tokens[j - 2];
  return !(before && /^(?:of|des|d|de)$/.test(prev.norm) && /^(?:some|certains|certaines|plusieurs|many|few|quelques)$/.test(before.norm));
}

/** Whether a group is the victim or the beneficiary: "violence against women", « accueillir les réfugiés ». */
function victim(view: TextView, j: number): boolean {
  for (let k = Math.max(0, j - 2); k < j; k++) if (VICTIM.test(view.tokens[k]!.norm)) return true;
  return false;
}

/** The token where a pronoun generalisation starts within [lo, hi), or -1. */
function pronounGeneralisation(view: TextView, lo: number, hi: number): number {
  const t = view.tokens;
  for (let j = lo; j < hi; j++) {
    if (!GROUP_POINTERS.has(t[j]!.norm) && !GENERALISERS.has(t[j]!.norm) && t[j]!.norm !== "same" && t[j]!.norm !== "leur" && t[j]!.norm !== "ce") continue;
    for (const seq of PRONOUN_GENERAL) {
      let k = 0;
      while (k < seq.length && t[j + k]?.norm === seq[k]) k++;
      if (k === seq.length) return j;
    }
  }
  return -1;
}
