import type { SiteAdapter } from "./adapter.js";

/**
 * Mastodon: a textarea on every server's own domain. The listed servers are the largest and the Canadian ones; others
 * the person adds in the options, through an optional host permission asked for at that moment.
 */
export const MASTODON: SiteAdapter = {
  id: "mastodon",
  name: "Mastodon",
  matches: ["https://mastodon.social/*", "https://mastodon.online/*", "https://mstdn.ca/*", "https://mastodon.ca/*", "https://cosocial.ca/*"],
  editors: ["textarea.autosuggest-textarea__textarea", ".compose-form textarea"],
  post: [".compose-form__publish button[type=submit]", '.compose-form button[type="submit"]'],
  repost: ['button[aria-label="Boost"]', 'button[aria-label="Partager"]', "button.status__action-bar__button.reblog-icon"],
  like: ['button[aria-label="Favourite"]', 'button[aria-label="Favorite"]', 'button[aria-label="Ajouter aux favoris"]', "button.star-icon"],
  shared: { container: "article, .status", text: ".status__content", author: ".display-name__account" },
};
