import { isRole, type Lang, type Role } from "../src/core/model.js";
import { PROVINCES, type Province } from "../web/profile.js";

/** How firmly Post is held back: only for an inappropriate draft (the default), for a risky one too, or never (the chip only). */
export const GATE_STRICTNESS = ["inappropriate", "risky", "off"] as const;
export type GateStrictness = (typeof GATE_STRICTNESS)[number];

export const UI_LANGUAGES = ["auto", "en", "fr"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * The person's choices, kept in chrome.storage.local: the profile fields the pages ask for (role, department, province,
 * identifiable), which sites to check, how firmly to gate, and the language of the messages. Nothing typed on a site
 * is ever stored.
 */
export interface Settings {
  identifiable: boolean;
  role: Role;
  department?: string;
  province?: Province;
  /** Site ids switched off; every other site is checked. */
  sitesOff: string[];
  gate: GateStrictness;
  language: UiLanguage;
}

export const SETTING_KEYS = ["identifiable", "role", "department", "province", "sitesOff", "gate", "language"] as const satisfies readonly (keyof Settings)[];
export type SettingKey = (typeof SETTING_KEYS)[number];

export const DEFAULT_SETTINGS: Settings = { identifiable: false, role: "employee", sitesOff: [], gate: "inappropriate", language: "auto" };

/** The key under which chrome.storage.local keeps the settings. */
export const SETTINGS_KEY = "settings";

const isProvince = (x: unknown): x is Province => typeof x === "string" && (PROVINCES as readonly string[]).includes(x);

/** The valid settings among what storage (or a department's policy) holds: anything else is ignored, never an error. */
export function parseSettings(value: unknown): Partial<Settings> {
  const s: Partial<Settings> = {};
  if (typeof value !== "object" || value === null) return s;
  const o = value as Record<string, unknown>;
  if (typeof o.identifiable === "boolean") s.identifiable = o.identifiable;
  if (isRole(o.role)) s.role = o.role;
  if (typeof o.department === "string" && /^[a-z0-9-]{1,32}$/.test(o.department)) s.department = o.department;
  if (isProvince(o.province)) s.province = o.province;
  if (Array.isArray(o.sitesOff)) s.sitesOff = o.sitesOff.filter((x): x is string => typeof x === "string" && /^[a-z0-9-]{1,32}$/.test(x));
  if ((GATE_STRICTNESS as readonly unknown[]).includes(o.gate)) s.gate = o.gate as GateStrictness;
  if ((UI_LANGUAGES as readonly unknown[]).includes(o.language)) s.language = o.language as UiLanguage;
  return s;
}

/**
 * A department's policy (chrome.storage.managed, see managed-schema.json): `defaults` for any setting, and `locked`,
 * the settings the person cannot change.
 */
export interface ManagedPolicy {
  defaults: Partial<Settings>;
  locked: SettingKey[];
}

export function parseManagedPolicy(value: unknown): ManagedPolicy {
  const o = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  const locked = Array.isArray(o.locked) ? o.locked.filter((k): k is SettingKey => (SETTING_KEYS as readonly unknown[]).includes(k)) : [];
  return { defaults: parseSettings(o.defaults), locked };
}

/** The settings in force: the built-in defaults, then the department's, then the person's own for what is not locked. */
export function effectiveSettings(local: Partial<Settings>, policy: ManagedPolicy): Settings {
  const own = Object.fromEntries(Object.entries(local).filter(([k]) => !policy.locked.includes(k as SettingKey)));
  return { ...DEFAULT_SETTINGS, ...policy.defaults, ...own };
}

/** The language of the messages: the person's choice, or the browser's language when they chose none. */
export function uiLang(choice: UiLanguage, browserLanguage: string): Lang {
  if (choice !== "auto") return choice;
  return browserLanguage.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** Reads the settings in force from extension storage; with storage unavailable, the defaults. */
export async function loadSettings(): Promise<{ settings: Settings; policy: ManagedPolicy }> {
  let policy: ManagedPolicy = { defaults: {}, locked: [] };
  try {
    policy = parseManagedPolicy(await chrome.storage.managed.get(null));
  } catch {
    // No policy installed (Firefox rejects when there is none): the person's and the built-in settings apply.
  }
  let local: Partial<Settings> = {};
  try {
    local = parseSettings((await chrome.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    // Storage unavailable: the defaults.
  }
  return { settings: effectiveSettings(local, policy), policy };
}
