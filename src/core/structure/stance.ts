import { EN_BLAME, EN_IRONY, EN_PRAISE, EN_SARCASM } from "../lexicons/en/stance.js";
import { FR_BLAME, FR_IRONY, FR_PRAISE, FR_SARCASM } from "../lexicons/fr/stance.js";
import type { Span } from "../model.js";
import { sentenceOf, tokenSpan, type TextView } from "../normalize.js";
import { partitionPoint } from "../sorted.js";
import { countSteps } from "../work.js";
import { perView } from "./memo.js";
import { phraseChannel } from "./phrases.js";
import { targetsOf, type Target } from "./targets.js";

/**
 * A judgement the text makes: blame or praise, where it is, and what made it so (a judging word, one negated, an
 * emoji of exasperation, praise turned by irony, or a decision's name in scare quotes).
 */
export interface Evaluation {
  polarity: "blame" | "praise";
  cue: "word" | "negated-praise" | "emoji" | "irony" | "scare-quotes";
  /** Tokens `[from, to)`; an emoji is placed on the token before it. */
  from: number;
  to: number;
  span: Span;
}

type Word = "blame" | "praise" | "irony" | "sarcasm";

const stancePhrases = phraseChannel<Word>(() => {
  const entries = (blame: readonly string[], praise: readonly string[], irony: readonly string[], sarcasm: readonly string[]) => [
    // Sarcasm and irony first: "love how" is sarcasm before it is praise (the first of two equal phrases keeps its value).
    ...sarcasm.map((w) => [w, "sarcasm"] as const),
    ...irony.map((w) => [w, "irony"] as const),
    ...blame.map((w) => [w, "blame"] as const),
    ...praise.map((w) => [w, "praise"] as const),
  ];
  return { en: entries(EN_BLAME, EN_PRAISE, EN_IRONY, EN_SARCASM), fr: entries(FR_BLAME, FR_PRAISE, FR_IRONY, FR_SARCASM) };
});

/** Words that negate what follows within three tokens ("not impressed", « pas fier », "isn't great"). */
const NEGATORS = new Set(["not", "never", "no", "isn", "aren", "wasn", "weren", "don", "doesn", "didn", "won", "hardly", "pas", "jamais", "plus", "pus", "aucun", "aucune", "ni", "guere"]);

function negatedAt(view: TextView, from: number): boolean {
  const first = view.sentenceStarts[sentenceOf(view, from)]!;
  for (let i = Math.max(first, from - 3); i < from; i++) if (NEGATORS.has(view.tokens[i]!.norm)) return true;
  return false;
}

/** Emoji of exasperation, contempt or anger: 🙄 🤦 😡 🤬 😤 👎 🤡 💩 😒 🤮 😠 🙃 (the upside-down face of resignation). */
const EXASPERATION = /[\u{1F644}\u{1F926}\u{1F621}\u{1F92C}\u{1F624}\u{1F44E}\u{1F921}\u{1F4A9}\u{1F612}\u{1F92E}\u{1F620}\u{1F643}]/gu;

/** A short passage in quotation marks: "the 'modernization' plan", « leur “consultation” ». */
const SCARE_QUOTED = /(?<![\p{L}\p{N}])["“«‘'](?=[^\s"”»’'])([^"“”«»‘’'.!?\n]{2,40})["”»’'](?![\p{L}\p{N}])/gu;

/** The first words of "another", "yet another", "one more", « encore un », « encore une ». */
const AGAIN = new Set(["another", "yet", "one", "encore"]);

/** Every judgement in a text, in text order. */
export const evaluationsOf = perView((view: TextView): Evaluation[] => {
  const out: Evaluation[] = [];
  const found = stancePhrases(view);
  // Sentences where irony turns praise around: "Great, another reorg 🙃", "merci la haute gestion, comme d'hab".
  const ironic = new Set<number>();
  for (const h of found) if (h.value === "irony" || h.value === "sarcasm") ironic.add(sentenceOf(view, h.from));
  const emoji: Evaluation[] = [];
  if (view.text.length > 0 && view.tokens.length > 0) {
    EXASPERATION.lastIndex = 0;
    for (let m = EXASPERATION.exec(view.text); m !== null; m = EXASPERATION.exec(view.text)) {
      const at = Math.max(0, partitionPoint(view.tokens, (t) => t.start < m!.index) - 1);
      emoji.push({ polarity: "blame", cue: "emoji", from: at, to: at + 1, span: [m.index, m.index + m[0].length] });
      ironic.add(sentenceOf(view, at));
      countSteps(1);
    }
  }
  // "great job… not": a sentence that ends on "not".
  for (let s = 0; s < view.sentenceStarts.length; s++) {
    const last = (view.sentenceStarts[s + 1] ?? view.tokens.length) - 1;
    if (last < 0 || view.tokens[last]!.norm !== "not") continue;
    // "Great job… not": the ellipsis ends a sentence, and the lone "not" turns the one before it.
    ironic.add(last > view.sentenceStarts[s]! ? s : s - 1);
  }
  for (const h of found) {
    if (h.value === "irony") continue;
    const span = tokenSpan(view, h.from, h.to);
    if (h.value === "sarcasm") {
      out.push({ polarity: "blame", cue: "irony", from: h.from, to: h.to, span });
      continue;
    }
    const negated = negatedAt(view, h.from);
    if (h.value === "blame") {
      // "not bad", « pas si pire »: a negated blame judges nothing.
      if (!negated) out.push({ polarity: "blame", cue: "word", from: h.from, to: h.to, span });
      continue;
    }
    if (negated) out.push({ polarity: "blame", cue: "negated-praise", from: h.from, to: h.to, span });
    else if (ironic.has(sentenceOf(view, h.from))) out.push({ polarity: "blame", cue: "irony", from: h.from, to: h.to, span });
    else out.push({ polarity: "praise", cue: "word", from: h.from, to: h.to, span });
  }
  out.push(...emoji);
  // "Another reorg.", « Encore un gel d'embauche »: a decision greeted as one more of the same is a complaint about it.
  const targets = targetsOf(view);
  if (targets.length > 0) {
    const policyAt = new Set<number>();
    for (const t of targets) if (t.kind === "policy") policyAt.add(t.from);
    for (const h of found) {
      if (h.value !== "irony" || !AGAIN.has(view.tokens[h.from]!.norm)) continue;
      // Right before it, or with one word between ("another stupid reorg", « encore une autre réorganisation »).
      if (policyAt.has(h.to) || policyAt.has(h.to + 1)) out.push({ polarity: "blame", cue: "irony", from: h.from, to: h.to, span: tokenSpan(view, h.from, h.to) });
    }
  }
  // A decision's name in scare quotes, beside the decision: "their 'consultation'", « la “modernisation” ».
  if (view.text.length <= 20_000) {
    SCARE_QUOTED.lastIndex = 0;
    for (let m = SCARE_QUOTED.exec(view.text); m !== null; m = SCARE_QUOTED.exec(view.text)) {
      const inner = m[1]!.trim();
      const words = inner.split(/\s+/).length;
      if (words > 3) continue;
      const from = partitionPoint(view.tokens, (t) => t.start < m!.index);
      if (from >= view.tokens.length) continue;
      out.push({ polarity: "blame", cue: "scare-quotes", from, to: from + 1, span: [m.index, m.index + m[0].length] });
    }
  }
  return out.sort((a, b) => a.from - b.from);
});

/** A judgement and what it judges. */
export interface Judgement {
  target: Target;
  evaluation: Evaluation;
}

/** Pronouns that point back to something named in the sentence before ("Took them long enough"). */
/** Only pronouns for people and institutions: "this" or « ça » point back at anything, a rumour as well as a minister. */
const ANAPHORA = new Set(["they", "them", "their", "he", "she", "his", "him", "ils", "elles", "leur", "leurs", "lui"]);

/**
 * Pairs each judgement with its target: the nearest target in its sentence (before it first), or, in a sentence that
 * names none and is short or points back with a pronoun, the last target of the sentence before ("… la ministre …
 * est évident. Honteux."). One pass over judgements and targets in text order, never each with each.
 */
export function judge(view: TextView, kept: readonly Target[], evaluations: readonly Evaluation[]): Judgement[] {
  const out: Judgement[] = [];
  if (kept.length === 0 || evaluations.length === 0) return out;
  // Targets by sentence, in order; binary search inside one sentence's list.
  const bySentence = new Map<number, Target[]>();
  for (const t of kept) {
    const s = sentenceOf(view, t.from);
    const list = bySentence.get(s);
    if (list) list.push(t);
    else bySentence.set(s, [t]);
  }
  for (const e of evaluations) {
    const s = sentenceOf(view, e.from);
    const here = bySentence.get(s);
    if (here) {
      // The nearest target that does not overlap the judgement: the last one ending at or before it, else the next.
      const k = partitionPoint(here, (t) => t.to <= e.from);
      const before = here[k - 1];
      const after = here[k] && here[k]!.from >= e.to ? here[k] : here[k + 1];
      countSteps(1);
      // The nearer of the two, by tokens between them ("merci la haute gestion": the one after).
      const target = before && after ? (after.from - e.to < e.from - before.to ? after : before) : (before ?? after);
      if (target) out.push({ target, evaluation: e });
      continue;
    }
    if (s === 0) continue;
    const prev = bySentence.get(s - 1);
    if (!prev) continue;
    const start = view.sentenceStarts[s]!;
    const end = view.sentenceStarts[s + 1] ?? view.tokens.length;
    let pointsBack = end - start <= 5;
    for (let i = start; !pointsBack && i < Math.min(end, start + 12); i++) pointsBack = ANAPHORA.has(view.tokens[i]!.norm);
    if (pointsBack) out.push({ target: prev[prev.length - 1]!, evaluation: e });
  }
  return out;
}

/** Judgements of the targets a text names, computed once per text. */
export const judgementsOf = perView((view: TextView): Judgement[] => {
  // Most texts name no one: they are not read for judgements at all.
  const targets = targetsOf(view);
  return targets.length === 0 ? [] : judge(view, targets, evaluationsOf(view));
});
