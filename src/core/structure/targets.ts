import { EN_TARGETS, type TargetWord } from "../lexicons/en/targets.js";
import { FR_TARGETS } from "../lexicons/fr/targets.js";
import { leader } from "../lexicons/any/leaders.js";
import { party } from "../lexicons/any/parties.js";
import type { Span } from "../model.js";
import { tokenSpan, type TextView } from "../normalize.js";
import { ORGANIZATIONS } from "../organizations.js";
import { perView } from "./memo.js";
import { phraseChannel } from "./phrases.js";

/**
 * What a target is: one's own employer (`employer`: "my department", « ma direction »), the people who manage one
 * (`management`), colleagues, a government or a place that stands for one (`polity`: "the US", « la Ville de
 * Montréal »), a person who leads one (`leader`, including party leaders), a party, a decision or policy (`policy`),
 * or a Government of Canada organization by name (`org`, with its id).
 */
export type TargetKind = TargetWord | "org";

export interface Target {
  kind: TargetKind;
  /** Tokens `[from, to)`. */
  from: number;
  to: number;
  span: Span;
  /** For `org`: the organization's short id (`esdc`, `statcan`, …), to tell one's own employer from another. */
  org?: string;
  /** For `leader`: a party leader or head of government named (Poilievre, Legault), not a title (the minister, Trump). */
  named?: boolean;
}

type Entry = { kind: TargetKind; org?: string; capitals?: boolean; named?: boolean };

/** English and French words, leaders' and parties' names, every GC organization's names. */
const targetPhrases = phraseChannel<Entry>(() => {
  const shared: [string, Entry][] = [];
  for (const name of leader.terms) shared.push([name, { kind: "leader", named: true }]);
  // Party names that are also ordinary words ("Green", "Liberal") are in another list, read by the partisan rules.
  for (const name of party.terms) shared.push([name, { kind: "party" }]);
  for (const o of ORGANIZATIONS) {
    shared.push([o.en, { kind: "org", org: o.id }], [o.fr, { kind: "org", org: o.id }]);
    // Abbreviations count only in capitals: "CRA", "ARC", not the word "arc".
    if (o.abbrEn) shared.push([o.abbrEn, { kind: "org", org: o.id, capitals: true }]);
    if (o.abbrFr) shared.push([o.abbrFr, { kind: "org", org: o.id, capitals: true }]);
  }
  const own = (list: typeof EN_TARGETS) => list.map(([w, kind]) => [w, { kind }] as [string, Entry]);
  return { en: [...own(EN_TARGETS), ...shared], fr: [...own(FR_TARGETS), ...shared] };
});

/** "4:30 pm", "à 2 h pm": the hour, not the prime minister. */
function isClockPm(view: TextView, from: number): boolean {
  const t = view.tokens[from]!;
  if (t.norm !== "pm") return false;
  const prev = view.tokens[from - 1];
  return prev !== undefined && /^\d/.test(prev.norm);
}

/** Who and what a text speaks of, in text order (a text in French reads French words, in English English ones). */
export const targetsOf = perView((view: TextView): Target[] => {
  const out: Target[] = [];
  for (const hit of targetPhrases(view)) {
    const span = tokenSpan(view, hit.from, hit.to);
    if (hit.value.capitals && view.text.slice(span[0], span[1]) !== view.text.slice(span[0], span[1]).toUpperCase()) continue;
    if (isClockPm(view, hit.from)) continue;
    const target: Target = { kind: hit.value.kind, from: hit.from, to: hit.to, span };
    if (hit.value.org) target.org = hit.value.org;
    if (hit.value.named) target.named = true;
    out.push(target);
  }
  return out;
});

/** Whether a target is one's own employer: named as such, or the organization the context says one works for. */
export function isOwnEmployer(target: Target, department: string | undefined): boolean {
  return target.kind === "employer" || (target.kind === "org" && department !== undefined && target.org === department);
}
