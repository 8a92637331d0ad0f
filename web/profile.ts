import { isRole, type Context, type Lang, type Role } from "../src/core/model.js";
import { ORGANIZATIONS, type Organization } from "../src/core/organizations.js";

/**
 * The person's profile: what stays true from one visit to the next (role, department, province, identifiable,
 * followers, the day they joined). Entered once, kept in this browser only, read by every page. What is true only
 * right now (on duty, on a government device, authorized for this post) is never part of it.
 */
export interface PersonProfile {
  identifiable?: boolean;
  role?: Role;
  followers?: number;
  department?: string;
  province?: Province;
  /** The day the person joined the public service, YYYY-MM-DD. */
  joined?: string;
}

export const PROVINCES = ["on", "qc", "bc", "ab", "sk", "mb", "ns", "nb", "pe", "nl", "yt", "nt", "nu"] as const;
export type Province = (typeof PROVINCES)[number];

/** Official names of the provinces and territories (Canadian Geographical Names), in each language. */
export const PROVINCE_NAMES: Record<Province, Record<Lang, string>> = {
  on: { en: "Ontario", fr: "Ontario" },
  qc: { en: "Quebec", fr: "Québec" },
  bc: { en: "British Columbia", fr: "Colombie-Britannique" },
  ab: { en: "Alberta", fr: "Alberta" },
  sk: { en: "Saskatchewan", fr: "Saskatchewan" },
  mb: { en: "Manitoba", fr: "Manitoba" },
  ns: { en: "Nova Scotia", fr: "Nouvelle-Écosse" },
  nb: { en: "New Brunswick", fr: "Nouveau-Brunswick" },
  pe: { en: "Prince Edward Island", fr: "Île-du-Prince-Édouard" },
  nl: { en: "Newfoundland and Labrador", fr: "Terre-Neuve-et-Labrador" },
  yt: { en: "Yukon", fr: "Yukon" },
  nt: { en: "Northwest Territories", fr: "Territoires du Nord-Ouest" },
  nu: { en: "Nunavut", fr: "Nunavut" },
};

export const PERSON_PROFILE_KEY = "impartial.person";
/** Where an earlier version kept the Check page's controls, transient ones included. */
export const LEGACY_PROFILE_KEY = "impartial.profile";

const isProvince = (x: unknown): x is Province => typeof x === "string" && (PROVINCES as readonly string[]).includes(x);

/** Reads a stored profile, keeping only valid values: a stale or edited entry never breaks a page. */
export function parsePersonProfile(stored: string | null): PersonProfile {
  const profile: PersonProfile = {};
  if (!stored) return profile;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return profile;
  }
  if (typeof value !== "object" || value === null) return profile;
  const o = value as Record<string, unknown>;
  // An earlier version nested the context under "context" beside the action.
  const c = (typeof o.context === "object" && o.context !== null ? o.context : o) as Record<string, unknown>;
  if (typeof c.identifiable === "boolean") profile.identifiable = c.identifiable;
  if (isRole(c.role)) profile.role = c.role;
  if (typeof c.followers === "number" && Number.isInteger(c.followers) && c.followers >= 0 && c.followers <= 1e10) profile.followers = c.followers;
  if (typeof c.department === "string" && /^[a-z0-9-]{1,32}$/.test(c.department)) profile.department = c.department;
  if (isProvince(c.province)) profile.province = c.province;
  if (typeof c.joined === "string" && /^\d{4}-\d{2}-\d{2}$/.test(c.joined)) profile.joined = c.joined;
  return profile;
}

/** The profile kept in this browser; one stored by an earlier version is carried over without its transient facts. */
export function loadPersonProfile(storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | undefined = safeLocalStorage()): PersonProfile {
  if (!storage) return {};
  const current = storage.getItem(PERSON_PROFILE_KEY);
  if (current !== null) return parsePersonProfile(current);
  const legacy = storage.getItem(LEGACY_PROFILE_KEY);
  if (legacy === null) return {};
  const profile = parsePersonProfile(legacy);
  // The old entry held "on duty" and "government device": they must not survive into a later check.
  storage.removeItem(LEGACY_PROFILE_KEY);
  savePersonProfile(profile, storage);
  return profile;
}

export function savePersonProfile(profile: PersonProfile, storage: Pick<Storage, "setItem"> | undefined = safeLocalStorage()): void {
  try {
    storage?.setItem(PERSON_PROFILE_KEY, JSON.stringify(profile));
  } catch {
    // Storage can be full or switched off: the page works without memory.
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The engine's context from the profile: the durable part of what it needs. */
export function profileContext(profile: PersonProfile): Context {
  const context: Context = {};
  if (profile.identifiable) context.identifiable = true;
  if (profile.role) context.role = profile.role;
  if (profile.followers !== undefined) context.followers = profile.followers;
  if (profile.department) context.department = profile.department;
  return context;
}

/** Parses the followers box: digits with separators, or a short form such as "2k" or "1.5 M"; undefined when unreadable. */
export function parseFollowerCount(raw: string): number | undefined {
  const s = raw.trim().toLowerCase().replace(/[\s\u00a0\u202f]/g, "");
  if (s === "") return undefined;
  const short = /^(\d+(?:[.,]\d+)?)([km])$/.exec(s);
  if (short) {
    const n = Number(short[1]!.replace(",", ".")) * (short[2] === "k" ? 1_000 : 1_000_000);
    return Number.isFinite(n) && n <= 1e10 ? Math.round(n) : undefined;
  }
  const digits = s.replace(/[,.]/g, "");
  if (!/^\d{1,10}$/.test(digits)) return undefined;
  return Number(digits);
}

/** How an organization is shown in a list: its name in the page's language, with its abbreviation. */
export function organizationLabel(org: Organization, lang: Lang): string {
  const abbr = lang === "fr" ? (org.abbrFr ?? org.abbrEn) : (org.abbrEn ?? org.abbrFr);
  return abbr && abbr !== org[lang] ? `${org[lang]} (${abbr})` : org[lang];
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * The organization a person typed or picked: its label in either language, its name, or its abbreviation, whatever
 * the accents and case; undefined when nothing matches exactly (the page then says so).
 */
export function findOrganization(text: string, organizations: readonly Organization[] = ORGANIZATIONS): Organization | undefined {
  const wanted = fold(text);
  if (wanted === "") return undefined;
  return namesOf(organizations).get(wanted);
}

/**
 * Every way of naming each organization, folded, built once per list: the Check page asks on every keystroke, and
 * folding 333 organizations' seven names each time would be work done again and again. The first organization to
 * claim a name keeps it, as a search in list order would.
 */
function namesOf(organizations: readonly Organization[]): Map<string, Organization> {
  let names = namesByList.get(organizations);
  if (names) return names;
  names = new Map();
  for (const o of organizations) {
    for (const x of [o.id, o.en, o.fr, o.abbrEn, o.abbrFr, organizationLabel(o, "en"), organizationLabel(o, "fr")]) {
      if (x === undefined) continue;
      const key = fold(x);
      if (!names.has(key)) names.set(key, o);
    }
  }
  namesByList.set(organizations, names);
  return names;
}

const namesByList = new WeakMap<readonly Organization[], Map<string, Organization>>();

export function organizationById(id: string | undefined, organizations: readonly Organization[] = ORGANIZATIONS): Organization | undefined {
  return id === undefined ? undefined : organizations.find((o) => o.id === id);
}
