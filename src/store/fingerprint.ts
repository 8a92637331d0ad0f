import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const EDGE_BYTES = 1 << 20;

function hashFileEdges(path: string, size: number): string {
  const hash = createHash("sha256");
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(Math.min(size, EDGE_BYTES));
    hash.update(head.subarray(0, readSync(fd, head, 0, head.length, 0)));
    // The tail holds a zip's central directory, so an archive re-made with other content changes here too.
    if (size > EDGE_BYTES) {
      const tail = Buffer.alloc(Math.min(size - EDGE_BYTES, EDGE_BYTES));
      hash.update(tail.subarray(0, readSync(fd, tail, 0, tail.length, size - tail.length)));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * A cheap identity for an export, to tell a re-import of the same archive from a new one.
 * A file: its size and the SHA-256 of its first and last MiB (not its mtime, so a copied archive is
 * recognized). A folder: the SHA-256 of every file's relative path, size and mtime.
 */
export function fingerprintSource(path: string): string {
  const stat = statSync(path);
  if (stat.isFile()) return `file:${stat.size}:${hashFileEdges(path, stat.size).slice(0, 32)}`;
  if (!stat.isDirectory()) throw new Error(`${path}: neither a file nor a folder`);
  const hash = createHash("sha256");
  for (const file of listFiles(path)) {
    const s = statSync(file);
    hash.update(`${relative(path, file).split(sep).join("/")}\0${s.size}\0${Math.trunc(s.mtimeMs)}\n`);
  }
  return `dir:${hash.digest("hex").slice(0, 32)}`;
}
