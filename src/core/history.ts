import { canadianDate, electionPeriodAt, JURISDICTIONS, parseElectionEvents, type ElectionEvent, type Jurisdiction } from "./elections.js";
import { isKnownDate } from "./dates.js";
import { InputError } from "./engine.js";
import { messageIn } from "./message.js";
import type { Context, Role } from "./model.js";
import { parseContext } from "./validate.js";

/** Who the person is, and was: what history review needs to judge each item as of its date. */
export interface Profile {
  role?: Role;
  department?: string;
  identifiable?: boolean;
  followers?: number;
  /** The day they joined the public service, YYYY-MM-DD. Items before it are marked, and still listed. */
  joined?: string;
  /** Earlier roles: from a date on, this role and department (the latest entry not after an item's date applies). */
  roles?: { from: string; role?: Role; department?: string }[];
  /** By-elections or municipal elections the person adds to the built-in calendar. */
  elections?: ElectionEvent[];
  /** The jurisdictions whose election periods count (default: federal, provinces and territories). */
  jurisdictions?: Jurisdiction[];
}

export interface HistoryContext {
  context: Context;
  beforeService: boolean;
  /** The election whose campaign period the item falls in. */
  election?: ElectionEvent;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The context an item is judged in: the profile as it was on the item's date, and the election period then. */
export function historyContext(createdAt: string, profile: Profile): HistoryContext {
  // An item whose date is unknown is judged in the profile as it is now, and never as inside an election period.
  if (!isKnownDate(createdAt)) {
    const { postedAt: _today, ...asNow } = historyContext(new Date().toISOString(), profile).context;
    return { context: { ...asNow, electionPeriod: false }, beforeService: false };
  }
  const day = canadianDate(createdAt);
  let role = profile.role;
  let department = profile.department;
  for (const r of [...(profile.roles ?? [])].sort((a, b) => a.from.localeCompare(b.from))) {
    if (r.from > day) break;
    if (r.role) role = r.role;
    if (r.department) department = r.department;
  }
  const election = electionPeriodAt(createdAt, { ...(profile.jurisdictions ? { jurisdictions: profile.jurisdictions } : {}), ...(profile.elections ? { extra: profile.elections } : {}) });
  const context: Context = { postedAt: createdAt, electionPeriod: election !== undefined };
  if (role) context.role = role;
  if (department) context.department = department;
  if (profile.identifiable !== undefined) context.identifiable = profile.identifiable;
  if (profile.followers !== undefined) context.followers = profile.followers;
  const beforeService = profile.joined !== undefined && day < profile.joined;
  return election ? { context, beforeService, election } : { context, beforeService };
}

/** Reads a profile from untrusted JSON; every problem names the field. */
export function parseProfile(value: unknown): Profile {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InputError({ en: "the profile must be a JSON object", fr: "le profil doit être un objet JSON" });
  const o = value as Record<string, unknown>;
  const known = new Set(["role", "department", "identifiable", "followers", "joined", "roles", "elections", "jurisdictions"]);
  for (const k of Object.keys(o)) {
    if (!known.has(k)) throw new InputError({ en: `profile.${k} is not a profile field; the fields are ${[...known].join(", ")}`, fr: `profile.${k} n'est pas un champ du profil; les champs sont ${[...known].join(", ")}` });
  }
  const base = parseContext({ ...(o.role !== undefined ? { role: o.role } : {}), ...(o.department !== undefined ? { department: o.department } : {}), ...(o.identifiable !== undefined ? { identifiable: o.identifiable } : {}), ...(o.followers !== undefined ? { followers: o.followers } : {}) }, "profile");
  const profile: Profile = {};
  if (base.role) profile.role = base.role;
  if (base.department) profile.department = base.department;
  if (base.identifiable !== undefined) profile.identifiable = base.identifiable;
  if (base.followers !== undefined) profile.followers = base.followers;
  if (o.joined !== undefined) {
    if (typeof o.joined !== "string" || !DAY.test(o.joined)) {
      throw new InputError({ en: `profile.joined must be a date YYYY-MM-DD, not ${JSON.stringify(o.joined)}`, fr: `profile.joined doit être une date AAAA-MM-JJ, pas ${quoted(o.joined)}` });
    }
    profile.joined = o.joined;
  }
  if (o.roles !== undefined) {
    if (!Array.isArray(o.roles)) throw new InputError({ en: "profile.roles must be a list of { from, role, department }", fr: "profile.roles doit être une liste de { from, role, department }" });
    profile.roles = o.roles.map((r: unknown, i) => {
      if (typeof r !== "object" || r === null) throw new InputError({ en: `profile.roles[${i}] must be an object`, fr: `profile.roles[${i}] doit être un objet` });
      const e = r as Record<string, unknown>;
      if (typeof e.from !== "string" || !DAY.test(e.from)) throw new InputError({ en: `profile.roles[${i}].from must be a date YYYY-MM-DD`, fr: `profile.roles[${i}].from doit être une date AAAA-MM-JJ` });
      const c = parseContext({ ...(e.role !== undefined ? { role: e.role } : {}), ...(e.department !== undefined ? { department: e.department } : {}) }, `profile.roles[${i}]`);
      return { from: e.from, ...(c.role ? { role: c.role } : {}), ...(c.department ? { department: c.department } : {}) };
    });
  }
  if (o.elections !== undefined) {
    try {
      profile.elections = parseElectionEvents(o.elections);
    } catch (e) {
      // The elections' own message is kept in each language; an index ("[2].writ") follows the field without a colon.
      const inLang = (lang: "en" | "fr", colon: string) => {
        const m = messageIn(e, lang);
        return `profile.elections${m.startsWith("[") ? "" : colon}${m}`;
      };
      throw new InputError({ en: inLang("en", ": "), fr: inLang("fr", " : ") });
    }
  }
  if (o.jurisdictions !== undefined) {
    if (!Array.isArray(o.jurisdictions) || !o.jurisdictions.every((j) => (JURISDICTIONS as readonly unknown[]).includes(j))) {
      throw new InputError({ en: `profile.jurisdictions must be a list of ${JURISDICTIONS.join(", ")}`, fr: `profile.jurisdictions doit être une liste parmi ${JURISDICTIONS.join(", ")}` });
    }
    profile.jurisdictions = o.jurisdictions as Jurisdiction[];
  }
  return profile;
}

/** A value as French quotes it: « text » for a string, JSON for anything else. */
function quoted(v: unknown): string {
  return typeof v === "string" ? `« ${v} »` : String(JSON.stringify(v));
}
