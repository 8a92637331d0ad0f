import { StringDecoder } from "node:string_decoder";
import type { Message } from "../core/message.js";
import { ImportError, type ExportEntry } from "./types.js";

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

interface Sniffed {
  encoding: Encoding;
  /** Bytes of byte-order mark to skip. */
  bom: number;
}

/** The three bytes of U+FFFD in UTF-8, as written in a file that really holds the character. */
const REPLACEMENT_BYTES = Buffer.from([0xef, 0xbf, 0xbd]);

/**
 * The encoding a text file's first bytes say: a byte-order mark (UTF-8, UTF-16 LE or BE), or, without one, the zero
 * bytes every ASCII character has beside it in UTF-16 (JSON, CSV and X's JavaScript all start with ASCII).
 * UTF-32 is named, not read: no platform writes it.
 */
function sniff(head: Uint8Array, file: string): Sniffed {
  const [b0, b1, b2, b3] = head;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: "utf-8", bom: 3 };
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) || (b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0 && head.length >= 4)) {
    throw new ImportError({ en: "is encoded in UTF-32, which Impartial does not read; save it as UTF-8 and scan it again", fr: "est encodé en UTF-32, qu'Impartial ne lit pas; enregistrez-le en UTF-8 et relancez l'analyse" }, file);
  }
  if (b0 === 0xff && b1 === 0xfe) return { encoding: "utf-16le", bom: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: "utf-16be", bom: 2 };
  if (head.length >= 2 && b0 !== 0 && b1 === 0) return { encoding: "utf-16le", bom: 0 };
  if (head.length >= 2 && b0 === 0 && b1 !== 0) return { encoding: "utf-16be", bom: 0 };
  return { encoding: "utf-8", bom: 0 };
}

/** Decodes one file's bytes chunk by chunk, counting the invalid sequences it replaces by U+FFFD. */
class CountingDecoder {
  private readonly decoder: StringDecoder;
  /** UTF-16 BE: a byte left over from the last chunk, to be swapped with the next one's first. */
  private oddByte: number | undefined;
  /** UTF-8: the last two bytes of the last chunk, where a real U+FFFD may have started. */
  private tail: Buffer = Buffer.alloc(0);
  private written = 0;
  private literal = 0;

  constructor(private readonly encoding: Encoding) {
    this.decoder = new StringDecoder(encoding === "utf-8" ? "utf8" : "utf16le");
  }

  /** How many byte sequences were not valid in the file's encoding. */
  get invalid(): number {
    return this.written - this.literal;
  }

  write(chunk: Buffer): string {
    if (this.encoding === "utf-16be") return this.decoder.write(this.swapped(chunk));
    const text = this.decoder.write(chunk);
    if (this.encoding === "utf-8") this.countUtf8(chunk, text);
    return text;
  }

  end(): string {
    const text = this.decoder.end();
    // The start of a UTF-8 character cut off by the end of the file, or a lone last byte or surrogate of UTF-16.
    if (this.encoding === "utf-8") this.written += countOf(text, "\uFFFD");
    else if (text.length > 0 || this.oddByte !== undefined) this.written += 1;
    return text;
  }

  /** Every U+FFFD in the text is either written in the file (its three bytes) or stands for an invalid sequence. */
  private countUtf8(chunk: Buffer, text: string): void {
    if (text.indexOf("\uFFFD") >= 0) {
      this.written += countOf(text, "\uFFFD");
      const across = Buffer.concat([this.tail, chunk.subarray(0, 2)]);
      for (let at = across.indexOf(REPLACEMENT_BYTES); at >= 0 && at < this.tail.length; at = across.indexOf(REPLACEMENT_BYTES, at + 1)) this.literal += 1;
      for (let at = chunk.indexOf(REPLACEMENT_BYTES); at >= 0; at = chunk.indexOf(REPLACEMENT_BYTES, at + 3)) this.literal += 1;
    }
    this.tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - 2)));
  }

  private swapped(chunk: Buffer): Buffer {
    const bytes = this.oddByte === undefined ? Buffer.from(chunk) : Buffer.concat([Buffer.from([this.oddByte]), chunk]);
    this.oddByte = bytes.length % 2 === 1 ? bytes[bytes.length - 1] : undefined;
    const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
    return even.swap16();
  }
}

function countOf(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) count += 1;
  return count;
}

/**
 * An entry's text, decoded chunk by chunk, never whole: UTF-8 (with or without a byte-order mark) or UTF-16 (LE or BE,
 * by its mark or its zero bytes). Invalid sequences become U+FFFD, and their number is given to `warn` at the end,
 * naming the file: the text is read, but not silently altered.
 */
export async function* entryText(entry: ExportEntry, warn?: (note: Message) => void): AsyncGenerator<string> {
  const stream = await entry.open();
  let decoder: CountingDecoder | undefined;
  let head: Buffer = Buffer.alloc(0);
  try {
    for await (const raw of stream as AsyncIterable<Buffer | string>) {
      let chunk: Buffer = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
      if (!decoder) {
        head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
        if (head.length < 4) continue;
        const { encoding, bom } = sniff(head, entry.path);
        decoder = new CountingDecoder(encoding);
        chunk = head.subarray(bom);
      }
      const text = decoder.write(chunk);
      if (text.length > 0) yield text;
    }
    if (!decoder && head.length > 0) {
      const { encoding, bom } = sniff(head, entry.path);
      decoder = new CountingDecoder(encoding);
      const text = decoder.write(head.subarray(bom));
      if (text.length > 0) yield text;
    }
    const rest = decoder?.end() ?? "";
    if (rest.length > 0) yield rest;
  } finally {
    stream.destroy();
  }
  const invalid = decoder?.invalid ?? 0;
  if (invalid > 0 && warn) warn(invalidSequences(entry.path, invalid));
}

function invalidSequences(file: string, count: number): Message {
  return count === 1
    ? { en: `${file}: 1 invalid byte sequence replaced (the file is not valid text in its encoding)`, fr: `${file} : 1 séquence d'octets invalide remplacée (le fichier n'est pas du texte valide dans son encodage)` }
    : { en: `${file}: ${count} invalid byte sequences replaced (the file is not valid text in its encoding)`, fr: `${file} : ${count} séquences d'octets invalides remplacées (le fichier n'est pas du texte valide dans son encodage)` };
}

/** The first bytes of a file as text, in the encoding they say, for recognising a format. */
export function decodeHead(head: Buffer): string {
  let sniffed: Sniffed;
  try {
    sniffed = sniff(head, "");
  } catch {
    return "";
  }
  const decoder = new CountingDecoder(sniffed.encoding);
  return decoder.write(head.subarray(sniffed.bom)) + decoder.end();
}
