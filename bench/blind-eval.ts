import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createEngine, type Engine, type EngineOptions } from "../src/core/engine.js";
import { CATEGORIES, levelRank, type Activity, type Assessment, type Category, type Level } from "../src/core/model.js";
import { engineOptionsFor, selectPacks } from "../src/core/packs/pack.js";
import { fmt, ROOT } from "./shared.js";

/**
 * The blind cases (test/cases/blind/): written from the guidance alone by writers who never saw the engine, split once
 * into a dev part (read it, learn from its misses) and a test part whose texts nobody reads while changing rules or a
 * model. This module prints the test part's aggregate figures only, never its texts.
 */

export interface BlindCase {
  id: string;
  text: string;
  action?: Activity["action"];
  inReplyTo?: string;
  author?: { handle?: string; name?: string };
  context?: Activity["context"];
  expect: { level: Level | Level[]; categories?: Category[] };
  lang: "en" | "fr";
}

export const BLIND_DIR = join(ROOT, "test", "cases", "blind");

export function readBlind(split: "dev" | "test"): BlindCase[] | undefined {
  const file = join(BLIND_DIR, `${split}.jsonl`);
  if (!existsSync(file)) return undefined;
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as BlindCase);
}

/** A share with its Wilson score interval at 95%, which stays inside [0, 1] and is honest for small counts. */
export interface Share {
  k: number;
  n: number;
  share: number;
  low: number;
  high: number;
}

export function wilson(k: number, n: number, z = 1.959964): Share {
  if (n === 0) return { k, n, share: NaN, low: NaN, high: NaN };
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return { k, n, share: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface BlindScore {
  n: number;
  agree: Share;
  agreeEn: Share;
  agreeFr: Share;
  missed: Share;
  falseAlarms: Share;
  categoryHit: Share;
  perCategory: { category: Category; precision: Share; recall: Share }[];
  /** Ids (never texts) of the cases the engine got wrong, for the dev split only. */
  wrong: { id: string; want: Level[]; got: Level; categories: Category[] }[];
}

/** The engine the CLI would use for a case: the built-in rules plus the packs its department selects. */
function enginesByDepartment(extra: EngineOptions): (department: string | undefined) => Engine {
  const cache = new Map<string, Engine>();
  return (department) => {
    const key = department ?? "";
    let e = cache.get(key);
    if (!e) cache.set(key, (e = createEngine({ ...engineOptionsFor(selectPacks(department ? { department } : {})), ...extra })));
    return e;
  };
}

const harmfulFindings = (a: Assessment) => new Set(a.findings.filter((f) => levelRank(f.level) >= 1).map((f) => f.category));

/** `extra`: engine options laid over the packs' (the second opinion's thresholds, when calibrating them on dev). */
export function scoreBlind(cases: readonly BlindCase[], extra: EngineOptions = {}): BlindScore {
  const engineFor = enginesByDepartment(extra);
  const count = { all: [0, 0], en: [0, 0], fr: [0, 0], harmful: [0, 0], benign: [0, 0], cats: [0, 0] };
  const tp = new Map<Category, number>();
  const fp = new Map<Category, number>();
  const fn = new Map<Category, number>();
  const wrong: BlindScore["wrong"] = [];
  for (const c of cases) {
    const activity: Activity = {
      text: c.text,
      action: c.action ?? "post",
      context: c.context ?? {},
      ...(c.inReplyTo ? { inReplyTo: c.inReplyTo } : {}),
      ...(c.author ? { author: c.author } : {}),
    } as Activity;
    const a = engineFor(c.context?.department).assess(activity);
    const want = Array.isArray(c.expect.level) ? c.expect.level : [c.expect.level];
    const good = want.includes(a.level);
    for (const k of ["all", c.lang] as const) {
      count[k][1]!++;
      if (good) count[k][0]!++;
    }
    if (!good) wrong.push({ id: c.id, want, got: a.level, categories: [...harmfulFindings(a)] });
    const harmful = Math.min(...want.map(levelRank)) >= 1;
    const flagged = levelRank(a.level) >= 1;
    if (harmful) {
      count.harmful[1]!++;
      if (!flagged) count.harmful[0]!++;
    } else {
      count.benign[1]!++;
      if (flagged) count.benign[0]!++;
    }
    const expected = new Set(c.expect.categories ?? []);
    const found = harmfulFindings(a);
    if (expected.size > 0) {
      count.cats[1]!++;
      if ([...expected].some((x) => found.has(x))) count.cats[0]!++;
    }
    for (const cat of CATEGORIES) {
      const e = expected.has(cat);
      const f = found.has(cat);
      if (e && f) tp.set(cat, (tp.get(cat) ?? 0) + 1);
      else if (f) fp.set(cat, (fp.get(cat) ?? 0) + 1);
      else if (e) fn.set(cat, (fn.get(cat) ?? 0) + 1);
    }
  }
  const s = (pair: number[]) => wilson(pair[0]!, pair[1]!);
  return {
    n: cases.length,
    agree: s(count.all),
    agreeEn: s(count.en),
    agreeFr: s(count.fr),
    missed: s(count.harmful),
    falseAlarms: s(count.benign),
    categoryHit: s(count.cats),
    perCategory: CATEGORIES.map((category) => {
      const t = tp.get(category) ?? 0;
      return { category, precision: wilson(t, t + (fp.get(category) ?? 0)), recall: wilson(t, t + (fn.get(category) ?? 0)) };
    }),
    wrong,
  };
}

const show = (x: Share) => (x.n === 0 ? "   –" : `${fmt(x.share, 2)} [${fmt(x.low, 2)}–${fmt(x.high, 2)}] (${x.k}/${x.n})`);

export function formatBlind(name: string, s: BlindScore, targets: boolean): string {
  const t = (text: string) => (targets ? `   target ${text}` : "");
  const lines = [
    `${name}: ${s.n} cases (95% Wilson intervals)`,
    `  agreement        ${show(s.agree)}${t("≥ 0.90")}`,
    `    English        ${show(s.agreeEn)}`,
    `    French         ${show(s.agreeFr)}${t("≥ 0.88")}`,
    `  missed harmful   ${show(s.missed)}${t("≤ 0.03")}`,
    `  false alarms     ${show(s.falseAlarms)}${t("≤ 0.03")}`,
    `  category hit     ${show(s.categoryHit)}${t("≥ 0.90")}`,
    `  per category     precision                   recall`,
  ];
  for (const c of s.perCategory) lines.push(`    ${c.category.padEnd(20)} ${show(c.precision).padEnd(27)} ${show(c.recall)}`);
  return lines.join("\n") + "\n";
}
