import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

// From dist/test/project up to the project's own src/ (the TypeScript, not the compiled output).
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const ERROR_CLASSES = ["ImportError", "StoreError", "HttpError", "UsageError", "InputError", "PackError", "AnswersError", "ConfigError", "ElectionEventError", "UnreadableAnswers"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

test("every error a user can see is written in both official languages: no error class is given a bare string", () => {
  const call = new RegExp(`new (${ERROR_CLASSES.join("|")})\\(\\s*[\`"']`, "g");
  const found: string[] = [];
  for (const file of sources(join(ROOT, "src"))) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(call)) found.push(`${relative(ROOT, file)}:${text.slice(0, m.index).split("\n").length} ${m[1]}`);
  }
  assert.deepEqual(found, [], "give these a { en, fr } message");
});
