import { networkInterfaces } from "node:os";
import { parseArgs } from "node:util";
import { ConfigError, configuredAssess } from "../config/config.js";
import { createServer, DEFAULT_HOST, DEFAULT_PORT } from "../server/server.js";
import { defaultStorePath } from "../store/store.js";
import { openReviewStore, storeProblem } from "./store-use.js";
import { messageIn, type Message } from "../core/message.js";
import { EXIT_HELP, optionsError, UsageError } from "./errors.js";
import { chooseLang } from "./lang.js";
import { useConfig } from "./config-use.js";
import { terminalSafe } from "./terminal.js";
import { jobsOf } from "./jobs.js";
import { defaultJobs } from "../store/judge-pool.js";

export const SERVE_HELP: Message = {
  en: `Usage: impartial serve [options]
Serve the Impartial HTTP API on this machine (described at /api/openapi.json), until Ctrl-C.

Options:
  --port N          the port (default: ${DEFAULT_PORT}; 0 picks a free one)
  --host ADDRESS    the address to listen on (default: ${DEFAULT_HOST}, this machine only)
  --allow-remote    allow a --host other machines can reach (the API has no login: think twice)
  --db PATH         the review database (default: ${defaultStorePath()})
  --config FILE     the configuration file (packs, profile); the files applied are named on stderr
  --no-config       read no configuration file
  --lang en|fr      language of the messages printed here (default: your locale's)
  --jobs N          judge checks and scans on N threads, this one included; with more than one, checks are judged
                    beside this thread, which only reads and answers requests (default: scans on one thread per
                    core, ${defaultJobs()} here; checks beside this thread with more than 2 cores)

${EXIT_HELP.en}`,
  fr: `Utilisation : impartial serve [options]
Sert l'API HTTP d'Impartial sur cet ordinateur (décrite à /api/openapi.json), jusqu'à Ctrl-C.

Options :
  --port N          le port (par défaut : ${DEFAULT_PORT}; 0 en choisit un libre)
  --host ADDRESS    l'adresse d'écoute (par défaut : ${DEFAULT_HOST}, cet ordinateur seulement)
  --allow-remote    permettre un --host que d'autres ordinateurs peuvent joindre (l'API n'a pas de connexion : réfléchissez-y)
  --db PATH         la base de données d'examen (par défaut : ${defaultStorePath()})
  --config FILE     le fichier de configuration (modules, profil); les fichiers appliqués sont nommés sur la sortie d'erreur
  --no-config       ne lire aucun fichier de configuration
  --lang en|fr      langue des messages affichés ici (par défaut : celle de vos paramètres régionaux)
  --jobs N          juger les vérifications et les analyses sur N fils d'exécution, celui-ci compris; à plus d'un, les
                    vérifications sont jugées à côté de celui-ci, qui ne fait que lire les requêtes et y répondre
                    (par défaut : les analyses sur un fil par cœur, ${defaultJobs()} ici; les vérifications à côté
                    de celui-ci à plus de 2 cœurs)

${EXIT_HELP.fr}`,
};

const OPTIONS = {
  port: { type: "string" },
  host: { type: "string" },
  "allow-remote": { type: "boolean" },
  db: { type: "string" },
  config: { type: "string" },
  "no-config": { type: "boolean" },
  lang: { type: "string" },
  jobs: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export interface ServeIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Stops the server (tests); by default Ctrl-C or SIGTERM does. */
  signal?: AbortSignal;
  /** Told the URL once the server listens (tests). */
  onListening?: (url: string) => void;
  /** A module that reads every upload instead of the platform's importer (tests: one that never ends). */
  importerModule?: string;
}

export async function runServe(argv: string[], io: ServeIo): Promise<number> {
  const lang = chooseLang(argv, io.env);
  const fr = lang === "fr";
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true }));
  } catch (e) {
    throw optionsError(e, "serve", OPTIONS);
  }
  if (values.help) {
    io.stdout.write(`${SERVE_HELP[lang]}\n`);
    return 0;
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (values.port !== undefined && (!/^\d{1,5}$/.test(values.port) || port > 65535)) throw new UsageError({ en: `--port must be a port number from 0 to 65535, not "${values.port}"`, fr: `--port doit être un numéro de port de 0 à 65535, et non « ${values.port} »` });
  const host = (values.host ?? DEFAULT_HOST).replace(/^\[(.*)\]$/, "$1");
  const remote = !LOOPBACK.has(host);
  if (remote && !values["allow-remote"]) {
    throw new UsageError({
      en: `--host ${host} would let other machines reach the API, which has no login; add --allow-remote if you really mean it`,
      fr: `--host ${host} permettrait à d'autres ordinateurs de joindre l'API, qui n'a pas de connexion; ajoutez --allow-remote si c'est bien votre intention`,
    });
  }
  if (remote) {
    io.stderr.write(
      fr
        ? `impartial: avertissement : écoute sur ${host} : quiconque peut joindre cet ordinateur peut utiliser l'API et lire votre base de données d'examen\n`
        : `impartial: warning: listening on ${host}: anyone who can reach this machine can use the API and read your review database\n`,
    );
  }

  const jobs = jobsOf(values.jobs);
  let config;
  try {
    config = useConfig({ ...values, lang }, io);
    // Made here so a broken pack is a usage error before the server starts; the server makes the same judge for scans.
    configuredAssess(config);
  } catch (e) {
    if (e instanceof ConfigError) throw UsageError.from(e);
    throw e;
  }
  let store;
  const dbPath = values.db ?? defaultStorePath(io.env);
  try {
    ({ store } = openReviewStore(values.db, io, lang));
  } catch (e) {
    throw storeProblem(e, dbPath);
  }
  const server = createServer({
    host: host === "localhost" ? DEFAULT_HOST : host,
    port,
    store,
    config,
    jobs,
    ...(io.importerModule ? { importerModule: io.importerModule } : {}),
    ...(remote ? { allowedHosts: remoteHosts(host, port) } : {}),
    onError: (e) => io.stderr.write(`impartial: ${fr ? "erreur interne :" : "internal error:"} ${terminalSafe(messageIn(e, lang))}\n`),
  });
  try {
    const { url } = await server.listen();
    io.stdout.write(
      fr
        ? `Impartial est en service à l'adresse ${new URL("/fr/", url).href} (in English: ${url})\nBase de données d'examen : ${terminalSafe(dbPath, "escape")}\nCtrl-C pour arrêter.\n`
        : `Impartial is serving on ${url} (en français : ${new URL("/fr/", url).href})\nReview database: ${terminalSafe(dbPath, "escape")}\nCtrl-C to stop.\n`,
    );
    io.onListening?.(url);
    await stopped(io.signal);
    return 0;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new UsageError({ en: `port ${port} is already in use; choose another with --port N`, fr: `le port ${port} est déjà utilisé; choisissez-en un autre avec --port N` });
    if (code === "EADDRNOTAVAIL" || code === "EACCES") throw new UsageError({ en: `cannot listen on ${host}:${port} (${code})`, fr: `impossible d'écouter sur ${host}:${port} (${code})` });
    throw e;
  } finally {
    await server.close().catch(() => undefined);
    store.close();
  }
}

/** The names a remote client may put in its Host header: the address given, or every address of this machine for a wildcard. */
function remoteHosts(host: string, port: number): string[] {
  const wildcard = host === "0.0.0.0" || host === "::";
  const addresses = wildcard ? Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => a.address)) : [host];
  return addresses.map((a) => (a.includes(":") ? `[${a}]:${port}` : `${a}:${port}`));
}

function stopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal) {
      if (signal.aborted) resolve();
      else signal.addEventListener("abort", () => resolve(), { once: true });
      return;
    }
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
