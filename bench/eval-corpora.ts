import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { decodeHTML } from "entities";
import { createEngine } from "../src/core/engine.js";
import type { Action, Activity, Assessment, Category } from "../src/core/model.js";
import { hostOf } from "../src/core/rules/misinformation/unreliable-source.js";
import { UNRELIABLE_DOMAINS } from "../src/core/lexicons/any/domains.js";
import { electionPeriodAt } from "../src/core/elections.js";
import { BLIND_DIR, formatBlind, readBlind, scoreBlind } from "./blind-eval.js";
import { fmt, sharedDir } from "./shared.js";

/**
 * `npm run eval`: the engine on text it was not tuned to. First the blind cases' test split (aggregates only, never
 * texts), then real labelled text nobody here wrote (../shared/corpora). Each corpus figure is the share of a class
 * that the engine flags (a finding of the named categories at risky or worse), next to its target. Davidson and MLMA
 * are measured on their test folds only (data rows whose 0-based number is divisible by 5), the rows no model may
 * train on.
 */

/** The test fold of a corpus that may train a model: rows 0, 5, 10, … in file order, header excluded. */
export const testFold = <T>(rows: readonly T[]): T[] => rows.filter((_, i) => i % 5 === 0);

/**
 * `--rules-only`: the same figures with the learned second opinion turned off, to show what it adds. An ablation to
 * report, not a setting to choose on the test split.
 */
const RULES_ONLY = process.argv.includes("--rules-only");
const engineOptions = RULES_ONLY ? { secondOpinion: false as const } : {};
const engine = createEngine(engineOptions);
const assess = engine.assess;

const flagged = (a: Assessment, cats: readonly Category[]) => a.findings.some((f) => f.level !== "appropriate" && cats.includes(f.category));

function rate(texts: string[], cats: readonly Category[], action: Action = "post", contextOf?: (i: number) => Activity["context"]): { n: number; share: number; examples: string[] } {
  let hit = 0;
  const misses: string[] = [];
  for (const [i, text] of texts.entries()) {
    if (text.trim() === "") continue;
    const a = assess({ text: text.slice(0, 100_000), action, ...(contextOf ? { context: contextOf(i) } : {}) });
    if (flagged(a, cats)) hit++;
    else if (misses.length < 5) misses.push(text.slice(0, 100));
  }
  return { n: texts.length, share: hit / texts.length, examples: misses };
}

interface Row {
  corpus: string;
  measure: string;
  n: number;
  share: number;
  target: string;
  met: boolean | undefined;
}

/**
 * `--dev`: the dev split alone, each miss with its text, what was wanted and what the engine said, for whoever is
 * changing rules or the model: it prints nothing of the test split or the corpora, so it can be run while tuning.
 */
function devOnly(): number {
  const dev = readBlind("dev");
  if (!dev) {
    process.stdout.write(`No blind dev split (${BLIND_DIR}/dev.jsonl is absent).\n`);
    return 0;
  }
  const s = scoreBlind(dev, engineOptions);
  process.stdout.write(formatBlind("Blind cases, dev split (read it and learn from its misses)", s, false) + "\n");
  const byId = new Map(dev.map((c) => [c.id, c]));
  for (const w of s.wrong) {
    const c = byId.get(w.id)!;
    process.stdout.write(`${w.id} [${c.action ?? "post"}] want ${w.want.join("|")} ${(c.expect.categories ?? []).join("+")}, got ${w.got} [${w.categories.join(", ")}]\n  ${JSON.stringify(c.text)}\n`);
  }
  return 0;
}

function blind(): void {
  const test = readBlind("test");
  if (!test) {
    process.stdout.write(`No blind cases yet (${BLIND_DIR}/test.jsonl is absent).\n\n`);
    return;
  }
  if (RULES_ONLY) process.stdout.write("The rules alone (--rules-only): the learned second opinion is off.\n\n");
  process.stdout.write(formatBlind("Blind cases, test split (nobody reads its texts)", scoreBlind(test, engineOptions), true) + "\n");
  const dev = readBlind("dev");
  if (dev) {
    const s = scoreBlind(dev, engineOptions);
    process.stdout.write(formatBlind("Blind cases, dev split (read it and learn from its misses)", s, false));
    if (process.argv.includes("--dev-misses")) for (const w of s.wrong) process.stdout.write(`  ${w.id}: want ${w.want.join("|")}, got ${w.got} [${w.categories.join(", ")}]\n`);
    process.stdout.write("\n");
  }
}

function main(): number {
  blind();
  const shared = sharedDir();
  if (!shared) {
    process.stdout.write("../shared is absent: the real corpora are not here, nothing to evaluate.\n");
    return 0;
  }
  const c = (p: string) => join(shared, "corpora", p);
  const csv = (p: string, delimiter = ",") => parse(readFileSync(c(p)), { columns: true, delimiter, relax_quotes: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const rows: Row[] = [];
  const add = (corpus: string, measure: string, r: { n: number; share: number }, target: string, ok?: (s: number) => boolean) => rows.push({ corpus, measure, n: r.n, share: r.share, target, met: ok ? ok(r.share) : undefined });
  const abuse: Category[] = ["harassment", "profanity"];

  const davidson = testFold(csv("davidson-hate-offensive/labeled_data.csv"));
  const tweets = (cls: string) => davidson.filter((r) => r.class === cls).map((r) => decodeHTML(r.tweet ?? ""));
  add("Davidson et al. 2017 (EN tweets, test fold)", "hate speech flagged harassment/profanity", rate(tweets("0"), abuse), "≥ 0.92", (s) => s >= 0.92);
  add("Davidson et al. 2017 (EN tweets, test fold)", "offensive flagged harassment/profanity", rate(tweets("1"), abuse), "(info)");
  add("Davidson et al. 2017 (EN tweets, test fold)", "neither flagged harassment/profanity", rate(tweets("2"), abuse), "≤ 0.06", (s) => s <= 0.06);

  const mlma = testFold(csv("mlma-hate-fr-en/fr_dataset.csv"));
  add("MLMA 2019 (FR tweets, test fold)", "hateful flagged harassment/profanity", rate(mlma.filter((r) => r.sentiment!.split("_").includes("hateful")).map((r) => r.tweet!), abuse), "≥ 0.60", (s) => s >= 0.6);
  add("MLMA 2019 (FR tweets, test fold)", "any hostile label flagged", rate(mlma.filter((r) => r.sentiment !== "normal").map((r) => r.tweet!), abuse), "(info)");
  add("MLMA 2019 (FR tweets, test fold)", "normal flagged harassment/profanity", rate(mlma.filter((r) => r.sentiment === "normal").map((r) => r.tweet!), abuse), "≤ 0.15", (s) => s <= 0.15);
  const mlmaEn = testFold(csv("mlma-hate-fr-en/en_dataset.csv"));
  add("MLMA 2019 (EN tweets, test fold)", "hateful flagged harassment/profanity", rate(mlmaEn.filter((r) => r.sentiment!.split("_").includes("hateful")).map((r) => r.tweet!), abuse), "(info)");
  add("MLMA 2019 (EN tweets, test fold)", "normal flagged harassment/profanity", rate(mlmaEn.filter((r) => r.sentiment === "normal").map((r) => r.tweet!), abuse), "(info)");

  const ethos = csv("ethos/Ethos_Dataset_Binary.csv", ";");
  add("ETHOS 2022 (EN comments)", "hate (isHate ≥ 0.5) flagged harassment/profanity", rate(ethos.filter((r) => Number(r.isHate) >= 0.5).map((r) => r.comment!), abuse), "(info)");
  add("ETHOS 2022 (EN comments)", "not hate (isHate < 0.5) flagged", rate(ethos.filter((r) => Number(r.isHate) < 0.5).map((r) => r.comment!), abuse), "(info)");

  const leaderRows = csv("cdn-election-2019-leaders-tweets/leaders_tweets_slim.csv");
  const leaders = leaderRows.map((r) => decodeHTML(r.full_text ?? ""));
  // As X shows a retweet, on the tweet's own date: during the federal writ period, sharing it is engaging with
  // partisan content whatever its words.
  const writ = leaderRows
    .map((r) => ({ r, date: new Date(r.created_at ?? "") }))
    .filter(({ date }) => !Number.isNaN(date.getTime()) && electionPeriodAt(date, { jurisdictions: ["federal"] }) !== undefined);
  add(
    "Party leaders' writ-period tweets 2019",
    "shared as a retweet (RT @handle: …): flagged partisan",
    rate(
      writ.map(({ r }) => `RT @${r.handle}: ${decodeHTML(r.full_text ?? "")}`),
      ["partisan"],
      "share",
      (i) => ({ electionPeriod: true, postedAt: writ[i]!.date.toISOString() }),
    ),
    "≥ 0.85",
    (s) => s >= 0.85,
  );
  add("Party leaders' tweets 2019–20", "shared: flagged partisan or criticism", rate(leaders, ["partisan", "criticism"], "share"), "≥ 0.60", (s) => s >= 0.6);

  const fake = csv("fakenewsnet-politifact-fake/politifact_fake_no_tweet_ids.csv").map((r) => r.title ?? "");
  add("FakeNewsNet PolitiFact fake headlines", "shared: flagged misinformation", rate(fake, ["misinformation"], "share"), "(info)");

  const quality = csv("news-domain-quality/domain_pc1.csv");
  const rated = new Map(quality.map((r) => [hostOf(r.domain!), Number(r.pc1)]));
  const ours = [...UNRELIABLE_DOMAINS].filter((d) => rated.has(d));
  const low = ours.filter((d) => rated.get(d)! < 0.4).length;
  rows.push({ corpus: "Lin et al. 2023 news domain ratings", measure: `our unreliable domains rated pc1 < 0.4 (${ours.length} of ${UNRELIABLE_DOMAINS.size} rated)`, n: ours.length, share: ours.length ? low / ours.length : 0, target: "(info)", met: undefined });

  const width = Math.max(...rows.map((r) => r.corpus.length));
  const mwidth = Math.max(...rows.map((r) => r.measure.length));
  process.stdout.write(`${"corpus".padEnd(width)}  ${"measure".padEnd(mwidth)}  ${"n".padStart(6)}  share  target\n`);
  for (const r of rows) process.stdout.write(`${r.corpus.padEnd(width)}  ${r.measure.padEnd(mwidth)}  ${String(r.n).padStart(6)}  ${fmt(r.share, 3)}  ${r.target}${r.met === undefined ? "" : r.met ? "  met" : "  NOT MET"}\n`);
  return 0;
}

process.exitCode = process.argv.includes("--dev") ? devOnly() : main();
