import type { Assessment } from "./model.js";

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
