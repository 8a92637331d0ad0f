const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Undo Meta's mojibake: Facebook, Instagram and Threads exports write each UTF-8 byte as its own
 * `\u00XX` escape, so "é" arrives as "Ã©" and 😀 as "ð\u009f\u0098\u0080". A string whose code units
 * are all ≤ 0xFF and whose bytes form valid UTF-8 is decoded again as UTF-8; any other string is
 * returned unchanged (plain ASCII, text already in Unicode, or real Latin-1 that is not UTF-8).
 */
export function repairMojibake(s: string): string {
  let sawHighByte = false;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit > 0xff) return s;
    if (unit > 0x7f) sawHighByte = true;
  }
  if (!sawHighByte) return s;
  try {
    return strictUtf8.decode(Buffer.from(s, "latin1"));
  } catch {
    return s;
  }
}

/** Repair every string (keys included) of a parsed JSON value, in place where possible. */
export function repairMojibakeDeep(value: unknown): unknown {
  if (typeof value === "string") return repairMojibake(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = repairMojibakeDeep(value[i]);
    return value;
  }
  if (value !== null && typeof value === "object") {
    const repaired: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) repaired[repairMojibake(key)] = repairMojibakeDeep(inner);
    return repaired;
  }
  return value;
}
