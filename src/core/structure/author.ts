import {
  CANDIDATE_MARKERS,
  PARTIES,
  POLITICAL_ACCOUNTS,
  type Party,
  type PoliticalAccount,
} from "../knowledge/political-accounts.js";
import type { Activity } from "../model.js";
import { fold, type TextView } from "../normalize.js";
import { perView } from "./memo.js";

/** Whoever wrote what is shared, liked, quoted or answered, and the political account it is, if known. */
export interface SharedAuthor {
  /** The handle, normalised: no leading `@`, lower case; a Mastodon `user@instance` kept whole. */
  handle?: string;
  name?: string;
  /** Where it was read: the activity's `author`, X's `RT @handle:`, a `via @handle` credit, or a link to the post. */
  from: "author" | "retweet" | "via" | "link";
  /** The official account it matches (by handle, or by exact display name). */
  account?: PoliticalAccount;
  /** No listed account, but the name or handle reads like a candidate's ("JaneDoe4MP", « Marie Tremblay, candidate du Bloc »). */
  likelyCandidate?: Party | true;
}

/** The longest handle or name read (the contract caps them at 300 characters; reading stops well before). */
const MAX_READ = 300;

/** Normalises a handle: `@JustinTrudeau` → `justintrudeau`, `@User@Mastodon.Social` → `user@mastodon.social`. */
export function normalizeHandle(handle: string): string {
  return handle.trim().slice(0, MAX_READ).replace(/^@/, "").toLowerCase();
}

const BY_HANDLE = new Map<string, PoliticalAccount>();
const BY_NAME = new Map<string, PoliticalAccount>();
for (const account of POLITICAL_ACCOUNTS) {
  for (const h of account.handles) if (!BY_HANDLE.has(normalizeHandle(h.handle))) BY_HANDLE.set(normalizeHandle(h.handle), account);
  const name = foldName(account.name);
  if (!BY_NAME.has(name)) BY_NAME.set(name, account);
}

function foldName(name: string): string {
  return fold(name.slice(0, MAX_READ)).replace(/\s+/g, " ").trim();
}

/** X's retweet as text: `RT @handle:` at the start. X handles are 1–15 letters, digits or underscores. */
const RETWEET = /^\s*RT\s?@([A-Za-z0-9_]{1,15})\s*:/;
/** A credit at the very end: `… via @handle`. */
const VIA = /\bvia\s@([A-Za-z0-9_]{1,15})[\s.!)]*$/i;
/** A link to someone's post (a quote or a shared post): x.com/twitter.com `/<handle>/status/`, bsky.app `/profile/<handle>/post/`. */
const POST_LINK = /(?:^|[\s(])(?:https?:\/\/)?(?:www\.|mobile\.)?(?:(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\/status\/|bsky\.app\/profile\/([A-Za-z0-9.-]{1,253})\/post\/)/i;

/** The author the text itself names (retweet form, credit or post link), read once per text. */
export const authorInText = perView((view: TextView): SharedAuthor | undefined => {
  const text = view.text;
  const rt = RETWEET.exec(text.slice(0, 40));
  if (rt) return { handle: rt[1]!.toLowerCase(), from: "retweet" };
  // A credit is at the end: look at the last few dozen characters only.
  const tail = text.length > 60 ? text.slice(-60) : text;
  const via = VIA.exec(tail);
  if (via) return { handle: via[1]!.toLowerCase(), from: "via" };
  // Links are entities of the view; read only those.
  for (const url of view.urls) {
    const link = POST_LINK.exec(text.slice(Math.max(0, url.start - 1), Math.min(text.length, url.end)));
    if (link) return { handle: (link[1] ?? link[2]!).toLowerCase(), from: "link" };
  }
  return undefined;
});

/**
 * Who wrote what is shared, liked or answered: the activity's own `author` first, else what the text says (X's
 * `RT @handle:`, a trailing `via @handle`, a link to the post). Matched against the official political accounts.
 * Bounded work: a few regular expressions over at most 300 characters, and map look-ups.
 */
export function authorOf(activity: Pick<Activity, "author">, view: TextView): SharedAuthor | undefined {
  const given = activity.author;
  let found: SharedAuthor | undefined;
  if (given && typeof given === "object") {
    const handle = typeof given.handle === "string" && given.handle.trim() !== "" ? normalizeHandle(given.handle) : undefined;
    const name = typeof given.name === "string" && given.name.trim() !== "" ? given.name.trim().slice(0, MAX_READ) : undefined;
    if (handle !== undefined || name !== undefined) found = { ...(handle !== undefined ? { handle } : {}), ...(name !== undefined ? { name } : {}), from: "author" };
  }
  found ??= authorInText(view);
  if (!found) return undefined;
  const account = (found.handle !== undefined ? BY_HANDLE.get(found.handle) : undefined) ?? (found.name !== undefined ? BY_NAME.get(foldName(found.name)) : undefined);
  if (account) return { ...found, account };
  const candidate = candidateOf(found.handle, found.name);
  return candidate ? { ...found, likelyCandidate: candidate } : found;
}

/** Markers that name a run for office on their own ("4MP", "pourdéputée"); the others need a party beside them. */
const OFFICE_MARKERS = new Set(CANDIDATE_MARKERS.filter((m) => /^(?:4|for|pour|re)/.test(m)));
const WEAK_MARKERS = new Set(CANDIDATE_MARKERS.filter((m) => !OFFICE_MARKERS.has(m)));

/** Party abbreviations and short names as they appear in handles and names, folded. */
const PARTY_WORDS: readonly [string, Party][] = PARTIES.flatMap((p) => [
  ...p.abbreviations.map((a) => [a.toLowerCase(), p] as [string, Party]),
]);
/** Party words spelled out (federal parties only: provincial ones share them). */
const PARTY_NAMES: readonly [RegExp, string][] = [
  [/liberal|liberaux/, "lpc"], [/conservat/, "cpc"], [/\bbloc\b/, "bq"], [/\bgreen|\bvert/, "gpc"],
];

/**
 * Whether a handle or display name reads like a candidate's account: an office marker ("4MP", "ForMPP",
 * "PourDéputée"), or a candidacy word ("candidate", "candidat") beside a party's abbreviation or name. Cautious: a
 * name with only "candidate" or only a party's letters is not one. Returns the party when one is named.
 */
export function candidateOf(handle: string | undefined, name: string | undefined): Party | true | undefined {
  const words = `${handle ?? ""} ${name ?? ""}`.slice(0, 2 * MAX_READ);
  // Tokens: split on what is not a letter or digit, on camel case and between letters and digits
  // ("JaneDoe4MP" → jane, doe, 4, mp; "ForMPP" → for, mpp).
  const tokens = words
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, (_m, a?: string, b?: string, c?: string, d?: string) => (a !== undefined ? `${a} ${b}` : `${c} ${d}`))
    .split(/[^\p{L}\p{N}]+/u)
    .map((t) => fold(t))
    .filter((t) => t !== "")
    .slice(0, 64);
  const party = partyIn(tokens, fold(words));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "4 MP", "for MPP", "pour députée", or one word ending so ("janedoe4mp", written without capitals).
    if (i + 1 < tokens.length && OFFICE_MARKERS.has(t + tokens[i + 1]!)) return party ?? true;
    for (const m of OFFICE_MARKERS) if (t.endsWith(m) && (t.length === m.length || /^\d/.test(m))) return party ?? true;
  }
  if (party && tokens.some((t) => WEAK_MARKERS.has(t))) return party;
  // A party's letters beside another word: a riding association or a local campaign ("Kanata NDP", "@OttawaCentreLPC").
  if (tokens.length >= 2) {
    for (const t of tokens) {
      for (const [word, p] of LOCAL_PARTY_WORDS) if (t === word || (t.length > word.length + 2 && (t.endsWith(word) || t.startsWith(word)) && word.length >= 3)) return p;
    }
  }
  return undefined;
}

/**
 * Party letters that name nothing else in account names, for the riding-association reading. Left out on purpose:
 * CPC and PPC (cost and pay per click), PLC (programmable logic controllers), NPD (a market-research firm), PC
 * (computers), PQ and QS (too short to tell): those count only beside a candidacy word. Plurals of party names
 * ("Kanata Liberals") count; "Liberal" alone does not ("Liberal Arts").
 */
const LOCAL_PARTY_WORDS: readonly [string, Party][] = (
  [["ndp", "ndp"], ["lpc", "lpc"], ["pcc", "cpc"], ["bq", "bq"], ["ucp", "ab-ucp"], ["caq", "qc-caq"], ["plq", "qc-plq"],
    ["liberals", "lpc"], ["conservatives", "cpc"], ["liberaux", "lpc"], ["conservateurs", "cpc"], ["bloquistes", "bq"]] as const
).map(([w, id]) => [w, PARTIES.find((p) => p.id === id)!] as [string, Party]);

function partyIn(tokens: readonly string[], folded: string): Party | undefined {
  for (const t of tokens) {
    for (const [word, party] of PARTY_WORDS) if (t === word || (t.length > word.length && t.endsWith(word) && word.length >= 3)) return party;
  }
  for (const [re, id] of PARTY_NAMES) if (re.test(folded)) return PARTIES.find((p) => p.id === id);
  return undefined;
}
