import { BilingualError } from "../core/message.js";

/** Exit statuses of DESIGN.md. */
export const EXIT = { appropriate: 0, risky: 1, inappropriate: 2, usage: 64, dataErr: 65, software: 70, ioErr: 74 } as const;

/** A mistake in how the command was called: the message says, in both languages, what to type instead. */
export class UsageError extends BilingualError {
  override name = "UsageError";

  /** Another error (a configuration or store problem) reported as a usage error, keeping its French when it has one. */
  static from(error: unknown): UsageError {
    if (error instanceof BilingualError) return new UsageError(error.text);
    const message = error instanceof Error ? error.message : String(error);
    return new UsageError({ en: message, fr: message });
  }
}

/** The mistake node's argument parser reports (its text is English only), with where to read the options. */
export function optionsError(error: unknown, command: string): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  return new UsageError({
    en: `${message}\nRun "impartial ${command} --help" for the options.`,
    fr: `${message}\nLancez « impartial ${command} --help » pour voir les options.`,
  });
}
