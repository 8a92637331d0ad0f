import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { HOW_TO_EXPORT } from "../../src/importers/how-to-export.js";
import { PLATFORMS } from "../../src/importers/types.js";

const bin = join(dirname(fileURLToPath(import.meta.url)), "../../../bin/impartial.js");

describe("how to get each platform's export", () => {
  test("every platform has its steps and what to give, in English and French, and a help page over https", () => {
    assert.deepEqual(HOW_TO_EXPORT.map((h) => h.platform).sort(), [...PLATFORMS].sort());
    for (const h of HOW_TO_EXPORT) {
      assert.match(h.url, /^https:\/\/[a-z0-9.-]+\//, h.platform);
      for (const text of [h.request, h.choose]) {
        assert.ok(text.en.length > 20 && text.fr.length > 20, h.platform);
        assert.notEqual(text.en, text.fr, `${h.platform} has a French text of its own`);
      }
    }
  });

  test("the Meta exports say to choose JSON, which the importers read, not HTML", () => {
    for (const platform of ["facebook", "instagram", "threads"]) {
      const h = HOW_TO_EXPORT.find((entry) => entry.platform === platform)!;
      assert.match(h.choose.en, /JSON/);
      assert.match(h.choose.fr, /JSON/);
    }
  });

  test("scan --help gives one line per platform with its help page, in both languages", () => {
    for (const lang of ["en", "fr"]) {
      const help = spawnSync(process.execPath, [bin, "scan", "--help", "--lang", lang], { encoding: "utf8" }).stdout;
      for (const h of HOW_TO_EXPORT) assert.ok(help.split("\n").some((line) => line.trim() === `${h.platform.padEnd(11)}${h.url}`), `${lang}: ${h.platform}`);
      assert.match(help, lang === "en" ? /How to get each export/ : /Comment obtenir chaque exportation/);
    }
  });
});
