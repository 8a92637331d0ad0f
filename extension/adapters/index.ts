import type { SiteAdapter } from "./adapter.js";
import { BLUESKY } from "./bluesky.js";
import { FACEBOOK } from "./facebook.js";
import { INSTAGRAM } from "./instagram.js";
import { LINKEDIN } from "./linkedin.js";
import { MASTODON } from "./mastodon.js";
import { REDDIT } from "./reddit.js";
import { THREADS } from "./threads.js";
import { X } from "./x.js";

export type { SiteAdapter } from "./adapter.js";

/** Every site the extension runs on, in the order the options page lists them. */
export const ADAPTERS: readonly SiteAdapter[] = [X, FACEBOOK, LINKEDIN, BLUESKY, MASTODON, THREADS, REDDIT, INSTAGRAM];

/** Whether a manifest match pattern (scheme://host/path with `*` wildcards) matches a URL. */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme === "*" ? !/^https?:$/.test(u.protocol) : u.protocol !== `${scheme}:`) return false;
  const hostOk = host.startsWith("*.") ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1)) : u.hostname === host;
  const pathRe = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
  return hostOk && pathRe.test(u.pathname + u.search);
}

/** The adapter of the site a page belongs to, if any. */
export function adapterFor(url: string, adapters: readonly SiteAdapter[] = ADAPTERS): SiteAdapter | undefined {
  return adapters.find((a) => a.matches.some((p) => matchesPattern(p, url)));
}
