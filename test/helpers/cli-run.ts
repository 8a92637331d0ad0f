import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The command as installed: bin/impartial.js at the project root, whatever directory the tests run from. */
export const bin = join(dirname(fileURLToPath(import.meta.url)), "../../../bin/impartial.js");
/** A folder with no configuration, the command's working directory and its XDG_CONFIG_HOME. */
export const noConfig = mkdtempSync(join(tmpdir(), "impartial-noconfig-"));
export const ENV = { ...process.env, XDG_CONFIG_HOME: noConfig, NO_COLOR: "1", CI: "1", LC_ALL: "", LC_MESSAGES: "", LANG: "en_CA.UTF-8" };

/** Runs the command as a person whose umask lets everyone read what they create (000): Impartial must not rely on it. */
export function run(args: string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const command = ["umask 000", `exec ${[process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ")}`].join("; ");
  const r = spawnSync("/bin/sh", ["-c", command], { cwd: noConfig, encoding: "utf8", env: { ...ENV, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
