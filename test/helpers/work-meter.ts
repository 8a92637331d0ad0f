/**
 * Counts the work a piece of code does, for tests of the engine's complexity without a clock (issue 10): characters
 * read by every regular expression (the engine's, and twitter-text's), and elements visited by the Array methods that
 * pairwise comparisons are written with (`some`, `find`, `filter`, …), callbacks counted one by one, and the steps of
 * the engine's own loops (src/core/work.ts). It patches the
 * prototypes only while `measureWork` runs its function, and restores them even when that throws.
 */

import { workCounter } from "../../src/core/work.js";

type Method = (this: unknown[], ...args: unknown[]) => unknown;

const CALLBACK_METHODS = ["some", "every", "find", "findIndex", "findLast", "findLastIndex", "filter", "map", "flatMap", "forEach", "reduce", "reduceRight"] as const;
const SEARCH_METHODS = ["includes", "indexOf", "lastIndexOf"] as const;

export function measureWork(run: () => void): number {
  let work = 0;
  const exec = RegExp.prototype.exec;
  const saved = new Map<string, Method>();
  const arrays = Array.prototype as unknown as Record<string, Method>;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const s = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, s);
    // A match read up to its end; a failed search read the rest of the text, but a sticky one or one anchored at the
    // start (which V8 tries at the start only) a character.
    const anchored = this.sticky || (this.source.startsWith("^") && !this.multiline);
    work += 1 + (m ? Math.max(0, m.index + m[0].length - from) : anchored ? 0 : Math.max(0, s.length - from));
    return m;
  };
  for (const name of CALLBACK_METHODS) {
    const original = arrays[name]!;
    saved.set(name, original);
    arrays[name] = function (this: unknown[], callback: unknown, ...rest: unknown[]) {
      work++;
      if (typeof callback !== "function") return original.call(this, callback, ...rest);
      const f = callback as (...a: unknown[]) => unknown;
      return original.call(
        this,
        function (this: unknown, ...a: unknown[]) {
          work++;
          return f.apply(this, a);
        },
        ...rest,
      );
    };
  }
  for (const name of SEARCH_METHODS) {
    const original = arrays[name]!;
    saved.set(name, original);
    arrays[name] = function (this: unknown[], ...args: unknown[]) {
      work += 1 + this.length;
      return original.apply(this, args);
    };
  }
  const sort = arrays.sort!;
  saved.set("sort", sort);
  arrays.sort = function (this: unknown[], compare?: unknown) {
    work += 1 + this.length;
    if (typeof compare !== "function") return sort.call(this, compare);
    const c = compare as (a: unknown, b: unknown) => number;
    return sort.call(this, (a: unknown, b: unknown) => {
      work++;
      return c(a, b);
    });
  };
  workCounter.on = true;
  workCounter.steps = 0;
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
    for (const [name, original] of saved) arrays[name] = original;
    workCounter.on = false;
  }
  return work + workCounter.steps;
}
