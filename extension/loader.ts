/// <reference lib="dom" />
import { adapterFor, type SiteAdapter } from "./adapters/index.js";
import { deepActiveElement, deepTarget, editorOf, safeClosest } from "./editors.js";
import { INJECT_MESSAGE } from "./messages.js";
import { adapterWithServers, loadServers } from "./servers.js";

/**
 * The loader: the only script that runs on every page of the sites (and of the Mastodon servers the person added). It
 * holds no engine: it waits, passively, for the person to reach a compose box or a Post, Repost or Like control (the
 * pointer over it, a press, the focus), then asks the background to inject the full content script (engine and
 * model, a few megabytes) into this frame, once. Pages nobody writes in or passes posts on from never parse the engine.
 * The pointer reaching a control comes a moment before its click, time for the engine to arrive; a click that comes
 * before it is let through (fail open).
 */

/** The flag the loader and the content script share in the extension's isolated world of this frame. */
const LOADED = "__impartialLoader";

function main(): void {
  const world = globalThis as Record<string, unknown>;
  // Registered twice (the manifest and a person's server), or injected again: one loader a frame.
  if (world[LOADED]) return;
  world[LOADED] = true;
  // An about:blank or srcdoc frame has its parent's origin: it belongs to the site.
  const pageUrl = /^https?:/.test(location.protocol) ? location.href : `${self.origin}/`;
  let adapter: SiteAdapter | undefined = adapterFor(pageUrl);
  let asked = false;

  const events = ["focusin", "pointerdown", "pointerover"] as const;
  const options = { capture: true, passive: true } as const;
  const ask = (): void => {
    if (asked) return;
    asked = true;
    for (const type of events) window.removeEventListener(type, onEvent, options);
    try {
      void chrome.runtime.sendMessage({ type: INJECT_MESSAGE }).catch(() => {
        // The extension was reloaded or the background refused: the site works as without it.
      });
    } catch {
      // Fail open, as above.
    }
  };
  /** A control that posts the draft or passes a post on (the gate needs the engine for it). */
  const isControl = (target: Element): boolean => !!adapter && [...adapter.post, ...adapter.repost, ...adapter.like].some((s) => safeClosest(target, s));
  function onEvent(e: Event): void {
    try {
      const target = deepTarget(e);
      if (target && (editorOf(target, adapter) || isControl(target))) ask();
    } catch {
      // Fail open: a page the loader does not understand is left alone.
    }
  }
  for (const type of events) window.addEventListener(type, onEvent, options);
  // A compose box focused before the loader ran (autofocus) counts as focused now.
  const focusedNow = (): void => {
    const focused = deepActiveElement(document);
    if (focused && editorOf(focused, adapter)) ask();
  };
  if (adapter) focusedNow();
  else {
    // A Mastodon server the person added: its adapter comes from their list.
    void loadServers().then((servers) => {
      adapter = adapterWithServers(pageUrl, servers);
      if (!asked) focusedNow();
    });
  }
}

try {
  main();
} catch {
  // Fail open.
}
