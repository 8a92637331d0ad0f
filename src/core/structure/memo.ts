import type { TextView } from "../normalize.js";

/**
 * An analysis of a text computed at most once per text and shared by every rule that reads it: the first rule to ask
 * pays for it, the others read the same answer, and texts no rule asks about cost nothing. Keyed by the view, which
 * the engine makes once per text, so nothing outlives the text.
 */
export function perView<T>(analyse: (view: TextView) => T): (view: TextView) => T {
  const cache = new WeakMap<TextView, T>();
  return (view) => {
    let value = cache.get(view);
    if (value === undefined && !cache.has(view)) {
      value = analyse(view);
      cache.set(view, value);
    }
    return value as T;
  };
}
