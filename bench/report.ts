import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { assess } from "../src/core/engine.js";
import type { HistoryItem } from "../src/importers/types.js";
import { REPORT_PAGE, reportCsv } from "../src/server/downloads.js";
import { openStore } from "../src/store/store.js";
import { makePosts } from "./posts.js";
import { fmt, median } from "./shared.js";

/**
 * `node dist/bench/report.js [--items N] [--runs R]`: the CSV report of a large review store, made the way the
 * server sends it (a page at a time, written as made), beside a bare baseline in the same run: one SELECT of the
 * same joined columns (item, assessment, decision), each row's values joined by commas and written. Each runs in its own process, so its peak RSS
 * (`process.resourceUsage().maxRSS`) is its own.
 */

const HERE = fileURLToPath(import.meta.url);

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

/** A store of `n` items: texts drawn from the labelled sentences, judged once each and reused. */
export function buildStore(path: string, n: number): void {
  const store = openStore(path);
  const texts = makePosts(500);
  const judged = texts.map((text) => assess({ text }));
  const id = store.beginImport("x", "/bench/archive.zip", `bench:${n}`);
  for (let at = 0; at < n; at += 5_000) {
    const rows = [];
    for (let k = at; k < Math.min(n, at + 5_000); k++) {
      const item: HistoryItem = {
        platform: "x",
        id: String(1_000_000_000 + k),
        action: "post",
        createdAt: new Date(Date.UTC(2010, 0, 1) + k * 3_600_000).toISOString(),
        text: texts[k % texts.length]!,
        url: `https://x.com/me/status/${1_000_000_000 + k}`,
        visibility: "public",
        sourceFile: "data/tweets.js",
      };
      rows.push({ item, assessment: judged[k % judged.length]!, beforeService: false, rulesVersion: "bench" });
    }
    store.addBatch(id, rows);
  }
  store.finishImport(id, { count: n });
  store.close();
}

/** One child's job: write the file, then print its seconds, bytes and peak RSS. */
async function child(kind: string, db: string, out: string): Promise<void> {
  const started = process.hrtime.bigint();
  const file = createWriteStream(out);
  const write = (s: string) => (file.write(s) ? Promise.resolve() : new Promise<void>((r) => file.once("drain", () => r())));
  if (kind === "report") {
    const store = openStore(db);
    for (const part of reportCsv(store, "en").body as Iterable<string>) await write(part);
    store.close();
  } else {
    const raw = new Database(db, { readonly: true });
    let chunk = "";
    const joined = `SELECT i.*, a.level, a.score, a.categories, a.findings, d.decision, d.note, d.decided_at FROM items i
      LEFT JOIN assessments a ON a.platform = i.platform AND a.id = i.id LEFT JOIN decisions d ON d.platform = i.platform AND d.id = i.id`;
    for (const r of raw.prepare(joined).iterate() as Iterable<Record<string, unknown>>) {
      chunk += `${Object.values(r).map((v) => String(v)).join(",")}\r\n`;
      if (chunk.length > 1 << 16) {
        await write(chunk);
        chunk = "";
      }
    }
    await write(chunk);
    raw.close();
  }
  await new Promise<void>((r) => file.end(() => r()));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(JSON.stringify({ seconds, bytes: statSync(out).size, rssKb: process.resourceUsage().maxRSS }));
}

function measure(kind: string, db: string, out: string): { seconds: number; bytes: number; rssKb: number } {
  const r = spawnSync(process.execPath, [HERE, "--child", kind, db, out], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${kind} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { seconds: number; bytes: number; rssKb: number };
}

/** Builds a store of `n` items, then times its CSV report against the baseline, `runs` times each. */
export function reportBench(n = 100_000, runs = 3): void {
  const dir = mkdtempSync(join(tmpdir(), "impartial-bench-report-"));
  try {
    const db = join(dir, "review.db");
    const t = process.hrtime.bigint();
    buildStore(db, n);
    process.stdout.write(`CSV report (GET /api/review/report.csv) of a review store of ${n.toLocaleString("en-CA")} items (built in ${fmt(Number(process.hrtime.bigint() - t) / 1e9)} s), ${runs} runs each, each in its own process\n`);
    const results: Record<string, { seconds: number[]; rssKb: number[]; bytes: number }> = {};
    for (let r = 0; r < runs; r++) {
      for (const kind of ["baseline", "report"]) {
        const m = measure(kind, db, join(dir, `${kind}.csv`));
        const entry = (results[kind] ??= { seconds: [], rssKb: [], bytes: m.bytes });
        entry.seconds.push(m.seconds);
        entry.rssKb.push(m.rssKb);
      }
    }
    const line = (label: string, e: { seconds: number[]; rssKb: number[]; bytes: number }) =>
      `  ${label.padEnd(44)} median ${fmt(median(e.seconds.sort((a, b) => a - b)), 2)} s, ${fmt(e.bytes / 2 ** 20, 0)} MiB written, peak RSS ${fmt(Math.max(...e.rssKb) / 1024, 0)} MB`;
    const base = results.baseline!;
    const report = results.report!;
    process.stdout.write(
      [
        line("baseline (one SELECT of the joined columns)", base),
        line(`report.csv (pages of ${REPORT_PAGE}, written as made)`, report),
        `  report/baseline ${fmt(median(report.seconds) / median(base.seconds), 2)}×`,
        "",
      ].join("\n"),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === HERE) {
  if (process.argv[2] === "--child") await child(process.argv[3]!, process.argv[4]!, process.argv[5]!);
  else reportBench(arg("--items", 100_000), arg("--runs", 3));
}
