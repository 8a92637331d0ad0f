export { baseName } from "./source.js";
import type { Message } from "../core/message.js";
import { filePosition, ImportError, type ExportEntry, type HistoryItem } from "./types.js";

export type ExportEntries = Iterable<ExportEntry> | AsyncIterable<ExportEntry>;

export interface ImportOptions {
  /**
   * Called for each file, item or row that cannot be read, and the import goes on. Without it, every
   * readable item is still yielded and the first problem is thrown at the end.
   */
  onError?: (error: ImportError) => void;
}

/** Where an importer sends the problems it meets, so that one bad file or row never hides the rest. */
export class Problems {
  private first: ImportError | undefined;
  private count = 0;

  constructor(private readonly onError?: (error: ImportError) => void) {}

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
  const problems = new Problems(options.onError);
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

export async function readEntryBuffer(entry: ExportEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await entry.open()) {
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : (chunk as Buffer));
  }
  return Buffer.concat(chunks);
}

export async function readEntryText(entry: ExportEntry): Promise<string> {
  const text = (await readEntryBuffer(entry)).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parse a JSON file, or throw an ImportError that says where in the file the JSON breaks. */
export async function readEntryJson(entry: ExportEntry): Promise<unknown> {
  const text = await readEntryText(entry);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const atEnd = /end of JSON input/i.test(message) ? String(text.length) : undefined;
    const offset = /position (\d+)/.exec(message)?.[1] ?? atEnd;
    const position = offset === undefined ? undefined : lineAndColumn(text, Number(offset));
    throw new ImportError({ en: `is not valid JSON (${message})`, fr: `n'est pas du JSON valide (${message})` }, entry.path, position);
  }
}

function lineAndColumn(text: string, offset: number): Message {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return filePosition("line", line, column);
}

/** Meta wraps its lists in an object with one array (`{"comments_v2": [...]}`) or gives the bare array. */
export function listIn(json: unknown, preferredKeys: readonly string[] = []): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isRecord(json)) return [];
  for (const key of preferredKeys) {
    const value = json[key];
    if (Array.isArray(value)) return value;
  }
  const firstArray = Object.values(json).find(Array.isArray);
  return (firstArray as unknown[] | undefined) ?? [];
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
