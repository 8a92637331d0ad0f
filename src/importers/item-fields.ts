import { createHash } from "node:crypto";
import { IdSet } from "./id-set.js";

/** A stable id for items the platform gives none: sha1 of the parts, first 16 hex characters. */
export function stableId(...parts: readonly (string | number)[]): string {
  return createHash("sha1").update(parts.map(String).join("\u0000")).digest("hex").slice(0, 16);
}

/**
 * Two items of one export can hash alike (same second, same text): the later ones get a suffix. Ids seen once are
 * kept as 8-byte numbers, so a file of millions of posts does not hold millions of strings.
 */
export class UniqueIds {
  private readonly seen = new IdSet(16);
  private readonly repeated = new Map<string, number>();

  claim(id: string): string {
    if (!this.seen.has(id)) {
      this.seen.add(id);
      return id;
    }
    const count = (this.repeated.get(id) ?? 1) + 1;
    this.repeated.set(id, count);
    return `${id}-${count}`;
  }
}

/** Unix seconds (number or digit string) → ISO 8601 UTC; undefined when absent or not a real date. */
export function unixSecondsToIso(value: unknown): string | undefined {
  const seconds = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  // Past year 9999 the number is not seconds (milliseconds, or garbage): no date rather than a wrong one.
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds <= 0 || seconds >= 253402300800) return undefined;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * A CSV export's date → ISO 8601 UTC. LinkedIn writes "2025-07-01 14:33:22" and Reddit
 * "2025-07-01 14:33:22 UTC"; both are UTC, so a date without a zone is read as UTC.
 */
export function exportDateToIso(value: string): string | undefined {
  const text = value.trim();
  const plain = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:\s*(?:UTC|GMT|Z))?$/i.exec(text);
  const iso = plain ? `${plain[1]}T${plain[2]}Z` : text;
  if (!plain && !/^\d{4}-\d{2}-\d{2}T.*(?:Z|[+-]\d{2}:?\d{2})$/.test(text)) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Add the links a person shared to their words, one a line, so the engine sees the sources too. */
export function withLinks(text: string, links: readonly string[]): string {
  const missing = [...new Set(links)].filter((link) => link && !text.includes(link));
  return [text, ...missing].filter((part) => part !== "").join("\n");
}

/** Any date string JavaScript can read, as ISO 8601 UTC; undefined when absent or unreadable. */
export function dateToIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
