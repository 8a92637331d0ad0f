import type { Readable } from "node:stream";
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
}

/** One file of an export, whether it came from a zip, a folder or a single path. */
export interface ExportEntry {
  /** The path inside the export, with forward slashes, never absolute and never containing `..`. */
  path: string;
  /** Uncompressed size in bytes when known. */
  size?: number;
  open(): Promise<Readable>;
}

/** A problem with one file of an export; items read before it are kept. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly file: string,
    /** Where in the file: an item index, a line, or a byte offset, as the message says. */
    readonly position?: string,
  ) {
    super(position ? `${file} (${position}): ${message}` : `${file}: ${message}`);
    this.name = "ImportError";
  }
}
