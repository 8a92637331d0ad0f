// Builds the site into dist/public: the pages in both languages, their bundled scripts, the GC Design System and its fonts, every file local.
import { build } from "esbuild";
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// tsc has compiled web/*.ts into dist/web (the tests import them there); the served site is dist/public.
const compiled = join(root, "dist", "web");
const out = join(root, "dist", "public");
const assets = join(out, "assets");
const modules = join(root, "node_modules");

// The page table and the HTML shell, as tsc compiled them (npm run build runs tsc first).
const { PAGES } = await import(pathToFileURL(join(compiled, "site.js")).href);
const { renderShell, shellFile } = await import(pathToFileURL(join(compiled, "shell.js")).href);
// twitter-text's old-browser polyfills, which the pages do not need either (see extension/build.ts).
const { withoutOldPolyfills } = await import(pathToFileURL(join(root, "dist", "extension", "build.js")).href);

const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

rmSync(out, { recursive: true, force: true });
mkdirSync(join(assets, "fonts"), { recursive: true });

// One script per page; what they share (the core, the GC Design System helpers) goes into common chunks.
const result = await build({
  entryPoints: Object.fromEntries(PAGES.filter((p) => !p.static).map((p) => [p.id, join(root, "web", `${p.id}.ts`)])),
  outdir: assets,
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
  splitting: true,
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2020",
  minify: true,
  sourcemap: true,
  legalComments: "linked",
  metafile: true,
  logLevel: "warning",
  plugins: [withoutOldPolyfills],
});

// The components' lazy chunks load from beside gcds.esm.js; source maps stay behind.
const gcdsSource = join(modules, "@cdssnc", "gcds-components", "dist", "gcds");
mkdirSync(join(assets, "gcds"), { recursive: true });
for (const name of readdirSync(gcdsSource)) {
  if (name.endsWith(".map") || name === "gcds.css") continue;
  cpSync(join(gcdsSource, name), join(assets, "gcds", name), { recursive: true });
}

// gcds.css declares its icon font on a CDN: the same font from @cdssnc/gcds-fonts is served from here instead.
const iconFace =
  '@font-face{font-display:block;font-family:gcds-icons;font-style:normal;font-weight:400;src:url(/assets/fonts/gcds-icons.woff) format("woff")}';
let iconFaces = 0;
const gcdsCss = readFileSync(join(gcdsSource, "gcds.css"), "utf8").replace(/@font-face\{[^}]*font-family:\s*gcds-icons[^}]*\}/g, () => (iconFaces++, iconFace));
if (iconFaces === 0) throw new Error("gcds.css no longer declares the gcds-icons font: check how this version of the design system loads its icons");
const external = gcdsCss.match(/url\(\s*["']?(?:https?:)?\/\/[^)]*\)|@import[^;]*;/g);
if (external) throw new Error(`gcds.css still refers to another origin: ${external.join(", ")}`);
writeFileSync(join(assets, "gcds", "gcds.css"), gcdsCss);
copyFileSync(join(modules, "@cdssnc", "gcds-tokens", "build", "web", "css", "tokens.css"), join(assets, "tokens.css"));

// The design system's own typefaces and icon font, from its font package.
const gcdsFonts = join(modules, "@cdssnc", "gcds-fonts", "fonts");
for (const file of ["lato/gcds-lato.woff2", "noto-sans/gcds-noto-sans-regular.woff2", "noto-sans/gcds-noto-sans-bold.woff2", "icons/gcds-icons.woff"]) {
  copyFileSync(join(gcdsFonts, file), join(assets, "fonts", file.split("/")[1]));
}

// One style sheet: the site's, then each page's own (web/styles/<page>.css), in name order.
const pageStyles = join(root, "web", "styles");
const sheets = [join(root, "web", "styles.css"), ...readdirSync(pageStyles).filter((n) => n.endsWith(".css")).sort().map((n) => join(pageStyles, n))];
writeFileSync(join(assets, "styles.css"), sheets.map((f) => `/* ${f.slice(root.length + 1)} */\n${readFileSync(f, "utf8")}`).join("\n"));
for (const page of PAGES) {
  for (const lang of ["en", "fr"]) {
    const file = join(out, shellFile(page, lang));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, renderShell(page, lang, { version }));
  }
}

const sizes = Object.entries(result.metafile.outputs)
  .filter(([name]) => name.endsWith(".js"))
  .map(([name, o]) => `${name.split("/assets/")[1]} ${(o.bytes / 1024).toFixed(0)} KiB`);
console.log(`web: ${PAGES.length * 2} pages; scripts in dist/public/assets: ${sizes.join(", ")}`);
