import { ADAPTERS } from "./adapters/index.js";

export const TARGETS = ["chrome", "firefox"] as const;
export type Target = (typeof TARGETS)[number];

/**
 * The only API permissions: the settings in chrome.storage, and `scripting` to inject the full content script into
 * the frame where the person starts writing (and to register the loader on a Mastodon server they add).
 */
export const PERMISSIONS = ["storage", "scripting"] as const;

/** The Mastodon servers a person adds: asked for one origin at a time, at that moment, from the options page. */
export const OPTIONAL_HOST_PERMISSIONS = ["https://*/*"] as const;

/** Every page the content script runs on: the sites' adapters' match patterns. */
export function contentMatches(): string[] {
  return [...new Set(ADAPTERS.flatMap((a) => a.matches))];
}

/**
 * One Manifest V3 for both browsers, with what each needs of its own: Chromium runs the script in about:blank and
 * srcdoc frames by their parent's origin and reads a department's managed policy by its schema; Firefox needs its
 * add-on id, the version that has the Custom Highlight API (142 on Android, the first to read the data collection
 * statement), and the data collection statement (none).
 */
export function manifestFor(target: Target, version: string): Record<string, unknown> {
  const script: Record<string, unknown> = {
    matches: contentMatches(),
    // The loader only (a few KB, no engine): the background injects content.js and content.css where someone writes.
    js: ["loader.js"],
    all_frames: true,
    match_about_blank: true,
    run_at: "document_idle",
  };
  if (target === "chrome") script.match_origin_as_fallback = true;
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    version,
    default_locale: "en",
    permissions: [...PERMISSIONS],
    host_permissions: contentMatches(),
    optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
    background: target === "chrome" ? { service_worker: "background.js" } : { scripts: ["background.js"] },
    content_scripts: [script],
    options_ui: { page: "options.html", open_in_tab: true },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; connect-src 'none'" },
  };
  if (target === "chrome") {
    manifest.storage = { managed_schema: "managed-schema.json" };
    manifest.minimum_chrome_version = "120";
  } else {
    manifest.browser_specific_settings = {
      gecko: { id: "impartial@impartial.gc", strict_min_version: "140.0", data_collection_permissions: { required: ["none"] } },
      gecko_android: { strict_min_version: "142.0" },
    };
  }
  return manifest;
}
