import type { SiteAdapter } from "./adapter.js";

/** Bluesky: TipTap (ProseMirror) in the composer dialog (open source: bluesky-social/social-app). */
export const BLUESKY: SiteAdapter = {
  id: "bluesky",
  name: "Bluesky",
  matches: ["https://bsky.app/*"],
  editors: ['.ProseMirror[contenteditable="true"]'],
  post: ['[data-testid="composerPublishBtn"]'],
  repost: ['[data-testid="repostBtn"]', '[data-testid="repostDropdownRepostBtn"]'],
  like: ['[data-testid="likeBtn"]'],
  shared: { container: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]', text: '[data-testid="postText"]', author: 'a[href^="/profile/"]' },
};
