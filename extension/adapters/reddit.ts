import type { SiteAdapter } from "./adapter.js";

/** Reddit: new Reddit's shreddit-composer web component (a contenteditable, sometimes in a shadow root); old Reddit a textarea. */
export const REDDIT: SiteAdapter = {
  id: "reddit",
  name: "Reddit",
  matches: ["https://www.reddit.com/*", "https://old.reddit.com/*", "https://new.reddit.com/*"],
  editors: ['shreddit-composer div[role="textbox"][contenteditable="true"]', 'div[role="textbox"][contenteditable="true"]', ".usertext-edit textarea"],
  post: ['shreddit-composer button[slot="submit-button"]', 'button[type="submit"][slot="submit-button"]', ".usertext-edit .save"],
  repost: ["shreddit-post-share-button"],
  like: ['button[upvote]', ".arrow.up"],
  shared: { container: "shreddit-post, .thing", text: '[slot="text-body"], .usertext-body', author: '[slot="authorName"], .author' },
};
