import { plausibleDate } from "../core/dates.js";
import { dateToIso } from "./item-fields.js";
import { Parser } from "htmlparser2";
import type { Message } from "../core/message.js";
import { decodeHead } from "./decoding.js";
import { detachedCopy, entryName, listEntries, readEntryHead, streamJsonArray, UNKNOWN_DATE, type ExportSource } from "./source.js";
import type { ExportEntry, HistoryItem, Visibility } from "./types.js";

type Json = Record<string, unknown>;

const PUBLIC_AUDIENCE = new Set(["https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"]);

/**
 * Reads a Mastodon export: outbox.json (your posts, replies and boosts) and likes.json (your favourites).
 *
 * Mastodon writes `"orderedItems":[]` and then `"orderedItems":[…]` in the same outbox object. JSON.parse would
 * keep only the last; streaming, we read every `orderedItems` array in order and skip an activity whose id was
 * already read, so a repeated key loses nothing and duplicates nothing.
 */
export async function* importMastodon(source: ExportSource): AsyncGenerator<HistoryItem> {
  const entries = await listEntries(source);
  const warn = (note: Message) => source.warnings.push(note);
  const seen = new Set<string>();
  for (const entry of entries.filter((candidate) => entryName(candidate) === "outbox.json")) {
    let index = 0;
    for await (const activity of streamJsonArray(entry, { key: "orderedItems", warn })) {
      const item = activityItem(asJson(activity) ?? {}, entry);
      if (item === "skip") source.warnings.push({ en: `${entry.path} (item ${index}): skipped an activity without an id or a readable date`, fr: `${entry.path} (élément ${index}) : activité ignorée, sans identifiant ou sans date lisible` });
      else if (item !== undefined && !seen.has(item.id)) {
        item.id = detachedCopy(item.id);
        seen.add(item.id);
        yield item;
      }
      index += 1;
    }
  }
  for (const entry of entries.filter((candidate) => entryName(candidate) === "likes.json")) {
    for await (const liked of streamJsonArray(entry, { key: "orderedItems", warn })) {
      const found = typeof liked === "string" ? liked : asString(asJson(liked)?.["id"]);
      if (!found || seen.has(`like ${found}`)) continue;
      const url = detachedCopy(found);
      seen.add(`like ${url}`);
      yield { platform: "mastodon", id: url, action: "like", createdAt: statusTime(url) ?? UNKNOWN_DATE, text: url, url, visibility: "unknown", sourceFile: entry.path };
    }
  }
  // The profile bio (actor.json's summary), dated by the profile's last update, else the account's creation.
  for (const entry of entries.filter((candidate) => entryName(candidate) === "actor.json")) {
    // actor.json is a small object; a larger one is not a profile and is left alone.
    const head = await readEntryHead(entry, 1 << 20);
    let actor: unknown;
    try {
      actor = JSON.parse(decodeHead(head));
    } catch {
      source.warnings.push({ en: `${entry.path}: not readable JSON; the profile bio was not read`, fr: `${entry.path} : JSON illisible; la biographie du profil n'a pas été lue` });
      continue;
    }
    {
      const json = asJson(actor) ?? {};
      const bio = htmlToText(asString(json["summary"]) ?? "").trim();
      if (bio === "") continue;
      const id = asString(json["id"]);
      const createdAt = dateToIso(asString(json["updated"])) ?? dateToIso(asString(json["published"])) ?? UNKNOWN_DATE;
      const item: HistoryItem = { platform: "mastodon", id: `${id ?? "actor"}#profile`, action: "profile", createdAt, text: bio, visibility: "public", sourceFile: entry.path };
      const url = asString(json["url"]);
      if (url) item.url = url;
      yield item;
    }
  }
}

function activityItem(activity: Json, entry: ExportEntry): HistoryItem | "skip" | undefined {
  const type = activity["type"];
  if (type === "Create") return createdItem(activity, entry);
  if (type === "Announce") return announceItem(activity, entry);
  return undefined;
}

function createdItem(activity: Json, entry: ExportEntry): HistoryItem | "skip" {
  const object = asJson(activity["object"]);
  const id = asString(object?.["id"]);
  const createdAt = dateToIso(asString(object?.["published"]) ?? asString(activity["published"]));
  if (!object || !id || !createdAt) return "skip";
  const inReplyTo = asString(object["inReplyTo"]);
  const item: HistoryItem = {
    platform: "mastodon",
    id,
    action: inReplyTo ? "reply" : "post",
    createdAt,
    text: htmlToText(contentOf(object)),
    url: urlOf(object) ?? id,
    visibility: visibilityOf(object["to"] === undefined && object["cc"] === undefined ? activity : object),
    sourceFile: entry.path,
  };
  if (inReplyTo) item.inReplyTo = inReplyTo;
  const warning = asString(object["summary"])?.trim();
  if (warning) item.contentWarning = warning;
  return item;
}

function announceItem(activity: Json, entry: ExportEntry): HistoryItem | "skip" {
  const id = asString(activity["id"]);
  const createdAt = dateToIso(asString(activity["published"]));
  const object = activity["object"];
  const announced = typeof object === "string" ? { id: object } : asJson(object);
  const announcedUrl = announced ? (urlOf(announced) ?? asString(announced["id"])) : undefined;
  if (!id || !createdAt || !announced) return "skip";
  const content = htmlToText(contentOf(announced));
  const item: HistoryItem = {
    platform: "mastodon",
    id,
    action: "share",
    createdAt,
    text: content || announcedUrl || "",
    visibility: visibilityOf(activity),
    sourceFile: entry.path,
  };
  if (announcedUrl) item.url = announcedUrl;
  return item;
}

function contentOf(object: Json): string {
  const content = asString(object["content"]);
  if (content !== undefined) return content;
  const byLanguage = asJson(object["contentMap"]);
  return byLanguage ? (Object.values(byLanguage).find((value): value is string => typeof value === "string") ?? "") : "";
}

function urlOf(object: Json): string | undefined {
  const url = object["url"];
  if (typeof url === "string") return url;
  const first = Array.isArray(url) ? url[0] : url;
  return typeof first === "string" ? first : asString(asJson(first)?.["href"]);
}

/** Mastodon's audience rules: Public in `to` is public, Public only in `cc` is unlisted, the followers collection is followers-only. */
export function visibilityOf(addressed: Json): Visibility {
  const to = audience(addressed["to"]);
  const cc = audience(addressed["cc"]);
  if (to.some((address) => PUBLIC_AUDIENCE.has(address))) return "public";
  if (cc.some((address) => PUBLIC_AUDIENCE.has(address))) return "unlisted";
  if ([...to, ...cc].some((address) => address.endsWith("/followers"))) return "followers";
  return "direct";
}

function audience(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((address): address is string => typeof address === "string");
}

const SKIPPED_ELEMENTS = new Set(["script", "style", "template", "noscript", "iframe", "object"]);
const BLOCK_ELEMENTS = new Set(["p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * Mastodon's HTML as the plain text the person wrote: paragraphs become blank lines, <br> a newline,
 * links their visible text (or their href when they have none), entities decoded; scripts are dropped unread.
 */
export function htmlToText(html: string): string {
  let text = "";
  let skipping = 0;
  const links: { start: number; href: string }[] = [];
  const breakParagraph = () => {
    const trimmed = text.replace(/[ \t]+$/, "");
    text = trimmed.length === 0 ? "" : trimmed.replace(/\n*$/, "\n\n");
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED_ELEMENTS.has(name)) skipping += 1;
        if (skipping > 0) return;
        if (name === "br") text += "\n";
        else if (BLOCK_ELEMENTS.has(name)) breakParagraph();
        else if (name === "a") links.push({ start: text.length, href: attributes["href"] ?? "" });
      },
      ontext(data) {
        if (skipping === 0) text += data;
      },
      onclosetag(name) {
        if (SKIPPED_ELEMENTS.has(name)) {
          skipping = Math.max(0, skipping - 1);
          return;
        }
        if (skipping > 0) return;
        if (BLOCK_ELEMENTS.has(name)) breakParagraph();
        else if (name === "a") {
          const link = links.pop();
          if (link && text.slice(link.start).trim() === "") text += link.href;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return text.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}

/** Mastodon status ids carry their creation time in milliseconds above the low 16 bits. */
function statusTime(url: string): string | undefined {
  const id = /\/(?:statuses|@[^/]+)\/(\d{15,20})\/?$/.exec(url)?.[1];
  if (!id) return undefined;
  // Snowflake ids hold milliseconds above 16 bits; a remote server's id that is not one gives an impossible date.
  return plausibleDate("mastodon", new Date(Number(BigInt(id) >> 16n)).toISOString());
}

function asJson(value: unknown): Json | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
