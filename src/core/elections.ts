// The election calendar: which election period, if any, a dated activity falls in.
// Pure data and date arithmetic, so the page can use it as well as `scan`.

import { BilingualError, type Message } from "./message.js";

export const JURISDICTIONS = [
  "federal",
  "on",
  "qc",
  "bc",
  "ab",
  "sk",
  "mb",
  "ns",
  "nb",
  "pe",
  "nl",
  "yt",
  "nt",
  "nu",
  "municipal",
] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const ELECTION_KINDS = ["general", "by-election", "municipal"] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];

/**
 * `verified`: both dates checked against the elections agency or contemporary reports.
 * `approximate`: a date is inferred (see `note`).
 * `presumptive`: a future election computed from a fixed-date law; an early dissolution would replace it.
 */
export const CONFIDENCES = ["verified", "approximate", "presumptive"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface ElectionEvent {
  id: string;
  jurisdiction: Jurisdiction;
  kind: ElectionKind;
  /** The campaign's start, YYYY-MM-DD: issue of the writs, or dissolution where that came earlier and is known. */
  writ: string;
  /** Polling day, YYYY-MM-DD; the period runs from `writ` through `polling`, both included. */
  polling: string;
  name: { en: string; fr: string };
  confidence: Confidence;
  note?: string;
}

/** Federal plus every province and territory: a public servant's impartiality concerns any level of government. */
export const DEFAULT_JURISDICTIONS: readonly Jurisdiction[] = JURISDICTIONS.filter((j) => j !== "municipal");

type Province = Exclude<Jurisdiction, "federal" | "municipal">;

const PLACE: Record<Province, { en: string; fr: string }> = {
  on: { en: "Ontario", fr: "en Ontario" },
  qc: { en: "Québec", fr: "au Québec" },
  bc: { en: "British Columbia", fr: "en Colombie-Britannique" },
  ab: { en: "Alberta", fr: "en Alberta" },
  sk: { en: "Saskatchewan", fr: "en Saskatchewan" },
  mb: { en: "Manitoba", fr: "au Manitoba" },
  ns: { en: "Nova Scotia", fr: "en Nouvelle-Écosse" },
  nb: { en: "New Brunswick", fr: "au Nouveau-Brunswick" },
  pe: { en: "Prince Edward Island", fr: "à l’Île-du-Prince-Édouard" },
  nl: { en: "Newfoundland and Labrador", fr: "à Terre-Neuve-et-Labrador" },
  yt: { en: "Yukon", fr: "au Yukon" },
  nt: { en: "Northwest Territories", fr: "aux Territoires du Nord-Ouest" },
  nu: { en: "Nunavut", fr: "au Nunavut" },
};

function general(
  jurisdiction: "federal" | Province,
  writ: string,
  polling: string,
  confidence: Confidence = "verified",
  note?: string,
): ElectionEvent {
  const year = polling.slice(0, 4);
  const name =
    jurisdiction === "federal"
      ? { en: `${year} federal general election`, fr: `Élection générale fédérale de ${year}` }
      : { en: `${year} ${PLACE[jurisdiction].en} general election`, fr: `Élection générale de ${year} ${PLACE[jurisdiction].fr}` };
  const event: ElectionEvent = { id: `${jurisdiction}-${year}`, jurisdiction, kind: "general", writ, polling, name, confidence };
  if (note) event.note = note;
  return event;
}

// Source: Elections Canada, "Past elections" (dissolution and polling day of each general election).
// 2015: some sources give 2015-08-04 for the writs, but Parliament was dissolved on 2015-08-02 and Elections
// Canada counts the 78-day campaign from then, so the period starts on the earlier day.
export const FEDERAL_ELECTIONS: readonly ElectionEvent[] = [
  general("federal", "2008-09-07", "2008-10-14"),
  general("federal", "2011-03-26", "2011-05-02"),
  general("federal", "2015-08-02", "2015-10-19", "verified", "Dissolution 2015-08-02; some sources date the writs 2015-08-04."),
  general("federal", "2019-09-11", "2019-10-21"),
  general("federal", "2021-08-15", "2021-09-20"),
  general("federal", "2025-03-23", "2025-04-28"),
];

// Sources: each province's or territory's elections agency and contemporary news reports of the election call.
export const PROVINCIAL_ELECTIONS: readonly ElectionEvent[] = [
  general("on", "2018-05-09", "2018-06-07"),
  general("on", "2022-05-04", "2022-06-02"),
  general("on", "2025-01-28", "2025-02-27", "verified", "Dissolved 2025-01-28; writs issued 2025-01-29."),
  general("qc", "2018-08-23", "2018-10-01"),
  general("qc", "2022-08-28", "2022-10-03"),
  general("bc", "2020-09-21", "2020-10-24"),
  general("bc", "2024-09-21", "2024-10-19"),
  general("ab", "2019-03-19", "2019-04-16"),
  general("ab", "2023-05-01", "2023-05-29"),
  general("sk", "2020-09-29", "2020-10-26"),
  general("sk", "2024-10-01", "2024-10-28"),
  general("mb", "2019-08-12", "2019-09-10"),
  general("mb", "2023-09-05", "2023-10-03"),
  general("ns", "2021-07-17", "2021-08-17"),
  general("ns", "2024-10-27", "2024-11-26"),
  general("nb", "2020-08-17", "2020-09-14"),
  general("nb", "2024-09-19", "2024-10-21"),
  general("pe", "2019-03-26", "2019-04-23"),
  general("pe", "2023-03-06", "2023-04-03"),
  general("nl", "2019-04-17", "2019-05-16"),
  general(
    "nl",
    "2021-01-15",
    "2021-03-25",
    "approximate",
    "Polling day was set for 2021-02-13; in-person voting was cancelled on 2021-02-12 and mail-in ballots were accepted until 2021-03-25, so the period is taken to run until then.",
  ),
  general("nl", "2025-09-15", "2025-10-14"),
  general("yt", "2021-03-12", "2021-04-12"),
  general("yt", "2025-10-03", "2025-11-03"),
  general("nt", "2019-09-02", "2019-10-01"),
  general(
    "nt",
    "2023-10-16",
    "2023-11-14",
    "verified",
    "Postponed from 2023-10-03 (writs were to issue 2023-09-04) because of the wildfire evacuations.",
  ),
  general("nu", "2021-09-20", "2021-10-25"),
  general(
    "nu",
    "2025-09-22",
    "2025-10-27",
    "approximate",
    "Writ date taken as polling day less Nunavut's 35-day campaign, as in 2017 and 2021.",
  ),
];

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isCalendarDate(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const m = DATE_PATTERN.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The calendar day in Canada of an instant, read at UTC−5 all year (Eastern Standard Time):
 * simple and stable, and only an activity within a few hours of midnight can land on the neighbouring day.
 * A bare YYYY-MM-DD is taken as already being that day.
 */
export function canadianDate(date: string | Date): string {
  if (typeof date === "string" && DATE_PATTERN.test(date)) {
    if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: "${date}"`);
    return date;
  }
  const ms = typeof date === "string" ? Date.parse(date) : date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not a date: "${String(date)}"`);
  return new Date(ms - 5 * 3_600_000).toISOString().slice(0, 10);
}

/** The third Monday of October of `year`, YYYY-MM-DD. */
export function thirdMondayOfOctober(year: number): string {
  const firstWeekday = new Date(Date.UTC(year, 9, 1)).getUTCDay();
  const firstMonday = 1 + ((8 - firstWeekday) % 7);
  return `${year}-10-${String(firstMonday + 14).padStart(2, "0")}`;
}

/**
 * Canada Elections Act s. 56.1(2): the third Monday of October in the fourth calendar year after polling day
 * of the last general election. (s. 56.2 lets the Chief Electoral Officer move it by a day or a week.)
 */
export function federalFixedElectionDate(lastPolling: string): string {
  if (!isCalendarDate(lastPolling)) throw new RangeError(`not a calendar date: "${lastPolling}"`);
  return thirdMondayOfOctober(Number(lastPolling.slice(0, 4)) + 4);
}

/** The Act puts polling day at least 36 and at most 50 days after the writ: 37 to 51 days counting both ends. */
export const FEDERAL_MAX_DAYS_WRIT_TO_POLLING = 50;

/**
 * The next federal general election as the fixed-date law sets it. Its period is presumptive: the writ may
 * issue on any day up to 50 days before, so the whole longest possible period (51 days, both ends included)
 * is treated as the election period.
 */
export function presumptiveFederalElection(lastPolling: string): ElectionEvent {
  const polling = federalFixedElectionDate(lastPolling);
  const year = polling.slice(0, 4);
  return {
    id: `federal-${year}-fixed`,
    jurisdiction: "federal",
    kind: "general",
    writ: addDays(polling, -FEDERAL_MAX_DAYS_WRIT_TO_POLLING),
    polling,
    name: {
      en: `${year} federal general election (fixed date)`,
      fr: `Élection générale fédérale de ${year} (date fixe)`,
    },
    confidence: "presumptive",
    note: "Fixed date under Canada Elections Act s. 56.1; the period is presumed to be the longest the Act allows (writ 50 days before polling day). An early dissolution replaces it.",
  };
}

function latestPolling(events: readonly ElectionEvent[]): string {
  return events.reduce((latest, e) => (e.polling > latest ? e.polling : latest), "");
}

/** Every built-in election, the presumptive next federal one included. */
export const ELECTIONS: readonly ElectionEvent[] = [
  ...FEDERAL_ELECTIONS,
  presumptiveFederalElection(latestPolling(FEDERAL_ELECTIONS)),
  ...PROVINCIAL_ELECTIONS,
];

export interface ElectionPeriodOptions {
  /** Which built-in jurisdictions count; default: federal and every province and territory. */
  jurisdictions?: readonly string[];
  /** Elections the user added (by-elections, municipal): always honoured, whatever `jurisdictions` says. */
  extra?: readonly ElectionEvent[];
}

/**
 * Every election whose period contains `date`: federal first (it concerns every federal public servant),
 * then the user's own additions, then the others by polling day.
 */
export function electionsAt(date: string | Date, opts: ElectionPeriodOptions = {}): ElectionEvent[] {
  const day = canadianDate(date);
  const wanted = new Set(opts.jurisdictions ?? DEFAULT_JURISDICTIONS);
  const contains = (e: ElectionEvent) => e.writ <= day && day <= e.polling;
  const builtIn = ELECTIONS.filter((e) => wanted.has(e.jurisdiction) && contains(e));
  const extra = (opts.extra ?? []).filter(contains);
  const federal = builtIn.filter((e) => e.jurisdiction === "federal");
  const others = builtIn.filter((e) => e.jurisdiction !== "federal").sort((a, b) => a.polling.localeCompare(b.polling));
  return [...federal, ...extra, ...others];
}

/** The election whose period (writ through polling day, Canadian date) contains `date`, if any. */
export function electionPeriodAt(date: string | Date, opts: ElectionPeriodOptions = {}): ElectionEvent | undefined {
  return electionsAt(date, opts)[0];
}

/** The field named when the whole file is at fault rather than one of its values. */
const WHOLE_FILE = "(file)";

/** A user-added election that cannot be read; `field` is its path, e.g. `[2].polling`. */
export class ElectionEventError extends BilingualError {
  constructor(
    readonly detail: Message,
    readonly field: string,
  ) {
    super({ en: `${field}: ${detail.en}`, fr: `${field === WHOLE_FILE ? "(fichier)" : field} : ${detail.fr}` });
    this.name = "ElectionEventError";
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function describe(x: unknown): Message {
  return x === undefined ? { en: "nothing", fr: "rien" } : { en: JSON.stringify(x), fr: JSON.stringify(x) };
}

/** "expected …, got …" in both languages, the most common complaint about a field. */
function expected(what: Message, got: unknown): Message {
  const value = describe(got);
  return { en: `expected ${what.en}, got ${value.en}`, fr: `attendu ${what.fr}, reçu ${value.fr}` };
}

const TEXT: Message = { en: "text", fr: "du texte" };

function readName(raw: unknown, at: string): { en: string; fr: string } {
  if (typeof raw === "string" && raw.trim()) return { en: raw, fr: raw };
  if (!isRecord(raw)) throw new ElectionEventError(expected({ en: 'a name, as text or {"en": …, "fr": …}', fr: 'un nom, en texte ou {"en": …, "fr": …}' }, raw), at);
  if (typeof raw.en !== "string" || !raw.en.trim()) throw new ElectionEventError(expected(TEXT, raw.en), `${at}.en`);
  if (raw.fr !== undefined && (typeof raw.fr !== "string" || !raw.fr.trim()))
    throw new ElectionEventError(expected(TEXT, raw.fr), `${at}.fr`);
  return { en: raw.en, fr: typeof raw.fr === "string" ? raw.fr : raw.en };
}

function oneOf<T extends string>(raw: unknown, allowed: readonly T[], at: string): T {
  if (typeof raw === "string" && (allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ElectionEventError(expected({ en: `one of ${allowed.join(", ")}`, fr: `l'une des valeurs ${allowed.join(", ")}` }, raw), at);
}

function readEvent(raw: unknown, at: string): ElectionEvent {
  if (!isRecord(raw)) throw new ElectionEventError(expected({ en: "an object", fr: "un objet" }, raw), at);
  if (typeof raw.id !== "string" || !raw.id.trim()) throw new ElectionEventError(expected({ en: "a non-empty id", fr: "un identifiant non vide" }, raw.id), `${at}.id`);
  const jurisdiction = oneOf(raw.jurisdiction, JURISDICTIONS, `${at}.jurisdiction`);
  const kind = oneOf(raw.kind, ELECTION_KINDS, `${at}.kind`);
  for (const field of ["writ", "polling"] as const) {
    if (!isCalendarDate(raw[field])) throw new ElectionEventError(expected({ en: "a date YYYY-MM-DD", fr: "une date AAAA-MM-JJ" }, raw[field]), `${at}.${field}`);
  }
  const writ = raw.writ as string;
  const polling = raw.polling as string;
  if (writ > polling) throw new ElectionEventError({ en: `the writ (${writ}) comes after polling day (${polling})`, fr: `le bref (${writ}) est daté d'après le jour du scrutin (${polling})` }, `${at}.writ`);
  const confidence = raw.confidence === undefined ? "verified" : oneOf(raw.confidence, CONFIDENCES, `${at}.confidence`);
  const event: ElectionEvent = { id: raw.id, jurisdiction, kind, writ, polling, name: readName(raw.name, `${at}.name`), confidence };
  if (raw.note !== undefined) {
    if (typeof raw.note !== "string") throw new ElectionEventError(expected(TEXT, raw.note), `${at}.note`);
    event.note = raw.note;
  }
  return event;
}

/**
 * Reads user-added elections: a JSON array of events, or `{"elections": [...]}`, as text or already parsed.
 * `name` may be plain text (used in both languages); `confidence` defaults to `verified`.
 */
export function parseElectionEvents(json: unknown): ElectionEvent[] {
  let data = json;
  if (typeof json === "string") {
    try {
      data = JSON.parse(json);
    } catch (e) {
      throw new ElectionEventError({ en: `not valid JSON (${(e as Error).message})`, fr: `JSON non valide (${(e as Error).message})` }, WHOLE_FILE);
    }
  }
  const list = isRecord(data) ? data.elections : data;
  const where = isRecord(data) ? "elections" : "";
  if (!Array.isArray(list)) throw new ElectionEventError(expected({ en: "a list of elections", fr: "une liste d'élections" }, list), where || WHOLE_FILE);
  const events = list.map((raw, i) => readEvent(raw, `${where}[${i}]`));
  const seen = new Map<string, number>();
  events.forEach((e, i) => {
    const first = seen.get(e.id);
    if (first !== undefined) throw new ElectionEventError({ en: `the id "${e.id}" is already used by ${where}[${first}]`, fr: `l'identifiant « ${e.id} » est déjà utilisé par ${where}[${first}]` }, `${where}[${i}].id`);
    seen.set(e.id, i);
  });
  return events;
}
