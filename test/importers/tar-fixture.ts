import { gzipSync } from "node:zlib";

export interface TarEntrySpec {
  name: string;
  data?: Buffer | string;
  /** "0" a file (the default), "1" a hard link, "2" a symbolic link, "5" a folder. */
  type?: "0" | "1" | "2" | "5";
  linkname?: string;
}

/** A minimal ustar writer (names up to 100 bytes), enough to build the archives the tar tests need, hostile ones too. */
export function buildTar(entries: TarEntrySpec[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const data = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : (entry.data ?? Buffer.alloc(0));
    const header = Buffer.alloc(512);
    header.write(entry.name, 0, 100, "utf8");
    header.write("0000644\0", 100, "latin1");
    header.write("0000000\0", 108, "latin1");
    header.write("0000000\0", 116, "latin1");
    header.write(`${data.length.toString(8).padStart(11, "0")}\0`, 124, "latin1");
    header.write(`${Math.floor(Date.UTC(2024, 0, 1) / 1000).toString(8).padStart(11, "0")}\0`, 136, "latin1");
    header.write(entry.type ?? "0", 156, "latin1");
    if (entry.linkname) header.write(entry.linkname, 157, 100, "utf8");
    header.write("ustar\0", 257, "latin1");
    header.write("00", 263, "latin1");
    header.write("        ", 148, "latin1");
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "latin1");
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

export function buildTarGz(entries: TarEntrySpec[]): Buffer {
  return gzipSync(buildTar(entries));
}
