import type { Lang } from "../core/model.js";

/**
 * The language the command line speaks when `--lang` is not given: French when the locale says so (LC_ALL, then
 * LC_MESSAGES, then LANG, as POSIX orders them: "fr_CA.UTF-8", "fr"), English otherwise.
 */
export function localeLang(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^fr(?:[_.@-]|$)/i.test(locale) ? "fr" : "en";
}
