import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fmt } from "./shared.js";

/**
 * `node dist/bench/importers-memory.js [--mb 1024]`: peak memory of the importers on hostile-sized exports (issue 10):
 * a Facebook-shaped export folder whose posts file is 1 GB, and an X folder whose tweets.js is padded with 1 GB of
 * whitespace. Each is imported, without judging, in a child process that prints its own peak RSS; reading the same
 * bytes and nothing more is timed beside it. The files are written to a temporary folder and deleted after.
 */

const HERE = fileURLToPath(import.meta.url);
const MiB = 1024 * 1024;
const WRITE_CHARS = 4 * MiB;

interface ChildResult {
  items: number;
  warnings: number;
  ms: number;
  maxRssKb: number;
}

/** Meta writes every UTF-8 byte of non-ASCII text as its own \u00XX escape. */
function mojibake(text: string): string {
  return [...Buffer.from(text, "utf8")].map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : `\\u00${byte.toString(16).padStart(2, "0")}`)).join("");
}

const SENTENCES = [
  "Très fière de l’équipe à Gatineau 🎉",
  "Great turnout at the community garden this weekend, thanks to everyone who came by.",
  "Vote for the candidate who shares your values on October 21st!",
  "Le nouveau parc près de chez nous est magnifique, allez-y avec les enfants.",
  "Shared an article about open data in the public service.",
];

function facebookPost(index: number): string {
  const text = mojibake(`${SENTENCES[index % SENTENCES.length]} #${index}`);
  const link = index % 3 === 0 ? `,"attachments":[{"data":[{"external_context":{"url":"https://example.ca/article/${index}","name":"An article"}}]}]` : "";
  return `{"timestamp":${1500000000 + index * 60},"data":[{"post":"${text}"},{"update_timestamp":${1500000000 + index * 60}}]${link},"title":"Pat Example updated her status."}`;
}

/** Writes text made by `next` until the file holds `bytes` bytes; returns how many items `next` made. */
function writeUntil(path: string, bytes: number, opening: string, next: (index: number) => string, closing: string): number {
  const fd = openSync(path, "w");
  let written = writeSync(fd, opening);
  let index = 0;
  try {
    while (written < bytes) {
      const parts: string[] = [];
      let length = 0;
      while (length < WRITE_CHARS) {
        const part = (index === 0 ? "" : ",\n") + next(index);
        parts.push(part);
        length += part.length;
        index += 1;
      }
      written += writeSync(fd, parts.join(""));
    }
    writeSync(fd, closing);
  } finally {
    closeSync(fd);
  }
  return index;
}

function writeFacebookExport(dir: string, bytes: number): { path: string; posts: number } {
  const posts = join(dir, "facebook", "your_facebook_activity", "posts");
  mkdirSync(posts, { recursive: true });
  const count = writeUntil(join(posts, "your_posts_1.json"), bytes, "[\n", facebookPost, "\n]\n");
  return { path: join(dir, "facebook"), posts: count };
}

function writePaddedTweets(dir: string, bytes: number): string {
  const data = join(dir, "x", "data");
  mkdirSync(data, { recursive: true });
  const tweet = (id: number) => `{"tweet":{"id_str":"18000000000000000${String(id).padStart(2, "0")}","created_at":"Tue Oct 01 15:00:00 +0000 2019","full_text":"tweet ${id}","entities":{"urls":[]}}}`;
  const fd = openSync(join(data, "tweets.js"), "w");
  try {
    writeSync(fd, `window.YTD.tweets.part0 = [ ${tweet(1)},`);
    const blanks = " ".repeat(WRITE_CHARS);
    for (let written = 0; written < bytes; written += WRITE_CHARS) writeSync(fd, blanks);
    writeSync(fd, `${tweet(2)} ]`);
  } finally {
    closeSync(fd);
  }
  return join(dir, "x");
}

/** In the child: import the export (no judging) or only read its bytes, then report. */
async function child(mode: "import" | "read", platform: string, path: string): Promise<void> {
  const started = process.hrtime.bigint();
  let items = 0;
  let warnings = 0;
  if (mode === "import") {
    const { IMPORTERS } = await import("../src/importers/index.js");
    const { openExport } = await import("../src/importers/source.js");
    const source = await openExport(path);
    for await (const item of IMPORTERS[platform as keyof typeof IMPORTERS](source)) if (item) items += 1;
    warnings = source.warnings.length;
    await source.close();
  } else {
    const { openExport, listEntries } = await import("../src/importers/source.js");
    const source = await openExport(path);
    // Every byte read and dropped: the floor under any importer of the same files.
    for (const entry of await listEntries(source)) for await (const chunk of await entry.open()) void chunk;
    await source.close();
  }
  const result: ChildResult = { items, warnings, ms: Number(process.hrtime.bigint() - started) / 1e6, maxRssKb: process.resourceUsage().maxRSS };
  process.stdout.write(JSON.stringify(result));
}

function measure(mode: "import" | "read", platform: string, path: string): ChildResult {
  const run = spawnSync(process.execPath, [HERE, "child", mode, platform, path], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`${mode} ${platform} failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as ChildResult;
}

export function importersMemoryBench(megabytes = 1024): void {
  const dir = mkdtempSync(join(tmpdir(), "impartial-bench-importers-"));
  try {
    const bytes = megabytes * MiB;
    const facebook = writeFacebookExport(dir, bytes);
    const x = writePaddedTweets(dir, bytes);
    const size = (path: string) => fmt(statSync(path).size / MiB, 0);
    const rows: [string, string, string][] = [
      [`Facebook export folder, one posts file of ${size(join(facebook.path, "your_facebook_activity/posts/your_posts_1.json"))} MiB (${facebook.posts.toLocaleString("en-CA")} posts)`, "facebook", facebook.path],
      [`X folder, tweets.js of ${size(join(x, "data/tweets.js"))} MiB: 2 tweets around whitespace padding`, "x", x],
    ];
    const lines = ["Importers on 1 GB exports (import only, no judging; peak RSS of each child process; target ≤ 300 MB)"];
    for (const [what, platform, path] of rows) {
      const read = measure("read", platform, path);
      const imported = measure("import", platform, path);
      lines.push(
        `  ${what}`,
        `    import           ${fmt(imported.ms / 1000, 1)} s   peak RSS ${fmt(imported.maxRssKb / 1024, 0)} MB   ${imported.items.toLocaleString("en-CA")} items, ${imported.warnings} warnings`,
        `    read bytes only  ${fmt(read.ms / 1000, 1)} s   peak RSS ${fmt(read.maxRssKb / 1024, 0)} MB`,
      );
    }
    process.stdout.write(`${lines.join("\n")}\n\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === HERE) {
  if (process.argv[2] === "child") await child(process.argv[3] as "import" | "read", process.argv[4]!, process.argv[5]!);
  else {
    const at = process.argv.indexOf("--mb");
    importersMemoryBench(at > 0 ? Number(process.argv[at + 1]) : 1024);
  }
}
