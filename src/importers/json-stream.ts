import { jsonParser } from "stream-json/parser.js";
import Assembler from "stream-json/assembler.js";
import type { Message } from "../core/message.js";
import { entryText } from "./decoding.js";
import { filePosition, ImportError, type ExportEntry } from "./types.js";

/** How deep a value may nest: real exports stay under 20 levels; deeper parts are skipped, so no parser stack grows without end. */
export const MAX_JSON_DEPTH = 64;
/** The most characters of strings one item may hold (about 64 MB): past it the item is skipped, so one item cannot fill memory. */
export const MAX_ITEM_CHARACTERS = 32 * 1024 * 1024;
/** The most characters of one string kept (ten times what the engine judges): a longer one is cut there, with a note. */
export const MAX_STRING_CHARACTERS = 1024 * 1024;

export interface JsonItemsOptions {
  /** The file is JavaScript, `window.YTD.x.part0 = [ … ]`: skip up to the first `[`; a `;` may follow the array. */
  javascriptPrefix?: boolean;
  /**
   * In a top-level object, the keys of the arrays whose elements are the items, every array under them read in order
   * (a key may repeat). The elements of a top-level array are always the items.
   */
  arrays?: readonly string[];
  /** When the top-level object's first array is under none of `arrays`, read it (Meta wraps its lists under varying keys). */
  firstArray?: boolean;
  /** Members of a top-level object read whole, each as one item. */
  members?: readonly string[];
  /** Where notes go: parts skipped for their depth or size, invalid byte sequences. */
  warn?: (note: Message) => void;
}

export interface JsonItem {
  /** The member's key for a member read whole; the element's index in its array otherwise. */
  key: string | number;
  value: unknown;
}

/**
 * Streams the items of a JSON file, never holding the file in memory: the elements of its top-level array, or of the
 * arrays and members `options` name in its top-level object. Whatever the file, memory stays bounded: deeper than
 * MAX_JSON_DEPTH is skipped and an item over MAX_ITEM_CHARACTERS is skipped, each with a note naming the file and
 * item. A syntax error stops the stream with an ImportError naming the file, line and column; every item before it
 * is yielded first.
 */
export async function* streamJsonItems(entry: ExportEntry, options: JsonItemsOptions = {}): AsyncGenerator<JsonItem> {
  const reader = new JsonItemReader(entry.path, options);
  let offset = 0;
  let failure: { offset: number; error: unknown } | undefined;
  for await (const text of jsonText(entry, options)) {
    let items: JsonItem[];
    try {
      items = reader.feed(text);
    } catch (error) {
      failure = { offset, error };
      break;
    }
    yield* items;
    offset += text.length;
  }
  if (!failure) {
    try {
      yield* reader.end();
    } catch (error) {
      failure = { offset, error };
    }
  }
  if (!failure) return;
  // The tokenizer drops the whole chunk it fails in; read up to that chunk again, then one character at a time.
  const again = new JsonItemReader(entry.path, { ...options, warn: () => undefined });
  const place = new TextPlace();
  let count = 0;
  let yielded = reader.yielded;
  let failedAt: Message | undefined;
  const keep = function* (items: JsonItem[]) {
    for (const item of items) {
      if (count >= reader.yielded) {
        yield item;
        yielded += 1;
      }
      count += 1;
    }
  };
  reread: for await (const text of jsonText(entry, { ...options, warn: () => undefined })) {
    const cut = Math.max(0, Math.min(text.length, failure.offset - place.offset));
    const before = text.slice(0, cut);
    yield* keep(again.feed(before));
    place.pass(before);
    if (cut === text.length) continue;
    for (const character of text.slice(cut)) {
      try {
        yield* keep(again.feed(character));
      } catch {
        failedAt = place.here();
        break reread;
      }
      place.pass(character);
    }
  }
  const read = yielded <= 1 ? `${yielded} élément a été lu` : `${yielded} éléments ont été lus`;
  const where = failedAt ?? place.here();
  throw new ImportError(
    { en: `not valid JSON (${where.en}: ${errorMessage(failure.error)}); ${yielded} items were read before it`, fr: `JSON non valide (${where.fr} : ${errorMessage(failure.error)}) ; ${read} avant` },
    entry.path,
    filePosition("item", yielded),
  );
}

/** Streams the elements of a JSON array (X's `.js` files, or the arrays under `key` of a top-level object). */
export async function* streamJsonArray(entry: ExportEntry, options: { javascriptPrefix?: boolean; key?: string; warn?: (note: Message) => void } = {}): AsyncGenerator<unknown> {
  const { key, ...rest } = options;
  for await (const item of streamJsonItems(entry, { ...rest, ...(key !== undefined ? { arrays: [key] } : {}) })) yield item.value;
}

/** Counts lines and columns over the text read, to say where a syntax error is. */
class TextPlace {
  offset = 0;
  private line = 1;
  private lineStart = 0;

  pass(text: string): void {
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) {
      this.line += 1;
      this.lineStart = this.offset + at + 1;
    }
    this.offset += text.length;
  }

  here(): Message {
    return filePosition("line", this.line, this.offset - this.lineStart + 1);
  }
}

type Token = { name: string; value?: unknown };

/** stream-json's stages speak stream-chain's protocol, whose markers are registered symbols. */
const NONE = Symbol.for("object-stream.none");
const MANY = Symbol.for("object-stream.many");
type Stage = (input: unknown) => unknown;

function tokensOf(result: unknown): Token[] {
  if (typeof result === "object" && result !== null && (result as { [MANY]?: number })[MANY] === 1) return (result as { values: Token[] }).values;
  return result === NONE || result === undefined ? [] : [result as Token];
}

/** What the reader does with the value being read at the top two levels. */
type Mode = "items" | "member" | "skip";

/** stream-json's tokenizer behind a nesting guard, driven synchronously: text in, finished items out. */
class JsonItemReader {
  private readonly guard = new NestingGuard(MAX_JSON_DEPTH);
  private readonly tokenize = jsonParser({ streamValues: false }) as unknown as Stage;
  private depth = 0;
  private top: "array" | "object" | "other" | undefined;
  private key: string | undefined;
  /** The depth of the container whose elements are items, or whose member is read whole. */
  private itemDepth = 0;
  private mode: Mode | undefined;
  private readAnArray = false;
  private assembler: Assembler | undefined;
  private itemCharacters = 0;
  private oversized = false;
  private skipDepth = 0;
  private index = 0;
  /** Items given out so far, and the number of the one being read, for notes. */
  yielded = 0;
  private deepItems = 0;
  private firstDeepItem: number | undefined;
  private longStrings = 0;
  private firstLongItem: number | undefined;
  private closed = false;
  private readonly pending: JsonItem[] = [];

  constructor(
    private readonly file: string,
    private readonly options: JsonItemsOptions,
  ) {}

  /** Feeds text; throws on a syntax error. */
  feed(text: string): JsonItem[] {
    if (this.closed) {
      this.checkTrailing(text);
      return [];
    }
    let rest = text;
    if (this.options.javascriptPrefix) {
      // A `;` may end X's JavaScript: feed up to it, and only if the array is not yet closed, the `;` too.
      let end = text.length;
      while (end > 0 && TRAILING_FILLER.has(text.charCodeAt(end - 1))) end -= 1;
      if (end < text.length && text.slice(end).includes(";")) {
        this.feedGuarded(text.slice(0, end));
        rest = text.slice(end);
        if (this.closed) {
          this.checkTrailing(rest);
          return this.take();
        }
      }
    }
    this.feedGuarded(rest);
    return this.take();
  }

  end(): JsonItem[] {
    if (!this.closed) for (const token of tokensOf(this.tokenize(NONE))) this.pass(token);
    if (this.deepItems > 0) this.note(this.deepNote());
    if (this.longStrings > 0) {
      this.note({
        en: `${this.file} (item ${this.firstLongItem}): ${this.longStrings} texts longer than ${MAX_STRING_CHARACTERS} characters were cut there, the first in this item`,
        fr: `${this.file} (élément ${this.firstLongItem}) : ${this.longStrings} textes de plus de ${MAX_STRING_CHARACTERS} caractères y ont été coupés, le premier dans cet élément`,
      });
    }
    return this.take();
  }

  private take(): JsonItem[] {
    const items = this.pending.splice(0);
    this.yielded += items.length;
    return items;
  }

  private checkTrailing(text: string): void {
    const filler = this.options.javascriptPrefix ? TRAILING_FILLER : WHITESPACE;
    for (let at = 0; at < text.length; at++) {
      if (!filler.has(text.charCodeAt(at))) throw new Error(`unexpected text after the end of the JSON value: "${text.slice(at, at + 20)}"`);
    }
  }

  private feedGuarded(text: string): void {
    for (const piece of this.guard.feed(text)) {
      if (piece === SKIPPED) {
        this.deepItems += 1;
        this.firstDeepItem ??= this.yielded + this.pending.length + 1;
      } else if (piece === CUT) {
        this.longStrings += 1;
        this.firstLongItem ??= this.yielded + this.pending.length + 1;
      }
      else for (const token of tokensOf(this.tokenize(piece))) this.pass(token);
    }
  }

  private pass(token: Token): void {
    const name = token.name;
    const opens = name === "startObject" || name === "startArray";
    const closes = name === "endObject" || name === "endArray";
    if (this.top === undefined) {
      this.top = name === "startArray" ? "array" : name === "startObject" ? "object" : "other";
      if (opens) this.depth = 1;
      if (this.top === "array") this.beginItems();
      if (this.top === "other") this.closed = true;
      return;
    }
    if (this.mode === "skip" && this.depth > this.skipDepth) {
      this.track(opens, closes);
      return;
    }
    if (this.assembler) {
      this.collect(token, opens, closes);
      return;
    }
    if (this.mode === "items" && this.depth === this.itemDepth) {
      if (closes) {
        this.depth -= 1;
        this.mode = undefined;
        if (this.depth === 0) this.closed = true;
        return;
      }
      this.startItem(token, opens, closes, this.index++);
      return;
    }
    if (this.depth === 1 && this.top === "object") {
      if (name === "keyValue") {
        this.key = String(token.value);
        return;
      }
      if (closes) {
        this.depth = 0;
        this.closed = true;
        return;
      }
      this.member(token, opens, closes);
      return;
    }
    this.track(opens, closes);
  }

  /** The value of a top-level member starts: its elements are items, it is an item itself, or it is skipped. */
  private member(token: Token, opens: boolean, closes: boolean): void {
    const key = this.key ?? "";
    const { arrays = [], firstArray = false, members = [] } = this.options;
    if (token.name === "startArray" && (arrays.includes(key) || (firstArray && !this.readAnArray))) {
      this.depth += 1;
      this.beginItems();
      return;
    }
    if (members.includes(key)) {
      this.mode = "member";
      this.itemDepth = this.depth;
      this.startItem(token, opens, closes, key);
      return;
    }
    if (opens) {
      this.mode = "skip";
      this.skipDepth = this.depth;
      this.depth += 1;
    }
  }

  private beginItems(): void {
    this.mode = "items";
    this.itemDepth = this.depth;
    this.index = 0;
    this.readAnArray = true;
  }

  private startItem(token: Token, opens: boolean, closes: boolean, key: string | number): void {
    this.assembler = new Assembler();
    this.itemKey = key;
    this.itemCharacters = 0;
    this.oversized = false;
    this.collect(token, opens, closes);
  }

  private itemKey: string | number = 0;

  private collect(token: Token, opens: boolean, closes: boolean): void {
    const assembler = this.assembler!;
    if (!this.oversized) {
      if (typeof token.value === "string") this.itemCharacters += token.value.length;
      if (this.itemCharacters > MAX_ITEM_CHARACTERS) {
        this.oversized = true;
        this.note({
          en: `${this.file} (item ${this.yielded + this.pending.length + 1}): holds more than ${MAX_ITEM_CHARACTERS} characters of text; item skipped`,
          fr: `${this.file} (élément ${this.yielded + this.pending.length + 1}) : contient plus de ${MAX_ITEM_CHARACTERS} caractères de texte; élément ignoré`,
        });
        assembler.dropToLevel(0);
      } else assembler.consume(token as never);
    }
    if (opens) this.depth += 1;
    if (closes) this.depth -= 1;
    if (this.depth !== this.itemDepth) return;
    if (!this.oversized) this.pending.push({ key: this.itemKey, value: assembler.current });
    this.assembler = undefined;
    if (this.mode === "member") this.mode = undefined;
  }

  private track(opens: boolean, closes: boolean): void {
    if (opens) this.depth += 1;
    if (closes) {
      this.depth -= 1;
      if (this.mode === "skip" && this.depth === this.skipDepth) this.mode = undefined;
      if (this.depth === 0) this.closed = true;
    }
  }

  private deepNote(): Message {
    return {
      en: `${this.file} (item ${this.firstDeepItem}): ${this.deepItems} parts nested deeper than ${MAX_JSON_DEPTH} levels were skipped, the first in this item (a real export is never that deep); the rest was read`,
      fr: `${this.file} (élément ${this.firstDeepItem}) : ${this.deepItems} parties imbriquées sur plus de ${MAX_JSON_DEPTH} niveaux ont été ignorées, la première dans cet élément (une vraie exportation n'est jamais si profonde); le reste a été lu`,
    };
  }

  private note(message: Message): void {
    this.options.warn?.(message);
  }
}

/** Marks where the guard took out a part nested too deep, and where it cut a string short. */
const SKIPPED = Symbol("skipped");
const CUT = Symbol("cut");
type Piece = string | typeof SKIPPED | typeof CUT;

/**
 * Cuts out of JSON text every value nested deeper than `depthLimit`, putting `null` in its place, and cuts every string
 * longer than `stringLimit` characters there, so the tokenizer's stack and strings (and everything built from its
 * tokens) stay bounded. It follows only strings, escapes and brackets, in one pass.
 */
export class NestingGuard {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private skipping = false;
  /** Hex digits of a \u escape still to come: never a place to cut. */
  private hexLeft = 0;
  private stringLength = 0;
  private cutting = false;

  constructor(
    private readonly depthLimit: number,
    private readonly stringLimit = MAX_STRING_CHARACTERS,
  ) {}

  feed(text: string): Piece[] {
    const pieces: Piece[] = [];
    let from = 0;
    let at = 0;
    while (at < text.length) {
      if (this.escaped) {
        this.escaped = false;
        if (text.charCodeAt(at) === 0x75) this.hexLeft = 4;
        this.stringLength += 1;
        at += 1;
        continue;
      }
      if (this.inString) {
        STRING_STOP.lastIndex = at;
        const stop = STRING_STOP.exec(text);
        const runEnd = stop ? stop.index : text.length;
        const hex = Math.min(this.hexLeft, runEnd - at);
        this.hexLeft -= hex;
        // A cut waits for the end of a \u escape whose digits run on into the next chunk.
        if (!this.cutting && !this.skipping && this.hexLeft === 0 && this.stringLength + (runEnd - at) > this.stringLimit) {
          let cut = Math.max(at + (this.stringLimit - this.stringLength), at + hex);
          if (cut > at && isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
          pieces.push(text.slice(from, cut), CUT);
          this.cutting = true;
        }
        this.stringLength += runEnd - at;
        if (!stop) break;
        at = stop.index + 1;
        if (stop[0] === "\\") this.escaped = true;
        else {
          this.inString = false;
          this.stringLength = 0;
          if (this.cutting) {
            this.cutting = false;
            from = stop.index;
          }
        }
        continue;
      }
      STRUCTURE.lastIndex = at;
      const found = STRUCTURE.exec(text);
      if (!found) break;
      at = found.index + 1;
      const mark = found[0];
      if (mark === '"') this.inString = true;
      else if (mark === "[" || mark === "{") {
        this.depth += 1;
        if (this.depth === this.depthLimit + 1 && !this.skipping) {
          this.skipping = true;
          pieces.push(text.slice(from, found.index) + "null", SKIPPED);
        }
      } else {
        if (this.skipping && this.depth === this.depthLimit + 1) {
          this.skipping = false;
          from = at;
        }
        this.depth -= 1;
      }
    }
    if (!this.skipping && !this.cutting && from < text.length) pieces.push(text.slice(from));
    return pieces;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

const STRING_STOP = /["\\]/g;
const STRUCTURE = /["[\]{}]/g;

/** `;`, space, tab, CR and LF: what may follow the array at the end of an X .js file. */
const TRAILING_FILLER = new Set([0x3b, 0x20, 0x09, 0x0d, 0x0a]);
const WHITESPACE = new Set([0x20, 0x09, 0x0d, 0x0a]);

/** The entry's text, decoded, and for X's files with the JavaScript before the array blanked out. */
async function* jsonText(entry: ExportEntry, { javascriptPrefix = false, warn }: JsonItemsOptions): AsyncGenerator<string> {
  let started = !javascriptPrefix;
  let skipped = 0;
  // The JavaScript is given to the parser as blanks, which it skips, so that lines and columns stay the file's own.
  const blank = (code: string) => code.replace(/[^\n]/g, " ");
  for await (const text of entryText(entry, warn)) {
    if (started) {
      yield text;
      continue;
    }
    const bracket = text.indexOf("[");
    if (bracket < 0) {
      skipped += text.length;
      if (skipped > 4096) throw noArray(entry);
      yield blank(text);
      continue;
    }
    started = true;
    yield blank(text.slice(0, bracket)) + text.slice(bracket);
  }
  if (!started) throw noArray(entry);
}

function noArray(entry: ExportEntry): ImportError {
  return new ImportError({ en: "does not hold a JSON array (expected `window.YTD.… = [`)", fr: "ne contient pas de tableau JSON (attendu : `window.YTD.… = [`)" }, entry.path, filePosition("byte", 0));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
