import { readFileSync } from "node:fs";
import { citation, shownQuote } from "../core/guidance/corpus.js";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { ACTIONS, isAction, isLang, type Action, type Lang } from "../core/model.js";
import { AnswersError, parseAnswers, QUESTIONS, selfAssess, type ParsedAnswers, type SelfAssessment, type SelfAssessmentLevel } from "../core/self-assessment.js";
import { renderSelfAssessmentHtml, SELF_ASSESSMENT_LABELS } from "../report/self-assessment-html.js";
import { BilingualError, messageIn, type Message } from "../core/message.js";
import { jsonVisible, terminalSafe } from "./terminal.js";
import { writePrivateFile } from "../store/private-files.js";
import { InputError } from "../core/engine.js";
import { checkJsonDepth } from "../core/validate.js";
import { EXIT } from "./errors.js";
import { badLang, localeLang, reportLang } from "./lang.js";
import { UI } from "./i18n.js";
import { styleFor, type Style } from "./render.js";

export const ASSESS_HELP: Message = {
  en: `Usage: impartial assess [options]
The political activity self-assessment: questions on the PSC factors (your role, your department's mandate,
direct service, influence, authorities, official dealings, visibility, timing), answered on the terminal,
from a file or from standard input. Gives a level of risk (low, moderate, high), what weighs and next steps.

Options:
  --answers FILE     read the answers from a JSON file: {"activity": "like-share", "role": "manager", …, "text": "…"}
                     (without it, the questions are asked on a terminal, or the JSON is read from standard input)
  --text TEXT        the words of the activity, judged by the same engine as "impartial check"
  --action ACTION    ${ACTIONS.join(" | ")} (default: from the activity answered)
  --lang en|fr       language of the questions and the result (default: your locale's)
  --json             print one JSON result
  --html FILE        also write a printable, self-contained HTML report
  --no-color         plain output (also NO_COLOR=1)

Questions and their answers:
${QUESTIONS.map((q) => `  ${q.id}: ${q.answers.map((a) => a.id).join(" | ")}`).join("\n")}

Exit status: 0 low, 1 moderate, 2 high, 64 usage error, 65 unreadable answers, 70 internal error (a bug:
IMPARTIAL_DEBUG=1 shows it), 74 the report cannot be written.`,
  fr: `Utilisation : impartial assess [options]
L'autoévaluation des activités politiques : des questions sur les facteurs de la CFP (votre rôle, le mandat de votre
ministère, le service direct, l'influence, les pouvoirs, les relations officielles, la visibilité, le moment), auxquelles vous répondez
au terminal, dans un fichier ou sur l'entrée standard. Donne un niveau de risque (faible, modéré, élevé), ce qui pèse et
les prochaines étapes.

Options :
  --answers FILE     lire les réponses dans un fichier JSON : {"activity": "like-share", "role": "manager", …, "text": "…"}
                     (sans elle, les questions sont posées au terminal, ou le JSON est lu sur l'entrée standard)
  --text TEXT        les mots de l'activité, jugés par le même moteur que « impartial check »
  --action ACTION    ${ACTIONS.join(" | ")} (par défaut : selon l'activité choisie dans vos réponses)
  --lang en|fr       langue des questions et du résultat (par défaut : celle de vos paramètres régionaux)
  --json             afficher un résultat JSON
  --html FILE        écrire aussi un rapport HTML autonome et imprimable
  --no-color         sortie sans couleur (aussi NO_COLOR=1)

Questions et leurs réponses :
${QUESTIONS.map((q) => `  ${q.id}: ${q.answers.map((a) => a.id).join(" | ")}`).join("\n")}

Code de sortie : 0 faible, 1 modéré, 2 élevé, 64 erreur d'utilisation, 65 réponses illisibles, 70 erreur interne
(un bogue : IMPARTIAL_DEBUG=1 la montre), 74 le rapport ne peut être écrit.`,
};

const OPTIONS = {
  answers: { type: "string" },
  text: { type: "string" },
  action: { type: "string" },
  lang: { type: "string" },
  json: { type: "boolean" },
  html: { type: "string" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export interface AssessIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** When the report is made; the clock by default. */
  now?: () => Date;
}

const EXIT_OF: Record<SelfAssessmentLevel, number> = { low: 0, moderate: 1, high: 2 };

/** The answers could not be read: the message names the source and what is wrong. */
/** Answers that cannot be read at all (no file, not JSON, cut short): said in both languages. */
class UnreadableAnswers extends BilingualError {}

export async function runAssess(argv: string[], io: AssessIo): Promise<number> {
  const spoken = reportLang(argv, io.env);
  const usage = (message: Message) => {
    io.stderr.write(`impartial: ${message[spoken]}\n`);
    return EXIT.usage;
  };
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true }));
  } catch (e) {
    const m = (e as Error).message;
    return usage({ en: `${m}\nRun "impartial assess --help" for the options.`, fr: `${m}\nLancez « impartial assess --help » pour voir les options.` });
  }
  const lang = values.lang ?? localeLang(io.env);
  if (!isLang(lang)) return usage(badLang(lang).text);
  if (values.help) {
    io.stdout.write(`${ASSESS_HELP[lang]}\n`);
    return 0;
  }
  if (values.action !== undefined && !isAction(values.action)) return usage({ en: `--action must be one of ${ACTIONS.join(", ")}, not "${values.action}"`, fr: `--action doit être l'une des valeurs ${ACTIONS.join(", ")}, et non « ${values.action} »` });
  if (values.html === "") return usage({ en: "--html needs a file name", fr: "--html demande un nom de fichier" });

  let parsed: ParsedAnswers;
  try {
    if (values.answers !== undefined) parsed = parseFrom(readAnswersFile(values.answers), { en: values.answers, fr: values.answers });
    else if (io.stdin.isTTY) parsed = await askOnTerminal(io, lang);
    else parsed = parseFrom(await readAll(io.stdin), { en: "standard input", fr: "entrée standard" });
  } catch (e) {
    if (!(e instanceof UnreadableAnswers)) throw e;
    io.stderr.write(`impartial: ${messageIn(e, lang)}\n`);
    return EXIT.dataErr;
  }
  const text = values.text ?? parsed.text;
  const action = (values.action as Action | undefined) ?? parsed.action;
  let result: SelfAssessment;
  try {
    result = selfAssess(parsed.answers, { lang, ...(text !== undefined ? { text } : {}), ...(action ? { action } : {}) });
  } catch (e) {
    if (!(e instanceof AnswersError)) throw e;
    io.stderr.write(`impartial: ${terminalSafe(e.problemsIn(lang).join("\n"))}\n`);
    return EXIT.dataErr;
  }

  if (values.html !== undefined) {
    const generatedAt = (io.now ?? (() => new Date()))().toISOString();
    const page = renderSelfAssessmentHtml({ result, answers: parsed.answers, generatedAt, ...(text !== undefined ? { text } : {}) });
    try {
      writePrivateFile(values.html, page, (m) => io.stderr.write(`impartial: ${terminalSafe(m[lang], "escape")}\n`));
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      io.stderr.write(lang === "fr" ? `impartial: impossible d'écrire le rapport ${values.html} : ${why}\n` : `impartial: cannot write the report ${values.html}: ${why}\n`);
      return EXIT.ioErr;
    }
  }
  if (values.json) io.stdout.write(`${jsonVisible(JSON.stringify({ ...result, answers: parsed.answers }, null, 2))}\n`);
  else io.stdout.write(`${renderSelfAssessment(result, values["no-color"] ? { color: false } : styleFor(io.stdout, io.env))}\n`);
  return EXIT_OF[result.level];
}

function readAnswersFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UnreadableAnswers({ en: `cannot read the answers file ${file}: ${why}`, fr: `impossible de lire le fichier de réponses ${file} : ${why}` });
  }
}

function parseFrom(json: string, where: Message): ParsedAnswers {
  try {
    checkJsonDepth(json);
    return parseAnswers(json);
  } catch (e) {
    if (e instanceof InputError) throw new UnreadableAnswers({ en: `${where.en}: ${e.text.en}`, fr: `${where.fr} : ${e.text.fr}` });
    if (!(e instanceof AnswersError)) throw e;
    const list = (l: Lang) => e.problemsIn(l).map((p) => `${where[l]}${l === "fr" ? " :" : ":"} ${p}`).join("\n");
    throw new UnreadableAnswers({ en: list("en"), fr: list("fr") });
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** Numbered choices, one question at a time; lines are read through an iterator so typed-ahead answers are kept. */
async function askOnTerminal(io: AssessIo, lang: Lang): Promise<ParsedAnswers> {
  const t = SELF_ASSESSMENT_LABELS[lang];
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: io.stdout.isTTY === true });
  const lines = rl[Symbol.asyncIterator]();
  const out: ParsedAnswers = { answers: {} };
  const read = async (where: string): Promise<string> => {
    const next = await lines.next();
    if (next.done) throw new UnreadableAnswers({ en: `the answers ended before ${where}`, fr: `les réponses se sont arrêtées avant ${where}` });
    return String(next.value).trim();
  };
  try {
    io.stdout.write(`${t.title}\n${t.intro}\n`);
    for (const q of QUESTIONS) {
      io.stdout.write(`\n${q[lang]}\n  (${q.why[lang]})\n`);
      q.answers.forEach((a, i) => io.stdout.write(`  ${i + 1}. ${a[lang]}\n`));
      for (;;) {
        io.stdout.write(`${t.choose(q.answers.length)}: `);
        const typed = await read(lang === "fr" ? `la question « ${q.id} »` : `question "${q.id}"`);
        const chosen = /^\d+$/.test(typed) ? q.answers[Number(typed) - 1] : q.answers.find((a) => a.id === typed);
        if (chosen) {
          out.answers[q.id] = chosen.id;
          break;
        }
        io.stdout.write(`${t.notAChoice(q.answers.length)}\n`);
      }
    }
    io.stdout.write(`\n${t.textPrompt}:\n`);
    const next = await lines.next();
    const text = next.done ? "" : String(next.value).trim();
    if (text !== "") out.text = text;
    io.stdout.write("\n");
  } finally {
    rl.close();
  }
  return out;
}

const LEVEL_CODE: Record<SelfAssessmentLevel, number> = { low: 32, moderate: 33, high: 31 };

/** A readable result on the terminal, in the result's language. */
export function renderSelfAssessment(r: SelfAssessment, style: Style): string {
  const t = SELF_ASSESSMENT_LABELS[r.lang];
  const colon = r.lang === "fr" ? "\u00a0:" : ":";
  const paint = (code: number, s: string) => (style.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines = [`${t.verdict}${colon} ${paint(LEVEL_CODE[r.level], t.level[r.level].toUpperCase())}  (${t.score} ${r.score}/100)`, "", `${t.drivers}${colon}`];
  for (const d of r.drivers) {
    lines.push(`  ● ${terminalSafe(d.questionText)} — ${terminalSafe(d.answerText)}`);
    lines.push(`      ${t.why}${colon} ${terminalSafe(d.why)}`);
    lines.push(paint(2, `      ${t.guidance} (${citation(d.guidance, r.lang)})${colon} ${shownQuote(d.guidance, r.lang)}`));
  }
  lines.push("", `${t.next}${colon}`);
  for (const s of r.next) lines.push(`  → ${terminalSafe(s.text)}`);
  lines.push("", paint(2, t.advice));
  if (r.lang === "fr") lines.push(paint(2, UI.fr.unofficial));
  return lines.join("\n");
}
