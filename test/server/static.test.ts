import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, type ImpartialServer } from "../../src/server/server.js";
import { DEFAULT_WEB_ROOT, staticFilePath } from "../../src/server/static.js";
import { shellFile } from "../../web/shell.js";
import { PAGES } from "../../web/site.js";

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let server: ImpartialServer;
let port = 0;
let base = "";
let root = "";

/** Sends the path exactly as written: no client-side normalisation of `..` or escapes. */
function send(method: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-h0iBPaGm9POpej1E2Xyl3CW6D/1Nw7OWarnofqER01I='; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

before(async () => {
  base = mkdtempSync(join(tmpdir(), "impartial-static-"));
  root = join(base, "web");
  mkdirSync(join(root, "fr"), { recursive: true });
  mkdirSync(join(root, "assets", "fonts"), { recursive: true });
  writeFileSync(join(root, "index.html"), '<!doctype html><html lang="en"><title>Check</title></html>');
  writeFileSync(join(root, "fr", "index.html"), '<!doctype html><html lang="fr"><title>Vérifier</title></html>');
  mkdirSync(join(root, "fr", "revue"), { recursive: true });
  writeFileSync(join(root, "fr", "revue", "index.html"), '<!doctype html><html lang="fr"><title>Revue</title></html>');
  writeFileSync(join(root, "assets", "app.js"), "export const page = 1;\n");
  writeFileSync(join(root, "assets", "styles.css"), "body { margin: 0 }\n");
  writeFileSync(join(root, "assets", "fonts", "lato.woff2"), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(root, "assets", "notes.md"), "not a page file");
  writeFileSync(join(root, ".env"), "SECRET=1");
  writeFileSync(join(base, "secret.txt"), "outside the web root");
  server = createServer({ port: 0, webRoot: root });
  const { url } = await server.listen();
  port = Number(new URL(url).port);
});

after(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

describe("the server serves the page", () => {
  test("/ is the English page and /fr/ the French one, as HTML", async () => {
    const en = await send("GET", "/");
    assert.equal(en.status, 200);
    assert.equal(en.headers["content-type"], "text/html; charset=utf-8");
    assert.match(en.body.toString(), /<html lang="en">/);
    const fr = await send("GET", "/fr/");
    assert.equal(fr.status, 200);
    assert.match(fr.body.toString(), /<html lang="fr">/);
  });

  test("a page's folder without its final slash is sent on to it; a name that is no folder is still a 404", async () => {
    const reply = await send("GET", "/fr");
    assert.equal(reply.status, 308);
    assert.equal(reply.headers.location, "/fr/");
    const nested = await send("GET", "/fr/revue");
    assert.equal(nested.status, 308);
    assert.equal(nested.headers.location, "/fr/revue/");
    assert.equal((await send("GET", "/nowhere")).status, 404);
    assert.equal((await send("GET", "/assets")).status, 404, "a folder without an index.html is not a page");
  });

  test("scripts, styles and fonts carry the types a browser with nosniff accepts", async () => {
    const js = await send("GET", "/assets/app.js");
    assert.equal(js.status, 200);
    assert.equal(js.headers["content-type"], "text/javascript; charset=utf-8");
    assert.equal(js.body.toString(), "export const page = 1;\n");
    assert.equal((await send("GET", "/assets/styles.css")).headers["content-type"], "text/css; charset=utf-8");
    const font = await send("GET", "/assets/fonts/lato.woff2");
    assert.equal(font.headers["content-type"], "font/woff2");
    assert.equal(font.headers["content-length"], "4");
  });

  test("page files carry the same security headers as the API, the CSP unchanged", async () => {
    for (const path of ["/", "/fr/", "/assets/app.js", "/missing.js"]) {
      const reply = await send("GET", path);
      assert.equal(reply.headers["content-security-policy"], CSP, path);
      assert.equal(reply.headers["x-content-type-options"], "nosniff", path);
      assert.equal(reply.headers["x-frame-options"], "DENY", path);
      assert.equal(reply.headers["access-control-allow-origin"], undefined, path);
    }
  });

  test("HEAD answers the headers without the body", async () => {
    const reply = await send("HEAD", "/assets/app.js");
    assert.equal(reply.status, 200);
    assert.equal(reply.headers["content-length"], "23");
    assert.equal(reply.body.length, 0);
  });

  test("a missing file is a 404 that names it", async () => {
    const reply = await send("GET", "/assets/nothing.js");
    assert.equal(reply.status, 404);
    assert.match(JSON.parse(reply.body.toString()).error as string, /no such page or route: \/assets\/nothing\.js/);
  });

  test("a missing page is a 404 in French for a French browser, and in English for an English one", async () => {
    const french = await send("GET", "/fr/nulle-part/", { "Accept-Language": "fr-CA,fr;q=0.9,en;q=0.8" });
    assert.equal(french.status, 404);
    assert.deepEqual(JSON.parse(french.body.toString()), { error: "aucune page ni route à /fr/nulle-part/ ; les routes de l'API sont décrites à /api/openapi.json" });
    const english = await send("GET", "/fr/nulle-part/", { "Accept-Language": "en-CA,en;q=0.9,fr;q=0.5" });
    assert.match(JSON.parse(english.body.toString()).error as string, /^no such page or route: \/fr\/nulle-part\//);
  });

  test("paths that climb out of the web root or reach hidden files are refused", async () => {
    for (const path of ["/../secret.txt", "/..%2fsecret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/%2e%2e%5csecret.txt", "/.env", "/assets/..%5c..%5csecret.txt", "/assets/app.js%00.html"]) {
      const reply = await send("GET", path);
      assert.equal(reply.status, 404, path);
      assert.doesNotMatch(reply.body.toString(), /outside the web root|SECRET/, path);
    }
  });

  test("only file types the page uses are served", async () => {
    assert.equal((await send("GET", "/assets/notes.md")).status, 404);
  });

  test("the page accepts GET only", async () => {
    const reply = await send("POST", "/", { "Content-Type": "application/json" });
    assert.equal(reply.status, 405);
    assert.equal(reply.headers.allow, "GET, HEAD");
  });

  test("a page from another host name is refused like the API (DNS rebinding)", async () => {
    const reply = await send("GET", "/", { Host: "evil.example" });
    assert.equal(reply.status, 421);
  });

  test("the API keeps its routes beside the page", async () => {
    const reply = await send("GET", "/api/openapi.json");
    assert.equal(reply.status, 200);
    assert.match(String(reply.headers["content-type"]), /application\/json/);
  });
});

describe("staticFilePath", () => {
  test("a folder path means its index.html", () => {
    assert.equal(staticFilePath("/srv/web", "/"), join("/srv/web", "index.html"));
    assert.equal(staticFilePath("/srv/web", "/fr/"), join("/srv/web", "fr", "index.html"));
  });

  test("dot-segments, encoded slashes and backslashes name no file", () => {
    for (const path of ["/../x.js", "/a/../../x.js", "/%2e%2e/x.js", "/a%2f..%2f..%2fx.js", "/a\\..\\x.js", "/%E0%A4%A.js"]) {
      assert.equal(staticFilePath("/srv/web", path), undefined, path);
    }
  });
});

const built = existsSync(join(DEFAULT_WEB_ROOT, "index.html"));

describe("the built page (npm run build)", { skip: built ? false : "dist/public is not built: run npm run build" }, () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  }

  test("no page file points at another origin for a script, a style or a font", () => {
    for (const file of files(DEFAULT_WEB_ROOT).filter((f) => /\.(html|css)$/.test(f))) {
      const text = readFileSync(file, "utf8");
      assert.doesNotMatch(text, /@import|url\(\s*["']?(https?:)?\/\//, file);
      assert.doesNotMatch(text, /<(script|link)[^>]+(src|href)="(https?:)?\/\//, file);
    }
  });

  test("every page is built in English and French, declares its language and loads its own script (a page of words only loads none)", () => {
    for (const page of PAGES) {
      for (const lang of ["en", "fr"] as const) {
        const file = join(DEFAULT_WEB_ROOT, shellFile(page, lang));
        assert.ok(existsSync(file), `${page.id} has no ${lang} page at ${file}`);
        const html = readFileSync(file, "utf8");
        assert.match(html, new RegExp(`<html lang="${lang}">`), file);
        if (page.static) {
          assert.doesNotMatch(html, new RegExp(`/assets/${page.id}\\.js`), file);
          continue;
        }
        assert.match(html, new RegExp(`<script type="module" src="/assets/${page.id}\\.js">`), file);
        assert.ok(existsSync(join(DEFAULT_WEB_ROOT, "assets", `${page.id}.js`)), `no script for ${page.id}`);
      }
    }
  });
});
