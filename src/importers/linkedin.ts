import {
  baseName,
  readExport,
  type ExportEntries,
  type FileReader,
  type ImportOptions,
  type Problems,
} from "./export-reading.js";
import { entryText } from "./decoding.js";
import { exportDateToIso, stableId, UniqueIds, withLinks } from "./item-fields.js";
import { readLinkedInCsv, unwrapLineQuotes, type CsvRow } from "./linkedin-csv.js";
import { bioText, datingProfiles } from "./profile-bio.js";
import { UNKNOWN_DATE } from "./source.js";
import { filePosition, ImportError, type ExportEntry, type HistoryItem, type Visibility } from "./types.js";

/**
 * LinkedIn's "Get a copy of your data" export: `Shares.csv` (Date, ShareLink, ShareCommentary,
 * SharedUrl, MediaUrl, Visibility), `Comments.csv` (Date, Link, Message) and `Profile.csv`, whose Headline
 * and Summary are the bio, dated by the export's newest item: it has no date of its own. Dates are UTC.
 * Mathematical bold and italic letters are left as written: the engine normalizes them.
 */
export function importLinkedIn(entries: ExportEntries, options: ImportOptions = {}): AsyncGenerator<HistoryItem> {
  return datingProfiles(readExport(entries, LINKEDIN_READERS, options));
}

const LINKEDIN_READERS: readonly FileReader[] = [
  { matches: (path) => baseName(path) === "shares.csv", read: readShares },
  { matches: (path) => baseName(path) === "comments.csv", read: readComments },
  { matches: (path) => baseName(path) === "profile.csv", read: readProfile },
];

async function* readShares(entry: ExportEntry, problems: Problems): AsyncGenerator<HistoryItem> {
  const ids = new UniqueIds();
  const seenLinks = new Set<string>();
  for await (const row of readLinkedInCsv(textOf(entry, problems), entry.path, "ShareCommentary", problems)) {
    const createdAt = rowDate(row, entry, problems);
    if (!createdAt) continue;
    const link = row.fields["ShareLink"] ?? "";
    // A post with several images comes as one row per image, all with the same ShareLink.
    if (link && seenLinks.has(link)) continue;
    if (link) seenLinks.add(link);
    const commentary = unwrapLineQuotes(row.fields["ShareCommentary"] ?? "");
    const text = withLinks(commentary, [row.fields["SharedUrl"] ?? ""]);
    yield {
      platform: "linkedin",
      id: urnOf(link) ?? ids.claim(stableId(entry.path, row.fields["Date"] ?? "", text)),
      // A row with no commentary of its own is a repost of someone else's post.
      action: commentary.trim() === "" ? "share" : "post",
      createdAt,
      text,
      ...(link ? { url: link } : {}),
      visibility: visibilityOf(row.fields["Visibility"] ?? ""),
      sourceFile: entry.path,
    };
  }
}

async function* readComments(entry: ExportEntry, problems: Problems): AsyncGenerator<HistoryItem> {
  const ids = new UniqueIds();
  for await (const row of readLinkedInCsv(textOf(entry, problems), entry.path, "Message", problems)) {
    const createdAt = rowDate(row, entry, problems);
    if (!createdAt) continue;
    const text = row.fields["Message"] ?? "";
    const link = row.fields["Link"] ?? "";
    yield {
      platform: "linkedin",
      // The Link is the post commented on, shared by every comment on it: it cannot be the comment's id.
      id: ids.claim(stableId(entry.path, row.fields["Date"] ?? "", text)),
      action: "comment",
      createdAt,
      text,
      ...(link ? { inReplyTo: link, url: link } : {}),
      // A comment is seen by whoever can see the post, which the export does not say.
      visibility: "unknown",
      sourceFile: entry.path,
    };
  }
}

async function* readProfile(entry: ExportEntry, problems: Problems): AsyncGenerator<HistoryItem> {
  let row: CsvRow | undefined;
  for await (const first of readLinkedInCsv(textOf(entry, problems), entry.path, "Summary", problems)) {
    row = first;
    break;
  }
  if (!row) return;
  if (!("Headline" in row.fields) && !("Summary" in row.fields)) {
    problems.report(new ImportError({ en: "has neither a Headline nor a Summary column; the profile bio was not read", fr: "n'a ni colonne Headline ni colonne Summary ; la biographie du profil n'a pas été lue" }, entry.path, filePosition("line", 1)));
    return;
  }
  // Name, address, birth date and location are personal data, not words the person published about themselves.
  const text = bioText([row.fields["Headline"], unwrapLineQuotes(row.fields["Summary"] ?? "")]);
  if (text === "") return;
  yield {
    platform: "linkedin",
    id: "profile:account",
    action: "profile",
    createdAt: UNKNOWN_DATE,
    text,
    // The headline shows to every member; the export does not say how far the summary is shown.
    visibility: "public",
    sourceFile: entry.path,
  };
}

function textOf(entry: ExportEntry, problems: Problems): AsyncIterable<string> {
  return entryText(entry, (note) => problems.warn(note));
}

function rowDate(row: CsvRow, entry: ExportEntry, problems: Problems): string | undefined {
  const createdAt = exportDateToIso(row.fields["Date"] ?? "");
  if (!createdAt) problems.report(new ImportError({ en: "this row has no readable Date; row skipped", fr: "cette ligne n'a pas de Date lisible ; ligne ignorée" }, entry.path, filePosition("line", row.line)));
  return createdAt;
}

/** "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345…" → "urn:li:share:7345…". */
function urnOf(link: string): string | undefined {
  let decoded = link;
  try {
    decoded = decodeURIComponent(link);
  } catch {
    // A malformed escape leaves the link as it is; the urn may still be readable.
  }
  return /urn:li:[A-Za-z]+:[\w-]+/.exec(decoded)?.[0];
}

/**
 * MEMBER_NETWORK, the value on every post of the public account studied, is read as visible to anyone;
 * connection-only values as followers; anything else is left unknown rather than guessed.
 */
function visibilityOf(value: string): Visibility {
  const upper = value.trim().toUpperCase();
  if (["PUBLIC", "ANYONE", "MEMBER_NETWORK", "LOGGED_IN"].includes(upper)) return "public";
  if (["CONNECTIONS", "CONNECTIONS_ONLY"].includes(upper)) return "followers";
  return "unknown";
}
