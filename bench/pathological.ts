import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { assess } from "../src/core/engine.js";
import { hostileText, HOSTILE_KINDS } from "./hostile-texts.js";
import { fmt, median, ROOT } from "./shared.js";

/**
 * `node dist/bench/run.js pathological`: 100,000 characters of each hostile kind of issue 10 through assess(), beside
 * prose of the same length in the same run (target: at most 2× prose for every kind), then each through the whole
 * `impartial check` process, text on stdin.
 */
const LENGTH = 100_000;
const RUNS = 7;
const CLI_RUNS = 3;

/** Wall time and this process's CPU time of one call, in ms: on a shared machine the CPU time is the steadier. */
function timeMs(f: () => void): { wall: number; cpu: number } {
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  f();
  const used = process.cpuUsage(c);
  return { wall: Number(process.hrtime.bigint() - t) / 1e6, cpu: (used.user + used.system) / 1000 };
}

const medianOf = (xs: number[]) => median([...xs].sort((a, b) => a - b));

export function pathologicalBench(options: { cli?: boolean } = {}): void {
  const kinds = ["prose", ...HOSTILE_KINDS] as const;
  const texts = new Map(kinds.map((k) => [k, hostileText(k, LENGTH)]));
  // Warm up on short texts of every kind, so that the first kind timed is not the one paying for compilation.
  for (const k of kinds) assess({ text: hostileText(k, 2_000) });
  const engine = new Map<string, { wall: number; cpu: number }[]>(kinds.map((k) => [k, []]));
  // Rounds interleave the kinds, so that a noisy moment of this shared machine falls on all of them alike.
  for (let r = 0; r < RUNS; r++) for (const k of kinds) engine.get(k)!.push(timeMs(() => assess({ text: texts.get(k)! })));
  const wall = (k: string) => medianOf(engine.get(k)!.map((t) => t.wall));
  const cpu = (k: string) => medianOf(engine.get(k)!.map((t) => t.cpu));
  const lines = [
    `Pathological input: assess() on ${LENGTH.toLocaleString("en-CA")} characters of each kind, median of ${RUNS}, wall and CPU time (target ≤ 2× prose)`,
    `  ${"kind".padEnd(14)} ${"wall ms".padStart(8)} ${"× prose".padStart(8)} ${"cpu ms".padStart(8)} ${"× prose".padStart(8)} ${"findings".padStart(9)} ${"left out".padStart(9)} ${"answer bytes".padStart(13)}`,
  ];
  for (const k of kinds) {
    const a = assess({ text: texts.get(k)! });
    const bytes = Buffer.byteLength(JSON.stringify(a));
    lines.push(
      `  ${k.padEnd(14)} ${fmt(wall(k), 0).padStart(8)} ${fmt(wall(k) / wall("prose"), 2).padStart(8)} ${fmt(cpu(k), 0).padStart(8)} ${fmt(cpu(k) / cpu("prose"), 2).padStart(8)} ` +
        `${String(a.findings.length).padStart(9)} ${String(a.omitted ?? 0).padStart(9)} ${bytes.toLocaleString("en-CA").padStart(13)}`,
    );
  }
  if (options.cli === false) {
    process.stdout.write(lines.join("\n") + "\n\n");
    return;
  }
  lines.push("", `  Whole process: node bin/impartial.js check --json, text on stdin, median of ${CLI_RUNS}`);
  const cli = new Map<string, number[]>(kinds.map((k) => [k, []]));
  const bytes = new Map<string, number>();
  for (let r = 0; r < CLI_RUNS; r++) {
    for (const k of kinds) {
      const t = process.hrtime.bigint();
      const run = spawnSync(process.execPath, [join(ROOT, "bin/impartial.js"), "check", "--json"], { input: texts.get(k)!, maxBuffer: 1 << 30, cwd: ROOT });
      if (run.status === null || run.status > 2) throw new Error(`impartial check on ${k} exited ${run.status}: ${run.stderr}`);
      cli.get(k)!.push(Number(process.hrtime.bigint() - t) / 1e6);
      bytes.set(k, run.stdout.length);
    }
  }
  const cliProse = median(cli.get("prose")!.sort((a, b) => a - b));
  lines.push(`  ${"kind".padEnd(14)} ${"median ms".padStart(10)} ${"× prose".padStart(8)} ${"stdout bytes".padStart(13)}`);
  for (const k of kinds) {
    const m = median(cli.get(k)!.sort((a, b) => a - b));
    lines.push(`  ${k.padEnd(14)} ${fmt(m, 0).padStart(10)} ${fmt(m / cliProse, 2).padStart(8)} ${bytes.get(k)!.toLocaleString("en-CA").padStart(13)}`);
  }
  process.stdout.write(lines.join("\n") + "\n\n");
}
