import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { decodeHTML } from "entities";
import { assess } from "../src/core/engine.js";
import type { Action, Assessment, Category } from "../src/core/model.js";
import { hostOf } from "../src/core/rules/misinformation/unreliable-source.js";
import { UNRELIABLE_DOMAINS } from "../src/core/lexicons/any/domains.js";
import { fmt, sharedDir } from "./shared.js";

/**
 * `npm run eval`: the engine on real labelled text nobody here wrote (../shared/corpora). Each figure is the share of
 * a class that the engine flags (a finding of the named categories at risky or worse), next to its target.
 */

const flagged = (a: Assessment, cats: readonly Category[]) => a.findings.some((f) => f.level !== "appropriate" && cats.includes(f.category));

function rate(texts: string[], cats: readonly Category[], action: Action = "post"): { n: number; share: number; examples: string[] } {
  let hit = 0;
  const misses: string[] = [];
  for (const text of texts) {
    if (text.trim() === "") continue;
    const a = assess({ text: text.slice(0, 100_000), action });
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

function main(): number {
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

  const davidson = csv("davidson-hate-offensive/labeled_data.csv");
  const tweets = (cls: string) => davidson.filter((r) => r.class === cls).map((r) => decodeHTML(r.tweet ?? ""));
  add("Davidson et al. 2017 (EN tweets)", "hate speech flagged harassment/profanity", rate(tweets("0"), abuse), "≥ 0.90", (s) => s >= 0.9);
  add("Davidson et al. 2017 (EN tweets)", "offensive flagged harassment/profanity", rate(tweets("1"), abuse), "(info)");
  add("Davidson et al. 2017 (EN tweets)", "neither flagged harassment/profanity", rate(tweets("2"), abuse), "≤ 0.06", (s) => s <= 0.06);

  const mlma = csv("mlma-hate-fr-en/fr_dataset.csv");
  add("MLMA 2019 (FR tweets)", "hateful flagged harassment/profanity", rate(mlma.filter((r) => r.sentiment!.split("_").includes("hateful")).map((r) => r.tweet!), abuse), "≥ 0.60", (s) => s >= 0.6);
  add("MLMA 2019 (FR tweets)", "any hostile label flagged", rate(mlma.filter((r) => r.sentiment !== "normal").map((r) => r.tweet!), abuse), "(info)");
  add("MLMA 2019 (FR tweets)", "normal flagged harassment/profanity", rate(mlma.filter((r) => r.sentiment === "normal").map((r) => r.tweet!), abuse), "≤ 0.15", (s) => s <= 0.15);
  const mlmaEn = csv("mlma-hate-fr-en/en_dataset.csv");
  add("MLMA 2019 (EN tweets)", "hateful flagged harassment/profanity", rate(mlmaEn.filter((r) => r.sentiment!.split("_").includes("hateful")).map((r) => r.tweet!), abuse), "(info)");
  add("MLMA 2019 (EN tweets)", "normal flagged harassment/profanity", rate(mlmaEn.filter((r) => r.sentiment === "normal").map((r) => r.tweet!), abuse), "(info)");

  const ethos = csv("ethos/Ethos_Dataset_Binary.csv", ";");
  add("ETHOS 2022 (EN comments)", "hate (isHate ≥ 0.5) flagged harassment/profanity", rate(ethos.filter((r) => Number(r.isHate) >= 0.5).map((r) => r.comment!), abuse), "(info)");
  add("ETHOS 2022 (EN comments)", "not hate (isHate < 0.5) flagged", rate(ethos.filter((r) => Number(r.isHate) < 0.5).map((r) => r.comment!), abuse), "(info)");

  const leaders = csv("cdn-election-2019-leaders-tweets/leaders_tweets_slim.csv").map((r) => decodeHTML(r.full_text ?? ""));
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

process.exitCode = main();
