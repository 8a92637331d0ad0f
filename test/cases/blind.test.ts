import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { ACTIONS, CATEGORIES, CONTEXT_KEYS, LEVELS } from "../../src/core/model.js";

/**
 * The blind cases are data for `npm run eval`, not a test of the engine: these tests only hold the files to their
 * format and to the split made once by a hash of the id, so that a case cannot move between dev and test.
 */

const dir = join(dirname(fileURLToPath(import.meta.url)), "../../../test/cases/blind");
const read = (split: string) =>
  readFileSync(join(dir, `${split}.jsonl`), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const splitOf = (id: string) => (createHash("sha256").update(id).digest()[0]! % 3 === 0 ? "dev" : "test");

describe("blind cases", () => {
  const present = existsSync(join(dir, "test.jsonl")) && existsSync(join(dir, "dev.jsonl"));

  it("every case sits in the split its id's hash gives, once", (t) => {
    if (!present) return t.skip("no blind cases yet");
    const ids = new Set<string>();
    for (const split of ["dev", "test"]) {
      for (const c of read(split)) {
        assert.equal(typeof c.id, "string");
        assert.ok(!ids.has(c.id as string), `duplicate id ${String(c.id)}`);
        ids.add(c.id as string);
        assert.equal(splitOf(c.id as string), split, `${String(c.id)} is in ${split}`);
      }
    }
  });

  it("every case follows the contract's vocabulary and carries a rationale", (t) => {
    if (!present) return t.skip("no blind cases yet");
    for (const c of [...read("dev"), ...read("test")]) {
      const where = String(c.id);
      assert.ok(typeof c.text === "string" && c.text.length > 0, `${where}: text`);
      assert.ok(c.action === undefined || (ACTIONS as readonly unknown[]).includes(c.action), `${where}: action`);
      assert.ok(c.lang === "en" || c.lang === "fr", `${where}: lang`);
      assert.ok(typeof c.note === "string" && c.note.length > 0, `${where}: note`);
      const expect = c.expect as { level: unknown; categories?: unknown[] };
      const levels = Array.isArray(expect.level) ? expect.level : [expect.level];
      assert.ok(levels.length > 0 && levels.every((l) => (LEVELS as readonly unknown[]).includes(l)), `${where}: level`);
      for (const cat of expect.categories ?? []) assert.ok((CATEGORIES as readonly unknown[]).includes(cat), `${where}: category ${String(cat)}`);
      for (const k of Object.keys((c.context as object) ?? {})) assert.ok((CONTEXT_KEYS as readonly string[]).includes(k), `${where}: context ${k}`);
    }
  });
});
