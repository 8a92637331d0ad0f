import { importBluesky } from "./bluesky.js";
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

/** The importer of each platform, by the platform's id. */
export const IMPORTERS: Readonly<Record<Platform, Importer>> = {
  x: importXArchive,
  mastodon: importMastodon,
  bluesky: importBluesky,
  facebook: fromEntries(importFacebook),
  instagram: fromEntries(importInstagram),
  linkedin: fromEntries(importLinkedIn),
  reddit: fromEntries(importReddit),
  threads: fromEntries(importThreads),
};
