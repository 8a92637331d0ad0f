import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { PassThrough, pipeline, Transform, type Readable, type TransformCallback } from "node:stream";
import { createGunzip } from "node:zlib";
import tarStream, { type ExtractEvents, type Header } from "tar-stream";
import yauzl from "yauzl";
import type { Message } from "../core/message.js";
import type { ExportLimits, ExportSource } from "./source.js";
import { filePosition, ImportError, type ExportEntry } from "./types.js";

/**
 * Reads a .tar or .tar.gz export (older Mastodon servers wrote their archive as a .tar.gz) without unpacking it:
 * tar-stream parses the headers and hands each file's bytes on as a stream; nothing is written to disk.
 *
 * A tar has no directory to seek in, so one pass lists the entries first; an entry is then read by a pass that
 * skips to it. A pass left where the last read ended serves the next entry further on, so entries read in archive
 * order (as the importers do) cost one pass, not one each.
 */

export type TarKind = "tar" | "tar.gz";

/** A tar's entry, with its place among the archive's headers so a pass can skip to it. */
interface TarEntry extends ExportEntry {
  readonly ordinal: number;
  readonly size: number;
}

/** tar-stream's header, and the stream of an entry's bytes (a `streamx` readable). */
type TarHeader = Header;
type TarEntryStream = ExtractEvents["entry"][1];

interface HeaderEvent {
  header: TarHeader;
  stream: TarEntryStream;
  next: () => void;
}

/** Says whether a file is a tar (by its "ustar" magic or its name) or a gzip (by its magic: 1f 8b). */
export async function tarKind(path: string): Promise<TarKind | undefined> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(263);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return "tar.gz";
    if (bytesRead >= 262 && head.toString("latin1", 257, 262) === "ustar") return "tar";
    return /\.tar$/i.test(path) ? "tar" : undefined;
  } finally {
    await handle.close();
  }
}

/** Opens a .tar or .tar.gz export: lists its entries in one pass, refusing unsafe paths and links as the zip reader does. */
export async function openTar(path: string, kind: TarKind, limits: ExportLimits): Promise<ExportSource> {
  const archive = basename(path);
  const warnings: Message[] = [];
  const entries: TarEntry[] = [];
  const passes = new PassKeeper(path, kind, limits);
  const listing = new Pass(path, kind, limits);
  let ordinal = -1;
  let current: { name: string; size: number; read: number } | undefined;
  try {
    for (;;) {
      const event = await listing.advanceTo(ordinal + 1);
      current = undefined;
      if (event === undefined) break;
      ordinal += 1;
      if (ordinal >= limits.maxEntries) {
        throw new ImportError(
          { en: `holds more than ${limits.maxEntries} files, more than any export; reading stopped`, fr: `contient plus de ${limits.maxEntries} fichiers, plus qu'aucune exportation ; lecture arrêtée` },
          archive,
        );
      }
      const { header } = event;
      const name = header.name.replace(/^(\.\/)+/, "");
      const type = header.type ?? "file";
      if (type === "directory" || name === "" || name.endsWith("/")) continue;
      if (type === "symlink" || type === "link") {
        warnings.push({ en: `${archive}: skipped ${visible(name)}, a link inside the archive`, fr: `${archive} : ${visible(name)} ignoré, c'est un lien dans l'archive` });
        continue;
      }
      if (type !== "file" && type !== "contiguous-file") continue;
      const unsafe = yauzl.validateFileName(name) ?? (name.includes("\0") ? "a NUL character in the name" : null);
      if (unsafe !== null) {
        warnings.push({ en: `${archive}: skipped an entry with an unsafe path (${visible(unsafe)})`, fr: `${archive} : entrée ignorée, son chemin est dangereux (${visible(unsafe)})` });
        continue;
      }
      const size = header.size ?? 0;
      const entryOrdinal = ordinal;
      entries.push({ path: name, size, ordinal: entryOrdinal, open: () => passes.open(name, size, entryOrdinal) });
      current = { name, size, read: 0 };
      event.stream.on("data", (chunk) => {
        if (current) current.read += (chunk as Buffer).length;
      });
    }
  } catch (error) {
    // What was listed before the damage is still read; the entry it cut short says so when it is read.
    const problem = asArchiveError(error, archive, current);
    const complete = entries.length - (current && current.read < current.size ? 1 : 0);
    if (complete === 0) throw problem;
    warnings.push(problem.text);
  }
  listing.destroy();
  return {
    kind: "tar",
    path,
    warnings,
    async *entries() {
      yield* entries;
    },
    close: async () => passes.close(),
  };
}

/** Keeps the pass that last served an entry, to serve the next entry further on without starting over. */
class PassKeeper {
  private idle: Pass | undefined;
  private readonly busy = new Set<Pass>();

  constructor(
    private readonly path: string,
    private readonly kind: TarKind,
    private readonly limits: ExportLimits,
  ) {}

  async open(name: string, size: number, ordinal: number): Promise<Readable> {
    if (size > this.limits.maxEntryBytes) {
      throw new ImportError(
        { en: `declares ${size} bytes, more than the ${this.limits.maxEntryBytes}-byte limit for one file`, fr: `déclare ${size} octets, plus que la limite de ${this.limits.maxEntryBytes} octets pour un fichier` },
        name,
      );
    }
    let pass = this.idle;
    this.idle = undefined;
    if (pass === undefined || pass.ordinal >= ordinal) {
      pass?.destroy();
      pass = new Pass(this.path, this.kind, this.limits);
    }
    this.busy.add(pass);
    const event = await pass.advanceTo(ordinal).catch((error: unknown) => {
      this.busy.delete(pass);
      pass.destroy();
      throw asArchiveError(error, basename(this.path), undefined);
    });
    if (event === undefined) {
      this.busy.delete(pass);
      pass.destroy();
      throw new ImportError({ en: "is no longer in the archive: was the file changed while it was read?", fr: "n'est plus dans l'archive : le fichier a-t-il changé pendant la lecture ?" }, name);
    }
    const out = new PassThrough();
    let read = 0;
    const release = () => {
      if (!this.busy.delete(pass)) return;
      if (pass.failed) return pass.destroy();
      this.idle?.destroy();
      this.idle = pass;
    };
    pass.onFailure = (error) => out.destroy(asArchiveError(error, name, { name, size, read }, true));
    // tar-stream hands out Buffers (its types say unknown).
    event.stream.on("data", (data) => {
      const chunk = data as Buffer;
      read += chunk.length;
      if (!out.destroyed && !out.write(chunk)) event.stream.pause();
    });
    out.on("drain", () => event.stream.resume());
    event.stream.on("end", () => {
      pass.onFailure = undefined;
      out.end();
    });
    // The reader may stop early (a file's first bytes tell what it is): the pass waits there, paused, for the next open.
    out.on("close", () => {
      if (!pass.entryEnded) event.stream.pause();
      release();
    });
    return out;
  }

  close(): void {
    this.idle?.destroy();
    for (const pass of this.busy) pass.destroy();
    this.busy.clear();
  }
}

/** One read of the archive from its start: the file, gunzipped when it is a .tar.gz, counted, and parsed by tar-stream. */
class Pass {
  /** The index of the last header handed out, among all of the archive's headers. */
  ordinal = -1;
  failed: unknown;
  entryEnded = true;
  onFailure: ((error: unknown) => void) | undefined;
  private readonly file: ReturnType<typeof createReadStream>;
  private readonly extract = tarStream.extract();
  private readonly queue: HeaderEvent[] = [];
  private finished = false;
  private wake: () => void = () => undefined;
  private pending: HeaderEvent | undefined;
  private closed = false;

  constructor(path: string, kind: TarKind, limits: ExportLimits) {
    this.file = createReadStream(path);
    const counter = new InflationCounter(basename(path), () => this.file.bytesRead, limits);
    const unpacked = kind === "tar.gz" ? pipeline(this.file, createGunzip(), counter, (error) => error && this.fail(error)) : pipeline(this.file, counter, (error) => error && this.fail(error));
    this.extract.on("entry", (header, stream, next) => {
      this.queue.push({ header, stream, next });
      this.wake();
    });
    this.extract.on("finish", () => {
      this.finished = true;
      this.wake();
    });
    this.extract.on("error", (error: unknown) => this.fail(error));
    unpacked.pipe(this.extract);
  }

  /** Skips, reading through, every entry before `target`, and hands out that entry; undefined past the last. */
  async advanceTo(target: number): Promise<HeaderEvent | undefined> {
    for (;;) {
      if (this.pending) {
        await this.drain(this.pending.stream);
        this.pending.next();
        this.pending = undefined;
      }
      while (this.queue.length === 0 && !this.finished && this.failed === undefined) await new Promise<void>((resolve) => (this.wake = resolve));
      if (this.failed !== undefined) throw this.failed;
      const event = this.queue.shift();
      if (event === undefined) return undefined;
      this.ordinal += 1;
      this.pending = event;
      this.entryEnded = false;
      event.stream.on("end", () => {
        this.entryEnded = true;
        this.wake();
      });
      if (this.ordinal === target) return event;
    }
  }

  destroy(): void {
    this.closed = true;
    this.file.destroy();
    this.extract.destroy();
  }

  private async drain(stream: TarEntryStream): Promise<void> {
    stream.resume();
    while (!this.entryEnded && this.failed === undefined) await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failed !== undefined) throw this.failed;
  }

  private fail(error: unknown): void {
    if (this.failed !== undefined || this.closed) return;
    this.failed = error;
    this.onFailure?.(error);
    this.wake();
    this.destroy();
  }
}

/** Counts the archive's bytes once unpacked and stops a gzip bomb: too many bytes in all, or too many per byte read. */
class InflationCounter extends Transform {
  private unpacked = 0;

  constructor(
    private readonly archive: string,
    private readonly compressedRead: () => number,
    private readonly limits: ExportLimits,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.unpacked += chunk.length;
    const { limits, unpacked } = this;
    const ratio = unpacked / Math.max(this.compressedRead(), 1);
    let problem: Message | undefined;
    if (unpacked > limits.maxTotalBytes) {
      problem = { en: `unpacks past the ${limits.maxTotalBytes}-byte limit for one archive; reading stopped`, fr: `dépasse une fois décompressée la limite de ${limits.maxTotalBytes} octets pour une archive ; lecture arrêtée` };
    } else if (unpacked > limits.ratioCheckAfterBytes && ratio > limits.maxCompressionRatio) {
      problem = { en: `unpacks more than ${limits.maxCompressionRatio}:1, which looks like a gzip bomb; reading stopped`, fr: `se décompresse à plus de ${limits.maxCompressionRatio}:1, ce qui ressemble à une bombe gzip ; lecture arrêtée` };
    }
    if (problem) return done(new ImportError(problem, this.archive, filePosition("byte", unpacked - chunk.length)));
    done(null, chunk);
  }
}

/**
 * What went wrong reading the archive, as an ImportError naming the archive or the entry and where: a gzip or a tar
 * that ends too soon is truncated; anything else is damage.
 */
function asArchiveError(error: unknown, file: string, inside: { name: string; size: number; read: number } | undefined, named = false): ImportError {
  if (error instanceof ImportError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const truncated = code === "Z_BUF_ERROR" || /unexpected end/i.test(message);
  const where = inside === undefined ? undefined : filePosition("byte", inside.read);
  const within: Message =
    inside === undefined || named || inside.read >= inside.size
      ? { en: "", fr: "" }
      : { en: ` in ${visible(inside.name)}, after ${inside.read} of its ${inside.size} bytes`, fr: ` dans ${visible(inside.name)}, après ${inside.read} de ses ${inside.size} octets` };
  if (truncated) {
    const detail = named && inside
      ? { en: `ends after ${inside.read} of its ${inside.size} bytes: the archive is truncated; download it again`, fr: `s'arrête après ${inside.read} de ses ${inside.size} octets : l'archive est tronquée ; téléchargez-la de nouveau` }
      : { en: `ends too soon${within.en}: the archive is truncated; download it again`, fr: `s'arrête trop tôt${within.fr} : l'archive est tronquée ; téléchargez-la de nouveau` };
    return new ImportError(detail, file, named ? where : undefined);
  }
  return new ImportError(
    { en: `is not a readable tar archive${within.en}; it may be damaged (${message})`, fr: `n'est pas une archive tar lisible${within.fr} ; elle est peut-être endommagée (${message})` },
    file,
    named ? where : undefined,
  );
}

/** A name from the archive made safe to quote: control and format characters shown as escapes. */
function visible(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
}
