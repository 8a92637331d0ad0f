import type { Span } from "../model.js";
import { tokenIds, type TextView } from "../normalize.js";
import { WordSet } from "../vocabulary.js";
import { countSteps } from "../work.js";
import { perView } from "./memo.js";

/**
 * Secrets written out: a credential named (password, door code, « mot de passe », NIP) and then given (is, :, c'est)
 * a value shaped like a secret, or a key whose shape alone says it is one (ghp_…, sk-…, AKIA…). The nouns are those of
 * the GC Guideline on Acceptable Network and Device Use (protect credentials) and of Canada.ca's Get Cyber Safe
 * advice (passwords, passphrases, PINs, MFA codes), in both languages, with the short forms people type (pw, mdp).
 */
export interface Secret {
  /** From the credential's name to the end of its value. */
  span: Span;
  /** The value alone. */
  value: Span;
}

/** Words that name a credential by themselves. */
const CREDENTIAL = new Set([
  "password", "passwords", "passwd", "pw", "pwd", "pword", "passcode", "passcodes", "passphrase", "pin", "login", "logins", "username",
  "creds", "credentials", "mdp", "nip", "identifiant", "identifiants", "motdepasse",
]);
/** "code" is a credential beside one of these (door code, code de la porte, code d'accès, MFA code). */
const CODE_KIND = new Set([
  "door", "access", "alarm", "badge", "lock", "locker", "garage", "building", "gate", "entry", "security", "verification", "mfa", "2fa",
  "otp", "wifi", "vpn", "pin", "nip", "porte", "acces", "alarme", "cadenas", "casier", "securite", "verification", "entree", "immeuble",
  "portail", "barrure", "authentification",
]);
/** "key" or « clé » is one beside these (API key, access key, clé d'API). */
const KEY_KIND = new Set(["api", "access", "secret", "private", "license", "licence", "product", "ssh", "acces", "privee", "secrete"]);
/** The words credentialAt reads further: any other token names no credential (one array read, see WordSet). */
const MAY_NAME = new WordSet([...CREDENTIAL, "passe", "code", "codes", "combo", "combination", "combinaison", "key", "keys", "cle"]);

/**
 * After the credential, in the same sentence: a few words (for the 4th floor, du WiFi sécurisé du ministère), a link
 * (is, :, =, c'est), maybe an adverb (still, encore, rendu), and the value. Bounded gaps: linear in the text (issue 10).
 */
const GIVEN = /^[^.!?\n]{0,48}?(?:\s(?:is|are|was|=|est|sont|c'est|c’est|c est|cest|ce sera|sera|reste|remains)\s|\s?[:=]\s?|\s?->\s?|\s?→\s?)\s*(?:(?:still|now|just|always|currently|encore|toujours|rendu|maintenant|juste|actuellement)\s+)?["'«“]?\s?(\S{3,40}(?:\s*\/\s*\S{3,40})?)/iu;
/** Punctuation that ends the sentence, not the secret ("!" and "#" often belong to one, so they stay). */
const TRAILING = /[.,;:?)»"”']+$/u;
/** Times, prices, percentages, and counts with their unit say when or how much, not what lets one in. */
const NOT_A_SECRET = /^(?:\d{1,2}(?:[:h]\d{2})?(?:am|pm|h)?|\$\d[\d,.]*|\d[\d,.]*\s?\$|\d+%|\d+(?:st|nd|rd|th|e|er|re)|\d{1,3}(?:characters|caracteres|chars))$/i;

/** A value that reads like a secret: digits, symbols or inner capitals, not an ordinary word ("expired", "changed"). */
function looksSecret(value: string): boolean {
  const v = value.replace(TRAILING, "");
  if (v.length < 3 || NOT_A_SECRET.test(v)) return false;
  return /[^\p{L}]/u.test(v) || /\p{Ll}\p{Lu}/u.test(v);
}

/** Keys whose shape alone makes them secrets: GitHub, OpenAI-style, AWS, Slack, Google API keys, JSON web tokens. */
const SHAPED = /\b(?:ghp_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|sk-[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16}|xox[abp]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{30,}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{5,})/;

/**
 * Where the credential named at token `i` begins (a credential word, "mot de passe", a code or key of a kind that opens
 * something: "door code", « code de la porte »), or -1 when token `i` names none.
 */
function credentialAt(view: TextView, i: number): number {
  const t = view.tokens[i]!;
  const w = t.norm;
  if (t.entity || !MAY_NAME.hasId(tokenIds(view)[i]!)) return -1;
  if (CREDENTIAL.has(w)) return i;
  if (w === "passe") return view.tokens[i - 1]?.norm === "de" && view.tokens[i - 2]?.norm === "mot" ? i - 2 : -1;
  const kinds = w === "code" || w === "codes" || w === "combo" || w === "combination" || w === "combinaison" ? CODE_KIND : w === "key" || w === "keys" || w === "cle" ? KEY_KIND : undefined;
  if (!kinds) return -1;
  // English puts the kind before (door code), French after (code de la porte, code d'accès): look a few words each way.
  for (let k = Math.max(0, i - 2); k <= Math.min(view.tokens.length - 1, i + 3); k++) if (k !== i && kinds.has(view.tokens[k]!.norm)) return Math.min(k, i);
  return -1;
}

/** The secrets a text gives away, in text order (at most a few: one is enough to judge). */
export const secretsOf = perView((view: TextView): Secret[] => {
  const out: Secret[] = [];
  const tokens = view.tokens;
  countSteps(tokens.length);
  for (let i = 0; i < tokens.length && out.length < 4; i++) {
    const first = credentialAt(view, i);
    if (first === -1) continue;
    const from = tokens[i]!.end;
    const m = GIVEN.exec(view.text.slice(from, from + 110));
    if (!m || !looksSecret(m[1]!)) continue;
    const raw = m[1]!;
    const trimmed = raw.replace(TRAILING, "");
    const end = from + m.index + m[0].length - (raw.length - trimmed.length);
    const start = end - trimmed.length;
    out.push({ span: [tokens[first]!.start, end], value: [start, end] });
    // Go on after the value: its own words are not credentials to look at again.
    while (i + 1 < tokens.length && tokens[i + 1]!.start < end) i++;
  }
  // SHAPED alone reads a post faster than any search for its keys' prefixes before it (measured: 0.63 µs against
  // 0.7-1.1 µs), so it runs on every text without one.
  if (out.length === 0) {
    const t = SHAPED.exec(view.text);
    if (t) out.push({ span: [t.index, t.index + t[0].length], value: [t.index, t.index + t[0].length] });
  }
  return out;
});
