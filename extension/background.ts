import { INJECT_MESSAGE } from "./messages.js";
import { syncServers } from "./server-access.js";

/**
 * The background (a service worker in Chromium, an event page in Firefox): it holds no engine and keeps nothing.
 * When a page's loader sees the person start to write, it injects the full content script and its style into that
 * frame of that tab, and no other; it keeps the Mastodon servers' loaders in step with the permissions granted.
 */

chrome.runtime.onMessage.addListener((message, sender) => {
  if ((message as { type?: unknown } | null)?.type !== INJECT_MESSAGE) return undefined;
  const tabId = sender.tab?.id;
  // Only a page's own loader: a message from an extension page has no tab.
  if (tabId === undefined || sender.id !== chrome.runtime.id) return undefined;
  const target = { tabId, frameIds: [sender.frameId ?? 0] };
  // Both at once: the style is in long before the first verdict; a failure (the frame gone) leaves the site as it is.
  void Promise.all([chrome.scripting.insertCSS({ target, files: ["content.css"] }), chrome.scripting.executeScript({ target, files: ["content.js"] })]).catch(() => undefined);
  return undefined;
});

const sync = (): void => void syncServers().catch(() => undefined);
chrome.runtime.onInstalled.addListener(sync);
chrome.runtime.onStartup.addListener(sync);
chrome.permissions.onRemoved.addListener(sync);
