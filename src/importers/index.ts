import { plausibleDate, UNKNOWN_DATE } from "../core/dates.js";
import { MAX_TEXT_LENGTH } from "../core/engine.js";
import type { Message } from "../core/message.js";
import { importBluesky } from "./bluesky.js";
import { asImportError } from "./export-reading.js";
import { importFacebook } from "./facebook.js";
import { importInstagram } from "./instagram.js";
import { importLinkedIn } from "./linkedin.js";
import { importMastodon } from "./mastodon.js";
import { importReddit } from "./reddit.js";
import type { ExportSource } from "./source.js";
import { importThreads } from "./threads.js";
import type { HistoryItem, Platform } from "./types.js";
import { importXArchive } from "./x.js";

export type Importer = (source: ExportSource) => AsyncIterable<HistoryItem>;

/** Importers that read a list of entries report unreadable records as warnings on the source and carry on. */
const fromEntries =
  (read: typeof importFacebook): Importer =>
  (source) =>
    read(source.entries(), { onError: (e) => source.warnings.push(e.text), onWarning: (note) => source.warnings.push(note) });

/** How many over-long items are named one by one; the rest are counted in one note. */
const NAMED_LONG_ITEMS = 20;

/**
 * An importer whose every failure names the file it was reading (a crafted file may break a library in ways no
 * importer foresaw: a RangeError is a data error, exit 65, not an internal one), which says of each item too long
 * to be judged whole that only its start is judged, and whose items dated before their platform existed or in the
 * future are "date unknown" (UNKNOWN_DATE), like those the export gives no date.
 */
export function guarded(importer: Importer): Importer {
  return async function* (source) {
    let reading = source.path;
    const watched: ExportSource = {
      kind: source.kind,
      path: source.path,
      warnings: source.warnings,
      async *entries() {
        for await (const entry of source.entries()) {
          yield {
            ...entry,
            open: () => {
              reading = entry.path;
              return entry.open();
            },
          };
        }
      },
      close: () => source.close(),
    };
    let long = 0;
    try {
      for await (const item of importer(watched)) {
        item.createdAt = plausibleDate(item.platform, item.createdAt) ?? UNKNOWN_DATE;
        if (item.text.length > MAX_TEXT_LENGTH) {
          long += 1;
          if (long <= NAMED_LONG_ITEMS) source.warnings.push(longItem(item));
        }
        yield item;
      }
    } catch (error) {
      throw asImportError(error, reading);
    } finally {
      if (long > NAMED_LONG_ITEMS) {
        const more = long - NAMED_LONG_ITEMS;
        source.warnings.push({ en: `${more} more items longer than ${MAX_TEXT_LENGTH} characters were judged on their first ${MAX_TEXT_LENGTH}`, fr: `${more} autres éléments de plus de ${MAX_TEXT_LENGTH} caractères ont été jugés sur leurs ${MAX_TEXT_LENGTH} premiers` });
      }
    }
  };
}

function longItem(item: HistoryItem): Message {
  return {
    en: `${item.sourceFile} (${item.id}): the text is ${item.text.length} characters long; only its first ${MAX_TEXT_LENGTH} are judged`,
    fr: `${item.sourceFile} (${item.id}) : le texte compte ${item.text.length} caractères; seuls les ${MAX_TEXT_LENGTH} premiers sont jugés`,
  };
}

/** The importer of each platform, by the platform's id. */
export const IMPORTERS: Readonly<Record<Platform, Importer>> = {
  x: guarded(importXArchive),
  mastodon: guarded(importMastodon),
  bluesky: guarded(importBluesky),
  facebook: guarded(fromEntries(importFacebook)),
  instagram: guarded(fromEntries(importInstagram)),
  linkedin: guarded(fromEntries(importLinkedIn)),
  reddit: guarded(fromEntries(importReddit)),
  threads: guarded(fromEntries(importThreads)),
};
