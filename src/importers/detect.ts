import { decodeHead } from "./decoding.js";
import { entryName, listEntries, readEntryHead, type ExportSource } from "./source.js";
import type { ExportEntry, Platform } from "./types.js";

/** How much of a file is read to recognise it. */
const HEAD_BYTES = 4096;

/**
 * Says which platform an export came from, by the files it holds and how they begin.
 * Returns undefined when nothing is recognised; the caller then asks the user.
 */
export async function detectPlatform(source: ExportSource): Promise<Platform | undefined> {
  const entries = await listEntries(source);
  const named = (pattern: RegExp) => entries.filter((entry) => pattern.test(entryName(entry)));
  const head = async (entry: ExportEntry) => decodeHead(await readEntryHead(entry, HEAD_BYTES));

  if (named(/^tweets?(-part\d+)?\.js$/).length > 0) return "x";
  for (const entry of named(/\.js$/)) if (/^\s*window\.YTD\./.test(await head(entry))) return "x";

  for (const entry of named(/^outbox\.json$/)) {
    const start = await head(entry);
    if (start.includes('"@context"') && start.includes("activitystreams")) return "mastodon";
  }

  if (named(/\.car$/).length > 0) return "bluesky";

  if (named(/^threads_and_replies\.json$/).length > 0 && !hasInstagramPosts(entries)) return "threads";
  if (hasInstagramPosts(entries)) return "instagram";

  if (named(/^your_posts.*\.json$/).length > 0 || entries.some((entry) => /(^|\/)posts\/.+\.json$/i.test(entry.path))) {
    return "facebook";
  }

  if (named(/^shares\.csv$/).length > 0) return "linkedin";

  for (const entry of named(/^comments\.csv$/)) {
    const header = (await head(entry)).split(/\r?\n/, 1)[0] ?? "";
    if (/(^|,)"?permalink"?(,|$)/i.test(header)) return "reddit";
  }

  for (const entry of named(/\.json$/)) if (/^\s*\[\s*\{\s*"media"\s*:\s*\[/.test(await head(entry))) return "instagram";
  return undefined;
}

function hasInstagramPosts(entries: ExportEntry[]): boolean {
  return entries.some((entry) => /(^|\/)content\/posts_\d+\.json$/i.test(entry.path));
}
