import { parse } from "csv-parse/sync";
import type { Problems } from "./export-reading.js";
import { filePosition, ImportError } from "./types.js";

export interface CsvRow {
  fields: Record<string, string>;
  /** The 1-based line of the file where the row starts. */
  line: number;
}

/** Every LinkedIn row starts with its date; a line that does is a new row unless a quoted field is still open. */
const ROW_START = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?[^,\n]*,/;
/** A date then a LinkedIn URL is a new row even after a field whose quotes never closed. */
const SURE_ROW_START = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?[^,\n]*,"?https?:\/\//;

/**
 * Read a LinkedIn CSV whose quoting is broken. LinkedIn writes a quote inside a quoted field as `\"`
 * (Comments.csv) where CSV wants `""`, and leaves quotes unescaped in unquoted fields. The text is cut
 * into rows at the lines that start with a date, so that one unreadable row is reported (file and
 * line) and never swallows the rows after it; each row is then parsed by csv-parse. Extra columns,
 * from commas in an unquoted field, are given back to `freeTextColumn`.
 */
export function readLinkedInCsv(text: string, file: string, freeTextColumn: string, problems: Problems): CsvRow[] {
  const lines = text.replace(/\r\n?/g, "\n").replaceAll('\\"', '""').split("\n");
  const header = parseRecords(lines[0] ?? "")?.[0]?.fields;
  if (!header || header.length === 0) {
    problems.report(new ImportError({ en: "has no CSV header", fr: "n'a pas d'en-tête CSV" }, file, filePosition("line", 1)));
    return [];
  }
  const rows: CsvRow[] = [];
  for (const chunk of rowChunks(lines)) {
    const records = parseRecords(chunk.text);
    if (!records) {
      problems.report(new ImportError({ en: "this row cannot be read as CSV; row skipped", fr: "cette ligne ne peut pas être lue comme du CSV ; ligne ignorée" }, file, filePosition("line", chunk.line)));
      continue;
    }
    // A chunk holds one row, plus any lines after it that start no row and so cannot be read.
    for (const record of records) {
      const line = chunk.line + record.firstLine - 1;
      const row = fitToHeader(record.fields, header, freeTextColumn);
      if (row) rows.push({ fields: row, line });
      else problems.report(new ImportError({ en: "this row does not have the columns of the header; row skipped", fr: "cette ligne n'a pas les colonnes de l'en-tête ; ligne ignorée" }, file, filePosition("line", line)));
    }
  }
  return rows;
}

interface Chunk {
  text: string;
  line: number;
}

function rowChunks(lines: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: { lines: string[]; line: number; quotes: number } | undefined;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const insideQuotes = current !== undefined && current.quotes % 2 === 1;
    const startsRow = SURE_ROW_START.test(line) || (!insideQuotes && ROW_START.test(line));
    if (current && !startsRow) {
      current.lines.push(line);
      current.quotes += countQuotes(line);
      continue;
    }
    if (current) chunks.push(finish(current));
    current = line.trim() === "" && !current ? undefined : { lines: [line], line: index + 1, quotes: countQuotes(line) };
  }
  if (current) chunks.push(finish(current));
  return chunks.filter((chunk) => chunk.text.trim() !== "");
}

function finish(current: { lines: string[]; line: number }): Chunk {
  const lines = [...current.lines];
  while (lines.length > 1 && (lines[lines.length - 1] ?? "").trim() === "") lines.pop();
  return { text: lines.join("\n"), line: current.line };
}

function countQuotes(line: string): number {
  let count = 0;
  for (const char of line) if (char === '"') count++;
  return count;
}

interface ParsedRecord {
  fields: string[];
  /** The 1-based line of the chunk where the record starts. */
  firstLine: number;
}

/** The CSV records of a chunk, or undefined when csv-parse cannot read it at all. */
function parseRecords(text: string): ParsedRecord[] | undefined {
  try {
    const parsed = parse(text, { relax_quotes: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    const lines = text.split("\n");
    let nextLine = 1;
    return parsed.map(({ record, info }) => {
      let firstLine = nextLine;
      while (firstLine < info.lines && (lines[firstLine - 1] ?? "").trim() === "") firstLine++;
      nextLine = info.lines + 1;
      return { fields: record, firstLine };
    });
  } catch {
    return undefined;
  }
}

function fitToHeader(fields: string[], header: readonly string[], freeTextColumn: string): Record<string, string> | undefined {
  const extra = fields.length - header.length;
  const freeText = header.indexOf(freeTextColumn);
  if (extra < 0 || (extra > 0 && freeText < 0)) return undefined;
  const fitted =
    extra === 0
      ? fields
      : [...fields.slice(0, freeText), fields.slice(freeText, freeText + extra + 1).join(","), ...fields.slice(freeText + extra + 1)];
  return Object.fromEntries(header.map((name, index) => [name, fitted[index] ?? ""]));
}

/**
 * LinkedIn wraps every line of a multi-line commentary in its own quotes, so a proper CSV reader gives
 * `first"`, `"middle"`, …, `"last`. When every line shows that pattern, the wrapping quotes are removed.
 */
export function unwrapLineQuotes(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  const last = lines.length - 1;
  const wrapped = lines.every((line, index) => {
    if (index === 0) return line.endsWith('"');
    if (index === last) return line.startsWith('"');
    return line.length >= 2 && line.startsWith('"') && line.endsWith('"');
  });
  if (!wrapped) return text;
  return lines
    .map((line, index) => line.slice(index === 0 ? 0 : 1, index === last ? line.length : line.length - 1))
    .join("\n");
}
