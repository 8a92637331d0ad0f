import {
  baseName,
  isRecord,
  readExport,
  streamList,
  type ExportEntries,
  type FileReader,
  type ImportOptions,
  type Problems,
} from "./export-reading.js";
import { stableId, UniqueIds, unixSecondsToIso } from "./item-fields.js";
import { labelledText, labelledTimestamp, labelledValues, mediaPost } from "./meta-media.js";
import { filePosition, ImportError, type ExportEntry, type HistoryItem } from "./types.js";

/**
 * Meta's Threads export, `threads_and_replies.json` (inside the Instagram export's `threads/` folder):
 * `{ "text_post_app_text_posts": [...] }`, each post shaped like an Instagram post (caption in
 * media[].title or a top-level title, `creation_timestamp` in seconds, `text_app_post.is_reply` on
 * replies), or as `string_map_data`. Threads gives no ids, so each id is a hash of (file, timestamp, text).
 * No real Threads export was available: the format was taken from public descriptions of it.
 */
export function importThreads(entries: ExportEntries, options: ImportOptions = {}): AsyncGenerator<HistoryItem> {
  return readExport(entries, THREADS_READERS, options);
}

const THREADS_READERS: readonly FileReader[] = [
  { matches: (path) => /^threads_and_replies(_\d+)?\.json$/.test(baseName(path)), read: readThreadsPosts },
];

async function* readThreadsPosts(entry: ExportEntry, problems: Problems): AsyncGenerator<HistoryItem> {
  const ids = new UniqueIds();
  for await (const [index, raw] of streamList(entry, ["text_post_app_text_posts"], problems)) {
    const post = mediaPost(raw);
    const fields = labelledValues(raw);
    const text = post.caption.trim() !== "" ? post.caption : labelledText(fields, /^(text|texte|post|caption|légende)$/i);
    const timestamp = post.timestamp ?? labelledTimestamp(fields);
    const createdAt = unixSecondsToIso(timestamp);
    if (!createdAt) {
      problems.report(new ImportError({ en: "has no readable timestamp; item skipped", fr: "n'a pas d'horodatage lisible ; élément ignoré" }, entry.path, filePosition("item", index + 1)));
      continue;
    }
    if (text.trim() === "") continue;
    yield {
      platform: "threads",
      id: ids.claim(stableId(entry.path, String(timestamp), text)),
      action: isReply(raw, post.media) ? "reply" : "post",
      createdAt,
      text,
      visibility: "unknown",
      sourceFile: entry.path,
    };
  }
}

function isReply(raw: unknown, media: readonly Record<string, unknown>[]): boolean {
  return [raw, ...media].some((part) => {
    const meta = isRecord(part) ? part["text_app_post"] : undefined;
    return isRecord(meta) && (meta["is_reply"] === true || meta["is_reply"] === "true");
  });
}
