import { parseArgs } from "node:util";
import { ConfigError, loadConfig, loadPackFile } from "../config/config.js";
import { isLang, LEVELS, type Lang } from "../core/model.js";
import { BUILTIN_PACKS } from "../core/packs/builtin.js";
import { engineOptionsFor, PackError, resolvePacks } from "../core/packs/pack.js";
import type { Pack } from "../core/packs/types.js";
import { RULES } from "../core/rules/index.js";
import { messageIn, type Message } from "../core/message.js";
import { jsonVisible, terminalSafe } from "./terminal.js";
import { EXIT, optionsError, UsageError } from "./errors.js";
import { badLang, localeLang } from "./lang.js";
import { UI } from "./i18n.js";

export const PACKS_HELP: Message = {
  en: `Usage: impartial packs [--config FILE | --no-config] [--lang en|fr] [--json]
       impartial packs validate FILE [--lang en|fr]
List the department packs (built in, and those your configuration names), or check a pack file: its fields, and
the limits on its size (docs/packs.md, "Limits"). An invalid pack exits with status 65.
"impartial rules --pack ID" lists the rules as a pack sets them.`,
  fr: `Utilisation : impartial packs [--config FILE | --no-config] [--lang en|fr] [--json]
              impartial packs validate FILE [--lang en|fr]
Liste les modules ministériels (intégrés, et ceux que nomme votre configuration), ou vérifie un fichier de module :
ses champs, et les limites de sa taille (docs/packs.md, « Limits »). Un module invalide sort avec le statut 65.
« impartial rules --pack ID » liste les règles telles qu'un module les règle.`,
};

const OPTIONS = {
  config: { type: "string" },
  "no-config": { type: "boolean" },
  lang: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export interface PacksIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** The working folder the configuration is looked for from (default: the process's). */
  cwd?: string;
}

/** `impartial packs` and `impartial packs validate FILE`. */
export function runPacks(argv: string[], io: PacksIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw optionsError(e, "packs", OPTIONS);
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLang(values.lang)) throw badLang(values.lang);
  const spoken = values.lang ?? localeLang(io.env);
  if (values.help) {
    io.stdout.write(`${PACKS_HELP[spoken]}\n`);
    return 0;
  }
  const [sub, ...rest] = positionals;
  try {
    if (sub === "validate") {
      if (rest.length !== 1) throw new UsageError({ en: "name one pack file: impartial packs validate FILE", fr: "nommez un seul fichier de module : impartial packs validate FILE" });
      io.stdout.write(`${terminalSafe(validatePackFile(rest[0]!, spoken))}\n`);
      return 0;
    }
    if (sub !== undefined) throw new UsageError({ en: `unknown packs command "${sub}"; use "impartial packs" or "impartial packs validate FILE"`, fr: `commande packs inconnue « ${sub} »; utilisez « impartial packs » ou « impartial packs validate FILE »` });
    const loaded = loadConfig({ cwd: io.cwd ?? process.cwd(), env: io.env, ...(values.config !== undefined ? { configPath: values.config } : {}), ...(values["no-config"] ? { noConfig: true } : {}) });
    const lang = values.lang ?? loaded.config.lang ?? spoken;
    const named = new Set(loaded.packIds);
    const packs = [...BUILTIN_PACKS, ...loaded.packFiles];
    io.stdout.write(`${values.json ? jsonVisible(JSON.stringify(packs, null, 2)) : terminalSafe(listPacks(packs, named, lang, loaded.file))}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ConfigError || e instanceof PackError) {
      io.stderr.write(`impartial: ${terminalSafe(messageIn(e, spoken))}\n`);
      return EXIT.dataErr;
    }
    throw e;
  }
}

function listPacks(packs: readonly Pack[], named: ReadonlySet<string>, lang: Lang, file: string | undefined): string {
  const fr = lang === "fr";
  const width = Math.max(...packs.map((p) => p.id.length));
  const rows = packs.map((p) => {
    const facts = [
      p.departments?.length ? `${fr ? "ministères" : "departments"}: ${p.departments.join(", ")}` : fr ? "tout le monde" : "everyone",
      p.extends?.length ? `${fr ? "étend" : "extends"} ${p.extends.join(", ")}` : undefined,
      `${Object.keys(p.rules ?? {}).length} ${fr ? "réglages de règles" : "rule settings"}`,
      `${(p.termRules ?? []).length} ${fr ? "règles de termes" : "term rules"}`,
      `${(p.contacts ?? []).length} contacts`,
      named.has(p.id) ? (fr ? "choisi par votre configuration" : "chosen by your configuration") : undefined,
    ].filter(Boolean);
    return `${p.id.padEnd(width)}  ${p.name[lang]}\n${" ".repeat(width + 2)}${p.description[lang]}\n${" ".repeat(width + 2)}${facts.join("; ")}`;
  });
  const where = file ? `${fr ? "Configuration" : "Configuration"}: ${file}` : fr ? "Aucun fichier de configuration." : "No configuration file.";
  return `${rows.join("\n")}\n\n${where}`;
}

function validatePackFile(path: string, lang: Lang): string {
  const pack = loadPackFile(path);
  // Its `extends` and rule settings must hold with the built-in packs beside it.
  resolvePacks([pack.id], [...BUILTIN_PACKS.filter((p) => p.id !== pack.id), pack]);
  const terms = [...(pack.lexicons ?? []), ...(pack.termRules ?? [])].reduce((n, l) => n + l.terms.length, 0);
  return lang === "fr"
    ? `${path} : le module « ${pack.id} » est valide (${Object.keys(pack.rules ?? {}).length} réglages de règles, ${(pack.termRules ?? []).length} règles de termes, ${terms} termes, ${(pack.contacts ?? []).length} contacts).`
    : `${path}: pack "${pack.id}" is valid (${Object.keys(pack.rules ?? {}).length} rule settings, ${(pack.termRules ?? []).length} term rules, ${terms} terms, ${(pack.contacts ?? []).length} contacts).`;
}

/** `impartial rules --pack ID`: every rule as the pack (with those it extends) sets it: off, its level, and the pack's term rules. */
export function rulesForPack(packId: string, lang: Lang, options: { json?: boolean; available?: readonly Pack[] } = {}): string {
  let packs: Pack[];
  try {
    packs = resolvePacks([packId], options.available ?? BUILTIN_PACKS);
  } catch (e) {
    if (e instanceof PackError) throw new UsageError({ en: `${messageIn(e, "en")}. Run "impartial packs" to list them.`, fr: `${messageIn(e, "fr")}. Lancez « impartial packs » pour les lister.` });
    throw e;
  }
  const opts = engineOptionsFor(packs);
  const disabled = new Set(opts.disabled);
  const builtIn = new Set(RULES.map((r) => r.id));
  const rows = opts.rules.map((r) => {
    const setting = disabled.has(r.id) ? "off" : opts.levels[r.id] ?? r.level;
    return { id: r.id, category: r.category, setting, changed: setting !== r.level, fromPack: !builtIn.has(r.id), guidance: r.guidance, description: r.description[lang] };
  });
  if (options.json) return JSON.stringify(rows, null, 2);
  const fr = lang === "fr";
  const width = Math.max(...rows.map((r) => r.id.length));
  const label = (s: string) => (s === "off" ? (fr ? "désactivée" : "off") : (LEVELS as readonly string[]).includes(s) ? UI[lang].level[s as (typeof LEVELS)[number]] : s);
  const lines = rows.map((r) => {
    const mark = r.fromPack ? (fr ? "  (règle du module)" : "  (pack rule)") : r.changed ? (fr ? "  (réglée par le module)" : "  (set by the pack)") : "";
    return `${r.id.padEnd(width)}  ${label(r.setting).padEnd(13)}  ${r.guidance.join(", ")}${mark}`;
  });
  const chain = packs.map((p) => p.id).join(" → ");
  return `${fr ? "Module" : "Pack"} ${chain}\n\n${lines.join("\n")}\n\n${rows.length} ${fr ? "règles" : "rules"}.`;
}
