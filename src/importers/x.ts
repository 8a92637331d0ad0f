import { dateToIso } from "./item-fields.js";
import { IdSet } from "./id-set.js";
import type { Message } from "../core/message.js";
import type { Action } from "../core/model.js";
import { decodeHead } from "./decoding.js";
import { detachedCopy, entryName, listEntries, readEntryHead, streamJsonArray, UNKNOWN_DATE, type ExportSource } from "./source.js";
import type { ExportEntry, HistoryItem } from "./types.js";

type Json = Record<string, unknown>;

/** X counts its ids from this instant (ms); the top bits of an id after the switch to snowflake ids are a timestamp. */
const SNOWFLAKE_EPOCH_MS = 1288834974657n;
/** Ids below this were handed out before snowflake ids, so carry no time. */
const FIRST_SNOWFLAKE_ID = 30_000_000_000n;

interface NoteTweet {
  id: string;
  tweetId?: string;
  createdAt: string;
  text: string;
  sourceFile: string;
  used: boolean;
}

interface ArchiveFiles {
  account: ExportEntry[];
  profile: ExportEntry[];
  manifest: ExportEntry[];
  tweets: ExportEntry[];
  community: ExportEntry[];
  deleted: ExportEntry[];
  notes: ExportEntry[];
  likes: ExportEntry[];
}

/**
 * Reads an X (Twitter) archive: tweets (all parts, old and new file names), community tweets, deleted tweets,
 * long "note" tweets and likes. Files are streamed; a syntax error stops with an ImportError naming the item.
 */
export async function* importXArchive(source: ExportSource): AsyncGenerator<HistoryItem> {
  const files = classify(await listEntries(source));
  const warn = (note: Message) => source.warnings.push(note);
  const screenName = await readScreenName(files.account);
  const notes = await readNoteTweets(files.notes, warn);
  const seen = new IdSet();
  const tweetFiles: [ExportEntry[], boolean][] = [
    [files.tweets, false],
    [files.community, false],
    [files.deleted, true],
  ];
  for (const [entries, deleted] of tweetFiles) {
    for (const entry of entries) {
      let index = 0;
      for await (const record of streamJsonArray(entry, { javascriptPrefix: true, warn })) {
        const item = tweetItem(unwrap(record, "tweet"), { entry, deleted, screenName, notes });
        if (item === undefined) source.warnings.push({ en: `${entry.path} (item ${index}): skipped a tweet without an id or a readable date`, fr: `${entry.path} (élément ${index}) : tweet ignoré, sans identifiant ou sans date lisible` });
        else if (!seen.has(item.id)) {
          seen.add(item.id);
          yield item;
        }
        index += 1;
      }
    }
  }
  for (const note of notes) {
    if (note.used || seen.has(note.id)) continue;
    yield { platform: "x", id: note.id, action: "post", createdAt: note.createdAt, text: note.text, visibility: "public", sourceFile: note.sourceFile };
  }
  for (const entry of files.likes) {
    for await (const record of streamJsonArray(entry, { javascriptPrefix: true, warn })) {
      const item = likeItem(unwrap(record, "like"), entry);
      if (item !== undefined) yield item;
    }
  }
  const bio = await profileItem(files, screenName);
  if (bio) yield bio;
}

/**
 * The profile bio, judged like any profile: it has no date of its own, so it is dated by the archive's generation
 * (the bio is as it stood then), or by the account's creation when the manifest is missing.
 */
async function profileItem(files: ArchiveFiles, screenName: string | undefined): Promise<HistoryItem | undefined> {
  for (const entry of files.profile) {
    for await (const record of streamJsonArray(entry, { javascriptPrefix: true })) {
      const description = asJson(unwrap(record, "profile")["description"]) ?? {};
      const bio = decodeXEntities(asString(description["bio"]) ?? "").trim();
      const website = asString(description["website"]);
      if (bio === "") continue;
      const createdAt = (await archiveDate(files.manifest)) ?? (await accountCreated(files.account)) ?? UNKNOWN_DATE;
      const item: HistoryItem = { platform: "x", id: `profile:${screenName ?? "account"}`, action: "profile", createdAt, text: website ? `${bio}\n${website}` : bio, visibility: "public", sourceFile: entry.path };
      if (screenName) item.url = `https://x.com/${screenName}`;
      return item;
    }
  }
  return undefined;
}

async function archiveDate(entries: ExportEntry[]): Promise<string | undefined> {
  for (const entry of entries) {
    const head = decodeHead(await readEntryHead(entry, 4096));
    const found = /"generationDate"\s*:\s*"([^"]+)"/.exec(head);
    const iso = found ? dateToIso(found[1]) : undefined;
    if (iso) return iso;
  }
  return undefined;
}

async function accountCreated(entries: ExportEntry[]): Promise<string | undefined> {
  for (const entry of entries) {
    for await (const record of streamJsonArray(entry, { javascriptPrefix: true })) {
      const iso = dateToIso(asString(unwrap(record, "account")["createdAt"]));
      if (iso) return iso;
    }
  }
  return undefined;
}

function classify(entries: ExportEntry[]): ArchiveFiles {
  const files: ArchiveFiles = { account: [], profile: [], manifest: [], tweets: [], community: [], deleted: [], notes: [], likes: [] };
  const patterns: [keyof ArchiveFiles, RegExp][] = [
    ["account", /^account\.js$/],
    ["profile", /^profile\.js$/],
    ["manifest", /^manifest\.js$/],
    ["tweets", /^tweets?(?:-part(\d+))?\.js$/],
    ["community", /^community-tweet(?:-part(\d+))?\.js$/],
    ["deleted", /^deleted-tweets?(?:-part(\d+))?\.js$/],
    ["notes", /^note-tweet(?:-part(\d+))?\.js$/],
    ["likes", /^like(?:-part(\d+))?\.js$/],
  ];
  const part = (entry: ExportEntry) => Number(/-part(\d+)\.js$/i.exec(entry.path)?.[1] ?? 0);
  for (const entry of entries) {
    const name = entryName(entry);
    const match = patterns.find(([, pattern]) => pattern.test(name));
    if (match) files[match[0]].push(entry);
  }
  for (const list of Object.values(files) as ExportEntry[][]) list.sort((a, b) => part(a) - part(b) || a.path.localeCompare(b.path));
  return files;
}

async function readScreenName(entries: ExportEntry[]): Promise<string | undefined> {
  for (const entry of entries) {
    for await (const record of streamJsonArray(entry, { javascriptPrefix: true })) {
      const username = unwrap(record, "account")["username"];
      if (typeof username === "string" && /^\w{1,50}$/.test(username)) return username;
    }
  }
  return undefined;
}

async function readNoteTweets(entries: ExportEntry[], warn: (note: Message) => void): Promise<NoteIndex> {
  const notes: NoteTweet[] = [];
  for (const entry of entries) {
    for await (const record of streamJsonArray(entry, { javascriptPrefix: true, warn })) {
      const note = unwrap(record, "noteTweet");
      const core = asJson(note["core"]) ?? asJson(note["noteTweetResults"]) ?? {};
      const id = asString(note["noteTweetId"]);
      const createdAt = dateToIso(asString(note["createdAt"]));
      const text = asString(core["text"]);
      if (!id || !createdAt || text === undefined) continue;
      const links = asArray(core["urls"]).map((url) => [asString(asJson(url)?.["shortUrl"]), asString(asJson(url)?.["expandedUrl"])] as const);
      notes.push({ id, tweetId: asString(note["tweetId"]), createdAt, text: expandShortLinks(decodeXEntities(text), links), sourceFile: entry.path, used: false });
    }
  }
  return new NoteIndex(notes);
}

interface TweetContext {
  entry: ExportEntry;
  deleted: boolean;
  screenName: string | undefined;
  notes: NoteIndex;
}

function tweetItem(tweet: Json, { entry, deleted, screenName, notes }: TweetContext): HistoryItem | undefined {
  const rawId = asString(tweet["id_str"]) ?? asString(tweet["id"]);
  const createdAt = parseXDate(asString(tweet["created_at"]));
  if (!rawId || !/^\d+$/.test(rawId) || !createdAt) return undefined;
  const id = detachedCopy(rawId);
  const rawText = asString(tweet["full_text"]) ?? asString(tweet["text"]) ?? "";
  const entities = asJson(tweet["entities"]) ?? {};
  const extended = asJson(tweet["extended_entities"]) ?? {};
  const links = [...asArray(entities["urls"]), ...asArray(entities["media"]), ...asArray(extended["media"])].map(
    (url) => [asString(asJson(url)?.["url"]), asString(asJson(url)?.["expanded_url"])] as const,
  );
  let text = expandShortLinks(decodeXEntities(rawText), links);
  const note = notes.match(id, createdAt, text);
  if (note) {
    note.used = true;
    text = note.text;
  }
  const replyTo = asString(tweet["in_reply_to_status_id_str"]) ?? asString(tweet["in_reply_to_status_id"]);
  const retweet = rawText.startsWith("RT @") || tweet["retweeted"] === true || tweet["retweeted"] === "true";
  const action: Action = retweet ? "share" : replyTo ? "reply" : "post";
  const item: HistoryItem = {
    platform: "x",
    id,
    action,
    createdAt,
    text,
    url: `https://x.com/${screenName ?? "i/web"}/status/${id}`,
    visibility: "public",
    sourceFile: entry.path,
  };
  if (action === "reply" && replyTo) item.inReplyTo = replyTo;
  if (deleted) item.deleted = true;
  // A retweet's counts are the original's, not the person's.
  const engagement = action === "share" ? undefined : countOf(tweet["favorite_count"]) + countOf(tweet["retweet_count"]);
  if (engagement !== undefined && !Number.isNaN(engagement)) item.engagement = engagement;
  return item;
}

/** A count as X writes it (a string of digits, sometimes a number); NaN when it is neither. */
function countOf(value: unknown): number {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === "string" && /^\d{1,15}$/.test(value)) return Number(value);
  return Number.NaN;
}

/** Note tweets by the tweet id they name (when they do) and by the second they were created. */
class NoteIndex implements Iterable<NoteTweet> {
  private readonly byTweetId = new Map<string, NoteTweet>();
  private readonly bySecond = new Map<string, NoteTweet[]>();

  constructor(private readonly notes: NoteTweet[]) {
    for (const note of notes) {
      if (note.tweetId) this.byTweetId.set(note.tweetId, note);
      const second = note.createdAt.slice(0, 19);
      this.bySecond.set(second, [...(this.bySecond.get(second) ?? []), note]);
    }
  }

  [Symbol.iterator](): Iterator<NoteTweet> {
    return this.notes[Symbol.iterator]();
  }

  /** A long post is stored twice: truncated in tweets.js and whole in note-tweet.js, created in the same second. */
  match(tweetId: string, createdAt: string, text: string): NoteTweet | undefined {
    const byId = this.byTweetId.get(tweetId);
    if (byId) return byId;
    const candidates = this.bySecond.get(createdAt.slice(0, 19));
    if (!candidates) return undefined;
    const opening = comparable(text).replace(/…$/, "").trim().slice(0, 60);
    return candidates.find((note) => !note.used && comparable(note.text).startsWith(opening));
  }
}

function comparable(text: string): string {
  return text.replace(/https?:\/\/\S+/g, "").replace(/\s+/g, " ").trim();
}

function likeItem(like: Json, entry: ExportEntry): HistoryItem | undefined {
  const rawId = asString(like["tweetId"]);
  if (!rawId || !/^\d+$/.test(rawId)) return undefined;
  const id = detachedCopy(rawId);
  const url = asString(like["expandedUrl"]) ?? `https://x.com/i/web/status/${id}`;
  const fullText = asString(like["fullText"]);
  return {
    platform: "x",
    id,
    action: "like",
    createdAt: dateToIso(asString(like["likedAt"])) ?? snowflakeTime(id) ?? UNKNOWN_DATE,
    text: fullText === undefined ? url : decodeXEntities(fullText),
    url,
    visibility: "unknown",
    sourceFile: entry.path,
  };
}

/** X escapes exactly these three in tweet text; one pass, so `&amp;lt;` stays `&lt;` as typed. */
export function decodeXEntities(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_match, name: string) => (name === "amp" ? "&" : name === "lt" ? "<" : ">"));
}

function expandShortLinks(text: string, links: readonly (readonly [string | undefined, string | undefined])[]): string {
  const expansions = new Map<string, string>();
  for (const [short, expanded] of links) if (short && expanded) expansions.set(short, expanded);
  if (expansions.size === 0) return text;
  return text.replace(/https?:\/\/t\.co\/[A-Za-z0-9]+/g, (short) => expansions.get(short) ?? short);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Wed Oct 10 20:19:24 +0000 2018" → "2018-10-10T20:19:24.000Z"; ISO dates pass through. */
export function parseXDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parts = /^\w{3} (\w{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(value.trim());
  if (!parts) return dateToIso(value);
  const [, month, day, hours, minutes, seconds, sign, offsetHours, offsetMinutes, year] = parts;
  const monthIndex = MONTHS.indexOf(month ?? "");
  if (monthIndex < 0) return undefined;
  const offset = (sign === "-" ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const utc = Date.UTC(Number(year), monthIndex, Number(day), Number(hours), Number(minutes) - offset, Number(seconds));
  return Number.isNaN(utc) ? undefined : new Date(utc).toISOString();
}

/** The time a tweet was created, read from its id; X's archive does not date likes, so this dates the liked tweet. */
function snowflakeTime(id: string): string | undefined {
  const value = BigInt(id);
  if (value < FIRST_SNOWFLAKE_ID) return undefined;
  return new Date(Number((value >> 22n) + SNOWFLAKE_EPOCH_MS)).toISOString();
}

function unwrap(record: unknown, key: string): Json {
  const outer = asJson(record) ?? {};
  return asJson(outer[key]) ?? outer;
}

function asJson(value: unknown): Json | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : typeof value === "number" && Number.isSafeInteger(value) ? String(value) : undefined;
}
