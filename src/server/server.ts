import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { configuredAssess, type LoadedConfig } from "../config/config.js";
import { assess as coreAssess, InputError, type AssessOptions } from "../core/engine.js";
import { judgedByCalendar } from "../core/calendar.js";
import { messageIn, type Message } from "../core/message.js";
import { CATEGORIES, isLang, type Activity, type Assessment, type Category, type Lang } from "../core/model.js";
import { AnswersError, parseAnswers, selfAssess } from "../core/self-assessment.js";
import { idOrNull, parseActivity } from "../core/validate.js";
import { PLATFORMS, type Platform } from "../importers/types.js";
import { DECISIONS, REVIEW_STATES, SORTS, StoreError, type Decision, type ReviewFilter, type ReviewRow, type ReviewSelection, type ReviewState, type ReviewStore, type Sort } from "../store/store.js";
import { decisionsFor, type ItemGroup } from "../core/remedies.js";
import { ACTIONS, type Action } from "../core/model.js";
import { checklistCsv, checklistHtml, reportCsv, reportHtml, todoCsv, todoHtml } from "./downloads.js";
import { answerLang, HttpError, RawJson, readJsonBody, requireJson, sendDownload, sendJson, textOf, type Download } from "./http.js";
import { CheckThreads } from "./check-threads.js";
import { defaultJobs, type CheckAnswer, type CheckJob } from "../store/judge-pool.js";
import { inLanguage, judgeVersion } from "../store/judge.js";
import { openApiDocument } from "./openapi.js";
import { feedbackRoutes } from "./feedback-routes.js";
import { ScanJobs } from "./scan-jobs.js";
import { DEFAULT_WEB_ROOT, isPagePath, serveStatic } from "./static.js";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 4321;
/** How many items one batch request may hold. */
export const MAX_BATCH_ITEMS = 1000;
/**
 * How many characters of text (texts and the texts they answer) one batch request may hold together: a thousand
 * posts of 500 characters. Judging is done on the event loop (on the judging workers, with cores to spare), so this
 * bounds how long one request can hold it.
 */
export const MAX_BATCH_TEXT_CHARS = 500_000;
const MAX_REVIEW_LIMIT = 1000;
const SCAN_PATH = "/api/scan";
const SCAN_JOB_PATH = /^\/api\/scan\/([^/]{1,100})$/;
/** How long any request but an upload may take to arrive whole. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** How long an upload may go without a byte arriving; its total time is not bounded, as a 2 GiB export may take minutes. */
export const DEFAULT_UPLOAD_IDLE_TIMEOUT_MS = 60_000;
/**
 * The slowest an upload may arrive on average once its grace period is over: far below any real link (a 2 GiB
 * export at this pace would take 18 hours), far above a client that sends a byte now and then to hold the one scan slot.
 */
export const DEFAULT_UPLOAD_MIN_BYTES_PER_SECOND = 32 * 1024;
export const DEFAULT_UPLOAD_GRACE_MS = 20_000;
/** How long a request's headers may take to arrive whole. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;

export interface ServerOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The review database behind /api/review; without it those routes answer 503. */
  store?: ReviewStore;
  /** Further `host:port` values the Host header may carry (only for a deliberately remote server). */
  allowedHosts?: readonly string[];
  /** The judge behind /api/check (the configured packs); the built-in engine by default. */
  assess?: (activity: Activity, options?: AssessOptions) => Assessment;
  /** The largest export POST /api/scan accepts, in bytes (2 GiB by default). */
  maxUploadBytes?: number;
  /** Where uploads are written, each in its own private folder deleted when its job ends (the system's temporary folder by default). */
  uploadRoot?: string;
  /** The built site (dist/public by default): served for every GET outside /api/. */
  webRoot?: string;
  /** How long a request other than an upload may take to arrive whole (30 s by default). */
  requestTimeoutMs?: number;
  /** How long an upload may stall without a byte arriving (60 s by default). */
  uploadIdleTimeoutMs?: number;
  /** The slowest an upload may arrive on average, once `uploadGraceMs` have passed (32 KiB/s by default). */
  uploadMinBytesPerSecond?: number;
  /** How long an upload may arrive at any pace before its average rate is checked (20 s by default). */
  uploadGraceMs?: number;
  /** How long a request's headers may take to arrive whole (10 s by default). */
  headersTimeoutMs?: number;
  /** The configuration (packs) the judge is made from: given, scans are judged with it too, in their worker thread. */
  config?: LoadedConfig;
  /** A module whose default export reads every upload instead of the platform's importer (tests: one that never ends). */
  importerModule?: string;
  /** The most memory (MB of heap) a scan's thread may take before it is stopped: 2,048 by default. */
  maxScanMemoryMb?: number;
  /**
   * Threads that judge POST /api/check and each scan, this one included: with more than one, checks are judged on a
   * pool of that many less one (started at the first check), and this thread only reads and answers requests. A
   * judge given as `assess` is not sent to other threads: checks are then judged here. By default scans judge on one
   * thread per core, and checks on a pool of the cores less two (none on 2 cores).
   */
  jobs?: number;
  /** Told of failures that are bugs of ours; the client only hears "internal error". */
  onError?: (error: unknown) => void;
}

export interface ImpartialServer {
  listen(): Promise<{ url: string }>;
  close(): Promise<void>;
}

export interface Request {
  req: IncomingMessage;
  url: URL;
}

export type Answer = [status: number, body: unknown, headers?: Record<string, string>] | { download: Download };

export interface Route {
  /** The method it accepts, or several (the handler tells them apart). */
  method: "GET" | "POST" | readonly ("GET" | "POST" | "DELETE")[];
  handle(r: Request): Promise<Answer> | Answer;
}

export function createServer(options: ServerOptions = {}): ImpartialServer {
  const host = options.host ?? DEFAULT_HOST;
  const judge = options.assess ?? (options.config ? configuredAssess(options.config) : coreAssess);
  const version = judgeVersion(judge);
  // A check without an election period said is judged by the calendar, as of its postedAt or the moment it arrives.
  const checkNow = judgedByCalendar(judge, options.config?.config.profile);
  // Checks go to a pool only with cores to spare: by default one core is left to whoever sends them (the browser, a
  // script) beside the one that answers, so a 2-core machine judges here (a worker there made single requests 25%
  // slower and 8 at once no faster: docs/measurements.md).
  const checkWorkers = options.assess ? 0 : options.jobs !== undefined ? options.jobs - 1 : defaultJobs() - 2;
  const checks = new CheckThreads(checkNow, Math.max(0, checkWorkers), { packs: [], ...(options.config ? { loaded: options.config } : {}) });
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();
  const scanJobs = options.store ? new ScanJobs({ store: options.store, ...(options.config ? { config: options.config } : {}), ...(options.importerModule ? { importerModule: options.importerModule } : {}), ...(options.maxScanMemoryMb !== undefined ? { maxScanMemoryMb: options.maxScanMemoryMb } : {}), ...(options.maxUploadBytes !== undefined ? { maxUploadBytes: options.maxUploadBytes } : {}), ...(options.uploadRoot !== undefined ? { uploadRoot: options.uploadRoot } : {}), ...(options.onError ? { onError: options.onError } : {}), ...(options.jobs !== undefined ? { jobs: options.jobs } : {}) }) : undefined;
  const scanJobRoute: Route = {
    // DELETE cancels a running scan: it stops reading, keeps what it stored, and the answer is the job once ended.
    method: ["GET", "DELETE"] as const,
    handle: async ({ req, url }) => {
      const id = SCAN_JOB_PATH.exec(url.pathname)?.[1] ?? "";
      const job = req.method === "DELETE" ? await requireScanJobs(scanJobs).cancelJob(id) : requireScanJobs(scanJobs).get(id);
      if (!job) throw new HttpError(404, { en: `no scan job "${id}" on this server; a job is known from its upload until the server stops`, fr: `aucune analyse « ${id} » sur ce serveur ; une analyse est connue de son téléversement jusqu'à l'arrêt du serveur` });
      return [200, job];
    },
  };

  const routes: Record<string, Route> = {
    "/api/openapi.json": { method: "GET", handle: () => [200, openApiDocument()] },
    "/api/check": {
      method: "POST",
      handle: async ({ req, url }) => {
        const lang = langOf(url);
        const body = await readJsonBody(req);
        const id = idOrNull(body);
        let answer: CheckAnswer;
        try {
          answer = await checks.answer({ id, activity: parseActivity(body), ...(lang ? { lang } : {}) });
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          answer = { refused: e.text };
        }
        if ("refused" in answer) return [400, { id, error: answer.refused[answerLang(req.url ?? "/", req.headers["accept-language"])] }];
        return [200, new RawJson("line" in answer ? answer.line : answer.bytes)];
      },
    },
    "/api/check/batch": {
      method: "POST",
      handle: async ({ req, url }) => {
        const lang = langOf(url);
        const body = await readJsonBody(req);
        const items = (body as { items?: unknown } | null)?.items;
        if (typeof body !== "object" || body === null || Array.isArray(body) || !Array.isArray(items)) {
          throw new HttpError(400, { en: 'send {"items": [...]}: a JSON object whose "items" is a list of inputs of the batch contract', fr: 'envoyez {"items": [...]} : un objet JSON dont « items » est une liste d\'entrées du contrat de lot' });
        }
        if (items.length > MAX_BATCH_ITEMS) throw new HttpError(400, { en: `"items" holds ${items.length} inputs; one batch may hold at most ${MAX_BATCH_ITEMS}: split it`, fr: `« items » contient ${items.length} entrées ; un lot en contient au plus ${MAX_BATCH_ITEMS} : divisez-le` });
        const chars = batchTextLength(items);
        if (chars > MAX_BATCH_TEXT_CHARS) {
          throw new HttpError(413, {
            en: `the texts of "items" hold ${chars} characters together; one batch may hold at most ${MAX_BATCH_TEXT_CHARS}: split it into smaller batches`,
            fr: `les textes de « items » comptent ${chars} caractères en tout ; un lot en compte au plus ${MAX_BATCH_TEXT_CHARS} : divisez-le en lots plus petits`,
          });
        }
        // Each item's result line, as JSON.stringify would write it: the items the engine can read are judged
        // together (on the pool once it has started), and those it refuses say why, with their place in the batch.
        const errorLang = answerLang(req.url ?? "/", req.headers["accept-language"]);
        const ids = items.map(idOrNull);
        const answers = new Array<CheckAnswer>(items.length);
        const jobs: CheckJob[] = [];
        const places: number[] = [];
        items.forEach((item, index) => {
          try {
            jobs.push({ id: ids[index]!, activity: parseActivity(item), ...(lang ? { lang } : {}) });
            places.push(index);
          } catch (e) {
            if (!(e instanceof InputError)) throw e;
            answers[index] = { refused: e.text };
          }
        });
        (await checks.answerAll(jobs)).forEach((answer, k) => (answers[places[k]!] = answer));
        const lines = answers.map((a, index) => ("refused" in a ? JSON.stringify({ id: ids[index], error: a.refused[errorLang], index }) : "line" in a ? a.line : a.bytes));
        return [200, new RawJson(jsonList("results", lines))];
      },
    },
    "/api/assess": {
      method: "POST",
      handle: async ({ req, url }) => {
        const lang = langOf(url) ?? "en";
        const body = await readJsonBody(req);
        try {
          const parsed = parseAnswers(JSON.stringify(body));
          const result = selfAssess(parsed.answers, { lang, ...(parsed.text !== undefined ? { text: parsed.text } : {}), ...(parsed.action ? { action: parsed.action } : {}) });
          return [200, { ...result, answers: parsed.answers }];
        } catch (e) {
          if (e instanceof AnswersError) return [400, { error: e.problemsIn(lang).join("; "), problems: e.problemsIn(lang) }];
          throw e;
        }
      },
    },
    "/api/scan": {
      method: "POST",
      handle: async ({ req }) => {
        const job = await requireScanJobs(scanJobs).start(req);
        return [202, { job }, { Location: `${SCAN_PATH}/${job.id}` }];
      },
    },
    "/api/review": {
      method: "GET",
      handle: ({ url }) => {
        // lang: the language of the items' messages (each is judged again in its stored context when it was
        // stored in the other one) and of an error answer; without it, the items are as stored.
        const lang = langOf(url);
        const store = requireStore(options.store);
        const filter = reviewFilter(url.searchParams);
        const counted = { ...filter };
        delete counted.limit;
        delete counted.offset;
        delete counted.sort;
        const counts = store.counts(counted);
        const rows = store.query(filter);
        // left: what still needs attention in the whole history (undecided, risky or worse), whatever the filter.
        return [200, { total: counts.total, counts, left: store.count({ attention: true }), items: (lang ? rows.map((r) => inLanguage(r, lang, judge, version)) : rows).map(reviewItem) }];
      },
    },
    "/api/review/report.html": downloadRoute(reportHtml, true),
    "/api/review/report.csv": downloadRoute(reportCsv, true),
    "/api/review/checklist.html": downloadRoute(checklistHtml),
    "/api/review/checklist.csv": downloadRoute(checklistCsv),
    "/api/review/todo.html": downloadRoute(todoHtml),
    "/api/review/todo.csv": downloadRoute(todoCsv),
    "/api/review/forget": {
      method: "POST",
      handle: async ({ req }) => {
        const store = requireStore(options.store);
        const { platform } = forgetOf(await readJsonBody(req));
        if (scanJobs?.busyNow) throw new HttpError(409, { en: "a scan is running: wait for it to finish before deleting what is stored", fr: "une analyse est en cours : attendez qu'elle se termine avant de supprimer ce qui est conservé" });
        try {
          return [200, { deleted: store.forget(platform), platform: platform ?? null }];
        } catch (e) {
          // The items are deleted, but another program holding the file open kept every trace from being cleared.
          if (e instanceof StoreError) throw new HttpError(409, textOf(e));
          throw e;
        }
      },
    },
    "/api/review/decision": {
      method: "POST",
      handle: async ({ req }) => {
        const store = requireStore(options.store);
        const { platform, id, decision, note } = decisionOf(await readJsonBody(req));
        try {
          if (decision === "clear") store.clearDecision(platform, id);
          else store.setDecision(platform, id, decision, note);
        } catch (e) {
          if (e instanceof StoreError) throw new HttpError(/^no item/.test(e.message) ? 404 : 400, textOf(e));
          throw e;
        }
        const row = store.getItem(platform, id);
        if (!row) throw new HttpError(404, { en: `no item ${platform}/${id} in the review database`, fr: `aucun élément ${platform}/${id} dans la base de données d'examen` });
        return [200, { ...reviewItem(row), left: store.count({ attention: true }) }];
      },
    },
    // One decision for many items: the keys given, or everything a filter selects ({"filter": {"level": "risky", …}}).
    "/api/review/bulk": {
      method: "POST",
      handle: async ({ req }) => {
        const store = requireStore(options.store);
        const { target, decision, note } = bulkOf(await readJsonBody(req));
        const change = storeCall(() => store.decideMany(target, decision, { ...(note !== undefined ? { note } : {}), description: bulkDescription(target, decision) }));
        return [200, { change, left: store.count({ attention: true }) }];
      },
    },
    "/api/review/undo": {
      method: "POST",
      handle: async ({ req }) => {
        const store = requireStore(options.store);
        const body = await readJsonBody(req);
        const o = objectOf(body, { en: 'send {} to undo the latest change, or {"change": 12}', fr: 'envoyez {} pour annuler le dernier changement, ou {"change": 12}' }, ["change"]);
        if (o.change !== undefined && !(Number.isSafeInteger(o.change) && (o.change as number) > 0)) throw new HttpError(400, { en: '"change" must be a change\'s number', fr: "« change » doit être le numéro d'un changement" });
        const undone = storeCall(() => store.undo(o.change as number | undefined));
        if (!undone) throw new HttpError(409, { en: "there is no change to undo", fr: "il n'y a aucun changement à annuler" });
        return [200, { ...undone, left: store.count({ attention: true }) }];
      },
    },
    "/api/review/changes": {
      method: "GET",
      handle: () => [200, { changes: requireStore(options.store).changes(50) }],
    },
    "/api/review/rules": {
      method: ["GET", "POST"] as const,
      handle: async ({ req }) => {
        const store = requireStore(options.store);
        if (req.method === "GET") return [200, { rules: store.rules() }];
        const o = objectOf(await readJsonBody(req), { en: 'send {"filter": {"action": "like", "before": "2019-01-01"}, "decision": "delete", "note": "…"}', fr: 'envoyez {"filter": {"action": "like", "before": "2019-01-01"}, "decision": "delete", "note": "…"}' }, ["filter", "decision", "note", "delete"]);
        if (o.delete !== undefined) {
          if (!Number.isSafeInteger(o.delete)) throw new HttpError(400, { en: '"delete" must be a rule\'s number', fr: "« delete » doit être le numéro d'une règle" });
          if (!store.deleteRule(o.delete as number)) throw new HttpError(404, { en: `no rule ${String(o.delete)}`, fr: `aucune règle ${String(o.delete)}` });
          return [200, { rules: store.rules() }];
        }
        const decision = decisionValue(o.decision);
        const selection = selectionOfJson(o.filter, "filter");
        const note = noteOf(o.note);
        const added = storeCall(() => store.addRule(selection, decision, note));
        return [200, { ...added, rules: store.rules(), left: store.count({ attention: true }) }];
      },
    },
    // The to-do list (what was decided, but keep), with the person's ticks; POST {"platform", "id", "done": true} ticks one.
    "/api/review/todo": {
      method: ["GET", "POST"] as const,
      handle: async ({ req, url }) => {
        const store = requireStore(options.store);
        if (req.method === "GET") {
          const platform = url.searchParams.get("platform");
          if (platform !== null && !(PLATFORMS as readonly string[]).includes(platform)) throw new HttpError(400, { en: `platform must be one of ${PLATFORMS.join(", ")}`, fr: `platform doit être l'une des valeurs ${PLATFORMS.join(", ")}` });
          return [200, store.todo(platform === null ? {} : { platform: platform as Platform })];
        }
        const o = objectOf(await readJsonBody(req), { en: 'send {"platform": "x", "id": "…", "done": true}', fr: 'envoyez {"platform": "x", "id": "…", "done": true}' }, ["platform", "id", "done"]);
        if (typeof o.platform !== "string" || !(PLATFORMS as readonly string[]).includes(o.platform)) throw new HttpError(400, { en: `"platform" must be one of ${PLATFORMS.join(", ")}`, fr: `« platform » doit être l'une des valeurs ${PLATFORMS.join(", ")}` });
        if (typeof o.id !== "string" || !o.id) throw new HttpError(400, { en: '"id" must be the item\'s id', fr: "« id » doit être l'identifiant de l'élément" });
        if (typeof o.done !== "boolean") throw new HttpError(400, { en: '"done" must be true or false', fr: "« done » doit être true ou false" });
        const key = { platform: o.platform as Platform, id: o.id };
        storeCall(() => store.setDone([key], o.done as boolean));
        const todo = store.todo();
        return [200, { done: todo.done, total: todo.total, entry: todo.entries.find((e) => e.platform === key.platform && e.id === key.id) ?? null }];
      },
    },
    ...feedbackRoutes(() => requireStore(options.store)),
  };

  /** A file to save; with `selects`, the route takes the review's filters and the file covers what they select. */
  function downloadRoute(make: (store: ReviewStore, lang: Lang, selection: ReviewSelection, relang: (row: ReviewRow) => ReviewRow) => Download, selects = false): Route {
    return {
      method: "GET",
      handle: ({ url }) => {
        const lang = langOf(url) ?? "en";
        let selection: ReviewSelection = {};
        if (selects) selection = reportSelection(url.searchParams, url.pathname);
        else for (const key of url.searchParams.keys()) if (key !== "lang") throw new HttpError(400, { en: `"${key}" is not a parameter of ${url.pathname}; it takes lang (en or fr) only`, fr: `« ${key} » n'est pas un paramètre de ${url.pathname} ; seul lang (en ou fr) est accepté` });
        return { download: make(requireStore(options.store), lang, selection, (row) => inLanguage(row, lang, judge, version)) };
      },
    };
  }

  function checkRequest(req: IncomingMessage): void {
    const hostHeader = (req.headers.host ?? "").toLowerCase();
    // A page on another name that resolves here (DNS rebinding) sends its own name: refused.
    if (!allowedHosts.has(hostHeader)) {
      const hosts = [...allowedHosts].join(", ");
      throw new HttpError(421, { en: `this server answers only to ${hosts}, not to the host "${req.headers.host ?? ""}"`, fr: `ce serveur ne répond qu'à ${hosts}, et non à l'hôte « ${req.headers.host ?? ""} »` });
    }
    if (req.method === "GET" || req.method === "HEAD") return;
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin.toLowerCase())) throw new HttpError(403, { en: `requests from another site are refused (Origin "${origin}")`, fr: `les requêtes d'un autre site sont refusées (Origin « ${origin} »)` });
    const site = req.headers["sec-fetch-site"];
    if (site === "cross-site" || site === "same-site") throw new HttpError(403, { en: "requests from another site are refused", fr: "les requêtes d'un autre site sont refusées" });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      checkRequest(req);
      const url = new URL(req.url ?? "/", "http://localhost");
      limitArrival(req, res, req.method === "POST" && url.pathname === SCAN_PATH);
      // The upload route reads multipart/form-data itself; every other POST takes JSON only.
      if (req.method === "POST" && url.pathname !== SCAN_PATH) requireJson(req);
      if (isPagePath(url.pathname)) {
        if (req.method !== "GET" && req.method !== "HEAD") throw new HttpError(405, { en: `${url.pathname} is a page: it accepts GET only, not ${req.method ?? "?"}`, fr: `${url.pathname} est une page : elle n'accepte que GET, et non ${req.method ?? "?"}` }, { Allow: "GET, HEAD" });
        await serveStatic(res, options.webRoot ?? DEFAULT_WEB_ROOT, url.pathname, req.method);
        return;
      }
      const route = routes[url.pathname] ?? (SCAN_JOB_PATH.test(url.pathname) ? scanJobRoute : undefined);
      if (!route) throw new HttpError(404, { en: `no such route: ${url.pathname}; the routes are described at /api/openapi.json`, fr: `aucune route ${url.pathname} ; les routes sont décrites à /api/openapi.json` });
      const accepted: readonly string[] = typeof route.method === "string" ? [route.method] : route.method;
      if (!accepted.includes(req.method ?? "")) throw new HttpError(405, { en: `${url.pathname} accepts ${accepted.join(" or ")} only, not ${req.method ?? "?"}`, fr: `${url.pathname} n'accepte que ${accepted.join(" ou ")}, et non ${req.method ?? "?"}` }, { Allow: accepted.join(", ") });
      const answer = await route.handle({ req, url });
      if ("download" in answer) await sendDownload(res, answer.download);
      else sendJson(res, answer[0], answer[1], answer[2]);
    } catch (e) {
      const lang = answerLang(req.url, req.headers["accept-language"]);
      if (e instanceof HttpError) {
        sendJson(res, e.status, { error: messageIn(e, lang) }, e.headers);
        return;
      }
      options.onError?.(e);
      sendJson(res, 500, { error: lang === "fr" ? "erreur interne : le serveur n'a pas pu répondre à cette requête" : "internal error: the server could not answer this request" });
    }
  }

  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  // Node's requestTimeout would cut off a large upload after a fixed time however fast it flows, so it is off and
  // limitArrival bounds each request instead. Node checks headersTimeout only every connectionsCheckingInterval
  // (30 s by default, which let slow headers live 35-40 s): checked every second, they are cut within a second of it.
  const server = createHttpServer({ requestTimeout: 0, headersTimeout, connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(headersTimeout / 4))) }, (req, res) => {
    void handle(req, res);
  });

  /** A client that stops mid-request is not left holding a socket: an upload may not stall, any other request may not linger. */
  function limitArrival(req: IncomingMessage, res: ServerResponse, upload: boolean): void {
    if (req.complete) return;
    const cutOff = (why?: Message) => {
      if (req.complete) return;
      const late =
        why ??
        (upload
          ? { en: "the upload stalled: no data arrived for too long. Try again", fr: "le téléversement s'est bloqué : aucune donnée n'est arrivée depuis trop longtemps. Réessayez" }
          : { en: "the request took too long to arrive", fr: "la requête a mis trop de temps à arriver" });
      sendJson(res, 408, { error: late[answerLang(req.url, req.headers["accept-language"])] }, { Connection: "close" });
      // A second later (time for the answer to be read), the request ends with an error so its handler lets go.
      setTimeout(() => {
        req.destroy(new Error("request timed out"));
        req.socket.destroy();
      }, 1000).unref();
    };
    if (upload) {
      req.setTimeout(options.uploadIdleTimeoutMs ?? DEFAULT_UPLOAD_IDLE_TIMEOUT_MS, () => cutOff());
      const minRate = options.uploadMinBytesPerSecond ?? DEFAULT_UPLOAD_MIN_BYTES_PER_SECOND;
      const grace = options.uploadGraceMs ?? DEFAULT_UPLOAD_GRACE_MS;
      const started = Date.now();
      // Counted on the socket: a "data" listener on the request would start it flowing before the upload is piped.
      const before = req.socket.bytesRead;
      // A client that sends a byte now and then never stalls, so it is held to an average pace once the grace is over.
      const pace = setInterval(() => {
        const elapsed = Date.now() - started;
        const received = req.socket.bytesRead - before;
        if (elapsed < grace || received >= (minRate * elapsed) / 1000) return;
        stop();
        cutOff({
          en: `the upload was too slow: ${received} bytes in ${Math.round(elapsed / 1000)} s, below the ${minRate} bytes a second it must average, so it was cut off. Try again`,
          fr: `le téléversement était trop lent : ${received} octets en ${Math.round(elapsed / 1000)} s, sous les ${minRate} octets par seconde qu'il doit atteindre en moyenne ; il a donc été interrompu. Réessayez`,
        });
      }, Math.min(1000, Math.max(50, Math.floor(grace / 4))));
      pace.unref();
      const stop = () => clearInterval(pace);
      req.once("end", () => {
        stop();
        req.socket.setTimeout(0);
      });
      req.once("close", stop);
      return;
    }
    const timer = setTimeout(() => cutOff(), options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
    timer.unref();
    req.once("end", () => clearTimeout(timer));
    req.once("close", () => clearTimeout(timer));
  }

  return {
    listen: () =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port ?? DEFAULT_PORT, host, () => {
          server.off("error", reject);
          const port = (server.address() as AddressInfo).port;
          allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, ...(options.allowedHosts ?? []).map((h) => h.toLowerCase())]);
          allowedOrigins = new Set([...allowedHosts].map((h) => `http://${h}`));
          resolve({ url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/` });
        });
      }),
    close: async () => {
      await scanJobs?.close();
      await checks.close();
      await new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function requireScanJobs(jobs: ScanJobs | undefined): ScanJobs {
  if (!jobs) throw new HttpError(503, { en: "no review database is open on this server, so an upload has nowhere to go", fr: "aucune base de données d'examen n'est ouverte sur ce serveur : un téléversement n'a donc nulle part où aller" });
  return jobs;
}

function langOf(url: URL): Lang | undefined {
  const lang = url.searchParams.get("lang");
  if (lang === null) return undefined;
  if (!isLang(lang)) throw new HttpError(400, { en: `lang must be en or fr, not "${lang}"`, fr: `lang doit être en ou fr, et non « ${lang} »` });
  return lang;
}


/** `{"<key>":[…]}` of JSON values already written, as JSON.stringify would write the object holding them. */
function jsonList(key: string, values: readonly (string | Uint8Array)[]): Buffer {
  const parts: Uint8Array[] = [Buffer.from(`{${JSON.stringify(key)}:[`)];
  values.forEach((v, k) => {
    if (k > 0) parts.push(COMMA);
    parts.push(typeof v === "string" ? Buffer.from(v) : v);
  });
  parts.push(Buffer.from("]}"));
  return Buffer.concat(parts);
}

const COMMA = Buffer.from(",");

/** The characters a batch asks the engine to read: its items' texts and the texts they answer. */
function batchTextLength(items: readonly unknown[]): number {
  let chars = 0;
  for (const item of items) {
    if (typeof item !== "object" || item === null) continue;
    const { text, inReplyTo } = item as { text?: unknown; inReplyTo?: unknown };
    if (typeof text === "string") chars += text.length;
    if (typeof inReplyTo === "string") chars += inReplyTo.length;
  }
  return chars;
}

function requireStore(store: ReviewStore | undefined): ReviewStore {
  if (!store) throw new HttpError(503, { en: "no review database is open on this server", fr: "aucune base de données d'examen n'est ouverte sur ce serveur" });
  return store;
}

const SELECTION_PARAMS = ["level", "category", "platform", "year", "undecided", "decision", "search", "action", "group", "attention", "before", "after", "electionPeriod", "engagementAtLeast"];
const REVIEW_PARAMS = [...SELECTION_PARAMS, "sort", "limit", "offset"];

/** The filters of GET /api/review, with its page (limit, 50 by default, and offset). */
function reviewFilter(params: URLSearchParams): ReviewFilter {
  return parseFilter(params, REVIEW_PARAMS, "GET /api/review");
}

/** The filters a report takes: the review's, without a page (a report covers every item they select). */
function reportSelection(params: URLSearchParams, path: string): ReviewSelection {
  const filter = parseFilter(params, SELECTION_PARAMS, path);
  delete filter.limit;
  return filter;
}

function parseFilter(params: URLSearchParams, allowed: readonly string[], where: string): ReviewFilter {
  // lang only chooses the language of an error answer, so it is no filter but is not refused either.
  for (const key of params.keys()) if (!allowed.includes(key) && key !== "lang") throw new HttpError(400, { en: `"${key}" is not a parameter of ${where}; it takes ${allowed.join(", ")} and lang`, fr: `« ${key} » n'est pas un paramètre de ${where} ; seuls ${allowed.join(", ")} et lang sont acceptés` });
  const filter: ReviewFilter = { limit: 50 };
  const value = (name: string) => {
    const v = params.get(name);
    return v === null || v === "" ? undefined : v;
  };
  const level = value("level");
  if (level !== undefined) {
    const levels = level.split(",");
    for (const l of levels) if (!(REVIEW_STATES as readonly string[]).includes(l)) throw new HttpError(400, { en: `level must be one of ${REVIEW_STATES.join(", ")} (or several, comma-separated), not "${l}"`, fr: `level doit être l'une des valeurs ${REVIEW_STATES.join(", ")} (ou plusieurs, séparées par des virgules), et non « ${l} »` });
    filter.level = levels as ReviewState[];
  }
  const category = value("category");
  if (category !== undefined) {
    if (!(CATEGORIES as readonly string[]).includes(category)) throw new HttpError(400, { en: `category must be one of ${CATEGORIES.join(", ")}, not "${category}"`, fr: `category doit être l'une des valeurs ${CATEGORIES.join(", ")}, et non « ${category} »` });
    filter.category = category as Category;
  }
  const platform = value("platform");
  if (platform !== undefined) {
    if (!(PLATFORMS as readonly string[]).includes(platform)) throw new HttpError(400, { en: `platform must be one of ${PLATFORMS.join(", ")}, not "${platform}"`, fr: `platform doit être l'une des valeurs ${PLATFORMS.join(", ")}, et non « ${platform} »` });
    filter.platform = platform as Platform;
  }
  const whole = (name: string, max: number) => {
    const v = value(name);
    if (v === undefined) return undefined;
    if (!/^\d{1,9}$/.test(v) || Number(v) > max) throw new HttpError(400, { en: `${name} must be a whole number up to ${max}, not "${v}"`, fr: `${name} doit être un nombre entier d'au plus ${max}, et non « ${v} »` });
    return Number(v);
  };
  // year=unknown selects the items whose date is unknown.
  const year = value("year") === "unknown" ? undefined : whole("year", 9999);
  if (year !== undefined) filter.year = year;
  if (value("year") === "unknown") filter.dateUnknown = true;
  const limit = whole("limit", MAX_REVIEW_LIMIT);
  if (limit !== undefined) filter.limit = limit;
  const offset = whole("offset", 1e9);
  if (offset !== undefined) filter.offset = offset;
  const flag = (name: string): boolean | undefined => {
    const v = params.get(name);
    if (v === null) return undefined;
    if (!["", "true", "false", "1", "0"].includes(v)) throw new HttpError(400, { en: `${name} must be true or false, not "${v}"`, fr: `${name} doit être true ou false, et non « ${v} »` });
    return v === "" || v === "true" || v === "1";
  };
  if (flag("undecided")) filter.undecided = true;
  if (flag("attention")) filter.attention = true;
  const election = flag("electionPeriod");
  if (election !== undefined) filter.electionPeriod = election;
  const oneOfValues = <T extends string>(name: string, values: readonly T[]): T | undefined => {
    const v = value(name);
    if (v !== undefined && !(values as readonly string[]).includes(v)) throw new HttpError(400, { en: `${name} must be one of ${values.join(", ")}, not "${v}"`, fr: `${name} doit être l'une des valeurs ${values.join(", ")}, et non « ${v} »` });
    return v as T | undefined;
  };
  const decision = oneOfValues("decision", DECISIONS);
  if (decision !== undefined) filter.decision = decision;
  const sort = oneOfValues<Sort>("sort", SORTS);
  if (sort !== undefined) filter.sort = sort;
  const group = oneOfValues<ItemGroup>("group", ["own", "shared", "reacted"]);
  if (group !== undefined) filter.group = group;
  const action = value("action");
  if (action !== undefined) {
    const actions = action.split(",");
    for (const a of actions) if (!(ACTIONS as readonly string[]).includes(a)) throw new HttpError(400, { en: `action must be one of ${ACTIONS.join(", ")} (or several, comma-separated), not "${a}"`, fr: `action doit être l'une des valeurs ${ACTIONS.join(", ")} (ou plusieurs, séparées par des virgules), et non « ${a} »` });
    filter.action = actions as Action[];
  }
  for (const name of ["before", "after"] as const) {
    const v = value(name);
    if (v === undefined) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new HttpError(400, { en: `${name} must be a date (YYYY-MM-DD), not "${v.slice(0, 40)}"`, fr: `${name} doit être une date (AAAA-MM-JJ), et non « ${v.slice(0, 40)} »` });
    filter[name] = v;
  }
  const search = value("search");
  if (search !== undefined) {
    if (search.length > 500) throw new HttpError(400, { en: `search may hold at most 500 characters (it has ${search.length})`, fr: `search peut contenir au plus 500 caractères (il en a ${search.length})` });
    if (!/[\p{L}\p{N}]/u.test(search)) throw new HttpError(400, { en: "search needs at least one word (letters or digits)", fr: "search demande au moins un mot (lettres ou chiffres)" });
    filter.search = search;
  }
  const engagement = whole("engagementAtLeast", 1e9);
  if (engagement !== undefined) filter.engagementAtLeast = engagement;
  return filter;
}

function reviewItem(r: ReviewRow): Record<string, unknown> {
  return {
    platform: r.item.platform,
    id: r.item.id,
    action: r.item.action,
    createdAt: r.item.createdAt,
    url: r.item.url ?? null,
    text: r.item.text,
    level: r.assessed?.assessment.level ?? null,
    categories: r.assessed?.categories ?? [],
    findings: r.assessed?.assessment.findings ?? [],
    lang: r.assessed?.assessment.lang ?? null,
    textLang: r.assessed?.assessment.textLang ?? null,
    beforeService: r.beforeService,
    decision: r.decision?.decision ?? null,
    note: r.decision?.note ?? null,
    decidedAt: r.decision?.decidedAt ?? null,
    doneAt: r.decision?.doneAt ?? null,
    state: r.state ?? null,
    readable: r.readable ?? true,
    engagement: r.item.engagement ?? null,
    offered: decisionsFor(r.item.platform, r.item.action),
  };
}

/** A store failure caused by what was asked (an unknown item, a decision the item cannot take) as a 400 or 404. */
function storeCall<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof StoreError) throw new HttpError(/^no (item|change|rule)/.test(e.message) ? 404 : 400, textOf(e));
    throw e;
  }
}

function objectOf(body: unknown, usage: Message, fields: readonly string[]): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new HttpError(400, usage);
  const o = body as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!fields.includes(key)) throw new HttpError(400, { en: `"${key}" is not a field here (the fields are ${fields.join(", ")}); ${usage.en}`, fr: `« ${key} » n'est pas un champ accepté ici (les champs sont ${fields.join(", ")}) ; ${usage.fr}` });
  return o;
}

function decisionValue(value: unknown): Decision {
  if (typeof value !== "string" || !(DECISIONS as readonly string[]).includes(value)) throw new HttpError(400, { en: `"decision" must be one of ${DECISIONS.join(", ")}`, fr: `« decision » doit être l'une des valeurs ${DECISIONS.join(", ")}` });
  return value as Decision;
}

function noteOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new HttpError(400, { en: '"note" must be a string', fr: "« note » doit être une chaîne" });
  if (value.length > 2000) throw new HttpError(400, { en: '"note" may hold at most 2,000 characters', fr: "« note » peut contenir au plus 2 000 caractères" });
  return value;
}

/** A filter given as JSON ({"level": ["risky"], "platform": "x", "before": "2019-01-01"}), checked as GET /api/review's. */
function selectionOfJson(value: unknown, field: string): ReviewSelection {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new HttpError(400, { en: `"${field}" must be an object of the review's filters (level, platform, action, before, search, …)`, fr: `« ${field} » doit être un objet des filtres de l'examen (level, platform, action, before, search, …)` });
  const params = new URLSearchParams();
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) params.set(key, v.join(","));
    else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") params.set(key, String(v));
    else throw new HttpError(400, { en: `${field}.${key} must be a string, a number, true or false, or a list of strings`, fr: `${field}.${key} doit être une chaîne, un nombre, true ou false, ou une liste de chaînes` });
  }
  const filter = parseFilter(params, SELECTION_PARAMS, field);
  delete filter.limit;
  return filter;
}

function bulkOf(body: unknown): { target: { keys: { platform: Platform; id: string }[] } | { selection: ReviewSelection }; decision: Decision | null; note?: string } {
  const usage = { en: 'send {"keys": [{"platform": "x", "id": "…"}], "decision": "delete"} or {"filter": {"level": "risky"}, "decision": "keep"}; "decision": "clear" removes them', fr: 'envoyez {"keys": [{"platform": "x", "id": "…"}], "decision": "delete"} ou {"filter": {"level": "risky"}, "decision": "keep"} ; "decision": "clear" les retire' };
  const o = objectOf(body, usage, ["keys", "filter", "decision", "note"]);
  if ((o.keys === undefined) === (o.filter === undefined)) throw new HttpError(400, { en: `give either "keys" or "filter"; ${usage.en}`, fr: `donnez « keys » ou « filter », pas les deux ni aucun ; ${usage.fr}` });
  const decision = o.decision === "clear" ? null : decisionValue(o.decision);
  const note = noteOf(o.note);
  if (o.keys !== undefined) {
    if (!Array.isArray(o.keys) || o.keys.length === 0 || o.keys.length > 10_000) throw new HttpError(400, { en: '"keys" must be a list of 1 to 10,000 items', fr: "« keys » doit être une liste de 1 à 10 000 éléments" });
    const keys = o.keys.map((k, i) => {
      const key = k as { platform?: unknown; id?: unknown } | null;
      if (!key || typeof key.platform !== "string" || !(PLATFORMS as readonly string[]).includes(key.platform) || typeof key.id !== "string" || !key.id)
        throw new HttpError(400, { en: `keys[${i}] must be {"platform": one of ${PLATFORMS.join(", ")}, "id": "…"}`, fr: `keys[${i}] doit être {"platform": l'une des valeurs ${PLATFORMS.join(", ")}, "id": "…"}` });
      return { platform: key.platform as Platform, id: key.id };
    });
    return { target: { keys }, decision, ...(note !== undefined ? { note } : {}) };
  }
  return { target: { selection: selectionOfJson(o.filter, "filter") }, decision, ...(note !== undefined ? { note } : {}) };
}

function bulkDescription(target: { keys: readonly unknown[] } | { selection: ReviewSelection }, decision: Decision | null): Message {
  const what = decision ?? "clear";
  if ("keys" in target) return { en: `${what}: ${target.keys.length} selected`, fr: `${decision ?? "effacer"} : ${target.keys.length} sélectionnés` };
  const filter = new URLSearchParams(Object.entries(target.selection).map(([k, v]) => [k, String(v)])).toString();
  return { en: `${what}: all matching ${filter || "everything"}`, fr: `${decision ?? "effacer"} : tout ce qui correspond à ${filter || "tout"}` };
}

/** `{"confirm": true}` deletes everything stored, `{"confirm": true, "platform": "x"}` one platform's history. */
function forgetOf(body: unknown): { platform?: Platform } {
  const usage = { en: 'send {"confirm": true} to delete everything stored, or {"confirm": true, "platform": "x"} for one platform', fr: 'envoyez {"confirm": true} pour tout supprimer, ou {"confirm": true, "platform": "x"} pour une plateforme' };
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new HttpError(400, usage);
  const o = body as Record<string, unknown>;
  for (const key of Object.keys(o)) if (key !== "confirm" && key !== "platform") throw new HttpError(400, { en: `"${key}" is not a field here; ${usage.en}`, fr: `« ${key} » n'est pas un champ accepté ici ; ${usage.fr}` });
  if (o.confirm !== true) throw new HttpError(400, { en: `deleting a history cannot be undone, so it takes "confirm": true; ${usage.en}`, fr: `la suppression d'un historique est définitive : elle demande "confirm": true ; ${usage.fr}` });
  if (o.platform === undefined || o.platform === null) return {};
  if (typeof o.platform !== "string" || !(PLATFORMS as readonly string[]).includes(o.platform)) throw new HttpError(400, { en: `"platform" must be one of ${PLATFORMS.join(", ")}`, fr: `« platform » doit être l'une des valeurs ${PLATFORMS.join(", ")}` });
  return { platform: o.platform as Platform };
}

function decisionOf(body: unknown): { platform: Platform; id: string; decision: Decision | "clear"; note?: string } {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new HttpError(400, { en: 'send {"platform": "x", "id": "…", "decision": "delete", "note": "…"}', fr: 'envoyez {"platform": "x", "id": "…", "decision": "delete", "note": "…"}' });
  const o = body as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!["platform", "id", "decision", "note"].includes(key)) throw new HttpError(400, { en: `"${key}" is not a field of a decision; the fields are platform, id, decision, note`, fr: `« ${key} » n'est pas un champ d'une décision ; les champs sont platform, id, decision, note` });
  if (typeof o.platform !== "string" || !(PLATFORMS as readonly string[]).includes(o.platform)) throw new HttpError(400, { en: `"platform" must be one of ${PLATFORMS.join(", ")}`, fr: `« platform » doit être l'une des valeurs ${PLATFORMS.join(", ")}` });
  if (typeof o.id !== "string" || o.id === "") throw new HttpError(400, { en: '"id" must be the item\'s id, a string', fr: "« id » doit être l'identifiant de l'élément, une chaîne" });
  if (typeof o.decision !== "string" || !([...DECISIONS, "clear"] as readonly string[]).includes(o.decision)) throw new HttpError(400, { en: `"decision" must be one of ${DECISIONS.join(", ")} or clear`, fr: `« decision » doit être l'une des valeurs ${DECISIONS.join(", ")} ou clear` });
  if (o.note !== undefined && o.note !== null && typeof o.note !== "string") throw new HttpError(400, { en: '"note" must be a string', fr: "« note » doit être une chaîne" });
  if (typeof o.note === "string" && o.note.length > 2000) throw new HttpError(400, { en: '"note" may hold at most 2,000 characters', fr: "« note » peut contenir au plus 2 000 caractères" });
  return { platform: o.platform as Platform, id: o.id, decision: o.decision as Decision | "clear", ...(typeof o.note === "string" ? { note: o.note } : {}) };
}
