import { ConfigError, loadConfig, type LoadedConfig } from "../config/config.js";
import type { Lang } from "../core/model.js";
import { UsageError } from "./errors.js";
import { localeLang } from "./lang.js";
import { jsonVisible, terminalSafe } from "./terminal.js";

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

/**
 * JSON lines as written to standard output: the characters a terminal would act on escaped (the values unchanged),
 * and, when configuration files were applied, a `config` field naming them on every line — the batch contract
 * allows extra fields, and a line read alone still says what judged it. `chunk` holds whole lines only.
 */
export function jsonLinesOut(stdout: NodeJS.WritableStream, files: readonly string[]): NodeJS.WritableStream {
  const field = files.length > 0 ? `,"config":${JSON.stringify(files)}}\n` : undefined;
  const decorate = (chunk: string) => {
    const safe = jsonVisible(chunk);
    // JSON.stringify writes no raw newline, so every "}\n" ends a line's object.
    return field === undefined ? safe : safe.replace(/}\n/g, field);
  };
  const out = {
    write: (chunk: string) => stdout.write(decorate(chunk)),
    once: (event: string, listener: () => void) => {
      stdout.once(event, listener);
      return out;
    },
  };
  return out as unknown as NodeJS.WritableStream;
}
