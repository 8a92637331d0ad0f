import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Worker } from "node:worker_threads";
import busboy from "busboy";
import type { LoadedConfig } from "../config/config.js";
import { InputError } from "../core/engine.js";
import { parseProfile, type Profile } from "../core/history.js";
import type { Message } from "../core/message.js";
import { isLang, type Lang, type Level } from "../core/model.js";
import { PLATFORMS, type Platform } from "../importers/types.js";
import type { ReviewStore } from "../store/store.js";
import { HttpError, textOf } from "./http.js";
import type { ScanProgress, ScanWorkerCommand, ScanWorkerData, ScanWorkerMessage } from "./scan-worker.js";

/** The largest export an upload may carry unless the server is told otherwise. */
export const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 ** 3;
/**
 * The heap a scan's thread may use: far above what a streamed export needs (a scan of 400,000 tweets peaks at 251 MB
 * for the whole process), low enough that an export built to exhaust memory stops its scan, not the server.
 */
export const DEFAULT_MAX_SCAN_MEMORY_MB = 2048;
/** How long a cancelled scan may take to stop by itself before its thread is terminated. */
const CANCEL_GRACE_MS = 1000;
/** Finished jobs kept for polling; older ones are forgotten. */
const KEPT_JOBS = 50;
/** Warnings a job lists; past these it only counts them. */
const KEPT_WARNINGS = 20;
const FIELDS = ["platform", "joined", "role", "department", "identifiable", "lang"] as const;
/** Most files an unpacked export folder may be uploaded as (a Mastodon export holds one file per attachment). */
const MAX_FOLDER_FILES = 20_000;

export interface ScanJobView {
  id: string;
  status: "running" | "done" | "failed";
  /** The uploaded file's name, as the client gave it (made safe). */
  file: string;
  platform: Platform | null;
  itemsRead: number;
  counts: Record<Level, number>;
  /** While running: the file of the export being read, and how far into it (0–100, when its size is known). */
  reading?: { file: string; percent?: number };
  /** What the importer skipped or could not read, in the upload's language (the first 20; `warningCount` counts them all). */
  warnings: string[];
  warningCount?: number;
  error?: string;
  /** True once a job was cancelled (DELETE /api/scan/{id}): it is failed, and what it stored before stays. */
  cancelled?: boolean;
  /** While a cancel is under way. */
  cancelling?: boolean;
  startedAt: string;
  finishedAt?: string;
}

export interface ScanJobsOptions {
  store: ReviewStore;
  /** The configuration (packs) to judge with, as the server's own judge was made; the built-in engine without it. */
  config?: LoadedConfig;
  /** A module whose default export reads every upload instead of the platform's importer (tests: one that never ends). */
  importerModule?: string;
  /** The most memory (MB of heap) a scan's thread may take before it is stopped: 2,048 by default. */
  maxScanMemoryMb?: number;
  maxUploadBytes?: number;
  /** Where each upload gets its private folder; the system's temporary folder by default. */
  uploadRoot?: string;
  /** Told of failures that are bugs of ours; the job only says "internal error". */
  onError?: (error: unknown) => void;
  /** Threads that judge a scan, its own included: one per core by default. */
  jobs?: number;
}

interface Upload {
  dir: string;
  file: string;
  name: string;
  platform?: Platform;
  profile: Profile;
  /** The language of the stored messages; the engine's default when absent. */
  lang?: Lang;
}

/** Runs uploaded exports through the importers into the review store, one at a time. */
export class ScanJobs {
  private readonly jobs = new Map<string, ScanJobView>();
  /** Set from the moment an upload starts arriving until its job ends. */
  private busy: string | undefined;
  private running: Promise<void> | undefined;
  private worker: Worker | undefined;
  /** Asks the running job's worker to stop. */
  private cancel: (() => void) | undefined;
  private stopping = false;
  private readonly maxBytes: number;

  /** Done once the uploads a server that died left behind are deleted (they are whole exports of someone's history). */
  readonly swept: Promise<void>;

  constructor(private readonly options: ScanJobsOptions) {
    this.maxBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
    this.swept = sweepStaleUploads(options.uploadRoot ?? tmpdir()).then(
      () => undefined,
      (e: unknown) => options.onError?.(e),
    );
  }

  /** True from the moment an upload starts arriving until its job ends. */
  get busyNow(): boolean {
    return this.busy !== undefined;
  }

  get(id: string): ScanJobView | undefined {
    const job = this.jobs.get(id);
    return job && { ...job, counts: { ...job.counts }, warnings: [...job.warnings] };
  }

  /** Receives the upload, then starts its job and returns at once; the job goes on in the background. */
  async start(req: IncomingMessage): Promise<ScanJobView> {
    if (this.stopping) throw new HttpError(503, { en: "the server is stopping", fr: "le serveur est en train de s'arrêter" });
    if (this.busy !== undefined) {
      const known = this.jobs.has(this.busy);
      const where = known ? `; follow it at /api/scan/${this.busy}` : " (it is still being uploaded)";
      const whereFr = known ? ` ; suivez-la à /api/scan/${this.busy}` : " (elle est encore en cours de téléversement)";
      throw new HttpError(
        409,
        { en: `a scan is already running${where}. Upload the next export once it is done or failed`, fr: `une analyse est déjà en cours${whereFr}. Téléversez la prochaine exportation quand elle sera terminée ou en échec` },
        { Connection: "close" },
      );
    }
    this.busy = "upload";
    let upload: Upload;
    try {
      upload = await this.receive(req);
    } catch (e) {
      this.busy = undefined;
      throw e;
    }
    const job: ScanJobView = { id: randomUUID(), status: "running", file: upload.name, platform: upload.platform ?? null, itemsRead: 0, counts: { appropriate: 0, risky: 0, inappropriate: 0 }, warnings: [], startedAt: new Date().toISOString() };
    this.jobs.set(job.id, job);
    this.forgetOldJobs();
    this.busy = job.id;
    this.running = this.run(job, upload).finally(() => {
      this.busy = undefined;
      this.running = undefined;
    });
    return this.get(job.id)!;
  }

  /**
   * Cancels the running job `id`: it stops reading, stores what it has judged, and ends as failed with
   * `cancelled: true`, the import kept as interrupted (uploading the export again finishes it). Resolves with the job
   * once it has ended; undefined for a job this server does not know.
   */
  async cancelJob(id: string): Promise<ScanJobView | undefined> {
    if (!this.jobs.has(id)) return undefined;
    if (this.busy === id && this.cancel) {
      this.cancel();
      await this.running;
    }
    return this.get(id);
  }

  /** Stops the running job at once (its worker is terminated; the batches stored stay) and waits until its files are deleted. */
  async close(): Promise<void> {
    this.stopping = true;
    await this.worker?.terminate();
    await this.running;
  }

  private async receive(req: IncomingMessage): Promise<Upload> {
    const media = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (media !== "multipart/form-data") {
      const type = req.headers["content-type"];
      throw new HttpError(415, {
        en: `send the export as multipart/form-data with the file in the field "export"${type ? `, not as "${type}"` : " (the Content-Type is missing)"}`,
        fr: `envoyez l'exportation en multipart/form-data avec le fichier dans le champ « export »${type ? `, et non en « ${type} »` : " (l'en-tête Content-Type est absent)"}`,
      });
    }
    // The form fields around the file are small, so a declared length well over the limit cannot fit.
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > this.maxBytes + 64 * 1024) throw this.tooLarge();
    let parser: busboy.Busboy;
    try {
      // preservePath keeps a folder's files' relative paths (webkitRelativePath); each is checked in folderPath.
      parser = busboy({ headers: req.headers, preservePath: true, limits: { fileSize: this.maxBytes, files: MAX_FOLDER_FILES, fields: FIELDS.length, fieldSize: 1024, parts: FIELDS.length + MAX_FOLDER_FILES } });
    } catch (e) {
      throw new HttpError(400, { en: `the multipart body cannot be read: ${(e as Error).message}`, fr: `le corps multipart est illisible : ${(e as Error).message}` });
    }
    // The server's process id in the name lets a later server tell an upload left by one that died from a live one.
    const dir = await mkdtemp(join(this.options.uploadRoot ?? tmpdir(), `${UPLOAD_PREFIX}${process.pid}-`));
    try {
      const { fields, name, file } = await this.readParts(req, parser, dir);
      return { dir, file, name, ...uploadSettings(fields) };
    } catch (e) {
      await rm(dir, { recursive: true, force: true });
      throw e;
    }
  }

  private readParts(req: IncomingMessage, parser: busboy.Busboy, dir: string): Promise<{ fields: Map<string, string>; name: string; file: string }> {
    return new Promise((resolve, reject) => {
      const fields = new Map<string, string>();
      let saved: Promise<{ name: string; file: string }> | undefined;
      let out: ReturnType<typeof createWriteStream> | undefined;
      let failed = false;
      // An unpacked folder comes as many files, each named by its path inside the folder.
      const folder = { files: [] as Promise<void>[], root: undefined as string | undefined, bytes: 0, single: 0 };
      const fail = (error: HttpError) => {
        if (failed) return;
        failed = true;
        out?.destroy();
        req.unpipe(parser);
        // Keep the stream flowing so the answer can be read, dropping what still arrives.
        req.resume();
        reject(error);
      };
      parser.on("field", (field, value, info) => {
        if (!(FIELDS as readonly string[]).includes(field)) return fail(new HttpError(400, { en: `"${field.slice(0, 40)}" is not a field of an upload; the fields are export (the file), ${FIELDS.join(", ")}`, fr: `« ${field.slice(0, 40)} » n'est pas un champ d'un téléversement ; les champs sont export (le fichier), ${FIELDS.join(", ")}` }));
        if (info.valueTruncated) return fail(new HttpError(400, { en: `the field "${field}" is too long`, fr: `le champ « ${field} » est trop long` }));
        fields.set(field, value);
      });
      parser.on("file", (field, stream, info) => {
        if (field !== "export") {
          stream.resume();
          return fail(new HttpError(400, { en: `send the export in the field "export", not "${field.slice(0, 40)}"`, fr: `envoyez l'exportation dans le champ « export », et non « ${field.slice(0, 40)} »` }));
        }
        const relative = folderPath(info.filename);
        if (relative === "unsafe") {
          stream.resume();
          return fail(new HttpError(400, { en: "a file of the folder has an unsafe path (.. or an absolute path)", fr: "un fichier du dossier a un chemin dangereux (.. ou un chemin absolu)" }));
        }
        if (relative !== undefined) return this.saveFolderFile(stream, relative, dir, folder, fail);
        folder.single += 1;
        const name = safeName(info.filename);
        const file = join(dir, name);
        const written = createWriteStream(file, { flags: "wx", mode: 0o600 });
        out = written;
        stream.on("limit", () => {
          stream.unpipe(written);
          stream.resume();
          fail(this.tooLarge());
        });
        saved = new Promise((done, broken) => {
          written.on("finish", () => done({ name, file }));
          written.on("error", broken);
        });
        saved.catch(() => fail(new HttpError(500, { en: "the upload could not be saved to a temporary file", fr: "le téléversement n'a pas pu être enregistré dans un fichier temporaire" })));
        stream.pipe(written);
      });
      parser.on("filesLimit", () => fail(new HttpError(400, { en: `a folder of more than ${MAX_FOLDER_FILES} files is not an export: scan it with "impartial scan FOLDER"`, fr: `un dossier de plus de ${MAX_FOLDER_FILES} fichiers n'est pas une exportation : analysez-le avec « impartial scan FOLDER »` })));
      parser.on("fieldsLimit", () => fail(new HttpError(400, { en: `an upload has at most the fields ${FIELDS.join(", ")}`, fr: `un téléversement a au plus les champs ${FIELDS.join(", ")}` })));
      parser.on("partsLimit", () => fail(new HttpError(400, { en: `an upload has one file and at most the fields ${FIELDS.join(", ")}`, fr: `un téléversement a un fichier et au plus les champs ${FIELDS.join(", ")}` })));
      parser.on("error", (e: Error) => fail(new HttpError(400, { en: `the multipart body cannot be read: ${e.message}`, fr: `le corps multipart est illisible : ${e.message}` })));
      parser.on("close", () => {
        if (failed) return;
        if (folder.single > 1 || (folder.single > 0 && folder.files.length > 0)) return fail(new HttpError(400, { en: 'send one export per upload, in the field "export"', fr: "envoyez une seule exportation par téléversement, dans le champ « export »" }));
        if (folder.files.length > 0) {
          const root = join(dir, FOLDER);
          Promise.all(folder.files).then(
            () => {
              if (!failed) resolve({ fields, name: folder.root ? safeName(folder.root) : FOLDER, file: folder.root ? join(root, safeName(folder.root)) : root });
            },
            () => fail(new HttpError(500, { en: "the folder could not be saved to a temporary folder", fr: "le dossier n'a pas pu être enregistré dans un dossier temporaire" })),
          );
          return;
        }
        if (!saved) return fail(new HttpError(400, { en: 'the upload holds no file: send the export in the field "export"', fr: "le téléversement ne contient aucun fichier : envoyez l'exportation dans le champ « export »" }));
        saved.then(
          ({ name, file }) => {
            if (!failed) resolve({ fields, name, file });
          },
          () => undefined,
        );
      });
      req.on("error", () => fail(new HttpError(400, { en: "the upload was interrupted before it was complete", fr: "le téléversement a été interrompu avant d'être complet" })));
      req.pipe(parser);
    });
  }

  /** Saves one file of an uploaded folder under the upload's private folder, at its checked relative path. */
  private saveFolderFile(
    stream: NodeJS.ReadableStream,
    segments: string[],
    dir: string,
    folder: { files: Promise<void>[]; root: string | undefined; bytes: number },
    fail: (error: HttpError) => void,
  ): void {
    // The browser names each file from the folder chosen ("export/outbox.json"): one root means the export is that folder.
    const root = segments.length > 1 ? segments[0]! : undefined;
    if (folder.files.length === 0) folder.root = root;
    else if (folder.root !== root) folder.root = undefined;
    const file = join(dir, FOLDER, ...segments.map(safeName));
    stream.pause();
    stream.on("data", (chunk: Buffer) => {
      folder.bytes += chunk.length;
      if (folder.bytes > this.maxBytes) fail(this.tooLarge());
    });
    stream.on("limit", () => fail(this.tooLarge()));
    folder.files.push(
      mkdir(join(file, ".."), { recursive: true, mode: 0o700 }).then(
        () =>
          new Promise<void>((done, broken) => {
            const written = createWriteStream(file, { flags: "wx", mode: 0o600 });
            written.on("finish", done);
            written.on("error", broken);
            stream.pipe(written);
          }),
      ),
    );
    folder.files.at(-1)!.catch(() => fail(new HttpError(400, { en: "the folder could not be saved: two files have the same name once made safe", fr: "le dossier n'a pas pu être enregistré : deux fichiers ont le même nom une fois rendus sûrs" })));
  }

  private tooLarge(): HttpError {
    return new HttpError(
      413,
      {
        en: `the upload is larger than the most this server accepts, ${this.maxBytes} bytes; scan it with "impartial scan EXPORT" instead`,
        fr: `le téléversement dépasse le maximum accepté par ce serveur, ${this.maxBytes} octets ; analysez-le plutôt avec « impartial scan EXPORT »`,
      },
      { Connection: "close" },
    );
  }

  /**
   * Reads, judges and stores the upload in a worker thread (this thread stores only for an in-memory store, which
   * the worker cannot open) until it ends, fails, is cancelled or stopped. The server stopping terminates it at once,
   * whatever it is doing; the batches stored stay.
   */
  private async run(job: ScanJobView, upload: Upload): Promise<void> {
    const { store } = this.options;
    const lang = upload.lang ?? "en";
    const data: ScanWorkerData = {
      file: upload.file,
      name: upload.name,
      dir: upload.dir,
      profile: upload.profile,
      ...(upload.platform ? { platform: upload.platform } : {}),
      ...(upload.lang ? { lang: upload.lang } : {}),
      ...(this.options.config ? { config: this.options.config } : {}),
      ...(this.options.importerModule ? { importerModule: this.options.importerModule } : {}),
      ...(store.file !== undefined ? { db: store.file } : {}),
      ...(this.options.jobs !== undefined ? { jobs: this.options.jobs } : {}),
    };
    const memoryMb = this.options.maxScanMemoryMb ?? DEFAULT_MAX_SCAN_MEMORY_MB;
    const worker = new Worker(new URL("./scan-worker.js", import.meta.url), { workerData: data, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    this.worker = worker;
    let importId: number | undefined;
    let finished = false;
    let ended: Extract<ScanWorkerMessage, { type: "end" }> | undefined;
    let failure: unknown;
    const warnings: string[] = [];
    const progress = (p: ScanProgress) => {
      job.itemsRead = p.itemsRead;
      job.counts = p.counts;
      if (p.reading) job.reading = p.reading;
      for (const w of p.warnings) {
        job.warningCount = (job.warningCount ?? 0) + 1;
        if (warnings.length < KEPT_WARNINGS) warnings.push(w[lang]);
      }
      job.warnings = warnings.slice();
    };
    const command = (c: ScanWorkerCommand) => worker.postMessage(c);
    worker.on("message", (m: ScanWorkerMessage) => {
      try {
        if (m.type === "begin") {
          job.platform = m.platform;
          importId = m.importId ?? store.beginImport(m.platform, `upload:${upload.name}`, m.fingerprint);
        } else if (m.type === "batch") {
          store.addBatch(importId!, m.rows);
          command("stored");
        } else if (m.type === "finish") {
          store.finishImport(importId!, m.outcome);
          finished = true;
          command("stored");
        } else if (m.type === "progress") progress(m);
        else {
          ended = m;
          // The worker wrote its import's end itself, or had this thread write it.
          finished = true;
          progress(m);
          void worker.terminate();
        }
      } catch (e) {
        failure ??= e;
        void worker.terminate();
      }
    });
    worker.on("error", (e) => {
      failure ??= e;
    });
    // A cancel asks the worker to stop reading; an importer that does not give its thread back within a second is terminated.
    this.cancel = () => {
      job.cancelling = true;
      command("cancel");
      setTimeout(() => void worker.terminate(), CANCEL_GRACE_MS).unref();
    };
    await new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    this.worker = undefined;
    this.cancel = undefined;

    let error: Message | undefined;
    if ((failure as NodeJS.ErrnoException | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY") {
      error = {
        en: `${upload.name}: reading this export took more than the ${memoryMb} MB of memory a scan may use, so it was stopped; the items read before stay stored. If it is a genuine export, scan it with "impartial scan EXPORT"`,
        fr: `${upload.name} : la lecture de cette exportation a demandé plus que les ${memoryMb} Mo de mémoire permis à une analyse ; elle a donc été arrêtée ; les éléments lus avant restent enregistrés. S'il s'agit d'une véritable exportation, analysez-la avec « impartial scan EXPORT »`,
      };
    } else if (failure !== undefined) {
      this.options.onError?.(failure);
      error = { en: "internal error: the export could not be scanned", fr: "erreur interne : l'exportation n'a pas pu être analysée" };
    } else if (ended?.internal !== undefined) {
      this.options.onError?.(new Error(ended.internal));
      error = ended.error ?? { en: "internal error: the export could not be scanned", fr: "erreur interne : l'exportation n'a pas pu être analysée" };
    } else if (ended?.error) error = ended.error;
    else if (ended?.cancelled || (!ended && job.cancelling)) error = cancelled(job.itemsRead);
    else if (!ended) {
      error = this.stopping
        ? { en: "the server stopped before the scan finished; the items read so far are stored. Upload the export again to finish (nothing is added twice)", fr: "le serveur s'est arrêté avant la fin de l'analyse ; les éléments lus jusque-là sont enregistrés. Téléversez de nouveau l'exportation pour terminer (rien n'est ajouté deux fois)" }
        : { en: "internal error: the scan ended without a word", fr: "erreur interne : l'analyse s'est terminée sans explication" };
    }
    delete job.reading;
    // The worker ended its import in the store, unless it was terminated first. The CLI marks a scan cut short by
    // Ctrl-C the same way as a stopped or cancelled one: interrupted, with what was stored kept, to resume.
    if (importId !== undefined && !finished) {
      try {
        store.finishImport(importId, this.stopping || job.cancelling ? { interrupted: true } : { error: (error ?? { en: "internal error: the scan ended without a word", fr: "erreur interne : l'analyse s'est terminée sans explication" })[lang] });
      } catch (e) {
        this.options.onError?.(e);
        error ??= { en: "internal error: the items could not be stored", fr: "erreur interne : les éléments n'ont pas pu être enregistrés" };
      }
    }
    await rm(upload.dir, { recursive: true, force: true }).catch((e: unknown) => this.options.onError?.(e));
    if (job.cancelling) job.cancelled = true;
    delete job.cancelling;
    job.status = error === undefined ? "done" : "failed";
    if (error !== undefined) job.error = error[lang];
    job.finishedAt = new Date().toISOString();
  }

  private forgetOldJobs(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEPT_JOBS) return;
      if (job.status !== "running") this.jobs.delete(id);
    }
  }
}

/** Where an uploaded folder's files are put, inside the upload's private folder. */
const FOLDER = "folder";

/**
 * The path segments of a file sent as part of a folder ("export/data/tweets.js"); undefined for a plain file name, and
 * "unsafe" for a path that is absolute or climbs out with "..".
 */
function folderPath(filename: string | undefined): string[] | "unsafe" | undefined {
  const path = (filename ?? "").replace(/\\/g, "/");
  if (!path.includes("/")) return undefined;
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "unsafe";
  const segments = path.split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.length === 0 || segments.some((segment) => segment === "..")) return "unsafe";
  return segments;
}

/** The client's file name reduced to a plain name in the private folder; detection reads names like tweets.js. */
function safeName(filename: string | undefined): string {
  const name = basename((filename ?? "").replace(/\\/g, "/")).replace(/[^A-Za-z0-9._-]/g, "_").slice(-100);
  return name === "" || name.startsWith(".") ? `export${name}` : name;
}

function uploadSettings(fields: Map<string, string>): { platform?: Platform; profile: Profile; lang?: Lang } {
  const value = (name: string) => {
    const v = fields.get(name)?.trim();
    return v === undefined || v === "" ? undefined : v;
  };
  const platform = value("platform");
  if (platform !== undefined && !(PLATFORMS as readonly string[]).includes(platform)) throw new HttpError(400, { en: `"platform" must be one of ${PLATFORMS.join(", ")}, not "${platform.slice(0, 40)}"`, fr: `« platform » doit être l'une des valeurs ${PLATFORMS.join(", ")}, et non « ${platform.slice(0, 40)} »` });
  const lang = value("lang");
  if (lang !== undefined && !isLang(lang)) throw new HttpError(400, { en: `"lang" must be en or fr, not "${lang.slice(0, 40)}"`, fr: `« lang » doit être en ou fr, et non « ${lang.slice(0, 40)} »` });
  const identifiable = value("identifiable");
  if (identifiable !== undefined && !["true", "false", "on", "1", "0"].includes(identifiable)) throw new HttpError(400, { en: `"identifiable" must be true or false, not "${identifiable.slice(0, 40)}"`, fr: `« identifiable » doit être true ou false, et non « ${identifiable.slice(0, 40)} »` });
  const raw: Record<string, unknown> = {};
  for (const name of ["role", "department", "joined"]) if (value(name) !== undefined) raw[name] = value(name);
  if (identifiable !== undefined) raw.identifiable = ["true", "on", "1"].includes(identifiable);
  try {
    return { ...(platform !== undefined ? { platform: platform as Platform } : {}), ...(lang !== undefined && isLang(lang) ? { lang } : {}), profile: parseProfile(raw) };
  } catch (e) {
    if (e instanceof InputError) throw new HttpError(400, textOf(e));
    throw e;
  }
}

const UPLOAD_PREFIX = "impartial-upload-";
const STALE_UPLOAD = /^impartial-upload-(\d+)-/;

/** Whether a process with this id is running (one we may not signal still counts as running). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Deletes the upload folders of Impartial servers that are no longer running: a server stopped mid-scan (a crash, a
 * power cut) leaves the uploaded export behind. A folder of a server still running is left alone.
 */
export async function sweepStaleUploads(root: string): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = STALE_UPLOAD.exec(name);
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    await rm(join(root, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** What a cancelled job says: what it kept, and how to finish it. */
function cancelled(stored: number): Message {
  return {
    en: `cancelled: the ${stored} items read before were judged and stored, and stay. Upload the export again to finish (nothing is added twice)`,
    fr: `annulée : les ${stored} éléments lus avant ont été jugés et enregistrés, et sont conservés. Téléversez de nouveau l'exportation pour terminer (rien n'est ajouté deux fois)`,
  };
}
