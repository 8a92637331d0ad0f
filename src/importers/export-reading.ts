export { baseName } from "./source.js";
import type { Message } from "../core/message.js";
import { repairMojibakeDeep } from "./encoding.js";
import { streamJsonItems } from "./json-stream.js";
import { ImportError, type ExportEntry, type HistoryItem } from "./types.js";

export type ExportEntries = Iterable<ExportEntry> | AsyncIterable<ExportEntry>;

export interface ImportOptions {
  /**
   * Called for each file, item or row that cannot be read, and the import goes on. Without it, every
   * readable item is still yielded and the first problem is thrown at the end.
   */
  onError?: (error: ImportError) => void;
  /** Called with notes that cost no item but alter what is read (invalid byte sequences replaced, parts skipped). */
  onWarning?: (note: Message) => void;
}

/** Where an importer sends the problems it meets, so that one bad file or row never hides the rest. */
export class Problems {
  private first: ImportError | undefined;
  private count = 0;

  constructor(
    private readonly onError?: (error: ImportError) => void,
    private readonly onWarning?: (note: Message) => void,
  ) {}

  /** A note that costs no item: the import goes on and the note is shown beside its result. */
  warn(note: Message): void {
    this.onWarning?.(note);
  }

  report(error: ImportError): void {
    if (this.onError) {
      this.onError(error);
      return;
    }
    this.first ??= error;
    this.count++;
  }

  throwIfAny(): void {
    if (!this.first) return;
    if (this.count === 1) throw this.first;
    const { file, where, detail } = this.first;
    const more = this.count - 1;
    throw new ImportError(
      {
        en: `${detail.en} (and ${more} more problem${more === 1 ? "" : "s"} in this export)`,
        fr: `${detail.fr} (et ${more} autre${more === 1 ? "" : "s"} problème${more === 1 ? "" : "s"} dans cette exportation)`,
      },
      file,
      where,
    );
  }
}

/** One kind of file an importer reads, chosen by its path inside the export. */
export interface FileReader {
  matches(path: string): boolean;
  read(entry: ExportEntry, problems: Problems): AsyncGenerator<HistoryItem>;
}


/** Run each entry through the first reader that claims it, in the order the entries come. */
export async function* readExport(
  entries: ExportEntries,
  readers: readonly FileReader[],
  options: ImportOptions,
): AsyncGenerator<HistoryItem> {
  const problems = new Problems(options.onError, options.onWarning);
  for await (const entry of entries) {
    const reader = readers.find((candidate) => candidate.matches(entry.path));
    if (!reader) continue;
    try {
      yield* reader.read(entry, problems);
    } catch (error) {
      problems.report(asImportError(error, entry.path));
    }
  }
  problems.throwIfAny();
}

export function asImportError(error: unknown, file: string): ImportError {
  if (error instanceof ImportError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ImportError({ en: `cannot be read: ${message}`, fr: `ne peut pas être lu : ${message}` }, file);
}

/**
 * Streams the items of one of Meta's JSON lists, each with its index and its mojibake repaired: a bare array, or the
 * array under one of `preferredKeys` (`{"comments_v2": [...]}`), or failing those the object's first array.
 * The file is never held whole; an ImportError names the file, item, line and column of a syntax error.
 */
export async function* streamList(entry: ExportEntry, preferredKeys: readonly string[], problems: Problems): AsyncGenerator<[number, unknown]> {
  let index = 0;
  for await (const item of streamJsonItems(entry, { arrays: preferredKeys, firstArray: true, warn: (note) => problems.warn(note) })) {
    yield [index, repairMojibakeDeep(item.value)];
    index += 1;
  }
}

/** The members of a top-level JSON object named by `keys`, read whole and repaired, by key. */
export async function readMembers(entry: ExportEntry, keys: readonly string[], problems: Problems): Promise<Map<string, unknown>> {
  const members = new Map<string, unknown>();
  for await (const item of streamJsonItems(entry, { members: keys, warn: (note) => problems.warn(note) })) {
    if (!members.has(String(item.key))) members.set(String(item.key), repairMojibakeDeep(item.value));
  }
  return members;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function stringAt(record: unknown, key: string): string | undefined {
  if (!isRecord(record)) return undefined;
  const value = record[key];
  return typeof value === "string" ? value : undefined;
}

export function recordsAt(record: unknown, key: string): Record<string, unknown>[] {
  if (!isRecord(record)) return [];
  const value = record[key];
  return Array.isArray(value) ? value.filter(isRecord) : [];
}
