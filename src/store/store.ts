// The review database: what `scan` found in a person's history, how it was assessed, and what they decided.
// Decisions belong to the person: re-imports and re-assessments never touch them.

import { existsSync } from "node:fs";
import { hostname } from "node:os";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { EARLIEST_DATE } from "../core/dates.js";
import { BilingualError, type Message } from "../core/message.js";
import {
  ACTIONS,
  LEVELS,
  levelRank,
  type Assessment,
  type Category,
  type Context,
  type Lang,
  type Level,
  type RiskFactor,
} from "../core/model.js";
import { PLATFORMS, type HistoryItem, type Platform, type Visibility } from "../importers/types.js";
import { actionVerb, itemGroup, decisionName, decisionsFor, hasReadableText, offeredSql, offers, type ItemGroup } from "../core/remedies.js";
import type { Action } from "../core/model.js";
import { FeedbackReports } from "./feedback.js";
import { compactFindings, compactLines, hydrateFindings, hydrateLines, type StoredLine } from "./compact.js";
import { APPLICATION_ID, FTS_TRIGGERS, IMPORT_INDEXES, MIGRATIONS, SCHEMA_VERSION } from "./schema.js";
import { createPrivateFile, ensurePrivateFolder, tighten, type PrivacyNotice } from "./private-files.js";

export { defaultStorePath } from "./paths.js";
export { fingerprintSource } from "./fingerprint.js";

export const DECISIONS = ["keep", "delete", "edit", "make-private"] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * An item's place in the review: its assessment's level, or `unchecked` for an item with no text to read (a favourite
 * or boost the export gives only as a link) in which nothing was found: Impartial cannot say it is appropriate.
 */
export const REVIEW_STATES = ["appropriate", "risky", "inappropriate", "unchecked"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** How a list is ordered. `attention`: own words, then shares, then likes; worst first, then newest. */
export const SORTS = ["attention", "level", "newest", "oldest", "platform", "engagement"] as const;
export type Sort = (typeof SORTS)[number];

const VISIBILITIES: readonly Visibility[] = ["public", "unlisted", "followers", "direct", "private", "unknown"];

export type ImportStatus = "running" | "done" | "failed" | "interrupted";

export interface ImportRecord {
  id: number;
  platform: Platform;
  sourcePath: string;
  fingerprint: string;
  startedAt: string;
  finishedAt?: string;
  /**
   * `running` only while the process that began it is alive; one whose process is gone (killed, crashed) is read as
   * `interrupted`, as is one stopped by Ctrl-C or SIGTERM.
   */
  status: ImportStatus;
  /** The process writing it (absent for imports recorded before Impartial kept it). */
  owner?: { pid: number; host: string };
  /** An interrupted import the person chose to leave as it is (`review imports --clear-interrupted`). */
  clearedAt?: string;
  /** An interrupted import whose export was scanned to the end since: nothing of it is missing any more. */
  resumed: boolean;
  /** The count given to `finishImport`. */
  itemCount?: number;
  error?: string;
  /** Items whose latest sighting was this import: what a `running` import managed to commit. */
  itemsStored: number;
}

/** One item of an import with its assessment, as `addBatch` takes it. */
export interface ImportRow {
  item: HistoryItem;
  assessment: Assessment;
  /** The item predates the person's entry into the public service. */
  beforeService: boolean;
  rulesVersion: string;
  /** The context the item was judged in (as of its date), kept so it can be judged again, e.g. for its words in the other language. */
  context?: Context;
}

export interface ItemKey {
  platform: Platform;
  id: string;
}

export interface StoredAssessment {
  assessment: Assessment;
  categories: Category[];
  rulesVersion: string;
  assessedAt: string;
  /** The context it was judged in; absent for assessments stored before Impartial kept it. */
  context?: Context;
}

export interface StoredDecision {
  decision: Decision;
  note?: string;
  decidedAt: string;
  /** When the person ticked it done on their to-do list (not for `keep`). */
  doneAt?: string;
}

export interface ReviewRow {
  item: HistoryItem;
  beforeService: boolean;
  importId: number;
  firstSeen: string;
  lastSeen: string;
  /** Absent only for an item stored without one, which `addBatch` never does. */
  assessed?: StoredAssessment;
  decision?: StoredDecision;
  /** The assessment's level, or `unchecked` when the item had no text to read and nothing was found. */
  state?: ReviewState;
  /** The item has text besides links (absent: taken as true, as for rows built outside the store). */
  readable?: boolean;
}

export interface ReviewFilter {
  /** By review state: a level, or `unchecked`. */
  level?: ReviewState | readonly ReviewState[];
  /** Words to find in the text (full-text, accents folded, each word a prefix); all of them must be there. */
  search?: string;
  action?: Action | readonly Action[];
  group?: ItemGroup;
  /** The attention view: undecided items at risky or worse. */
  attention?: boolean;
  /** Created before this date or time (ISO 8601), exclusive; items whose date is unknown are never before nor after. */
  before?: string;
  /** Created on or after this date or time (ISO 8601). */
  after?: string;
  /** Judged as made during an election period (the context stored with the assessment). */
  electionPeriod?: boolean;
  /** Liked and reposted by others at least this many times (where the export says). */
  engagementAtLeast?: number;
  /** Items whose latest sighting was this import. */
  importId?: number;
  sort?: Sort;
  category?: Category;
  platform?: Platform;
  /** The calendar year of `createdAt`, in UTC. */
  year?: number;
  /** Only items whose date is unknown (core/dates.ts). */
  dateUnknown?: boolean;
  /** Only items without a decision. */
  undecided?: boolean;
  decision?: Decision;
  limit?: number;
  offset?: number;
}

/** What a filter selects, without a page: the scope of counts and of a report. */
export type ReviewSelection = Omit<ReviewFilter, "limit" | "offset" | "sort">;

export interface ReviewCounts {
  total: number;
  /** Assessed items by level; `unchecked` items are not counted here. */
  byLevel: Record<Level, number>;
  /** Items with no text to read in which nothing was found (REVIEW_STATES). */
  unchecked?: number;
  byCategory: Partial<Record<Category, number>>;
  byPlatform: Partial<Record<Platform, number>>;
  byYear: Record<string, number>;
  /** Assessed items by year then level, for a timeline chart; always filled by `counts()`, optional for counts built elsewhere. */
  byYearLevel?: Record<string, Record<Level, number> & { unchecked?: number }>;
  byDecision: Record<Decision | "undecided", number>;
}

export interface DeletionEntry {
  platform: Platform;
  id: string;
  /** What was done: a post, a reply, a like… so the checklist says which step undoes it. */
  action: Action;
  url?: string;
  createdAt: string;
  text: string;
  note?: string;
  decidedAt: string;
}

/** One change of decisions, as `decideMany` made it: undone as one step by `undo`. */
export interface Change {
  id: number;
  madeAt: string;
  description: Message;
  /** Items whose decision it set (or cleared). */
  changed: number;
  /** Items it selected but could not decide that way (a bio cannot be deleted, a like cannot be edited). */
  skipped: number;
  ruleId?: number;
}

export interface ChangeRecord {
  id: number;
  madeAt: string;
  description: Message;
  changed: number;
  ruleId?: number;
  undoneAt?: string;
}

/** A saved triage rule: items its selection keeps that have no decision get its decision, now and at each import. */
export interface TriageRule {
  id: number;
  createdAt: string;
  selection: ReviewSelection;
  decision: Decision;
  note?: string;
}

/** One step of the to-do list: something the person decided to do on a platform. */
export interface TodoEntry {
  platform: Platform;
  id: string;
  action: Action;
  decision: Exclude<Decision, "keep">;
  url?: string;
  createdAt: string;
  text: string;
  note?: string;
  decidedAt: string;
  doneAt?: string;
}

/** A problem with the review database or with what was asked of it, in words a user can act on. */
export class StoreError extends BilingualError {
  constructor(text: Message) {
    super(text);
    this.name = "StoreError";
  }
}

/** Why a file cannot be used as the review database: not a database (or damaged), another program's, or a newer Impartial's. */
export type UnusableKind = "damaged" | "foreign" | "newer";

/** The file at `path` cannot be used as the review database; the message says what to do (move it aside, re-scan). */
export class StoreUnusableError extends StoreError {
  constructor(
    readonly kind: UnusableKind,
    readonly path: string,
    detail: Message,
  ) {
    super(unusableMessage(kind, path, detail));
    this.name = "StoreUnusableError";
  }
}

/** Another process is scanning into the database (or holds it): try again when it is done. */
export class StoreBusyError extends StoreError {
  override name = "StoreBusyError";
}

function unusableMessage(kind: UnusableKind, path: string, detail: Message): Message {
  // Its log and shared memory go with it: a stale log beside a new database would be replayed into it.
  const files = [path, `${path}-wal`, `${path}-shm`].filter((f, i) => i === 0 || existsSync(f));
  const moves = files.map((f) => `mv "${f}" "${f}.${kind === "damaged" ? "damaged" : "aside"}"`).join("; ");
  if (kind === "newer")
    return {
      en: `${path}: this review database was written by a newer Impartial (${detail.en}); upgrade Impartial to use it, or give another file with --db. Impartial has not changed it.`,
      fr: `${path} : cette base de données d'examen a été écrite par une version plus récente d'Impartial (${detail.fr}) ; mettez Impartial à jour pour l'utiliser, ou donnez un autre fichier avec --db. Impartial ne l'a pas modifiée.`,
    };
  if (kind === "foreign")
    return {
      en: `${path}: this is another program's database, not an Impartial review database (${detail.en}); Impartial has not changed it. Give another file with --db, or move this one aside (${moves}) and scan your export again.`,
      fr: `${path} : c'est la base de données d'un autre programme, et non une base de données d'examen d'Impartial (${detail.fr}) ; Impartial ne l'a pas modifiée. Donnez un autre fichier avec --db, ou mettez celui-ci de côté (${moves}) et analysez de nouveau votre exportation.`,
    };
  return {
    en: `${path}: the review database is damaged or is not a database (${detail.en}). Move it aside (${moves}), then scan your export again to rebuild it; triage decisions kept in it are lost unless you restore it from a backup.`,
    fr: `${path} : la base de données d'examen est endommagée ou n'est pas une base de données (${detail.fr}). Mettez-la de côté (${moves}), puis analysez de nouveau votre exportation pour la reconstruire ; les décisions de tri qu'elle contenait sont perdues, sauf si vous la restaurez depuis une sauvegarde.`,
  };
}

const DAMAGED_CODES = new Set(["SQLITE_NOTADB", "SQLITE_CORRUPT", "SQLITE_CORRUPT_VTAB", "SQLITE_CORRUPT_SEQUENCE", "SQLITE_CORRUPT_INDEX"]);
const BUSY_CODES = new Set(["SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_BUSY_TIMEOUT", "SQLITE_LOCKED"]);

/**
 * SQLite's own failure on the database at `path` in words a user can act on: a damaged file becomes a
 * StoreUnusableError, a database held by another process a StoreBusyError; anything else is returned as it was.
 */
export function storeFailure(error: unknown, path: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return error;
  if (DAMAGED_CODES.has(code)) return new StoreUnusableError("damaged", path, { en: `SQLite: ${(error as Error).message}`, fr: `SQLite : ${(error as Error).message}` });
  if (BUSY_CODES.has(code))
    return new StoreBusyError({
      en: `${path}: another Impartial is writing to the review database (SQLite: ${(error as Error).message}); try again once it has finished`,
      fr: `${path} : un autre Impartial écrit dans la base de données d'examen (SQLite : ${(error as Error).message}) ; réessayez quand il aura terminé`,
    });
  return error;
}

/** Whether the process that began an import still runs. A process on another computer (a shared folder) cannot be asked, and is taken as running. */
function ownerAlive(pid: number | null, host: string | null): boolean {
  if (pid === null) return false;
  if (host !== null && host !== hostname()) return true;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** An error's text in both languages; one that is not bilingual (SQLite's) is given as written in both. */
function textOf(error: unknown): Message {
  if (error instanceof BilingualError) return error.text;
  const message = error instanceof Error ? error.message : String(error);
  return { en: message, fr: message };
}

interface ItemRecord {
  platform: Platform;
  id: string;
  action: HistoryItem["action"];
  created_at: string;
  text: string;
  in_reply_to: string | null;
  url: string | null;
  visibility: Visibility;
  source_file: string;
  deleted: number;
  content_warning: string | null;
  before_service: number;
  import_id: number;
  first_seen: string;
  last_seen: string;
  readable: number;
  engagement: number | null;
}

interface JoinedRecord extends ItemRecord {
  rules_version: string | null;
  level: Level | null;
  score: number | null;
  categories: string | null;
  findings: string | null;
  details: string | null;
  assessed_at: string | null;
  decision: Decision | null;
  note: string | null;
  decided_at: string | null;
  done_at: string | null;
}

/** An assessment's details as stored: questions and contacts from the corpus kept by id (see compact.ts). */
interface AssessmentDetails {
  factors: RiskFactor[];
  questions: StoredLine[];
  contacts: StoredLine[];
  rewrite?: string;
  lang: Lang;
  textLang: Lang;
  context?: Context;
}

interface ImportRecordRow {
  id: number;
  platform: Platform;
  source_path: string;
  source_fingerprint: string;
  started_at: string;
  finished_at: string | null;
  status: ImportStatus;
  item_count: number | null;
  error: string | null;
  owner_pid: number | null;
  owner_host: string | null;
  cleared_at: string | null;
  items_stored: number;
  resumed: number;
}

const FROM_JOINED = `
  FROM items i
  LEFT JOIN assessments a ON a.platform = i.platform AND a.id = i.id
  LEFT JOIN decisions d ON d.platform = i.platform AND d.id = i.id`;

/**
 * FROM with only the joins a statement's other parts read: the assessments when they name `a.`, the decisions when
 * they name `d.`. SQLite keeps an unused LEFT JOIN that is followed by another, and looking up each item's assessment
 * cost a count over 100,000 items most of its time.
 */
function fromFor(...parts: string[]): string {
  const text = parts.join(" ");
  return `FROM items i${/\ba\./.test(text) ? " LEFT JOIN assessments a ON a.platform = i.platform AND a.id = i.id" : ""}${/\bd\./.test(text) ? " LEFT JOIN decisions d ON d.platform = i.platform AND d.id = i.id" : ""}`;
}

const JOINED_COLUMNS = `i.*, a.rules_version, a.level, a.score, a.categories, a.findings, a.details, a.assessed_at,
         d.decision, d.note, d.decided_at, d.done_at`;

const SELECT_JOINED = `SELECT ${JOINED_COLUMNS} ${FROM_JOINED}`;

/** An item's year, or "?" when its date is unknown (stored as UNKNOWN_DATE, or impossible: before any platform). */
const YEAR_OF = `CASE WHEN i.created_at < '${EARLIEST_DATE}' THEN '?' ELSE substr(i.created_at, 1, 4) END`;

/**
 * An item's state's rank, a column of the item (schema.ts, migration 6): its assessment's level rank, or −1 when it is
 * unchecked (below appropriate), −2 without an assessment. Its group's rank (own, shared, reacted) is `i.group_rank`.
 */
const STATE_RANK = "i.state_rank";
/** Each review state's rank. */
const RANK_OF_STATE: Record<ReviewState, number> = { unchecked: -1, appropriate: levelRank("appropriate"), risky: levelRank("risky"), inappropriate: levelRank("inappropriate") };
/** The groups in the order of their rank (`i.group_rank`, as GROUP_RANK_SQL in core/remedies.ts). */
const GROUP_RANKS: readonly ItemGroup[] = ["own", "shared", "reacted"];
const STATE_OF_RANK = new Map(Object.entries(RANK_OF_STATE).map(([state, rank]) => [rank, state as ReviewState]));

/** Each sort's ORDER BY; platform and id make every order total. The default is worst level first, then newest. */
const ORDERS: Record<Sort, string> = {
  attention: `ORDER BY i.group_rank, ${STATE_RANK} DESC, i.created_at DESC, i.platform, i.id`,
  level: `ORDER BY ${STATE_RANK} DESC, i.created_at DESC, i.platform, i.id`,
  newest: "ORDER BY i.created_at DESC, i.platform, i.id",
  oldest: "ORDER BY i.created_at, i.platform, i.id",
  platform: "ORDER BY i.platform, i.created_at DESC, i.id",
  engagement: "ORDER BY coalesce(i.engagement, -1) DESC, i.created_at DESC, i.platform, i.id",
};
const REVIEW_ORDER = ORDERS.level;

const SELECT_IMPORTS = `
  SELECT imports.*, coalesce(stored.n, 0) AS items_stored,
    EXISTS (SELECT 1 FROM imports later WHERE later.source_fingerprint = imports.source_fingerprint AND later.id > imports.id AND later.status = 'done') AS resumed
  FROM imports
  LEFT JOIN (SELECT import_id, count(*) AS n FROM items GROUP BY import_id) stored ON stored.import_id = imports.id`;

function isoNow(): string {
  return new Date().toISOString();
}

function categoriesOf(assessment: Assessment): Category[] {
  return [...new Set(assessment.findings.map((f) => f.category))];
}

function problem(field: string, expected: Message, got: unknown): StoreError {
  const value = JSON.stringify(got) ?? "undefined";
  return new StoreError({ en: `${field}: expected ${expected.en}, got ${value}`, fr: `${field} : attendu ${expected.fr}, reçu ${value}` });
}

function oneOf(values: readonly string[]): Message {
  return { en: `one of ${values.join(", ")}`, fr: `l'une des valeurs ${values.join(", ")}` };
}

function checkDecision(decision: unknown): asserts decision is Decision {
  if (!(DECISIONS as readonly unknown[]).includes(decision))
    throw new StoreError({ en: `unknown decision ${JSON.stringify(decision)}: expected one of ${DECISIONS.join(", ")}`, fr: `décision inconnue ${JSON.stringify(decision)} : attendu l'une de ${DECISIONS.join(", ")}` });
}

const SELECTION_KEYS: ReadonlySet<string> = new Set(["level", "category", "platform", "year", "dateUnknown", "undecided", "decision", "search", "action", "group", "attention", "before", "after", "electionPeriod", "engagementAtLeast", "importId"]);

/** A selection as a saved rule keeps it: known fields only, dates as dates, the search with words in it. */
function checkSelection(selection: ReviewSelection): void {
  if (!selection || typeof selection !== "object" || Array.isArray(selection)) throw problem("selection", { en: "an object", fr: "un objet" }, selection);
  for (const key of Object.keys(selection)) if (!SELECTION_KEYS.has(key)) throw problem(`selection.${key}`, { en: "no such field", fr: "aucun champ de ce nom" }, (selection as Record<string, unknown>)[key]);
  for (const key of ["before", "after"] as const) {
    const value = selection[key];
    if (value !== undefined && (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(Date.parse(value))))
      throw problem(`selection.${key}`, { en: "a date (YYYY-MM-DD)", fr: "une date (AAAA-MM-JJ)" }, value);
  }
  if (selection.search !== undefined) ftsQuery(selection.search);
}

/**
 * What a person typed into the search box as an FTS5 query: each run of letters and digits a quoted prefix ("elect"
 * finds élection, élections, electoral), all of them required. Operators, quotes and punctuation are not syntax here,
 * so nothing typed can make the query fail or run long; at most 16 words of at most 64 characters are kept.
 */
export function ftsQuery(search: string): string {
  const words = (typeof search === "string" ? search.slice(0, 2000) : "").normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0)
    throw new StoreError({ en: `search ${JSON.stringify(String(search).slice(0, 40))}: give at least one word (letters or digits)`, fr: `recherche ${JSON.stringify(String(search).slice(0, 40))} : donnez au moins un mot (lettres ou chiffres)` });
  return words.slice(0, 16).map((w) => `"${w.slice(0, 64)}"*`).join(" ");
}

function checkAssessment(assessment: Assessment, rulesVersion: string): void {
  if (!assessment || !(LEVELS as readonly string[]).includes(assessment.level))
    throw problem("assessment.level", oneOf(LEVELS), assessment?.level);
  if (!Number.isFinite(assessment.score)) throw problem("assessment.score", { en: "a number", fr: "un nombre" }, assessment.score);
  if (!Array.isArray(assessment.findings)) throw problem("assessment.findings", { en: "a list", fr: "une liste" }, assessment.findings);
  if (typeof rulesVersion !== "string" || !rulesVersion) throw problem("rulesVersion", { en: "a non-empty version", fr: "une version non vide" }, rulesVersion);
}

function checkRow(row: ImportRow): void {
  const { item } = row;
  if (!item || typeof item !== "object") throw problem("item", { en: "an item", fr: "un élément" }, item);
  if (!(PLATFORMS as readonly string[]).includes(item.platform)) throw problem("item.platform", oneOf(PLATFORMS), item.platform);
  if (typeof item.id !== "string" || !item.id) throw problem("item.id", { en: "a non-empty id", fr: "un identifiant non vide" }, item.id);
  if (!(ACTIONS as readonly string[]).includes(item.action)) throw problem("item.action", oneOf(ACTIONS), item.action);
  if (typeof item.createdAt !== "string" || Number.isNaN(Date.parse(item.createdAt)))
    throw problem("item.createdAt", { en: "an ISO 8601 date", fr: "une date ISO 8601" }, item.createdAt);
  if (typeof item.text !== "string") throw problem("item.text", { en: "text", fr: "du texte" }, item.text);
  if (!VISIBILITIES.includes(item.visibility)) throw problem("item.visibility", oneOf(VISIBILITIES), item.visibility);
  if (typeof item.sourceFile !== "string") throw problem("item.sourceFile", { en: "a path", fr: "un chemin" }, item.sourceFile);
  if (item.engagement !== undefined && !(Number.isSafeInteger(item.engagement) && item.engagement >= 0))
    throw problem("item.engagement", { en: "a count (a whole number, 0 or more)", fr: "un nombre entier positif ou nul" }, item.engagement);
  if (typeof row.beforeService !== "boolean") throw problem("beforeService", { en: "true or false", fr: "true ou false" }, row.beforeService);
  if (row.context !== undefined && (typeof row.context !== "object" || row.context === null || Array.isArray(row.context))) throw problem("context", { en: "a context object", fr: "un objet de contexte" }, row.context);
  checkAssessment(row.assessment, row.rulesVersion);
}

function toItem(r: ItemRecord): HistoryItem {
  const item: HistoryItem = {
    platform: r.platform,
    id: r.id,
    action: r.action,
    createdAt: r.created_at,
    text: r.text,
    visibility: r.visibility,
    sourceFile: r.source_file,
  };
  if (r.in_reply_to !== null) item.inReplyTo = r.in_reply_to;
  if (r.url !== null) item.url = r.url;
  if (r.deleted) item.deleted = true;
  if (r.content_warning !== null) item.contentWarning = r.content_warning;
  if (r.engagement !== null) item.engagement = r.engagement;
  return item;
}

function toReviewRow(r: JoinedRecord): ReviewRow {
  const row: ReviewRow = {
    item: toItem(r),
    beforeService: r.before_service === 1,
    importId: r.import_id,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    readable: r.readable !== 0,
  };
  if (r.level !== null && r.rules_version !== null && r.assessed_at !== null) {
    const details = JSON.parse(r.details ?? "{}") as AssessmentDetails;
    const assessment: Assessment = {
      level: r.level,
      score: r.score ?? 0,
      factors: details.factors,
      findings: hydrateFindings(JSON.parse(r.findings ?? "[]") as Parameters<typeof hydrateFindings>[0], details.lang),
      questions: hydrateLines(details.questions, details.lang),
      contacts: hydrateLines(details.contacts, details.lang),
      lang: details.lang,
      textLang: details.textLang,
    };
    if (details.rewrite !== undefined) assessment.rewrite = details.rewrite;
    row.assessed = {
      assessment,
      categories: JSON.parse(r.categories ?? "[]") as Category[],
      rulesVersion: r.rules_version,
      assessedAt: r.assessed_at,
    };
    if (details.context) row.assessed.context = details.context;
  }
  if (r.decision !== null && r.decided_at !== null) {
    row.decision = { decision: r.decision, decidedAt: r.decided_at };
    if (r.note !== null) row.decision.note = r.note;
    if (r.done_at !== null) row.decision.doneAt = r.done_at;
  }
  if (row.assessed) row.state = row.assessed.assessment.level === "appropriate" && !row.readable ? "unchecked" : row.assessed.assessment.level;
  return row;
}

function toImportRecord(r: ImportRecordRow): ImportRecord {
  const record: ImportRecord = {
    id: r.id,
    platform: r.platform,
    sourcePath: r.source_path,
    fingerprint: r.source_fingerprint,
    startedAt: r.started_at,
    status: r.status === "running" && !ownerAlive(r.owner_pid, r.owner_host) ? "interrupted" : r.status,
    itemsStored: r.items_stored,
    resumed: r.resumed === 1,
  };
  if (r.owner_pid !== null) record.owner = { pid: r.owner_pid, host: r.owner_host ?? "" };
  if (r.cleared_at !== null) record.clearedAt = r.cleared_at;
  if (r.finished_at !== null) record.finishedAt = r.finished_at;
  if (r.item_count !== null) record.itemCount = r.item_count;
  if (r.error !== null) record.error = r.error;
  return record;
}

/**
 * A filter as SQL over items `i`, assessments `a` and decisions `d`. `scan`: the search's matches are many (a common
 * word), so they are tested as the items are read from an index (`i.rowid + 0` keeps SQLite from reading each match
 * from the table by its row id, which costs several times more per match than reading an index entry).
 */
function whereClause(filter: ReviewFilter, scan = false): { sql: string; params: unknown[]; scan: boolean } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.level !== undefined) {
    const levels = typeof filter.level === "string" ? [filter.level] : [...filter.level];
    conditions.push(`${STATE_RANK} IN (${levels.map(() => "?").join(", ")})`);
    params.push(...levels.map((l) => RANK_OF_STATE[l] ?? null));
  }
  if (filter.category !== undefined) {
    conditions.push("EXISTS (SELECT 1 FROM json_each(a.categories) c WHERE c.value = ?)");
    params.push(filter.category);
  }
  if (filter.platform !== undefined) {
    conditions.push("i.platform = ?");
    params.push(filter.platform);
  }
  if (filter.year !== undefined) {
    conditions.push("substr(i.created_at, 1, 4) = ?");
    params.push(String(filter.year).padStart(4, "0"));
  }
  if (filter.dateUnknown) conditions.push(`${YEAR_OF} = '?'`);
  if (filter.search !== undefined) {
    conditions.push(`i.rowid${scan ? " + 0" : ""} IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)`);
    params.push(ftsQuery(filter.search));
  }
  if (filter.action !== undefined) {
    const actions = typeof filter.action === "string" ? [filter.action] : [...filter.action];
    conditions.push(`i.action IN (${actions.map(() => "?").join(", ")})`);
    params.push(...actions);
  }
  if (filter.group !== undefined) {
    conditions.push("i.group_rank = ?");
    params.push(GROUP_RANKS.indexOf(filter.group));
  }
  if (filter.attention) conditions.push(`d.decision IS NULL AND ${STATE_RANK} >= ${levelRank("risky")}`);
  if (filter.before !== undefined) {
    conditions.push(`i.created_at >= '${EARLIEST_DATE}' AND i.created_at < ?`);
    params.push(filter.before);
  }
  if (filter.after !== undefined) {
    conditions.push("i.created_at >= ?");
    params.push(filter.after);
  }
  if (filter.electionPeriod !== undefined) conditions.push(`coalesce(json_extract(a.details, '$.context.electionPeriod'), 0) = ${filter.electionPeriod ? 1 : 0}`);
  if (filter.engagementAtLeast !== undefined) {
    conditions.push("i.engagement >= ?");
    params.push(filter.engagementAtLeast);
  }
  if (filter.importId !== undefined) {
    conditions.push("i.import_id = ?");
    params.push(filter.importId);
  }
  if (filter.undecided) conditions.push("d.decision IS NULL");
  if (filter.decision !== undefined) {
    conditions.push("d.decision = ?");
    params.push(filter.decision);
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(" AND ")}` : "", params, scan: scan && filter.search !== undefined };
}

export class ReviewStore {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly writeBatch: (importId: number, rows: readonly ImportRow[]) => void;
  private readonly writeAssessments: (rows: readonly (ItemKey & { assessment: Assessment; rulesVersion: string })[]) => void;
  /** The "this finding looks wrong" reports the person kept (feedback.ts). */
  readonly feedback: FeedbackReports;

  constructor(private readonly db: Database.Database) {
    this.feedback = new FeedbackReports(db);
    this.writeBatch = db.transaction((importId: number, rows: readonly ImportRow[]) => {
      const now = isoNow();
      rows.forEach((row, index) => {
        try {
          checkRow(row);
          this.upsertItem(importId, row, now);
          this.upsertAssessment(row.item, row.assessment, row.rulesVersion, now, row.context);
        } catch (e) {
          const key = row?.item ? `${String(row.item.platform)}/${String(row.item.id)}` : "?";
          const cause = textOf(e);
          throw new StoreError({
            en: `batch row ${index} (${key}): ${cause.en}; the batch was not stored`,
            fr: `ligne ${index} du lot (${key}) : ${cause.fr} ; le lot n'a pas été enregistré`,
          });
        }
      });
    });
    this.writeAssessments = db.transaction((rows: readonly (ItemKey & { assessment: Assessment; rulesVersion: string })[]) => {
      const now = isoNow();
      rows.forEach((row, index) => {
        const key = `${String(row.platform)}/${String(row.id)}`;
        if (!this.hasItem(row.platform, row.id)) {
          throw new StoreError({
            en: `row ${index} (${key}): no such item in the review database; nothing was replaced`,
            fr: `ligne ${index} (${key}) : aucun élément de ce nom dans la base de données d'examen ; rien n'a été remplacé`,
          });
        }
        try {
          checkAssessment(row.assessment, row.rulesVersion);
        } catch (e) {
          const cause = textOf(e);
          throw new StoreError({ en: `row ${index} (${key}): ${cause.en}; nothing was replaced`, fr: `ligne ${index} (${key}) : ${cause.fr} ; rien n'a été remplacé` });
        }
        this.upsertAssessment(row, row.assessment, row.rulesVersion, now);
      });
    });
  }

  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private upsertItem(importId: number, { item, beforeService, assessment }: ImportRow, now: string): void {
    const readable = hasReadableText(item.text);
    this.statement(
      `INSERT INTO items (platform, id, action, created_at, text, in_reply_to, url, visibility, source_file, deleted,
                          content_warning, before_service, import_id, first_seen, last_seen, readable, engagement, state_rank, group_rank)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (platform, id) DO UPDATE SET
         action = excluded.action, created_at = excluded.created_at, text = excluded.text,
         in_reply_to = excluded.in_reply_to, url = excluded.url, visibility = excluded.visibility,
         source_file = excluded.source_file, deleted = excluded.deleted, content_warning = excluded.content_warning,
         before_service = excluded.before_service, import_id = excluded.import_id, last_seen = excluded.last_seen,
         readable = excluded.readable, engagement = excluded.engagement,
         state_rank = excluded.state_rank, group_rank = excluded.group_rank`,
    ).run(
      item.platform,
      item.id,
      item.action,
      item.createdAt,
      item.text,
      item.inReplyTo ?? null,
      item.url ?? null,
      item.visibility,
      item.sourceFile,
      item.deleted ? 1 : 0,
      item.contentWarning ?? null,
      beforeService ? 1 : 0,
      importId,
      now,
      now,
      readable ? 1 : 0,
      item.engagement ?? null,
      readable || assessment.level !== "appropriate" ? levelRank(assessment.level) : RANK_OF_STATE.unchecked,
      GROUP_RANKS.indexOf(itemGroup(item.action)),
    );
  }

  private upsertAssessment(key: ItemKey, assessment: Assessment, rulesVersion: string, now: string, context?: Context): void {
    const details: AssessmentDetails = {
      factors: assessment.factors,
      questions: compactLines(assessment.questions, assessment.lang),
      contacts: compactLines(assessment.contacts, assessment.lang),
      lang: assessment.lang,
      textLang: assessment.textLang,
    };
    if (assessment.rewrite !== undefined) details.rewrite = assessment.rewrite;
    if (context !== undefined) details.context = context;
    this.statement(
      `INSERT INTO assessments (platform, id, rules_version, level, level_rank, score, categories, findings, details, assessed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (platform, id) DO UPDATE SET
         rules_version = excluded.rules_version, level = excluded.level, level_rank = excluded.level_rank,
         score = excluded.score, categories = excluded.categories, findings = excluded.findings,
         details = excluded.details, assessed_at = excluded.assessed_at`,
    ).run(
      key.platform,
      key.id,
      rulesVersion,
      assessment.level,
      levelRank(assessment.level),
      assessment.score,
      JSON.stringify(categoriesOf(assessment)),
      JSON.stringify(compactFindings(assessment.findings, assessment.lang)),
      JSON.stringify(details),
      now,
    );
  }

  private hasItem(platform: string, id: string): boolean {
    return this.statement("SELECT 1 FROM items WHERE platform = ? AND id = ?").get(platform, id) !== undefined;
  }

  private importStatus(importId: number): ImportStatus {
    const row = this.statement("SELECT status FROM imports WHERE id = ?").get(importId) as { status: ImportStatus } | undefined;
    if (!row) throw new StoreError({ en: `no import ${importId} in the review database`, fr: `aucune importation ${importId} dans la base de données d'examen` });
    return row.status;
  }

  /**
   * Records the start of an import, with this process as its owner (what tells a forget that a scan is under way);
   * importing the same source again is allowed and only refreshes its items.
   */
  beginImport(platform: Platform, sourcePath: string, fingerprint: string): number {
    if (!(PLATFORMS as readonly string[]).includes(platform)) throw new StoreError({ en: `unknown platform ${JSON.stringify(platform)}`, fr: `plateforme inconnue « ${platform} »` });
    const result = this.statement(
      "INSERT INTO imports (platform, source_path, source_fingerprint, started_at, status, owner_pid, owner_host) VALUES (?, ?, ?, ?, 'running', ?, ?)",
    ).run(platform, sourcePath, fingerprint, isoNow(), process.pid, hostname());
    const importId = Number(result.lastInsertRowid);
    this.deferIndexesIfFirst(importId);
    return importId;
  }

  /**
   * A first import (an empty store, no other import under way) writes its rows without the review's indexes and the
   * full-text triggers; `finishImport`, or the next open after a crash, builds them from the finished table.
   * Meanwhile the store answers every query, more slowly, and search finds what was stored before this import only.
   */
  private deferIndexesIfFirst(importId: number): void {
    this.db
      .transaction(() => {
        if (this.statement("SELECT 1 FROM items LIMIT 1").get() !== undefined) return;
        if (this.statement("SELECT 1 FROM imports WHERE status = 'running' AND id <> ? LIMIT 1").get(importId) !== undefined) return;
        for (const { name } of FTS_TRIGGERS) this.db.exec(`DROP TRIGGER IF EXISTS ${name}`);
        for (const { name } of IMPORT_INDEXES) this.db.exec(`DROP INDEX IF EXISTS ${name}`);
      })
      .immediate();
  }

  /** Whether the review's indexes are all there (a first import under way, or one that crashed, left them out). */
  indexesComplete(): boolean {
    const names = new Set((this.db.prepare("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')").all() as { name: string }[]).map((r) => r.name));
    return [...IMPORT_INDEXES, ...FTS_TRIGGERS].every(({ name }) => names.has(name));
  }

  /** Builds what a first import left out: each index in one sort of the table, and the full-text index from every item. */
  completeIndexes(): void {
    // sqlite_master is read twice on purpose: first without the write lock, which every open then skips when nothing
    // is missing; then the triggers again under it, so that the full-text index is rebuilt only if no other process
    // built it in between (the indexes themselves are created IF NOT EXISTS).
    if (this.indexesComplete()) return;
    this.db
      .transaction(() => {
        const names = new Set((this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]).map((r) => r.name));
        const ftsMissing = FTS_TRIGGERS.some(({ name }) => !names.has(name));
        for (const { sql } of IMPORT_INDEXES) this.db.exec(sql);
        for (const { sql } of FTS_TRIGGERS) this.db.exec(sql);
        if (ftsMissing) this.db.exec("INSERT INTO items_fts (items_fts) VALUES ('rebuild')");
      })
      .immediate();
  }

  /**
   * Stores a batch in one transaction: every item upserted by (platform, id), its assessment replaced.
   * A bad row throws a StoreError naming it, and nothing of the batch is kept.
   */
  addBatch(importId: number, rows: readonly ImportRow[]): void {
    const status = this.importStatus(importId);
    if (status !== "running") throw new StoreError({ en: `import ${importId} is already ${status}; begin a new import`, fr: `l'importation ${importId} est déjà à l'état ${status} ; commencez une nouvelle importation` });
    this.writeBatch(importId, rows);
  }

  /** Ends an import: done with its count, failed with why, or interrupted (Ctrl-C, SIGTERM) with what was stored kept. */
  finishImport(importId: number, outcome: { count: number } | { error: string } | { interrupted: true }): void {
    this.importStatus(importId);
    if ("interrupted" in outcome) {
      this.statement("UPDATE imports SET status = 'interrupted', finished_at = ? WHERE id = ?").run(isoNow(), importId);
    } else if ("error" in outcome) {
      this.statement("UPDATE imports SET status = 'failed', finished_at = ?, error = ? WHERE id = ?").run(isoNow(), outcome.error, importId);
    } else {
      this.statement("UPDATE imports SET status = 'done', finished_at = ?, item_count = ?, error = NULL WHERE id = ?").run(
        isoNow(),
        outcome.count,
        importId,
      );
    }
    // A first import's indexes are built now, unless another import still writes (the last one to finish builds them).
    if (this.activeImports().length === 0) this.completeIndexes();
    // The person's saved rules decide what this import brought that has no decision yet (each undoable on its own).
    if (!("error" in outcome)) for (const rule of this.rules()) this.applyRule(rule, importId);
    refreshStatistics(this.db);
  }

  /** Every import, newest first; one whose process is gone reads as `interrupted`. */
  listImports(): ImportRecord[] {
    return (this.statement(`${SELECT_IMPORTS} ORDER BY imports.id DESC`).all() as ImportRecordRow[]).map(toImportRecord);
  }

  /** Imports being written now, by this process or another one still alive: what a forget must not pull from under. */
  activeImports(): ImportRecord[] {
    return (this.statement(`${SELECT_IMPORTS} WHERE imports.status = 'running' ORDER BY imports.id`).all() as ImportRecordRow[]).map(toImportRecord).filter((i) => i.status === "running");
  }

  /** Interrupted imports that still call for the person: not cleared, and their export not scanned to the end since. */
  pendingInterrupted(): ImportRecord[] {
    return this.listImports().filter((i) => i.status === "interrupted" && i.clearedAt === undefined && !i.resumed);
  }

  /**
   * Clears the interrupted imports: each is recorded as interrupted for good (one whose process died is no longer
   * taken for a scan under way) and no longer reported. The items they stored stay. Returns how many were cleared.
   */
  clearInterrupted(): number {
    const pending = this.pendingInterrupted();
    const now = isoNow();
    const clear = this.statement("UPDATE imports SET status = 'interrupted', finished_at = coalesce(finished_at, ?), cleared_at = ? WHERE id = ?");
    this.db.transaction(() => {
      for (const i of pending) clear.run(now, now, i.id);
    })();
    return pending.length;
  }

  /** The latest import of a source with this fingerprint, to tell the user it was seen before. */
  lastImportOf(fingerprint: string): ImportRecord | undefined {
    const row = this.statement(`${SELECT_IMPORTS} WHERE source_fingerprint = ? ORDER BY imports.id DESC LIMIT 1`).get(fingerprint) as
      | ImportRecordRow
      | undefined;
    return row && toImportRecord(row);
  }

  /** Replaces the assessments of stored items (after a rules update), in one transaction; decisions stay. */
  replaceAssessments(rows: readonly (ItemKey & { assessment: Assessment; rulesVersion: string })[]): void {
    this.writeAssessments(rows);
  }

  /** Stored items in (platform, id) order after `after`, a page at a time, to re-assess them. */
  readItems(after?: ItemKey, limit = 1000): { item: HistoryItem; beforeService: boolean }[] {
    const rows = (
      after
        ? this.statement("SELECT * FROM items WHERE (platform, id) > (?, ?) ORDER BY platform, id LIMIT ?").all(after.platform, after.id, limit)
        : this.statement("SELECT * FROM items ORDER BY platform, id LIMIT ?").all(limit)
    ) as ItemRecord[];
    return rows.map((r) => ({ item: toItem(r), beforeService: r.before_service === 1 }));
  }

  /**
   * Gives one item a decision (logged as one change, so it can be undone). A decision the item is not offered (a like
   * cannot be edited, a bio cannot be deleted: core/remedies.ts) is refused with what it is offered instead.
   */
  setDecision(platform: Platform, id: string, decision: Decision, note?: string): Change {
    checkDecision(decision);
    const item = this.statement("SELECT action FROM items WHERE platform = ? AND id = ?").get(platform, id) as { action: Action } | undefined;
    if (!item) throw new StoreError({ en: `no item ${platform}/${id} in the review database`, fr: `aucun élément ${platform}/${id} dans la base de données d'examen` });
    if (!offers(platform, item.action, decision)) {
      const offered = decisionsFor(platform, item.action);
      const names = (lang: Lang) => offered.map((d) => `${d} (${decisionName(d, platform, item.action)[lang]})`).join(", ");
      throw new StoreError({
        en: `${platform}/${id} is ${actionVerb(item.action).en === "profile bio" ? "a profile bio" : `an item you ${actionVerb(item.action).en}`}: "${decision}" cannot be done to it; choose one of ${names("en")}`,
        fr: `${platform}/${id} est ${item.action === "profile" ? "une biographie de profil" : `un élément ${actionVerb(item.action).fr}`} : « ${decision} » ne s'y applique pas ; choisissez l'une de ${names("fr")}`,
      });
    }
    return this.decideMany({ keys: [{ platform, id }] }, decision, { note: note ?? null, description: { en: `${decision} ${platform}/${id}`, fr: `${decision} ${platform}/${id}` } });
  }

  /** Removes a decision (logged, so it can be undone); false when there was none. */
  clearDecision(platform: Platform, id: string): boolean {
    if (!this.statement("SELECT 1 FROM decisions WHERE platform = ? AND id = ?").get(platform, id)) return false;
    this.decideMany({ keys: [{ platform, id }] }, null, { description: { en: `clear ${platform}/${id}`, fr: `effacer ${platform}/${id}` } });
    return true;
  }

  /**
   * Gives every item of `target` (some keys, or everything a selection keeps) the same decision, or none (`null`),
   * as one change that `undo` reverses in one step. Items the decision cannot be done to (a bio is not deleted, a like
   * is not made private) are left as they were and counted in `skipped`. A note given replaces the items' notes;
   * without one, each keeps its own. Changing an item's decision clears its to-do tick.
   */
  decideMany(
    target: { keys: readonly ItemKey[] } | { selection: ReviewSelection },
    decision: Decision | null,
    options: { note?: string | null; description?: Message; ruleId?: number } = {},
  ): Change {
    if (decision !== null) checkDecision(decision);
    const now = isoNow();
    const offered = decision === null ? "d.decision IS NOT NULL" : offeredSql(decision);
    return this.db.transaction((): Change => {
      const description = JSON.stringify(options.description ?? { en: `${decision ?? "clear"}`, fr: `${decision ?? "effacer"}` });
      const changeId = Number(this.statement("INSERT INTO changes (made_at, description, rule_id, item_count) VALUES (?, ?, ?, 0)").run(now, description, options.ruleId ?? null).lastInsertRowid);
      const note = options.note === undefined ? undefined : options.note;
      const snapshot = `INSERT INTO change_items (change_id, platform, id, before_decision, before_note, before_decided_at, before_done_at, after_decision, after_note)
        SELECT ?, i.platform, i.id, d.decision, d.note, d.decided_at, d.done_at, ?, ${note === undefined ? "d.note" : "?"}`;
      const noteArgs = note === undefined ? [] : [note];
      let considered: number;
      if ("keys" in target) {
        const keys = JSON.stringify(target.keys.map((k) => [k.platform, k.id]));
        considered = target.keys.length;
        this.statement(
          `${snapshot} FROM json_each(?) k JOIN items i ON i.platform = k.value ->> 0 AND i.id = k.value ->> 1
           LEFT JOIN decisions d ON d.platform = i.platform AND d.id = i.id WHERE ${offered}`,
        ).run(changeId, decision, ...noteArgs, keys);
      } else {
        const where = this.where(target.selection);
        const and = where.sql ? `${where.sql} AND` : "WHERE";
        considered = this.count(target.selection);
        this.statement(`${snapshot} ${FROM_JOINED} ${and} ${offered}`).run(changeId, decision, ...noteArgs, ...where.params);
      }
      const changed = (this.statement("SELECT count(*) AS n FROM change_items WHERE change_id = ?").get(changeId) as { n: number }).n;
      if (decision === null) {
        this.statement("DELETE FROM decisions WHERE (platform, id) IN (SELECT platform, id FROM change_items WHERE change_id = ?)").run(changeId);
      } else {
        this.statement(
          `INSERT INTO decisions (platform, id, decision, note, decided_at)
           SELECT platform, id, after_decision, after_note, ? FROM change_items WHERE change_id = ? AND true
           ON CONFLICT (platform, id) DO UPDATE SET
             done_at = CASE WHEN decisions.decision = excluded.decision THEN decisions.done_at ELSE NULL END,
             decision = excluded.decision, note = excluded.note, decided_at = excluded.decided_at`,
        ).run(now, changeId);
      }
      this.statement("UPDATE changes SET item_count = ? WHERE id = ?").run(changed, changeId);
      return { id: changeId, madeAt: now, description: JSON.parse(description) as Message, changed, skipped: Math.max(0, considered - changed), ...(options.ruleId !== undefined ? { ruleId: options.ruleId } : {}) };
    }).immediate();
  }

  /** The changes of decisions, newest first (those undone included, marked). */
  changes(limit = 20): ChangeRecord[] {
    const rows = this.statement("SELECT * FROM changes ORDER BY id DESC LIMIT ?").all(limit) as { id: number; made_at: string; description: string; rule_id: number | null; item_count: number; undone_at: string | null }[];
    return rows.map((r) => ({
      id: r.id,
      madeAt: r.made_at,
      description: JSON.parse(r.description) as Message,
      changed: r.item_count,
      ...(r.rule_id !== null ? { ruleId: r.rule_id } : {}),
      ...(r.undone_at !== null ? { undoneAt: r.undone_at } : {}),
    }));
  }

  /**
   * Undoes one change (the latest not yet undone, by default) in one step: each item it decided goes back to what it
   * was before, unless the person has decided that item again since (then it is left, and counted in `kept`).
   */
  undo(changeId?: number): { change: ChangeRecord; restored: number; kept: number } | undefined {
    return this.db.transaction(() => {
      const row = (changeId === undefined
        ? this.statement("SELECT id FROM changes WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1").get()
        : this.statement("SELECT id FROM changes WHERE id = ?").get(changeId)) as { id: number } | undefined;
      if (!row) {
        if (changeId === undefined) return undefined;
        throw new StoreError({ en: `no change ${changeId} in the review database`, fr: `aucun changement ${changeId} dans la base de données d'examen` });
      }
      const change = this.changeRecord(row.id);
      if (change.undoneAt) throw new StoreError({ en: `change ${row.id} was already undone (${change.undoneAt})`, fr: `le changement ${row.id} a déjà été annulé (${change.undoneAt})` });
      // Still as this change left it: same decision (or none) and same note.
      const untouched = `FROM change_items c LEFT JOIN decisions d ON d.platform = c.platform AND d.id = c.id
        WHERE c.change_id = ? AND d.decision IS c.after_decision AND d.note IS c.after_note`;
      const total = (this.statement("SELECT count(*) AS n FROM change_items WHERE change_id = ?").get(row.id) as { n: number }).n;
      const restored = (this.statement(`SELECT count(*) AS n ${untouched}`).get(row.id) as { n: number }).n;
      // In two statements, not one per item (a bulk change of 10,000 is undone in one step): items the change gave
      // their first decision lose it; the others get back the decision they had. An item is in a change once, so the
      // second statement's check is not affected by the first.
      this.statement(
        `INSERT INTO decisions (platform, id, decision, note, decided_at, done_at)
         SELECT c.platform, c.id, c.before_decision, c.before_note, c.before_decided_at, c.before_done_at ${untouched} AND c.before_decision IS NOT NULL
         ON CONFLICT (platform, id) DO UPDATE SET decision = excluded.decision, note = excluded.note, decided_at = excluded.decided_at, done_at = excluded.done_at`,
      ).run(row.id);
      this.statement(`DELETE FROM decisions WHERE rowid IN (SELECT d.rowid ${untouched} AND c.before_decision IS NULL)`).run(row.id);
      this.statement("UPDATE changes SET undone_at = ? WHERE id = ?").run(isoNow(), row.id);
      return { change: this.changeRecord(row.id), restored, kept: total - restored };
    }).immediate();
  }

  private changeRecord(id: number): ChangeRecord {
    const found = this.changes(Number.MAX_SAFE_INTEGER).find((c) => c.id === id);
    if (!found) throw new StoreError({ en: `no change ${id}`, fr: `aucun changement ${id}` });
    return found;
  }

  /**
   * Saves a triage rule ("likes before 2019-01-01 → delete") and applies it at once to the items it selects that have
   * no decision; it is applied again to every import after (`finishImport`). A rule never replaces a decision.
   */
  addRule(selection: ReviewSelection, decision: Decision, note?: string): { rule: TriageRule; change: Change } {
    checkDecision(decision);
    checkSelection(selection);
    const now = isoNow();
    const id = Number(this.statement("INSERT INTO triage_rules (created_at, selection, decision, note) VALUES (?, ?, ?, ?)").run(now, JSON.stringify(selection), decision, note ?? null).lastInsertRowid);
    const rule = this.rules().find((r) => r.id === id) as TriageRule;
    return { rule, change: this.applyRule(rule) };
  }

  rules(): TriageRule[] {
    const rows = this.statement("SELECT * FROM triage_rules ORDER BY id").all() as { id: number; created_at: string; selection: string; decision: Decision; note: string | null }[];
    return rows.map((r) => ({ id: r.id, createdAt: r.created_at, selection: JSON.parse(r.selection) as ReviewSelection, decision: r.decision, ...(r.note !== null ? { note: r.note } : {}) }));
  }

  /** Deletes a saved rule: later imports are no longer decided by it; decisions it made stay (undo them with `undo`). */
  deleteRule(id: number): boolean {
    return this.statement("DELETE FROM triage_rules WHERE id = ?").run(id).changes > 0;
  }

  private applyRule(rule: TriageRule, importId?: number): Change {
    const selection: ReviewSelection = { ...rule.selection, undecided: true, ...(importId !== undefined ? { importId } : {}) };
    const description: Message = importId === undefined ? { en: `rule ${rule.id}`, fr: `règle ${rule.id}` } : { en: `rule ${rule.id} on import ${importId}`, fr: `règle ${rule.id} sur l'importation ${importId}` };
    return this.decideMany({ selection }, rule.decision, { ...(rule.note !== undefined ? { note: rule.note } : {}), description, ruleId: rule.id });
  }

  /**
   * What the person decided to do (everything but keep), by platform, then what to do, then date: each with where to
   * do it and whether it is ticked done. `progress` counts the ticks.
   */
  todo(selection: { platform?: Platform } = {}): { entries: TodoEntry[]; done: number; total: number } {
    const rows = this.statement(
      `SELECT i.platform, i.id, i.action, i.url, i.created_at, i.text, d.decision, d.note, d.decided_at, d.done_at
       FROM decisions d JOIN items i ON i.platform = d.platform AND i.id = d.id
       WHERE d.decision <> 'keep' AND (? IS NULL OR i.platform = ?)
       ORDER BY i.platform, d.decision, i.action, i.created_at, i.id`,
    ).all(selection.platform ?? null, selection.platform ?? null) as { platform: Platform; id: string; action: Action; url: string | null; created_at: string; text: string; decision: Decision; note: string | null; decided_at: string; done_at: string | null }[];
    const entries = rows.map((r): TodoEntry => {
      const entry: TodoEntry = { platform: r.platform, id: r.id, action: r.action, decision: r.decision as TodoEntry["decision"], createdAt: r.created_at, text: r.text, decidedAt: r.decided_at };
      if (r.url !== null) entry.url = r.url;
      if (r.note !== null) entry.note = r.note;
      if (r.done_at !== null) entry.doneAt = r.done_at;
      return entry;
    });
    return { entries, done: entries.filter((e) => e.doneAt !== undefined).length, total: entries.length };
  }

  /** Ticks (or unticks) to-do entries; returns how many changed. An item kept, or without a decision, has no entry to tick. */
  setDone(keys: readonly ItemKey[], done: boolean): number {
    const now = isoNow();
    return this.db.transaction(() => {
      let changed = 0;
      for (const key of keys) {
        const found = this.statement("SELECT decision, done_at FROM decisions WHERE platform = ? AND id = ?").get(key.platform, key.id) as { decision: Decision; done_at: string | null } | undefined;
        if (!found || found.decision === "keep")
          throw new StoreError({ en: `${key.platform}/${key.id} is not on the to-do list (it has no decision to act on)`, fr: `${key.platform}/${key.id} n'est pas sur la liste de tâches (aucune décision à appliquer)` });
        if ((found.done_at !== null) === done) continue;
        this.statement("UPDATE decisions SET done_at = ? WHERE platform = ? AND id = ?").run(done ? now : null, key.platform, key.id);
        changed++;
      }
      return changed;
    })();
  }

  /**
   * whereClause, told whether a search matches so many items (more than one in ten) that reading them from an index in
   * order is cheaper than reading each match by its row id: counting the matches costs a millisecond or so.
   */
  private where(filter: ReviewSelection): ReturnType<typeof whereClause> {
    if (filter.search === undefined) return whereClause(filter);
    const hits = this.statement("SELECT count(*) FROM items_fts WHERE items_fts MATCH ?").pluck().get(ftsQuery(filter.search)) as number;
    const items = this.statement("SELECT coalesce(max(rowid), 0) FROM items").pluck().get() as number;
    return whereClause(filter, hits * 10 > items);
  }

  getItem(platform: Platform, id: string): ReviewRow | undefined {
    const row = this.statement(`${SELECT_JOINED} WHERE i.platform = ? AND i.id = ?`).get(platform, id) as JoinedRecord | undefined;
    return row && toReviewRow(row);
  }

  /** Items with their assessment and decision, worst level first, then newest first. */
  query(filter: ReviewFilter = {}): ReviewRow[] {
    const where = this.where(filter);
    const order = ORDERS[filter.sort ?? "level"];
    // The page is chosen by row id first (the order's index, no assessment read), then only its rows are read whole:
    // sorting the joined rows would carry every assessment's findings through the sort.
    const sql = `${SELECT_JOINED} WHERE i.rowid IN (SELECT i.rowid ${fromFor(where.sql, order)} ${where.sql} ${order} LIMIT ? OFFSET ?) ${order}`;
    const rows = this.statement(sql).all(...where.params, filter.limit ?? -1, filter.offset ?? 0) as JoinedRecord[];
    return rows.map(toReviewRow);
  }

  /**
   * Every item the selection keeps, in query()'s order, a page at a time: the order is read once (item row ids
   * only, 8 bytes each), then each page by its ids, so a history of a million items is neither sorted again for
   * each page nor held whole in memory, and no statement stays open between pages (other requests can write).
   */
  *pages(selection: ReviewSelection = {}, size = 1000): Generator<ReviewRow[]> {
    const where = this.where(selection);
    const ids = Float64Array.from(this.statement(`SELECT i.rowid ${fromFor(where.sql, REVIEW_ORDER)} ${where.sql} ${REVIEW_ORDER}`).pluck().all(...where.params) as number[]);
    const byIds = this.statement(`SELECT i.rowid AS row_number, ${JOINED_COLUMNS} ${FROM_JOINED} WHERE i.rowid IN (SELECT value FROM json_each(?))`);
    for (let at = 0; at < ids.length; at += size) {
      const slice = Array.from(ids.subarray(at, at + size));
      const found = new Map((byIds.all(JSON.stringify(slice)) as (JoinedRecord & { row_number: number })[]).map((r) => [r.row_number, r]));
      const page: ReviewRow[] = [];
      for (const n of slice) {
        const record = found.get(n);
        if (record) page.push(toReviewRow(record));
      }
      yield page;
    }
  }

  /** How many items the filter selects (all of them by default). */
  count(filter: ReviewSelection = {}): number {
    return this.remembered(`count ${JSON.stringify(filter)}`, () => {
      const where = this.where(filter);
      return (this.statement(`SELECT count(*) AS n ${fromFor(where.sql)} ${where.sql}`).get(...where.params) as { n: number }).n;
    });
  }

  /**
   * A count as it was last computed, while the database has not changed since: by this connection (total_changes())
   * or by another (PRAGMA data_version). Paging through a long history, or coming back to a filter, then costs no pass
   * over every item it selects (at 400,000 items, counts() is about 180 ms of CPU).
   */
  private remembered<T>(key: string, compute: () => T): T {
    const version = `${this.db.pragma("data_version", { simple: true }) as number}:${this.statement("SELECT total_changes()").pluck().get() as number}`;
    if (this.countsVersion !== version) {
      this.countsCache.clear();
      this.countsVersion = version;
    }
    if (this.countsCache.has(key)) return structuredClone(this.countsCache.get(key)) as T;
    const value = compute();
    if (this.countsCache.size >= 64) this.countsCache.clear();
    this.countsCache.set(key, structuredClone(value));
    return value;
  }

  private countsVersion = "";
  private readonly countsCache = new Map<string, unknown>();

  /** Counts by level, category, platform, year and decision, over the items the filter selects (limit and offset aside). */
  counts(filter: ReviewSelection = {}): ReviewCounts {
    return this.remembered(`counts ${JSON.stringify(filter)}`, () => this.countsNow(filter));
  }

  private countsNow(filter: ReviewSelection): ReviewCounts {
    const where = this.where(filter);
    const counts: ReviewCounts = {
      total: 0,
      byLevel: { appropriate: 0, risky: 0, inappropriate: 0 },
      unchecked: 0,
      byCategory: {},
      byPlatform: {},
      byYear: {},
      byDecision: { keep: 0, delete: 0, edit: 0, "make-private": 0, undecided: 0 },
    };
    const yearLevel: Record<string, Record<Level, number> & { unchecked?: number }> = {};
    // One pass over the selection's items (an index of them, most often), grouped by state, platform and year (a few
    // hundred groups at most), summed here; decisions are counted from the decisions, fewer than the items.
    const groups = this.statement(
      `SELECT ${STATE_RANK} AS s, i.platform AS p, ${YEAR_OF} AS y, count(*) AS n ${fromFor(where.sql)} ${where.sql} GROUP BY s, p, y`,
    ).all(...where.params) as { s: number; p: Platform; y: string; n: number }[];
    const decided = this.statement(
      `SELECT d.decision AS k, count(*) AS n FROM decisions d CROSS JOIN items i ON i.platform = d.platform AND i.id = d.id
       ${/\ba\./.test(where.sql) ? "LEFT JOIN assessments a ON a.platform = i.platform AND a.id = i.id" : ""} ${where.sql} GROUP BY k`,
    ).all(...where.params) as { k: Decision; n: number }[];
    for (const { k, n } of decided) counts.byDecision[k] = n;
    for (const { s, p, y, n } of groups) {
      counts.total += n;
      counts.byPlatform[p] = (counts.byPlatform[p] ?? 0) + n;
      counts.byYear[y] = (counts.byYear[y] ?? 0) + n;
      const state = STATE_OF_RANK.get(s);
      if (state === undefined) continue;
      if (state === "unchecked") counts.unchecked! += n;
      else counts.byLevel[state] += n;
      const row = (yearLevel[y] ??= { appropriate: 0, risky: 0, inappropriate: 0 });
      row[state] = (row[state] ?? 0) + n;
    }
    counts.byYearLevel = yearLevel;
    counts.byDecision.undecided = counts.total - decided.reduce((sum, { n }) => sum + n, 0);
    // Categories from the assessments that have any (indexed apart: most have none), the filter applied to their items:
    // without a filter or with a broad search, read from that index; with a filter, from the items it keeps (CROSS JOIN:
    // SQLite joins in the order written).
    const categories = this.statement(
      `SELECT cat.value AS k, count(*) AS n FROM
         ${where.sql && !where.scan ? "items i CROSS JOIN assessments a INDEXED BY assessments_with_categories" : "assessments a INDEXED BY assessments_with_categories CROSS JOIN items i"}
         ON a.platform = i.platform AND a.id = i.id
         LEFT JOIN decisions d ON d.platform = i.platform AND d.id = i.id, json_each(a.categories) cat
       ${where.sql ? `${where.sql} AND` : "WHERE"} a.categories <> '[]' GROUP BY k`,
    ).all(...where.params) as { k: Category; n: number }[];
    for (const { k, n } of categories) counts.byCategory[k] = n;
    return counts;
  }

  /** What the person decided to delete, with where to do it, by platform then date. */
  deletionChecklist(): DeletionEntry[] {
    const rows = this.statement(
      `SELECT i.platform, i.id, i.action, i.url, i.created_at, i.text, d.note, d.decided_at
       FROM decisions d JOIN items i ON i.platform = d.platform AND i.id = d.id
       WHERE d.decision = 'delete' ORDER BY i.platform, i.created_at, i.id`,
    ).all() as { platform: Platform; id: string; action: Action; url: string | null; created_at: string; text: string; note: string | null; decided_at: string }[];
    return rows.map((r) => {
      const entry: DeletionEntry = { platform: r.platform, id: r.id, action: r.action, createdAt: r.created_at, text: r.text, decidedAt: r.decided_at };
      if (r.url !== null) entry.url = r.url;
      if (r.note !== null) entry.note = r.note;
      return entry;
    });
  }

  /**
   * Deletes what is stored of one platform (or of every one): its items, their assessments and decisions, and the
   * record of its imports, so that none of their text is left in the database's files: deleted content is
   * overwritten with zeros (secure_delete), the file is rebuilt from what remains (VACUUM, which takes a moment on a
   * large history), and the write-ahead log, which holds copies of old pages, is folded in and emptied.
   * Returns how many items were deleted.
   */
  forget(platform?: Platform): number {
    if (platform !== undefined && !(PLATFORMS as readonly string[]).includes(platform)) throw problem("platform", oneOf(PLATFORMS), platform);
    const where = platform === undefined ? "" : "WHERE platform = ?";
    const args = platform === undefined ? [] : [platform];
    const before = this.db.pragma("secure_delete", { simple: true }) as number;
    this.db.pragma("secure_delete = ON");
    let deleted = 0;
    try {
      // IMMEDIATE: no scan can begin between the check and the deletion.
      this.db.transaction(() => {
        const active = this.activeImports();
        if (active.length > 0) throw busyWith(active);
        this.statement(`DELETE FROM decisions ${where}`).run(...args);
        // The log of changes keeps notes and the keys of items: what names the platform goes with it.
        this.statement(`DELETE FROM change_items ${where}`).run(...args);
        this.statement("DELETE FROM changes WHERE id NOT IN (SELECT change_id FROM change_items)").run();
        this.statement(`DELETE FROM assessments ${where}`).run(...args);
        deleted = this.statement(`DELETE FROM items ${where}`).run(...args).changes;
        // An import of this platform that items of another still name (never from a scan, which imports one platform) stays.
        this.statement(`DELETE FROM imports ${where ? `${where} AND` : "WHERE"} id NOT IN (SELECT import_id FROM items)`).run(...args);
      }).immediate();
    } finally {
      this.db.pragma(`secure_delete = ${before ? "ON" : "OFF"}`);
    }
    // Stale copies of deleted rows can outlive them in unused parts of pages (left by earlier page splits): VACUUM
    // rebuilds the file from the live rows only, then the write-ahead log is folded in and emptied.
    try {
      // The full-text index keeps the words of deleted rows in its segments until they are merged: rebuilt from what remains.
      this.db.exec("INSERT INTO items_fts (items_fts) VALUES ('rebuild')");
      this.db.exec("VACUUM");
      const [checkpoint] = this.db.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
      if (checkpoint?.busy) throw new Error("another connection is reading it");
    } catch (e) {
      // Another program reading the database (a second Impartial) keeps the file from being rebuilt, or its log emptied.
      throw new StoreError({
        en: `${deleted} items were deleted, but the database file could not be rebuilt to clear every trace of their text (${(e as Error).message}); close any other Impartial using it and run forget again`,
        fr: `${deleted} éléments ont été supprimés, mais le fichier de la base n'a pas pu être reconstruit pour effacer toute trace de leur texte (${(e as Error).message}) ; fermez tout autre Impartial qui l'utilise et relancez forget`,
      });
    }
    return deleted;
  }

  /** The database's file, for another connection to it (a scan's thread); undefined for an in-memory store. */
  get file(): string | undefined {
    return this.db.memory ? undefined : this.db.name;
  }

  close(): void {
    this.db.close();
  }
}

function busyWith(active: readonly ImportRecord[]): StoreBusyError {
  const scans = active.map((i) => `${i.platform} ${i.sourcePath} (${i.owner ? `pid ${i.owner.pid}, ` : ""}${i.startedAt})`).join("; ");
  return new StoreBusyError({
    en: `a scan is writing to the review database now: ${scans}; wait for it to finish, or stop it (Ctrl-C), then run forget again. Nothing was deleted.`,
    fr: `une analyse écrit en ce moment dans la base de données d'examen : ${scans} ; attendez qu'elle se termine, ou arrêtez-la (Ctrl-C), puis relancez forget. Rien n'a été supprimé.`,
  });
}

/** Refuses a database that is not Impartial's before anything is written to it: another program's, or a newer Impartial's. */
function checkIdentity(db: Database.Database, path: string): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  const appId = db.pragma("application_id", { simple: true }) as number;
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]);
  const listed = `${tables.slice(0, 5).join(", ")}${tables.length > 5 ? ", …" : ""}`;
  const shown: Message = tables.length > 0 ? { en: `tables: ${listed}`, fr: `tables : ${listed}` } : { en: "no tables", fr: "aucune table" };
  const ours = ["imports", "items", "assessments", "decisions"].every((t) => tables.includes(t));
  const foreign = (what: Message) => new StoreUnusableError("foreign", path, { en: `${what.en}${shown.en}`, fr: `${what.fr}${shown.fr}` });
  if (appId !== 0 && appId !== APPLICATION_ID) throw foreign({ en: `application id ${appId}; `, fr: `identifiant d'application ${appId} ; ` });
  if (version > SCHEMA_VERSION && (appId === APPLICATION_ID || ours))
    throw new StoreUnusableError("newer", path, { en: `schema ${version}; this Impartial knows up to ${SCHEMA_VERSION}`, fr: `schéma ${version} ; cette version d'Impartial connaît jusqu'au ${SCHEMA_VERSION}` });
  if (version === 0 && tables.length > 0) throw foreign({ en: "", fr: "" });
  if (version > 0 && !ours) throw foreign({ en: `user_version ${version}; `, fr: `user_version ${version} ; ` });
}

/**
 * A migration without the `ALTER TABLE … ADD COLUMN` statements whose column is already there: SQLite has no
 * ADD COLUMN IF NOT EXISTS, and a database whose user_version was set back (by hand, as tests do) is brought forward again.
 */
function withoutColumnsPresent(db: Database.Database, migration: string): string {
  return migration.replace(/ALTER TABLE (\w+) ADD COLUMN (\w+)[^;]*;/g, (statement, table: string, column: string) =>
    (db.pragma(`table_info(${table})`) as { name: string }[]).some((c) => c.name === column) ? "" : statement,
  );
}

/**
 * Lets SQLite's planner know how the items spread over the review's indexes (ANALYZE, on a sample of each index, only
 * where the tables changed much since): without it, "own words" looks as narrow as a search for a rare word, and the
 * planner walks 60,000 entries of the first instead of reading the 7 matches of the second. With a limit, SQLite
 * keeps only counts (sqlite_stat1), no sampled entries (sqlite_stat4 stays empty): no word of the history is copied
 * into the statistics, where a forget would not find it.
 */
function refreshStatistics(db: Database.Database): void {
  db.pragma("analysis_limit = 1000");
  db.pragma("optimize = 0x10002");
}

function migrate(db: Database.Database): void {
  // Migration 5 classifies stored items with the same test as new ones.
  db.function("impartial_readable", { deterministic: true }, (text: unknown) => (typeof text === "string" && hasReadableText(text) ? 1 : 0));
  const current = () => [db.pragma("user_version", { simple: true }) as number, db.pragma("application_id", { simple: true }) as number] as const;
  const [version, appId] = current();
  if (version >= SCHEMA_VERSION && appId === APPLICATION_ID) {
    db.pragma("foreign_keys = ON");
    return;
  }
  // A migration may rebuild a table others refer to: foreign keys are checked again once they have run.
  db.pragma("foreign_keys = OFF");
  // IMMEDIATE, and the version read again inside: two processes opening a new database at once migrate it once.
  db.transaction(() => {
    const [from, id] = current();
    for (let v = from; v < SCHEMA_VERSION; v++) db.exec(withoutColumnsPresent(db, MIGRATIONS[v] ?? ""));
    if (from < SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
    if (id !== APPLICATION_ID) db.pragma(`application_id = ${APPLICATION_ID}`);
  }).immediate();
  if (version > 0) refreshStatistics(db);
  db.pragma("foreign_keys = ON");
}

export interface OpenStoreOptions {
  /** Told when an existing database file, its log, or Impartial's own folder was readable by others and was made private. */
  notice?: PrivacyNotice;
  /** The folder is Impartial's own (the default one): made 0700 if it was looser. A folder the person named is left as it is. */
  ownFolder?: boolean;
}

/**
 * Opens (creating it and its folders if need be) the review database at `path`; `:memory:` for a throwaway one.
 * The file, its write-ahead log and shared memory are 0600 (yours only), the folders made for it 0700. A file that is
 * not a review database this Impartial can use throws a StoreUnusableError saying what to do.
 */
export function openStore(path: string, options: OpenStoreOptions = {}): ReviewStore {
  const inMemory = path === ":memory:" || path === "";
  let db: Database.Database | undefined;
  try {
    if (!inMemory) {
      ensurePrivateFolder(dirname(path), { ...(options.ownFolder ? { own: true } : {}), ...(options.notice ? { notice: options.notice } : {}) });
      createPrivateFile(path);
    }
    db = new Database(path);
    // Before anything is written, even the journal mode: another program's database is left exactly as it was.
    checkIdentity(db, path);
    if (!inMemory) tighten(path, 0o600, options.notice);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    migrate(db);
    // SQLite gives its log and shared memory the database's mode; ones left by an earlier, looser file are tightened.
    if (!inMemory) for (const file of [`${path}-wal`, `${path}-shm`]) tighten(file, 0o600, options.notice);
    const store = new ReviewStore(db);
    // A first import that crashed left its indexes out: built now, unless an import is still under way.
    if (!store.indexesComplete() && store.activeImports().length === 0) store.completeIndexes();
    return store;
  } catch (e) {
    db?.close();
    if (e instanceof StoreError) throw e;
    const known = storeFailure(e, path);
    if (known instanceof StoreError) throw known;
    throw new StoreError({
      en: `${path}: cannot open the review database (${(e as Error).message})`,
      fr: `${path} : impossible d'ouvrir la base de données d'examen (${(e as Error).message})`,
    });
  }
}
