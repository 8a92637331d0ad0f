import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./harness.js";

const DIR = join(ROOT, "test", "extension");

/**
 * No request may leave the fixture routes and the extension's own files anywhere in the extension's browser tests: the
 * harness refuses and records every other request (`foreign`), and each browser a test file launches must be checked
 * for it before it closes, by the file itself or by suiteBrowsers' after-hook.
 */
test("every extension test file that launches a browser asserts that no request left the fixture routes", () => {
  const harness = readFileSync(join(DIR, "harness.ts"), "utf8");
  assert.match(harness, /export function suiteBrowsers[\s\S]*assert\.deepEqual\(foreign, \[\]/, "suiteBrowsers checks after its tests");
  const files = readdirSync(DIR).filter((n) => n.endsWith(".ts") && n !== "harness.ts");
  const launching = files.filter((n) => /launchWithExtension\(|suiteBrowsers\(/.test(readFileSync(join(DIR, n), "utf8")));
  assert.ok(launching.length >= 6, `the browser suites are found: ${launching.join(", ")}`);
  for (const name of launching) {
    const source = readFileSync(join(DIR, name), "utf8");
    const launches = source.match(/launchWithExtension\(/g)?.length ?? 0;
    const checks = source.match(/assert\.deepEqual\((?:browser\??\.foreign|foreign), \[\]/g)?.length ?? 0;
    assert.ok(launches === 0 || checks >= launches, `${name}: ${launches} browser(s) launched, ${checks} check(s) that no request left the fixture routes`);
  }
});
