import { open, type FileHandle } from "node:fs/promises";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { crc32, createDeflateRaw } from "node:zlib";

/** Bit 3: sizes and CRC follow the data in a descriptor; bit 11: the name is UTF-8. */
const FLAGS = 0x0808;
const DEFLATE = 8;
/** Without zip64, sizes and offsets must stay below 4 GiB. */
const ZIP32_LIMIT = 0xffffffff;

interface WrittenEntry {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/**
 * Writes a zip to disk one entry at a time, deflating each entry as its text is produced, so an archive of any size
 * never has to be held in memory. No zip64: each entry and the whole file stay under 4 GiB.
 */
export class StreamingZipWriter {
  private readonly entries: WrittenEntry[] = [];
  private offset = 0;

  private constructor(
    private readonly path: string,
    private readonly file: FileHandle,
  ) {}

  static async create(path: string): Promise<StreamingZipWriter> {
    return new StreamingZipWriter(path, await open(path, "w"));
  }

  /** Adds one entry from text (or bytes) produced piece by piece; resolves once it is on disk. */
  async add(name: string, content: AsyncIterable<string | Buffer> | Iterable<string | Buffer>, level = 6): Promise<void> {
    const nameBytes = Buffer.from(name, "utf8");
    const start = this.offset;
    await this.write(localHeader(nameBytes));
    const tally = new Tally();
    let compressed = 0;
    await pipeline(Readable.from(content, { objectMode: false }), tally, createDeflateRaw({ level }), async (deflated: AsyncIterable<Buffer>) => {
      for await (const chunk of deflated) {
        compressed += chunk.length;
        await this.write(chunk);
      }
    });
    if (tally.size > ZIP32_LIMIT || compressed > ZIP32_LIMIT || this.offset > ZIP32_LIMIT) throw new Error(`${this.path}: ${name} is past the 4 GiB a zip without zip64 can hold`);
    await this.write(dataDescriptor(tally.crc, compressed, tally.size));
    this.entries.push({ name: nameBytes, crc: tally.crc, compressed, size: tally.size, offset: start });
  }

  /** Writes the central directory and closes the file. */
  async close(): Promise<void> {
    const directoryStart = this.offset;
    for (const entry of this.entries) {
      await this.write(centralHeader(entry));
      await this.write(entry.name);
    }
    await this.write(endOfDirectory(this.entries.length, this.offset - directoryStart, directoryStart));
    await this.file.close();
  }

  /** Closes the file without finishing it, after a failure. */
  async abandon(): Promise<void> {
    await this.file.close().catch(() => undefined);
  }

  private async write(bytes: Buffer): Promise<void> {
    await this.file.write(bytes, 0, bytes.length, this.offset);
    this.offset += bytes.length;
  }
}

/** Counts the inflated bytes and their CRC-32 on the way to the deflater. */
class Tally extends Transform {
  crc = 0;
  size = 0;

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback): void {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    done(null, bytes);
  }
}

function localHeader(name: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(FLAGS, 6);
  header.writeUInt16LE(DEFLATE, 8);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function dataDescriptor(crc: number, compressed: number, size: number): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc >>> 0, 4);
  descriptor.writeUInt32LE(compressed, 8);
  descriptor.writeUInt32LE(size, 12);
  return descriptor;
}

function centralHeader(entry: WrittenEntry): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(FLAGS, 8);
  header.writeUInt16LE(DEFLATE, 10);
  header.writeUInt32LE(entry.crc >>> 0, 16);
  header.writeUInt32LE(entry.compressed, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt32LE(entry.offset, 42);
  return header;
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}
