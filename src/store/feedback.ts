// "This finding looks wrong": what a person tells Impartial about one finding, kept in their own review database and
// never sent. They may export the reports (one JSON object a line) to give to their values and ethics office or to
// the project, if they choose.

import type Database from "better-sqlite3";
import { InputError, MAX_TEXT_LENGTH } from "../core/engine.js";
import { BilingualError, type Message } from "../core/message.js";
import { FEEDBACK_VERDICTS, MAX_MESSAGE_LENGTH, MAX_REASON_LENGTH, MAX_RULE_LENGTH, type FeedbackInput, type FeedbackReport, type ReportedFinding } from "../core/feedback.js";
import { CATEGORIES, isLang, LEVELS } from "../core/model.js";
import { parseActivity } from "../core/validate.js";

export { FEEDBACK_VERDICTS, MAX_REASON_LENGTH, type FeedbackInput, type FeedbackReport, type FeedbackVerdict, type ReportedFinding } from "../core/feedback.js";

/** A report that cannot be stored as sent, or one asked for that does not exist: the message says what to send. */
export class FeedbackError extends BilingualError {
  override name = "FeedbackError";
  constructor(
    text: Message,
    readonly kind: "invalid" | "missing" = "invalid",
  ) {
    super(text);
  }
}

const INPUT_KEYS = ["lang", "action", "text", "inReplyTo", "author", "context", "finding", "verdict", "reason"];
const FINDING_KEYS = ["rule", "category", "level", "message", "span", "source"];

function invalid(en: string, fr: string): FeedbackError {
  return new FeedbackError({ en, fr });
}

function record(value: unknown, where: Message): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalid(`${where.en} must be a JSON object`, `${where.fr} doit être un objet JSON`);
  return value as Record<string, unknown>;
}

function onlyKeys(o: Record<string, unknown>, keys: readonly string[], where: Message): void {
  for (const key of Object.keys(o)) {
    if (!keys.includes(key)) throw invalid(`"${key}" is not a field of ${where.en}; the fields are ${keys.join(", ")}`, `« ${key} » n'est pas un champ ${where.fr} ; les champs sont ${keys.join(", ")}`);
  }
}

function boundedString(value: unknown, field: string, max: number, required = true): string {
  if (typeof value !== "string" || (required && value.trim() === "")) throw invalid(`"${field}" must be ${required ? "a non-empty " : "a "}string`, `« ${field} » doit être une chaîne${required ? " non vide" : ""}`);
  if (value.length > max) throw invalid(`"${field}" may hold at most ${max.toLocaleString("en-CA")} characters, not ${value.length.toLocaleString("en-CA")}`, `« ${field} » peut contenir au plus ${max.toLocaleString("fr-CA")} caractères, et non ${value.length.toLocaleString("fr-CA")}`);
  return value;
}

function oneOf<T extends string>(value: unknown, field: string, values: readonly T[]): T {
  if (typeof value !== "string" || !(values as readonly string[]).includes(value)) throw invalid(`"${field}" must be one of ${values.join(", ")}`, `« ${field} » doit être l'une des valeurs ${values.join(", ")}`);
  return value as T;
}

function parseFinding(value: unknown, text: string): ReportedFinding {
  const o = record(value, { en: '"finding"', fr: "« finding »" });
  onlyKeys(o, FINDING_KEYS, { en: "a finding", fr: "d'un constat" });
  const rule = boundedString(o.rule, "finding.rule", MAX_RULE_LENGTH);
  if (!/^[a-z0-9][a-z0-9.:_/-]*$/i.test(rule)) throw invalid(`"finding.rule" must be a rule id such as "partisan-hashtag"`, `« finding.rule » doit être l'identifiant d'une règle, comme « partisan-hashtag »`);
  const finding: ReportedFinding = {
    rule,
    category: oneOf(o.category, "finding.category", CATEGORIES),
    level: oneOf(o.level, "finding.level", LEVELS),
    message: boundedString(o.message, "finding.message", MAX_MESSAGE_LENGTH),
    source: o.source === undefined ? "rule" : oneOf(o.source, "finding.source", ["rule", "model"] as const),
  };
  if (o.span !== undefined && o.span !== null) {
    const span = o.span;
    const fits = Array.isArray(span) && span.length === 2 && span.every((n) => Number.isInteger(n)) && 0 <= (span[0] as number) && (span[0] as number) < (span[1] as number) && (span[1] as number) <= text.length;
    if (!fits) throw invalid(`"finding.span" must be [start, end], two offsets into "text" with start before end (the text is ${text.length} characters long)`, `« finding.span » doit être [début, fin], deux positions dans « text », le début avant la fin (le texte compte ${text.length} caractères)`);
    finding.span = [span[0] as number, span[1] as number];
    finding.passage = text.slice(finding.span[0], finding.span[1]);
  }
  return finding;
}

/**
 * Reads a report from untrusted input (a request body): every field checked and bounded, the quoted passage taken
 * from the draft itself so that it always matches the span. Throws a FeedbackError naming the field.
 */
export function parseFeedback(value: unknown): FeedbackInput {
  const o = record(value, { en: "a report", fr: "un signalement" });
  onlyKeys(o, INPUT_KEYS, { en: "a report", fr: "d'un signalement" });
  if (!isLang(o.lang)) throw invalid('"lang" must be en or fr: the language of the page the finding was shown in', "« lang » doit être en ou fr : la langue de la page où le constat a été affiché");
  let activity;
  try {
    activity = parseActivity({ text: o.text, action: o.action ?? "post", inReplyTo: o.inReplyTo, author: o.author, context: o.context });
  } catch (e) {
    if (e instanceof InputError) throw new FeedbackError(e.text);
    throw e;
  }
  if (activity.text.trim() === "") throw invalid('"text" must be the draft that was checked, not empty', "« text » doit être l'ébauche vérifiée, et non un texte vide");
  boundedString(activity.text, "text", MAX_TEXT_LENGTH);
  if (activity.inReplyTo !== undefined) boundedString(activity.inReplyTo, "inReplyTo", MAX_TEXT_LENGTH, false);
  const input: FeedbackInput = {
    lang: o.lang,
    action: activity.action ?? "post",
    text: activity.text,
    context: activity.context ?? {},
    finding: parseFinding(o.finding, activity.text),
    verdict: oneOf(o.verdict, "verdict", FEEDBACK_VERDICTS),
    reason: boundedString(o.reason ?? "", "reason", MAX_REASON_LENGTH, false).trim(),
  };
  if (activity.inReplyTo !== undefined && activity.inReplyTo !== "") input.inReplyTo = activity.inReplyTo;
  if (activity.author !== undefined && Object.keys(activity.author).length > 0) input.author = activity.author;
  return input;
}

interface FeedbackRow {
  id: number;
  created_at: string;
  rules_version: string | null;
  report: string;
}

function toReport(row: FeedbackRow): FeedbackReport {
  const input = JSON.parse(row.report) as FeedbackInput;
  return { id: row.id, createdAt: row.created_at, ...(row.rules_version !== null ? { rulesVersion: row.rules_version } : {}), ...input };
}

/** The reports in one review database: added by the page or an API client, listed, exported and deleted by the person. */
export class FeedbackReports {
  constructor(private readonly db: Database.Database) {}

  /** Stores a report (checked again here: the store never holds one the export could not give back). */
  add(value: unknown, rulesVersion?: string): FeedbackReport {
    const input = parseFeedback(value);
    const createdAt = new Date().toISOString();
    const result = this.db.prepare("INSERT INTO feedback (created_at, rules_version, report) VALUES (?, ?, ?)").run(createdAt, rulesVersion ?? null, JSON.stringify(input));
    return this.get(Number(result.lastInsertRowid))!;
  }

  get(id: number): FeedbackReport | undefined {
    const row = this.db.prepare("SELECT * FROM feedback WHERE id = ?").get(id) as FeedbackRow | undefined;
    return row && toReport(row);
  }

  /** Every report, newest first. */
  list(): FeedbackReport[] {
    return (this.db.prepare("SELECT * FROM feedback ORDER BY id DESC").all() as FeedbackRow[]).map(toReport);
  }

  count(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM feedback").get() as { n: number }).n;
  }

  /**
   * The export: one report a line, oldest first (the order they were written in), each line ending in a newline. Read
   * whole before the first line (reports are written by hand, so few): no statement stays open while a download waits.
   */
  *jsonl(): Generator<string> {
    const rows = this.db.prepare("SELECT * FROM feedback ORDER BY id").all() as FeedbackRow[];
    for (const row of rows) yield `${JSON.stringify(toReport(row))}\n`;
  }

  /** Deletes one report; a FeedbackError (missing) when there is none with this id. */
  delete(id: number): void {
    if (this.erase("DELETE FROM feedback WHERE id = ?", [id]) === 0) {
      throw new FeedbackError({ en: `no report ${id}: "impartial feedback list" shows the reports kept`, fr: `aucun signalement ${id} : « impartial feedback list » montre les signalements conservés` }, "missing");
    }
  }

  /** Deletes every report; returns how many there were. */
  deleteAll(): number {
    return this.erase("DELETE FROM feedback", []);
  }

  /**
   * A deleted report's draft is overwritten in the file (secure_delete), and the write-ahead log, which holds copies of
   * old pages, is folded in and emptied when no other connection is reading it.
   */
  private erase(sql: string, args: unknown[]): number {
    const before = this.db.pragma("secure_delete", { simple: true }) as number;
    this.db.pragma("secure_delete = ON");
    let changes: number;
    try {
      changes = this.db.prepare(sql).run(...args).changes;
    } finally {
      this.db.pragma(`secure_delete = ${before ? "ON" : "OFF"}`);
    }
    if (changes > 0) this.db.pragma("wal_checkpoint(TRUNCATE)");
    return changes;
  }
}
