import type { SiteAdapter } from "./adapter.js";

/** X (Twitter): a Draft.js editor; Ctrl/Cmd+Enter also posts. */
export const X: SiteAdapter = {
  id: "x",
  name: "X",
  matches: ["https://x.com/*", "https://twitter.com/*", "https://mobile.x.com/*"],
  editors: ['[data-testid^="tweetTextarea_"] [contenteditable="true"][role="textbox"]', '.public-DraftEditor-content[contenteditable="true"]'],
  post: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
  repost: ['[data-testid="retweet"]', '[data-testid="retweetConfirm"]'],
  like: ['[data-testid="like"]'],
  shared: { container: 'article[data-testid="tweet"]', text: '[data-testid="tweetText"]', author: '[data-testid="User-Name"] a[href^="/"]' },
};
