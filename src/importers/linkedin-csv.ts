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

/** The most characters one row may span: a LinkedIn post holds at most 3,000; past this a row is skipped, so one cannot fill memory. */
export const MAX_ROW_CHARACTERS = 1024 * 1024;

/**
 * Read a LinkedIn CSV whose quoting is broken, streaming it line by line. LinkedIn writes a quote inside a quoted
 * field as `\"` (Comments.csv) where CSV wants `""`, and leaves quotes unescaped in unquoted fields. The text is cut
 * into rows at the lines that start with a date, so that one unreadable row is reported (file and line) and never
 * swallows the rows after it; each row is then parsed by csv-parse. Extra columns, from commas in an unquoted
 * field, are given back to `freeTextColumn`. A row longer than MAX_ROW_CHARACTERS is reported and skipped.
 */
export async function* readLinkedInCsv(text: AsyncIterable<string>, file: string, freeTextColumn: string, problems: Problems): AsyncGenerator<CsvRow> {
  let header: string[] | undefined;
  for await (const chunk of rowChunks(linesOf(text))) {
    if (chunk.line === 1) {
      header = parseRecords(chunk.text)?.[0]?.fields;
      if (!header || header.length === 0) {
        problems.report(new ImportError({ en: "has no CSV header", fr: "n'a pas d'en-tête CSV" }, file, filePosition("line", 1)));
        return;
      }
      continue;
    }
    if (!header) return;
    if (chunk.tooLong) {
      problems.report(new ImportError({ en: `this row is longer than ${MAX_ROW_CHARACTERS} characters; row skipped`, fr: `cette ligne dépasse ${MAX_ROW_CHARACTERS} caractères ; ligne ignorée` }, file, filePosition("line", chunk.line)));
      continue;
    }
    if (chunk.text.trim() === "") continue;
    const records = parseRecords(chunk.text);
    if (!records) {
      problems.report(new ImportError({ en: "this row cannot be read as CSV; row skipped", fr: "cette ligne ne peut pas être lue comme du CSV ; ligne ignorée" }, file, filePosition("line", chunk.line)));
      continue;
    }
    // A chunk holds one row, plus any lines after it that start no row and so cannot be read.
    for (const record of records) {
      const line = chunk.line + record.firstLine - 1;
      const row = fitToHeader(record.fields, header, freeTextColumn);
      if (row) yield { fields: row, line };
      else problems.report(new ImportError({ en: "this row does not have the columns of the header; row skipped", fr: "cette ligne n'a pas les colonnes de l'en-tête ; ligne ignorée" }, file, filePosition("line", line)));
    }
  }
  if (!header) problems.report(new ImportError({ en: "has no CSV header", fr: "n'a pas d'en-tête CSV" }, file, filePosition("line", 1)));
}

interface Line {
  text: string;
  /** The line was longer than a row may be: only its start is kept. */
  tooLong: boolean;
}

/** The lines of the text (LF, CRLF or CR), LinkedIn's `\"` made CSV's `""`; a line is never held past MAX_ROW_CHARACTERS. */
async function* linesOf(text: AsyncIterable<string>): AsyncGenerator<Line> {
  let partial = "";
  let tooLong = false;
  let afterCr = false;
  const line = (end: string): Line => ({ text: end.replaceAll('\\"', '""'), tooLong });
  for await (const chunk of text) {
    let from = 0;
    if (afterCr && chunk.startsWith("\n")) from = 1;
    afterCr = false;
    BREAK.lastIndex = from;
    for (let found = BREAK.exec(chunk); found; found = BREAK.exec(chunk)) {
      yield line(partial + chunk.slice(from, found.index));
      partial = "";
      tooLong = false;
      from = found.index + found[0].length;
      if (found[0] === "\r" && from === chunk.length) afterCr = true;
    }
    if (!tooLong) {
      partial += chunk.slice(from);
      if (partial.length > MAX_ROW_CHARACTERS) {
        partial = partial.slice(0, MAX_ROW_CHARACTERS);
        tooLong = true;
      }
    }
  }
  if (partial !== "" || tooLong) yield line(partial);
}

const BREAK = /\r\n|\r|\n/g;

interface Chunk {
  text: string;
  line: number;
  tooLong: boolean;
}

/** The header line alone, then each row with the lines that continue it. */
async function* rowChunks(lines: AsyncIterable<Line>): AsyncGenerator<Chunk> {
  let current: { lines: string[]; line: number; quotes: number; characters: number; tooLong: boolean } | undefined;
  let number = 0;
  for await (const { text: line, tooLong } of lines) {
    number += 1;
    if (number === 1) {
      yield { text: line, line: 1, tooLong };
      continue;
    }
    const insideQuotes = current !== undefined && current.quotes % 2 === 1;
    const startsRow = SURE_ROW_START.test(line) || (!insideQuotes && ROW_START.test(line));
    if (current && !startsRow) {
      current.quotes += countQuotes(line);
      current.characters += line.length + 1;
      current.tooLong ||= tooLong || current.characters > MAX_ROW_CHARACTERS;
      // A row too long is only followed to its end: its lines are not kept.
      if (!current.tooLong) current.lines.push(line);
      continue;
    }
    if (current) yield finish(current);
    current = line.trim() === "" && !current ? undefined : { lines: [line], line: number, quotes: countQuotes(line), characters: line.length, tooLong };
  }
  if (current) yield finish(current);
}

function finish(current: { lines: string[]; line: number; tooLong: boolean }): Chunk {
  const lines = [...current.lines];
  while (lines.length > 1 && (lines[lines.length - 1] ?? "").trim() === "") lines.pop();
  return { text: current.tooLong ? "" : lines.join("\n"), line: current.line, tooLong: current.tooLong };
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
