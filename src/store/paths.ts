import { homedir } from "node:os";
import { posix, win32 } from "node:path";

/** Where a platform keeps per-user application data, following each system's convention. */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === "win32") return env.APPDATA || win32.join(home, "AppData", "Roaming");
  if (platform === "darwin") return posix.join(home, "Library", "Application Support");
  // XDG Base Directory spec: a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  return xdg && xdg.startsWith("/") ? xdg : posix.join(home, ".local", "share");
}

/** The review database used when the user names none: `<user data dir>/impartial/review.db`. */
export function defaultStorePath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const path = platform === "win32" ? win32 : posix;
  return path.join(userDataDir(env, platform, home), "impartial", "review.db");
}
