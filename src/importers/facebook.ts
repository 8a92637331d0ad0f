import type { Action } from "../core/model.js";
import {
  baseName,
  isRecord,
  readExport,
  readMembers,
  recordsAt,
  streamList,
  stringAt,
  type ExportEntries,
  type FileReader,
  type ImportOptions,
  type Problems,
} from "./export-reading.js";
import { stableId, UniqueIds, unixSecondsToIso, withLinks } from "./item-fields.js";
import { bioText, datingProfiles } from "./profile-bio.js";
import { UNKNOWN_DATE } from "./source.js";
import { filePosition, ImportError, type ExportEntry, type HistoryItem } from "./types.js";

/**
 * Facebook's "Download your information" export (JSON): posts (`your_posts_1.json`,
 * `your_posts__check_ins__photos_and_videos_1.json`, group posts), comments, reactions and liked pages.
 * Facebook gives no item ids, so each id is a hash of (file, timestamp, text). The profile bio
 * (`profile_information.json`) is dated by the export's newest item: it has no date of its own.
 */
export function importFacebook(entries: ExportEntries, options: ImportOptions = {}): AsyncGenerator<HistoryItem> {
  return datingProfiles(readExport(entries, FACEBOOK_READERS, options));
}

const FACEBOOK_READERS: readonly FileReader[] = [
  { matches: (path) => /^your_posts.*\.json$/.test(baseName(path)), read: readPosts },
  { matches: (path) => /^(comments(_\d+)?|your_comments_in_groups)\.json$/.test(baseName(path)), read: readComments },
  { matches: (path) => /^(posts_and_comments|likes_and_reactions(_\d+)?)\.json$/.test(baseName(path)), read: readReactions },
  {
    matches: (path) => /(^|\/)likes_and_reactions\/pages\.json$/i.test(path) || /^pages_you.ve_liked\.json$/.test(baseName(path)),
    read: readLikedPages,
  },
  { matches: (path) => baseName(path) === "profile_information.json", read: readProfile },
];

interface FacebookContent {
  action: Action;
  text: string;
}

async function* readPosts(entry: ExportEntry, problems: Problems): AsyncGenerator<HistoryItem> {
  const ids = new UniqueIds();
  for await (const [index, post] of streamList(entry, ["status_updates", "group_posts_v2"], problems)) {
    const createdAt = timestampOf(post, entry, index, problems);
    if (!createdAt) continue;
    const content = postContent(post);
    if (!content) continue;
    yield facebookItem(entry, ids, post, createdAt, content);
  }
}

async function* readComments(entry: ExportEntry, problems: Problems): AsyncGenerator<HistoryItem> {
  const ids = new UniqueIds();
  for await (const [index, item] of streamList(entry, ["comments_v2", "comments", "group_comments_v2"], problems)) {
    const comment = recordsAt(item, "data").map((data) => data["comment"]).find(isRecord);
    const createdAt = timestampOf(isRecord(item) && item["timestamp"] ? item : comment, entry, index, problems);
    if (!createdAt) continue;
    const attached = attachmentsOf(item);
    const text = withLinks(stringAt(comment, "comment") ?? attached.captions.join("\n"), attached.links);
    if (!text) continue;
    const action: Action = /\breplied to\b/i.test(stringAt(item, "title") ?? "") ? "reply" : "comment";
    yield facebookItem(entry, ids, item, createdAt, { action, text });
  }
}

async function* readReactions(entry: ExportEntry, problems: Problems): AsyncGenerator<HistoryItem> {
  const ids = new UniqueIds();
  for await (const [index, item] of streamList(entry, ["reactions_v2", "reactions"], problems)) {
    const createdAt = timestampOf(item, entry, index, problems);
    if (!createdAt) continue;
    // The export names what was liked ("Jane Doe likes John Smith's post.") but does not copy it.
    const text = stringAt(item, "title") ?? labelValues(item, /name|title|text|description/i).join(" — ");
    if (!text) continue;
    const like = facebookItem(entry, ids, item, createdAt, { action: "like", text });
    const url = labelValues(item, /^(url|link)$/i)[0];
    yield url ? { ...like, url } : like;
  }
}

async function* readLikedPages(entry: ExportEntry, problems: Problems): AsyncGenerator<HistoryItem> {
  const ids = new UniqueIds();
  for await (const [index, page] of streamList(entry, ["page_likes_v2", "page_likes"], problems)) {
    const createdAt = timestampOf(page, entry, index, problems);
    const name = stringAt(page, "name");
    if (!createdAt || !name) continue;
    // Liking a page subscribes you to it: the guidance's "following", not liking a piece of content.
    const item = facebookItem(entry, ids, page, createdAt, { action: "follow", text: name });
    const url = stringAt(page, "url");
    yield url ? { ...item, url } : item;
  }
}

async function* readProfile(entry: ExportEntry, problems: Problems): AsyncGenerator<HistoryItem> {
  const members = await readMembers(entry, ["profile_v2", "profile"], problems);
  // Exports before 2021 name the object `profile`, later ones `profile_v2`.
  const profile = members.get("profile_v2") ?? members.get("profile");
  if (!isRecord(profile)) {
    problems.report(new ImportError({ en: "holds no profile_v2 object; the profile bio was not read", fr: "ne contient aucun objet profile_v2 ; la biographie du profil n'a pas été lue" }, entry.path));
    return;
  }
  const text = bioText([textOf(profile["intro_bio"]), textOf(profile["about_me"]), ...currentWork(profile)]);
  if (text === "") return;
  const url = stringAt(profile, "profile_uri");
  yield {
    platform: "facebook",
    id: `profile:${stringAt(profile, "username") || "account"}`,
    action: "profile",
    createdAt: UNKNOWN_DATE,
    text,
    ...(url ? { url } : {}),
    // The intro is always public, but the audience of the about text and of each job is chosen apart and not exported.
    visibility: "unknown",
    sourceFile: entry.path,
  };
}

/**
 * The jobs the person lists as current ("Policy analyst, ESDC" and what they wrote about it): what tells
 * readers where they work. Jobs with an end date no longer speak for their present employer.
 */
function currentWork(profile: Record<string, unknown>): string[] {
  const jobs = [...recordsAt(profile, "work_experiences"), ...recordsAt(profile, "work")];
  return jobs
    .filter((job) => !unixSecondsToIso(job["end_timestamp"]))
    .flatMap((job) => {
      const heading = [textOf(job["title"]) ?? textOf(job["position"]), textOf(job["employer"])].filter((part) => part).join(", ");
      return [heading, textOf(job["description"]) ?? ""];
    });
}

/** A profile field is a string, or an object holding it (`{ name, timestamp }`, `{ value }`). */
function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  for (const key of ["name", "value", "text", "bio"]) {
    const text = stringAt(value, key)?.trim();
    if (text) return text;
  }
  return undefined;
}

function facebookItem(
  entry: ExportEntry,
  ids: UniqueIds,
  raw: unknown,
  createdAt: string,
  content: FacebookContent,
): HistoryItem {
  const fbid = isRecord(raw) && (typeof raw["fbid"] === "string" || typeof raw["fbid"] === "number") ? String(raw["fbid"]) : "";
  const seconds = isRecord(raw) ? String(raw["timestamp"] ?? createdAt) : createdAt;
  return {
    platform: "facebook",
    id: fbid || ids.claim(stableId(entry.path, seconds, content.text)),
    action: content.action,
    createdAt,
    text: content.text,
    visibility: "unknown",
    sourceFile: entry.path,
  };
}

function timestampOf(raw: unknown, entry: ExportEntry, index: number, problems: Problems): string | undefined {
  const createdAt = unixSecondsToIso(isRecord(raw) ? raw["timestamp"] : undefined);
  if (!createdAt) problems.report(new ImportError({ en: "has no readable timestamp; item skipped", fr: "n'a pas d'horodatage lisible ; élément ignoré" }, entry.path, filePosition("item", index + 1)));
  return createdAt;
}

/**
 * What a post says, in order of preference: the person's own words (with the links they shared), a
 * shared link alone, a photo's caption, a shared memory, or a title that says something ("… recommends
 * The Handlebar."). Posts with none of these (a bare "updated his status.") have nothing to review.
 */
function postContent(post: unknown): FacebookContent | undefined {
  const words = recordsAt(post, "data")
    .map((data) => stringAt(data, "post") ?? "")
    .filter((text) => text.trim() !== "")
    .join("\n\n");
  const title = stringAt(post, "title") ?? "";
  const titled = actionFromTitle(title);
  const attached = attachmentsOf(post);
  if (words) return { action: titled ?? "post", text: withLinks(words, attached.links) };
  if (attached.links.length > 0) return { action: "share", text: withLinks(attached.linkNames.join("\n"), attached.links) };
  if (attached.captions.length > 0) return { action: titled ?? "post", text: attached.captions.join("\n") };
  if (attached.sharedTexts.length > 0) return { action: "share", text: attached.sharedTexts.join("\n") };
  if (title && !SAYS_NOTHING.test(title)) return { action: titled ?? "post", text: title };
  return undefined;
}

/** Titles that only name the kind of activity, and others' names, without any content of their own. */
const SAYS_NOTHING =
  /\b(updated (his|her|their) (status|profile picture|cover photo)|shared an? (link|post|photo|video|memory|album|event|reel|story)|added (\d+ |a )?new (photos?|videos?)( to .+)?|wrote on .+ timeline)\.?$/i;

/** Facebook's titles tell shares, likes and replies apart ("Jane Doe shared a link.", "… replied to …"). */
function actionFromTitle(title: string): Action | undefined {
  if (/\bshared\b/i.test(title)) return "share";
  if (/\b(likes|liked|reacted to)\b/i.test(title)) return "like";
  if (/\breplied to\b/i.test(title)) return "reply";
  if (/\bcommented on\b/i.test(title)) return "comment";
  return undefined;
}

interface Attached {
  links: string[];
  linkNames: string[];
  captions: string[];
  sharedTexts: string[];
}

function attachmentsOf(raw: unknown): Attached {
  const attached: Attached = { links: [], linkNames: [], captions: [], sharedTexts: [] };
  for (const attachment of recordsAt(raw, "attachments")) {
    for (const data of recordsAt(attachment, "data")) {
      const external = data["external_context"];
      const url = stringAt(external, "url");
      if (url) attached.links.push(url);
      const name = stringAt(external, "name");
      if (name) attached.linkNames.push(name);
      const caption = stringAt(data["media"], "description");
      if (caption) attached.captions.push(caption);
      const text = stringAt(data, "text");
      if (text) attached.sharedTexts.push(text);
    }
  }
  return attached;
}

/** The 2024 exports write some records as `label_values: [{label, value}]` instead of named fields. */
function labelValues(raw: unknown, label: RegExp): string[] {
  return recordsAt(raw, "label_values")
    .filter((pair) => label.test(stringAt(pair, "label") ?? ""))
    .map((pair) => stringAt(pair, "value") ?? stringAt(pair, "href") ?? "")
    .filter((value) => value !== "");
}
