import type { SiteAdapter } from "./adapters/adapter.js";
import { ADAPTERS, adapterFor } from "./adapters/index.js";
import { MASTODON } from "./adapters/mastodon.js";

/**
 * The Mastodon servers a person adds in the options: each is reached through an optional host permission granted at
 * that moment, and kept under its own key in chrome.storage.local (not a department's setting: a policy cannot grant
 * the permission). Small and free of the engine, since the loader reads it on every page of those servers.
 */
export const SERVERS_KEY = "mastodonServers";

/** A host name as a Mastodon server has one: lower-case labels of letters, digits and hyphens, with a dot. */
const HOST = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/** Why an address typed in the options is not a server's: empty, not https, or not a host name. */
export type ServerProblem = "empty" | "notHttps" | "malformed";

/**
 * The host of the server a person typed: "mastodon.example", "https://mastodon.example/" and "@me@mastodon.example"
 * all give "mastodon.example". Only https, with no port, path or credentials.
 */
export function parseServerAddress(input: string): { host: string } | { problem: ServerProblem } {
  let text = input.trim().toLowerCase();
  if (text === "") return { problem: "empty" };
  // A handle (@name@server) names its server after the last @.
  const handle = /^@?[a-z0-9_]+@([^@/\s]+)$/.exec(text);
  if (handle) text = handle[1]!;
  if (/^[a-z][a-z0-9+.-]*:/.test(text) && !text.startsWith("https://")) return { problem: "notHttps" };
  let url: URL;
  try {
    url = new URL(text.startsWith("https://") ? text : `https://${text}`);
  } catch {
    return { problem: "malformed" };
  }
  if (url.username || url.password || url.port || url.search || url.hash || (url.pathname !== "/" && url.pathname !== "")) return { problem: "malformed" };
  return HOST.test(url.hostname) ? { host: url.hostname } : { problem: "malformed" };
}

/** The match pattern (and host permission) of a server's pages. */
export function serverPattern(host: string): string {
  return `https://${host}/*`;
}

/** The id of the loader registered on a server's pages (one per server, so each can be removed alone). */
export function serverScriptId(host: string): string {
  return `impartial-loader-${host}`;
}

/** The servers kept in storage, valid host names only. */
export function parseServers(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((h): h is string => typeof h === "string" && HOST.test(h)))];
}

export async function loadServers(): Promise<string[]> {
  try {
    return parseServers((await chrome.storage.local.get(SERVERS_KEY))[SERVERS_KEY]);
  } catch {
    return [];
  }
}

/** The sites' adapters with the Mastodon one also matching the servers the person added. */
export function adaptersWith(servers: readonly string[]): readonly SiteAdapter[] {
  if (servers.length === 0) return ADAPTERS;
  const mastodon: SiteAdapter = { ...MASTODON, matches: [...MASTODON.matches, ...servers.map(serverPattern)] };
  return ADAPTERS.map((a) => (a.id === MASTODON.id ? mastodon : a));
}

/** The adapter of a page, the servers the person added included. */
export function adapterWithServers(url: string, servers: readonly string[]): SiteAdapter | undefined {
  return adapterFor(url, adaptersWith(servers));
}
