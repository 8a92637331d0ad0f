import { readBlind } from "../bench/blind-eval.js";
import { CLASSES, loadClassifier } from "../src/core/learned/classifier.js";
import { extractFeatures } from "../src/core/learned/features.js";
import { MODEL } from "../src/core/learned/weights.js";
import { readCorpus, readDavidson, readMlma } from "./train.js";

/**
 * `node dist/train/alternatives.js`: the shipped model beside multinomial naive Bayes over the same features and data,
 * each alone on the blind dev split (never the test split): the share of harmful cases flagged, of appropriate ones
 * flagged wrongly, and how often the category is one the case names. The table in docs/second-opinion.md.
 */

const dev = readBlind("dev");
if (!dev) {
  process.stderr.write("alternatives: test/cases/blind/dev.jsonl is absent\n");
  process.exit(66);
}
const examples = [...readCorpus(), ...readDavidson(), ...readMlma("fr"), ...readMlma("en")];
const B = 1 << 17;
const C = CLASSES.length;

// Naive Bayes: weighted feature counts per class, add-0.1 smoothing, the same balanced prior as the regression's
// training (half "appropriate", half shared by the categories).
const counts = new Float64Array(B * C);
const totals = new Float64Array(C);
for (const e of examples) {
  for (const id of extractFeatures(e.text, B).ids) {
    counts[id * C + e.label]! += e.weight;
    totals[e.label]! += e.weight;
  }
}
const logPrior = Array.from({ length: C }, (_, c) => Math.log(c === 0 ? 0.5 : 0.5 / (C - 1)));
function bayes(text: string): { harm: number; category: string } {
  const lp = [...logPrior];
  for (const id of extractFeatures(text, B).ids) for (let c = 0; c < C; c++) lp[c]! += Math.log((counts[id * C + c]! + 0.1) / (totals[c]! + 0.1 * B));
  const max = Math.max(...lp);
  const p = lp.map((x) => Math.exp(x - max));
  const sum = p.reduce((a, b) => a + b, 0);
  let best = 1;
  for (let c = 2; c < C; c++) if (p[c]! > p[best]!) best = c;
  return { harm: 1 - p[0]! / sum, category: CLASSES[best]! };
}
const shipped = loadClassifier(MODEL);
const regression = (text: string) => {
  const o = shipped.judge(text);
  return { harm: 1 - o.appropriate, category: o.category as string };
};

process.stdout.write("model                         p(harm) ≥  harmful flagged  appropriate flagged  category right\n");
for (const [name, judge] of [
  ["multinomial naive Bayes", bayes],
  ["logistic regression (shipped)", regression],
] as const) {
  const judged = dev.map((c) => {
    const levels = Array.isArray(c.expect.level) ? c.expect.level : [c.expect.level];
    return { harmful: !levels.includes("appropriate"), categories: c.expect.categories ?? [], o: judge(c.text) };
  });
  const harmful = judged.filter((j) => j.harmful);
  const benign = judged.filter((j) => !j.harmful);
  for (const t of [0.5, 0.7, 0.9]) {
    const flagged = harmful.filter((j) => j.o.harm >= t);
    const right = flagged.filter((j) => (j.categories as string[]).includes(j.o.category)).length;
    const share = (k: number, n: number) => (n === 0 ? "–" : (k / n).toFixed(2));
    process.stdout.write(
      `${name.padEnd(30)}${t.toFixed(1).padStart(9)}  ${share(flagged.length, harmful.length).padStart(15)}  ${share(benign.filter((j) => j.o.harm >= t).length, benign.length).padStart(19)}  ${share(right, flagged.length).padStart(14)}\n`,
    );
  }
}
