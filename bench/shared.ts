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
