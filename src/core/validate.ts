import { InputError } from "./engine.js";
import type { Message } from "./message.js";
import { ACTIONS, CONTEXT_KEYS, ROLES, isAction, isRole, type Activity, type Author, type Context } from "./model.js";

/** Reads a context object from untrusted input; every problem names the field and what was expected. */
export function parseContext(value: unknown, where = "context"): Context {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new InputError(not(value, `${where} must be an object`, `${where} doit être un objet`));
  const out: Context = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const field = `${where}.${key}`;
    switch (key) {
      case "identifiable":
      case "electionPeriod":
      case "workHours":
      case "governmentDevice":
      case "authorized":
        if (typeof v !== "boolean") throw new InputError(not(v, `${field} must be true or false`, `${field} doit valoir true ou false`));
        out[key] = v;
        break;
      case "role":
        if (!isRole(v)) throw new InputError(not(v, `${field} must be one of ${ROLES.join(", ")}`, `${field} doit être l'une des valeurs ${ROLES.join(", ")}`));
        out.role = v;
        break;
      case "followers":
        if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || !Number.isInteger(v)) throw new InputError(not(v, `${field} must be a whole number of followers`, `${field} doit être un nombre entier de personnes abonnées`));
        out.followers = v;
        break;
      case "department":
        if (typeof v !== "string" || !/^[a-z][a-z0-9-]{0,31}$/.test(v)) {
          throw new InputError(not(v, `${field} must be a short department id such as "statcan", "esdc" or "cra"`, `${field} doit être un court identifiant de ministère comme « statcan », « esdc » ou « cra »`));
        }
        out.department = v;
        break;
      case "postedAt":
        if (typeof v !== "string" || Number.isNaN(Date.parse(v))) {
          throw new InputError(not(v, `${field} must be an ISO 8601 date such as "2025-04-01T12:00:00Z"`, `${field} doit être une date ISO 8601 comme « 2025-04-01T12:00:00Z »`));
        }
        out.postedAt = v;
        break;
      default:
        throw new InputError({
          en: `${field} is not a context field; the fields are ${CONTEXT_KEYS.join(", ")}`,
          fr: `${field} n'est pas un champ du contexte; les champs sont ${CONTEXT_KEYS.join(", ")}`,
        });
    }
  }
  return out;
}

/** Reads one input of the batch contract (less its id). */
export function parseActivity(value: unknown): Activity {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(not(value, `expected a JSON object with a "text" field`, `un objet JSON avec un champ « text » est attendu`));
  }
  const o = value as Record<string, unknown>;
  parseId(o.id);
  if (o.text === undefined) throw new InputError({ en: `the "text" field is missing`, fr: "le champ « text » manque" });
  if (typeof o.text !== "string") throw new InputError(not(o.text, `"text" must be a string`, "« text » doit être une chaîne de caractères"));
  const activity: Activity = { text: o.text };
  if (o.action !== undefined) {
    if (!isAction(o.action)) throw new InputError(not(o.action, `"action" must be one of ${ACTIONS.join(", ")}`, `« action » doit être l'une des valeurs ${ACTIONS.join(", ")}`));
    activity.action = o.action;
  }
  if (o.inReplyTo !== undefined && o.inReplyTo !== null) {
    if (typeof o.inReplyTo !== "string") throw new InputError(not(o.inReplyTo, `"inReplyTo" must be a string`, "« inReplyTo » doit être une chaîne de caractères"));
    activity.inReplyTo = o.inReplyTo;
  }
  if (o.author !== undefined && o.author !== null) activity.author = parseAuthor(o.author);
  if (o.context !== undefined) activity.context = parseContext(o.context);
  return activity;
}

/** The most characters an author's handle or name may hold: far more than any platform allows, still bounded. */
export const MAX_AUTHOR_FIELD_LENGTH = 300;

const AUTHOR_KEYS = ["handle", "name"] as const;

/** Reads the `author` of a batch input (whoever wrote what is shared, liked or answered): `{"handle": "…", "name": "…"}`. */
export function parseAuthor(value: unknown, where = "author"): Author {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(not(value, `"${where}" must be an object such as {"handle": "@user", "name": "…"}`, `« ${where} » doit être un objet comme {"handle": "@user", "name": "…"}`));
  }
  const out: Author = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const field = `${where}.${key}`;
    if (!(AUTHOR_KEYS as readonly string[]).includes(key)) {
      throw new InputError({
        en: `${field} is not a field of the author; the fields are ${AUTHOR_KEYS.join(", ")}`,
        fr: `${field} n'est pas un champ de l'auteur; les champs sont ${AUTHOR_KEYS.join(", ")}`,
      });
    }
    if (v === undefined || v === null) continue;
    if (typeof v !== "string") throw new InputError(not(v, `${field} must be a string`, `${field} doit être une chaîne de caractères`));
    if (v.length > MAX_AUTHOR_FIELD_LENGTH) {
      throw new InputError({
        en: `${field} may hold at most ${MAX_AUTHOR_FIELD_LENGTH} characters, not ${v.length}`,
        fr: `${field} peut contenir au plus ${MAX_AUTHOR_FIELD_LENGTH} caractères, et non ${v.length}`,
      });
    }
    out[key as (typeof AUTHOR_KEYS)[number]] = v;
  }
  return out;
}

/** What was expected, then what was given instead, in both languages. */
function not(v: unknown, en: string, fr: string): Message {
  const given = describe(v);
  return { en: `${en}, not ${given.en}`, fr: `${fr}, pas ${given.fr}` };
}

function describe(v: unknown): Message {
  if (v === null) return { en: "null", fr: "null" };
  if (Array.isArray(v)) return { en: "a list", fr: "une liste" };
  if (typeof v === "string") {
    const shown = v.length > 40 ? `${v.slice(0, 40)}…` : v;
    return { en: JSON.stringify(shown), fr: `« ${JSON.stringify(shown).slice(1, -1)} »` };
  }
  if (typeof v === "object") return { en: "an object", fr: "un objet" };
  if (typeof v === "number") return { en: `number ${v}`, fr: `le nombre ${v}` };
  if (typeof v === "boolean") return { en: `boolean ${v}`, fr: `la valeur ${v}` };
  return { en: `${typeof v} ${String(v)}`, fr: `${typeof v} ${String(v)}` };
}

/** How deeply a JSON input may nest: the batch contract needs 4 levels; far deeper is an attack on whatever walks it. */
export const MAX_JSON_DEPTH = 32;
/** The longest id an input may carry (characters): ids are echoed back, so they are bounded like everything else. */
export const MAX_ID_LENGTH = 256;

/**
 * Refuses JSON text nested more than `max` levels deep, in one pass over the text and before anything walks the
 * value (JSON.parse copes, but JSON.stringify and every recursive reader after it overflow the stack).
 */
export function checkJsonDepth(text: string, max = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) {
        throw new InputError({
          en: `the JSON is nested more than ${max} levels deep (at character ${i + 1}); no input of Impartial nests more than a few`,
          fr: `le JSON est imbriqué sur plus de ${max} niveaux (au caractère ${i + 1}) ; aucune entrée d'Impartial n'en compte plus que quelques-uns`,
        });
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
}

/** An input's id, as the batch contract implies: absent (null), a string or a finite number, of bounded length. */
export function parseId(value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.length <= MAX_ID_LENGTH) return value;
  if (typeof value === "string") throw new InputError({ en: `"id" may hold at most ${MAX_ID_LENGTH} characters, not ${value.length}`, fr: `« id » peut contenir au plus ${MAX_ID_LENGTH} caractères, et non ${value.length}` });
  throw new InputError(not(value, `"id" must be a string or a number`, "« id » doit être une chaîne de caractères ou un nombre"));
}

/** The id of an input that may not be an object at all; an unusable id is null, so an error line can still be written. */
export function idOrNull(value: unknown): string | number | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  try {
    return parseId((value as Record<string, unknown>).id);
  } catch {
    return null;
  }
}
