import type { Span } from "./model.js";

/** Up to this many spans a plain list is quicker than the tree, and most texts never hold more. */
const SMALL = 32;

/**
 * Spans already taken (reported, edited), asked whether a new one overlaps or lies inside one of them. A list while it
 * is short; past that a Fenwick tree of the greatest end by start, so that a long hostile text costs log n per question
 * instead of a walk over every span taken before (issue 10).
 */
export class SpanSet {
  private readonly list: Span[] = [];
  private tree: Int32Array | undefined;

  /** `length`: the text's length; no span reaches past it. */
  constructor(private readonly length: number) {}

  add(span: Span): void {
    if (this.tree === undefined) {
      this.list.push(span);
      if (this.list.length <= SMALL) return;
      this.tree = new Int32Array(this.length + 2).fill(-1);
      for (const s of this.list) this.insert(s);
      return;
    }
    this.insert(span);
  }

  /** Whether a span taken overlaps `span` (`a[0] < b[1] && b[0] < a[1]`). */
  overlaps(span: Span): boolean {
    if (this.tree === undefined) {
      for (const r of this.list) if (r[0] < span[1] && span[0] < r[1]) return true;
      return false;
    }
    return span[1] > 0 && this.greatestEnd(span[1] - 1) > span[0];
  }

  /** Whether a span taken holds `span` whole (`r[0] <= span[0] && span[1] <= r[1]`). */
  covers(span: Span): boolean {
    if (this.tree === undefined) {
      for (const r of this.list) if (r[0] <= span[0] && span[1] <= r[1]) return true;
      return false;
    }
    return this.greatestEnd(span[0]) >= span[1];
  }

  private insert(span: Span): void {
    const tree = this.tree!;
    for (let i = this.position(span[0]) + 1; i < tree.length; i += i & -i) if (tree[i]! < span[1]) tree[i] = span[1];
  }

  /** The greatest end among the spans starting at or before `start`, or -1. */
  private greatestEnd(start: number): number {
    const tree = this.tree!;
    let best = -1;
    for (let i = this.position(start) + 1; i > 0; i -= i & -i) if (tree[i]! > best) best = tree[i]!;
    return best;
  }

  private position(offset: number): number {
    return offset < 0 ? 0 : offset > this.length ? this.length : offset;
  }
}
