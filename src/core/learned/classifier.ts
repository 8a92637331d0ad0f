import { CATEGORIES, type Category, type Span } from "../model.js";
import { extractFeatures, type TokenSpan } from "./features.js";

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
  /**
   * `span`: also point at the words that weighed most (a second pass over the features; only when it will be shown).
   * `folded`: the text already folded as the features read it (the view's `modelFold`), saving a pass.
   */
  judge(text: string, options?: { span?: boolean; folded?: string | undefined }): ModelOpinion;
}

/** The engine's fifteen classes, as a type: sumRows below is written out for exactly that many. */
const FIFTEEN: 15 = CLASSES.length;

/**
 * Adds up the weight rows of the features into `acc`, the fifteen classes in fifteen local sums: written out, it runs
 * about 2.5 times faster than a loop over the classes storing into an array (measured in V8 on this machine), and it is
 * the model's hottest loop.
 */
function sumRows(w: Int8Array, ids: Uint32Array, acc: Float64Array): void {
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0, a9 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0, a14 = 0;
  for (let i = 0; i < ids.length; i++) {
    const b = ids[i]! * FIFTEEN;
    a0 += w[b]!;
    a1 += w[b + 1]!;
    a2 += w[b + 2]!;
    a3 += w[b + 3]!;
    a4 += w[b + 4]!;
    a5 += w[b + 5]!;
    a6 += w[b + 6]!;
    a7 += w[b + 7]!;
    a8 += w[b + 8]!;
    a9 += w[b + 9]!;
    a10 += w[b + 10]!;
    a11 += w[b + 11]!;
    a12 += w[b + 12]!;
    a13 += w[b + 13]!;
    a14 += w[b + 14]!;
  }
  acc[0] = a0; acc[1] = a1; acc[2] = a2; acc[3] = a3; acc[4] = a4; acc[5] = a5; acc[6] = a6; acc[7] = a7;
  acc[8] = a8; acc[9] = a9; acc[10] = a10; acc[11] = a11; acc[12] = a12; acc[13] = a13; acc[14] = a14;
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
  /** The token whose features pushed hardest from "appropriate" toward the category. */
  function weightiest(ids: Uint32Array, token: Uint16Array, tokens: readonly TokenSpan[], best: number): Span | undefined {
    if (tokens.length === 0) return undefined;
    const push = new Float64Array(tokens.length);
    for (let i = 0; i < ids.length; i++) push[token[i]!]! += scale[best]! * w[ids[i]! * C + best]! - scale[0]! * w[ids[i]! * C]!;
    let top = 0;
    for (let t = 1; t < tokens.length; t++) if (push[t]! > push[top]!) top = t;
    return push[top]! > 0 ? [tokens[top]!.start, tokens[top]!.end] : undefined;
  }
  return {
    version: data.version,
    judge(text: string, options: { span?: boolean; folded?: string | undefined } = {}): ModelOpinion {
      const { ids, token, tokens } = extractFeatures(text, data.buckets, options.folded);
      sumRows(w, ids, acc);
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
      if (options.span) {
        const span = weightiest(ids, token, tokens, best);
        if (span) opinion.span = span;
      }
      return opinion;
    },
  };
}
