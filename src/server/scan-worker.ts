// One uploaded export read, judged and stored in a worker thread, so that no export, however hostile (one that makes
// an importer loop, or a history of huge texts), and no write to the review database holds the server's event loop.
// The scan loop is the CLI's (store/scan-loop.ts): judged on a pool beside this thread when the machine has cores to
// spare, written in the order read. A store on disk is written from here, over this thread's own connection (SQLite's
// write-ahead log lets the server read it meanwhile); an in-memory one exists only in the server's thread, so batches
// go there to be written. The server relays progress, asks for a cancel, and terminates this thread to stop it.

import { parentPort, workerData } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import { configuredAssess, type LoadedConfig } from "../config/config.js";
import { assess as coreAssess, InputError } from "../core/engine.js";
import type { Profile } from "../core/history.js";
import { BilingualError, type Message } from "../core/message.js";
import type { Lang, Level } from "../core/model.js";
import { detectPlatform } from "../importers/detect.js";
import { IMPORTERS, type Importer } from "../importers/index.js";
import { fractionRead, trackReading, type ReadingPosition } from "../importers/reading.js";
import { openExport, type ExportSource } from "../importers/source.js";
import { ImportError, PLATFORMS, type Platform } from "../importers/types.js";
import { fingerprintSource } from "../store/fingerprint.js";
import { defaultJobs } from "../store/judge-pool.js";
import { judgeVersion } from "../store/judge.js";
import { ScanLoop } from "../store/scan-loop.js";
import { openStore, type ImportRow, type ReviewStore } from "../store/store.js";

/** What the server tells the worker: the upload and how to judge it. */
export interface ScanWorkerData {
  /** The uploaded file, in its private folder. */
  file: string;
  /** Its name as the user knows it: messages say this rather than the private folder's path. */
  name: string;
  /** The private folder, kept out of every message. */
  dir: string;
  platform?: Platform;
  profile: Profile;
  lang?: Lang;
  /** The configuration the server's judge was made from (packs); the built-in engine without it. */
  config?: LoadedConfig;
  /** A module whose default export reads the upload instead of the platform's importer (tests: one that never ends). */
  importerModule?: string;
  /** The review database's file, written from this thread; without it (an in-memory store) batches go to the server. */
  db?: string;
  /** Threads that judge, this one included (one per core by default). */
  jobs?: number;
}

export interface ScanProgress {
  /** Items judged and stored so far. */
  itemsRead: number;
  counts: Record<Level, number>;
  reading?: { file: string; percent?: number };
  /** Warnings given since the last message. */
  warnings: Message[];
}

/** How an import ends in the store. */
export type ImportOutcome = { count: number } | { error: string } | { interrupted: true };

/**
 * What the worker tells the server, in this order: begin once (the import's id in the store on disk; the server
 * begins it in its in-memory store), then progress after each batch stored (batches, for an in-memory store, before
 * it), finish (for an in-memory store) and end.
 */
export type ScanWorkerMessage =
  | { type: "begin"; platform: Platform; fingerprint: string; importId?: number }
  | { type: "batch"; rows: ImportRow[] }
  | ({ type: "progress" } & ScanProgress)
  | { type: "finish"; outcome: ImportOutcome }
  | ({ type: "end"; error?: Message; internal?: string; cancelled?: boolean } & ScanProgress);

/** What the server tells the worker: a batch or the finish written in its store ("stored"), or stop reading ("cancel"). */
export type ScanWorkerCommand = "stored" | "cancel";

/** A batch also goes when a second has passed, so a slow export shows progress. */
const BATCH_MS = 1000;

/** Where the scan's import is written: the store on disk from this thread, or the server's in-memory one. */
interface Sink {
  begin(platform: Platform, fingerprint: string): Promise<void>;
  write(rows: ImportRow[]): Promise<void>;
  finish(outcome: ImportOutcome): Promise<void>;
  close(): void;
}

/** What the worker needs of the server: send a message, wait for the server's word that what was sent is stored, a cancel. */
export interface ScanChannel {
  send(message: ScanWorkerMessage): void;
  /** Resolves once the server has stored the last batch or finish sent. */
  stored(): Promise<void>;
  cancelled(): boolean;
}

function sinkFor(data: ScanWorkerData, channel: ScanChannel): Sink {
  if (data.db === undefined) {
    return {
      begin: async (platform, fingerprint) => channel.send({ type: "begin", platform, fingerprint }),
      write: async (rows) => {
        channel.send({ type: "batch", rows });
        await channel.stored();
      },
      finish: async (outcome) => {
        channel.send({ type: "finish", outcome });
        await channel.stored();
      },
      close: () => undefined,
    };
  }
  let store: ReviewStore | undefined;
  let importId = 0;
  return {
    begin: async (platform, fingerprint) => {
      store = openStore(data.db!);
      importId = store.beginImport(platform, `upload:${data.name}`, fingerprint);
      channel.send({ type: "begin", platform, fingerprint, importId });
    },
    write: async (rows) => store!.addBatch(importId, rows),
    finish: async (outcome) => store?.finishImport(importId, outcome),
    close: () => store?.close(),
  };
}

/** Reads, judges and stores the upload, telling the server how far it is; the last message is the end. */
export async function scanUpload(data: ScanWorkerData, channel: ScanChannel): Promise<void> {
  const shown = (m: Message): Message => ({ en: hidePaths(m.en, data), fr: hidePaths(m.fr, data) });
  const judge = data.config ? configuredAssess(data.config) : coreAssess;
  const lang = data.lang ?? "en";
  const sink = sinkFor(data, channel);
  let loop: ScanLoop | undefined;
  let warned = 0;
  let source: ExportSource | undefined;
  let position: () => ReadingPosition | undefined = () => undefined;
  let begun = false;
  const progress = (): ScanProgress => {
    const warnings = source ? source.warnings.slice(warned).map(shown) : [];
    warned += warnings.length;
    const reading = readingView(position());
    const c = loop?.counts;
    // The job's counts are by level, an item that is only a link counted appropriate.
    const counts = c ? { appropriate: c.byLevel.appropriate + (c.unchecked ?? 0), risky: c.byLevel.risky, inappropriate: c.byLevel.inappropriate } : { appropriate: 0, risky: 0, inappropriate: 0 };
    return { itemsRead: loop?.written ?? 0, counts, warnings, ...(reading ? { reading } : {}) };
  };
  try {
    const tracked = trackReading(await openExport(data.file));
    source = tracked.source;
    position = tracked.position;
    const platform = data.platform ?? (await detectPlatform(source));
    if (!platform) {
      throw new ImportError(
        {
          en: `cannot tell which platform this export comes from; upload it again with the field "platform" (${PLATFORMS.join(", ")})`,
          fr: `impossible de savoir de quelle plateforme vient cette exportation ; téléversez-la de nouveau avec le champ « platform » (${PLATFORMS.join(", ")})`,
        },
        data.name,
      );
    }
    await sink.begin(platform, fingerprintSource(data.file));
    begun = true;
    const importer: Importer = data.importerModule ? ((await import(data.importerModule)) as { default: Importer }).default : IMPORTERS[platform];
    loop = new ScanLoop({
      profile: data.profile,
      judge,
      version: judgeVersion(judge),
      ...(data.lang ? { lang: data.lang } : {}),
      jobs: data.jobs ?? defaultJobs(),
      spec: { ...(data.config ? { loaded: data.config } : {}), packs: [], ...(data.lang ? { lang: data.lang } : {}) },
      batchMs: BATCH_MS,
      stopped: () => channel.cancelled(),
      write: (rows) => sink.write(rows),
      onWritten: () => channel.send({ type: "progress", ...progress() }),
    });
    await loop.run(importer(source));
    if (channel.cancelled()) {
      await sink.finish({ interrupted: true });
      channel.send({ type: "end", cancelled: true, ...progress() });
      return;
    }
    if (loop.written === 0) throw new ImportError(await nothingFound(data, platform), data.name);
    await sink.finish({ count: loop.written });
    channel.send({ type: "end", ...progress() });
  } catch (e) {
    const error = e instanceof ImportError || e instanceof InputError || e instanceof BilingualError ? shown(e.text) : undefined;
    const internal = e instanceof ImportError || e instanceof InputError ? undefined : e instanceof Error ? (e.stack ?? e.message) : String(e);
    if (begun) await sink.finish({ error: (error ?? { en: "internal error: the export could not be scanned", fr: "erreur interne : l'exportation n'a pas pu être analysée" })[lang] }).catch(() => undefined);
    channel.send({ type: "end", ...(error ? { error } : {}), ...(internal !== undefined ? { internal } : {}), ...progress() });
  } finally {
    sink.close();
    await source?.close().catch(() => undefined);
  }
}

/** "No items found", with what the upload looked like, so the user can tell a wrong file from a wrong platform. */
async function nothingFound(data: ScanWorkerData, platform: Platform): Promise<Message> {
  const looks = await describeExport(data.file).catch(() => ({ en: "a file that could not be listed", fr: "un fichier qui n'a pas pu être listé" }));
  return {
    en: `no items found: the upload looked like ${looks.en}, and the ${platform} importer found nothing to read in it. Check that this is the platform's own export (or one of its files), or choose its platform`,
    fr: `aucun élément trouvé : le téléversement ressemblait à ${looks.fr}, et l'importateur ${platform} n'y a rien trouvé à lire. Vérifiez qu'il s'agit bien de l'exportation de la plateforme (ou d'un de ses fichiers), ou choisissez sa plateforme`,
  };
}

const LISTED = 5;
const COUNTED = 10_000;

/** A short description of an upload: a zip with its first entries, or one file with its size and first characters. */
export async function describeExport(file: string): Promise<Message> {
  const source = await openExport(file);
  try {
    const names: string[] = [];
    let count = 0;
    let size: number | undefined;
    for await (const entry of source.entries()) {
      if (count < LISTED) names.push(visible(entry.path, 60));
      size ??= entry.size;
      if (++count >= COUNTED) break;
    }
    const more = count > LISTED ? ", …" : "";
    const many = count >= COUNTED ? `${COUNTED}+` : String(count);
    if (source.kind === "zip") {
      if (count === 0) return { en: "an empty zip", fr: "un zip vide" };
      return { en: `a zip with ${many} ${count === 1 ? "entry" : "entries"}: ${names.join(", ")}${more}`, fr: `un zip de ${many} ${count === 1 ? "entrée" : "entrées"} : ${names.join(", ")}${more}` };
    }
    if (source.kind === "folder") {
      return { en: `a folder of ${many} ${count === 1 ? "file" : "files"}: ${names.join(", ")}${more}`, fr: `un dossier de ${many} ${count === 1 ? "fichier" : "fichiers"} : ${names.join(", ")}${more}` };
    }
    if (source.kind === "tar") {
      return { en: `a tar archive with ${many} ${count === 1 ? "file" : "files"}: ${names.join(", ")}${more}`, fr: `une archive tar de ${many} ${count === 1 ? "fichier" : "fichiers"} : ${names.join(", ")}${more}` };
    }
    const start = await firstCharacters(file);
    return {
      en: `one file of ${size ?? "?"} bytes${start === "" ? "" : `, beginning "${start}"`}`,
      fr: `un fichier de ${size ?? "?"} octets${start === "" ? "" : ` commençant par « ${start} »`}`,
    };
  } finally {
    await source.close().catch(() => undefined);
  }
}

async function firstCharacters(file: string): Promise<string> {
  const { open } = await import("node:fs/promises");
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(64), position: 0 });
    return visible(new TextDecoder("utf-8", { fatal: false }).decode(buffer.subarray(0, bytesRead)), 40);
  } finally {
    await handle.close();
  }
}

/** Text from an upload made safe to quote: control and format characters (bidi overrides among them) shown as escapes. */
function visible(text: string, max: number): string {
  const cut = [...text].slice(0, max).join("");
  return cut.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`) + (cut.length < text.length ? "…" : "");
}

/** Messages name the upload as the user knows it, never the private temporary folder. */
function hidePaths(message: string, data: ScanWorkerData): string {
  return message.split(data.file).join(data.name).split(data.dir).join("");
}

function readingView(position: ReadingPosition | undefined): ScanProgress["reading"] {
  if (!position) return undefined;
  const fraction = fractionRead(position);
  return fraction === undefined ? { file: position.file } : { file: position.file, percent: Math.floor(fraction * 100) };
}

if (parentPort) {
  const port = parentPort;
  let waiting: (() => void) | undefined;
  let cancel = false;
  port.on("message", (command: ScanWorkerCommand) => {
    if (command === "cancel") cancel = true;
    else {
      waiting?.();
      waiting = undefined;
    }
  });
  const data = workerData as ScanWorkerData;
  await scanUpload({ ...data, ...(data.importerModule ? { importerModule: pathToFileURL(data.importerModule).href } : {}) }, {
    send: (message) => port.postMessage(message),
    stored: () => new Promise<void>((resolve) => (waiting = resolve)),
    cancelled: () => cancel,
  });
  port.close();
}
