import {
  baseName,
  isRecord,
  readExport,
  recordsAt,
  streamList,
  type ExportEntries,
  type FileReader,
  type ImportOptions,
  type Problems,
} from "./export-reading.js";
import { stableId, UniqueIds, unixSecondsToIso } from "./item-fields.js";
import { labelledText, labelledTimestamp, labelledValues, mediaPost } from "./meta-media.js";
import { bioText, datingProfiles } from "./profile-bio.js";
import { UNKNOWN_DATE } from "./source.js";
import { filePosition, ImportError, type ExportEntry, type HistoryItem } from "./types.js";

/**
 * Instagram's "Download your information" export (JSON): posts, reels, stories and comments.
 * Instagram gives no item ids, so each id is a hash of (file, timestamp, text). A photo with no
 * caption has no words to review and is left out. The profile bio (`personal_information.json`) is dated
 * by its own timestamp when the export gives one, else by the export's newest item.
 */
export function importInstagram(entries: ExportEntries, options: ImportOptions = {}): AsyncGenerator<HistoryItem> {
  return datingProfiles(readExport(entries, INSTAGRAM_READERS, options));
}

const INSTAGRAM_READERS: readonly FileReader[] = [
  { matches: (path) => /^(posts(_\d+)?|reels|archived_posts)\.json$/.test(baseName(path)), read: readPosts },
  { matches: (path) => baseName(path) === "stories.json", read: readStories },
  {
    matches: (path) =>
      /^(post_comments(_\d+)?|reels_comments(_\d+)?)\.json$/.test(baseName(path)) ||
      /(^|\/)comments\/comments\.json$/i.test(path),
    read: readComments,
  },
  { matches: (path) => baseName(path) === "personal_information.json", read: readProfile },
];

async function* readPosts(entry: ExportEntry, problems: Problems): AsyncGenerator<HistoryItem> {
  const ids = new UniqueIds();
  for await (const [index, raw] of streamList(entry, ["ig_reels_media", "ig_archived_post_media"], problems)) {
    const post = mediaPost(raw);
    const createdAt = checkedTime(post.timestamp, entry, index, problems);
    if (!createdAt || post.caption.trim() === "") continue;
    yield instagramItem(entry, ids, post.timestamp, createdAt, "post", post.caption);
  }
}

async function* readStories(entry: ExportEntry, problems: Problems): AsyncGenerator<HistoryItem> {
  const ids = new UniqueIds();
  for await (const [index, raw] of streamList(entry, ["ig_stories"], problems)) {
    // A story is one media item, not a post wrapping media.
    const story = mediaPost(isRecord(raw) && !Array.isArray(raw["media"]) ? { media: [raw] } : raw);
    const createdAt = checkedTime(story.timestamp, entry, index, problems);
    if (!createdAt || story.caption.trim() === "") continue;
    yield instagramItem(entry, ids, story.timestamp, createdAt, "post", story.caption);
  }
}

async function* readComments(entry: ExportEntry, problems: Problems): AsyncGenerator<HistoryItem> {
  const ids = new UniqueIds();
  for await (const [index, raw] of streamList(entry, ["comments_reels_comments", "comments_media_comments", "comments_story_comments"], problems)) {
    const fields = labelledValues(raw);
    const timestamp = labelledTimestamp(fields);
    const createdAt = checkedTime(timestamp, entry, index, problems);
    const text = labelledText(fields, /^(comment|commentaire|text|texte)$/i);
    if (!createdAt || text.trim() === "") continue;
    const item = instagramItem(entry, ids, timestamp, createdAt, "comment", text);
    // The link Instagram gives with a comment is the post it answers, which is also where to see it.
    const answered = fields.find((field) => field.href)?.href ?? mediaHref(raw);
    yield answered ? { ...item, inReplyTo: answered, url: answered } : item;
  }
}

async function* readProfile(entry: ExportEntry, problems: Problems): AsyncGenerator<HistoryItem> {
  let user: Record<string, unknown> | undefined;
  for await (const [, raw] of streamList(entry, ["profile_user"], problems)) {
    if (!isRecord(raw)) continue;
    user = raw;
    break;
  }
  if (!user) {
    problems.report(new ImportError({ en: "holds no profile_user entry; the profile bio was not read", fr: "ne contient aucune entrée profile_user ; la biographie du profil n'a pas été lue" }, entry.path));
    return;
  }
  // Meta writes the labels in the account's language.
  const fields = labelledValues(user);
  const field = (label: RegExp) => fields.find((one) => label.test(one.label));
  const bio = field(/^(bio|biographie)$/i);
  // The website shows under the bio, as on X, so its link is reviewed with it.
  const text = bioText([bio?.value, field(/^(website|site web)$/i)?.value]);
  if (text === "") return;
  const username = field(/^(username|nom d.utilisateur)$/i)?.value?.trim();
  yield {
    platform: "instagram",
    id: `profile:${username || "account"}`,
    action: "profile",
    createdAt: unixSecondsToIso(bio?.timestamp) ?? UNKNOWN_DATE,
    text,
    ...(username ? { url: `https://www.instagram.com/${username}` } : {}),
    // A bio shows to everyone, even on a private account.
    visibility: "public",
    sourceFile: entry.path,
  };
}

function instagramItem(
  entry: ExportEntry,
  ids: UniqueIds,
  timestamp: unknown,
  createdAt: string,
  action: "post" | "comment",
  text: string,
): HistoryItem {
  return {
    platform: "instagram",
    id: ids.claim(stableId(entry.path, String(timestamp), text)),
    action,
    createdAt,
    text,
    visibility: "unknown",
    sourceFile: entry.path,
  };
}

function checkedTime(timestamp: unknown, entry: ExportEntry, index: number, problems: Problems): string | undefined {
  const createdAt = unixSecondsToIso(timestamp);
  if (!createdAt) problems.report(new ImportError({ en: "has no readable timestamp; item skipped", fr: "n'a pas d'horodatage lisible ; élément ignoré" }, entry.path, filePosition("item", index + 1)));
  return createdAt;
}

function mediaHref(raw: unknown): string | undefined {
  const href = recordsAt(raw, "media_list_data")
    .map((media) => media["uri"])
    .find((uri): uri is string => typeof uri === "string" && /^https?:/.test(uri));
  return href;
}
