/**
 * A set of item ids that stays small when an archive holds millions of them: decimal ids (X's tweet ids, which fit
 * in 64 bits), or with `radix` 16 the 16-hex-digit ids made by stableId, are kept as numbers in an open-addressing
 * table of 8-byte slots, instead of ~80-byte strings; any other id falls back to an ordinary Set. Exact: no id is
 * ever mistaken for another.
 */
export class IdSet {
  constructor(private readonly radix: 10 | 16 = 10) {}

  private table = new BigUint64Array(1 << 12);
  private count = 0;
  private hasZero = false;
  private readonly others = new Set<string>();

  has(id: string): boolean {
    const n = this.numeric(id);
    if (n === undefined) return this.others.has(id);
    if (n === 0n) return this.hasZero;
    return this.table[this.slot(n)] === n;
  }

  add(id: string): void {
    const n = this.numeric(id);
    if (n === undefined) {
      this.others.add(id);
      return;
    }
    if (n === 0n) {
      this.hasZero = true;
      return;
    }
    const at = this.slot(n);
    if (this.table[at] === n) return;
    this.table[at] = n;
    // Up to three quarters full: linear probing stays short, and millions of ids take 8 to 11 bytes each, not 16.
    if (++this.count * 4 > this.table.length * 3) this.grow();
  }

  get size(): number {
    return this.count + (this.hasZero ? 1 : 0) + this.others.size;
  }

  private numeric(id: string): bigint | undefined {
    if (this.radix === 16) return /^[0-9a-f]{16}$/.test(id) ? BigInt(`0x${id}`) : undefined;
    if (id.length === 0 || id.length > 19 || !/^\d+$/.test(id) || (id.length > 1 && id[0] === "0")) return undefined;
    const n = BigInt(id);
    return n <= 0xffffffffffffffffn ? n : undefined;
  }

  /** The slot holding `n`, or the empty slot where it would go (0 marks empty; 0 itself is kept aside). */
  private slot(n: bigint): number {
    const mask = this.table.length - 1;
    // Mix the bits: consecutive ids would otherwise crowd neighbouring slots.
    let i = Number(BigInt.asUintN(32, (n ^ (n >> 29n)) * 0x9e3779b1n)) & mask;
    while (this.table[i] !== 0n && this.table[i] !== n) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const old = this.table;
    this.table = new BigUint64Array(old.length * 2);
    for (const v of old) if (v !== 0n) this.table[this.slot(v)] = v;
  }
}
