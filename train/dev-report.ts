import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadClassifier } from "../src/core/learned/classifier.js";
import { MODEL } from "../src/core/learned/weights.js";

/**
 * The model alone on the blind dev split (never the test split): for each threshold on the probability of harm, the
 * share of harmful cases it flags, the share of appropriate ones it flags wrongly, and how often its category is one
 * the case names. What the combination with the rules is calibrated on.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dev = readFileSync(join(ROOT, "test", "cases", "blind", "dev.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; expect: { level: string | string[]; categories?: string[] } });

const model = loadClassifier(MODEL);
const judged = dev.map((c) => {
  const levels = Array.isArray(c.expect.level) ? c.expect.level : [c.expect.level];
  return { harmful: !levels.includes("appropriate"), cats: c.expect.categories ?? [], o: model.judge(c.text) };
});
const harmful = judged.filter((j) => j.harmful);
const benign = judged.filter((j) => !j.harmful);
process.stdout.write(`model ${model.version} on the blind dev split: ${harmful.length} harmful, ${benign.length} appropriate\n`);
process.stdout.write("threshold  harmful flagged  appropriate flagged  category right (of flagged harmful)\n");
for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
  const flagged = harmful.filter((j) => 1 - j.o.appropriate >= t);
  const right = flagged.filter((j) => j.cats.includes(j.o.category)).length;
  const alarms = benign.filter((j) => 1 - j.o.appropriate >= t).length;
  process.stdout.write(
    `${t.toFixed(1).padStart(9)}  ${(flagged.length / harmful.length).toFixed(2).padStart(15)}  ${(alarms / benign.length).toFixed(2).padStart(19)}  ${(flagged.length ? right / flagged.length : 0).toFixed(2).padStart(10)}\n`,
  );
}
