import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BLIND_DIR, readBlind, scoreBlind, type BlindCase, type BlindScore } from "../bench/blind-eval.js";
import { fmt } from "../bench/shared.js";
import { SECOND_OPINION } from "../src/core/learned/opinion.js";

/**
 * Calibrates how the learned second opinion joins the rules, on the blind dev split only (the test split is never
 * read here): for each pair of thresholds, the dev split's agreement, missed harmful, false alarms and category hit
 * with the model consulted, beside the rules alone. `node dist/train/calibrate.js`. The thresholds chosen go in
 * src/core/learned/opinion.ts (SECOND_OPINION) with the figures that chose them in docs/measurements.md.
 */

const dev = readBlind("dev");
if (!dev) {
  process.stderr.write("calibrate: test/cases/blind/dev.jsonl is absent\n");
  process.exit(66);
}

// Ordinary life too: the project's own cases (regression tests, not a measure) hold 200 appropriate posts about
// parties, cottages and work lunches, which the dev split's few near-misses do not; a threshold that looks best on
// dev alone flagged "Beautiful sunset over the Ottawa River tonight".
const everyday = ["cases-en.jsonl", "cases-fr.jsonl"].flatMap((f) =>
  readFileSync(join(BLIND_DIR, "..", f), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as BlindCase),
);
const line = (name: string, s: BlindScore, e: BlindScore) =>
  `${name.padEnd(22)} ${fmt(s.agree.share, 3)}  ${fmt(s.missed.share, 3)}  ${fmt(s.falseAlarms.share, 3)}  ${fmt(s.categoryHit.share, 3)}   ${fmt(e.falseAlarms.share, 3)}\n`;
const both = (extra: Parameters<typeof scoreBlind>[1]) => [scoreBlind(dev!, extra), scoreBlind(everyday, extra)] as const;
process.stdout.write(`blind dev split, ${dev.length} cases\n`);
process.stdout.write("                       blind dev split                 project cases\nharm cat inapp          agree  missed  alarms  cat      alarms\n");
process.stdout.write(line("rules alone", ...both({ secondOpinion: false })));
for (const risky of [0.5, 0.7, 0.8, 0.9, 0.95]) {
  for (const category of [0.3, 0.5, 0.7, 0.9]) {
    for (const inappropriate of [0.6, 0.9]) {
      if (inappropriate < category) continue;
      const o = { risky, category, inappropriate };
      const mark = JSON.stringify(o) === JSON.stringify(SECOND_OPINION) ? " *" : "";
      process.stdout.write(line(`${risky} ${category} ${inappropriate}${mark}`, ...both({ secondOpinion: o })));
    }
  }
}
