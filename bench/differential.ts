import { createReadStream, createWriteStream, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parse } from "csv-parse/sync";
import { decodeHTML } from "entities";
import { assess, assessAll, createEngine, type BatchItem } from "../src/core/engine.js";
import type { Action, Context, Lang } from "../src/core/model.js";
import { BUILTIN_PACKS } from "../src/core/packs/builtin.js";
import { engineOptionsFor } from "../src/core/packs/pack.js";
import { RULES } from "../src/core/rules/index.js";
import { makePosts } from "./posts.js";
import { ROOT, sharedDir } from "./shared.js";

/**
 * `node dist/bench/differential.js record FILE` writes every assessment of a large, varied input set (the labelled
 * cases, every rule's examples, dense bench posts and real text from ../shared) under several actions, contexts and
 * languages, one JSON line each; `… compare FILE` assesses the same again and counts the lines that differ. A change
 * meant to make the engine faster, not different, must compare with zero differences. `… texts FILE` writes the
 * input texts alone. With `--batch N`, the same lines are made N inputs at a time through `assessAll`, every variant
 * of them mixed in one batch: compared with a record made one by one, it holds the batch path to `assess`.
 */

interface Input {
  source: string;
  text: string;
  action?: Action;
  context?: Context;
  inReplyTo?: string;
  lang?: Lang;
}

/** How each input is also judged: actions, contexts and message languages that change what the rules do. */
interface Variant {
  name: string;
  action: Action;
  lang?: Lang;
  context?: Context;
  /** Answer another input: the previous one, or a party leader's tweet. */
  reply?: "previous" | "political";
  /** Judge with every built-in pack on (their lexicons, term rules, levels and contacts). */
  packs?: true;
}

const VARIANTS: readonly Variant[] = [
  { name: "post", action: "post" },
  { name: "post-election-fr", action: "post", lang: "fr", context: { electionPeriod: true, identifiable: true, role: "executive", followers: 5000 } },
  { name: "share-work-statcan", action: "share", lang: "en", context: { workHours: true, governmentDevice: true, department: "statcan" } },
  { name: "like-election-cra-fr", action: "like", lang: "fr", context: { electionPeriod: true, department: "cra" } },
  { name: "reply-previous", action: "reply", lang: "en", context: { identifiable: true, department: "statcan" }, reply: "previous" },
  { name: "comment-political-fr", action: "comment", lang: "fr", context: { electionPeriod: true, workHours: true, authorized: true }, reply: "political" },
  { name: "profile-esdc", action: "profile", lang: "en", context: { identifiable: true, department: "esdc" } },
  { name: "follow", action: "follow" },
  { name: "post-deputy-ircc", action: "post", lang: "en", context: { authorized: true, role: "deputy-head", department: "ircc", governmentDevice: true } },
  { name: "reply-packs-statcan", action: "reply", context: { department: "statcan", workHours: true }, reply: "previous", packs: true },
];

const withPacks = createEngine(engineOptionsFor(BUILTIN_PACKS));

/** Ways people dodge filters: the same text again, written so that folding, leetspeak and masks are exercised. */
const DISGUISES: readonly [string, (s: string) => string][] = [
  ["upper", (s) => s.toUpperCase()],
  ["leet", (s) => s.replace(/[aeiost]/g, (c) => ({ a: "4", e: "3", i: "1", o: "0", s: "$", t: "7" })[c]!)],
  ["mask", (s) => s.replace(/\b(\w)(\w{2,})\b/g, (_, a: string, rest: string) => a + "*".repeat(rest.length - 1) + rest.slice(-1))],
  ["zero-width", (s) => s.replace(/(\w)(\w)/g, "$1\u200b$2")],
  ["spaced", (s) => s.replace(/\b(\w{4,6})\b/g, (w: string) => w.split("").join(" "))],
  ["accents", (s) => s.replace(/e/g, "é").replace(/a/g, "à").replace(/o/g, "ο")],
];

function readInputs(): Input[] {
  const inputs: Input[] = [];
  const own: string[] = [];
  for (const f of ["cases-en.jsonl", "cases-fr.jsonl"]) {
    for (const line of readFileSync(join(ROOT, "test/cases", f), "utf8").split("\n")) {
      if (!line) continue;
      const c = JSON.parse(line) as { text: string; action?: Action; context?: Context; inReplyTo?: string };
      inputs.push({ source: f, text: c.text, action: c.action, context: c.context, inReplyTo: c.inReplyTo });
      own.push(c.text);
    }
  }
  for (const rule of RULES) {
    for (const e of [...rule.examples.valid, ...rule.examples.invalid]) {
      inputs.push({ source: `example:${rule.id}`, text: e.text, action: e.action, context: e.context, inReplyTo: e.inReplyTo, lang: e.lang });
      own.push(e.text);
    }
  }
  for (const [name, disguise] of DISGUISES) for (const text of own) inputs.push({ source: `disguise:${name}`, text: disguise(text) });
  for (const text of makePosts(1_000, 11)) inputs.push({ source: "bench-dense", text });
  for (const text of makePosts(1_000, 12, "appropriate")) inputs.push({ source: "bench-clean", text });

  const shared = sharedDir();
  if (!shared) throw new Error("../shared is absent: the differential check needs its real text");
  const csv = (p: string, delimiter = ",") =>
    parse(readFileSync(join(shared, "corpora", p)), { columns: true, delimiter, relax_quotes: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const add = (source: string, texts: string[], max: number) => {
    for (const text of texts.slice(0, max)) inputs.push({ source, text });
  };
  add("davidson", csv("davidson-hate-offensive/labeled_data.csv").map((r) => decodeHTML(r.tweet ?? "")), 7_000);
  add("mlma-fr", csv("mlma-hate-fr-en/fr_dataset.csv").map((r) => r.tweet ?? ""), 5_000);
  add("mlma-en", csv("mlma-hate-fr-en/en_dataset.csv").map((r) => r.tweet ?? ""), 3_000);
  add("ethos", csv("ethos/Ethos_Dataset_Binary.csv", ";").map((r) => r.comment ?? ""), 1_000);
  add("leaders", csv("cdn-election-2019-leaders-tweets/leaders_tweets_slim.csv").map((r) => decodeHTML(r.full_text ?? "")), 3_000);
  add("fake-news", csv("fakenewsnet-politifact-fake/politifact_fake_no_tweet_ids.csv").map((r) => r.title ?? ""), 1_000);
  const tweets = readFileSync(join(shared, "exports/x-archive-milahu104/tweets.js"), "utf8");
  const archive = JSON.parse(tweets.slice(tweets.indexOf("=") + 1)) as { tweet: { full_text: string } }[];
  add("x-archive", archive.map((t) => decodeHTML(t.tweet.full_text)), 3_000);
  const outbox = JSON.parse(readFileSync(join(shared, "exports/mastodon-export-dealingwith/outbox.json"), "utf8")) as { orderedItems: { object: unknown }[] };
  const toots = outbox.orderedItems.map((i) => (typeof i.object === "object" && i.object !== null ? String((i.object as { content?: unknown }).content ?? "") : ""));
  add("mastodon", toots.map((html) => decodeHTML(html.replace(/<\/p>|<br\s*\/?>/g, "\n").replace(/<[^>]+>/g, ""))), 2_000);
  return inputs;
}

type Run = { name: string; action?: Action; lang?: Lang; context?: Context; inReplyTo?: string; packs?: true };

/**
 * Every assessment of every input under every variant, in a fixed order, as JSON lines: one by one with `assess`, or
 * with `batch` above 0, `batch` inputs at a time, all their variants mixed in one `assessAll` per engine.
 */
function* assessments(inputs: Input[], batch: number): Generator<string> {
  const political = inputs.filter((i) => i.source === "leaders");
  const runsOf = (n: number): Run[] => {
    const input = inputs[n]!;
    const own = input.action !== undefined || input.context !== undefined || input.inReplyTo !== undefined;
    const runs: { name: string; action?: Action; lang?: Lang; context?: Context; inReplyTo?: string; packs?: true }[] = VARIANTS.map((v) => ({
      name: v.name,
      packs: v.packs,
      action: v.action,
      lang: v.lang,
      context: v.context,
      inReplyTo: v.reply === "previous" ? inputs[n - 1]?.text : v.reply === "political" ? political[n % political.length]?.text : undefined,
    }));
    if (own) runs.unshift({ name: "own", action: input.action, lang: input.lang, context: input.context, inReplyTo: input.inReplyTo });
    return runs;
  };
  const itemOf = (n: number, run: Run): BatchItem => ({
    activity: { text: inputs[n]!.text, action: run.action, context: run.context, inReplyTo: run.inReplyTo },
    options: run.lang ? { lang: run.lang } : {},
  });
  const line = (n: number, run: Run, result: unknown) => JSON.stringify({ n, source: inputs[n]!.source, variant: run.name, result });
  if (batch <= 0) {
    for (let n = 0; n < inputs.length; n++) {
      for (const run of runsOf(n)) {
        let result: unknown;
        try {
          const { activity, options } = itemOf(n, run);
          result = (run.packs ? withPacks.assess : assess)(activity, options);
        } catch (e) {
          result = { error: String(e) };
        }
        yield line(n, run, result);
      }
    }
    return;
  }
  for (let first = 0; first < inputs.length; first += batch) {
    const block: { n: number; run: Run; result?: unknown }[] = [];
    for (let n = first; n < Math.min(inputs.length, first + batch); n++) for (const run of runsOf(n)) block.push({ n, run });
    for (const packs of [false, true]) {
      const mine = block.filter((b) => (b.run.packs === true) === packs);
      const results = (packs ? withPacks.assessAll(mine.map((b) => itemOf(b.n, b.run))) : assessAll(mine.map((b) => itemOf(b.n, b.run))));
      mine.forEach((b, k) => (b.result = results[k] instanceof Error ? { error: String(results[k]) } : results[k]));
    }
    for (const b of block) yield line(b.n, b.run, b.result);
  }
}

/** The same value with object keys sorted: two assessments equal but for key order compare equal. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
  );
}

async function main(): Promise<number> {
  const [mode, file, flag, size] = process.argv.slice(2);
  const batch = flag === "--batch" ? Number(size) : 0;
  if ((mode !== "record" && mode !== "compare" && mode !== "texts") || !file || (flag !== undefined && !(flag === "--batch" && Number.isInteger(batch) && batch > 0))) {
    process.stderr.write("usage: node dist/bench/differential.js record|compare|texts FILE [--batch N]\n");
    return 2;
  }
  const inputs = readInputs();
  if (mode === "texts") {
    // The texts alone, one JSON string a line: for checks of a single stage (normalize, the matcher) on the same inputs.
    writeFileSync(file, inputs.map((i) => JSON.stringify(i.text) + "\n").join(""));
    return 0;
  }
  const started = Date.now();
  let lines = 0;
  if (mode === "record") {
    const out = createWriteStream(file);
    for (const line of assessments(inputs, batch)) {
      if (!out.write(line + "\n")) await new Promise((r) => out.once("drain", r));
      lines++;
    }
    await new Promise((r) => out.end(r));
    process.stdout.write(`${inputs.length} inputs, ${lines} assessments recorded to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  }
  const recorded = createInterface({ input: createReadStream(file) })[Symbol.asyncIterator]();
  let differ = 0;
  let orderOnly = 0;
  for (const line of assessments(inputs, batch)) {
    lines++;
    const next = await recorded.next();
    if (next.done) {
      process.stdout.write(`the record ends before line ${lines}: it was made from other inputs\n`);
      return 1;
    }
    if (next.value === line) continue;
    if (JSON.stringify(canonical(JSON.parse(next.value))) === JSON.stringify(canonical(JSON.parse(line)))) {
      orderOnly++;
      continue;
    }
    differ++;
    if (differ <= 5) process.stdout.write(`line ${lines} differs:\n  was ${next.value.slice(0, 1500)}\n  now ${line.slice(0, 1500)}\n`);
  }
  if (!(await recorded.next()).done) {
    process.stdout.write("the record has more lines than this run: it was made from other inputs\n");
    return 1;
  }
  process.stdout.write(
    `${inputs.length} inputs, ${lines} assessments compared in ${((Date.now() - started) / 1000).toFixed(1)} s: ${differ} differ, ${orderOnly} differ only in key order\n`,
  );
  return differ === 0 && orderOnly === 0 ? 0 : 1;
}

process.exitCode = await main();
