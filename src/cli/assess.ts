import { readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { ACTIONS, isAction, isLang, type Action, type Lang } from "../core/model.js";
import { AnswersError, parseAnswers, QUESTIONS, selfAssess, type ParsedAnswers, type SelfAssessment, type SelfAssessmentLevel } from "../core/self-assessment.js";
import { renderSelfAssessmentHtml, SELF_ASSESSMENT_LABELS } from "../report/self-assessment-html.js";
import { EXIT } from "./errors.js";
import { UI } from "./i18n.js";
import { styleFor, type Style } from "./render.js";

export const ASSESS_HELP = `Usage: impartial assess [options]
The political activity self-assessment: questions on the PSC factors (your role, your department's mandate,
direct service, influence, authorities, official dealings, visibility, timing), answered on the terminal,
from a file or from standard input. Gives a level of risk (low, moderate, high), what weighs and next steps.

Options:
  --answers FILE     read the answers from a JSON file: {"activity": "like-share", "role": "manager", …, "text": "…"}
                     (without it, the questions are asked on a terminal, or the JSON is read from standard input)
  --text TEXT        the words of the activity, judged by the same engine as "impartial check"
  --action ACTION    ${ACTIONS.join(" | ")} (default: from the activity answered)
  --lang en|fr       language of the questions and the result (default: en)
  --json             print one JSON result
  --html FILE        also write a printable, self-contained HTML report
  --no-color         plain output (also NO_COLOR=1)

Questions and their answers:
${QUESTIONS.map((q) => `  ${q.id}: ${q.answers.map((a) => a.id).join(" | ")}`).join("\n")}

Exit status: 0 low, 1 moderate, 2 high, 64 usage error, 65 unreadable answers.`;

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
class UnreadableAnswers extends Error {}

export async function runAssess(argv: string[], io: AssessIo): Promise<number> {
  const usage = (message: string) => {
    io.stderr.write(`impartial: ${message}\n`);
    return EXIT.usage;
  };
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true }));
  } catch (e) {
    return usage(`${(e as Error).message}\nRun "impartial assess --help" for the options.`);
  }
  if (values.help) {
    io.stdout.write(`${ASSESS_HELP}\n`);
    return 0;
  }
  const lang = values.lang ?? "en";
  if (!isLang(lang)) return usage(`--lang must be en or fr, not "${lang}"`);
  if (values.action !== undefined && !isAction(values.action)) return usage(`--action must be one of ${ACTIONS.join(", ")}, not "${values.action}"`);
  if (values.html === "") return usage("--html needs a file name");

  let parsed: ParsedAnswers;
  try {
    if (values.answers !== undefined) parsed = parseFrom(readAnswersFile(values.answers), values.answers);
    else if (io.stdin.isTTY) parsed = await askOnTerminal(io, lang);
    else parsed = parseFrom(await readAll(io.stdin), "standard input");
  } catch (e) {
    if (!(e instanceof UnreadableAnswers)) throw e;
    io.stderr.write(`impartial: ${e.message}\n`);
    return EXIT.dataErr;
  }
  const text = values.text ?? parsed.text;
  const action = (values.action as Action | undefined) ?? parsed.action;
  let result: SelfAssessment;
  try {
    result = selfAssess(parsed.answers, { lang, ...(text !== undefined ? { text } : {}), ...(action ? { action } : {}) });
  } catch (e) {
    if (!(e instanceof AnswersError)) throw e;
    io.stderr.write(`impartial: ${e.message}\n`);
    return EXIT.dataErr;
  }

  if (values.html !== undefined) {
    const generatedAt = (io.now ?? (() => new Date()))().toISOString();
    const page = renderSelfAssessmentHtml({ result, answers: parsed.answers, generatedAt, ...(text !== undefined ? { text } : {}) });
    try {
      writeFileSync(values.html, page);
    } catch (e) {
      io.stderr.write(`impartial: cannot write the report ${values.html}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return EXIT.ioErr;
    }
  }
  if (values.json) io.stdout.write(`${JSON.stringify({ ...result, answers: parsed.answers }, null, 2)}\n`);
  else io.stdout.write(`${renderSelfAssessment(result, values["no-color"] ? { color: false } : styleFor(io.stdout, io.env))}\n`);
  return EXIT_OF[result.level];
}

function readAnswersFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new UnreadableAnswers(`cannot read the answers file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function parseFrom(json: string, where: string): ParsedAnswers {
  try {
    return parseAnswers(json);
  } catch (e) {
    if (!(e instanceof AnswersError)) throw e;
    throw new UnreadableAnswers(e.problems.map((p) => `${where}: ${p}`).join("\n"));
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
    if (next.done) throw new UnreadableAnswers(`the answers ended before ${where}`);
    return String(next.value).trim();
  };
  try {
    io.stdout.write(`${t.title}\n${t.intro}\n`);
    for (const q of QUESTIONS) {
      io.stdout.write(`\n${q[lang]}\n  (${q.why[lang]})\n`);
      q.answers.forEach((a, i) => io.stdout.write(`  ${i + 1}. ${a[lang]}\n`));
      for (;;) {
        io.stdout.write(`${t.choose(q.answers.length)}: `);
        const typed = await read(`question "${q.id}"`);
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
  const quote = (q: string) => (r.lang === "fr" ? `«\u00a0${q}\u00a0»` : `“${q}”`);
  const paint = (code: number, s: string) => (style.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines = [`${t.verdict}${colon} ${paint(LEVEL_CODE[r.level], t.level[r.level].toUpperCase())}  (${t.score} ${r.score}/100)`, "", `${t.drivers}${colon}`];
  for (const d of r.drivers) {
    lines.push(`  ● ${d.questionText} — ${d.answerText}`);
    lines.push(`      ${t.why}${colon} ${d.why}`);
    lines.push(paint(2, `      ${t.guidance} (${d.guidance.source}, ${d.guidance.section})${colon} ${quote(d.guidance.quote)}`));
  }
  lines.push("", `${t.next}${colon}`);
  for (const s of r.next) lines.push(`  → ${s.text}`);
  lines.push("", paint(2, t.advice));
  if (r.lang === "fr") lines.push(paint(2, UI.fr.unofficial));
  return lines.join("\n");
}
