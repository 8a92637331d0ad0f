import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { CATEGORIES, isLang, LEVELS, type Category, type Lang, type Level } from "../core/model.js";
import { PLATFORMS, type Platform } from "../importers/types.js";
import { deletionChecklistCsv, renderDeletionChecklistHtml } from "../report/csv.js";
import { renderHtmlReport } from "../report/html.js";
import { DECISIONS, defaultStorePath, openStore, StoreError, type Decision, type ReviewFilter } from "../store/store.js";
import { EXIT, UsageError } from "./errors.js";
import { UI } from "./i18n.js";

export const REVIEW_HELP = `Usage:
  impartial review [filters] [--json]          list stored items, worst first
  impartial review mark PLATFORM:ID DECISION [--note TEXT]
                                               DECISION: ${DECISIONS.join(", ")} (or "clear")
  impartial review checklist [--html FILE | --csv]
                                               the items you decided to delete, with direct links
  impartial review report --html FILE          a printable report of everything stored
  impartial review imports                     past imports, including interrupted ones

Filters: --level ${LEVELS.join("|")}  --category CATEGORY  --platform ${PLATFORMS.join("|")}
         --year YYYY  --undecided  --limit N (default 50)  --offset N
Common:  --db PATH (default: ${defaultStorePath()})  --lang en|fr`;

const OPTIONS = {
  level: { type: "string" },
  category: { type: "string" },
  platform: { type: "string" },
  year: { type: "string" },
  undecided: { type: "boolean" },
  limit: { type: "string" },
  offset: { type: "string" },
  json: { type: "boolean" },
  note: { type: "string" },
  html: { type: "string" },
  csv: { type: "boolean" },
  db: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export function runReview(argv: string[], io: { stdout: NodeJS.WritableStream }): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\nRun "impartial review --help".`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${REVIEW_HELP}\n`);
    return 0;
  }
  const lang: Lang = values.lang === undefined ? "en" : isLang(values.lang) ? values.lang : fail(`--lang must be en or fr, not "${values.lang}"`);
  const store = openStore(values.db ?? defaultStorePath());
  try {
    const [sub, ...args] = positionals;
    switch (sub) {
      case undefined:
        return list(store, filterFrom(values), values.json === true, lang, io);
      case "mark": {
        const [key, decision] = args;
        const m = /^([a-z]+):(.+)$/.exec(key ?? "");
        if (!m || !(PLATFORMS as readonly string[]).includes(m[1]!)) fail("name the item as PLATFORM:ID, e.g. x:1234567890 (ids are in the listing)");
        if (decision === "clear") {
          if (!store.clearDecision(m[1] as Platform, m[2]!)) fail(`no decision to clear for ${key}`);
        } else {
          if (!(DECISIONS as readonly string[]).includes(decision ?? "")) fail(`the decision must be one of ${DECISIONS.join(", ")} or clear, not "${decision ?? ""}"`);
          store.setDecision(m[1] as Platform, m[2]!, decision as Decision, values.note);
        }
        io.stdout.write(`${key}: ${decision}\n`);
        return 0;
      }
      case "checklist": {
        const entries = store.deletionChecklist();
        if (values.html) writeFileSync(values.html, renderDeletionChecklistHtml(entries, lang));
        else if (values.csv) io.stdout.write(deletionChecklistCsv(entries, lang));
        else {
          if (entries.length === 0) io.stdout.write(lang === "fr" ? "Aucun élément marqué « delete ».\n" : "No item is marked delete.\n");
          for (const e of entries) io.stdout.write(`[ ] ${e.createdAt.slice(0, 10)}  ${e.platform}  ${e.text.replace(/\s+/g, " ").slice(0, 70)}\n    ${e.url ?? "(no link)"}${e.note ? `\n    ${e.note}` : ""}\n`);
        }
        return 0;
      }
      case "report": {
        if (!values.html) fail("say where to write the report: impartial review report --html FILE");
        const rows = store.query({ level: ["risky", "inappropriate"], limit: 2_000 });
        writeFileSync(values.html, renderHtmlReport({ rows, counts: store.counts(), lang, generatedAt: new Date().toISOString() }));
        io.stdout.write(`${values.html}\n`);
        return 0;
      }
      case "imports":
        for (const i of store.listImports()) io.stdout.write(`${i.startedAt}  ${i.platform.padEnd(9)} ${i.status.padEnd(7)} ${String(i.itemsStored ?? 0).padStart(7)} items  ${i.sourcePath}${i.error ? `  (${i.error})` : ""}\n`);
        return 0;
      default:
        fail(`unknown review command "${sub}". Run "impartial review --help".`);
    }
  } catch (e) {
    if (e instanceof StoreError) throw new UsageError(e.message);
    throw e;
  } finally {
    store.close();
  }
}

function fail(message: string): never {
  throw new UsageError(message);
}

function filterFrom(values: Record<string, string | boolean | undefined>): ReviewFilter {
  const f: ReviewFilter = { limit: 50 };
  if (typeof values.level === "string") {
    if (!(LEVELS as readonly string[]).includes(values.level)) fail(`--level must be one of ${LEVELS.join(", ")}`);
    f.level = values.level as Level;
  }
  if (typeof values.category === "string") {
    if (!(CATEGORIES as readonly string[]).includes(values.category)) fail(`--category must be one of ${CATEGORIES.join(", ")}`);
    f.category = values.category as Category;
  }
  if (typeof values.platform === "string") {
    if (!(PLATFORMS as readonly string[]).includes(values.platform)) fail(`--platform must be one of ${PLATFORMS.join(", ")}`);
    f.platform = values.platform as Platform;
  }
  const whole = (name: string, v: string | boolean | undefined) => {
    if (typeof v !== "string") return undefined;
    if (!/^\d+$/.test(v)) fail(`--${name} must be a whole number, not "${v}"`);
    return Number(v);
  };
  const year = whole("year", values.year);
  if (year !== undefined) f.year = year;
  const limit = whole("limit", values.limit);
  if (limit !== undefined) f.limit = limit;
  const offset = whole("offset", values.offset);
  if (offset !== undefined) f.offset = offset;
  if (values.undecided) f.undecided = true;
  return f;
}

function list(store: ReturnType<typeof openStore>, filter: ReviewFilter, json: boolean, lang: Lang, io: { stdout: NodeJS.WritableStream }): number {
  const rows = store.query(filter);
  if (json) {
    for (const r of rows) io.stdout.write(`${JSON.stringify({ platform: r.item.platform, id: r.item.id, action: r.item.action, createdAt: r.item.createdAt, url: r.item.url ?? null, text: r.item.text, level: r.assessed?.assessment.level, categories: r.assessed?.categories ?? [], beforeService: r.beforeService, decision: r.decision?.decision ?? null, note: r.decision?.note ?? null })}\n`);
    return EXIT.appropriate;
  }
  const ui = UI[lang];
  const total = store.counts(filter).total;
  io.stdout.write(lang === "fr" ? `${rows.length} éléments sur ${total}\n` : `${rows.length} of ${total} items\n`);
  for (const r of rows) {
    const a = r.assessed?.assessment;
    const level = a ? ui.level[a.level] : "?";
    io.stdout.write(`${r.item.platform}:${r.item.id}  ${r.item.createdAt.slice(0, 10)}  ${level}${r.decision ? `  [${r.decision.decision}]` : ""}${r.beforeService ? (lang === "fr" ? "  (avant l'entrée en fonction)" : "  (before joining)") : ""}\n`);
    io.stdout.write(`    ${r.item.text.replace(/\s+/g, " ").slice(0, 100)}\n`);
    const first = a?.findings.find((f) => f.level !== "appropriate");
    if (first) io.stdout.write(`    → ${first.message}\n`);
  }
  return EXIT.appropriate;
}
