import { ConfigError, loadConfig, type LoadedConfig } from "../config/config.js";
import type { Lang } from "../core/model.js";
import { UsageError } from "./errors.js";
import { localeLang } from "./lang.js";
import { terminalSafe } from "./terminal.js";

/** The options every command that reads a configuration takes: `--config FILE`, `--no-config`. */
export interface ConfigChoice {
  config?: string | undefined;
  "no-config"?: boolean | undefined;
  lang?: string | undefined;
}

/**
 * The configuration in force for a command, named on stderr, one line per file applied (a configuration found in a
 * parent folder can change every verdict, so it is never applied silently). A file that cannot be used is a usage error.
 */
export function useConfig(choice: ConfigChoice, io: { stderr: NodeJS.WritableStream; env?: NodeJS.ProcessEnv }, cwd: string = process.cwd()): LoadedConfig {
  const env = io.env ?? process.env;
  let loaded: LoadedConfig;
  try {
    loaded = loadConfig({ cwd, env, ...(choice.config !== undefined ? { configPath: choice.config } : {}), ...(choice["no-config"] ? { noConfig: true } : {}) });
  } catch (e) {
    if (e instanceof ConfigError) throw UsageError.from(e);
    throw e;
  }
  const lang: Lang = choice.lang === "fr" || choice.lang === "en" ? choice.lang : loaded.config.lang ?? localeLang(env);
  for (const line of configNotes(loaded, lang)) io.stderr.write(`impartial: ${terminalSafe(line, "escape")}\n`);
  return loaded;
}

/** What `useConfig` says: the configuration file, then each pack file it names. */
export function configNotes(loaded: LoadedConfig, lang: Lang): string[] {
  const [file, ...packs] = loaded.files;
  if (file === undefined) return [];
  const fr = lang === "fr";
  return [
    fr ? `configuration appliquée : ${file} (--no-config pour l'ignorer)` : `configuration applied: ${file} (--no-config to ignore it)`,
    ...packs.map((p) => (fr ? `module appliqué : ${p} (nommé par ${file})` : `pack file applied: ${p} (named by ${file})`)),
  ];
}
