import type { TextView } from "../normalize.js";

/**
 * An analysis of a text computed at most once per text and shared by every rule that reads it: the first rule to ask
 * pays for it, the others read the same answer, and texts no rule asks about cost nothing. Keyed by the view, which
 * the engine makes once per text, so nothing outlives the text.
 *
 * The engine judges one text at a time, so nearly every call asks about the view the last call asked about: that one
 * is kept beside the WeakMap and answered without a lookup (the WeakMap alone was about 5% of a check).
 */
export function perView<T>(analyse: (view: TextView) => T): (view: TextView) => T {
  const cache = new WeakMap<TextView, T>();
  let lastView: TextView | undefined;
  let lastValue: T | undefined;
  return (view) => {
    if (view === lastView) return lastValue as T;
    let value = cache.get(view);
    if (value === undefined && !cache.has(view)) {
      value = analyse(view);
      cache.set(view, value);
    }
    lastView = view;
    lastValue = value;
    return value as T;
  };
}
