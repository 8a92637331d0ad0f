import { InputError } from "./engine.js";
import { ACTIONS, CONTEXT_KEYS, ROLES, isAction, isRole, type Activity, type Context } from "./model.js";

/** Reads a context object from untrusted input; every problem names the field and what was expected. */
export function parseContext(value: unknown, where = "context"): Context {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new InputError(`${where} must be an object, not ${describe(value)}`);
  const out: Context = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const field = `${where}.${key}`;
    switch (key) {
      case "identifiable":
      case "electionPeriod":
      case "workHours":
      case "governmentDevice":
      case "authorized":
        if (typeof v !== "boolean") throw new InputError(`${field} must be true or false, not ${describe(v)}`);
        out[key] = v;
        break;
      case "role":
        if (!isRole(v)) throw new InputError(`${field} must be one of ${ROLES.join(", ")}, not ${describe(v)}`);
        out.role = v;
        break;
      case "followers":
        if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || !Number.isInteger(v)) throw new InputError(`${field} must be a whole number of followers, not ${describe(v)}`);
        out.followers = v;
        break;
      case "department":
        if (typeof v !== "string" || !/^[a-z][a-z0-9-]{0,31}$/.test(v)) throw new InputError(`${field} must be a short department id such as "statcan", "esdc" or "cra", not ${describe(v)}`);
        out.department = v;
        break;
      case "postedAt":
        if (typeof v !== "string" || Number.isNaN(Date.parse(v))) throw new InputError(`${field} must be an ISO 8601 date such as "2025-04-01T12:00:00Z", not ${describe(v)}`);
        out.postedAt = v;
        break;
      default:
        throw new InputError(`${field} is not a context field; the fields are ${CONTEXT_KEYS.join(", ")}`);
    }
  }
  return out;
}

/** Reads one input of the batch contract (less its id). */
export function parseActivity(value: unknown): Activity {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InputError(`expected a JSON object with a "text" field, not ${describe(value)}`);
  const o = value as Record<string, unknown>;
  if (o.text === undefined) throw new InputError(`the "text" field is missing`);
  if (typeof o.text !== "string") throw new InputError(`"text" must be a string, not ${describe(o.text)}`);
  const activity: Activity = { text: o.text };
  if (o.action !== undefined) {
    if (!isAction(o.action)) throw new InputError(`"action" must be one of ${ACTIONS.join(", ")}, not ${describe(o.action)}`);
    activity.action = o.action;
  }
  if (o.inReplyTo !== undefined && o.inReplyTo !== null) {
    if (typeof o.inReplyTo !== "string") throw new InputError(`"inReplyTo" must be a string, not ${describe(o.inReplyTo)}`);
    activity.inReplyTo = o.inReplyTo;
  }
  if (o.context !== undefined) activity.context = parseContext(o.context);
  return activity;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === "object") return "an object";
  return `${typeof v} ${String(v)}`;
}
