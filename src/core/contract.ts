import type { Assessment } from "./model.js";

/** One output line of DESIGN.md's batch contract: the assessment under the input's id. */
export function toBatchResult(id: unknown, a: Assessment): Record<string, unknown> {
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
export function toBatchError(id: unknown, line: number, error: string): Record<string, unknown> {
  return { id: id ?? null, error, line };
}
