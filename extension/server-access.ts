import { loadServers, parseServers, serverPattern, serverScriptId, SERVERS_KEY } from "./servers.js";

/**
 * Adding and removing a Mastodon server the person names: the host permission for its pages (asked for at that
 * moment, from their click), the loader registered on them, and the list in storage. Used by the options page and,
 * to keep the three in step, by the background.
 */

/** The loader on a server's pages, as the manifest declares it on the eight sites'. */
function loaderScript(host: string, fallback: boolean): chrome.scripting.RegisteredContentScript {
  return {
    id: serverScriptId(host),
    matches: [serverPattern(host)],
    js: ["loader.js"],
    allFrames: true,
    runAt: "document_idle",
    persistAcrossSessions: true,
    ...(fallback ? { matchOriginAsFallback: true } : {}),
  };
}

async function register(host: string): Promise<void> {
  const id = serverScriptId(host);
  if ((await chrome.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0) return;
  try {
    await chrome.scripting.registerContentScripts([loaderScript(host, true)]);
  } catch {
    // Firefox does not know matchOriginAsFallback: the loader runs in the server's own pages and frames.
    await chrome.scripting.registerContentScripts([loaderScript(host, false)]);
  }
}

async function storeServers(servers: string[]): Promise<void> {
  await chrome.storage.local.set({ [SERVERS_KEY]: parseServers(servers) });
}

/**
 * Asks for the permission to read and change `host`'s pages (the browser's prompt: call this from the click itself,
 * before any other await), then registers the loader there and records the server. False when the person refused.
 */
export async function addServer(host: string): Promise<boolean> {
  const granted = await chrome.permissions.request({ origins: [serverPattern(host)] });
  if (!granted) return false;
  await register(host);
  const servers = await loadServers();
  if (!servers.includes(host)) await storeServers([...servers, host]);
  return true;
}

/** Stops checking `host`: the loader unregistered, the permission given back, the server out of the list. */
export async function removeServer(host: string): Promise<void> {
  try {
    await chrome.scripting.unregisterContentScripts({ ids: [serverScriptId(host)] });
  } catch {
    // Not registered (already removed): nothing to undo.
  }
  await chrome.permissions.remove({ origins: [serverPattern(host)] });
  await storeServers((await loadServers()).filter((h) => h !== host));
}

/**
 * Puts the registrations in step with the list and the permissions the browser holds: a server whose permission the
 * person withdrew in the browser's own settings is dropped; one still granted has its loader (an update may clear
 * registered scripts).
 */
export async function syncServers(): Promise<void> {
  const kept: string[] = [];
  for (const host of await loadServers()) {
    if (await chrome.permissions.contains({ origins: [serverPattern(host)] })) {
      await register(host);
      kept.push(host);
    } else {
      try {
        await chrome.scripting.unregisterContentScripts({ ids: [serverScriptId(host)] });
      } catch {
        // Not registered.
      }
    }
  }
  await storeServers(kept);
}
