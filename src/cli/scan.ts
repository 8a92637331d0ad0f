import { readFileSync } from "node:fs";
import { howToExportLines } from "../importers/how-to-export.js";
import { DATE_UNKNOWN, dateOrNull, dayOrUnknown } from "../core/dates.js";
import { parseArgs } from "node:util";
import { batchResultJson } from "../core/contract.js";
import { InputError } from "../core/engine.js";
import { ConfigError, configuredAssess, type ConfiguredAssess } from "../config/config.js";
import { parseProfile, type Profile } from "../core/history.js";
import { messageIn, type Message } from "../core/message.js";
import { isLang, levelRank, type Lang } from "../core/model.js";
import { detectPlatform } from "../importers/detect.js";
import { IMPORTERS } from "../importers/index.js";
import { trackReading, type ReadingPosition } from "../importers/reading.js";
import { openExport, type ExportSource } from "../importers/source.js";
import { ImportError, PLATFORMS, type Platform } from "../importers/types.js";
import { csvHeader, csvRow } from "../report/csv.js";
import { renderHtmlReport } from "../report/html.js";
import { judgeVersion } from "../store/judge.js";
import { hasReadableText } from "../core/remedies.js";
import { defaultJobs, type JudgeSpec } from "../store/judge-pool.js";
import { ScanLoop } from "../store/scan-loop.js";
import { defaultStorePath, fingerprintSource, type ReviewCounts, type ReviewRow, type ReviewStore } from "../store/store.js";
import { writePrivateFile } from "../store/private-files.js";
import { openReviewStore, storeProblem } from "./store-use.js";
import { EXIT, EXIT_HELP, optionsError, UsageError } from "./errors.js";
import { jobsOf } from "./jobs.js";
import { closest, meant } from "./suggest.js";
import { badLang, localeLang } from "./lang.js";
import { UI } from "./i18n.js";
import { Progress } from "./progress.js";
import { EncodedLines } from "../store/encoded-lines.js";
import { jsonVisible, terminalLine, terminalSafe } from "./terminal.js";
import { useConfig } from "./config-use.js";

export const SCAN_HELP: Message = {
  en: `Usage: impartial scan PATH [options]
Read a platform's data export (the zip or .tar.gz as downloaded, the unpacked folder, or one file of it), judge every
item as of its own date, store it for triage, and report. Nothing leaves your machine.

Platforms: ${PLATFORMS.join(", ")} (detected from the content; --platform to say which).

How to get each export (the steps are on the review page too):
${howToExportLines()}

Who you are (or a --profile FILE with these fields, plus "roles" and "elections"):
  --role ROLE  --department ID  --identifiable  --followers N
  --joined YYYY-MM-DD        the day you joined the public service (earlier items are marked, still listed)
  --elections FILE           by-elections or municipal elections to add to the built-in calendar (JSON list)

Output (the terminal summary is the default):
  --jsonl                    one line per item: the check --jsonl result plus platform, action, createdAt, url
  --csv                      one CSV row per item
  --html FILE                a self-contained, printable report
  --db PATH                  the review store (default: ${defaultStorePath()}); ":memory:" keeps nothing
  --jobs N                   judge on N threads, the reading thread included (default: one per core, ${defaultJobs()} here)
  --lang en|fr               language of messages and reports (default: your configuration's, else your locale's)

Configuration:
  --config FILE              the configuration file (default: impartial.config.json here or above, else your per-user
                             file); the files applied are named on stderr and in each JSON line's "config" field
  --no-config                read no configuration file
  --pack ID|FILE             also apply this pack (repeatable)

The database and reports are written readable by you only (0600, in 0700 folders). Ctrl-C or SIGTERM stops a scan
keeping what it read (exit 130 or 143); scanning the same export again finishes it, adding nothing twice.

${EXIT_HELP.en}

Then: impartial review   to list, filter and triage what was found.`,
  fr: `Utilisation : impartial scan PATH [options]
Lit l'exportation de données d'une plateforme (le zip ou le .tar.gz tel que téléchargé, le dossier décompressé ou un de
ses fichiers), juge chaque élément à sa propre date, le conserve pour le tri et fait rapport. Rien ne quitte votre
ordinateur.

Plateformes : ${PLATFORMS.join(", ")} (détectée d'après le contenu; --platform pour la préciser).

Comment obtenir chaque exportation (les étapes sont aussi sur la page d'examen de l'historique) :
${howToExportLines()}

Qui vous êtes (ou un --profile FILE avec ces champs, plus "roles" et "elections") :
  --role ROLE  --department ID  --identifiable  --followers N
  --joined YYYY-MM-DD        le jour de votre entrée dans la fonction publique (les éléments antérieurs sont marqués, toujours listés)
  --elections FILE           élections partielles ou municipales à ajouter au calendrier intégré (liste JSON)

Sortie (le résumé au terminal par défaut) :
  --jsonl                    une ligne par élément : le résultat de check --jsonl plus platform, action, createdAt, url
  --csv                      une ligne CSV par élément
  --html FILE                un rapport autonome et imprimable
  --db PATH                  la base de données d'examen (par défaut : ${defaultStorePath()}); ":memory:" ne conserve rien
  --jobs N                   juger sur N fils d'exécution, celui de lecture compris (par défaut : un par cœur, ${defaultJobs()} ici)
  --lang en|fr               langue des messages et des rapports (par défaut : celle de votre configuration, sinon de vos paramètres régionaux)

Configuration :
  --config FILE              le fichier de configuration (par défaut : impartial.config.json ici ou plus haut, sinon votre
                             fichier personnel); les fichiers appliqués sont nommés sur la sortie d'erreur et dans le
                             champ « config » de chaque ligne JSON
  --no-config                ne lire aucun fichier de configuration
  --pack ID|FILE             appliquer aussi ce module (répétable)

La base et les rapports sont écrits lisibles par vous seul (0600, dans des dossiers 0700). Ctrl-C ou SIGTERM arrête
une analyse en conservant ce qu'elle a lu (code 130 ou 143); analyser de nouveau la même exportation la termine,
sans rien ajouter deux fois.

${EXIT_HELP.fr}

Ensuite : impartial review   pour lister, filtrer et trier ce qui a été trouvé.`,
};

const OPTIONS = {
  platform: { type: "string" },
  profile: { type: "string" },
  config: { type: "string" },
  "no-config": { type: "boolean" },
  pack: { type: "string", multiple: true },
  role: { type: "string" },
  department: { type: "string" },
  identifiable: { type: "boolean" },
  followers: { type: "string" },
  joined: { type: "string" },
  elections: { type: "string" },
  jsonl: { type: "boolean" },
  csv: { type: "boolean" },
  html: { type: "string" },
  db: { type: "string" },
  jobs: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const MAX_REPORT_ITEMS = 2_000;

interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env?: NodeJS.ProcessEnv;
}

/** The names people use for a platform: X was Twitter, and a case or a space is no mistake. */
const PLATFORM_NAMES: Readonly<Record<string, string>> = { twitter: "x", "x.com": "x", "twitter.com": "x", fb: "facebook", meta: "facebook", ig: "instagram", insta: "instagram", bsky: "bluesky", "bsky.app": "bluesky", "linked-in": "linkedin" };
export function platformName(given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  const name = given.trim().toLowerCase();
  return PLATFORM_NAMES[name] ?? name;
}

export async function runScan(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw optionsError(e, "scan", OPTIONS);
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLang(values.lang)) throw badLang(values.lang);
  if (values.help) {
    io.stdout.write(`${SCAN_HELP[values.lang ?? localeLang(io.env ?? process.env)]}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError({ en: 'give one export to scan: impartial scan PATH (see "impartial scan --help")', fr: "donnez une seule exportation à analyser : impartial scan PATH (voir « impartial scan --help »)" });
  const loaded = useConfig(values, io);
  const lang: Lang = values.lang ?? loaded.config.lang ?? localeLang(io.env ?? process.env);
  if ([values.jsonl, values.csv].filter(Boolean).length > 1) throw new UsageError({ en: "choose one of --jsonl and --csv for standard output", fr: "choisissez une seule option entre --jsonl et --csv pour la sortie standard" });
  const platformFlag = platformName(values.platform);
  if (platformFlag !== undefined && !(PLATFORMS as readonly string[]).includes(platformFlag)) {
    // A guess among the names people use too ("twiter" → twitter), said as the platform it stands for (x).
    const guess = meant(platformName(closest(platformFlag, [...PLATFORMS, ...Object.keys(PLATFORM_NAMES)])));
    throw new UsageError({ en: `--platform must be one of ${PLATFORMS.join(", ")}, not "${platformFlag}".${guess.en}`, fr: `--platform doit être l'une des valeurs ${PLATFORMS.join(", ")}, et non « ${platformFlag} ».${guess.fr}` });
  }
  const profile: Profile = { ...loaded.config.profile, ...profileFrom(values) };
  let judge: ConfiguredAssess;
  try {
    judge = configuredAssess(loaded, { packs: values.pack ?? [] });
  } catch (e) {
    if (e instanceof ConfigError) throw UsageError.from(e);
    throw e;
  }
  const path = positionals[0]!;
  const jobs = jobsOf(values.jobs);

  let source: ExportSource;
  let reading: () => ReadingPosition | undefined;
  try {
    ({ source, position: reading } = trackReading(await openExport(path)));
  } catch (e) {
    io.stderr.write(`impartial: ${terminalSafe(messageIn(e, lang))}\n`);
    return EXIT.dataErr;
  }
  try {
    const platform = (platformFlag as Platform | undefined) ?? (await detectPlatform(source));
    if (!platform) {
      io.stderr.write(
        lang === "fr"
          ? `impartial: ${terminalSafe(path, "escape")} : impossible de savoir de quelle plateforme vient cette exportation; précisez-la avec --platform (${PLATFORMS.join(", ")})\n`
          : `impartial: ${terminalSafe(path, "escape")}: cannot tell which platform this export comes from; say it with --platform (${PLATFORMS.join(", ")})\n`,
      );
      return EXIT.dataErr;
    }
    // A platform named by hand that the export's own files contradict would read nothing: say what it looks like.
    const looksLike = platformFlag === undefined ? undefined : await detectPlatform(source);
    if (looksLike !== undefined && looksLike !== platform) {
      io.stderr.write(
        lang === "fr"
          ? `impartial: ${terminalSafe(path, "escape")} : cette exportation semble venir de ${looksLike}, mais --platform indique ${platform} ; donnez --platform ${looksLike}, ou omettez --platform pour la reconnaître d'elle-même\n`
          : `impartial: ${terminalSafe(path, "escape")}: this looks like an export from ${looksLike}, but --platform says ${platform}; give --platform ${looksLike}, or leave --platform out to have it recognized\n`,
      );
      return EXIT.dataErr;
    }
    return await scanSource(source, platform, profile, { lang, values, io, path, judge, reading, configFiles: loaded.files, jobs, spec: { loaded, packs: values.pack ?? [], lang } });
  } finally {
    await source.close();
  }
}

function profileFrom(values: Record<string, string | boolean | string[] | undefined>): Profile {
  let raw: Record<string, unknown> = {};
  const readJson = (file: string, what: Message): unknown => {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new UsageError({ en: `cannot read the ${what.en} file ${file}: ${why}`, fr: `impossible de lire le fichier ${what.fr} ${file} : ${why}` });
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new UsageError({ en: `the ${what.en} file ${file} is not JSON: ${(e as Error).message}`, fr: `le fichier ${what.fr} ${file} n'est pas du JSON : ${(e as Error).message}` });
    }
  };
  if (typeof values.profile === "string") raw = readJson(values.profile, { en: "profile", fr: "de profil" }) as Record<string, unknown>;
  if (typeof values.role === "string") raw.role = values.role;
  if (typeof values.department === "string") raw.department = values.department;
  if (values.identifiable) raw.identifiable = true;
  if (typeof values.joined === "string") raw.joined = values.joined;
  if (typeof values.followers === "string") {
    if (!/^\d+$/.test(values.followers)) throw new UsageError({ en: `--followers must be a whole number, not "${values.followers}"`, fr: `--followers doit être un nombre entier, et non « ${values.followers} »` });
    raw.followers = Number(values.followers);
  }
  if (typeof values.elections === "string") raw.elections = readJson(values.elections, { en: "elections", fr: "d'élections" });
  try {
    return parseProfile(raw);
  } catch (e) {
    if (e instanceof InputError) throw UsageError.from(e);
    throw e;
  }
}

interface ScanOptions {
  lang: Lang;
  values: Record<string, string | boolean | string[] | undefined>;
  io: Io;
  path: string;
  judge: ConfiguredAssess;
  /** Which file of the export is being read, and how far: shown with the progress. */
  reading: () => ReadingPosition | undefined;
  /** The configuration files applied, named in each JSON line. */
  configFiles: readonly string[];
  /** Threads that judge (1: the reading thread itself). */
  jobs: number;
  /** How a judging worker builds the same judge. */
  spec: JudgeSpec;
}


async function scanSource(source: ExportSource, platform: Platform, profile: Profile, options: ScanOptions): Promise<number> {
  const { store, path: dbPath } = openReviewStore(typeof options.values.db === "string" ? options.values.db : undefined, options.io, options.lang);
  try {
    return await scanInto(store, source, platform, profile, options);
  } catch (e) {
    throw storeProblem(e, dbPath);
  } finally {
    store.close();
  }
}

/**
 * Ctrl-C or SIGTERM while a scan runs: the import is recorded as interrupted, with every batch read so far kept,
 * and the command ends with 130 or 143. The loop stops at its next item; an importer stuck inside one file is not
 * waited for more than a second (`stop` then runs from the signal, between two turns of the loop, so no batch is half
 * written).
 */
function watchSignals(stop: (code: number) => void): { stopped: () => number | undefined; dispose: () => void } {
  let code: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  const on = (signal: "SIGINT" | "SIGTERM") => () => {
    if (code !== undefined) return stop(code);
    code = signal === "SIGINT" ? EXIT.interrupted : EXIT.terminated;
    timer = setTimeout(() => stop(code!), 1000);
  };
  const onInt = on("SIGINT");
  const onTerm = on("SIGTERM");
  process.on("SIGINT", onInt);
  process.on("SIGTERM", onTerm);
  return {
    stopped: () => code,
    dispose: () => {
      clearTimeout(timer);
      process.removeListener("SIGINT", onInt);
      process.removeListener("SIGTERM", onTerm);
    },
  };
}

function interruptedNote(count: number, lang: Lang): string {
  return lang === "fr"
    ? `impartial: interrompu : les ${count} éléments lus jusqu'ici sont conservés; relancez scan pour terminer (rien n'est ajouté deux fois), ou « impartial review imports --clear-interrupted » pour en rester là.\n`
    : `impartial: interrupted: the ${count} items read so far are stored; scan again to finish (nothing is added twice), or run "impartial review imports --clear-interrupted" to leave it there.\n`;
}

async function scanInto(store: ReviewStore, source: ExportSource, platform: Platform, profile: Profile, { lang, values, io, path, judge, reading, configFiles, jobs, spec }: ScanOptions): Promise<number> {
  const fingerprint = await fingerprintSource(path);
  const earlier = store.lastImportOf(fingerprint);
  if (earlier && !values.jsonl && !values.csv) io.stderr.write(`${lang === "fr" ? "Déjà importé le" : "Already imported on"} ${earlier.startedAt.slice(0, 10)}${lang === "fr" ? " :" : ":"} ${lang === "fr" ? "les éléments déjà connus ne sont pas ajoutés deux fois." : "items already known are not added twice."}\n`);
  const importId = store.beginImport(platform, path, fingerprint);
  const version = judgeVersion(judge);
  const toReconsider: ReviewRow[] = [];
  let out = "";
  const lines = new EncodedLines();
  const progress = new Progress(io.stderr, lang, reading);
  const print = () => {
    // JSON lines keep their values (made visible as they are written, batchResultJson); CSV and the summary are for people, and a terminal may show them.
    if (lines.bytes > 0) io.stdout.write(lines.take());
    if (out) io.stdout.write(terminalSafe(out));
    out = "";
  };
  const signals = watchSignals((code) => {
    // The loop did not reach its next item in time: end here, keeping what was judged.
    const rows = loop.takePending();
    if (rows.length > 0) store.addBatch(importId, rows);
    print();
    store.finishImport(importId, { interrupted: true });
    store.close();
    progress.done();
    io.stderr.write(interruptedNote(loop.counts.total, lang));
    process.exit(code);
  });
  if (values.csv) out += csvHeader(lang);
  // Each item once judged, in the order read: kept for the report, printed, and written with its batch.
  const loop = new ScanLoop({
    profile,
    judge,
    version,
    lang,
    jobs,
    spec,
    stopped: () => signals.stopped() !== undefined,
    write: (rows) => {
      store.addBatch(importId, rows);
      print();
    },
    onItem: ({ item, assessment }, hc) => {
      if (assessment.level !== "appropriate" && toReconsider.length < MAX_REPORT_ITEMS) {
        toReconsider.push({ item, beforeService: hc.beforeService, importId, firstSeen: "", lastSeen: "", assessed: { assessment, categories: [...new Set(assessment.findings.map((f) => f.category))], rulesVersion: version, assessedAt: new Date().toISOString() } });
      }
      if (values.jsonl) lines.push(`${batchResultJson(item.id, assessment, { platform: item.platform, action: item.action, createdAt: dateOrNull(item.createdAt), url: item.url ?? null, beforeService: hc.beforeService, ...(assessment.level === "appropriate" && !hasReadableText(item.text) ? { checked: false } : {}), ...(configFiles.length > 0 ? { config: configFiles } : {}) }, jsonVisible)}\n`);
      else if (values.csv) out += csvRow({ item, assessment, beforeService: hc.beforeService });
      progress.tick();
    },
  });
  const counts = loop.counts;
  let failure: string | undefined;
  try {
    await loop.run(IMPORTERS[platform](source));
  } catch (e) {
    if (!(e instanceof ImportError) && !(e instanceof InputError)) {
      signals.dispose();
      print();
      store.finishImport(importId, { error: (e as Error).message });
      throw e;
    }
    failure = messageIn(e, lang);
  } finally {
    progress.done();
  }
  const worst = loop.worst;
  signals.dispose();
  const interrupted = signals.stopped();
  print();
  if (failure) store.finishImport(importId, { error: failure });
  else if (interrupted !== undefined) store.finishImport(importId, { interrupted: true });
  else store.finishImport(importId, { count: counts.total });
  // The person's saved rules decided some of what this import brought (finishImport applies them).
  const rules = new Map(store.rules().map((r) => [r.id, r.decision]));
  const applied: AppliedRule[] = store
    .changes(rules.size + 5)
    .filter((c) => c.ruleId !== undefined && c.changed > 0 && c.description.en.endsWith(`on import ${importId}`))
    .map((c) => ({ id: c.id, ruleId: c.ruleId as number, changed: c.changed, decision: rules.get(c.ruleId as number) ?? "?" }));

  const fr = lang === "fr";
  for (const w of source.warnings.slice(0, 10)) io.stderr.write(`impartial: ${fr ? "avertissement :" : "warning:"} ${terminalSafe(w[lang])}\n`);
  if (source.warnings.length > 10) io.stderr.write(`impartial: ${fr ? `… et ${source.warnings.length - 10} autres avertissements` : `… and ${source.warnings.length - 10} more warnings`}\n`);
  if (typeof values.html === "string") {
    writePrivateFile(values.html, renderHtmlReport({ rows: toReconsider, counts, lang, generatedAt: new Date().toISOString(), source: path, ...(profile.joined || profile.role || profile.department ? { profile: { ...(profile.role ? { role: profile.role } : {}), ...(profile.department ? { department: profile.department } : {}), ...(profile.joined ? { joined: profile.joined } : {}) } } : {}) }), (m) => io.stderr.write(`impartial: ${terminalSafe(m[lang], "escape")}\n`));
  }
  if (!values.jsonl && !values.csv) io.stdout.write(`${summary(counts, toReconsider, platform, lang, typeof values.html === "string" ? values.html : undefined, applied)}\n`);
  if (failure) {
    io.stderr.write(`impartial: ${terminalSafe(failure)}\nimpartial: ${fr ? `les ${counts.total} éléments lus avant ce point ont été jugés et conservés; rien n'a été lu après.` : `the ${counts.total} items read before this were judged and stored; nothing after it was read.`}\n`);
    return EXIT.dataErr;
  }
  if (interrupted !== undefined) {
    io.stderr.write(interruptedNote(counts.total, lang));
    return interrupted;
  }
  if (counts.total === 0) {
    io.stderr.write(fr ? `impartial: ${terminalSafe(path, "escape")} : aucun élément trouvé dans cette exportation ${platform}\n` : `impartial: ${terminalSafe(path, "escape")}: no items found in this ${platform} export\n`);
    return EXIT.dataErr;
  }
  return EXIT[worst];
}

interface AppliedRule {
  id: number;
  ruleId: number;
  changed: number;
  decision: string;
}

function summary(c: ReviewCounts, rows: ReviewRow[], platform: Platform, lang: Lang, html: string | undefined, applied: readonly AppliedRule[]): string {
  const ui = UI[lang];
  const fr = lang === "fr";
  const colon = fr ? " :" : ":";
  const lines = [
    fr ? `${c.total} éléments lus (${platform}).` : `${c.total} items read (${platform}).`,
    `  ${ui.level.inappropriate}${colon} ${c.byLevel.inappropriate}   ${ui.level.risky}${colon} ${c.byLevel.risky}   ${ui.level.appropriate}${colon} ${c.byLevel.appropriate}${c.unchecked ? `   ${fr ? "non vérifiés" : "not checked"}${colon} ${c.unchecked}` : ""}`,
  ];
  if (c.unchecked)
    lines.push(
      fr
        ? `  (${c.unchecked} éléments n'ont qu'un lien dans l'exportation, sans le texte : Impartial n'a pas pu les lire. Ouvrez-les pour voir.)`
        : `  (${c.unchecked} items are only a link in the export, without their text: Impartial could not read them. Open them to see.)`,
    );
  for (const change of applied) lines.push(fr ? `  Votre règle ${change.ruleId} a décidé « ${change.decision} » pour ${change.changed} éléments (annuler : impartial review undo ${change.id}).` : `  Your rule ${change.ruleId} decided "${change.decision}" for ${change.changed} items (undo: impartial review undo ${change.id}).`);
  const cats = Object.entries(c.byCategory).sort((a, b) => b[1] - a[1]);
  if (cats.length > 0) lines.push(`  ${fr ? "Catégories" : "Categories"}${colon} ${cats.map(([k, v]) => `${k} ${v}`).join(", ")}`);
  const years = Object.entries(c.byYear).sort();
  if (years.length > 0) lines.push(`  ${fr ? "Par année" : "By year"}${colon} ${years.map(([k, v]) => `${k === "?" ? DATE_UNKNOWN[lang] : k} ${v}`).join(", ")}`);
  const worst = [...rows].sort((a, b) => levelRank(b.assessed!.assessment.level) - levelRank(a.assessed!.assessment.level) || b.item.createdAt.localeCompare(a.item.createdAt)).slice(0, 10);
  if (worst.length > 0) {
    lines.push("", fr ? "À examiner en premier :" : "To reconsider first:");
    for (const r of worst) {
      const a = r.assessed!.assessment;
      const first = a.findings.find((f) => f.level === a.level) ?? a.findings[0];
      lines.push(`  ${dayOrUnknown(r.item.createdAt, lang).padEnd(10)}  ${ui.level[a.level].padEnd(13)} ${terminalLine(r.item.text, 70)}`);
      if (first) lines.push(`              ${terminalSafe(first.message, "escape")}`);
      if (r.item.url) lines.push(`              ${terminalSafe(r.item.url, "escape")}`);
    }
  }
  if (html) lines.push("", `${fr ? "Rapport" : "Report"}${colon} ${terminalSafe(html, "escape")}`);
  lines.push("", fr ? "Pour trier : impartial review   (ce qui demande votre attention en premier)" : "To triage: impartial review   (what needs your attention first)", ui.advice);
  return lines.join("\n");
}
