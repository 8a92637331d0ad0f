// Splits the blind cases once: a case belongs to the dev part when the first byte of the SHA-256 of its id is
// divisible by 3 (about a third), to the test part otherwise. The split depends on the id alone, so adding cases
// later never moves an existing one. Usage: node scripts/split-blind.mjs WRITER.jsonl… (appends to dev/test).
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "cases", "blind");
export const splitOf = (id) => (createHash("sha256").update(id).digest()[0] % 3 === 0 ? "dev" : "test");

const seen = new Set();
for (const split of ["dev", "test"]) {
  const f = join(dir, `${split}.jsonl`);
  if (existsSync(f)) for (const l of readFileSync(f, "utf8").split("\n")) if (l.trim()) seen.add(JSON.parse(l).id);
}
const out = { dev: [], test: [] };
for (const file of process.argv.slice(2)) {
  for (const [i, line] of readFileSync(file, "utf8").split("\n").entries()) {
    if (!line.trim()) continue;
    let c;
    try {
      c = JSON.parse(line);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not JSON (${e.message})`, { cause: e });
    }
    if (seen.has(c.id)) throw new Error(`${file}:${i + 1}: the id ${c.id} is already in the blind set`);
    seen.add(c.id);
    out[splitOf(c.id)].push(JSON.stringify(c));
  }
}
for (const split of ["dev", "test"]) if (out[split].length) appendFileSync(join(dir, `${split}.jsonl`), out[split].join("\n") + "\n");
process.stdout.write(`dev +${out.dev.length}, test +${out.test.length}\n`);
