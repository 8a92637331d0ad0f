import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import yauzl from "yauzl";
import { fmt, median, prng, ROOT } from "./shared.js";
import { StreamingZipWriter } from "./zip-writer.js";

/**
 * `node dist/bench/scan.js [--sizes 100000,400000] [--jobs 1,2] [--runs 3] [--huge] [--cpu-prof]` (`--runs 0`: no timed runs): the history-scan budget
 * (DESIGN.md, Budgets). Generates X archives, then times, in child processes of the same run, a bare baseline
 * (unzip tweets.js and JSON.parse it), the importer alone, and `impartial scan --jsonl`; peak RSS is each child's
 * own `process.resourceUsage().maxRSS`, printed on exit.
 */

/** The longest string V8 can build in Node 20 (0x1fffffe8 UTF-16 units): a tweets.js past it cannot be JSON.parse'd whole. */
const MAX_STRING_LENGTH = 0x1fffffe8;
const SNOWFLAKE_EPOCH_MS = 1288834974657n;
const FIRST_DAY = Date.UTC(2012, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31, 23, 59, 59);
const EDIT_INFO_FROM = Date.UTC(2022, 8, 1);
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const HANDLES = ["cbc_ottawa", "jdoe_gc", "marie_tremblay", "ottawacitizen", "radiocanada", "devteam", "pm_fan_2015", "hockeynight", "gatineau_info", "datanerd"];
const HASHTAGS = ["cdnpoli", "ottawa", "GCDigital", "polqc", "hockey", "opendata", "elxn44", "GoHabsGo"];
const SOURCE = '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>';
const CHUNK_CHARS = 256 * 1024;

// ---------------------------------------------------------------------------------------------------------------
// The child processes: each prints `maxrss=KB` on stderr when it exits.

async function child(mode: string, args: string[]): Promise<void> {
  process.on("exit", () => process.stderr.write(`\nmaxrss=${process.resourceUsage().maxRSS}\n`));
  if (mode === "baseline") return baselineChild(args[0]!);
  if (mode === "read") return readChild(args[0]!);
  if (mode === "cli") {
    // The CLI's main module runs itself on import, on process.argv, exactly as bin/impartial.js does.
    process.argv = [process.argv[0]!, join(ROOT, "bin/impartial.js"), ...args];
    await import("../src/cli/main.js");
    return;
  }
  throw new Error(`unknown child mode ${mode}`);
}

/** What anyone would write first: inflate tweets.js whole, cut the JavaScript prefix, JSON.parse. */
async function baselineChild(zipPath: string): Promise<void> {
  try {
    const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false });
    const entry = await new Promise<yauzl.Entry>((resolve, reject) => {
      zip.on("entry", (e: yauzl.Entry) => (e.fileName === "data/tweets.js" ? resolve(e) : zip.readEntry()));
      zip.on("end", () => reject(new Error("no data/tweets.js in the zip")));
      zip.on("error", reject);
      zip.readEntry();
    });
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    zip.close();
    const text = Buffer.concat(chunks).toString("utf8");
    chunks.length = 0;
    const tweets = JSON.parse(text.slice(text.indexOf("["), text.lastIndexOf("]") + 1)) as { tweet: { full_text?: string } }[];
    const items = tweets.filter((t) => typeof t.tweet.full_text === "string").length;
    process.stdout.write(`${JSON.stringify({ items })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })}\n`);
  }
}

/** The importer alone (unzip, stream-json, tweet → item), without the engine, the store or the output. */
async function readChild(zipPath: string): Promise<void> {
  // Imported here, so the baseline child loads no project code.
  const { openExport } = await import("../src/importers/source.js");
  const { importXArchive } = await import("../src/importers/x.js");
  const source = await openExport(zipPath);
  let items = 0;
  for await (const item of importXArchive(source)) if (item.text !== undefined) items += 1;
  await source.close();
  process.stdout.write(`${JSON.stringify({ items })}\n`);
}

// ---------------------------------------------------------------------------------------------------------------
// The archives.


/** The sentences of the project's own labelled cases (EN and FR), the raw material of every tweet. */
function caseSentences(): string[] {
  const texts = ["cases-en.jsonl", "cases-fr.jsonl"].flatMap((f) =>
    readFileSync(join(ROOT, "test/cases", f), "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text),
  );
  return texts.flatMap((t) => t.split(/(?<=[.!?…])\s+/)).filter((s) => s.trim().length > 0);
}

interface ArchiveShape {
  /** Stop after this many tweets… */
  count?: number;
  /** …or once tweets.js holds this many UTF-16 units. */
  minChars?: number;
  /** How many tweets to spread the dates over (defaults to count). */
  expected?: number;
  /** One line per tweet with only the fields the importer reads, instead of X's indented layout. */
  compact?: boolean;
}

interface ArchiveStats {
  tweets: number;
  bytes: number;
  chars: number;
}

function xDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${WEEKDAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

function snowflake(ms: number, rnd: () => number): string {
  return String(((BigInt(ms) - SNOWFLAKE_EPOCH_MS) << 22n) | BigInt(Math.floor(rnd() * 4_194_304)));
}

/** X escapes these three in full_text. */
function xEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** X's own layout: two-space indents, `"key" : value`, empty arrays as `[ ]`, each record indented once more. */
function xLayout(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/^(\s*"[^"]+"): /gm, "$1 : ")
    .replace(/ : \[\]/g, " : [ ]")
    .replace(/^/gm, "  ");
}

/** One tweet record, shaped as in a real archive; a mix of posts, replies (~20 %) and retweets (~10 %). */
function tweetRecord(index: number, ms: number, sentences: string[], rnd: () => number, compact: boolean): unknown {
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  const id = snowflake(ms, rnd);
  const kind = rnd();
  const reply = kind < 0.2;
  const retweet = !reply && kind < 0.3;
  const handle = pick(HANDLES);
  const prefix = reply ? `@${handle} ` : retweet ? `RT @${handle}: ` : "";
  const link = rnd() < 0.15 ? ` https://t.co/${id.slice(-10)}` : "";
  const hashtag = rnd() < 0.1 ? ` #${pick(HASHTAGS)}` : "";
  // Lengths 20–280, most of them short, as real tweets are.
  const length = Math.round(20 + 260 * rnd() ** 1.6);
  const room = Math.max(10, length - [...prefix].length - link.length - hashtag.length);
  let body = "";
  while ([...body].length < room) body += `${body ? " " : ""}${pick(sentences)}`;
  const text = `${prefix}${[...body].slice(0, room).join("").trimEnd()}${hashtag}${link}`;
  const textLength = [...text].length;
  const mentions = prefix
    ? [{ name: handle, screen_name: handle, indices: [String(prefix.indexOf("@")), String(prefix.indexOf("@") + handle.length + 1)], id_str: String(1000 + HANDLES.indexOf(handle)), id: String(1000 + HANDLES.indexOf(handle)) }]
    : [];
  const urls = link ? [{ url: link.trim(), expanded_url: `https://example.org/notes/${index}`, display_url: `example.org/notes/${index}`, indices: [String(textLength - 23), String(textLength)] }] : [];
  const tags = hashtag ? [{ text: hashtag.slice(2), indices: [String(text.indexOf(hashtag) + 1), String(text.indexOf(hashtag) + hashtag.length)] }] : [];
  const replyTo = reply ? String(BigInt(id) - BigInt(1 + Math.floor(rnd() * 1e12))) : undefined;
  const fullText = xEscape(text);
  if (compact) {
    return {
      tweet: {
        id_str: id,
        created_at: xDate(ms),
        full_text: fullText,
        entities: { urls, hashtags: tags, user_mentions: mentions },
        ...(replyTo ? { in_reply_to_status_id_str: replyTo } : {}),
        retweeted: false,
        favorite_count: String(Math.floor(rnd() * 20)),
      },
    };
  }
  return {
    tweet: {
      ...(ms >= EDIT_INFO_FROM ? { edit_info: { initial: { editTweetIds: [id], editableUntil: new Date(ms + 3_600_000).toISOString(), editsRemaining: "5", isEditEligible: !retweet } } } : {}),
      retweeted: false,
      source: SOURCE,
      entities: { hashtags: tags, symbols: [], user_mentions: mentions, urls },
      display_text_range: ["0", String(textLength)],
      favorite_count: String(Math.floor(rnd() * 20)),
      ...(replyTo ? { in_reply_to_status_id_str: replyTo, in_reply_to_user_id: String(1000 + HANDLES.indexOf(handle)) } : {}),
      id_str: id,
      truncated: false,
      retweet_count: String(retweet ? 0 : Math.floor(rnd() * 5)),
      id,
      ...(replyTo ? { in_reply_to_status_id: replyTo } : {}),
      created_at: xDate(ms),
      favorited: false,
      full_text: fullText,
      lang: rnd() < 0.6 ? "en" : "fr",
      ...(replyTo ? { in_reply_to_screen_name: handle, in_reply_to_user_id_str: String(1000 + HANDLES.indexOf(handle)) } : {}),
    },
  };
}

/** The text of tweets.js, newest tweet first, in chunks of about 256 K characters. */
function* tweetsJs(shape: ArchiveShape, stats: ArchiveStats): Generator<string> {
  const sentences = caseSentences();
  const rnd = prng(2012);
  const expected = shape.expected ?? shape.count ?? 1;
  const step = (LAST_DAY - FIRST_DAY) / expected;
  let chunk = "window.YTD.tweets.part0 = [\n";
  const done = (i: number) => (shape.count !== undefined && i >= shape.count) || (shape.minChars !== undefined && stats.chars + chunk.length >= shape.minChars);
  let i = 0;
  for (; !done(i); i++) {
    // Strictly decreasing instants, so ids never repeat.
    const ms = Math.floor(LAST_DAY - i * step - rnd() * step * 0.9);
    const record = tweetRecord(i, ms, sentences, rnd, shape.compact === true);
    chunk += `${i > 0 ? ",\n" : ""}${shape.compact ? `  ${JSON.stringify(record)}` : xLayout(record)}`;
    if (chunk.length >= CHUNK_CHARS) {
      yield emit(chunk, stats);
      chunk = "";
    }
  }
  stats.tweets = i;
  yield emit(`${chunk}\n]`, stats);
}

function emit(text: string, stats: ArchiveStats): string {
  stats.chars += text.length;
  stats.bytes += Buffer.byteLength(text, "utf8");
  return text;
}

const ACCOUNT_JS = `window.YTD.account.part0 = [
${xLayout({ account: { email: "bench@example.org", createdVia: "web", username: "bench_user", accountId: "1234567890", createdAt: "2011-05-01T12:00:00.000Z", accountDisplayName: "Bench User" } })}
]`;

export async function writeArchive(path: string, shape: ArchiveShape): Promise<ArchiveStats> {
  const stats: ArchiveStats = { tweets: 0, bytes: 0, chars: 0 };
  const zip = await StreamingZipWriter.create(path);
  try {
    await zip.add("data/account.js", [ACCOUNT_JS]);
    await zip.add("data/tweets.js", tweetsJs(shape, stats));
    await zip.close();
  } catch (error) {
    await zip.abandon();
    throw error;
  }
  return stats;
}

// ---------------------------------------------------------------------------------------------------------------
// Running and measuring.

interface Measure {
  seconds: number;
  rssKb: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

let running: ChildProcess | undefined;

/** Runs this file in a child mode; stdout is kept only when asked, else it goes to /dev/null. */
function measure(mode: string, args: string[], { keepStdout = true, nodeFlags = [] as string[] } = {}): Promise<Measure> {
  const script = join(ROOT, "dist/bench/scan.js");
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const proc = spawn(process.execPath, [...nodeFlags, script, "--child", mode, ...args], { cwd: ROOT, stdio: ["ignore", keepStdout ? "pipe" : "ignore", "pipe"] });
    running = proc;
    let stdout = "";
    let stderr = "";
    proc.stdout?.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    proc.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr = (stderr + d).slice(-20_000)));
    proc.on("error", reject);
    proc.on("close", (code) => {
      running = undefined;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rss = [...stderr.matchAll(/maxrss=(\d+)/g)].pop();
      resolve({ seconds, rssKb: Number(rss?.[1] ?? NaN), code, stdout, stderr: stderr.replace(/\n?maxrss=\d+\n?/g, "").trim() });
    });
  });
}

function childJson(m: Measure, what: string): { items?: number; error?: string } {
  const line = m.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as { items?: number; error?: string };
  } catch {
    return { error: `${what} exited ${m.code} without a result: ${m.stderr.slice(-2000) || "(no message)"}` };
  }
}

async function baseline(zip: string): Promise<{ m: Measure; items?: number; error?: string }> {
  const m = await measure("baseline", [zip]);
  return { m, ...childJson(m, "the baseline") };
}

async function readOnly(zip: string): Promise<{ m: Measure; items: number }> {
  const m = await measure("read", [zip]);
  const result = childJson(m, "the importer");
  if (result.error !== undefined || result.items === undefined) throw new Error(result.error ?? "the importer gave no count");
  return { m, items: result.items };
}

/** `impartial scan ZIP --platform x --db DB --jsonl`, stdout to /dev/null, on a fresh store; counts what it stored. */
async function scan(zip: string, db: string, nodeFlags: string[] = [], jobs?: number): Promise<{ m: Measure; items: number; stored: number }> {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${db}${suffix}`, { force: true });
  const m = await measure("cli", ["scan", zip, "--platform", "x", "--db", db, "--jsonl", ...(jobs === undefined ? [] : ["--jobs", String(jobs)])], { keepStdout: false, nodeFlags });
  // Exit codes 0, 1 and 2 are the worst level found; anything else is a failure.
  if (m.code === null || m.code > 2) throw new Error(`impartial scan exited ${m.code}: ${m.stderr.slice(-2000)}`);
  const { openStore } = await import("../src/store/store.js");
  const store = openStore(db);
  try {
    const last = store.listImports()[0];
    return { m, items: last?.itemCount ?? 0, stored: last?.itemsStored ?? 0 };
  } finally {
    store.close();
  }
}

function sorted(values: number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

const mb = (kb: number) => kb / 1024;

interface SizeResult {
  size: number;
  baselineS: number;
  baselineRssMb: number;
  readS: number;
  readRssMb: number;
  scanS: number;
  itemsPerS: number;
  scanRssMb: number;
  /** The scan's seconds and peak RSS for each number of judging threads measured (the first is scanS's). */
  byJobs: { jobs: number; s: number; rssMb: number }[];
}

async function measureSize(dir: string, size: number, runs: number, jobs: readonly number[]): Promise<SizeResult> {
  const zip = join(dir, `x-${size}.zip`);
  const t = process.hrtime.bigint();
  const stats = await writeArchive(zip, { count: size });
  log(`  archive: ${size.toLocaleString("en-CA")} tweets, tweets.js ${fmt(stats.bytes / 1e6)} MB (${fmt(stats.bytes / size, 0)} bytes/tweet), zip ${fmt(statSync(zip).size / 1e6)} MB, written in ${fmt(Number(process.hrtime.bigint() - t) / 1e9)} s`);
  const b: Measure[] = [];
  const r: Measure[] = [];
  const s: Measure[] = [];
  const byJobs = new Map<number, Measure[]>(jobs.map((j) => [j, []]));
  for (let run = 1; run <= runs; run++) {
    // Interleaved, so a noisy neighbour slows all three alike.
    const base = await baseline(zip);
    if (base.error !== undefined) throw new Error(`baseline failed at ${size}: ${base.error}`);
    if (base.items !== size) throw new Error(`baseline read ${base.items} tweets, not ${size}`);
    b.push(base.m);
    const read = await readOnly(zip);
    if (read.items !== size) throw new Error(`the importer read ${read.items} items, not ${size}`);
    r.push(read.m);
    const scans: string[] = [];
    for (const j of jobs) {
      const full = await scan(zip, join(dir, "review.db"), [], j);
      if (full.items !== size || full.stored !== size) throw new Error(`impartial scan --jobs ${j} counted ${full.items} and stored ${full.stored} items, not ${size}`);
      byJobs.get(j)!.push(full.m);
      if (j === jobs[0]) s.push(full.m);
      scans.push(`scan --jobs ${j} ${fmt(full.m.seconds, 2)} s / ${fmt(mb(full.m.rssKb), 0)} MB`);
    }
    log(`  run ${run}: baseline ${fmt(base.m.seconds, 2)} s / ${fmt(mb(base.m.rssKb), 0)} MB, importer ${fmt(read.m.seconds, 2)} s / ${fmt(mb(read.m.rssKb), 0)} MB, ${scans.join(", ")}`);
  }
  rmSync(zip, { force: true });
  const scanS = median(sorted(s.map((m) => m.seconds)));
  return {
    size,
    baselineS: median(sorted(b.map((m) => m.seconds))),
    baselineRssMb: mb(median(sorted(b.map((m) => m.rssKb)))),
    readS: median(sorted(r.map((m) => m.seconds))),
    readRssMb: mb(median(sorted(r.map((m) => m.rssKb)))),
    scanS,
    itemsPerS: size / scanS,
    scanRssMb: mb(median(sorted(s.map((m) => m.rssKb)))),
    byJobs: jobs.map((j) => ({ jobs: j, s: median(sorted(byJobs.get(j)!.map((m) => m.seconds))), rssMb: mb(median(sorted(byJobs.get(j)!.map((m) => m.rssKb)))) })),
  };
}

function table(results: SizeResult[], runs: number): string {
  const header = ["size", "baseline s", "baseline RSS MB", "importer s", "scan s", "items/s", "scan RSS MB", "scan/baseline"];
  const rows = results.map((r) => [
    r.size.toLocaleString("en-CA"),
    fmt(r.baselineS, 2),
    fmt(r.baselineRssMb, 0),
    fmt(r.readS, 2),
    fmt(r.scanS, 2),
    fmt(r.itemsPerS, 0),
    fmt(r.scanRssMb, 0),
    `${fmt(r.scanS / r.baselineS, 2)}×`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const out = [
    `X archive scan, ${runs} runs each, medians (whole processes; "importer" = unzip + stream-json + tweet→item, no engine, no store, no output)`,
    line(header),
    ...rows.map(line),
    "",
  ];
  if (results.some((r) => r.byJobs.length > 1)) {
    out.push("", `judging threads (--jobs), this machine has ${availableParallelism()} cores: scan seconds, peak RSS, scan/baseline`);
    for (const r of results) out.push(`  ${r.size.toLocaleString("en-CA")}: ${r.byJobs.map((b) => `--jobs ${b.jobs} ${fmt(b.s, 2)} s, ${fmt(b.rssMb, 0)} MB, ${fmt(b.s / r.baselineS, 2)}×`).join("; ")}`);
    out.push("");
  }
  for (const r of results) {
    const best = r.byJobs.reduce((a, b) => (b.s < a.s ? b : a), r.byJobs[0] ?? { jobs: 1, s: r.scanS, rssMb: r.scanRssMb });
    const ratio = best.s / r.baselineS;
    out.push(`  ${r.size.toLocaleString("en-CA")}: scan/baseline ${fmt(ratio, 2)}× with --jobs ${best.jobs} (target ≤ 3×: ${ratio <= 3 ? "met" : "NOT met"}); scan peak RSS ${fmt(best.rssMb, 0)} MB (target ≤ 300 MB: ${best.rssMb <= 300 ? "met" : "NOT met"})`);
  }
  if (results.length > 1) {
    const first = results[0]!;
    const last = results[results.length - 1]!;
    const growth = last.scanRssMb / first.scanRssMb;
    out.push(`  memory ${first.size.toLocaleString("en-CA")} → ${last.size.toLocaleString("en-CA")} tweets: scan peak RSS ×${fmt(growth, 2)} (target ≤ ×1.3, flat: ${growth <= 1.3 ? "met" : "NOT met"}); baseline ×${fmt(last.baselineRssMb / first.baselineRssMb, 2)}`);
  }
  return `${out.join("\n")}\n`;
}

async function huge(dir: string): Promise<string> {
  const zip = join(dir, "x-huge.zip");
  const minChars = MAX_STRING_LENGTH + 16 * 1024 * 1024;
  const t = process.hrtime.bigint();
  const stats = await writeArchive(zip, { minChars, expected: 1_500_000, compact: true });
  log(`  huge archive: ${stats.tweets.toLocaleString("en-CA")} tweets, tweets.js ${fmt(stats.bytes / 2 ** 20)} MiB = ${stats.chars.toLocaleString("en-CA")} UTF-16 units (V8's limit ${MAX_STRING_LENGTH.toLocaleString("en-CA")}), zip ${fmt(statSync(zip).size / 2 ** 20)} MiB, written in ${fmt(Number(process.hrtime.bigint() - t) / 1e9)} s`);
  const base = await baseline(zip);
  log(`  baseline: ${base.error ?? `${base.items} tweets (unexpected)`}`);
  const full = await scan(zip, join(dir, "review.db"));
  rmSync(zip, { force: true });
  return [
    `Huge X archive: tweets.js of ${fmt(stats.bytes / 2 ** 20)} MiB, ${stats.tweets.toLocaleString("en-CA")} tweets, one run`,
    `  baseline (unzip + JSON.parse): ${base.error !== undefined ? `fails after ${fmt(base.m.seconds, 1)} s, peak RSS ${fmt(mb(base.m.rssKb), 0)} MB: ${base.error}` : `read ${base.items} tweets in ${fmt(base.m.seconds, 1)} s (the string limit did not bite)`}`,
    `  impartial scan: ${full.items.toLocaleString("en-CA")} items counted, ${full.stored.toLocaleString("en-CA")} stored, in ${fmt(full.m.seconds, 1)} s (${fmt(full.items / full.m.seconds, 0)} items/s), peak RSS ${fmt(mb(full.m.rssKb), 0)} MB${full.items === stats.tweets ? "" : ` — EXPECTED ${stats.tweets}`}`,
    "",
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------------------------
// Where the time goes: one scan under --cpu-prof, samples grouped by the nearest project or library frame.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const BUCKETS: [RegExp, string][] = [
  [/node_modules\/(stream-json|stream-chain)\//, "stream-json (tokenizer, array assembly)"],
  [/dist\/src\/importers\/source\.js/, "importer: text decoding, glue to stream-json"],
  [/dist\/src\/importers\//, "importer: tweet → item (x.js)"],
  [/dist\/src\/core\/(contract)\.js/, "CLI: JSON output (--jsonl)"],
  [/dist\/src\/core\//, "engine: assess(), history context"],
  [/dist\/src\/store\/|node_modules\/better-sqlite3\//, "store: SQLite (addBatch)"],
  [/dist\/src\/cli\//, "CLI: loop, JSON output (--jsonl)"],
  [/node_modules\/yauzl\/|node:zlib/, "unzip (yauzl, zlib glue)"],
];

function profileBreakdown(file: string): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const bucketOf = new Map<number, string>();
  const classify = (id: number): string => {
    const known = bucketOf.get(id);
    if (known) return known;
    const frame = byId.get(id)!.callFrame;
    let bucket: string | undefined;
    if (frame.functionName === "(garbage collector)") bucket = "garbage collection";
    else if (frame.functionName === "(idle)") bucket = "idle (waiting for I/O, zlib on the thread pool)";
    else if (frame.functionName === "(program)") bucket = "V8 / native, unattributed";
    else bucket = BUCKETS.find(([pattern]) => pattern.test(frame.url))?.[1];
    if (!bucket) {
      const up = parent.get(id);
      bucket = up === undefined ? "node internals, startup" : classify(up);
    }
    bucketOf.set(id, bucket);
    return bucket;
  };
  const totals = new Map<string, number>();
  const selfTime = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    all += us;
    const bucket = classify(id);
    totals.set(bucket, (totals.get(bucket) ?? 0) + us);
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${f.url.replace(/^.*\/(node_modules|dist)\//, "$1/")}:${f.lineNumber + 1}`;
    selfTime.set(key, (selfTime.get(key) ?? 0) + us);
  });
  const pct = (us: number) => `${fmt((100 * us) / all, 1).padStart(5)} %  ${fmt(us / 1e6, 2).padStart(6)} s`;
  const lines = [`Where the time goes (one scan under --cpu-prof, ${fmt(all / 1e6, 2)} s sampled; each sample goes to its nearest project or library frame)`];
  for (const [bucket, us] of [...totals].sort((a, b) => b[1] - a[1])) lines.push(`  ${pct(us)}  ${bucket}`);
  lines.push("  Top functions by self time:");
  for (const [key, us] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 15)) lines.push(`  ${pct(us)}  ${key}`);
  return `${lines.join("\n")}\n`;
}

async function profiled(dir: string, size: number): Promise<string> {
  const zip = join(dir, `x-prof-${size}.zip`);
  await writeArchive(zip, { count: size });
  const profDir = join(dir, "prof");
  mkdirSync(profDir);
  await scan(zip, join(dir, "review.db"), ["--cpu-prof", "--cpu-prof-dir", profDir]);
  const file = readdirSync(profDir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error("node --cpu-prof wrote no profile");
  return profileBreakdown(join(profDir, file));
}

// ---------------------------------------------------------------------------------------------------------------

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The whole bench, on these arguments (`npm run bench` runs it with `--runs 1`). */
export async function scanBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { sizes: { type: "string", default: "100000,400000" }, jobs: { type: "string", default: `1,${availableParallelism()}` }, runs: { type: "string", default: "3" }, huge: { type: "boolean" }, "cpu-prof": { type: "boolean" } },
  });
  const sizes = values.sizes.split(",").filter(Boolean).map(Number);
  const runs = Number(values.runs);
  const jobs = [...new Set(values.jobs.split(",").map(Number))];
  if (jobs.some((j) => !Number.isSafeInteger(j) || j < 1 || j > 64)) throw new Error("--jobs takes whole numbers from 1 to 64 (1,2)");
  if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1) || !Number.isSafeInteger(runs) || runs < 0) throw new Error("--sizes takes whole numbers (100000,400000) and --runs one whole number (0: no timed runs)");
  if (!existsSync(join(ROOT, "dist/src/cli/main.js"))) throw new Error("dist/src/cli/main.js is missing: build first (npx tsc -p tsconfig.json)");

  const dir = mkdtempSync(join(tmpdir(), "impartial-scan-bench-"));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    running?.kill(signal);
    cleanUp();
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  process.stdout.write(`Node ${process.version}, ${new Date().toISOString()}; peak RSS: each child's process.resourceUsage().maxRSS on exit\n\n`);
  try {
    const results: SizeResult[] = [];
    for (const size of runs > 0 ? sizes : []) {
      log(`Measuring ${size.toLocaleString("en-CA")} tweets…`);
      results.push(await measureSize(dir, size, runs, jobs));
    }
    if (results.length > 0) process.stdout.write(table(results, runs));
    if (values["cpu-prof"]) {
      log("Profiling one scan…");
      process.stdout.write(`\n${await profiled(dir, sizes[0]!)}`);
    }
    if (values.huge) {
      log("Huge archive…");
      process.stdout.write(`\n${await huge(dir)}`);
    }
  } finally {
    cleanUp();
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain && process.argv[2] === "--child") {
  await child(process.argv[3]!, process.argv.slice(4));
} else if (isMain) {
  await scanBench(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`bench/scan: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
