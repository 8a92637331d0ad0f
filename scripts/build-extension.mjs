// Builds the browser extension into dist/extension/chrome and dist/extension/firefox (and a zip of each when the `zip` command is there).
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// tsc has compiled extension/*.ts into dist/extension (npm run build runs tsc first).
const { buildExtension } = await import(pathToFileURL(join(root, "dist", "extension", "build.js")).href);

const result = await buildExtension({ root, out: join(root, "dist", "extension"), zip: true });
const sizes = result.bundles.map((b) => `${b.name} ${(b.bytes / 1024).toFixed(0)} KiB`).join(", ");
const zips = result.zips.length ? `; zips: ${result.zips.map((z) => relative(root, z)).join(", ")}` : "; no zips (the zip command is not installed)";
console.log(`extension: ${Object.values(result.folders).map((d) => relative(root, d)).join(", ")} (${sizes})${zips}`);
