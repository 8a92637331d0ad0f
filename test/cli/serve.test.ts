import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { runServe } from "../../src/cli/serve.js";
import { UsageError } from "../../src/cli/errors.js";

function io(signal?: AbortSignal, onListening?: (url: string) => void, locale: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => (out += c.toString()));
  stderr.on("data", (c: Buffer) => (err += c.toString()));
  const home = mkdtempSync(join(tmpdir(), "impartial-serve-"));
  return { io: { stdout, stderr, env: { HOME: home, ...locale }, ...(signal ? { signal } : {}), ...(onListening ? { onListening } : {}) }, out: () => out, err: () => err, home };
}

test("serve refuses a host other machines can reach unless --allow-remote is given", async () => {
  const t = io();
  await assert.rejects(runServe(["--host", "0.0.0.0", "--db", join(t.home, "review.db")], t.io), (e: unknown) => e instanceof UsageError && /--allow-remote/.test(e.message));
  rmSync(t.home, { recursive: true, force: true });
});

test("serve refuses a port that is not a number", async () => {
  const t = io();
  await assert.rejects(runServe(["--port", "http"], t.io), /--port must be a port number/);
  rmSync(t.home, { recursive: true, force: true });
});

test("serve refuses a number of jobs that is not one, by name, in English and French", async () => {
  const t = io();
  await assert.rejects(runServe(["--jobs", "0"], t.io), (e: unknown) => e instanceof UsageError && /--jobs must be a whole number from 1 to 64, not "0"/.test(e.message));
  await assert.rejects(runServe(["--jobs", "many"], t.io), (e: unknown) => e instanceof UsageError && /--jobs doit être un nombre entier de 1 à 64/.test(e.text.fr));
  rmSync(t.home, { recursive: true, force: true });
});

test("serve prints its loopback URL, answers, and stops when told to", async () => {
  const stop = new AbortController();
  let answered = 0;
  const t = io(stop.signal, (url) => {
    void fetch(new URL("api/openapi.json", url)).then((r) => {
      answered = r.status;
      stop.abort();
    });
  });
  const code = await runServe(["--port", "0", "--db", join(t.home, "review.db")], t.io);
  assert.equal(code, 0);
  assert.match(t.out(), /serving on http:\/\/127\.0\.0\.1:\d+\/ \(en français : http:\/\/127\.0\.0\.1:\d+\/fr\/\)/);
  assert.ok(t.out().includes(`Review database: ${join(t.home, "review.db")}`), "says where the review database is");
  assert.equal(answered, 200);
  rmSync(t.home, { recursive: true, force: true });
});

test("serve says where it is serving in French under a French locale, the French pages first", async () => {
  const stop = new AbortController();
  const t = io(stop.signal, () => stop.abort(), { LANG: "fr_CA.UTF-8" });
  assert.equal(await runServe(["--port", "0", "--db", join(t.home, "review.db")], t.io), 0);
  assert.match(t.out(), /^Impartial est en service à l'adresse http:\/\/127\.0\.0\.1:\d+\/fr\/ \(in English: http:\/\/127\.0\.0\.1:\d+\/\)/);
  assert.ok(t.out().includes(`Base de données d'examen : ${join(t.home, "review.db")}`), "says where the review database is");
  rmSync(t.home, { recursive: true, force: true });
});
