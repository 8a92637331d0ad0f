import { UNKNOWN_DATE } from "./source.js";
import type { HistoryItem } from "./types.js";

/**
 * Date the profile bios of an export that gives them no date of its own and says nothing of when it was
 * made (Facebook, Instagram, LinkedIn). Like an undated Bluesky bio, such a bio (createdAt UNKNOWN_DATE)
 * is held back and given the date of the export's newest item, the nearest the export comes to the time
 * it was made; with no dated item it keeps UNKNOWN_DATE. Every other item passes through unchanged.
 */
export async function* datingProfiles(items: AsyncIterable<HistoryItem>): AsyncGenerator<HistoryItem> {
  const undated: HistoryItem[] = [];
  let newest = "";
  const dated = () => undated.map((item) => (newest ? { ...item, createdAt: newest } : item));
  try {
    for await (const item of items) {
      if (item.action === "profile") {
        if (item.createdAt === UNKNOWN_DATE) {
          undated.push(item);
          continue;
        }
      } else if (item.createdAt > newest) newest = item.createdAt;
      yield item;
    }
  } catch (error) {
    // The importer throws its first problem only after every readable item: the held bio is one of them.
    yield* dated();
    throw error;
  }
  yield* dated();
}

/** The trimmed, non-empty parts of a bio, one a line. */
export function bioText(parts: readonly (string | undefined)[]): string {
  return parts
    .map((part) => part?.trim() ?? "")
    .filter((part) => part !== "")
    .join("\n");
}
