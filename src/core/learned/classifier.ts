import { CATEGORIES, type Category, type Span } from "../model.js";
import { extractFeatures } from "./features.js";

/**
 * A multinomial logistic regression over hashed features (see features.ts): one weight per bucket and class, stored
 * as 8-bit integers with a scale per class. Plain arithmetic, deterministic, no I/O: it runs wherever the core runs.
 */

export const CLASSES = ["appropriate", ...CATEGORIES] as const;
export type ModelClass = (typeof CLASSES)[number];

export interface ModelData {
  version: string;
  classes: readonly string[];
  buckets: number;
  bias: readonly number[];
  scale: readonly number[];
  /** Bucket-major int8 weights (bucket × class), base64. */
  weights: string;
}

export interface ModelOpinion {
  /** Probability that the text is appropriate; 1 minus it is the probability of some harm. */
  appropriate: number;
  /** The most probable category of harm and its probability. */
  category: Category;
  probability: number;
  /** The words that weighed most toward that category, as a span of the text. */
  span?: Span;
}

export interface Classifier {
  readonly version: string;
  judge(text: string): ModelOpinion;
}

function decodeBase64(b64: string): Int8Array {
  const bin = atob(b64);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

export class ModelDataError extends Error {}

/** Checks a model's shape before use: a wrong or truncated model fails here, at load, never in a user's check. */
export function loadClassifier(data: ModelData): Classifier {
  const C = CLASSES.length;
  if (data.classes.length !== C || data.classes.some((c, i) => c !== CLASSES[i])) throw new ModelDataError(`the model's classes (${data.classes.join(", ")}) are not the engine's`);
  if (!Number.isInteger(Math.log2(data.buckets))) throw new ModelDataError(`the model's bucket count ${data.buckets} is not a power of two`);
  if (data.bias.length !== C || data.scale.length !== C) throw new ModelDataError("the model's bias or scale has the wrong length");
  const w = decodeBase64(data.weights);
  if (w.length !== data.buckets * C) throw new ModelDataError(`the model holds ${w.length} weights, not ${data.buckets * C}`);
  const bias = Float64Array.from(data.bias);
  const scale = Float64Array.from(data.scale);
  const acc = new Float64Array(C);
  return {
    version: data.version,
    judge(text: string): ModelOpinion {
      const { ids, token, tokens } = extractFeatures(text, data.buckets);
      acc.fill(0);
      for (let i = 0; i < ids.length; i++) {
        const base = ids[i]! * C;
        for (let c = 0; c < C; c++) acc[c]! += w[base + c]!;
      }
      const norm = ids.length > 0 ? 1 / Math.sqrt(ids.length) : 0;
      let max = -Infinity;
      for (let c = 0; c < C; c++) {
        acc[c] = bias[c]! + scale[c]! * acc[c]! * norm;
        if (acc[c]! > max) max = acc[c]!;
      }
      let sum = 0;
      for (let c = 0; c < C; c++) sum += acc[c] = Math.exp(acc[c]! - max);
      let best = 1;
      for (let c = 2; c < C; c++) if (acc[c]! > acc[best]!) best = c;
      const opinion: ModelOpinion = { appropriate: acc[0]! / sum, category: CLASSES[best] as Category, probability: acc[best]! / sum };
      // The token whose features pushed hardest from "appropriate" toward the category.
      if (tokens.length > 0) {
        const push = new Float64Array(tokens.length);
        for (let i = 0; i < ids.length; i++) push[token[i]!]! += scale[best]! * w[ids[i]! * C + best]! - scale[0]! * w[ids[i]! * C]!;
        let top = 0;
        for (let t = 1; t < tokens.length; t++) if (push[t]! > push[top]!) top = t;
        if (push[top]! > 0) opinion.span = [tokens[top]!.start, tokens[top]!.end];
      }
      return opinion;
    },
  };
}
