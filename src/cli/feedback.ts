import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { isLang, type Lang } from "../core/model.js";
import type { Message } from "../core/message.js";
import { FeedbackError, type FeedbackReport } from "../store/feedback.js";
import { writePrivateFile } from "../store/private-files.js";
import { defaultStorePath } from "../store/store.js";
import { EXIT, EXIT_HELP, optionsError, UsageError } from "./errors.js";
import { badLang, localeLang } from "./lang.js";
import { openReviewStore, storeProblem } from "./store-use.js";
import { jsonVisible, terminalLine, terminalSafe } from "./terminal.js";

export const FEEDBACK_HELP: Message = {
  en: `Usage:
  impartial feedback list                  the findings you reported as wrong on the Check page, newest first
  impartial feedback export [--out FILE]   every report as JSON lines (one report a line), to stdout or to FILE
                                           (written readable by you only)
  impartial feedback delete ID | --all     delete one report, or every one

Reports are kept in the review database on this computer and never sent. You may give the exported file to your
values and ethics office, or to the project, if you choose.

Common: --db PATH (default: ${defaultStorePath()})  --lang en|fr (default: your locale's)

${EXIT_HELP.en}`,
  fr: `Utilisation :
  impartial feedback list                  les constats que vous avez signalés comme erronés dans la page Vérifier, les plus récents d'abord
  impartial feedback export [--out FILE]   tous les signalements en lignes JSON (un signalement par ligne), sur la sortie standard ou dans FILE
                                           (lisible par vous seul)
  impartial feedback delete ID | --all     supprimer un signalement, ou tous

Les signalements sont conservés dans la base de données d'examen de cet ordinateur et ne sont jamais envoyés. Vous pouvez remettre
le fichier exporté à votre bureau des valeurs et de l'éthique, ou au projet, si vous le souhaitez.

Communs : --db PATH (par défaut : ${defaultStorePath()})  --lang en|fr (par défaut : celle de vos paramètres régionaux)

${EXIT_HELP.fr}`,
};

const OPTIONS = {
  out: { type: "string" },
  all: { type: "boolean" },
  db: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const SUBCOMMANDS = ["list", "export", "delete"];

interface FeedbackIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env?: NodeJS.ProcessEnv;
}

const VERDICT_WORDS: Record<Lang, Record<FeedbackReport["verdict"], string>> = {
  en: { "not-a-problem": "not a problem", "more-serious": "should be more serious", "less-serious": "should be less serious", "wrong-guidance": "wrong guidance", other: "other" },
  fr: { "not-a-problem": "pas un problème", "more-serious": "devrait être plus grave", "less-serious": "devrait être moins grave", "wrong-guidance": "mauvaise ligne directrice", other: "autre" },
};

export function runFeedback(argv: string[], io: FeedbackIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw optionsError(e, "feedback", OPTIONS);
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLang(values.lang)) throw badLang(values.lang);
  const lang: Lang = values.lang ?? localeLang(io.env ?? process.env);
  const [sub, ...args] = positionals;
  if (values.help || sub === undefined) {
    io.stdout.write(`${FEEDBACK_HELP[lang]}\n`);
    return values.help ? 0 : EXIT.usage;
  }
  if (!SUBCOMMANDS.includes(sub)) {
    throw new UsageError({ en: `"${sub}" is not a feedback command; use list, export or delete (see "impartial feedback --help")`, fr: `« ${sub} » n'est pas une sous-commande de « impartial feedback » ; utilisez list, export ou delete (voir « impartial feedback --help »)` });
  }
  const path = values.db ?? defaultStorePath(io.env ?? process.env);
  // Reading reports must not create a review database where there was none.
  if (!existsSync(path)) {
    throw new UsageError({
      en: `no review database at ${path} yet, so no reports: they are kept there when you say "This finding looks wrong?" on the Check page served by "impartial serve" (or give another file with --db)`,
      fr: `aucune base de données d'examen à ${path} pour l'instant, donc aucun signalement : ils y sont conservés quand vous indiquez « Ce constat semble erroné ? » dans la page Vérifier servie par « impartial serve » (ou donnez un autre fichier avec --db)`,
    });
  }
  let opened;
  try {
    opened = openReviewStore(values.db, io, lang);
  } catch (e) {
    throw storeProblem(e, path);
  }
  const reports = opened.store.feedback;
  try {
    switch (sub) {
      case "list": {
        const all = reports.list();
        if (all.length === 0) io.stdout.write(lang === "fr" ? "Aucun signalement conservé.\n" : "No reports kept.\n");
        for (const r of all) io.stdout.write(listed(r, lang));
        return 0;
      }
      case "export": {
        const lines = [...reports.jsonl()].map(jsonVisible).join("");
        if (values.out === undefined) {
          io.stdout.write(lines);
          return 0;
        }
        writePrivateFile(values.out, lines, (m) => io.stderr.write(`impartial: ${terminalSafe(m[lang], "escape")}\n`));
        const n = reports.count();
        io.stderr.write(lang === "fr" ? `impartial : ${n} signalement(s) écrit(s) dans ${terminalSafe(values.out, "escape")}\n` : `impartial: ${n} report(s) written to ${terminalSafe(values.out, "escape")}\n`);
        return 0;
      }
      default: {
        if (values.all) {
          if (args.length > 0) throw new UsageError({ en: "give either an ID or --all, not both", fr: "donnez un ID ou --all, pas les deux" });
          const n = reports.deleteAll();
          io.stdout.write(lang === "fr" ? `${n} signalement(s) supprimé(s).\n` : `${n} report(s) deleted.\n`);
          return 0;
        }
        const [id, ...extra] = args;
        if (id === undefined || extra.length > 0 || !/^[1-9]\d{0,15}$/.test(id)) {
          throw new UsageError({ en: `name one report by its number (see "impartial feedback list"), or --all${id === undefined ? "" : `, not "${args.join(" ")}"`}`, fr: `nommez un signalement par son numéro (voir « impartial feedback list »), ou --all${id === undefined ? "" : `, et non « ${args.join(" ")} »`}` });
        }
        reports.delete(Number(id));
        io.stdout.write(lang === "fr" ? `Signalement ${id} supprimé.\n` : `Report ${id} deleted.\n`);
        return 0;
      }
    }
  } catch (e) {
    if (e instanceof FeedbackError) throw UsageError.from(e);
    throw storeProblem(e, path);
  } finally {
    opened.store.close();
  }
}

/** One report in a listing: its number, date, verdict and rule, then the passage or draft, then the reason. */
function listed(r: FeedbackReport, lang: Lang): string {
  const colon = lang === "fr" ? " : " : ": ";
  const quoted = r.finding.passage ?? r.text;
  const lines = [
    `#${r.id}  ${r.createdAt.slice(0, 10)}  ${VERDICT_WORDS[lang][r.verdict]}  (${terminalLine(r.finding.rule, 100)}, ${r.finding.level})`,
    `    ${lang === "fr" ? "Ébauche" : "Draft"}${colon}${terminalLine(r.text, 70)}`,
    ...(r.finding.passage !== undefined && quoted !== r.text ? [`    Passage${colon}${terminalLine(quoted, 70)}`] : []),
    `    ${lang === "fr" ? "Constat" : "Finding"}${colon}${terminalLine(r.finding.message, 70)}`,
    ...(r.reason ? [`    ${lang === "fr" ? "Raison" : "Reason"}${colon}${terminalLine(r.reason, 70)}`] : []),
  ];
  return `${lines.join("\n")}\n`;
}
