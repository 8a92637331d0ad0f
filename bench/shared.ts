import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root, from a compiled file in dist/bench. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** `../shared` beside the project, where the real corpora live; undefined when it is absent. */
export function sharedDir(): string | undefined {
  const dir = join(ROOT, "..", "shared");
  return existsSync(join(dir, "corpora")) ? dir : undefined;
}

export function median(sorted: number[]): number {
  return sorted[sorted.length >> 1]!;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

export function fmt(n: number, digits = 1): string {
  return n.toLocaleString("en-CA", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A deterministic pseudo-random sequence (mulberry32): the same posts, archives and shuffles on every run. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
