import { createRequire } from "node:module";
import { isLang } from "../core/model.js";
import { runAssess } from "./assess.js";
import { runCheck } from "./check.js";
import { runPractice } from "./practice.js";
import { runDemo } from "./demo.js";
import { runReview } from "./review.js";
import { runScan } from "./scan.js";
import { runServe } from "./serve.js";
import { EXIT, UsageError } from "./errors.js";
import { styleFor } from "./render.js";
import { explainRule, listRules } from "./rules-cmd.js";
import { rulesForPack, runPacks } from "./packs-cmd.js";

const HELP = `impartial — check social media activity against the Government of Canada guidance for public servants.
Advice, not a ruling. Nothing you type or import leaves your machine.

Usage:
  impartial check [TEXT] [options]   judge a draft (post, comment, reply, share, like, follow, profile)
  impartial check --jsonl            judge JSON lines from stdin (DESIGN.md batch contract)
  impartial scan EXPORT [options]    review your history: a platform's data export (zip, folder or file)
  impartial review [filters]         list, triage and export what scan found (see review --help)
  impartial assess [options]         political activity self-assessment (PSC factors): low, moderate or high
  impartial rules [--lang fr] [--json]  list every rule with its category, level and guidance
  impartial explain RULE [--lang fr] show one rule, what it cites and its examples
  impartial practice [ID] [--lang fr] [--json]  practise the guidance's scenarios, scored by the engine
  impartial serve [--port N]         serve the HTTP API on 127.0.0.1:4321 (see serve --help)
  impartial demo                     a short bilingual demonstration
  impartial --version | --help

Run "impartial check --help", "impartial scan --help", "impartial review --help" or "impartial assess --help" for their options.`;

function version(): string {
  const require = createRequire(import.meta.url);
  return (require("../../../package.json") as { version: string }).version;
}

function langFlag(args: string[]): "en" | "fr" {
  const i = args.indexOf("--lang");
  if (i === -1) return "en";
  const v = args[i + 1];
  if (!isLang(v)) throw new UsageError(`--lang must be en or fr, not "${v ?? ""}"`);
  return v;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
  switch (command) {
    case undefined:
    case "--help":
    case "-h":
    case "help":
      process.stdout.write(`${HELP}\n`);
      return command === undefined ? EXIT.usage : 0;
    case "--version":
    case "-v":
      process.stdout.write(`${version()}\n`);
      return 0;
    case "check":
      return runCheck(rest, io);
    case "scan":
      return runScan(rest, io);
    case "review":
      return runReview(rest, io);
    case "assess":
      return runAssess(rest, io);
    case "practice":
      return runPractice(rest, io);
    case "serve":
      return runServe(rest, io);
    case "rules": {
      const packAt = rest.indexOf("--pack");
      if (packAt !== -1 && (rest[packAt + 1] === undefined || rest[packAt + 1]!.startsWith("--"))) throw new UsageError('name a pack: impartial rules --pack ID (see "impartial packs")');
      const json = rest.includes("--json");
      process.stdout.write(`${packAt === -1 ? listRules(langFlag(rest), json) : rulesForPack(rest[packAt + 1]!, langFlag(rest), { json })}\n`);
      return 0;
    }
    case "packs":
      return runPacks(rest, io);
    case "explain": {
      const id = rest.find((a, i) => !a.startsWith("--") && rest[i - 1] !== "--lang");
      if (!id) throw new UsageError('name a rule: impartial explain RULE (see "impartial rules")');
      process.stdout.write(`${explainRule(id, langFlag(rest))}\n`);
      return 0;
    }
    case "demo":
      process.stdout.write(`${runDemo(rest.includes("--no-color") ? { color: false } : styleFor(process.stdout, process.env))}\n`);
      return 0;
    default:
      throw new UsageError(`unknown command "${command}". Run "impartial --help".`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`impartial: ${e.message}\n`);
      process.exitCode = EXIT.usage;
    } else {
      // A bug of ours: say so plainly, without a stack trace unless asked for.
      process.stderr.write(`impartial: internal error: ${(e as Error).message}\n${process.env.IMPARTIAL_DEBUG ? (e as Error).stack : "Set IMPARTIAL_DEBUG=1 to see the details."}\n`);
      process.exitCode = EXIT.software;
    }
  },
);
