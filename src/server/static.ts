import { readFile, stat } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { extname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { HttpError, SECURITY_HEADERS } from "./http.js";

/** Where `npm run build` puts the site: dist/public beside dist/src. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../public/", import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
};

/**
 * The file under `root` that a URL path names, or undefined when it names none we serve.
 * `/` and `/fr/` (any path ending in `/`) mean that folder's index.html; dot-segments, encoded
 * slashes, backslashes and NUL are refused outright rather than normalised.
 */
export function staticFilePath(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith("/") || /[\\\0]/.test(decoded) || pathname.toLowerCase().includes("%2f")) return undefined;
  const parts = decoded.split("/").slice(1);
  if (parts.some((p) => p === "." || p === ".." || p.startsWith("."))) return undefined;
  if (decoded.endsWith("/")) parts[parts.length - 1] = "index.html";
  if (!CONTENT_TYPES[extname(parts[parts.length - 1] ?? "")]) return undefined;
  const base = resolve(root);
  const file = resolve(base, ...parts);
  if (!file.startsWith(base + sep)) return undefined;
  return file;
}

/** Answers a GET or HEAD for a page file; a missing file is a 404 that names the path. */
export async function serveStatic(res: ServerResponse, root: string, pathname: string, method: string): Promise<void> {
  // A page's folder named without its final slash (`/fr`, `/fr/revue`): send the browser to it so relative links resolve.
  if (!pathname.endsWith("/") && extname(pathname) === "") {
    const index = staticFilePath(root, `${pathname}/`);
    if (index && (await stat(index).catch(() => undefined))?.isFile()) {
      res.writeHead(308, { ...SECURITY_HEADERS, Location: `${pathname}/`, "Content-Length": "0" });
      res.end();
      return;
    }
  }
  const file = staticFilePath(root, pathname);
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !info?.isFile()) throw new HttpError(404, { en: `no such page or route: ${pathname}; the API routes are described at /api/openapi.json`, fr: `aucune page ni route à ${pathname} ; les routes de l'API sont décrites à /api/openapi.json` });
  const body = await readFile(file);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    "Content-Type": CONTENT_TYPES[extname(file)]!,
    "Content-Length": String(body.length),
    // The page is rebuilt in place by `npm start`: always revalidate rather than serve a stale script.
    "Cache-Control": "no-cache",
  });
  res.end(method === "HEAD" ? undefined : body);
}

/** Paths the page owns: everything outside /api/. */
export function isPagePath(pathname: string): boolean {
  return pathname !== "/api" && !pathname.startsWith("/api/");
}
