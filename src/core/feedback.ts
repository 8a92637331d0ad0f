// "This finding looks wrong": the shape of a report, shared by the store that keeps it, the server, the CLI and the
// page. Types and constants only, so the page that lists reports does not carry the engine.

import type { Action, Author, Category, Context, Lang, Level, Span } from "./model.js";

/** What the person thinks the finding should have been. */
export const FEEDBACK_VERDICTS = ["not-a-problem", "more-serious", "less-serious", "wrong-guidance", "other"] as const;
export type FeedbackVerdict = (typeof FEEDBACK_VERDICTS)[number];

/** The most characters a reason may hold: a paragraph or two, enough to say why. */
export const MAX_REASON_LENGTH = 2000;
/** The most characters a finding's message and rule id may hold, far above any Impartial writes. */
export const MAX_MESSAGE_LENGTH = 2000;
export const MAX_RULE_LENGTH = 100;

/** The finding a report is about, as the check showed it. */
export interface ReportedFinding {
  rule: string;
  category: Category;
  level: Level;
  message: string;
  /** `[start, end)` in the draft; absent for a finding about the context. */
  span?: Span;
  /** The passage of the draft the span marks. */
  passage?: string;
  source: "rule" | "model";
}

/** A report as the page (or any client) sends it. */
export interface FeedbackInput {
  /** The language of the page the finding was shown in. */
  lang: Lang;
  action: Action;
  /** The draft checked. */
  text: string;
  inReplyTo?: string;
  author?: Author;
  context: Context;
  finding: ReportedFinding;
  verdict: FeedbackVerdict;
  reason: string;
}

/** A stored report: one line of the JSONL export. */
export interface FeedbackReport extends FeedbackInput {
  id: number;
  createdAt: string;
  /** The version of the built-in rules of the Impartial that kept the report (a department's packs aside). */
  rulesVersion?: string;
}
