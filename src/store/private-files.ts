// What Impartial writes about a person's history (the review database, its write-ahead log and shared memory, reports,
// checklists) is readable by that person only: files 0600, the folders Impartial makes 0700, whatever the umask.
// Files found looser are tightened, and the person told. Windows keeps its own access lists: nothing is changed there.

import { chmodSync, closeSync, fchmodSync, fstatSync, mkdirSync, openSync, statSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Message } from "../core/message.js";

/** Told when a file or folder that others could read is made private. */
export type PrivacyNotice = (message: Message) => void;

const POSIX = process.platform !== "win32";

function octal(mode: number): string {
  return (mode & 0o777).toString(8).padStart(4, "0");
}

function tightened(path: string, was: number, now: number): Message {
  return {
    en: `${path} could be read by other users of this computer (mode ${octal(was)}); it is now ${octal(now)}, yours only`,
    fr: `${path} pouvait être lu par d'autres comptes de cet ordinateur (mode ${octal(was)}) ; il est maintenant en ${octal(now)}, à vous seul`,
  };
}

/**
 * Makes `dir` exist. The folders it creates are 0700; an existing one is made 0700 only when `own` (Impartial's
 * own data folder), never a folder of the person's that they named.
 */
export function ensurePrivateFolder(dir: string, options: { own?: boolean; notice?: PrivacyNotice } = {}): void {
  const first = mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!POSIX) return;
  if (first !== undefined) {
    // mkdir's mode passes through the umask: set it outright on every folder made, from the first down to `dir`.
    for (let d = resolve(dir); ; d = dirname(d)) {
      chmodSync(d, 0o700);
      if (d === resolve(first) || dirname(d) === d) break;
    }
    return;
  }
  if (options.own) tighten(dir, 0o700, options.notice);
}

/** Makes an existing file or folder `mode` when others can read or write it; false when it does not exist. */
export function tighten(path: string, mode: number, notice?: PrivacyNotice): boolean {
  if (!POSIX) return true;
  let was: number;
  try {
    was = statSync(path).mode;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw e;
  }
  if ((was & 0o077) === 0) return true;
  chmodSync(path, mode);
  notice?.(tightened(path, was, mode));
  return true;
}

/** Creates `path` empty and 0600 when it does not exist, so that SQLite (which keeps a file's mode) opens it private. */
export function createPrivateFile(path: string): void {
  try {
    closeSync(openSync(path, "wx", 0o600));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
}

/** Writes a report or an export 0600: created so, or tightened (with a notice) when it already existed looser. */
export function writePrivateFile(path: string, data: string, notice?: PrivacyNotice): void {
  const fd = openSync(path, "w", 0o600);
  try {
    if (POSIX) {
      const was = fstatSync(fd).mode;
      if ((was & 0o077) !== 0) {
        fchmodSync(fd, 0o600);
        notice?.(tightened(path, was, 0o600));
      }
    }
    const bytes = Buffer.from(data, "utf8");
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  } finally {
    closeSync(fd);
  }
}
