import type { IncomingMessage, ServerResponse } from "node:http";
import { BilingualError, type Message } from "../core/message.js";
import type { InputError } from "../core/engine.js";
import { isLang, type Lang } from "../core/model.js";
import { checkJsonDepth } from "../core/validate.js";

/** A request the server refuses: the status and a message, in both languages, that says what to send instead. */
export class HttpError extends BilingualError {
  override name = "HttpError";
  constructor(
    readonly status: number,
    text: Message,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(text);
  }
}

/** Another error's text to pass on in an HttpError: both languages when it has them, its one message otherwise. */
export function textOf(error: Error): Message {
  return error instanceof BilingualError ? error.text : { en: error.message, fr: error.message };
}

/**
 * The language of an error answer: `?lang=` when it is en or fr, else the client's most preferred of en and fr in
 * Accept-Language, else English.
 */
export function answerLang(requestUrl: string | undefined, acceptLanguage: string | undefined): Lang {
  let asked: string | null = null;
  try {
    asked = new URL(requestUrl ?? "/", "http://localhost").searchParams.get("lang");
  } catch {
    // An unreadable URL has no ?lang= to honour.
  }
  if (isLang(asked)) return asked;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((entry, position) => {
      const [tag = "", ...params] = entry.split(";").map((s) => s.trim().toLowerCase());
      const q = params.find((p) => /^q\s*=/.test(p))?.replace(/^q\s*=\s*/, "");
      // A weight that is not a number from 0 to 1 makes the entry unusable, as RFC 9110 has no other reading of it.
      const weight = q === undefined ? 1 : /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(q) ? Number(q) : 0;
      return { lang: tag.split("-")[0], weight, position };
    })
    .filter((e) => e.weight > 0 && isLang(e.lang))
    .sort((a, b) => b.weight - a.weight || a.position - b.position);
  const first = ranked[0]?.lang;
  return isLang(first) ? first : "en";
}

/** The most a request body may hold: a batch of 1,000 short posts fits with room to spare. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The one inline style the GC Design System's components inject while they start (Stencil's "hide until hydrated"
 * rule, built from the registered tag names). Allowed by its hash only, as Chromium reports it for
 * @cdssnc/gcds-components 0.47; another version changes the hash, which costs a console error, never a request.
 */
const GCDS_HYDRATION_STYLE = "'sha256-h0iBPaGm9POpej1E2Xyl3CW6D/1Nw7OWarnofqER01I='";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy":
    `default-src 'self'; script-src 'self'; style-src 'self' ${GCDS_HYDRATION_STYLE}; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'`,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

/** A JSON answer already written (a check's result, made where it was judged): sent as it is. */
export class RawJson {
  constructor(readonly json: string | Uint8Array) {}
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  // A request already answered (cut off by a timeout) gets nothing more.
  if (res.headersSent || res.destroyed) return;
  const payload = body instanceof RawJson ? body.json : JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "Cache-Control": "no-store",
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": String(typeof payload === "string" ? Buffer.byteLength(payload) : payload.length),
    ...headers,
  });
  res.end(payload);
}

/** A file to save rather than a JSON answer: a report or a checklist, with the name the browser saves it under. */
export interface Download {
  /** The whole file, or its parts in order, sent as they are made (a report of a million items is never held whole). */
  body: string | Iterable<string>;
  contentType: string;
  filename: string;
  /** Replaces the site's policy: a self-contained report needs its own inline style allowed, and nothing else. */
  csp?: string;
}

/**
 * Sends a file to save. A body in parts goes out chunked, each part written when the socket has room; the first
 * part is made before the headers, so a failure there is still an error answer. A failure after that can only
 * cut the response short, which the browser shows as a failed download rather than a truncated file.
 */
export async function sendDownload(res: ServerResponse, download: Download): Promise<void> {
  if (res.headersSent || res.destroyed) return;
  const headers = {
    ...SECURITY_HEADERS,
    ...(download.csp ? { "Content-Security-Policy": download.csp } : {}),
    "Cache-Control": "no-store",
    "Content-Type": download.contentType,
    "Content-Disposition": `attachment; filename="${download.filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
  };
  if (typeof download.body === "string") {
    res.writeHead(200, { ...headers, "Content-Length": String(Buffer.byteLength(download.body)) });
    res.end(download.body);
    return;
  }
  const parts = download.body[Symbol.iterator]();
  let next = parts.next();
  res.writeHead(200, headers);
  try {
    for (; !next.done; next = parts.next()) {
      if (res.destroyed) return;
      if (!res.write(next.value)) await drained(res);
    }
    res.end();
  } catch (e) {
    res.destroy(e instanceof Error ? e : new Error(String(e)));
  } finally {
    parts.return?.();
  }
}

/** Resolves when the response can take more, or is gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

/** Only JSON is read: a form or text/plain post from another site never reaches a handler. */
export function requireJson(req: IncomingMessage): void {
  const type = req.headers["content-type"];
  const [media, ...params] = (type ?? "").split(";").map((s) => s.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith("charset="))?.slice("charset=".length).replace(/"/g, "");
  if (media !== "application/json") {
    throw new HttpError(415, {
      en: `send the body as JSON with the header "Content-Type: application/json"${type ? `, not "${type}"` : " (it is missing)"}`,
      fr: `envoyez le corps en JSON avec l'en-tête « Content-Type: application/json »${type ? `, et non « ${type} »` : " (il est absent)"}`,
    });
  }
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") throw new HttpError(415, { en: `the JSON must be UTF-8, not charset ${charset}`, fr: `le JSON doit être en UTF-8, et non en charset ${charset}` });
}

/** Reads and parses the body, refusing it as soon as it passes `limit` bytes rather than holding the excess. */
export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const tooLarge = (size: Message) =>
    new HttpError(
      413,
      {
        en: `the request body is ${size.en}; the most this server reads is ${limit} bytes (1 MB). Send fewer or shorter items`,
        fr: `le corps de la requête fait ${size.fr} ; ce serveur lit au plus ${limit} octets (1 Mo). Envoyez moins d'éléments ou des éléments plus courts`,
      },
      { Connection: "close" },
    );
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) return Promise.reject(tooLarge({ en: `${declared} bytes`, fr: `${declared} octets` }));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      req.off("data", onData);
      req.off("end", onEnd);
      // Keep the stream flowing so the answer can be read, dropping what still arrives.
      req.resume();
      reject(tooLarge({ en: `more than ${limit} bytes`, fr: `plus de ${limit} octets` }));
    };
    const onEnd = () => {
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
      } catch {
        reject(new HttpError(400, { en: "the body is not valid UTF-8", fr: "le corps n'est pas de l'UTF-8 valide" }));
        return;
      }
      if (text.trim() === "") {
        reject(new HttpError(400, { en: "the body is empty: send a JSON object", fr: "le corps est vide : envoyez un objet JSON" }));
        return;
      }
      try {
        checkJsonDepth(text);
      } catch (e) {
        reject(new HttpError(400, (e as InputError).text));
        return;
      }
      try {
        resolve(JSON.parse(text));
      } catch (e) {
        reject(new HttpError(400, { en: `the body is not valid JSON: ${(e as Error).message}`, fr: `le corps n'est pas du JSON valide : ${(e as Error).message}` }));
      }
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", () => reject(new HttpError(400, { en: "the request was interrupted before its body was complete", fr: "la requête a été interrompue avant que son corps soit complet" })));
  });
}
