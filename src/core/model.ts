// The vocabulary of DESIGN.md. These names are a contract with outside checks: do not rename.

export const LEVELS = ["appropriate", "risky", "inappropriate"] as const;
export type Level = (typeof LEVELS)[number];

export const ACTIONS = ["post", "comment", "reply", "share", "like", "follow", "profile"] as const;
export type Action = (typeof ACTIONS)[number];

export const CATEGORIES = [
  "harassment",
  "profanity",
  "partisan",
  "criticism",
  "confidential",
  "privacy",
  "official-capacity",
  "work-content",
  "conflict-of-interest",
  "misinformation",
  "hashtag",
  "workplace",
  "work-hours",
  "spam",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const ROLES = ["employee", "manager", "executive", "deputy-head"] as const;
export type Role = (typeof ROLES)[number];

export const LANGS = ["en", "fr"] as const;
export type Lang = (typeof LANGS)[number];

export interface Context {
  identifiable?: boolean;
  role?: Role;
  followers?: number;
  department?: string;
  electionPeriod?: boolean;
  workHours?: boolean;
  governmentDevice?: boolean;
  authorized?: boolean;
  postedAt?: string;
}

export const CONTEXT_KEYS = [
  "identifiable",
  "role",
  "followers",
  "department",
  "electionPeriod",
  "workHours",
  "governmentDevice",
  "authorized",
  "postedAt",
] as const satisfies readonly (keyof Context)[];

/** Whoever wrote what is shared, liked, quoted or answered (the batch contract's `author`). */
export interface Author {
  /** The account's handle, with or without its leading `@` (`@JustinTrudeau`, `@user@mastodon.social`). */
  handle?: string;
  /** The name the account shows. */
  name?: string;
}

/** One activity to judge: the JSONL batch contract's input line, less its id. */
export interface Activity {
  text: string;
  action?: Action;
  inReplyTo?: string;
  /** Whoever wrote what is shared, liked, quoted or answered. */
  author?: Author;
  context?: Context;
}

export type Span = [start: number, end: number];

export interface GuidanceRef {
  source: string;
  section: string;
  quote: string;
  /** The stable id of the statement in the guidance corpus. */
  id: string;
  /**
   * The quotation as a reader should see it, in the reference's language: a whole sentence in quotation marks, or the
   * quoted words after the words that introduce them (a list's lead-in, "A question the guidance asks in its scenario …",
   * the department whose own employees a statement is for). `quote` stays the source's words alone.
   */
  shown?: string;
  /** How `quote` reads: a whole `sentence`, an `excerpt` (a list item or part of a sentence), a scenario's `question`, or a `scenario`. */
  form?: QuoteForm;
  /** The title of the source in the reference's language. */
  title?: string;
  /** The published page of the source, in the reference's language where that page's address is known. */
  url?: string;
  /** Set when the statement is one department's rule for its own employees: that department's short id ("statcan", "esdc"). */
  department?: string;
}

export type QuoteForm = "sentence" | "excerpt" | "question" | "scenario";

export interface Finding {
  rule: string;
  category: Category;
  level: Level;
  message: string;
  /** `[start, end)` UTF-16 offsets into the text as written; absent when the finding is about the context, not a passage. */
  span?: Span;
  guidance: GuidanceRef[];
  suggestion?: string;
  /** How many more findings of the same rule were left out of the list (findings are capped per rule and per text). */
  more?: number;
  /** What found it: a cited rule, or the learned second opinion (src/core/learned). */
  source: FindingSource;
}

export type FindingSource = "rule" | "model";

export interface RiskFactor {
  factor: "identifiable" | "role" | "followers" | "electionPeriod" | "workHours" | "governmentDevice" | "action" | "inReplyTo";
  weight: number;
  note: string;
}

export interface Assessment {
  level: Level;
  /** 0–100: how far within its level the activity sits, raised by visibility and timing. */
  score: number;
  factors: RiskFactor[];
  findings: Finding[];
  questions: string[];
  contacts: string[];
  /** A rewrite of the text with the concrete fixes applied, where one exists. */
  rewrite?: string;
  lang: Lang;
  /** The language the text appears to be written in. */
  textLang: Lang;
  /** How many findings were left out of `findings` by the caps (per rule and per text); absent when none was. */
  omitted?: number;  /** Something the reader should know about how the text was judged (e.g. in neither language: the rules alone). */
  notice?: string;
}

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function maxLevel(a: Level, b: Level): Level {
  return levelRank(a) >= levelRank(b) ? a : b;
}

export function isAction(x: unknown): x is Action {
  return typeof x === "string" && (ACTIONS as readonly string[]).includes(x);
}

export function isRole(x: unknown): x is Role {
  return typeof x === "string" && (ROLES as readonly string[]).includes(x);
}

export function isLang(x: unknown): x is Lang {
  return x === "en" || x === "fr";
}
