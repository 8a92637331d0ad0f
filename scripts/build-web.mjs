// Builds the page into dist/web: the bundled page script, the GC Design System and its fonts, every file local.
import { build } from "esbuild";
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "web");
const assets = join(out, "assets");
const modules = join(root, "node_modules");

// Only what this script writes is cleared: tsc puts the compiled web/*.ts (for the tests) beside it.
for (const name of ["assets", "fr", "index.html"]) rmSync(join(out, name), { recursive: true, force: true });
mkdirSync(join(assets, "fonts"), { recursive: true });

const result = await build({
  entryPoints: [join(root, "web", "app.ts")],
  outfile: join(assets, "app.js"),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2020",
  minify: true,
  sourcemap: true,
  legalComments: "linked",
  metafile: true,
  logLevel: "warning",
});

// The components' lazy chunks load from beside gcds.esm.js; source maps stay behind.
const gcdsSource = join(modules, "@cdssnc", "gcds-components", "dist", "gcds");
mkdirSync(join(assets, "gcds"), { recursive: true });
for (const name of readdirSync(gcdsSource)) {
  if (name.endsWith(".map") || name === "gcds.css") continue;
  cpSync(join(gcdsSource, name), join(assets, "gcds", name), { recursive: true });
}

// gcds.css declares its icon font on a CDN; the page draws no icon font, so those rules go rather than reach out.
const gcdsCss = readFileSync(join(gcdsSource, "gcds.css"), "utf8").replace(/@font-face\{[^}]*https?:\/\/[^}]*\}/g, "");
const external = gcdsCss.match(/url\(\s*["']?(?:https?:)?\/\/[^)]*\)|@import[^;]*;/g);
if (external) throw new Error(`gcds.css still refers to another origin: ${external.join(", ")}`);
writeFileSync(join(assets, "gcds", "gcds.css"), gcdsCss);
copyFileSync(join(modules, "@cdssnc", "gcds-tokens", "build", "web", "css", "tokens.css"), join(assets, "tokens.css"));

for (const [pkg, file] of [
  ["lato", "lato-latin-400-normal.woff2"],
  ["lato", "lato-latin-700-normal.woff2"],
  ["noto-sans", "noto-sans-latin-400-normal.woff2"],
  ["noto-sans", "noto-sans-latin-700-normal.woff2"],
]) {
  copyFileSync(join(modules, "@fontsource", pkg, "files", file), join(assets, "fonts", file));
}

copyFileSync(join(root, "web", "styles.css"), join(assets, "styles.css"));
mkdirSync(join(out, "fr"), { recursive: true });
copyFileSync(join(root, "web", "index.html"), join(out, "index.html"));
copyFileSync(join(root, "web", "fr", "index.html"), join(out, "fr", "index.html"));

const bytes = statSync(join(assets, "app.js")).size;
const inputs = Object.keys(result.metafile.inputs).length;
console.log(`web: dist/web/assets/app.js ${(bytes / 1024).toFixed(0)} KiB from ${inputs} modules`);
