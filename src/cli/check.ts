import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { toBatchError, toBatchResult, type JsonEscape } from "../core/contract.js";
import { judgedByCalendar } from "../core/calendar.js";
import { assess, InputError, MAX_TEXT_LENGTH } from "../core/engine.js";
import { ConfigError, configuredAssess } from "../config/config.js";
import { ACTIONS, isAction, isLang, levelRank, ROLES, type Activity, type Author, type Context, type Lang, type Level } from "../core/model.js";
import { checkJsonDepth, idOrNull, MAX_AUTHOR_FIELD_LENGTH, parseActivity, parseContext } from "../core/validate.js";
import { messageIn, type Message } from "../core/message.js";
import { EXIT, EXIT_HELP, optionsError, UsageError } from "./errors.js";
import { badLang, localeLang } from "./lang.js";
import { didYouMean } from "./suggest.js";
import { renderAssessment, styleFor } from "./render.js";
import { jsonVisible, terminalSafe } from "./terminal.js";
import { useConfig } from "./config-use.js";
import { EncodedLines } from "../store/encoded-lines.js";
import { jobsOf } from "./jobs.js";
import { answerChecks, defaultJobs, JudgePool, type CheckAnswer, type CheckLines, type JudgeSpec } from "../store/judge-pool.js";
import { OrderedChunks, type Answered } from "../store/ordered-chunks.js";

export const CHECK_HELP: Message = {
  en: `Usage: impartial check [TEXT] [options]
Judge a draft post, comment, reply, share, like, follow or profile bio against the GC guidance.
TEXT is read from standard input when not given.

Options:
  --action ACTION          ${ACTIONS.join(" | ")} (default: post)
  --reply-to TEXT          the text being answered (for comment and reply)
  --author @HANDLE         who wrote what you share, like or answer (X's "RT @handle:" at the start says it too)
  --author-name NAME       the name that account shows
  --identifiable           your account shows you are a public servant
  --role ROLE              ${ROLES.join(" | ")}
  --followers N            how many people follow you
  --department ID          your department's short id (statcan, esdc, cra, …)
  --election-period        an election period is under way (default: the built-in calendar at --at, or today, for
                           federal, provincial and territorial elections, or those of your profile's "jurisdictions")
  --no-election-period     judge as if no election period were under way
  --work-hours             you are on working time
  --government-device      you are on a government device or network
  --authorized             you are authorized to post about this work
  --at DATE                when it is (or was) posted, ISO 8601
  --context FILE           read the context from a JSON file (flags override it)
  --config FILE            the configuration file (default: impartial.config.json here or above, else your per-user file;
                           the files applied are named on stderr and in the JSON output's "config" field)
  --no-config              read no configuration file
  --pack ID|FILE           also apply this pack (repeatable; see "impartial packs")
  --lang en|fr             language of the messages (default: the text's language; errors and help: your locale's)
  --json                   print one JSON result
  --jsonl                  read JSON lines on stdin, write one result per line (README, "Batch (JSON lines)")
  --jobs N                 with --jsonl: judge on N threads, the reading thread included (default: one per core,
                           ${defaultJobs()} here); the lines come out in the order read
  --no-color               plain output (also NO_COLOR=1)

${EXIT_HELP.en}`,
  fr: `Utilisation : impartial check [TEXTE] [options]
Juge une ébauche de publication, de commentaire, de réponse, de partage, de mention J'aime, d'abonnement ou de
biographie de profil au regard des lignes directrices du GC. Le TEXTE est lu sur l'entrée standard s'il n'est pas donné.

Options :
  --action ACTION          ${ACTIONS.join(" | ")} (par défaut : post)
  --reply-to TEXT          le texte auquel vous répondez (pour comment et reply)
  --author @COMPTE         qui a écrit ce que vous partagez, aimez ou commentez (« RT @compte: » au début le dit aussi)
  --author-name NOM        le nom qu'affiche ce compte
  --identifiable           votre compte montre que vous êtes fonctionnaire
  --role ROLE              ${ROLES.join(" | ")}
  --followers N            combien de personnes vous suivent
  --department ID          l'identifiant court de votre ministère (statcan, esdc, cra, …)
  --election-period        une période électorale est en cours (par défaut : le calendrier intégré à la date --at, ou
                           aujourd'hui, pour les élections fédérales, provinciales et territoriales, ou celles des
                           « jurisdictions » de votre profil)
  --no-election-period     juger comme si aucune période électorale n'était en cours
  --work-hours             vous êtes au travail, pendant vos heures de travail
  --government-device      vous utilisez un appareil ou un réseau du gouvernement
  --authorized             vous êtes autorisé ou autorisée à publier sur ce travail
  --at DATE                quand c'est (ou c'était) publié, ISO 8601
  --context FILE           lire le contexte dans un fichier JSON (les options l'emportent)
  --config FILE            le fichier de configuration (par défaut : impartial.config.json ici ou plus haut, sinon votre fichier
                           personnel; les fichiers appliqués sont nommés sur la sortie d'erreur et dans le champ « config » du JSON)
  --no-config              ne lire aucun fichier de configuration
  --pack ID|FILE           appliquer aussi ce module (répétable; voir « impartial packs »)
  --lang en|fr             langue des messages (par défaut : celle du texte; erreurs et aide : celle de vos paramètres régionaux)
  --json                   afficher un résultat JSON
  --jsonl                  lire des lignes JSON sur l'entrée standard, écrire un résultat par ligne (voir le README, « Batch (JSON lines) »)
  --jobs N                 avec --jsonl : juger sur N fils d'exécution, celui de lecture compris (par défaut : un par
                           cœur, ${defaultJobs()} ici); les lignes sortent dans l'ordre lu
  --no-color               sortie sans couleur (aussi NO_COLOR=1)

${EXIT_HELP.fr}`,
};

const OPTIONS = {
  action: { type: "string" },
  "reply-to": { type: "string" },
  author: { type: "string" },
  "author-name": { type: "string" },
  identifiable: { type: "boolean" },
  role: { type: "string" },
  followers: { type: "string" },
  department: { type: "string" },
  "election-period": { type: "boolean" },
  "no-election-period": { type: "boolean" },
  "work-hours": { type: "boolean" },
  "government-device": { type: "boolean" },
  authorized: { type: "boolean" },
  at: { type: "string" },
  context: { type: "string" },
  config: { type: "string" },
  "no-config": { type: "boolean" },
  pack: { type: "string", multiple: true },
  lang: { type: "string" },
  json: { type: "boolean" },
  jsonl: { type: "boolean" },
  jobs: { type: "string" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export async function runCheck(argv: string[], io: { stdin: NodeJS.ReadableStream & { isTTY?: boolean }; stdout: NodeJS.WritableStream & { isTTY?: boolean }; stderr: NodeJS.WritableStream; env: NodeJS.ProcessEnv }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw optionsError(e, "check", OPTIONS);
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLang(values.lang)) throw badLang(values.lang);
  if (values.help) {
    io.stdout.write(`${CHECK_HELP[values.lang ?? localeLang(io.env)]}\n`);
    return 0;
  }
  let judge: typeof assess;
  let lang: Lang | undefined = values.lang;
  const loaded = useConfig(values, io);
  try {
    lang ??= loaded.config.lang;
    judge = configuredAssess(loaded, { ...(values.department !== undefined ? { department: values.department } : {}), packs: values.pack ?? [] });
  } catch (e) {
    if (e instanceof ConfigError) throw UsageError.from(e);
    throw e;
  }
  // Without an election period said, the calendar says it, as of the activity's date or this moment.
  judge = judgedByCalendar(judge, loaded.config.profile);
  if (values.jsonl) {
    if (positionals.length > 0) throw new UsageError({ en: "--jsonl reads JSON lines from standard input; give no TEXT with it", fr: "--jsonl lit des lignes JSON sur l'entrée standard; ne donnez pas de TEXTE avec cette option" });
    const jobs = jobsOf(values.jobs);
    const spec: JudgeSpec = {
      loaded,
      packs: values.pack ?? [],
      ...(lang ? { lang } : {}),
      ...(values.department !== undefined ? { department: values.department } : {}),
      lines: { config: loaded.files, visible: true, newline: true },
    };
    return checkJsonl(io.stdin, io.stdout, io.stderr, lang, judge, lang ?? localeLang(io.env), { escape: jsonVisible, config: loaded.files, jobs, spec });
  }
  if (values.jobs !== undefined) {
    throw new UsageError({ en: "--jobs goes with --jsonl: one text is judged on one thread", fr: "--jobs va avec --jsonl : un seul texte est jugé sur un seul fil d'exécution" });
  }
  const context = contextFromFlags(values);
  const action = values.action ?? "post";
  if (!isAction(action)) throw new UsageError({ en: `--action must be one of ${ACTIONS.join(", ")}, not "${action}"`, fr: `--action doit être l'une des valeurs ${ACTIONS.join(", ")}, et non « ${action} »` });
  const text = positionals.length > 0 ? positionals.join(" ") : await readAll(io.stdin);
  const activity: Activity = { text, action, context };
  if (values["reply-to"] !== undefined) activity.inReplyTo = values["reply-to"];
  if (values.author !== undefined || values["author-name"] !== undefined) activity.author = authorFromFlags(values.author, values["author-name"]);
  let assessment;
  try {
    assessment = judge(activity, lang ? { lang } : {});
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr.write(`impartial: ${terminalSafe(messageIn(e, lang ?? localeLang(io.env)))}\n`);
      return EXIT.dataErr;
    }
    throw e;
  }
  if (values.json) io.stdout.write(`${jsonVisible(JSON.stringify({ ...toBatchResult(null, assessment), ...(loaded.files.length > 0 ? { config: loaded.files } : {}) }, null, 2))}\n`);
  else io.stdout.write(`${renderAssessment(text, assessment, values["no-color"] ? { color: false } : styleFor(io.stdout, io.env))}\n`);
  return EXIT[assessment.level];
}

function contextFromFlags(values: Record<string, string | boolean | string[] | undefined>): Context {
  let base: Record<string, unknown> = {};
  if (typeof values.context === "string") {
    let raw: string;
    try {
      raw = readFileSync(values.context, "utf8");
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new UsageError({ en: `cannot read the context file ${values.context}: ${why}`, fr: `impossible de lire le fichier de contexte ${values.context} : ${why}` });
    }
    try {
      base = JSON.parse(raw) as Record<string, unknown>;
    } catch (e) {
      throw new UsageError({ en: `the context file ${values.context} is not JSON: ${(e as Error).message}`, fr: `le fichier de contexte ${values.context} n'est pas du JSON : ${(e as Error).message}` });
    }
  }
  const merged: Record<string, unknown> = { ...base };
  if (values.identifiable) merged.identifiable = true;
  if (values["election-period"] && values["no-election-period"]) throw new UsageError({ en: "give --election-period or --no-election-period, not both", fr: "donnez --election-period ou --no-election-period, pas les deux" });
  if (values["election-period"]) merged.electionPeriod = true;
  if (values["no-election-period"]) merged.electionPeriod = false;
  if (values["work-hours"]) merged.workHours = true;
  if (values["government-device"]) merged.governmentDevice = true;
  if (values.authorized) merged.authorized = true;
  if (typeof values.role === "string") {
    if (!(ROLES as readonly string[]).includes(values.role)) {
      const guess = didYouMean(values.role, ROLES);
      throw new UsageError({ en: `--role must be one of ${ROLES.join(", ")}, not "${values.role}".${guess.en}`, fr: `--role doit être l'une des valeurs ${ROLES.join(", ")}, et non « ${values.role} ».${guess.fr}` });
    }
    merged.role = values.role;
  }
  if (typeof values.department === "string") merged.department = values.department;
  if (typeof values.at === "string") merged.postedAt = values.at;
  if (typeof values.followers === "string") {
    const n = Number(values.followers);
    if (!/^\d+$/.test(values.followers) || !Number.isSafeInteger(n)) throw new UsageError({ en: `--followers must be a whole number, not "${values.followers}"`, fr: `--followers doit être un nombre entier, et non « ${values.followers} »` });
    merged.followers = n;
  }
  try {
    return parseContext(merged, "context");
  } catch (e) {
    if (e instanceof InputError) throw UsageError.from(e);
    throw e;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** How the JSON lines are written: `escape` makes each safe to show (`jsonVisible`); `config` names the configuration files applied, on every line. */
export interface JsonLinesOptions {
  escape?: JsonEscape;
  config?: readonly string[];
  /** Threads that judge, this one included (1: this one only); the others build their judge from `spec`. */
  jobs?: number;
  /** How a judging worker builds the same judge as `assessActivity` (required with more than one job). */
  spec?: JudgeSpec;
}

/** Lines judged at once, on this thread or sent to a worker: a message costs little beside judging them. */
const CHUNK = 250;

/** One input line read: an activity to judge, or what makes the line unreadable, in the error lines' language. */
interface Line {
  lineNo: number;
  id: string | number | null;
  activity?: Activity;
  refused?: string;
}

/**
 * Streams the batch contract: one result per input line, in order; a bad line gets an error line and the rest go on.
 * `errorLang` is the language of the error lines (the run's: --lang, else the locale), even when results follow each text's.
 * With more than one job, chunks of lines are judged on worker threads too, and the lines are written in the order read.
 */
export async function checkJsonl(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
  lang?: Lang,
  assessActivity: typeof assess = assess,
  errorLang: Lang = lang ?? "en",
  { escape, config = [], jobs = 1, spec }: JsonLinesOptions = {},
): Promise<number> {
  if (jobs > 1 && !spec) throw new Error("checkJsonl: more than one job needs the judge's spec");
  // When configuration files were applied, every line names them: the contract allows extra fields, and a line read
  // alone still says what judged it.
  const tail = config.length > 0 ? { config } : undefined;
  const options = lang ? { lang } : {};
  let worst: Level = "appropriate";
  let unreadable = 0;
  let lineNo = 0;
  let pending = "";
  const buffered = new EncodedLines();
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const flush = async (force: boolean) => {
    if (buffered.bytes === 0 || (!force && buffered.bytes < 1 << 16)) return;
    const ok = output.write(buffered.take());
    if (!ok) await new Promise<void>((resolve) => output.once("drain", resolve));
  };
  const refuseLine = (at: number, id: string | number | null, message: string) => {
    unreadable++;
    stderr.write(`impartial: ${errorLang === "fr" ? `ligne ${at} :` : `line ${at}:`} ${message}\n`);
    const line = JSON.stringify(tail ? { ...toBatchError(id, at, message), ...tail } : toBatchError(id, at, message));
    buffered.push(`${escape ? escape(line) : line}\n`);
  };
  const lines: CheckLines = { config, visible: escape === jsonVisible, newline: true };
  if (escape !== undefined && escape !== jsonVisible) throw new Error("checkJsonl: the only escape a worker knows is jsonVisible");
  // A chunk's activities are judged as one batch, here or on the pool; a line refused when read has no answer.
  const checksOf = (chunk: readonly Line[]) => chunk.flatMap((l) => (l.activity ? [{ id: l.id, activity: l.activity }] : []));
  const placed = (chunk: readonly Line[], answers: readonly CheckAnswer[]) => {
    let k = 0;
    return chunk.map((l) => (l.activity ? answers[k++] : undefined));
  };
  const ordered = new OrderedChunks<Line, CheckAnswer | undefined>(
    jobs,
    (size) => {
      const pool = new JudgePool(size, spec!);
      return { judgeChunk: async (chunk) => placed(chunk, await pool.check(checksOf(chunk))), close: () => pool.close() };
    },
    (chunk) => placed(chunk, answerChecks(assessActivity, checksOf(chunk), options, lines)),
  );
  // Lines are written, and refused on stderr, in the order read, whichever thread judged them.
  const write = (answered: Answered<Line, CheckAnswer | undefined>) => {
    answered.chunk.forEach((line, k) => {
      const answer = answered.answers[k];
      if (line.refused !== undefined) refuseLine(line.lineNo, line.id, line.refused);
      else if (answer && "refused" in answer) refuseLine(line.lineNo, line.id, answer.refused[errorLang]);
      else if (answer) {
        if (levelRank(answer.level) > levelRank(worst)) worst = answer.level;
        if ("line" in answer) buffered.push(`${answer.line}\n`);
        else buffered.pushBytes(answer.bytes);
      }
    });
  };
  let chunk: Line[] = [];
  /** Hands the lines read so far over to be judged, and writes those whose turn has come. */
  const giveChunk = async () => {
    const given = chunk;
    chunk = [];
    for (const answered of await ordered.give(given)) write(answered);
  };
  const read = (line: string) => {
    lineNo++;
    if (line.trim() === "") return;
    let id: string | number | null = null;
    try {
      let value: unknown;
      try {
        checkJsonDepth(line);
        value = JSON.parse(line);
      } catch (e) {
        if (e instanceof InputError) throw e;
        throw new InputError({ en: `not JSON (${(e as Error).message})`, fr: `pas du JSON (${(e as Error).message})` });
      }
      id = idOrNull(value);
      chunk.push({ lineNo, id, activity: parseActivity(value) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      chunk.push({ lineNo, id, refused: messageIn(e, errorLang) });
    }
  };
  // A line longer than this cannot hold a text the engine accepts; it is refused without being kept in memory.
  const maxLine = MAX_TEXT_LENGTH * 8;
  let skipping = false;
  const refuseLong = () => {
    lineNo++;
    const tooLong: Message = {
      en: `the line is longer than ${maxLine} characters; a text may have at most ${MAX_TEXT_LENGTH}`,
      fr: `la ligne dépasse ${maxLine} caractères; un texte en compte au plus ${MAX_TEXT_LENGTH}`,
    };
    chunk.push({ lineNo, id: null, refused: tooLong[errorLang] });
  };
  try {
    for await (const piece of input) {
      pending += typeof piece === "string" ? piece : decoder.decode(piece as Buffer, { stream: true });
      let nl: number;
      let from = 0;
      while ((nl = pending.indexOf("\n", from)) !== -1) {
        if (skipping) skipping = false;
        else read(pending.slice(from, nl).replace(/\r$/, ""));
        from = nl + 1;
        if (chunk.length >= CHUNK) await giveChunk();
      }
      pending = pending.slice(from);
      if (pending.length > maxLine) {
        if (!skipping) refuseLong();
        skipping = true;
        pending = "";
      }
      // On one thread, what was read is judged and written as it comes; with a pool, chunks wait to be whole.
      if (jobs === 1 && chunk.length > 0) await giveChunk();
      await flush(false);
    }
    pending += decoder.decode();
    if (pending.length > 0 && !skipping) read(pending.replace(/\r$/, ""));
    // The last, short chunk is judged here: a short input never starts a pool.
    ordered.giveHere(chunk);
    for await (const answered of ordered.rest()) {
      write(answered);
      await flush(false);
    }
  } finally {
    await ordered.close();
  }
  await flush(true);
  if (unreadable > 0) return EXIT.dataErr;
  return EXIT[worst];
}

/** --author and --author-name, held to the batch contract's bounds; a value too long is a usage error naming the option. */
function authorFromFlags(handle: string | undefined, name: string | undefined): Author {
  for (const [flag, v] of [["--author", handle], ["--author-name", name]] as const) {
    if (v !== undefined && v.length > MAX_AUTHOR_FIELD_LENGTH) {
      throw new UsageError({ en: `${flag} may hold at most ${MAX_AUTHOR_FIELD_LENGTH} characters, not ${v.length}`, fr: `${flag} peut contenir au plus ${MAX_AUTHOR_FIELD_LENGTH} caractères, et non ${v.length}` });
    }
  }
  return { ...(handle !== undefined ? { handle } : {}), ...(name !== undefined ? { name } : {}) };
}
