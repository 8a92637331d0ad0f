import type { SiteAdapter } from "./adapter.js";

/** Threads: Lexical, as on Facebook. */
export const THREADS: SiteAdapter = {
  id: "threads",
  name: "Threads",
  matches: ["https://www.threads.com/*", "https://www.threads.net/*"],
  editors: ['[contenteditable="true"][data-lexical-editor="true"]'],
  post: ['[role="dialog"] div[role="button"]:has(> div:only-child)'],
  // The button around the icon too: a click on its padding is on the button, not the icon.
  repost: ['svg[aria-label="Repost"]', '[role="button"]:has(> svg[aria-label="Repost"])', 'svg[aria-label="Republier"]'],
  like: ['svg[aria-label="Like"]', '[role="button"]:has(> svg[aria-label="Like"])', 'svg[aria-label="J’aime"]'],
  shared: { container: '[data-pressable-container="true"]', text: "span[dir=auto]", author: 'a[href^="/@"]' },
};
