import { readFileSync } from "node:fs";
import { assess } from "../../src/core/engine.js";
import { levelRank, type Activity, type Level } from "../../src/core/model.js";

export interface LabelledCase {
  id: string;
  text: string;
  action?: Activity["action"];
  inReplyTo?: string;
  context?: Activity["context"];
  expect: { level: Level | Level[]; categories?: string[] };
  lang: "en" | "fr";
}

export interface Score {
  n: number;
  agree: number;
  agreeEn: number;
  agreeFr: number;
  missed: number;
  falseAlarms: number;
  categories: number;
  disagreements: string[];
}

export function readCases(...files: string[]): LabelledCase[] {
  return files.flatMap((f) => readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledCase));
}

/** The same measures as ../shared/tools/score-cases, computed in-process. */
export function score(cases: LabelledCase[]): Score {
  const n = { all: 0, en: 0, fr: 0 };
  const ok = { all: 0, en: 0, fr: 0 };
  let harmful = 0;
  let missed = 0;
  let benign = 0;
  let alarms = 0;
  let catN = 0;
  let catHit = 0;
  const disagreements: string[] = [];
  for (const c of cases) {
    const a = assess({ text: c.text, action: c.action ?? "post", context: c.context ?? {}, ...(c.inReplyTo ? { inReplyTo: c.inReplyTo } : {}) });
    const want = Array.isArray(c.expect.level) ? c.expect.level : [c.expect.level];
    const good = want.includes(a.level);
    for (const k of ["all", c.lang] as const) {
      n[k]++;
      if (good) ok[k]++;
    }
    if (Math.min(...want.map(levelRank)) >= 1) {
      harmful++;
      if (levelRank(a.level) < 1) missed++;
    } else {
      benign++;
      if (levelRank(a.level) >= 1) alarms++;
    }
    const cats = c.expect.categories ?? [];
    if (cats.length > 0) {
      catN++;
      if (a.findings.some((f) => f.level !== "appropriate" && cats.includes(f.category))) catHit++;
    }
    if (!good) disagreements.push(`${c.id} want ${want.join("|")} got ${a.level} [${a.findings.map((f) => f.rule).join(", ")}]: ${c.text.slice(0, 90)}`);
  }
  const r = (x: number, y: number) => (y ? x / y : 1);
  return { n: n.all, agree: r(ok.all, n.all), agreeEn: r(ok.en, n.en), agreeFr: r(ok.fr, n.fr), missed: r(missed, harmful), falseAlarms: r(alarms, benign), categories: r(catHit, catN), disagreements };
}
