import type { TextView } from "../normalize.js";

/** Slots given out so far: one per analysis, for the life of the process. */
let slots = 0;

/** Stands in a slot for an analysis whose answer is `undefined`, so that it is not worked out again. */
const NOTHING = Symbol("nothing");

/**
 * An analysis of a text computed at most once per text and shared by every rule that reads it: the first rule to ask
 * pays for it, the others read the same answer, and texts no rule asks about cost nothing. The answer is kept in the
 * view itself (its `memo`, at a slot this analysis is given once), which the engine makes once per text, so nothing
 * outlives the text and asking again is one array read (a WeakMap keyed by the view was about 5% of a check).
 */
export function perView<T>(analyse: (view: TextView) => T): (view: TextView) => T {
  const slot = slots++;
  return (view) => {
    const kept = view.memo[slot];
    if (kept !== undefined) return (kept === NOTHING ? undefined : kept) as T;
    const value = analyse(view);
    view.memo[slot] = value === undefined ? NOTHING : value;
    return value;
  };
}
