import { parseArgs } from "node:util";
import { dateOrNull, dayOrUnknown } from "../core/dates.js";
import { ACTIONS, CATEGORIES, isLang, type Action, type Category, type Lang } from "../core/model.js";
import { PLATFORMS, type Platform } from "../importers/types.js";
import { deletionChecklistCsv, renderDeletionChecklistHtml, renderTodoHtml, todoCsv } from "../report/csv.js";
import { ConfigError, configuredAssess, type ConfiguredAssess } from "../config/config.js";
import { buildHtmlReport, deletionEntries, REPORT_LABELS, selectionText, todoProgress, todoStep } from "../report/html.js";
import { inLanguage, judgeVersion } from "../store/judge.js";
import { actionVerb, decisionName, decisionsFor, hasReadableText, type ItemGroup } from "../core/remedies.js";
import {
  DECISIONS,
  defaultStorePath,
  REVIEW_STATES,
  SORTS,
  type Change,
  type Decision,
  type ImportRecord,
  type ItemKey,
  type ReviewFilter,
  type ReviewRow,
  type ReviewSelection,
  type ReviewState,
  type ReviewStore,
  type Sort,
} from "../store/store.js";
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
  impartial review [filters] [--json]          what needs your attention: items risky or worse with no decision yet,
                                               your own words first, then shares, then likes; each worst first, then
                                               newest. With a filter (or --all), the items it selects instead
  impartial review decide PLATFORM:ID DECISION [--note TEXT]
                                               decide one item. DECISION: ${DECISIONS.join(", ")} or "clear"; an
                                               item is offered only what its platform allows (a like is unliked:
                                               delete; a bio is edited: edit)
  impartial review mark PLATFORM:ID DECISION [--note TEXT]
                                               the same, saying only "marked DECISION" (as before decide)
  impartial review decide --all [filters] DECISION [--note TEXT]
                                               decide every item the filters select, as one change; those that cannot
                                               take the decision are skipped. Prints the change's number, to undo it
  impartial review undo [N]                    undo change N (the latest by default) in one step
  impartial review changes                     the changes made, newest first, with their numbers
  impartial review rules                       the saved rules, applied to every later import
  impartial review rules add [filters] DECISION [--note TEXT]
                                               save a rule ("likes before 2019-01-01: delete") and apply it now to the
                                               items it selects that have no decision; a rule never replaces one
  impartial review rules delete N              delete rule N (the decisions it made stay: undo them with undo)
  impartial review todo [--platform P] [--format text|html|csv] [--output FILE]
                                               the to-do list: what you decided to do, by platform and step, with
                                               direct links and progress ("312 of 1,240 done")
  impartial review todo --done PLATFORM:ID | --undo-done PLATFORM:ID
                                               tick an item done (or untick it); repeat the option for several
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

Filters: --level ${REVIEW_STATES.join("|")} (unchecked: not checked, the export gave only a link: open it to see)
         --search WORDS (each word a prefix, accents ignored)  --action ${ACTIONS.join("|")} (or several, comma-separated)
         --group own|shared|reacted  --attention (risky or worse, no decision yet)  --before/--after YYYY-MM-DD
         --category CATEGORY  --platform ${PLATFORMS.join("|")}  --year YYYY (or unknown)  --undecided
         --decision ${DECISIONS.join("|")}
Listing: --all (every item, not only what needs attention)  --sort ${SORTS.join("|")}  --limit N (default 50)  --offset N
Common:  --db PATH (default: ${defaultStorePath()})  --lang en|fr (default: your locale's)
         --no-config: read no configuration file (one is read, and named, only to word findings in the other language)
A forget refuses while a scan is writing to the same database (exit 75).

${EXIT_HELP.en}`,
  fr: `Utilisation :
  impartial review [filtres] [--json]          ce qui demande votre attention : les éléments risqués ou pires sans
                                               décision, vos propres mots d'abord, puis les partages, puis les mentions
                                               « J'aime » ; chaque groupe du plus grave au moins grave, puis du plus
                                               récent. Avec un filtre (ou --all), les éléments qu'il sélectionne
  impartial review decide PLATFORM:ID DECISION [--note TEXT]
                                               décider d'un élément. DECISION : ${DECISIONS.join(", ")}
                                               ou « clear » ; un élément ne se voit offrir que ce que sa plateforme
                                               permet (une mention « J'aime » se retire : delete ; une biographie se
                                               modifie : edit)
  impartial review mark PLATFORM:ID DECISION [--note TEXT]
                                               la même chose, en disant seulement « décision notée » (comme avant decide)
  impartial review decide --all [filtres] DECISION [--note TEXT]
                                               décider de tous les éléments que les filtres sélectionnent, en un seul
                                               changement ; ceux à qui la décision ne s'applique pas sont laissés de
                                               côté. Affiche le numéro du changement, pour l'annuler
  impartial review undo [N]                    annuler le changement N (le dernier par défaut) en une seule étape
  impartial review changes                     les changements faits, du plus récent au plus ancien, avec leur numéro
  impartial review rules                       les règles enregistrées, appliquées à chaque importation suivante
  impartial review rules add [filtres] DECISION [--note TEXT]
                                               enregistrer une règle (« mentions J'aime avant le 2019-01-01 : delete »)
                                               et l'appliquer tout de suite aux éléments sélectionnés sans décision ;
                                               une règle ne remplace jamais une décision
  impartial review rules delete N              supprimer la règle N (ses décisions restent : annulez-les avec undo)
  impartial review todo [--platform P] [--format text|html|csv] [--output FILE]
                                               la liste de tâches : ce que vous avez décidé de faire, par plateforme et
                                               par étape, avec des liens directs et l'avancement (« 312 sur 1 240 faites »)
  impartial review todo --done PLATFORM:ID | --undo-done PLATFORM:ID
                                               cocher un élément comme fait (ou le décocher) ; répétez l'option pour
                                               plusieurs
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

Filtres : --level ${REVIEW_STATES.join("|")} (unchecked : non vérifié, l'exportation ne donne qu'un lien : ouvrez-le pour voir)
          --search MOTS (chaque mot un préfixe, accents ignorés)  --action ${ACTIONS.join("|")} (ou plusieurs, séparées par des virgules)
          --group own|shared|reacted  --attention (risqué ou pire, sans décision)  --before/--after AAAA-MM-JJ
          --category CATEGORY  --platform ${PLATFORMS.join("|")}  --year AAAA (ou unknown)  --undecided
          --decision ${DECISIONS.join("|")}
Liste :   --all (tous les éléments, pas seulement ceux à examiner)  --sort ${SORTS.join("|")}  --limit N (50 par défaut)  --offset N
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
  search: { type: "string" },
  sort: { type: "string" },
  attention: { type: "boolean" },
  all: { type: "boolean" },
  action: { type: "string" },
  group: { type: "string" },
  before: { type: "string" },
  after: { type: "string" },
  decision: { type: "string" },
  format: { type: "string" },
  output: { type: "string" },
  done: { type: "string", multiple: true },
  "undo-done": { type: "string", multiple: true },
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
        return list(store, listFilter(values), values.json === true, lang, io, relangFor(lang, values, io));
      case "decide":
        return decide(store, args, values, lang, io);
      case "undo": {
        if (args.length > 1) fail({ en: "undo takes one change number at most: impartial review undo [N]", fr: "undo prend au plus un numéro de changement : impartial review undo [N]" });
        const n = args[0] === undefined ? undefined : changeNumber(args[0]);
        const undone = store.undo(n);
        if (!undone) {
          io.stdout.write(lang === "fr" ? "Aucun changement à annuler.\n" : "There is no change to undo.\n");
          return 0;
        }
        const { change, restored, kept } = undone;
        io.stdout.write(
          lang === "fr"
            ? `Changement ${change.id} annulé (${terminalSafe(change.description.fr, "escape")}) : ${fmt(restored, lang)} élément(s) remis comme avant${kept ? `, ${fmt(kept, lang)} laissé(s) tel(s) quel(s) : vous en avez décidé de nouveau depuis` : ""}.\n`
            : `Change ${change.id} undone (${terminalSafe(change.description.en, "escape")}): ${fmt(restored, lang)} item(s) put back as they were${kept ? `, ${fmt(kept, lang)} left as they are: you decided them again since` : ""}.\n`,
        );
        return 0;
      }
      case "changes": {
        if (args.length > 0) fail({ en: "changes takes no argument", fr: "changes ne prend aucun argument" });
        const changes = store.changes(50);
        if (changes.length === 0) io.stdout.write(lang === "fr" ? "Aucun changement de décision jusqu'ici.\n" : "No decision has been changed yet.\n");
        for (const c of changes) {
          const undone = c.undoneAt ? (lang === "fr" ? `  (annulé le ${c.undoneAt.slice(0, 10)})` : `  (undone ${c.undoneAt.slice(0, 10)})`) : "";
          const rule = c.ruleId !== undefined ? (lang === "fr" ? `  [règle ${c.ruleId}]` : `  [rule ${c.ruleId}]`) : "";
          io.stdout.write(`${String(c.id).padStart(4)}  ${c.madeAt.slice(0, 16).replace("T", " ")}  ${terminalSafe(c.description[lang], "escape")}  (${fmt(c.changed, lang)} ${lang === "fr" ? "élément(s)" : "item(s)"})${rule}${undone}\n`);
        }
        return 0;
      }
      case "rules":
        return rules(store, args, values, lang, io);
      case "todo":
        return todo(store, args, values, lang, io, notice);
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
        const entries = deletionEntries(store);
        if (values.html) writePrivateFile(values.html, renderDeletionChecklistHtml(entries, lang), notice);
        else if (values.csv) io.stdout.write(terminalSafe(deletionChecklistCsv(entries, lang)));
        else {
          if (entries.length === 0) io.stdout.write(lang === "fr" ? "Aucun élément marqué « delete ».\n" : "No item is marked delete.\n");
          for (const e of entries) io.stdout.write(`[ ] ${dayOrUnknown(e.createdAt, lang)}  ${e.platform}  ${e.action === "post" ? "" : `(${actionVerb(e.action)[lang]}) `}${terminalLine(e.text, 70)}\n    ${e.url ? terminalSafe(e.url, "escape") : lang === "fr" ? "(aucun lien)" : "(no link)"}${e.note ? `\n    ${terminalSafe(e.note, "escape")}` : ""}\n`);
        }
        return 0;
      }
      case "report": {
        if (!values.html) fail({ en: "say where to write the report: impartial review report --html FILE", fr: "indiquez où écrire le rapport : impartial review report --html FILE" });
        // The filters narrow the report to what they select; without them it covers the whole history.
        if (values.limit !== undefined || values.offset !== undefined) fail({ en: "--limit and --offset page the listing; a report covers every item the filters select", fr: "--limit et --offset paginent la liste ; un rapport porte sur tous les éléments que les filtres sélectionnent" });
        const selection = selectionFrom(values);
        writePrivateFile(values.html, buildHtmlReport(store, lang, { selection, relang: relangFor(lang, values, io) }), notice);
        io.stdout.write(`${terminalSafe(values.html, "escape")}\n`);
        return 0;
      }
      case "forget": {
        for (const flag of [...SELECTING.filter((f) => f !== "platform"), "limit", "offset", "all"] as const) {
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

type Values = Record<string, string | boolean | string[] | undefined>;

/** The options that select items (as opposed to paging or formatting them). */
const SELECTING = ["level", "category", "platform", "year", "undecided", "search", "action", "group", "attention", "before", "after", "decision"] as const;

/** Whether any option narrows the items: without one, the listing is the attention view. */
function selects(values: Values): boolean {
  return SELECTING.some((name) => values[name] !== undefined);
}

function filterFrom(values: Values): ReviewFilter {
  const f: ReviewFilter = { limit: 50 };
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const level = text("level");
  if (level !== undefined) {
    const levels = level.split(",");
    for (const l of levels) if (!(REVIEW_STATES as readonly string[]).includes(l)) fail(oneOf("--level", REVIEW_STATES));
    f.level = levels.length === 1 ? (levels[0] as ReviewState) : (levels as ReviewState[]);
  }
  const category = text("category");
  if (category !== undefined) {
    if (!(CATEGORIES as readonly string[]).includes(category)) fail(oneOf("--category", CATEGORIES));
    f.category = category as Category;
  }
  const platform = text("platform");
  if (platform !== undefined) {
    if (!(PLATFORMS as readonly string[]).includes(platform)) fail(oneOf("--platform", PLATFORMS));
    f.platform = platform as Platform;
  }
  const action = text("action");
  if (action !== undefined) {
    const actions = action.split(",");
    for (const a of actions) if (!(ACTIONS as readonly string[]).includes(a)) fail(oneOf("--action", ACTIONS));
    f.action = actions.length === 1 ? (actions[0] as Action) : (actions as Action[]);
  }
  const group = text("group");
  if (group !== undefined) {
    if (!["own", "shared", "reacted"].includes(group)) fail(oneOf("--group", ["own", "shared", "reacted"]));
    f.group = group as ItemGroup;
  }
  const sort = text("sort");
  if (sort !== undefined) {
    if (!(SORTS as readonly string[]).includes(sort)) fail(oneOf("--sort", SORTS));
    f.sort = sort as Sort;
  }
  const decision = text("decision");
  if (decision !== undefined) {
    if (!(DECISIONS as readonly string[]).includes(decision)) fail(oneOf("--decision", DECISIONS));
    f.decision = decision as Decision;
  }
  for (const name of ["before", "after"] as const) {
    const v = text(name);
    if (v === undefined) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)) || new Date(Date.parse(v)).toISOString().slice(0, 10) !== v)
      fail({ en: `--${name} must be a date (YYYY-MM-DD), not "${v.slice(0, 40)}"`, fr: `--${name} doit être une date (AAAA-MM-JJ), et non « ${v.slice(0, 40)} »` });
    f[name] = v;
  }
  const search = text("search");
  if (search !== undefined) {
    if (!/[\p{L}\p{N}]/u.test(search)) fail({ en: `--search needs at least one word (letters or digits), not "${search.slice(0, 40)}"`, fr: `--search demande au moins un mot (lettres ou chiffres), et non « ${search.slice(0, 40)} »` });
    f.search = search;
  }
  const whole = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) fail({ en: `--${name} must be a whole number, not "${v}"`, fr: `--${name} doit être un nombre entier, et non « ${v} »` });
    return Number(v);
  };
  if (values.year === "unknown") f.dateUnknown = true;
  const year = values.year === "unknown" ? undefined : whole("year", text("year"));
  if (year !== undefined) f.year = year;
  const limit = whole("limit", text("limit"));
  if (limit !== undefined) f.limit = limit;
  const offset = whole("offset", text("offset"));
  if (offset !== undefined) f.offset = offset;
  if (values.undecided) f.undecided = true;
  if (values.attention) f.attention = true;
  return f;
}

/** What a filter selects, without its page or order: the target of a bulk decision or of a rule. */
function selectionFrom(values: Values): ReviewSelection {
  const { limit: _limit, offset: _offset, sort: _sort, ...selection } = filterFrom(values);
  return selection;
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

/** The listing's filter: the attention view (undecided, risky or worse, own words first) unless a filter or --all says otherwise. */
function listFilter(values: Values): ReviewFilter {
  const f = filterFrom(values);
  if (!values.all && !selects(values)) f.attention = true;
  if (f.attention && f.sort === undefined) f.sort = "attention";
  return f;
}

function fmt(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "fr" ? "fr-CA" : "en-CA").format(n);
}

/** `x:1234` as a key; anything else is a usage error that says how to name an item. */
function keyOf(text: string | undefined): ItemKey {
  const m = /^([a-z]+):(.+)$/s.exec(text ?? "");
  if (!m || !(PLATFORMS as readonly string[]).includes(m[1]!)) fail({ en: `name the item as PLATFORM:ID, e.g. x:1234567890 (ids are in the listing), not "${text ?? ""}"`, fr: `nommez l'élément sous la forme PLATFORM:ID, p. ex. x:1234567890 (les ID figurent dans la liste), et non « ${text ?? ""} »` });
  return { platform: m[1] as Platform, id: m[2]! };
}

function changeNumber(text: string): number {
  if (!/^[1-9]\d{0,14}$/.test(text)) fail({ en: `a change is named by its number (see "impartial review changes"), not "${text}"`, fr: `un changement se désigne par son numéro (voir « impartial review changes »), et non « ${text} »` });
  return Number(text);
}

function decisionOf(text: string | undefined, clear: boolean): Decision | null {
  if (clear && text === "clear") return null;
  if (!(DECISIONS as readonly string[]).includes(text ?? ""))
    fail({ en: `the decision must be one of ${DECISIONS.join(", ")}${clear ? " or clear" : ""}, not "${text ?? ""}"`, fr: `la décision doit être l'une de ${DECISIONS.join(", ")}${clear ? " ou clear" : ""}, et non « ${text ?? ""} »` });
  return text as Decision;
}

/** "delete: action: liked; before 2019-01-01", as a change or a rule is described in both languages. */
function describe(decision: Decision | null, selection: ReviewSelection): Message {
  const what = (lang: Lang) => selectionText(selection, lang) || (lang === "fr" ? "tout l'historique" : "the whole history");
  return { en: `${decision ?? "clear"}: ${what("en")}`, fr: `${decision ?? "effacer"} : ${what("fr")}` };
}

/** How a change reads once made: what changed, what was skipped and why, and how to undo it. */
function changeLine(change: Change, lang: Lang): string {
  const skipped = change.skipped
    ? lang === "fr"
      ? `, ${fmt(change.skipped, lang)} laissé(s) de côté (cette décision ne s'y applique pas : une biographie se modifie sans se supprimer, une mention « J'aime » ne se modifie pas)`
      : `, ${fmt(change.skipped, lang)} skipped (that decision cannot be done to them: a bio is edited, not deleted; a like cannot be edited)`
    : "";
  return lang === "fr"
    ? `${fmt(change.changed, lang)} élément(s) modifié(s)${skipped}. Changement ${change.id} ; pour l'annuler : impartial review undo ${change.id}\n`
    : `${fmt(change.changed, lang)} item(s) changed${skipped}. Change ${change.id}; to undo it: impartial review undo ${change.id}\n`;
}

/** `decide KEY DECISION` for one item, `decide --all [filters] DECISION` for every item the filters select. */
function decide(store: ReviewStore, args: string[], values: Values, lang: Lang, io: { stdout: NodeJS.WritableStream }): number {
  const note = typeof values.note === "string" ? values.note : undefined;
  if (values.all) {
    if (args.length !== 1) fail({ en: "with --all, give the decision only: impartial review decide --all [filters] DECISION", fr: "avec --all, donnez seulement la décision : impartial review decide --all [filtres] DECISION" });
    const decision = decisionOf(args[0], true);
    const selection = selectionFrom(values);
    const change = store.decideMany({ selection }, decision, { ...(note !== undefined ? { note } : {}), description: describe(decision, selection) });
    io.stdout.write(`${terminalSafe(change.description[lang], "escape")}${lang === "fr" ? " : " : ": "}${changeLine(change, lang)}`);
    return 0;
  }
  if (selects(values)) fail({ en: "filters choose items only with --all: impartial review decide --all [filters] DECISION, or decide PLATFORM:ID DECISION for one", fr: "les filtres ne choisissent des éléments qu'avec --all : impartial review decide --all [filtres] DECISION, ou decide PLATFORM:ID DECISION pour un seul" });
  if (args.length !== 2) fail({ en: "decide one item as: impartial review decide PLATFORM:ID DECISION [--note TEXT]", fr: "décidez d'un élément ainsi : impartial review decide PLATFORM:ID DECISION [--note TEXT]" });
  const key = keyOf(args[0]);
  const decision = decisionOf(args[1], true);
  const shown = `${key.platform}:${terminalSafe(key.id, "escape")}`;
  if (decision === null) {
    if (!store.clearDecision(key.platform, key.id)) fail({ en: `no decision to clear for ${args[0]}`, fr: `aucune décision à effacer pour ${args[0]}` });
    const id = store.changes(1)[0]?.id;
    io.stdout.write(lang === "fr" ? `${shown} : décision effacée. Changement ${id} ; pour l'annuler : impartial review undo ${id}\n` : `${shown}: decision cleared. Change ${id}; to undo it: impartial review undo ${id}\n`);
    return 0;
  }
  // The store refuses a decision the item is not offered, saying what it is offered instead.
  const change = store.setDecision(key.platform, key.id, decision, note);
  const row = store.getItem(key.platform, key.id);
  const name = row ? decisionName(decision, row.item.platform, row.item.action)[lang] : decision;
  const verb = row ? ` (${actionVerb(row.item.action)[lang]})` : "";
  io.stdout.write(lang === "fr" ? `${shown}${verb} : ${name}. Changement ${change.id} ; pour l'annuler : impartial review undo ${change.id}\n` : `${shown}${verb}: ${name}. Change ${change.id}; to undo it: impartial review undo ${change.id}\n`);
  return 0;
}

/** `rules` lists them, `rules add [filters] DECISION` saves one and applies it now, `rules delete N` deletes one. */
function rules(store: ReviewStore, args: string[], values: Values, lang: Lang, io: { stdout: NodeJS.WritableStream }): number {
  const [verb, ...rest] = args;
  const fr = lang === "fr";
  if (verb === undefined) {
    const saved = store.rules();
    if (saved.length === 0) io.stdout.write(fr ? "Aucune règle enregistrée. Ajoutez-en une : impartial review rules add --action like --before 2019-01-01 delete\n" : "No rule saved. Add one: impartial review rules add --action like --before 2019-01-01 delete\n");
    for (const r of saved) {
      const note = r.note ? ` — ${terminalSafe(r.note, "escape")}` : "";
      io.stdout.write(`${String(r.id).padStart(4)}  ${r.createdAt.slice(0, 10)}  ${terminalSafe(selectionText(r.selection, lang) || (fr ? "tout" : "everything"), "escape")} → ${r.decision} (${REPORT_LABELS[lang].decision[r.decision]})${note}\n`);
    }
    return 0;
  }
  if (verb === "add") {
    if (rest.length !== 1) fail({ en: "add a rule as: impartial review rules add [filters] DECISION [--note TEXT]", fr: "ajoutez une règle ainsi : impartial review rules add [filtres] DECISION [--note TEXT]" });
    if (!selects(values)) fail({ en: "a rule needs at least one filter (e.g. --action like --before 2019-01-01): it would otherwise decide every item", fr: "une règle demande au moins un filtre (p. ex. --action like --before 2019-01-01) : sans cela, elle déciderait de tous les éléments" });
    if (values.all) fail({ en: "a rule applies to what its filters select: --all has no place here", fr: "une règle s'applique à ce que ses filtres sélectionnent : --all n'a pas sa place ici" });
    const decision = decisionOf(rest[0], false) as Decision;
    const { rule, change } = store.addRule(selectionFrom(values), decision, typeof values.note === "string" ? values.note : undefined);
    const what = terminalSafe(selectionText(rule.selection, lang), "escape");
    io.stdout.write(
      fr
        ? `Règle ${rule.id} enregistrée : ${what} → ${decision}. Appliquée maintenant aux éléments sans décision : ${changeLine(change, lang)}Elle s'applique aussi à chaque importation suivante ; elle ne remplace jamais une décision.\n`
        : `Rule ${rule.id} saved: ${what} → ${decision}. Applied now to the items without a decision: ${changeLine(change, lang)}It applies to every later import too; it never replaces a decision.\n`,
    );
    return 0;
  }
  if (verb === "delete") {
    if (rest.length !== 1 || !/^[1-9]\d{0,14}$/.test(rest[0]!)) fail({ en: "delete a rule by its number: impartial review rules delete N", fr: "supprimez une règle par son numéro : impartial review rules delete N" });
    const id = Number(rest[0]);
    if (!store.deleteRule(id)) fail({ en: `no rule ${id} (see "impartial review rules")`, fr: `aucune règle ${id} (voir « impartial review rules »)` });
    io.stdout.write(fr ? `Règle ${id} supprimée : les importations suivantes ne sont plus décidées par elle. Les décisions qu'elle a prises restent (impartial review changes, puis undo N pour les annuler).\n` : `Rule ${id} deleted: later imports are no longer decided by it. The decisions it made stay ("impartial review changes", then undo N to undo them).\n`);
    return 0;
  }
  fail({ en: `rules takes add or delete, not "${verb}". Run "impartial review --help".`, fr: `rules prend add ou delete, et non « ${verb} ». Lancez « impartial review --help ».` });
}

const TODO_FORMATS = ["text", "html", "csv"] as const;

/** The to-do list, as text, HTML or CSV; with --done / --undo-done, ticks items instead. */
function todo(store: ReviewStore, args: string[], values: Values, lang: Lang, io: { stdout: NodeJS.WritableStream }, notice: (m: Message) => void): number {
  const fr = lang === "fr";
  if (args.length > 0) fail({ en: `todo takes options only, not "${args[0]}"`, fr: `todo ne prend que des options, et non « ${args[0]} »` });
  for (const flag of [...SELECTING.filter((f) => f !== "platform"), "limit", "offset", "all", "html", "csv"] as const)
    if (values[flag] !== undefined) fail({ en: `todo takes --platform, --format, --output, --done and --undo-done, not --${flag}`, fr: `todo prend --platform, --format, --output, --done et --undo-done, et non --${flag}` });
  const platform = typeof values.platform === "string" ? filterFrom({ platform: values.platform }).platform : undefined;
  const ticks = [...((values.done as string[] | undefined) ?? []).map((k) => [keyOf(k), true] as const), ...((values["undo-done"] as string[] | undefined) ?? []).map((k) => [keyOf(k), false] as const)];
  if (ticks.length > 0) {
    if (values.format !== undefined || values.output !== undefined) fail({ en: "--done and --undo-done tick items; list the to-do list in another command", fr: "--done et --undo-done cochent des éléments ; affichez la liste de tâches dans une autre commande" });
    for (const [key, done] of ticks) {
      const changed = store.setDone([key], done);
      const shown = `${key.platform}:${terminalSafe(key.id, "escape")}`;
      io.stdout.write(
        done
          ? fr ? `${shown} : ${changed ? "coché comme fait" : "déjà coché"}\n` : `${shown}: ${changed ? "ticked done" : "already ticked"}\n`
          : fr ? `${shown} : ${changed ? "décoché" : "n'était pas coché"}\n` : `${shown}: ${changed ? "unticked" : "was not ticked"}\n`,
      );
    }
    const all = store.todo(platform ? { platform } : {});
    io.stdout.write(`${todoProgress(all.done, all.total, lang)}\n`);
    return 0;
  }
  const format = typeof values.format === "string" ? values.format : "text";
  if (!(TODO_FORMATS as readonly string[]).includes(format)) fail(oneOf("--format", TODO_FORMATS));
  const list = store.todo(platform ? { platform } : {});
  let out: string;
  if (format === "html") out = renderTodoHtml(list, lang, { generatedAt: new Date().toISOString(), ...(platform ? { platform } : {}) });
  else if (format === "csv") out = todoCsv(list, lang);
  else out = todoText(list, lang);
  if (typeof values.output === "string") {
    writePrivateFile(values.output, format === "csv" ? `\uFEFF${out}` : out, notice);
    io.stdout.write(`${terminalSafe(values.output, "escape")}\n${todoProgress(list.done, list.total, lang)}\n`);
  } else io.stdout.write(terminalSafe(out));
  return 0;
}

/** The to-do list for a terminal: progress, then by platform and step, each item ticked or not with its link. */
function todoText(list: ReturnType<ReviewStore["todo"]>, lang: Lang): string {
  const fr = lang === "fr";
  if (list.total === 0) return fr ? "Rien à faire : vous n'avez décidé de rien supprimer, ne plus aimer, annuler, modifier ni masquer.\n" : "Nothing to do: you have not decided to delete, unlike, undo, edit or hide anything.\n";
  const lines = [todoProgress(list.done, list.total, lang)];
  let platform: string | undefined;
  let step: string | undefined;
  for (const e of list.entries) {
    if (e.platform !== platform) {
      platform = e.platform;
      step = undefined;
      const of = list.entries.filter((x) => x.platform === e.platform);
      lines.push("", `${e.platform} — ${todoProgress(of.filter((x) => x.doneAt).length, of.length, lang)}`);
    }
    const name = todoStep(e)[lang];
    if (name !== step) {
      step = name;
      const of = list.entries.filter((x) => x.platform === e.platform && todoStep(x)[lang] === name);
      lines.push(`  ${name} (${todoProgress(of.filter((x) => x.doneAt).length, of.length, lang)})`);
    }
    lines.push(`    [${e.doneAt ? "x" : " "}] ${e.platform}:${terminalSafe(e.id, "escape")}  ${actionVerb(e.action)[lang]} ${dayOrUnknown(e.createdAt, lang)}${hasReadableText(e.text) ? `  ${terminalLine(e.text, 60)}` : ""}`);
    lines.push(`        ${e.url ? terminalSafe(e.url, "escape") : fr ? "(aucun lien)" : "(no link)"}${e.note ? `  — ${terminalSafe(e.note, "escape")}` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}

function list(store: ReviewStore, filter: ReviewFilter, json: boolean, lang: Lang, io: { stdout: NodeJS.WritableStream }, relang: (row: ReviewRow) => ReviewRow): number {
  const rows = store.query(filter).map(relang);
  if (json) {
    for (const r of rows)
      io.stdout.write(
        `${jsonVisible(JSON.stringify({ platform: r.item.platform, id: r.item.id, action: r.item.action, createdAt: dateOrNull(r.item.createdAt), url: r.item.url ?? null, text: r.item.text, level: r.assessed?.assessment.level, state: r.state ?? null, categories: r.assessed?.categories ?? [], beforeService: r.beforeService, decision: r.decision?.decision ?? null, note: r.decision?.note ?? null, doneAt: r.decision?.doneAt ?? null, offered: decisionsFor(r.item.platform, r.item.action), engagement: r.item.engagement ?? null }))}\n`,
      );
    return EXIT.appropriate;
  }
  const ui = UI[lang];
  const fr = lang === "fr";
  const { limit: _limit, offset: _offset, sort: _sort, ...selection } = filter;
  const total = store.count(selection);
  const attentionView = filter.attention === true && Object.keys(selection).length === 1;
  if (attentionView) {
    const all = store.count();
    io.stdout.write(
      total === 0
        ? fr ? `Rien ne demande votre attention : aucun élément risqué ou pire sans décision. --all affiche les ${fmt(all, lang)} éléments.\n` : `Nothing needs your attention: no item is risky or worse without a decision. --all lists all ${fmt(all, lang)} items.\n`
        : fr ? `${fmt(rows.length, lang)} sur ${fmt(total, lang)} éléments à examiner (risqués ou pires, sans décision) : vos propres mots d'abord, puis les partages, puis les mentions « J'aime ». --all affiche les ${fmt(all, lang)} éléments.\n` : `${fmt(rows.length, lang)} of ${fmt(total, lang)} items that need your attention (risky or worse, no decision yet): your own words first, then shares, then likes. --all lists all ${fmt(all, lang)} items.\n`,
    );
    const unchecked = store.counts().unchecked ?? 0;
    if (unchecked > 0)
      io.stdout.write(fr ? `${fmt(unchecked, lang)} élément(s) non vérifié(s) : l'exportation ne donne qu'un lien, sans texte à lire ; --level unchecked les affiche, ouvrez-les pour voir.\n` : `${fmt(unchecked, lang)} item(s) not checked: the export gives only a link, with no text to read; --level unchecked lists them: open them to see.\n`);
  } else io.stdout.write(fr ? `${fmt(rows.length, lang)} éléments sur ${fmt(total, lang)}\n` : `${fmt(rows.length, lang)} of ${fmt(total, lang)} items\n`);
  for (const r of rows) {
    const a = r.assessed?.assessment;
    const state: ReviewState | undefined = r.state ?? a?.level;
    const shownState = state ? ui.state[state] : "?";
    const decided = r.decision ? `  [${decisionName(r.decision.decision, r.item.platform, r.item.action)[lang]}${r.decision.doneAt ? (fr ? ", fait" : ", done") : ""}]` : "";
    io.stdout.write(`${r.item.platform}:${terminalSafe(r.item.id, "escape")}  ${dayOrUnknown(r.item.createdAt, lang)}  ${actionVerb(r.item.action)[lang]}  ${shownState}${decided}${r.beforeService ? (fr ? "  (avant l'entrée en fonction)" : "  (before joining)") : ""}\n`);
    io.stdout.write(`    ${terminalLine(r.item.text, 100)}\n`);
    const first = a?.findings.find((f) => f.level !== "appropriate");
    if (first) io.stdout.write(`    → ${terminalSafe(first.message, "escape")}\n`);
  }
  return EXIT.appropriate;
}
