/** Exit statuses of DESIGN.md. */
export const EXIT = { appropriate: 0, risky: 1, inappropriate: 2, usage: 64, dataErr: 65, software: 70, ioErr: 74 } as const;

/** A mistake in how the command was called: the message says what to type instead. */
export class UsageError extends Error {
  override name = "UsageError";
}
