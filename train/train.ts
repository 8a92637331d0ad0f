import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { decodeHTML } from "entities";
import { CLASSES, loadClassifier, type ModelData } from "../src/core/learned/classifier.js";
import { extractFeatures } from "../src/core/learned/features.js";
import { prng } from "../bench/shared.js";

/**
 * `npm run train`: trains the learned second opinion and writes src/core/learned/weights.ts. Seeded and deterministic:
 * the same inputs give the same bytes. It reads the project's own training corpus (train/corpus/, written from the
 * guidance by writers who never saw the blind test cases) and the train folds of the MIT-licensed corpora in
 * ../shared/corpora (data rows whose 0-based number is not divisible by 5); the test folds and the blind cases are
 * never read here.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SHARED = join(ROOT, "..", "shared", "corpora");

export interface Example {
  text: string;
  label: number;
  weight: number;
  source: string;
}

const classIndex = (label: string): number => {
  const i = (CLASSES as readonly string[]).indexOf(label);
  if (i < 0) throw new Error(`unknown label ${label}`);
  return i;
};

export function readCorpus(dir = join(ROOT, "train", "corpus")): Example[] {
  const out: Example[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".jsonl")).sort()) {
    for (const [i, line] of readFileSync(join(dir, name), "utf8").split("\n").entries()) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text: string; label: string };
      if (typeof row.text !== "string" || row.text.trim() === "") throw new Error(`${name}:${i + 1}: no text`);
      out.push({ text: row.text, label: classIndex(row.label), weight: 1, source: "corpus" });
    }
  }
  return out;
}

const trainFold = <T>(rows: readonly T[]): T[] => rows.filter((_, i) => i % 5 !== 0);
const csv = (file: string, delimiter = ",") => parse(readFileSync(join(SHARED, file)), { columns: true, delimiter, relax_quotes: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];

/** Davidson et al. 2017: hate speech is harassment, offensive language profanity, "neither" appropriate. */
export function readDavidson(): Example[] {
  const map: Record<string, string> = { "0": "harassment", "1": "profanity", "2": "appropriate" };
  return trainFold(csv("davidson-hate-offensive/labeled_data.csv")).map((r) => ({ text: decodeHTML(r.tweet ?? ""), label: classIndex(map[r.class!]!), weight: 0.15, source: "davidson" }));
}

/**
 * MLMA 2019: a tweet labelled hateful, or hostile (offensive, abusive, disrespectful, fearful) without "normal", is
 * harassment; "normal" alone is appropriate; mixed labels with "normal" are left out as the annotators disagreed.
 */
export function readMlma(lang: "fr" | "en"): Example[] {
  const out: Example[] = [];
  for (const r of trainFold(csv(`mlma-hate-fr-en/${lang}_dataset.csv`))) {
    const labels = (r.sentiment ?? "").split("_");
    const normal = labels.includes("normal");
    if (normal && labels.length > 1) continue;
    out.push({ text: r.tweet ?? "", label: classIndex(normal ? "appropriate" : "harassment"), weight: 0.7, source: `mlma-${lang}` });
  }
  return out;
}

export interface TrainOptions {
  buckets: number;
  epochs: number;
  rate: number;
  l2: number;
  /** The share of the training weight given to "appropriate"; the fourteen categories share the rest equally. */
  appropriateShare: number;
  seed: number;
}

export const DEFAULTS: TrainOptions = { buckets: 1 << 17, epochs: 8, rate: 0.4, l2: 1e-6, appropriateShare: 0.5, seed: 20261207 };

/** Softmax regression by AdaGrad; classes are balanced by weight so the rare categories are not drowned. */
export function train(examples: readonly Example[], options: TrainOptions = DEFAULTS): ModelData {
  const C = CLASSES.length;
  const B = options.buckets;
  const w = new Float64Array(B * C);
  const g2 = new Float64Array(B * C).fill(1e-8);
  const bias = new Float64Array(C);
  const bg2 = new Float64Array(C).fill(1e-8);
  const perClass = new Float64Array(C);
  for (const e of examples) perClass[e.label]! += e.weight;
  const total = perClass.reduce((a, b) => a + b, 0);
  // A share of the weight to "appropriate" (half by default), the rest shared equally by the fourteen categories: the
  // question the model answers first is "is there harm", and a category's rarity must not make harm look likelier
  // than it is.
  const a = options.appropriateShare;
  const balance = Float64Array.from(perClass, (n, c) => (n === 0 ? 0 : c === 0 ? (a * total) / n : ((1 - a) * total) / ((C - 1) * n)));
  // Copied: extractFeatures returns views of buffers its next call overwrites.
  const feats = examples.map((e) => extractFeatures(e.text, B).ids.slice());
  const order = examples.map((_, i) => i);
  const random = prng(options.seed);
  const p = new Float64Array(C);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const ids = feats[k]!;
      if (ids.length === 0) continue;
      const e = examples[k]!;
      const norm = 1 / Math.sqrt(ids.length);
      let max = -Infinity;
      for (let c = 0; c < C; c++) {
        let s = bias[c]!;
        for (let i = 0; i < ids.length; i++) s += w[ids[i]! * C + c]! * norm;
        p[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < C; c++) sum += p[c] = Math.exp(p[c]! - max);
      const weight = e.weight * balance[e.label]!;
      for (let c = 0; c < C; c++) {
        const g = (p[c]! / sum - (c === e.label ? 1 : 0)) * weight;
        if (g === 0) continue;
        bg2[c]! += g * g;
        bias[c]! -= (options.rate * g) / Math.sqrt(bg2[c]!);
        const gx = g * norm;
        for (let i = 0; i < ids.length; i++) {
          const at = ids[i]! * C + c;
          const grad = gx + options.l2 * w[at]!;
          g2[at]! += grad * grad;
          w[at]! -= (options.rate * grad) / Math.sqrt(g2[at]!);
        }
      }
    }
  }
  // 8-bit weights with a scale per class: a quarter of the size of 32-bit floats, for a rounding error far below the
  // weights' own noise.
  const scale = new Array<number>(C).fill(0);
  for (let at = 0; at < w.length; at++) scale[at % C] = Math.max(scale[at % C]!, Math.abs(w[at]!));
  for (let c = 0; c < C; c++) scale[c] = scale[c]! > 0 ? scale[c]! / 127 : 1;
  const q = new Int8Array(w.length);
  for (let at = 0; at < w.length; at++) q[at] = Math.round(w[at]! / scale[at % C]!);
  const weights = Buffer.from(q.buffer).toString("base64");
  const round = (x: number) => Number(x.toPrecision(9));
  const version = createHash("sha256").update(weights).update(JSON.stringify([...bias].map(round))).digest("hex").slice(0, 12);
  return { version, classes: [...CLASSES], buckets: B, bias: [...bias].map(round), scale: scale.map(round), weights };
}

export function writeModel(model: ModelData, file = join(ROOT, "src", "core", "learned", "weights.ts")): void {
  writeFileSync(
    file,
    `// Generated by \`npm run train\` (train/train.ts): do not edit by hand. Provenance and licences: src/core/learned/README.md.
import type { ModelData } from "./classifier.js";

export const MODEL: ModelData = {
  version: ${JSON.stringify(model.version)},
  classes: ${JSON.stringify(model.classes)},
  buckets: ${model.buckets},
  bias: ${JSON.stringify(model.bias)},
  scale: ${JSON.stringify(model.scale)},
  weights:
    ${JSON.stringify(model.weights)},
};
`,
  );
}

function main(): void {
  if (!existsSync(SHARED)) {
    process.stderr.write(`npm run train needs ../shared/corpora beside the project (${SHARED} is absent): the model is trained on their train folds.\n`);
    process.exitCode = 65;
    return;
  }
  const examples = [...readCorpus(), ...readDavidson(), ...readMlma("fr"), ...readMlma("en")];
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
  process.stdout.write(`training on ${examples.length} texts (${[...counts].map(([s, n]) => `${s} ${n}`).join(", ")})\n`);
  const model = train(examples);
  loadClassifier(model);
  writeModel(model);
  process.stdout.write(`wrote src/core/learned/weights.ts: model ${model.version}, ${model.buckets} buckets, ${(model.weights.length / 1024 / 1024).toFixed(2)} MiB of weights\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
