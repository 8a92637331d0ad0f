import { networkInterfaces } from "node:os";
import { parseArgs } from "node:util";
import { ConfigError, configuredAssess, loadConfig } from "../config/config.js";
import { createServer, DEFAULT_HOST, DEFAULT_PORT } from "../server/server.js";
import { defaultStorePath, openStore, StoreError } from "../store/store.js";
import { UsageError } from "./errors.js";

export const SERVE_HELP = `Usage: impartial serve [options]
Serve the Impartial HTTP API on this machine (described at /api/openapi.json), until Ctrl-C.

Options:
  --port N          the port (default: ${DEFAULT_PORT}; 0 picks a free one)
  --host ADDRESS    the address to listen on (default: ${DEFAULT_HOST}, this machine only)
  --allow-remote    allow a --host other machines can reach (the API has no login: think twice)
  --db PATH         the review database (default: ${defaultStorePath()})
  --config FILE     the configuration file (packs, profile)`;

const OPTIONS = {
  port: { type: "string" },
  host: { type: "string" },
  "allow-remote": { type: "boolean" },
  db: { type: "string" },
  config: { type: "string" },
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
}

export async function runServe(argv: string[], io: ServeIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\nRun "impartial serve --help" for the options.`);
  }
  if (values.help) {
    io.stdout.write(`${SERVE_HELP}\n`);
    return 0;
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (values.port !== undefined && (!/^\d{1,5}$/.test(values.port) || port > 65535)) throw new UsageError(`--port must be a port number from 0 to 65535, not "${values.port}"`);
  const host = (values.host ?? DEFAULT_HOST).replace(/^\[(.*)\]$/, "$1");
  const remote = !LOOPBACK.has(host);
  if (remote && !values["allow-remote"]) {
    throw new UsageError(`--host ${host} would let other machines reach the API, which has no login; add --allow-remote if you really mean it`);
  }
  if (remote) io.stderr.write(`impartial: warning: listening on ${host}: anyone who can reach this machine can use the API and read your review database\n`);

  let judge;
  try {
    judge = configuredAssess(loadConfig({ cwd: process.cwd(), env: io.env, ...(values.config !== undefined ? { configPath: values.config } : {}) }));
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
  let store;
  const dbPath = values.db ?? defaultStorePath(io.env);
  try {
    store = openStore(dbPath);
  } catch (e) {
    if (e instanceof StoreError) throw new UsageError(e.message);
    throw e;
  }
  const server = createServer({
    host: host === "localhost" ? DEFAULT_HOST : host,
    port,
    store,
    assess: judge,
    ...(remote ? { allowedHosts: remoteHosts(host, port) } : {}),
    onError: (e) => io.stderr.write(`impartial: internal error: ${(e as Error).message}\n`),
  });
  try {
    const { url } = await server.listen();
    io.stdout.write(
      `Impartial is serving on ${url} (en français : ${new URL("/fr/", url).href})\n` +
        `Review database: ${dbPath}\n` +
        "Ctrl-C to stop.\n",
    );
    io.onListening?.(url);
    await stopped(io.signal);
    return 0;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new UsageError(`port ${port} is already in use; choose another with --port N`);
    if (code === "EADDRNOTAVAIL" || code === "EACCES") throw new UsageError(`cannot listen on ${host}:${port} (${code})`);
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
