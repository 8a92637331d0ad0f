import type { SiteAdapter } from "./adapter.js";

/** Facebook: Lexical editors in the create-post dialog and under posts (comments). */
export const FACEBOOK: SiteAdapter = {
  id: "facebook",
  name: "Facebook",
  matches: ["https://www.facebook.com/*", "https://web.facebook.com/*", "https://m.facebook.com/*"],
  editors: ['[contenteditable="true"][data-lexical-editor="true"]'],
  post: ['[role="dialog"] [aria-label="Post"][role="button"]', '[role="dialog"] [aria-label="Publier"][role="button"]', '[aria-label="Comment"][role="button"]', '[aria-label="Commenter"][role="button"]'],
  repost: ['[aria-label^="Send this to friends or post it on your profile"]', '[aria-label^="Envoyez ceci à vos ami"]'],
  like: ['[aria-label="Like"][role="button"]', '[aria-label="J’aime"][role="button"]', '[aria-label="J\'aime"][role="button"]'],
  shared: { container: '[role="article"]', text: '[data-ad-preview="message"], [data-ad-comet-preview="message"]', author: "h2 a, h3 a, strong a" },
};
