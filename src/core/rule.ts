import type { HitIndex, Hit } from "./matcher.js";
import type { Action, Activity, Author, Category, Context, Lang, Level, Span } from "./model.js";
import { sentenceOf, type TextView } from "./normalize.js";

import type { Message } from "./message.js";

export type { Message } from "./message.js";

/** A concrete edit that makes the text safer: replace a passage, or add a sentence at the end. */
export type Fix = { span: Span; replacement: string } | { append: Message };

export interface RuleExample {
  text: string;
  action?: Action;
  context?: Context;
  inReplyTo?: string;
  author?: Author;
  lang: Lang;
  /** Why this example is (or is not) a finding, in a few words. */
  note?: string;
}

export interface ReportOptions {
  span?: Span;
  /** Values for the message's `{placeholders}`. */
  data?: Record<string, string>;
  /** A different level than the rule's default, for this finding. */
  level?: Level;
  fix?: Fix;
  /** A suggestion in words, when there is no edit that would do. */
  suggestion?: Message;
  /** More guidance ids than the rule's own, for this finding. */
  guidance?: readonly string[];
}

export interface RuleContext<M extends string> {
  readonly view: TextView;
  readonly hits: HitIndex;
  readonly activity: Activity & { action: Action };
  readonly context: Context;
  /** The text being answered (comment or reply with `inReplyTo`), read the same way as the text. */
  readonly replyTo: { view: TextView; hits: HitIndex } | undefined;
  /** For context-stage rules: what the text rules found. Empty for text rules. */
  readonly findings: readonly { category: Category; level: Level; rule: string }[];
  report(messageId: M, options?: ReportOptions): void;
}

export interface RuleDefinition<M extends string> {
  /** `category/name`, matching the file `rules/<category>/<name>.ts`. */
  id: string;
  category: Category;
  level: Level;
  /** The guidance statements this rule applies, by id; at least one. Checked against the corpus by a test. */
  guidance: readonly [string, ...string[]];
  /**
   * Statements some of its findings add (through `report`'s `guidance`) in particular cases, e.g. a deputy head's
   * stricter rule. Declared so what a rule applies is known without running it; a test holds check() to it.
   */
  alsoCites?: readonly string[];
  description: Message;
  messages: Record<M, Message>;
  /** `text` rules read the text; `context` rules run after them and read their findings (default: text). */
  stage?: "text" | "context";
  /** The actions the rule applies to (default: all). */
  actions?: readonly Action[];
  /** Lexicons the rule reads (checked at start-up: an unknown id fails loudly). */
  lexicons: readonly string[];
  /**
   * Lexicons of which the text must hit at least one for the rule to find anything: the engine skips the rule on other
   * texts, which is most of them. Leave it out when the rule can fire without a hit (on a pattern, a link, the context).
   * A test runs the rules with and without it and requires the same assessments.
   */
  requires?: readonly string[];
  examples: { valid: readonly RuleExample[]; invalid: readonly RuleExample[] };
  check(ctx: RuleContext<M>): void;
}

export type Rule = RuleDefinition<string>;

/** Declares a rule; the message ids a rule reports are checked by the compiler. */
export function defineRule<M extends string>(rule: RuleDefinition<M>): RuleDefinition<M> {
  return rule;
}

const PLACEHOLDER = /\{(\w+)\}/g;

const compiledTemplates = new Map<string, string[]>();

/** Fills `{name}` placeholders; a missing value is a programming error, never a silent gap in a message. */
export function formatMessage(template: string, data: Record<string, string> = {}, ruleId = "?"): string {
  let parts = compiledTemplates.get(template);
  if (!parts) {
    // Even indexes are literal text, odd ones placeholder names.
    parts = template.split(PLACEHOLDER);
    compiledTemplates.set(template, parts);
  }
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const v = data[parts[i]!];
    if (v === undefined) throw new Error(`rule ${ruleId}: no value for {${parts[i]}} in "${template}"`);
    out += v + parts[i + 1]!;
  }
  return out;
}

/** The placeholders a template uses. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Helpers rules share for reading hits in context. */
export function sameSentence(view: TextView, a: Hit | number, b: Hit | number): boolean {
  const ia = typeof a === "number" ? a : a.from;
  const ib = typeof b === "number" ? b : b.from;
  // Two token indices are in the same sentence when no sentence start lies in (min, max].
  const lo = Math.min(ia, ib);
  const hi = Math.max(ia, ib);
  // Sentence starts ascend: two binary searches instead of a walk over all of them, which long texts made dear.
  if (lo >= 0) return lo === hi || sentenceOf(view, lo) === sentenceOf(view, hi);
  for (const start of view.sentenceStarts) if (start > lo && start <= hi) return false;
  return true;
}

/** The text of a span as written. */
export function spanText(view: TextView, span: Span): string {
  return view.text.slice(span[0], span[1]);
}
