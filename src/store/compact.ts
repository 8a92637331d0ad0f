import { CONTACTS, contactById } from "../core/guidance/contacts.js";
import { GUIDANCE, guidanceById, guidanceRef } from "../core/guidance/corpus.js";
import type { Finding, GuidanceRef, Lang } from "../core/model.js";

// What the store writes of an assessment, without the guidance text it repeats: each finding's quotes, the
// questions and the contacts are the corpus's own words, so they are kept by id and read back from the corpus
// (a stored quote was about 3 KB of every item's 5.4 KB). Only what reads back exactly is shortened; anything
// else (a pack's own text, a corpus changed since) is kept as written, and both forms read back the same way.

/** A guidance reference: its id when it is the corpus's statement in the assessment's language, else whole. */
type StoredRef = string | GuidanceRef;
/** A question or contact: `{ g: id }` for a corpus statement, `{ c: id }` for a contact, else the words as written. */
export type StoredLine = string | { g: string } | { c: string };

/** The corpus's reference for an id, as the engine cites it; undefined for an id the corpus does not have. */
function corpusRef(id: string, lang: Lang): GuidanceRef | undefined {
  try {
    return guidanceRef(id, lang);
  } catch {
    return undefined;
  }
}

/** Every field the same as the corpus's reference (the optional ones too), so that the id reads back exactly. */
function sameRef(a: GuidanceRef, b: GuidanceRef | undefined): boolean {
  if (b === undefined) return false;
  // The engine cites the corpus's own (frozen) object: nearly always the answer.
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof GuidanceRef)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

export function compactFindings(findings: readonly Finding[], lang: Lang): unknown[] {
  return findings.map((f) => ({ ...f, guidance: f.guidance.map((g): StoredRef => (sameRef(g, corpusRef(g.id, lang)) ? g.id : g)) }));
}

export function hydrateFindings(stored: readonly (Finding & { guidance: StoredRef[] })[], lang: Lang): Finding[] {
  return stored.map((f) => ({
    ...f,
    // Stored before findings said what produced them: only rules did.
    source: f.source ?? "rule",
    guidance: f.guidance.map((g) => {
      if (typeof g !== "string") return g;
      const ref = corpusRef(g, lang);
      // A statement the corpus no longer has is named by its id rather than lost.
      return ref ?? { id: g, source: "", section: "", quote: g };
    }),
  }));
}

/** The corpus's words to their ids, per language, for questions (statements) and contacts. */
const byText = { en: new Map<string, StoredLine>(), fr: new Map<string, StoredLine>() };
function lineIds(lang: Lang): Map<string, StoredLine> {
  const map = byText[lang];
  if (map.size === 0) {
    for (const c of CONTACTS) map.set(c[lang], { c: c.id });
    for (const s of GUIDANCE) if (!map.has(s[lang])) map.set(s[lang], { g: s.id });
  }
  return map;
}

export function compactLines(lines: readonly string[], lang: Lang): StoredLine[] {
  const ids = lineIds(lang);
  return lines.map((line) => ids.get(line) ?? line);
}

export function hydrateLines(stored: readonly StoredLine[], lang: Lang): string[] {
  return stored.map((line) => {
    if (typeof line === "string") return line;
    try {
      return "g" in line ? guidanceById(line.g)[lang] : contactById(line.c)[lang];
    } catch {
      return "g" in line ? line.g : line.c;
    }
  });
}
