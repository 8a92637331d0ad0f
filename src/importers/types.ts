import type { Readable } from "node:stream";
import { BilingualError, type Message } from "../core/message.js";
import type { Action } from "../core/model.js";

export const PLATFORMS = ["x", "mastodon", "facebook", "instagram", "linkedin", "bluesky", "reddit", "threads"] as const;
export type Platform = (typeof PLATFORMS)[number];

export type Visibility = "public" | "unlisted" | "followers" | "direct" | "private" | "unknown";

/** One thing the person did on a platform, as read from its data export. */
export interface HistoryItem {
  platform: Platform;
  /** The platform's own id for the item (tweet id, status URI, post URI…), or a stable hash where it has none. */
  id: string;
  action: Action;
  /** ISO 8601, UTC. */
  createdAt: string;
  text: string;
  /** The id or URL of the item answered (reply/comment), or the text answered when the export gives only that. */
  inReplyTo?: string;
  url?: string;
  visibility: Visibility;
  /** The path of the file inside the export the item was read from. */
  sourceFile: string;
  /** The platform marked the item deleted (X's deleted-tweets.js). */
  deleted?: boolean;
  /** A content warning / spoiler text the person put on the item. */
  contentWarning?: string;
  /** How many times others liked and reposted it, where the export says (X's favorite_count + retweet_count, own posts only). */
  engagement?: number;
}

/** One file of an export, whether it came from a zip, a folder or a single path. */
export interface ExportEntry {
  /** The path inside the export, with forward slashes, never absolute and never containing `..`. */
  path: string;
  /** Uncompressed size in bytes when known. */
  size?: number;
  open(): Promise<Readable>;
}

/** The units a position in a file is counted in, and their French names. */
const UNITS = { item: "élément", line: "ligne", block: "bloc", byte: "octet" } as const;

/** Where in a file, in both languages: `filePosition("item", 12)` is "item 12" / "élément 12"; a column may follow a line. */
export function filePosition(unit: keyof typeof UNITS, index: number, column?: number): Message {
  const more = column === undefined ? { en: "", fr: "" } : { en: `, column ${column}`, fr: `, colonne ${column}` };
  return { en: `${unit} ${index}${more.en}`, fr: `${UNITS[unit]} ${index}${more.fr}` };
}

/** A problem with one file of an export; items read before it are kept. */
export class ImportError extends BilingualError {
  /** Where in the file, in English ("item 12", "line 4, column 7", "byte 1234"), as `where` says it in both languages. */
  readonly position?: string;

  constructor(
    /** What is wrong, without the file and position that the full message starts with. */
    readonly detail: Message,
    readonly file: string,
    readonly where?: Message,
  ) {
    super({
      en: where ? `${file} (${where.en}): ${detail.en}` : `${file}: ${detail.en}`,
      fr: where ? `${file} (${where.fr}) : ${detail.fr}` : `${file} : ${detail.fr}`,
    });
    if (where) this.position = where.en;
    this.name = "ImportError";
  }
}
