import { existsSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, resolve, win32 } from "node:path";
import { createEngine, type AssessOptions, type BatchItem, type Engine, type InputError } from "../core/engine.js";
import { parseProfile, type Profile } from "../core/history.js";
import { BilingualError, messageIn, type Message } from "../core/message.js";
import { isLang, type Activity, type Assessment, type Lang } from "../core/model.js";
import { BUILTIN_PACKS } from "../core/packs/builtin.js";
import { engineOptionsFor, PackError, packsVersion, selectPacks, validatePack } from "../core/packs/pack.js";
import type { Pack } from "../core/packs/types.js";

export const CONFIG_FILE_NAME = "impartial.config.json";

/** A configuration or pack file that cannot be used: the message names the file and the field. */
export class ConfigError extends BilingualError {
  override name = "ConfigError";
}

/** Another error's message after where it was found: "file: message", and "fichier : message" in French. */
function at(where: string, error: unknown): Message {
  return { en: `${where}: ${messageIn(error, "en")}`, fr: `${where} : ${messageIn(error, "fr")}` };
}

export interface Config {
  profile?: Profile;
  /** Built-in pack ids or names, or paths to pack files (relative to the config file). */
  packs?: string[];
  lang?: Lang;
}

export interface LoadedConfig {
  /** The file read, or undefined when there is none anywhere. */
  file?: string;
  /** Every file applied, to be named to the user: the configuration file, then the pack files it names. */
  files: string[];
  config: Config;
  /** The packs read from the files the config names. */
  packFiles: Pack[];
  /** What to pass to `selectPacks`: the config's pack ids, with file packs named by their own id. */
  packIds: string[];
}

export interface LoadConfigOptions {
  cwd: string;
  /** `--config FILE`: wins over every other place, and must exist. */
  configPath?: string;
  /** `--no-config`: no configuration file is read, wherever it is. */
  noConfig?: boolean;
  env: NodeJS.ProcessEnv;
  /** For tests: the platform whose per-user folder to use (default: this one). */
  platform?: NodeJS.Platform;
  /** For tests: the home folder (default: $HOME, then the OS's). */
  home?: string;
}

/** The configuration in force: `--config FILE`, else `impartial.config.json` in the working folder or above, else the per-user file. */
export function loadConfig(options: LoadConfigOptions): LoadedConfig {
  if (options.noConfig) {
    if (options.configPath !== undefined) throw new ConfigError({ en: "--config and --no-config contradict each other: give one of them", fr: "--config et --no-config se contredisent : donnez l'une des deux options" });
    return { config: {}, files: [], packFiles: [], packIds: [] };
  }
  const file = options.configPath !== undefined ? resolve(options.cwd, options.configPath) : findUpward(options.cwd) ?? userConfigIfPresent(options);
  if (file === undefined) return { config: {}, files: [], packFiles: [], packIds: [] };
  if (options.configPath !== undefined && !existsSync(file)) throw new ConfigError({ en: `${file}: no such configuration file`, fr: `${file} : aucun fichier de configuration de ce nom` });
  const config = parseConfig(readJson(file), file);
  const packFiles: Pack[] = [];
  const packIds: string[] = [];
  const files = [file];
  for (const [i, entry] of (config.packs ?? []).entries()) {
    if (!looksLikePath(entry)) {
      packIds.push(entry);
      continue;
    }
    const path = isAbsolute(entry) ? entry : resolve(dirname(file), entry);
    const pack = loadPackFile(path, `${file}: packs[${i}]`);
    packFiles.push(pack);
    packIds.push(pack.id);
    files.push(path);
  }
  const loaded: LoadedConfig = { file, files, config, packFiles, packIds };
  // Unknown pack ids and broken `extends` are found now, with the file named, not at the first check.
  packsFromConfig(loaded);
  return loaded;
}

/** The packs to run: `gc`, the department's (from the profile unless given), the config's, then any named on the command line. */
export function packsFromConfig(loaded: LoadedConfig, choice: { department?: string; packs?: readonly string[] } = {}): Pack[] {
  const department = choice.department ?? loaded.config.profile?.department;
  const available = [...BUILTIN_PACKS, ...loaded.packFiles];
  const extra: string[] = [];
  const files: Pack[] = [];
  for (const p of choice.packs ?? []) {
    if (looksLikePath(p)) {
      const pack = loadPackFile(p, "--pack");
      files.push(pack);
      extra.push(pack.id);
    } else extra.push(p);
  }
  try {
    return selectPacks({ ...(department ? { department } : {}), packs: [...loaded.packIds, ...extra] }, [...available, ...files]);
  } catch (e) {
    if (e instanceof PackError) throw new ConfigError(loaded.file ? { en: `${loaded.file}: packs: ${e.text.en}`, fr: `${loaded.file} : packs : ${e.text.fr}` } : e.text);
    throw e;
  }
}

/**
 * One `assess` for a whole run (check, check --jsonl, scan): the packs follow each activity's department (else the
 * choice's, else the profile's), and each set of packs is compiled once.
 */
export function configuredAssess(loaded: LoadedConfig, choice: { department?: string; packs?: readonly string[] } = {}): ConfiguredAssess {
  // Pack files named on the command line are read once, here, not per activity.
  const files: Pack[] = [];
  const ids = (choice.packs ?? []).map((p) => {
    if (!looksLikePath(p)) return p;
    const pack = loadPackFile(p, "--pack");
    files.push(pack);
    return pack.id;
  });
  const withFiles: LoadedConfig = { ...loaded, packFiles: [...loaded.packFiles, ...files], packIds: [...loaded.packIds, ...ids] };
  const engines = new Map<string, Engine>();
  const byDepartment = new Map<string, Engine>();
  const engineFor = (department: string | undefined): Engine => {
    const cached = byDepartment.get(department ?? "");
    if (cached) return cached;
    const packs = packsFromConfig(withFiles, department ? { department } : {});
    const key = packs.map((p) => p.id).join(",");
    let engine = engines.get(key);
    if (!engine) engines.set(key, (engine = createEngine(engineOptionsFor(packs))));
    // Departments are free text in batch input: remember a bounded number of them.
    if (byDepartment.size < 256) byDepartment.set(department ?? "", engine);
    return engine;
  };
  const fallback = choice.department;
  engineFor(fallback);
  const assess = (activity: Activity, options?: AssessOptions) => engineFor(activity.context?.department ?? fallback).assess(activity, options);
  // A batch goes to each engine in one part (Engine.assessAll), its items' answers put back in their places.
  const all = (batch: readonly BatchItem[]): (Assessment | InputError)[] => {
    const out = new Array<Assessment | InputError>(batch.length);
    const parts = new Map<Engine, number[]>();
    batch.forEach((item, i) => {
      const engine = engineFor(item.activity.context?.department ?? fallback);
      const part = parts.get(engine);
      if (part) part.push(i);
      else parts.set(engine, [i]);
    });
    for (const [engine, part] of parts) engine.assessAll(part.map((i) => batch[i]!)).forEach((answer, k) => (out[part[k]!] = answer));
    return out;
  };
  return Object.assign(assess, { all, version: `${packsVersion([...BUILTIN_PACKS, ...withFiles.packFiles])}:${[...withFiles.packIds].join(",")}:${fallback ?? loaded.config.profile?.department ?? ""}` });
}

/** An assess bound to the configuration, with a version that changes whenever any pack it could use changes. */
export type ConfiguredAssess = ((activity: Activity, options?: AssessOptions) => Assessment) & {
  version: string;
  all: (batch: readonly BatchItem[]) => (Assessment | InputError)[];
};

/** Reads and validates one pack file; every problem names the file and the field. */
export function loadPackFile(path: string, from?: string): Pack {
  const value = readJson(path, from);
  try {
    return validatePack(value, path);
  } catch (e) {
    if (e instanceof PackError) throw new ConfigError(e.text);
    throw e;
  }
}

/** Checks the fields of a configuration object; `file` names it in errors. */
export function parseConfig(value: unknown, file: string): Config {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ConfigError({ en: `${file}: the configuration must be a JSON object`, fr: `${file} : la configuration doit être un objet JSON` });
  const o = value as Record<string, unknown>;
  const fields = ["profile", "packs", "lang"];
  for (const k of Object.keys(o)) {
    if (!fields.includes(k)) throw new ConfigError({ en: `${file}: ${k} is not a configuration field; the fields are ${fields.join(", ")}`, fr: `${file} : ${k} n'est pas un champ de la configuration; les champs sont ${fields.join(", ")}` });
  }
  const config: Config = {};
  if (o.profile !== undefined) {
    try {
      config.profile = parseProfile(o.profile);
    } catch (e) {
      throw new ConfigError(at(file, e));
    }
  }
  if (o.packs !== undefined) {
    if (!Array.isArray(o.packs)) throw new ConfigError({ en: `${file}: packs must be a list of pack ids or pack file paths`, fr: `${file} : packs doit être une liste d'ids de modules ou de chemins de fichiers de modules` });
    config.packs = o.packs.map((p, i) => {
      if (typeof p !== "string" || p.trim() === "") {
        throw new ConfigError({ en: `${file}: packs[${i}] must be a pack id or a path to a pack file, not ${JSON.stringify(p)}`, fr: `${file} : packs[${i}] doit être l'id d'un module ou le chemin d'un fichier de module, pas ${JSON.stringify(p)}` });
      }
      return p;
    });
  }
  if (o.lang !== undefined) {
    if (!isLang(o.lang)) throw new ConfigError({ en: `${file}: lang must be "en" or "fr", not ${JSON.stringify(o.lang)}`, fr: `${file} : lang doit valoir « en » ou « fr », pas ${typeof o.lang === "string" ? `« ${o.lang} »` : JSON.stringify(o.lang)}` });
    config.lang = o.lang;
  }
  return config;
}

/** The per-user configuration file of this platform, whether it exists or not. */
export function userConfigPath(options: Pick<LoadConfigOptions, "env" | "platform" | "home">): string | undefined {
  const platform = options.platform ?? process.platform;
  const env = options.env;
  if (platform === "win32") return env.APPDATA ? win32.join(env.APPDATA, "impartial", "config.json") : undefined;
  const home = options.home ?? env.HOME ?? homedir();
  if (platform === "darwin") return join(home, "Library", "Preferences", "impartial", "config.json");
  const base = env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(home, ".config");
  return join(base, "impartial", "config.json");
}

function userConfigIfPresent(options: LoadConfigOptions): string | undefined {
  const path = userConfigPath(options);
  return path !== undefined && isFile(path) ? path : undefined;
}

function findUpward(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A pack entry is a file when it looks like one; a bare word is a pack id or name. */
function looksLikePath(entry: string): boolean {
  return entry.endsWith(".json") || entry.includes("/") || entry.includes("\\");
}

function readJson(path: string, from?: string): unknown {
  const where = from ? `${from}: ${path}` : path;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new ConfigError({ en: `${where}: cannot read the file (${why})`, fr: `${where} : impossible de lire le fichier (${why})` });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const position = lineAndColumn(text, (e as Error).message);
    const place = position ? { en: ` at line ${position.line}, column ${position.column}`, fr: ` à la ligne ${position.line}, colonne ${position.column}` } : undefined;
    throw new ConfigError({ en: `${where}: not valid JSON${place ? place.en : ""}: ${(e as Error).message}`, fr: `${where} : JSON non valide${place ? place.fr : ""} : ${(e as Error).message}` });
  }
}

/** People read line and column; Node gives a position only in some versions, so the first bad character is also found by parsing prefixes. */
function lineAndColumn(text: string, message: string): { line: number; column: number } | undefined {
  const offset = errorOffset(text, message);
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: before.length - before.lastIndexOf("\n") };
}

function errorOffset(text: string, message: string): number | undefined {
  const m = /position (\d+)/.exec(message);
  if (m) return Number(m[1]);
  // A prefix that fails only for ending early is still sound; the first prefix that fails otherwise ends at the bad character.
  const sound = (k: number) => {
    try {
      JSON.parse(text.slice(0, k));
      return true;
    } catch (e) {
      const msg = (e as Error).message;
      const at = /position (\d+)/.exec(msg);
      return /end of JSON input|Unterminated string/.test(msg) || (at !== null && Number(at[1]) >= k);
    }
  };
  if (sound(text.length)) return undefined;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sound(mid)) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}
