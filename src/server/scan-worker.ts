// One uploaded export read and judged in a worker thread, so that no export, however hostile (one that makes an
// importer loop, or a history of huge texts), can hold the server's event loop: the server terminates this thread
// to stop it. Items go back to the server in batches, which it stores; progress and warnings go with them.

import { parentPort, workerData } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import { configuredAssess, type LoadedConfig } from "../config/config.js";
import { assess as coreAssess, InputError } from "../core/engine.js";
import { historyContext, type Profile } from "../core/history.js";
import { BilingualError, type Message } from "../core/message.js";
import type { Lang, Level } from "../core/model.js";
import { detectPlatform } from "../importers/detect.js";
import { IMPORTERS, type Importer } from "../importers/index.js";
import { fractionRead, trackReading, type ReadingPosition } from "../importers/reading.js";
import { openExport, type ExportSource } from "../importers/source.js";
import { ImportError, PLATFORMS, type Platform } from "../importers/types.js";
import { fingerprintSource } from "../store/fingerprint.js";
import type { ImportRow } from "../store/store.js";
import { assessItem, judgeVersion } from "../store/judge.js";

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
}

export interface ScanProgress {
  itemsRead: number;
  counts: Record<Level, number>;
  reading?: { file: string; percent?: number };
  /** Warnings given since the last message. */
  warnings: Message[];
}

/** What the worker tells the server, in this order: begin once, batches, then end. */
export type ScanWorkerMessage =
  | { type: "begin"; platform: Platform; fingerprint: string }
  | ({ type: "batch"; rows: ImportRow[] } & ScanProgress)
  | ({ type: "end"; error?: Message; internal?: string } & ScanProgress);

/** Items per batch sent to be stored; a batch also goes when a second has passed, so a slow export shows progress. */
const BATCH = 250;
const BATCH_MS = 1000;
/** Batches sent and not yet stored before the worker waits: the server's memory stays bounded whatever the export. */
const IN_FLIGHT = 2;

/** Reads and judges the upload, calling `send` with each batch; resolves with the end message. */
export async function scanUpload(data: ScanWorkerData, send: (message: ScanWorkerMessage) => Promise<void>): Promise<void> {
  const shown = (m: Message): Message => ({ en: hidePaths(m.en, data), fr: hidePaths(m.fr, data) });
  const judge = data.config ? configuredAssess(data.config) : coreAssess;
  const version = judgeVersion(judge);
  const counts: Record<Level, number> = { appropriate: 0, risky: 0, inappropriate: 0 };
  let itemsRead = 0;
  let warned = 0;
  let source: ExportSource | undefined;
  let position: () => ReadingPosition | undefined = () => undefined;
  const progress = (): ScanProgress => {
    const warnings = source ? source.warnings.slice(warned).map(shown) : [];
    warned += warnings.length;
    const reading = readingView(position());
    return { itemsRead, counts: { ...counts }, warnings, ...(reading ? { reading } : {}) };
  };
  let batch: ImportRow[] = [];
  let flushedAt: number;
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    flushedAt = Date.now();
    await send({ type: "batch", rows, ...progress() });
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
    await send({ type: "begin", platform, fingerprint: fingerprintSource(data.file) });
    flushedAt = Date.now();
    const importer: Importer = data.importerModule ? ((await import(data.importerModule)) as { default: Importer }).default : IMPORTERS[platform];
    for await (const item of importer(source)) {
      const hc = historyContext(item.createdAt, data.profile);
      const assessment = assessItem(item, hc.context, data.lang, judge);
      batch.push({ item, assessment, beforeService: hc.beforeService, rulesVersion: version, context: hc.context });
      itemsRead++;
      counts[assessment.level]++;
      if (batch.length >= BATCH || Date.now() - flushedAt >= BATCH_MS) await flush();
    }
    await flush();
    if (itemsRead === 0) throw new ImportError(await nothingFound(data, platform), data.name);
    await send({ type: "end", ...progress() });
  } catch (e) {
    await flush().catch(() => undefined);
    if (e instanceof ImportError || e instanceof InputError) await send({ type: "end", error: shown(e.text), ...progress() });
    else await send({ type: "end", internal: e instanceof Error ? (e.stack ?? e.message) : String(e), ...(e instanceof BilingualError ? { error: shown(e.text) } : {}), ...progress() });
  } finally {
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
  let unstored = 0;
  let wake: (() => void) | undefined;
  // The server answers each batch once it is stored.
  port.on("message", () => {
    unstored--;
    wake?.();
    wake = undefined;
  });
  const data = workerData as ScanWorkerData;
  await scanUpload({ ...data, ...(data.importerModule ? { importerModule: pathToFileURL(data.importerModule).href } : {}) }, async (message) => {
    port.postMessage(message);
    if (message.type !== "batch") return;
    unstored++;
    while (unstored >= IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
  });
  port.close();
}
