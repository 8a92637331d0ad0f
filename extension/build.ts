import { build, type Plugin } from "esbuild";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { manifestFor, TARGETS } from "./manifest.js";
import { forbiddenApis } from "./scan.js";

export interface ExtensionBuildOptions {
  /** The project's root (where extension/ and package.json are). */
  root: string;
  /** Where the unpacked extensions go, one folder per browser (only those folders and the zips are replaced). */
  out: string;
  /** A module to bundle instead of extension/judge.ts (tests: a judge that throws, or one that phones home). */
  judge?: string;
  /** Also write <target>.zip beside each folder, when the `zip` command is there. */
  zip?: boolean;
}

export interface ExtensionBuild {
  /** The unpacked extension of each browser. */
  folders: Record<(typeof TARGETS)[number], string>;
  /** The zips written (none without the `zip` command). */
  zips: string[];
  /** Each bundle's name and size in bytes. */
  bundles: { name: string; bytes: number }[];
}

/** Bundles the loader, the background, the content script and the options page, refuses any bundle that could send or fetch code, and writes both browsers' folders. */
export async function buildExtension(options: ExtensionBuildOptions): Promise<ExtensionBuild> {
  const source = join(options.root, "extension");
  const staging = join(options.out, ".bundles");
  // Only what this build writes is removed: tsc compiles extension/*.ts into the same dist/extension.
  for (const target of TARGETS) rmSync(join(options.out, target), { recursive: true, force: true });
  rmSync(staging, { recursive: true, force: true });
  const plugins: Plugin[] = [withoutOldPolyfills];
  const judge = options.judge;
  if (judge) {
    plugins.push({
      name: "replace-judge",
      setup(b) {
        b.onResolve({ filter: /^\.\/judge\.js$/ }, (args) => (args.importer.startsWith(source) ? { path: judge } : undefined));
      },
    });
  }
  const result = await build({
    entryPoints: { loader: join(source, "loader.ts"), background: join(source, "background.ts"), content: join(source, "content.ts"), options: join(source, "options.ts") },
    outdir: staging,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["chrome120", "firefox140"],
    // Unminified: store reviewers (AMO) read the source as shipped.
    minify: false,
    legalComments: "inline",
    charset: "utf8",
    metafile: true,
    logLevel: "warning",
    plugins,
  });
  const bundles = Object.entries(result.metafile.outputs).map(([name, o]) => ({ name: name.split("/").pop()!, bytes: o.bytes }));
  const problems = bundles.flatMap((b) => forbiddenApis(readFileSync(join(staging, b.name), "utf8")).map((p) => `${b.name}: ${p}`));
  for (const page of ["options.html"]) problems.push(...forbiddenApis(readFileSync(join(source, page), "utf8")).map((p) => `${page}: ${p}`));
  if (problems.length > 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`the extension may not send, fetch or evaluate code; found:\n  ${problems.join("\n  ")}`);
  }
  const { version } = JSON.parse(readFileSync(join(options.root, "package.json"), "utf8")) as { version: string };
  const folders = {} as ExtensionBuild["folders"];
  const zips: string[] = [];
  const canZip = options.zip === true && hasZip();
  for (const target of TARGETS) {
    const dir = join(options.out, target);
    mkdirSync(dir, { recursive: true });
    for (const b of bundles) cpSync(join(staging, b.name), join(dir, b.name));
    for (const file of ["content.css", "options.html", "options.css"]) cpSync(join(source, file), join(dir, file));
    cpSync(join(source, "_locales"), join(dir, "_locales"), { recursive: true });
    if (target === "chrome") cpSync(join(source, "managed-schema.json"), join(dir, "managed-schema.json"));
    writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(manifestFor(target, version), null, 2)}\n`);
    folders[target] = dir;
    if (canZip) {
      const zip = join(options.out, `impartial-${version}-${target}.zip`);
      // -X: no extra file attributes, so the same files make the same zip.
      execFileSync("zip", ["-q", "-r", "-X", zip, "."], { cwd: dir });
      zips.push(zip);
    }
  }
  rmSync(staging, { recursive: true, force: true });
  return { folders, zips, bundles };
}

/**
 * twitter-text (in src/core) imports core-js 2's ES2015 polyfills for old browsers, for their side effects only. Every
 * target (both extensions, and the pages, built for ES2020: scripts/build-web.mjs) has each of them built in, and
 * core-js reaches for `Function("return this")` and `document.write`, which Firefox's add-on linter (and its
 * reviewers) flag as eval: they are bundled as empty modules.
 */
export const withoutOldPolyfills: Plugin = {
  name: "without-old-polyfills",
  setup(b) {
    b.onResolve({ filter: /^core-js\/modules\// }, (args) => ({ path: args.path, namespace: "no-polyfill" }));
    b.onLoad({ filter: /.*/, namespace: "no-polyfill" }, () => ({ contents: "", loader: "js" }));
  },
};

function hasZip(): boolean {
  try {
    execFileSync("zip", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Whether a folder holds an unpacked extension (its manifest). */
export function isUnpackedExtension(dir: string): boolean {
  return existsSync(join(dir, "manifest.json"));
}
