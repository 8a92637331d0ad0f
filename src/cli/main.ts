import { createRequire } from "node:module";
import { messageIn, type Message } from "../core/message.js";
import { runAssess } from "./assess.js";
import { runCheck } from "./check.js";
import { runPractice } from "./practice.js";
import { runDemo } from "./demo.js";
import { runReview } from "./review.js";
import { runScan } from "./scan.js";
import { runServe } from "./serve.js";
import { runFeedback } from "./feedback.js";
import { EXIT, EXIT_HELP, UsageError } from "./errors.js";
import { didYouMean } from "./suggest.js";

/** The commands, for "did you mean" when one is mistyped. */
const COMMANDS = ["check", "scan", "review", "assess", "practice", "serve", "feedback", "rules", "packs", "explain", "demo", "help"];
import { StoreBusyError, StoreUnusableError } from "../store/store.js";
import { chooseLang, reportLang } from "./lang.js";
import { styleFor } from "./render.js";
import { terminalSafe } from "./terminal.js";
import { explainRule, listRules } from "./rules-cmd.js";
import { rulesForPack, runPacks } from "./packs-cmd.js";

const HELP: Message = {
  en: `impartial — check social media activity against the Government of Canada guidance for public servants.
Advice, not a ruling. Nothing you type or import leaves your machine.

Usage:
  impartial check [TEXT] [options]   judge a draft (post, comment, reply, share, like, follow, profile)
  impartial check --jsonl            judge JSON lines from stdin, one result per line
  impartial scan EXPORT [options]    review your history: a platform's data export (zip, folder or file)
  impartial review [filters]         list, triage and export what scan found (see review --help)
  impartial assess [options]         political activity self-assessment (PSC factors): low, moderate or high
  impartial rules [--lang fr] [--json]  list every rule with its category, level and guidance
  impartial explain RULE [--lang fr] show one rule, what it cites and its examples
  impartial practice [ID] [--lang fr] [--json]  practise the guidance's scenarios, scored by the engine
  impartial packs [validate FILE]    list the department packs, or check a pack file
  impartial serve [--port N]         serve the HTTP API on 127.0.0.1:4321 (see serve --help)
  impartial feedback list|export|delete  the findings you reported as wrong, kept on this computer (see impartial feedback --help)
  impartial demo                     a short bilingual demonstration
  impartial --version | --help

Without --lang, impartial speaks your locale's language (LC_ALL, LC_MESSAGES, LANG).
Run "impartial check --help", "impartial scan --help", "impartial review --help" or "impartial assess --help" for their options.

${EXIT_HELP.en}`,
  fr: `impartial — vérifiez vos activités dans les médias sociaux au regard des lignes directrices du gouvernement du Canada pour les fonctionnaires.
Des conseils, pas une décision. Rien de ce que vous tapez ou importez ne quitte votre ordinateur.

Utilisation :
  impartial check [TEXTE] [options]  juger une ébauche (publication, commentaire, réponse, partage, mention J'aime, abonnement, profil)
  impartial check --jsonl            juger des lignes JSON lues sur l'entrée standard, un résultat par ligne
  impartial scan EXPORTATION [options]  examiner votre historique : l'exportation de données d'une plateforme (zip, dossier ou fichier)
  impartial review [filtres]         lister, trier et exporter ce que scan a trouvé (voir review --help)
  impartial assess [options]         autoévaluation des activités politiques (facteurs de la CFP) : risque faible, modéré ou élevé
  impartial rules [--lang fr] [--json]  lister chaque règle avec sa catégorie, son niveau et ses lignes directrices
  impartial explain RÈGLE [--lang fr]  montrer une règle, ce qu'elle cite et ses exemples
  impartial practice [ID] [--lang fr] [--json]  s'exercer avec les mises en situation des lignes directrices, notés par le moteur
  impartial packs [validate FICHIER]  lister les modules ministériels ou vérifier un fichier de module
  impartial serve [--port N]         servir l'API HTTP sur 127.0.0.1:4321 (voir serve --help)
  impartial feedback list|export|delete  les constats que vous avez signalés comme erronés, conservés sur cet ordinateur (voir impartial feedback --help)
  impartial demo                     une courte démonstration bilingue
  impartial --version | --help

Sans --lang, impartial parle la langue de vos paramètres régionaux (LC_ALL, LC_MESSAGES, LANG).
Lancez « impartial check --help », « impartial scan --help », « impartial review --help » ou « impartial assess --help » pour leurs options.

${EXIT_HELP.fr}`,
};

function version(): string {
  const require = createRequire(import.meta.url);
  return (require("../../../package.json") as { version: string }).version;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
  switch (command) {
    case undefined:
    case "--help":
    case "-h":
    case "help":
      process.stdout.write(`${HELP[chooseLang(rest, io.env)]}\n`);
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
    case "feedback":
      return runFeedback(rest, io);
    case "rules": {
      const packAt = rest.indexOf("--pack");
      if (packAt !== -1 && (rest[packAt + 1] === undefined || rest[packAt + 1]!.startsWith("--"))) throw new UsageError({ en: 'name a pack: impartial rules --pack ID (see "impartial packs")', fr: "nommez un module : impartial rules --pack ID (voir « impartial packs »)" });
      const json = rest.includes("--json");
      const lang = chooseLang(rest, io.env);
      process.stdout.write(`${packAt === -1 ? listRules(lang, json) : rulesForPack(rest[packAt + 1]!, lang, { json })}\n`);
      return 0;
    }
    case "packs":
      return runPacks(rest, io);
    case "explain": {
      const lang = chooseLang(rest, io.env);
      const id = rest.find((a, i) => !a.startsWith("--") && rest[i - 1] !== "--lang");
      if (!id) throw new UsageError({ en: 'name a rule: impartial explain RULE (see "impartial rules")', fr: "nommez une règle : impartial explain RÈGLE (voir « impartial rules »)" });
      process.stdout.write(`${explainRule(id, lang)}\n`);
      return 0;
    }
    case "demo":
      process.stdout.write(`${runDemo(rest.includes("--no-color") ? { color: false } : styleFor(process.stdout, process.env))}\n`);
      return 0;
    default:
    {
      const guess = didYouMean(command, COMMANDS);
      throw new UsageError({ en: `unknown command "${command}".${guess.en} Run "impartial --help".`, fr: `commande inconnue « ${command} ».${guess.fr} Lancez « impartial --help ».` });
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const lang = reportLang(process.argv.slice(2), process.env);
    if (e instanceof UsageError) {
      process.stderr.write(`impartial: ${terminalSafe(messageIn(e, lang))}\n`);
      process.exitCode = EXIT.usage;
    } else if (e instanceof StoreUnusableError || e instanceof StoreBusyError) {
      process.stderr.write(`impartial: ${terminalSafe(messageIn(e, lang))}\n`);
      process.exitCode = e instanceof StoreBusyError ? EXIT.tempFail : EXIT.ioErr;
    } else {
      // A bug of ours: say so plainly, without a stack trace unless asked for.
      const fr = lang === "fr";
      const details = process.env.IMPARTIAL_DEBUG ? (e as Error).stack : fr ? "Définissez IMPARTIAL_DEBUG=1 pour voir les détails." : "Set IMPARTIAL_DEBUG=1 to see the details.";
      process.stderr.write(`impartial: ${fr ? "erreur interne :" : "internal error:"} ${terminalSafe(`${messageIn(e, lang)}\n${details}`)}\n`);
      process.exitCode = EXIT.software;
    }
  },
);
