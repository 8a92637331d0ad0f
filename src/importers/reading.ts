import { Transform, type TransformCallback } from "node:stream";
import type { ExportSource } from "./source.js";
import type { ExportEntry } from "./types.js";

/** Where the reading of an export stands: the file last opened and how far into it the importer has read. */
export interface ReadingPosition {
  /** The file's path inside the export. */
  file: string;
  bytesRead: number;
  /** Its size, uncompressed, when the export says (a zip's directory and a folder do). */
  bytes?: number;
}

/** How far into its file a position is, from 0 to 1; undefined when the size is unknown. */
export function fractionRead(position: ReadingPosition): number | undefined {
  if (position.bytes === undefined || position.bytes <= 0) return undefined;
  return Math.min(1, position.bytesRead / position.bytes);
}

/**
 * The same export, with each file's bytes counted as the importer reads them, so a long scan can say which file it
 * is in and how far (most of an X archive is one tweets.js). Counting passes the bytes through untouched.
 */
export function trackReading(source: ExportSource): { source: ExportSource; position(): ReadingPosition | undefined } {
  let current: ReadingPosition | undefined;
  const counted = (entry: ExportEntry): ExportEntry => ({
    ...entry,
    open: async () => {
      const stream = await entry.open();
      const position: ReadingPosition = { file: entry.path, bytesRead: 0, ...(entry.size !== undefined ? { bytes: entry.size } : {}) };
      current = position;
      const counter = new Transform({
        transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback) {
          position.bytesRead += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
          done(null, chunk);
        },
      });
      // The reader's own error (a truncated zip, an entry over its limit) reaches the importer unchanged.
      stream.on("error", (error) => counter.destroy(error));
      counter.on("close", () => {
        if (!stream.destroyed) stream.destroy();
      });
      return stream.pipe(counter);
    },
  });
  const tracked: ExportSource = {
    kind: source.kind,
    path: source.path,
    warnings: source.warnings,
    async *entries() {
      for await (const entry of source.entries()) yield counted(entry);
    },
    close: () => source.close(),
  };
  return { source: tracked, position: () => current };
}
