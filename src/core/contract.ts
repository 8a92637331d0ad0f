import type { Assessment, Finding, GuidanceRef } from "./model.js";

/** An input's id as echoed back: a string or a number, or null when it had none (or none that could be used). */
export type BatchId = string | number | null | undefined;

/** One output line of DESIGN.md's batch contract: the assessment under the input's id. */
export function toBatchResult(id: BatchId, a: Assessment): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: id ?? null,
    level: a.level,
    score: a.score,
    factors: a.factors,
    findings: a.findings,
    questions: a.questions,
    contacts: a.contacts,
    lang: a.lang,
  };
  if (a.rewrite !== undefined) out.rewrite = a.rewrite;
  if (a.omitted !== undefined) out.omitted = a.omitted;
  return out;
}

/** A line that could not be judged: the rest of the batch goes on. */
export function toBatchError(id: BatchId, line: number, error: string): Record<string, unknown> {
  return { id: id ?? null, error, line };
}

const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Serialized JSON with the characters JSON.stringify leaves raw (DEL, C1, separators, bidi controls) written as
 * `\uXXXX` escapes: the same JSON value, which no terminal can act on. C0 controls are escaped by JSON.stringify.
 */
export function jsonVisible(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** How a piece of JSON is made safe to show (`jsonVisible`), or left as it is. */
export type JsonEscape = (json: string) => string;

const asIs: JsonEscape = (json) => json;

/**
 * `JSON.stringify({ ...toBatchResult(id, a), ...tail })`, the same string to the byte, made faster: most of a line is
 * the guidance its findings cite (about two thirds of a scan's 3 KB a line), and each cited statement is one shared,
 * frozen object (`guidanceRef`), so its JSON is written once and reused. `escape` is applied to every piece except
 * those statements, which it was applied to once.
 */
export function batchResultJson(id: BatchId, a: Assessment, tail?: Record<string, unknown>, escape: JsonEscape = asIs): string {
  let out = `{"id":${escape(JSON.stringify(id ?? null))},"level":${JSON.stringify(a.level)},"score":${JSON.stringify(a.score)},"factors":${escape(JSON.stringify(a.factors))},"findings":[`;
  for (let i = 0; i < a.findings.length; i++) out += (i === 0 ? "" : ",") + findingJson(a.findings[i]!, escape);
  out += `],"questions":${escape(JSON.stringify(a.questions))},"contacts":${escape(JSON.stringify(a.contacts))},"lang":${JSON.stringify(a.lang)}`;
  if (a.rewrite !== undefined) out += `,"rewrite":${escape(JSON.stringify(a.rewrite))}`;
  if (a.omitted !== undefined) out += `,"omitted":${escape(JSON.stringify(a.omitted))}`;
  if (tail) {
    for (const key in tail) {
      const json = JSON.stringify(tail[key]);
      // As JSON.stringify does, a key whose value it cannot write (undefined, a function) is left out.
      if (json !== undefined) out += `,${escape(JSON.stringify(key))}:${escape(json)}`;
    }
  }
  return `${out}}`;
}

/** Each escape function's JSON of the frozen statements it has seen (the corpus holds a few hundred, in two languages). */
const refJson = new WeakMap<JsonEscape, WeakMap<GuidanceRef, string>>();

function findingJson(f: Finding, escape: JsonEscape): string {
  let out = "{";
  let first = true;
  // The finding's own keys in their own order, as JSON.stringify writes them.
  for (const key in f) {
    const value = (f as unknown as Record<string, unknown>)[key];
    let json: string | undefined;
    if (key === "guidance" && Array.isArray(value)) json = guidanceJson(value as GuidanceRef[], escape);
    else {
      json = JSON.stringify(value);
      if (json === undefined) continue;
      json = escape(json);
    }
    out += `${first ? "" : ","}${JSON.stringify(key)}:${json}`;
    first = false;
  }
  return `${out}}`;
}

function guidanceJson(refs: readonly GuidanceRef[], escape: JsonEscape): string {
  let cache = refJson.get(escape);
  if (!cache) refJson.set(escape, (cache = new WeakMap()));
  let out = "[";
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!;
    let json = cache.get(ref);
    if (json === undefined) {
      json = escape(JSON.stringify(ref));
      // Only a frozen statement cannot change after its JSON is kept.
      if (Object.isFrozen(ref)) cache.set(ref, json);
    }
    out += (i === 0 ? "" : ",") + json;
  }
  return `${out}]`;
}
