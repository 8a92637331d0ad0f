import { createInterface } from "node:readline";
import { citation, shownQuote } from "../core/guidance/corpus.js";
import { parseArgs } from "node:util";
import { isLang, type Action, type Context, type Lang, type Level } from "../core/model.js";
import { ORGANIZATIONS } from "../core/organizations.js";
import { judgeScenario, scenarioById, SCENARIOS, type JudgedChoice, type JudgedScenario } from "../core/scenarios.js";
import type { Message } from "../core/message.js";
import { EXIT, optionsError, UsageError } from "./errors.js";
import { badLang, localeLang } from "./lang.js";
import { UI } from "./i18n.js";
import { styleFor, type Style } from "./render.js";

export const PRACTICE_HELP: Message = {
  en: `Usage: impartial practice [SCENARIO] [options]
Practise the guidance's scenarios. Without SCENARIO, list them.
With SCENARIO, read the situation, rate each choice (1 appropriate, 2 risky, 3 inappropriate),
then see what the guidance says and what Impartial finds. When standard input is not a terminal,
answers are read one per line; a blank line skips a choice.

Options:
  --lang en|fr   language (default: your locale's)
  --json         print the scenario (or every scenario) with each choice judged, and ask nothing
  --no-color     plain output (also NO_COLOR=1)`,
  fr: `Utilisation : impartial practice [SCENARIO] [options]
Exercez-vous avec les mises en situation des lignes directrices. Sans SCENARIO, les liste.
Avec SCENARIO, lisez la situation, évaluez chaque choix (1 approprié, 2 risqué, 3 inapproprié),
puis voyez ce que disent les lignes directrices et ce que relève Impartial. Quand l'entrée standard
n'est pas un terminal, les réponses sont lues une par ligne; une ligne vide passe un choix.

Options :
  --lang en|fr   langue (par défaut : celle de vos paramètres régionaux)
  --json         afficher la mise en situation (ou toutes) avec chaque choix jugé, sans rien demander
  --no-color     sortie sans couleur (aussi NO_COLOR=1)`,
};

const OPTIONS = {
  lang: { type: "string" },
  json: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export interface PracticeIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

const TEXT = {
  en: {
    scenarios: "Practice scenarios",
    choices: (n: number) => `${n} choices`,
    start: 'Start one: impartial practice ID (add --lang fr for French)',
    situation: "Situation",
    questions: "Questions to ask yourself",
    choice: (i: number, n: number) => `Choice ${i} of ${n}`,
    context: "Context",
    noContext: "none given",
    inReplyTo: "In reply to",
    prompt: "What level is it? 1 appropriate · 2 risky · 3 inappropriate (Enter to skip): ",
    again: "Answer 1, 2 or 3 (a, r or i), Enter to skip, q to stop.",
    right: (level: string) => `✓ Yes: the guidance rates it ${level}.`,
    wrong: (level: string, said: string) => `✗ The guidance rates it ${level}; you said ${said}.`,
    skipped: (level: string) => `The guidance rates it ${level}.`,
    engine: "Impartial",
    engineAgrees: "agrees with the guidance",
    engineDisagrees: (level: string) => `the guidance says ${level}: Impartial gets this one wrong`,
    why: "Why",
    score: (right: number, answered: number, total: number) => `You matched the guidance on ${right} of ${answered} answered (${total} choices).`,
    notANumber: (line: number, answer: string) => `line ${line}: "${answer}" is not a level; answer 1, 2 or 3 (a, r or i), or a blank line to skip`,
  },
  fr: {
    scenarios: "Mises en situation pour s'exercer",
    choices: (n: number) => `${n} choix`,
    start: "Pour commencer : impartial practice ID --lang fr",
    situation: "Situation",
    questions: "Questions à vous poser",
    choice: (i: number, n: number) => `Choix ${i} sur ${n}`,
    context: "Contexte",
    noContext: "aucun",
    inReplyTo: "En réponse à",
    prompt: "Quel niveau? 1 approprié · 2 risqué · 3 inapproprié (Entrée pour passer) : ",
    again: "Répondez 1, 2 ou 3 (a, r ou i), Entrée pour passer, q pour arrêter.",
    right: (level: string) => `✓ Oui : les lignes directrices le jugent ${level}.`,
    wrong: (level: string, said: string) => `✗ Les lignes directrices le jugent ${level}; vous avez répondu ${said}.`,
    skipped: (level: string) => `Les lignes directrices le jugent ${level}.`,
    engine: "Impartial",
    engineAgrees: "d'accord avec les lignes directrices",
    engineDisagrees: (level: string) => `les lignes directrices disent ${level} : Impartial se trompe ici`,
    why: "Pourquoi",
    score: (right: number, answered: number, total: number) => `Vous rejoignez les lignes directrices pour ${right} de vos ${answered} réponses (${total} choix).`,
    notANumber: (line: number, answer: string) => `ligne ${line} : « ${answer} » n'est pas un niveau; répondez 1, 2 ou 3 (a, r ou i), ou une ligne vide pour passer`,
  },
} as const;

const ACTION_NAMES: Record<Lang, Record<Action, string>> = {
  en: { post: "post", comment: "comment", reply: "reply", share: "share", like: "like", follow: "follow", profile: "profile" },
  fr: { post: "publication", comment: "commentaire", reply: "réponse", share: "partage", like: "mention « J'aime »", follow: "abonnement", profile: "profil" },
};

const ANSWERS: Record<string, Level> = {
  "1": "appropriate", a: "appropriate", appropriate: "appropriate", "approprié": "appropriate", approprie: "appropriate",
  "2": "risky", r: "risky", risky: "risky", "risqué": "risky", risque: "risky",
  "3": "inappropriate", i: "inappropriate", inappropriate: "inappropriate", "inapproprié": "inappropriate", inapproprie: "inappropriate",
};

/** A line of piped answers that names no level: the walk-through stops there. */
class UnreadableAnswer extends Error {}

type Answer = Level | "skip" | "quit" | undefined;

/** What the learner typed: a level, a skip, a wish to stop, or nothing we understand. */
export function parseAnswer(line: string): Answer {
  const word = line.trim().toLowerCase();
  if (word === "") return "skip";
  if (word === "q" || word === "quit" || word === "quitter") return "quit";
  return ANSWERS[word];
}

export async function runPractice(argv: string[], io: PracticeIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw optionsError(e, "practice", OPTIONS);
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? localeLang(io.env);
  if (!isLang(lang)) throw badLang(lang);
  if (values.help) {
    io.stdout.write(`${PRACTICE_HELP[lang]}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError({ en: `practise one scenario at a time: give one ID, not ${positionals.length}`, fr: `une mise en situation à la fois : donnez un seul ID, et non ${positionals.length}` });
  const style: Style = values["no-color"] ? { color: false } : styleFor(io.stdout, io.env);
  const id = positionals[0];
  if (id === undefined) {
    if (values.json) io.stdout.write(`${JSON.stringify(SCENARIOS.map((s) => judgeScenario(s, lang)), null, 2)}\n`);
    else io.stdout.write(`${listScenarios(lang, style)}\n`);
    return 0;
  }
  const scenario = scenarioById(id);
  if (!scenario) throw new UsageError({ en: `no scenario "${id}"; the scenarios are: ${SCENARIOS.map((s) => s.id).join(", ")}`, fr: `aucune mise en situation « ${id} »; les mises en situation sont : ${SCENARIOS.map((s) => s.id).join(", ")}` });
  const judged = judgeScenario(scenario, lang);
  if (values.json) {
    io.stdout.write(`${JSON.stringify(judged, null, 2)}\n`);
    return 0;
  }
  return walkThrough(judged, io, style);
}

function listScenarios(lang: Lang, style: Style): string {
  const t = TEXT[lang];
  const width = Math.max(...SCENARIOS.map((s) => s.id.length));
  const lines = [bold(style, t.scenarios), ""];
  for (const s of SCENARIOS) lines.push(`  ${s.id.padEnd(width)}  ${s.title[lang]}  ${dim(style, `(${t.choices(s.choices.length)})`)}`);
  lines.push("", t.start);
  return lines.join("\n");
}

async function walkThrough(scenario: JudgedScenario, io: PracticeIo, style: Style): Promise<number> {
  const lang = scenario.lang;
  const t = TEXT[lang];
  const colon = lang === "fr" ? "\u00a0:" : ":";
  const out = (s = "") => io.stdout.write(`${s}\n`);
  const interactive = io.stdin.isTTY === true;
  const reader = createInterface({ input: io.stdin, terminal: false, crlfDelay: Infinity });
  const lines = reader[Symbol.asyncIterator]();
  let lineNo = 0;
  let stopped = false;
  let answered = 0;
  let right = 0;

  out(bold(style, scenario.title));
  out();
  out(`${bold(style, t.situation + colon)} ${scenario.situation}`);
  out();
  out(bold(style, t.questions + colon));
  for (const q of scenario.questions) out(`  ? ${q.text}`);
  try {
    for (const [index, choice] of scenario.choices.entries()) {
      out();
      out(bold(style, `── ${t.choice(index + 1, scenario.choices.length)} · ${ACTION_NAMES[lang][choice.action]} ──`));
      out(`${t.context}${colon} ${describeContext(choice.context, lang) || t.noContext}`);
      if (choice.inReplyTo !== undefined) out(`${t.inReplyTo}${colon} ${quote(choice.inReplyTo, lang)}`);
      out(`  ${quote(choice.text, lang)}`);
      let answer: Answer = "skip";
      if (!stopped) {
        for (;;) {
          io.stdout.write(t.prompt);
          const next = await lines.next();
          if (next.done) {
            stopped = true;
            answer = "skip";
            out();
            break;
          }
          lineNo++;
          if (!interactive) out(next.value);
          answer = parseAnswer(next.value);
          if (answer !== undefined) break;
          if (!interactive) throw new UnreadableAnswer(t.notANumber(lineNo, next.value.trim()));
          out(t.again);
        }
      }
      if (answer === "quit") {
        stopped = true;
        answer = "skip";
      }
      if (answer !== "skip") {
        answered++;
        if (answer === choice.expected) right++;
      }
      out(verdictLine(choice, answer, lang, style));
      out(explain(choice, lang, style));
    }
  } catch (e) {
    if (!(e instanceof UnreadableAnswer)) throw e;
    io.stderr.write(`impartial: ${e.message}\n`);
    return EXIT.dataErr;
  } finally {
    reader.close();
  }
  out();
  out(bold(style, t.score(right, answered, scenario.choices.length)));
  out(dim(style, UI[lang].advice));
  if (scenario.unofficialTranslation) out(dim(style, UI[lang].unofficial));
  return 0;
}

function verdictLine(choice: JudgedChoice, answer: Level | "skip", lang: Lang, style: Style): string {
  const t = TEXT[lang];
  const levelName = (l: Level) => UI[lang].level[l];
  const expected = colored(style, choice.expected, levelName(choice.expected).toUpperCase());
  if (answer === "skip") return t.skipped(expected);
  return answer === choice.expected ? t.right(expected) : t.wrong(expected, levelName(answer));
}

function explain(choice: JudgedChoice, lang: Lang, style: Style): string {
  const t = TEXT[lang];
  const colon = lang === "fr" ? "\u00a0:" : ":";
  const levelName = (l: Level) => UI[lang].level[l];
  const agreement = choice.agrees ? t.engineAgrees : t.engineDisagrees(levelName(choice.expected));
  const lines = [`${t.engine}${colon} ${colored(style, choice.level, levelName(choice.level).toUpperCase())} (${agreement})`];
  for (const f of choice.findings.filter((f) => f.level !== "appropriate" || choice.level === "appropriate")) {
    lines.push(`  ${colored(style, f.level, `● ${levelName(f.level)}`)} ${f.message} ${dim(style, `[${f.rule}]`)}`);
  }
  lines.push(`${t.why}${colon} ${choice.explanation}`);
  for (const g of choice.guidance) lines.push(dim(style, `  ${UI[lang].guidance} (${citation(g, lang)})${colon} ${shownQuote(g, lang)}`));
  return lines.join("\n");
}

function describeContext(context: Context, lang: Lang): string {
  const fr = lang === "fr";
  const parts: string[] = [];
  if (context.identifiable) parts.push(fr ? "votre compte montre que vous êtes fonctionnaire" : "your account shows you are a public servant");
  if (context.role) parts.push(`${fr ? "rôle" : "role"}${fr ? "\u00a0:" : ":"} ${fr ? ROLE_FR[context.role] : context.role.replace("-", " ")}`);
  if (context.followers !== undefined) parts.push(fr ? `${context.followers} personnes abonnées` : `${context.followers} followers`);
  if (context.department) {
    // The department by its name in the output's language, never its id ("esdc").
    const name = ORGANIZATIONS.find((o) => o.id === context.department)?.[lang] ?? context.department;
    parts.push(`${fr ? "ministère ou organisme" : "department"}${fr ? "\u00a0:" : ":"} ${name}`);
  }
  if (context.electionPeriod) parts.push(fr ? "période électorale" : "election period");
  if (context.workHours) parts.push(fr ? "pendant les heures de travail" : "during working hours");
  if (context.governmentDevice) parts.push(fr ? "sur un appareil du gouvernement" : "on a government device");
  if (context.authorized) parts.push(fr ? "autorisé ou autorisée à publier sur ce travail" : "authorized to post about this work");
  if (context.postedAt) parts.push(`${fr ? "publié le" : "posted on"} ${context.postedAt.slice(0, 10)}`);
  return parts.join(" · ");
}

const ROLE_FR = { employee: "employé ou employée", manager: "gestionnaire", executive: "cadre", "deputy-head": "administrateur général ou administratrice générale" } as const;

function quote(s: string, lang: Lang): string {
  return lang === "fr" ? `«\u00a0${s}\u00a0»` : `“${s}”`;
}

const LEVEL_CODE: Record<Level, number> = { appropriate: 32, risky: 33, inappropriate: 31 };

function colored(style: Style, level: Level, s: string): string {
  return style.color ? `\u001b[${LEVEL_CODE[level]}m${s}\u001b[39m` : s;
}

function bold(style: Style, s: string): string {
  return style.color ? `\u001b[1m${s}\u001b[22m` : s;
}

function dim(style: Style, s: string): string {
  return style.color ? `\u001b[2m${s}\u001b[22m` : s;
}
