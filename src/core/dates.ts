/**
 * Dates an export gives that cannot be an item's: a missing one, epoch 0 (1970-01-01), a date before the platform
 * existed, or one in the future. Such an item is "date unknown": shown apart, and never judged as posted during an
 * election period.
 */

/** The createdAt an item with an unknown or impossible date carries (a valid ISO date, so stores and sorts accept it). */
export const UNKNOWN_DATE = "1970-01-01T00:00:00.000Z";

/**
 * The first day of the year each platform opened, as a lower bound on any of its items' dates (a year, not a day,
 * so a beta tester's first post is not refused):
 * LinkedIn launched 5 May 2003; Facebook (as TheFacebook) 4 February 2004; Reddit was founded June 2005; the first
 * tweet was sent 21 March 2006; Instagram launched 6 October 2010; Mastodon's first release was in 2016; the first
 * Bluesky records (its AT Protocol network, before the app opened in February 2023) date from 2022; Threads launched
 * 5 July 2023.
 */
export const PLATFORM_OPENED: Readonly<Record<string, string>> = {
  linkedin: "2003-01-01",
  facebook: "2004-01-01",
  reddit: "2005-01-01",
  x: "2006-01-01",
  instagram: "2010-01-01",
  mastodon: "2016-01-01",
  bluesky: "2022-01-01",
  threads: "2023-01-01",
};

/** The earliest any platform opened: an earlier date is impossible whatever the platform. */
export const EARLIEST_DATE = "2003-01-01";
/** A day of slack after now, for clocks and time zones. */
const SLACK_MS = 86_400_000;

/** The date as ISO 8601 UTC when it can be the date of an item on `platform`; undefined when unknown or impossible. */
export function plausibleDate(platform: string, date: string | undefined, now = Date.now()): string | undefined {
  if (date === undefined) return undefined;
  const time = Date.parse(date);
  if (Number.isNaN(time) || time > now + SLACK_MS) return undefined;
  const iso = new Date(time).toISOString();
  return iso.slice(0, 10) < (PLATFORM_OPENED[platform] ?? EARLIEST_DATE) ? undefined : iso;
}

/** Whether an item's createdAt is a date to show and judge by, rather than unknown. */
export function isKnownDate(createdAt: string | undefined | null): createdAt is string {
  if (!createdAt || Number.isNaN(Date.parse(createdAt))) return false;
  return createdAt.slice(0, 10) >= EARLIEST_DATE;
}

/** "date unknown" in each language, as the page, the reports and the CLI say it. */
export const DATE_UNKNOWN = { en: "date unknown", fr: "date inconnue" } as const;

/** The `YYYY-MM-DD` of an item's date, or "date unknown" / « date inconnue ». */
export function dayOrUnknown(createdAt: string, lang: "en" | "fr"): string {
  return isKnownDate(createdAt) ? new Date(Date.parse(createdAt)).toISOString().slice(0, 10) : DATE_UNKNOWN[lang];
}

/** An item's date for JSON and CSV: the ISO date, or null when it is unknown (never 1970). */
export function dateOrNull(createdAt: string): string | null {
  return isKnownDate(createdAt) ? createdAt : null;
}
