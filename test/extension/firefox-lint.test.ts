import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webExt, { type LintMessage } from "web-ext";
import { FIREFOX_BUILD } from "./firefox.js";

/** Mozilla's add-on linter (addons-linter, as `web-ext lint` runs it, offline) on an unpacked extension. */
function lint(dir: string) {
  return webExt.cmd.lint({ sourceDir: dir, output: "none" }, { shouldExitProgram: false });
}

const where = (m: LintMessage) => `${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ""})` : ""}`;

describe("web-ext lint", () => {
  test("the Firefox build has no error; its warnings are reported", async (tc) => {
    const result = await lint(FIREFOX_BUILD);
    for (const m of [...result.warnings, ...result.notices]) tc.diagnostic(where(m));
    tc.diagnostic(`${result.summary.errors} errors, ${result.summary.warnings} warnings, ${result.summary.notices} notices`);
    assert.deepEqual(result.errors.map(where), []);
  });

  test("the linter reads the manifest and the bundles shipped: a service worker with no background scripts and the Function constructor are found", async () => {
    // The build's own manifest, with what Firefox refuses or AMO flags: a background as a service worker only, and a
    // content script that evaluates a string.
    const dir = mkdtempSync(join(tmpdir(), "impartial-lint-"));
    try {
      const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, "manifest.json"), "utf8")) as Record<string, unknown>;
      const scripts = manifest.content_scripts as { js: string[]; css?: string[] }[];
      Object.assign(manifest, { name: "Impartial", description: "A linter check.", background: { service_worker: "background.js" }, content_scripts: [{ ...scripts[0], js: ["content.js"], css: [] }] });
      delete manifest.default_locale;
      delete manifest.options_ui;
      writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
      writeFileSync(join(dir, "content.js"), 'var root = Function("return this")();\n');
      writeFileSync(join(dir, "background.js"), "void 0;\n");
      const result = await lint(dir);
      assert.deepEqual(result.errors.map((e) => e.code), ["BACKGROUND_SERVICE_WORKER_NOFALLBACK"], "Firefox runs background scripts, not a service worker alone");
      assert.deepEqual(result.warnings.map((w) => w.code), ["DANGEROUS_EVAL"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
