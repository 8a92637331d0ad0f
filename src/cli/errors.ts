import { BilingualError } from "../core/message.js";
import { didYouMean } from "./suggest.js";

/**
 * Exit statuses: those of DESIGN.md (0, 1, 2, 64, 65), then sysexits.h's for an internal error (70), a file that
 * cannot be written or a review database that cannot be used (74), and a review database another Impartial is
 * scanning into (75, try again later); 130 and 143 when a scan is stopped by Ctrl-C or SIGTERM.
 */
export const EXIT = { appropriate: 0, risky: 1, inappropriate: 2, usage: 64, dataErr: 65, software: 70, ioErr: 74, tempFail: 75, interrupted: 130, terminated: 143 } as const;

/** The exit statuses, as every --help lists them. */
export const EXIT_HELP = {
  en: `Exit status: 0 appropriate (or done), 1 risky, 2 inappropriate, 64 usage error, 65 unreadable input (an export, a
file or a line that cannot be read), 70 internal error (a bug: IMPARTIAL_DEBUG=1 shows it), 74 a file cannot be
written or the review database cannot be used (damaged, another program's, a newer Impartial's: the message says what
to do), 75 another Impartial is scanning into the review database (try again when it is done), 130 or 143 a scan
stopped by Ctrl-C or SIGTERM (what it read is kept).`,
  fr: `Code de sortie : 0 approprié (ou terminé), 1 risqué, 2 inapproprié, 64 erreur d'utilisation, 65 entrée illisible
(une exportation, un fichier ou une ligne qui ne peut être lu), 70 erreur interne (un bogue : IMPARTIAL_DEBUG=1 la
montre), 74 un fichier ne peut être écrit ou la base de données d'examen ne peut être utilisée (endommagée, d'un autre programme,
d'une version plus récente d'Impartial : le message dit quoi faire), 75 un autre Impartial analyse une exportation
dans la base de données d'examen (réessayez quand il aura terminé), 130 ou 143 une analyse arrêtée par Ctrl-C ou SIGTERM (ce
qu'elle a lu est conservé).`,
} as const;

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

/**
 * The mistake node's argument parser reports, said in the person's words and both languages, with the closest option
 * when one was mistyped, and where to read the options.
 */
export function optionsError(error: unknown, command: string, options: Readonly<Record<string, { type: string; short?: string }>> = {}): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const names = Object.keys(options).map((n) => `--${n}`);
  const help = { en: `Run "impartial ${command} --help" for the options.`, fr: `Lancez « impartial ${command} --help » pour voir les options.` };
  // Node quotes the offending argument in single quotes: the first one is it.
  const given = /'(-[^']*)'/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && given !== undefined) {
    const flag = given.split("=")[0]!;
    const guess = didYouMean(flag, names);
    return new UsageError({
      en: `impartial ${command} has no option ${flag}.${guess.en}\n${help.en}`,
      fr: `impartial ${command} n'a pas d'option ${flag}.${guess.fr}\n${help.fr}`,
    });
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && given !== undefined) {
    const flag = given.split(" ")[0]!;
    if (options[flag.replace(/^--?/, "")]?.type === "boolean" || /does not take an argument/.test(message)) {
      return new UsageError({ en: `${flag} is a switch and takes no value.\n${help.en}`, fr: `${flag} est un interrupteur et ne prend pas de valeur.\n${help.fr}` });
    }
    return new UsageError({ en: `${flag} needs a value after it.\n${help.en}`, fr: `${flag} doit être suivi d'une valeur.\n${help.fr}` });
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL" && given === undefined) {
    const extra = /'([^']*)'/.exec(message)?.[1] ?? "";
    return new UsageError({ en: `impartial ${command} takes no word "${extra}" here.\n${help.en}`, fr: `impartial ${command} ne prend pas le mot « ${extra} » ici.\n${help.fr}` });
  }
  return new UsageError({ en: `${message}\n${help.en}`, fr: `${message}\n${help.fr}` });
}
