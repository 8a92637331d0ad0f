import type { SiteAdapter } from "./adapter.js";

/** LinkedIn: a customised Quill for posts and comments, another contenteditable for messaging. */
export const LINKEDIN: SiteAdapter = {
  id: "linkedin",
  name: "LinkedIn",
  matches: ["https://www.linkedin.com/*"],
  editors: ['.ql-editor[contenteditable="true"]', '.msg-form__contenteditable[contenteditable="true"]'],
  post: [".share-actions__primary-action", ".comments-comment-box__submit-button", ".comments-comment-box__submit-button--cr", ".msg-form__send-button"],
  repost: [".social-reshare-button", 'button[aria-label^="Repost"]', 'button[aria-label^="Republier"]'],
  like: [".react-button__trigger", 'button[aria-label^="React Like"]', 'button[aria-label^="Réagir J’aime"]'],
  shared: { container: ".feed-shared-update-v2", text: ".update-components-text, .feed-shared-inline-show-more-text", author: ".update-components-actor__title, .update-components-actor__name" },
};
