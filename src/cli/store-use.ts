import type { Lang } from "../core/model.js";
import { defaultStorePath, openStore, StoreBusyError, storeFailure, StoreError, StoreUnusableError, type ReviewStore } from "../store/store.js";
import { UsageError } from "./errors.js";
import { terminalSafe } from "./terminal.js";

/**
 * The review database a command names with `--db` (else the default one, in Impartial's own folder), opened private:
 * a file or folder found readable by others is tightened, and said on stderr.
 */
export function openReviewStore(db: string | undefined, io: { stderr: NodeJS.WritableStream; env?: NodeJS.ProcessEnv }, lang: Lang): { store: ReviewStore; path: string } {
  const path = db ?? defaultStorePath(io.env ?? process.env);
  const store = openStore(path, { ownFolder: db === undefined, notice: (m) => io.stderr.write(`impartial: ${terminalSafe(m[lang], "escape")}\n`) });
  return { store, path };
}

/**
 * What a command does with a failure of the review database: one that cannot be used or is busy goes on as it is (main
 * gives each its exit status), SQLite's own damage and lock errors become those, and any other StoreError is a usage error.
 */
export function storeProblem(error: unknown, path: string): unknown {
  const known = storeFailure(error, path);
  if (known instanceof StoreUnusableError || known instanceof StoreBusyError) return known;
  if (known instanceof StoreError) return UsageError.from(known);
  return known;
}
