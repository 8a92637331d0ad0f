import { parseArgs } from "node:util";
import { dateOrNull, dayOrUnknown } from "../core/dates.js";
import { CATEGORIES, isLang, LEVELS, type Category, type Lang, type Level } from "../core/model.js";
import { PLATFORMS, type Platform } from "../importers/types.js";
import { deletionChecklistCsv, renderDeletionChecklistHtml } from "../report/csv.js";
import { ConfigError, configuredAssess, type ConfiguredAssess } from "../config/config.js";
import { buildHtmlReport } from "../report/html.js";
import { inLanguage, judgeVersion } from "../store/judge.js";
import { DECISIONS, defaultStorePath, type Decision, type ImportRecord, type ReviewFilter, type ReviewRow, type ReviewStore } from "../store/store.js";
import { writePrivateFile } from "../store/private-files.js";
import { openReviewStore, storeProblem } from "./store-use.js";
import type { Message } from "../core/message.js";
import { EXIT, EXIT_HELP, optionsError, UsageError } from "./errors.js";
import { badLang, localeLang } from "./lang.js";
import { UI } from "./i18n.js";
import { jsonVisible, terminalLine, terminalSafe } from "./terminal.js";
import { useConfig } from "./config-use.js";

export const REVIEW_HELP: Message = {
  en: `Usage:
  impartial review [filters] [--json]          list stored items, worst first
  impartial review mark PLATFORM:ID DECISION [--note TEXT]
                                               DECISION: ${DECISIONS.join(", ")} (or "clear")
  impartial review checklist [--html FILE | --csv]
                                               the items you decided to delete, with direct links
  impartial review report --html FILE [filters]
                                               a printable report of everything stored, or of what the filters select
  impartial review imports [--clear-interrupted]
                                               past imports; an interrupted one (Ctrl-C, SIGTERM, a scan that died)
                                               is finished by scanning its export again (nothing is added twice), or
                                               cleared: its items stay and it is no longer reported
  impartial review forget [--platform P] --yes delete what is stored (of one platform, or all of it) from this
                                               computer's review database, leaving no trace of its text

Filters: --level ${LEVELS.join("|")}  --category CATEGORY  --platform ${PLATFORMS.join("|")}
         --year YYYY (or unknown)  --undecided  --limit N (default 50)  --offset N
Common:  --db PATH (default: ${defaultStorePath()})  --lang en|fr (default: your locale's)
         --no-config: read no configuration file (one is read, and named, only to word findings in the other language)
A forget refuses while a scan is writing to the same database (exit 75).

${EXIT_HELP.en}`,
  fr: `Utilisation :
  impartial review [filtres] [--json]          lister les éléments conservés, les pires d'abord
  impartial review mark PLATFORM:ID DECISION [--note TEXT]
                                               DECISION : ${DECISIONS.join(", ")} (ou « clear »)
  impartial review checklist [--html FILE | --csv]
                                               les éléments que vous avez décidé de supprimer, avec des liens directs
  impartial review report --html FILE [filtres]
                                               un rapport imprimable de tout ce qui est conservé, ou de ce que les filtres sélectionnent
  impartial review imports [--clear-interrupted]
                                               les importations passées; une importation interrompue (Ctrl-C,
                                               SIGTERM, une analyse arrêtée net) se termine en analysant de nouveau
                                               son exportation (rien n'est ajouté deux fois), ou s'efface : ses
                                               éléments restent et elle n'est plus signalée
  impartial review forget [--platform P] --yes supprimer ce qui est conservé (d'une plateforme, ou tout) de la base
                                               de données d'examen de cet ordinateur, sans laisser de trace de son texte

Filtres : --level ${LEVELS.join("|")}  --category CATEGORY  --platform ${PLATFORMS.join("|")}
          --year AAAA (ou unknown)  --undecided  --limit N (50 par défaut)  --offset N
Communs : --db PATH (par défaut : ${defaultStorePath()})  --lang en|fr (par défaut : celle de vos paramètres régionaux)
          --no-config : ne lire aucun fichier de configuration (il n'est lu, et nommé, que pour formuler des constats dans l'autre langue)
Un forget refuse de s'exécuter pendant qu'une analyse écrit dans la même base (code 75).

${EXIT_HELP.fr}`,
};

const OPTIONS = {
  level: { type: "string" },
  category: { type: "string" },
  platform: { type: "string" },
  year: { type: "string" },
  undecided: { type: "boolean" },
  limit: { type: "string" },
  offset: { type: "string" },
  json: { type: "boolean" },
  note: { type: "string" },
  html: { type: "string" },
  csv: { type: "boolean" },
  yes: { type: "boolean" },
  "no-config": { type: "boolean" },
  "clear-interrupted": { type: "boolean" },
  db: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

interface ReviewIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env?: NodeJS.ProcessEnv;
}

export function runReview(argv: string[], io: ReviewIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw optionsError(e, "review", OPTIONS);
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLang(values.lang)) throw badLang(values.lang);
  const lang: Lang = values.lang ?? localeLang(io.env ?? process.env);
  if (values.help) {
    io.stdout.write(`${REVIEW_HELP[lang]}\n`);
    return 0;
  }
  const { store, path: dbPath } = openReviewStore(values.db, io, lang);
  const notice = (m: Message) => io.stderr.write(`impartial: ${terminalSafe(m[lang], "escape")}\n`);
  try {
    const [sub, ...args] = positionals;
    switch (sub) {
      case undefined:
        if (!values.json) for (const line of interruptedNotes(store.pendingInterrupted(), lang)) io.stderr.write(`impartial: ${line}\n`);
        return list(store, filterFrom(values), values.json === true, lang, io, relangFor(lang, values, io));
      case "mark": {
        const [key, decision] = args;
        const m = /^([a-z]+):(.+)$/.exec(key ?? "");
        if (!m || !(PLATFORMS as readonly string[]).includes(m[1]!)) fail({ en: "name the item as PLATFORM:ID, e.g. x:1234567890 (ids are in the listing)", fr: "nommez l'élément sous la forme PLATFORM:ID, p. ex. x:1234567890 (les ID figurent dans la liste)" });
        if (decision === "clear") {
          if (!store.clearDecision(m[1] as Platform, m[2]!)) fail({ en: `no decision to clear for ${key}`, fr: `aucune décision à effacer pour ${key}` });
        } else {
          if (!(DECISIONS as readonly string[]).includes(decision ?? "")) fail({ en: `the decision must be one of ${DECISIONS.join(", ")} or clear, not "${decision ?? ""}"`, fr: `la décision doit être l'une de ${DECISIONS.join(", ")} ou clear, et non « ${decision ?? ""} »` });
          store.setDecision(m[1] as Platform, m[2]!, decision as Decision, values.note);
        }
        const shown = terminalSafe(key!, "escape");
        io.stdout.write(lang === "fr" ? `${shown} : ${decision === "clear" ? "décision effacée" : `décision « ${decision} » notée`}\n` : `${shown}: ${decision === "clear" ? "decision cleared" : `marked ${decision}`}\n`);
        return 0;
      }
      case "checklist": {
        const entries = store.deletionChecklist();
        if (values.html) writePrivateFile(values.html, renderDeletionChecklistHtml(entries, lang), notice);
        else if (values.csv) io.stdout.write(terminalSafe(deletionChecklistCsv(entries, lang)));
        else {
          if (entries.length === 0) io.stdout.write(lang === "fr" ? "Aucun élément marqué « delete ».\n" : "No item is marked delete.\n");
          for (const e of entries) io.stdout.write(`[ ] ${dayOrUnknown(e.createdAt, lang)}  ${e.platform}  ${terminalLine(e.text, 70)}\n    ${e.url ? terminalSafe(e.url, "escape") : lang === "fr" ? "(aucun lien)" : "(no link)"}${e.note ? `\n    ${terminalSafe(e.note, "escape")}` : ""}\n`);
        }
        return 0;
      }
      case "report": {
        if (!values.html) fail({ en: "say where to write the report: impartial review report --html FILE", fr: "indiquez où écrire le rapport : impartial review report --html FILE" });
        // The filters narrow the report to what they select; without them it covers the whole history.
        if (values.limit !== undefined || values.offset !== undefined) fail({ en: "--limit and --offset page the listing; a report covers every item the filters select", fr: "--limit et --offset paginent la liste ; un rapport porte sur tous les éléments que les filtres sélectionnent" });
        const { limit: _limit, offset: _offset, ...selection }: ReviewFilter = filterFrom(values);
        writePrivateFile(values.html, buildHtmlReport(store, lang, { selection, relang: relangFor(lang, values, io) }), notice);
        io.stdout.write(`${terminalSafe(values.html, "escape")}\n`);
        return 0;
      }
      case "forget": {
        for (const flag of ["level", "category", "year", "undecided", "limit", "offset"] as const) {
          if (values[flag] !== undefined) fail({ en: `forget takes --platform only, not --${flag}: it deletes a whole platform's history, or all of it`, fr: `forget n'accepte que --platform, et non --${flag} : il supprime tout l'historique d'une plateforme, ou tout` });
        }
        const { platform } = filterFrom(values);
        const count = store.count(platform ? { platform } : {});
        const what: Message = platform
          ? { en: `the ${count} ${platform} items`, fr: `les ${count} éléments de ${platform}` }
          : { en: `all ${count} stored items`, fr: `les ${count} éléments conservés` };
        // Deleting a history is not undone: it takes a word of its own, even from a script.
        if (!values.yes) fail({ en: `this would delete ${what.en}, with their decisions; add --yes to do it`, fr: `cela supprimerait ${what.fr}, avec leurs décisions ; ajoutez --yes pour le faire` });
        const deleted = store.forget(platform);
        const where = terminalSafe(values.db ?? defaultStorePath(), "escape");
        io.stdout.write(lang === "fr" ? `${deleted} éléments supprimés de ${where}, sans trace de leur texte.\n` : `${deleted} items deleted from ${where}, with no trace of their text left.\n`);
        return 0;
      }
      case "imports": {
        if (values["clear-interrupted"]) {
          const cleared = store.clearInterrupted();
          io.stdout.write(lang === "fr" ? `${cleared} importation(s) interrompue(s) effacée(s); leurs éléments restent.\n` : `${cleared} interrupted import(s) cleared; their items stay.\n`);
          return 0;
        }
        for (const i of store.listImports()) io.stdout.write(`${importLine(i, lang)}\n`);
        return 0;
      }
      default:
        fail({ en: `unknown review command "${sub}". Run "impartial review --help".`, fr: `commande review inconnue « ${sub} ». Lancez « impartial review --help ».` });
    }
  } catch (e) {
    throw storeProblem(e, dbPath);
  } finally {
    store.close();
  }
}

const STATUS: Record<Lang, Record<ImportRecord["status"], string>> = {
  en: { running: "running", done: "done", failed: "failed", interrupted: "interrupted" },
  fr: { running: "en cours", done: "terminée", failed: "échouée", interrupted: "interrompue" },
};

/** One import as `review imports` lists it: when, platform, status, items stored, the export, and what became of it. */
function importLine(i: ImportRecord, lang: Lang): string {
  const fr = lang === "fr";
  const notes: string[] = [];
  if (i.status === "running" && i.owner) notes.push(`pid ${i.owner.pid}`);
  if (i.status === "interrupted") notes.push(i.resumed ? (fr ? "reprise depuis par une analyse complète" : "resumed since by a complete scan") : i.clearedAt ? (fr ? "effacée" : "cleared") : fr ? "à reprendre : relancez scan sur cette exportation" : "to resume: scan this export again");
  if (i.error) notes.push(i.error);
  return terminalSafe(`${i.startedAt}  ${i.platform.padEnd(9)} ${STATUS[lang][i.status].padEnd(11)} ${String(i.itemsStored).padStart(7)} ${fr ? "éléments" : "items"}  ${i.sourcePath}${notes.length ? `  (${notes.join("; ")})` : ""}`, "escape");
}

/** What `impartial review` says of interrupted imports not yet resumed or cleared, on stderr before the listing. */
function interruptedNotes(pending: readonly ImportRecord[], lang: Lang): string[] {
  return pending.slice(0, 3).map((i) => {
    const source = terminalSafe(i.sourcePath, "escape");
    return lang === "fr"
      ? `l'analyse de ${source} (${i.platform}, commencée le ${i.startedAt.slice(0, 10)}) a été interrompue après ${i.itemsStored} éléments : relancez « impartial scan » sur cette exportation pour la terminer (rien n'est ajouté deux fois), ou « impartial review imports --clear-interrupted » pour la laisser ainsi`
      : `the scan of ${source} (${i.platform}, started ${i.startedAt.slice(0, 10)}) was interrupted after ${i.itemsStored} items: run "impartial scan" on that export again to finish it (nothing is added twice), or "impartial review imports --clear-interrupted" to leave it as it is`;
  });
}

function fail(message: Message): never {
  throw new UsageError(message);
}

function oneOf(flag: string, allowed: readonly string[]): Message {
  return { en: `${flag} must be one of ${allowed.join(", ")}`, fr: `${flag} doit être l'une des valeurs ${allowed.join(", ")}` };
}

function filterFrom(values: Record<string, string | boolean | undefined>): ReviewFilter {
  const f: ReviewFilter = { limit: 50 };
  if (typeof values.level === "string") {
    if (!(LEVELS as readonly string[]).includes(values.level)) fail(oneOf("--level", LEVELS));
    f.level = values.level as Level;
  }
  if (typeof values.category === "string") {
    if (!(CATEGORIES as readonly string[]).includes(values.category)) fail(oneOf("--category", CATEGORIES));
    f.category = values.category as Category;
  }
  if (typeof values.platform === "string") {
    if (!(PLATFORMS as readonly string[]).includes(values.platform)) fail(oneOf("--platform", PLATFORMS));
    f.platform = values.platform as Platform;
  }
  const whole = (name: string, v: string | boolean | undefined) => {
    if (typeof v !== "string") return undefined;
    if (!/^\d+$/.test(v)) fail({ en: `--${name} must be a whole number, not "${v}"`, fr: `--${name} doit être un nombre entier, et non « ${v} »` });
    return Number(v);
  };
  if (values.year === "unknown") f.dateUnknown = true;
  const year = values.year === "unknown" ? undefined : whole("year", values.year);
  if (year !== undefined) f.year = year;
  const limit = whole("limit", values.limit);
  if (limit !== undefined) f.limit = limit;
  const offset = whole("offset", values.offset);
  if (offset !== undefined) f.offset = offset;
  if (values.undecided) f.undecided = true;
  return f;
}

/**
 * Puts a stored row's messages in `lang`, judging it again with the configured packs (as `impartial scan` does)
 * when it was stored in the other language. The configuration is read only once a row needs it; one that cannot be
 * read is said, as scan says it.
 */
function relangFor(lang: Lang, values: { "no-config"?: boolean | undefined }, io: ReviewIo): (row: ReviewRow) => ReviewRow {
  let configured: { judge: ConfiguredAssess; version: string } | undefined;
  return (row) => {
    if (!row.assessed || row.assessed.assessment.lang === lang) return row;
    if (!configured) {
      const loaded = useConfig({ "no-config": values["no-config"], lang }, io);
      try {
        const judge = configuredAssess(loaded);
        configured = { judge, version: judgeVersion(judge) };
      } catch (e) {
        if (e instanceof ConfigError) throw UsageError.from(e);
        throw e;
      }
    }
    return inLanguage(row, lang, configured.judge, configured.version);
  };
}

function list(store: ReviewStore, filter: ReviewFilter, json: boolean, lang: Lang, io: { stdout: NodeJS.WritableStream }, relang: (row: ReviewRow) => ReviewRow): number {
  const rows = store.query(filter).map(relang);
  if (json) {
    for (const r of rows) io.stdout.write(`${jsonVisible(JSON.stringify({ platform: r.item.platform, id: r.item.id, action: r.item.action, createdAt: dateOrNull(r.item.createdAt), url: r.item.url ?? null, text: r.item.text, level: r.assessed?.assessment.level, categories: r.assessed?.categories ?? [], beforeService: r.beforeService, decision: r.decision?.decision ?? null, note: r.decision?.note ?? null }))}\n`);
    return EXIT.appropriate;
  }
  const ui = UI[lang];
  const total = store.counts(filter).total;
  io.stdout.write(lang === "fr" ? `${rows.length} éléments sur ${total}\n` : `${rows.length} of ${total} items\n`);
  for (const r of rows) {
    const a = r.assessed?.assessment;
    const level = a ? ui.level[a.level] : "?";
    io.stdout.write(`${r.item.platform}:${terminalSafe(r.item.id, "escape")}  ${dayOrUnknown(r.item.createdAt, lang)}  ${level}${r.decision ? `  [${r.decision.decision}]` : ""}${r.beforeService ? (lang === "fr" ? "  (avant l'entrée en fonction)" : "  (before joining)") : ""}\n`);
    io.stdout.write(`    ${terminalLine(r.item.text, 100)}\n`);
    const first = a?.findings.find((f) => f.level !== "appropriate");
    if (first) io.stdout.write(`    → ${terminalSafe(first.message, "escape")}\n`);
  }
  return EXIT.appropriate;
}
