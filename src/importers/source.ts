import { createReadStream } from "node:fs";
import { lstat, open, opendir, realpath, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { Readable, Transform, pipeline, type TransformCallback } from "node:stream";
import { crc32 } from "node:zlib";
import yauzl from "yauzl";
import type { Message } from "../core/message.js";
import { openTar, tarKind } from "./tar.js";
import { filePosition, ImportError, type ExportEntry } from "./types.js";

/** Bounds on what a zip may inflate to, so a hostile archive cannot fill memory or disk. */
export interface ExportLimits {
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Most bytes all entries read from one archive may inflate to, together. */
  maxTotalBytes: number;
  /** Most inflated bytes per compressed byte, checked once an entry passes `ratioCheckAfterBytes`. */
  maxCompressionRatio: number;
  ratioCheckAfterBytes: number;
  /** Most files a tar may hold: each header costs 512 bytes that compress to almost nothing. */
  maxEntries: number;
}

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
/** Held entries are handed out in file-sized reads, as a file on disk would be. */
const CHUNK_BYTES = 64 * 1024;

export const DEFAULT_LIMITS: ExportLimits = {
  maxEntryBytes: 2 * GiB,
  maxTotalBytes: 8 * GiB,
  maxCompressionRatio: 1000,
  ratioCheckAfterBytes: 4 * MiB,
  maxEntries: 500_000,
};

/** The createdAt of an item whose export gives no date and no way to derive one, or an impossible one (core/dates.ts). */
export { UNKNOWN_DATE } from "../core/dates.js";

/** An opened export: a zip, a tar or .tar.gz, an unpacked folder, or one file. */
export interface ExportSource {
  readonly kind: "zip" | "tar" | "folder" | "file";
  /** What the user gave: the path of the zip, the folder or the file. */
  readonly path: string;
  /** Things skipped while reading (unsafe paths, symlinks out of the folder, unreadable records). */
  /** Things skipped while reading, in both languages: the export is still read. */
  readonly warnings: Message[];
  entries(): AsyncIterable<ExportEntry>;
  close(): Promise<void>;
}

/** Opens a platform export, whatever shape it came in; nothing is ever written to disk. */
export async function openExport(path: string, limits: Partial<ExportLimits> = {}): Promise<ExportSource> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new ImportError(
      error.code === "ENOENT"
        ? { en: "no such file or folder", fr: "aucun fichier ni dossier de ce nom" }
        : { en: `cannot be opened (${error.code ?? error.message})`, fr: `ne peut pas être ouvert (${error.code ?? error.message})` },
      path,
    );
  });
  if (info.isDirectory()) return openFolder(path);
  if (await looksLikeZip(path)) return openZip(path, { ...DEFAULT_LIMITS, ...limits });
  const tar = await tarKind(path);
  if (tar) return openTar(path, tar, { ...DEFAULT_LIMITS, ...limits });
  return sourceFromEntries([fileEntry(basename(path), path, info.size)], { kind: "file", path });
}

/** An entry held in memory, for tests and for callers that already have the bytes. */
export function entryFromBuffer(path: string, content: Uint8Array | string): ExportEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const chunks: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) chunks.push(bytes.subarray(start, start + CHUNK_BYTES));
  return { path, size: bytes.length, open: async () => Readable.from(chunks) };
}

/** A source over entries already at hand (in memory, or picked by the caller). */
export function sourceFromEntries(
  entries: ExportEntry[],
  { kind = "folder", path = "(memory)" }: { kind?: ExportSource["kind"]; path?: string } = {},
): ExportSource {
  return {
    kind,
    path,
    warnings: [],
    async *entries() {
      yield* entries;
    },
    close: async () => undefined,
  };
}

export async function listEntries(source: ExportSource): Promise<ExportEntry[]> {
  const all: ExportEntry[] = [];
  for await (const entry of source.entries()) all.push(entry);
  return all;
}

/** The last segment of an entry's path, lower-cased, for matching export file names. */
export function entryName(entry: ExportEntry): string {
  return baseName(entry.path);
}

/** The last segment of a path inside an export, lower-cased. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1).toLowerCase();
}

/** The first bytes of an entry, for recognising a format without reading it all. */
export async function readEntryHead(entry: ExportEntry, bytes: number): Promise<Buffer> {
  const stream = await entry.open();
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= bytes) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}

/** The JSON readers stream the file; they live in json-stream.ts and are also offered here, where they were first. */
export { streamJsonArray, streamJsonItems, type JsonItemsOptions } from "./json-stream.js";

/** A copy that shares no memory with the file chunk it was parsed from, for values kept for long, such as ids. */
export function detachedCopy(value: string): string {
  return Buffer.from(value, "utf8").toString("utf8");
}

function notAZip(error: unknown): Message {
  return {
    en: `is not a readable zip file; it may be truncated or damaged (${errorMessage(error)})`,
    fr: `n'est pas un fichier zip lisible ; il est peut-être tronqué ou endommagé (${errorMessage(error)})`,
  };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function looksLikeZip(path: string): Promise<boolean> {
  if (path.toLowerCase().endsWith(".zip")) return true;
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b && [0x0304, 0x0506, 0x0708].includes(head.readUInt16BE(2));
  } finally {
    await handle.close();
  }
}

function fileEntry(path: string, absolute: string, size: number): ExportEntry {
  return { path, size, open: async () => createReadStream(absolute) };
}

async function openFolder(root: string): Promise<ExportSource> {
  const rootReal = await realpath(root);
  const warnings: Message[] = [];
  const inside = (real: string) => real === rootReal || real.startsWith(rootReal + sep);

  async function* walk(dir: string, visited: Set<string>): AsyncGenerator<ExportEntry> {
    const names: string[] = [];
    for await (const dirent of await opendir(dir)) names.push(dirent.name);
    names.sort();
    for (const name of names) {
      const absolute = join(dir, name);
      const entryPath = relative(root, absolute).split(sep).join("/");
      const link = await lstat(absolute);
      let real = absolute;
      if (link.isSymbolicLink()) {
        real = await realpath(absolute).catch(() => "");
        if (!real || !inside(real)) {
          warnings.push({ en: `${entryPath}: skipped a symbolic link that points outside the export folder`, fr: `${entryPath} : lien symbolique ignoré, il pointe hors du dossier de l'exportation` });
          continue;
        }
      }
      const info = link.isSymbolicLink() ? await stat(real) : link;
      if (info.isDirectory()) {
        const key = await realpath(absolute);
        if (visited.has(key)) continue;
        yield* walk(absolute, new Set([...visited, key]));
      } else if (info.isFile()) {
        yield fileEntry(entryPath, real, info.size);
      }
    }
  }

  return {
    kind: "folder",
    path: root,
    warnings,
    entries: () => walk(root, new Set([rootReal])),
    close: async () => undefined,
  };
}

async function openZip(path: string, limits: ExportLimits): Promise<ExportSource> {
  const zip = await yauzl
    .openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false })
    .catch((error: unknown) => {
      throw new ImportError(notAZip(error), path);
    });
  const warnings: Message[] = [];
  const budget = { inflated: 0 };
  const entries: ExportEntry[] = [];
  try {
    for await (const raw of zipEntries(zip)) {
      const name = yauzl.getFileNameLowLevel(raw.generalPurposeBitFlag, raw.fileNameRaw, raw.extraFields, false);
      if (name.endsWith("/")) continue;
      const unsafe = yauzl.validateFileName(name) ?? (name.includes("\0") ? "a NUL character in the name" : null);
      if (unsafe !== null) {
        // yauzl says why in English ("absolute path: /etc/x"); the path itself is what the reader needs in either language.
        warnings.push({ en: `${basename(path)}: skipped an entry with an unsafe path (${unsafe})`, fr: `${basename(path)} : entrée ignorée, son chemin est dangereux (${unsafe})` });
        continue;
      }
      entries.push({
        path: name,
        size: raw.uncompressedSize,
        open: () => openZipEntry(zip, raw, name, limits, budget),
      });
    }
  } catch (error) {
    zip.close();
    throw new ImportError(notAZip(error), path);
  }
  return {
    kind: "zip",
    path,
    warnings,
    async *entries() {
      yield* entries;
    },
    close: async () => zip.close(),
  };
}

async function* zipEntries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  const queue: yauzl.Entry[] = [];
  let finished = false;
  let failure: unknown;
  let wake: () => void = () => undefined;
  zip.on("entry", (entry: yauzl.Entry) => {
    queue.push(entry);
    wake();
  });
  zip.on("end", () => {
    finished = true;
    wake();
  });
  zip.on("error", (error: unknown) => {
    failure = error;
    wake();
  });
  for (;;) {
    zip.readEntry();
    while (queue.length === 0 && !finished && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
    if (failure !== undefined) throw failure;
    const entry = queue.shift();
    if (entry === undefined) return;
    yield entry;
  }
}

async function openZipEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  name: string,
  limits: ExportLimits,
  budget: { inflated: number },
): Promise<Readable> {
  if (entry.isEncrypted()) throw new ImportError({ en: "is encrypted in the zip; export it again without a password", fr: "est chiffré dans le zip ; refaites l'exportation sans mot de passe" }, name);
  if (entry.uncompressedSize > limits.maxEntryBytes) {
    throw new ImportError(
      { en: `declares ${entry.uncompressedSize} bytes, more than the ${limits.maxEntryBytes}-byte limit for one file`, fr: `déclare ${entry.uncompressedSize} octets, plus que la limite de ${limits.maxEntryBytes} octets pour un fichier` },
      name,
    );
  }
  const declaredRatio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize > limits.ratioCheckAfterBytes && declaredRatio > limits.maxCompressionRatio) {
    throw new ImportError(
      { en: `declares a compression ratio of ${Math.round(declaredRatio)}:1, which looks like a zip bomb`, fr: `déclare un taux de compression de ${Math.round(declaredRatio)}:1, ce qui ressemble à une bombe zip` },
      name,
    );
  }
  const compressed = await zip.openReadStreamPromise(entry).catch((error: unknown) => {
    throw new ImportError({ en: `cannot be read from the zip (${errorMessage(error)})`, fr: `ne peut pas être lu dans le zip (${errorMessage(error)})` }, name);
  });
  const guard = new InflationGuard(name, entry, limits, budget);
  return pipeline(compressed, guard, () => undefined);
}

/** Counts inflated bytes as they pass and stops an entry that lies about its size or inflates like a bomb. */
class InflationGuard extends Transform {
  private inflated = 0;
  private checksum = 0;

  constructor(
    private readonly file: string,
    private readonly entry: yauzl.Entry,
    private readonly limits: ExportLimits,
    private readonly budget: { inflated: number },
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.inflated += chunk.length;
    this.budget.inflated += chunk.length;
    const problem = this.problem();
    if (problem) return done(new ImportError(problem, this.file, filePosition("byte", this.inflated - chunk.length)));
    this.checksum = crc32(chunk, this.checksum);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.inflated < this.entry.uncompressedSize) {
      const { inflated, entry } = this;
      const truncated = { en: `ends after ${inflated} of its ${entry.uncompressedSize} bytes: the zip is truncated or damaged`, fr: `s'arrête après ${inflated} de ses ${entry.uncompressedSize} octets : le zip est tronqué ou endommagé` };
      return done(new ImportError(truncated, this.file, filePosition("byte", inflated)));
    }
    if (this.checksum >>> 0 !== this.entry.crc32 >>> 0) {
      return done(new ImportError({ en: "fails its CRC-32 check: the zip is damaged", fr: "échoue à sa vérification CRC-32 : le zip est endommagé" }, this.file));
    }
    done();
  }

  private problem(): Message | undefined {
    const { entry, limits, inflated } = this;
    if (inflated > entry.uncompressedSize) {
      return {
        en: `inflates past its declared size of ${entry.uncompressedSize} bytes: the zip is damaged or a zip bomb; reading stopped`,
        fr: `dépasse à la décompression sa taille déclarée de ${entry.uncompressedSize} octets : le zip est endommagé ou une bombe zip ; lecture arrêtée`,
      };
    }
    if (inflated > limits.maxEntryBytes) {
      return {
        en: `inflates past the ${limits.maxEntryBytes}-byte limit for one file; reading stopped`,
        fr: `dépasse à la décompression la limite de ${limits.maxEntryBytes} octets pour un fichier ; lecture arrêtée`,
      };
    }
    if (this.budget.inflated > limits.maxTotalBytes) {
      return {
        en: `takes the archive past the ${limits.maxTotalBytes}-byte limit for everything read from it; reading stopped`,
        fr: `fait dépasser à l'archive la limite de ${limits.maxTotalBytes} octets pour tout ce qui en est lu ; lecture arrêtée`,
      };
    }
    const ratio = inflated / Math.max(entry.compressedSize, 1);
    if (inflated > limits.ratioCheckAfterBytes && ratio > limits.maxCompressionRatio) {
      return {
        en: `inflates more than ${limits.maxCompressionRatio}:1, which looks like a zip bomb; reading stopped`,
        fr: `se décompresse à plus de ${limits.maxCompressionRatio}:1, ce qui ressemble à une bombe zip ; lecture arrêtée`,
      };
    }
    return undefined;
  }
}
