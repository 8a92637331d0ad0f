import type { Category, Level } from "../model.js";
import type { Message } from "../rule.js";

/** A rule's setting in a pack: turned off, or reported at another level. */
export type RuleSetting = "off" | Level;

/** Terms added to a built-in lexicon (by its id, e.g. "gc-org") or forming a new one. */
export interface PackLexicon {
  id: string;
  terms: string[];
  /** Where the terms came from, in one line. */
  source: string;
}

/** A rule made of data: every hit of its terms is a finding with this message and citation. */
export interface PackTermRule {
  /** `<pack id>.<name>`, e.g. "statcan.embargo". */
  id: string;
  category: Category;
  level: Level;
  terms: string[];
  /** May use `{text}`: the passage as written. */
  message: Message;
  /** Ids of guidance statements in the corpus; at least one. */
  guidance: string[];
  suggestion?: Message;
}

export interface PackContact {
  id: string;
  en: string;
  fr: string;
}

/** A department pack: data only, so a values and ethics office can write one without writing code. */
export interface Pack {
  id: string;
  name: Message;
  description: Message;
  /** Packs whose settings come first; this pack's own settings win. */
  extends?: string[];
  /** Department short ids (statcan, esdc, …) that select this pack. */
  departments?: string[];
  rules?: Record<string, RuleSetting>;
  lexicons?: PackLexicon[];
  termRules?: PackTermRule[];
  contacts?: PackContact[];
}
