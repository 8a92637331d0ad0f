// Keeping a long scan's memory flat. V8 lets a busy heap grow well past what it holds before collecting it whole: a
// 100,000-tweet scan held about 36 MB after a full collection, in a heap of 190 MB and a process of 360 MB at its
// peak. A full collection every 5,000 items (tens of milliseconds with that much alive, a second or two of work
// apart) brought that peak to about 230 MB, and 500 MB to about 300 MB with a judging worker (docs/measurements.md).

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Items judged (or written) between two full collections: a few seconds of work each. */
export const COLLECT_EVERY = 5_000;

let collect: (() => void) | null | undefined;

/**
 * Collects the whole heap of this thread now. Node offers no call for it without `--expose-gc`, so the flag is set
 * here and V8's `gc` taken from a fresh context, the way test runners measure leaks; where that fails, nothing is done.
 * V8's flags are the process's: from then on any new context (a worker's, a `vm` one) also sees a global `gc`, which
 * none of this project's code reads.
 */
export function collectGarbage(): boolean {
  if (collect === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
  return collect !== null;
}

/** Counts items and collects the heap once every `every` of them. */
export class Collector {
  private since = 0;
  constructor(private readonly every = COLLECT_EVERY) {}

  counted(items: number): void {
    this.since += items;
    if (this.since < this.every) return;
    this.since = 0;
    collectGarbage();
  }
}
