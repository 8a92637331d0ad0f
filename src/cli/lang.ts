import { isLang, type Lang } from "../core/model.js";
import { UsageError } from "./errors.js";

/**
 * The language the command line speaks when `--lang` is not given: French when the locale says so (LC_ALL, then
 * LC_MESSAGES, then LANG, as POSIX orders them: "fr_CA.UTF-8", "fr"), English otherwise.
 */
export function localeLang(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^fr(?:[_.@-]|$)/i.test(locale) ? "fr" : "en";
}

/** The value given as `--lang X` or `--lang=X`, looked for before any "--" (after which words are text). */
export function langArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") return undefined;
    if (a === "--lang") return argv[i + 1] ?? "";
    if (a.startsWith("--lang=")) return a.slice("--lang=".length);
  }
  return undefined;
}

/** The one rule of the command line: `--lang` when given, else the locale's language. A bad `--lang` is a usage error. */
export function chooseLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const given = langArgument(argv);
  if (given === undefined) return localeLang(env);
  if (!isLang(given)) throw badLang(given);
  return given;
}

/** The language to report a failure in: as `chooseLang`, but a bad `--lang` falls back to the locale instead of failing again. */
export function reportLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const given = langArgument(argv);
  return given !== undefined && isLang(given) ? given : localeLang(env);
}

export function badLang(value: string): UsageError {
  return new UsageError({ en: `--lang must be en or fr, not "${value}"`, fr: `--lang doit valoir en ou fr, et non « ${value} »` });
}
