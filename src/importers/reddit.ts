import { Readable } from "node:stream";
import { parse, type CsvError } from "csv-parse";
import { entryText } from "./decoding.js";
import {
  baseName,
  readExport,
  type ExportEntries,
  type FileReader,
  type ImportOptions,
  type Problems,
} from "./export-reading.js";
import { exportDateToIso, withLinks } from "./item-fields.js";
import { filePosition, ImportError, type ExportEntry, type HistoryItem } from "./types.js";

/**
 * Reddit's GDPR data export: `comments.csv` (id, permalink, date, ip, subreddit, gildings, link, parent,
 * body, media) and `posts.csv` (id, permalink, date, ip, subreddit, gildings, title, url, body), dates
 * as "2023-01-15 18:23:45 UTC". No real export was available: the format was taken from public
 * descriptions of it. Ids are Reddit's fullnames (t1_ for comments, t3_ for posts).
 */
export function importReddit(entries: ExportEntries, options: ImportOptions = {}): AsyncGenerator<HistoryItem> {
  return readExport(entries, REDDIT_READERS, options);
}

const REDDIT_READERS: readonly FileReader[] = [
  { matches: (path) => baseName(path) === "comments.csv", read: (entry, problems) => readRows(entry, problems, commentItem) },
  { matches: (path) => baseName(path) === "posts.csv", read: (entry, problems) => readRows(entry, problems, postItem) },
];

type Row = Record<string, string>;

/** A Reddit comment holds at most 10,000 characters and a post 40,000. */
const MAX_RECORD_BYTES = 1024 * 1024;
type ToItem = (row: Row, createdAt: string, entry: ExportEntry) => HistoryItem | undefined;

/** Placeholders Reddit leaves where the words were deleted or removed: nothing to review. */
const GONE = new Set(["[deleted]", "[removed]"]);

async function* readRows(entry: ExportEntry, problems: Problems, toItem: ToItem): AsyncGenerator<HistoryItem> {
  const reportSkipped = (error: CsvError | undefined): undefined => {
    const line = typeof error?.["lines"] === "number" ? filePosition("line", error["lines"]) : undefined;
    problems.report(new ImportError({ en: `this row cannot be read as CSV (${error?.message ?? "unknown error"}); row skipped`, fr: `cette ligne ne peut pas être lue comme du CSV (${error?.message ?? "erreur inconnue"}) ; ligne ignorée` }, entry.path, line));
    return undefined;
  };
  // A record may not grow past MAX_RECORD_BYTES: an unclosed quote cannot make the parser hold the rest of the file.
  const parser = Readable.from(entryText(entry, (note) => problems.warn(note))).pipe(
    parse({ columns: true, bom: true, info: true, skip_empty_lines: true, skip_records_with_error: true, on_skip: reportSkipped, max_record_size: MAX_RECORD_BYTES }),
  );
  let previousEnd = 1;
  for await (const parsed of parser as AsyncIterable<{ record: Row; info: { lines: number } }>) {
    const line = previousEnd + 1;
    previousEnd = parsed.info.lines;
    const createdAt = exportDateToIso(parsed.record["date"] ?? "");
    if (!createdAt) {
      problems.report(new ImportError({ en: "this row has no readable date; row skipped", fr: "cette ligne n'a pas de date lisible ; ligne ignorée" }, entry.path, filePosition("line", line)));
      continue;
    }
    const item = toItem(parsed.record, createdAt, entry);
    if (item) yield item;
  }
}

function commentItem(row: Row, createdAt: string, entry: ExportEntry): HistoryItem | undefined {
  const body = row["body"] ?? "";
  if (GONE.has(body.trim())) return undefined;
  const text = withLinks(body, [row["media"] ?? ""]);
  if (text.trim() === "") return undefined;
  const answered = answeredBy(row);
  return {
    platform: "reddit",
    id: fullname("t1_", row["id"] ?? ""),
    action: answered.isReply ? "reply" : "comment",
    createdAt,
    text,
    ...(answered.target ? { inReplyTo: answered.target } : {}),
    ...urlOf(row["permalink"]),
    visibility: "public",
    sourceFile: entry.path,
  };
}

function postItem(row: Row, createdAt: string, entry: ExportEntry): HistoryItem | undefined {
  const id = row["id"] ?? "";
  const body = GONE.has((row["body"] ?? "").trim()) ? "" : (row["body"] ?? "");
  const title = row["title"] ?? "";
  const linked = row["url"] ?? "";
  // A text post's url is its own permalink; a link post's url is the page it shares.
  const sharesLink = linked !== "" && !new RegExp(`/comments/${escapeRegExp(id)}(/|$)`).test(linked);
  const text = withLinks([title, body].filter((part) => part.trim() !== "").join("\n\n"), sharesLink ? [linked] : []);
  if (text.trim() === "") return undefined;
  return {
    platform: "reddit",
    id: fullname("t3_", id),
    action: "post",
    createdAt,
    text,
    ...urlOf(row["permalink"]),
    visibility: "public",
    sourceFile: entry.path,
  };
}

/**
 * A comment answers a comment when its parent is one: "t1_…", or a bare id other than the post's own.
 * The parent column is written both ways in the descriptions of the format, so both are read.
 */
function answeredBy(row: Row): { isReply: boolean; target?: string } {
  const parent = (row["parent"] ?? "").trim();
  const link = row["link"] ?? "";
  const postId = /\/comments\/([a-z0-9]+)/i.exec(link)?.[1] ?? /^t3_([a-z0-9]+)$/i.exec(link.trim())?.[1];
  if (/^t1_/i.test(parent)) return { isReply: true, target: parent };
  if (parent !== "" && !/^t3_/i.test(parent) && parent !== postId) return { isReply: true, target: `t1_${parent}` };
  const target = link || parent;
  return target ? { isReply: false, target: /^\//.test(target) ? `https://www.reddit.com${target}` : target } : { isReply: false };
}

function fullname(prefix: string, id: string): string {
  return id.startsWith(prefix) ? id : `${prefix}${id}`;
}

function urlOf(permalink: string | undefined): { url?: string } {
  if (!permalink) return {};
  return { url: permalink.startsWith("/") ? `https://www.reddit.com${permalink}` : permalink };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
