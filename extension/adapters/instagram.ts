import type { SiteAdapter } from "./adapter.js";

/** Instagram: comments in a textarea, direct messages and captions in contenteditables. */
export const INSTAGRAM: SiteAdapter = {
  id: "instagram",
  name: "Instagram",
  matches: ["https://www.instagram.com/*"],
  editors: ['textarea[aria-label^="Add a comment"]', 'textarea[aria-label^="Ajouter un commentaire"]', 'div[role="textbox"][contenteditable="true"]'],
  post: ['form:has(textarea) div[role="button"]', '[role="dialog"] div[role="button"][tabindex="0"]'],
  // The button around the icon too: a click on its padding is on the button, not the icon.
  repost: ['svg[aria-label="Share"]', '[role="button"]:has(> svg[aria-label="Share"])', 'svg[aria-label="Partager"]'],
  like: ['svg[aria-label="Like"]', '[role="button"]:has(> svg[aria-label="Like"])', 'svg[aria-label="J’aime"]'],
  shared: { container: "article", text: "h1, span[dir=auto]", author: 'a[role="link"][href^="/"]' },
};
