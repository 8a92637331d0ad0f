import { isRecord, recordsAt, stringAt } from "./export-reading.js";

/**
 * Instagram and Threads write a post as `{ media: [{ title, creation_timestamp, uri }] }`: a single photo
 * or text post carries its caption in media[0].title, a carousel carries it in a top-level `title` and
 * `creation_timestamp` beside several media. Either way it is one post.
 */
export interface MediaPost {
  caption: string;
  timestamp: unknown;
  media: Record<string, unknown>[];
}

export function mediaPost(raw: unknown): MediaPost {
  const media = recordsAt(raw, "media");
  const ownTitle = stringAt(raw, "title") ?? "";
  const mediaTitle = media.map((one) => stringAt(one, "title") ?? "").find((title) => title.trim() !== "") ?? "";
  const ownTime = isRecord(raw) ? raw["creation_timestamp"] : undefined;
  const mediaTime = media.map((one) => one["creation_timestamp"]).find((time) => time !== undefined);
  return {
    caption: ownTitle.trim() !== "" ? ownTitle : mediaTitle,
    timestamp: ownTime ?? mediaTime,
    media,
  };
}

/** One field of Meta's `string_map_data` ({ "Comment": { value }, "Time": { timestamp } }) or `string_list_data`. */
interface LabelledValue {
  label: string;
  value?: string;
  href?: string;
  timestamp?: unknown;
}

export function labelledValues(raw: unknown): LabelledValue[] {
  const values: LabelledValue[] = [];
  const map = isRecord(raw) ? raw["string_map_data"] : undefined;
  if (isRecord(map)) {
    for (const [label, field] of Object.entries(map)) values.push(labelled(label, field));
  }
  for (const field of recordsAt(raw, "string_list_data")) values.push(labelled("", field));
  return values;
}

function labelled(label: string, field: unknown): LabelledValue {
  const value = stringAt(field, "value");
  const href = stringAt(field, "href");
  const timestamp = isRecord(field) ? field["timestamp"] : undefined;
  return {
    label,
    ...(value !== undefined ? { value } : {}),
    ...(href ? { href } : {}),
    ...(timestamp ? { timestamp } : {}),
  };
}

/**
 * The text of a labelled record. Meta translates the labels into the account's language, so a known
 * label ("Comment", "Commentaire", "Text"…) is preferred and the longest unlabelled value is the fallback.
 */
export function labelledText(values: readonly LabelledValue[], labels: RegExp): string {
  const named = values.find((field) => labels.test(field.label) && field.value);
  if (named?.value) return named.value;
  const owners = /owner|propriétaire|author|auteur|user ?name|nom d.utilisateur/i;
  const candidates = values.filter((field) => field.value && !owners.test(field.label) && !field.timestamp);
  return candidates.map((field) => field.value ?? "").sort((a, b) => b.length - a.length)[0] ?? "";
}

/** The first non-zero timestamp of a labelled record: "Time", "Heure", "Creation time"… */
export function labelledTimestamp(values: readonly LabelledValue[]): unknown {
  return values.find((field) => field.timestamp)?.timestamp;
}
