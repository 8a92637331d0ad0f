import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROLES } from "../../src/core/model.js";
import { ADAPTERS, adapterFor, matchesPattern } from "../../extension/adapters/index.js";
import { buildExtension } from "../../extension/build.js";
import { contentMatches } from "../../extension/manifest.js";
import { forbiddenApis } from "../../extension/scan.js";
import { adapterWithServers, parseServerAddress, parseServers } from "../../extension/servers.js";
import { DEFAULT_SETTINGS, effectiveSettings, GATE_STRICTNESS, parseManagedPolicy, parseSettings, SETTING_KEYS, uiLang, UI_LANGUAGES } from "../../extension/settings.js";
import { EXTENSION_STRINGS, fill, typeset } from "../../extension/strings.js";
import { PROVINCES } from "../../web/profile.js";
import { CHROME_BUILD, FIXTURE_PAGES, FIXTURES, ROOT } from "./harness.js";

const FIREFOX_BUILD = join(ROOT, "dist", "extension", "firefox");
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;

/** Every key path of a nested object of strings. */
function keyPaths(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === "object" && v !== null ? keyPaths(v as object, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
}

describe("the extension's static guarantees", () => {
  test("the scan finds each way of sending text or running foreign code, and passes plain code", () => {
    const bad: [string, string][] = [
      ["fetch", 'window.fetch("https://x")'],
      ["XMLHttpRequest", "new XMLHttpRequest()"],
      ["WebSocket", "new WebSocket(u)"],
      ["sendBeacon", "navigator.sendBeacon(u, d)"],
      ["eval", "eval(code)"],
      ["Function constructor", 'new Function("return 1")'],
      ["Function constructor", 'Function("return this")()'],
      ["dynamic import", 'import("https://cdn.example/x.js")'],
      ["script element", 'document.createElement("script")'],
      ["string timer", 'setTimeout("alert(1)", 5)'],
    ];
    for (const [name, code] of bad) assert.ok(forbiddenApis(`const a = 1;\n${code};\n`).some((f) => f.startsWith(name)), `${name} is found in ${code}`);
    assert.deepEqual(forbiddenApis('const retrieval = prefetched.evaluate(x); setTimeout(() => go(), 5); isFunction(f) && typeof f === "function"; // fetching words'), []);
  });

  test("the build refuses a bundle that could send what a person types", async () => {
    const out = mkdtempSync(join(tmpdir(), "impartial-ext-bad-"));
    try {
      await assert.rejects(buildExtension({ root: ROOT, out, judge: join(FIXTURES, "judge-fetch.ts") }), /may not send.*\n.*content\.js: fetch/s);
      assert.equal(existsSync(join(out, "chrome", "manifest.json")), false, "nothing was written");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test("the loader and the background are scanned as the content script is, and hold no engine", () => {
    for (const dir of [CHROME_BUILD, FIREFOX_BUILD]) {
      for (const name of ["loader.js", "background.js"]) {
        const code = readFileSync(join(dir, name), "utf8");
        assert.deepEqual(forbiddenApis(code), [], `${dir}/${name}`);
        assert.ok(code.length < 16 * 1024, `${name} is ${code.length} characters`);
      }
    }
  });

  test("the built bundles contain no network or eval API", () => {
    for (const dir of [CHROME_BUILD, FIREFOX_BUILD]) {
      for (const name of readdirSync(dir).filter((n) => n.endsWith(".js") || n.endsWith(".html"))) assert.deepEqual(forbiddenApis(readFileSync(join(dir, name), "utf8")), [], `${dir}/${name}`);
    }
  });

  test("the manifests ask for storage and scripting and the eight sites only, load the small loader there, and say what each browser needs", () => {
    for (const dir of [CHROME_BUILD, FIREFOX_BUILD]) {
      const m = readJson(join(dir, "manifest.json"));
      assert.equal(m.manifest_version, 3);
      assert.deepEqual(m.permissions, ["storage", "scripting"]);
      assert.deepEqual(m.host_permissions, contentMatches(), "the eight sites' pages, nothing more");
      assert.deepEqual(m.optional_host_permissions, ["https://*/*"], "a Mastodon server is asked for, one origin at a time, when the person adds it");
      assert.equal(m.optional_permissions, undefined);
      assert.ok(!JSON.stringify(m).includes("<all_urls>") && !JSON.stringify(m).includes('"tabs"'));
      const scripts = m.content_scripts as { matches: string[]; js: string[]; css?: string[]; all_frames: boolean }[];
      assert.equal(scripts.length, 1);
      assert.deepEqual(scripts[0]!.matches, contentMatches());
      assert.ok(scripts[0]!.matches.every((p) => p.startsWith("https://") && !p.includes("<all_urls>") && !p.startsWith("https://*/")));
      assert.equal(scripts[0]!.all_frames, true);
      assert.deepEqual(scripts[0]!.js, ["loader.js"], "the engine is not declared: it is injected where someone writes");
      assert.equal(scripts[0]!.css, undefined);
      for (const file of [...scripts[0]!.js, "background.js", "content.js", "content.css", "options.html", "options.js"]) assert.ok(existsSync(join(dir, file)), `${dir}/${file}`);
    }
    assert.deepEqual(readJson(join(CHROME_BUILD, "manifest.json")).background, { service_worker: "background.js" });
    assert.deepEqual(readJson(join(FIREFOX_BUILD, "manifest.json")).background, { scripts: ["background.js"] });
    const firefox = readJson(join(FIREFOX_BUILD, "manifest.json"));
    const gecko = (firefox.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    assert.match(String(gecko.id), /@/);
    assert.deepEqual(gecko.data_collection_permissions, { required: ["none"] });
    assert.equal(gecko.strict_min_version, "140.0", "the Custom Highlight API is in Firefox 140");
    const chrome = readJson(join(CHROME_BUILD, "manifest.json"));
    assert.deepEqual(chrome.storage, { managed_schema: "managed-schema.json" });
    assert.ok(existsSync(join(CHROME_BUILD, "managed-schema.json")));
  });

  test("the store listing exists in en, fr and fr_CA with the same keys", () => {
    const keys = (lang: string) => Object.keys(readJson(join(CHROME_BUILD, "_locales", lang, "messages.json"))).sort();
    assert.deepEqual(keys("en"), ["extDescription", "extName"]);
    assert.deepEqual(keys("fr"), keys("en"));
    assert.deepEqual(keys("fr_CA"), keys("en"));
    const fr = readJson(join(CHROME_BUILD, "_locales", "fr_CA", "messages.json")) as Record<string, { message: string }>;
    assert.match(fr.extName!.message, /vérifiez/);
  });

  test("every message the extension shows exists in English and in French", () => {
    assert.deepEqual(keyPaths(EXTENSION_STRINGS.fr), keyPaths(EXTENSION_STRINGS.en));
    for (const lang of ["en", "fr"] as const) for (const value of Object.values(EXTENSION_STRINGS[lang])) if (typeof value === "string") assert.notEqual(value.trim(), "");
    assert.equal(fill(EXTENSION_STRINGS.fr.announce, { level: "inapproprié" }), "Impartial : le niveau de cette ébauche est inapproprié.");
    assert.throws(() => fill("{level} and {missing}", { level: "x" }), /missing/);
    // French guillemets and colons never start a line apart from their words; English is left alone.
    assert.equal(typeset("Le passage « voter » : à revoir ! Vraiment ?", "fr"), "Le passage «\u00A0voter\u00A0»\u00A0: à revoir\u00A0! Vraiment\u00A0?");
    assert.equal(typeset("The passage « x » : here", "en"), "The passage « x » : here");
  });
});

describe("the sites' adapters", () => {
  test("each site has an id, an editor marker and a Post marker, and its own pages only", () => {
    assert.deepEqual(ADAPTERS.map((a) => a.id).sort(), ["bluesky", "facebook", "instagram", "linkedin", "mastodon", "reddit", "threads", "x"]);
    for (const a of ADAPTERS) {
      assert.ok(a.editors.length > 0 && a.post.length > 0, a.id);
      for (const p of a.matches) assert.match(p, /^https:\/\/[a-z0-9.-]+\/\*$/, `${a.id}: ${p}`);
    }
  });

  test("each fixture's URL is matched by its own site's adapter, and other sites' pages by none", () => {
    for (const f of FIXTURE_PAGES) assert.equal(adapterFor(f.url)?.id, f.site);
    assert.equal(adapterFor("https://example.com/"), undefined);
    assert.equal(adapterFor("https://x.com.evil.example/"), undefined);
    assert.equal(matchesPattern("https://x.com/*", "http://x.com/home"), false, "http is not https");
  });
});

describe("the Mastodon servers a person adds", () => {
  test("an address, a URL or a handle gives the server's host; anything else says what is wrong", () => {
    for (const typed of ["mastodon.example", " https://Mastodon.Example/ ", "@me@mastodon.example", "me@mastodon.example"]) assert.deepEqual(parseServerAddress(typed), { host: "mastodon.example" }, typed);
    assert.deepEqual(parseServerAddress("  "), { problem: "empty" });
    assert.deepEqual(parseServerAddress("http://mastodon.example"), { problem: "notHttps" });
    assert.deepEqual(parseServerAddress("javascript:alert(1)"), { problem: "notHttps" });
    for (const typed of ["mastodon example", "mastodon.example/@me", "https://mastodon.example:8443", "https://u:p@mastodon.example", "localhost", "*.example", "mastodon.example?x=1", "-bad.example"]) assert.deepEqual(parseServerAddress(typed), { problem: "malformed" }, typed);
  });

  test("the Mastodon adapter applies to the servers added, and to no other page", () => {
    assert.equal(adapterWithServers("https://mastodon.example/home", ["mastodon.example"])?.id, "mastodon");
    assert.equal(adapterWithServers("https://mastodon.example/home", []), undefined);
    assert.equal(adapterWithServers("https://mastodon.example.evil.test/home", ["mastodon.example"]), undefined);
    assert.equal(adapterWithServers("https://x.com/home", ["mastodon.example"])?.id, "x");
    assert.deepEqual(parseServers(["mastodon.example", "mastodon.example", 3, "https://*/*", "<b>"]), ["mastodon.example"]);
  });
});

describe("settings and a department's policy", () => {
  test("stored settings keep only valid values", () => {
    assert.deepEqual(parseSettings({ role: "manager", gate: "risky", language: "fr", province: "qc", department: "hc", identifiable: true, sitesOff: ["x", 3, "<b>"] }), {
      role: "manager",
      gate: "risky",
      language: "fr",
      province: "qc",
      department: "hc",
      identifiable: true,
      sitesOff: ["x"],
    });
    assert.deepEqual(parseSettings({ role: "king", gate: "never", language: "de", province: "zz" }), {});
    assert.deepEqual(parseSettings("nonsense"), {});
  });

  test("a department's defaults apply, and the settings it locks cannot be changed by the person", () => {
    const policy = parseManagedPolicy({ defaults: { gate: "risky", department: "hc", role: "manager" }, locked: ["gate", "department", "not-a-setting"] });
    assert.deepEqual(policy.locked, ["gate", "department"]);
    const settings = effectiveSettings({ gate: "off", department: "esdc", role: "employee" }, policy);
    assert.equal(settings.gate, "risky", "locked: the department's");
    assert.equal(settings.department, "hc", "locked: the department's");
    assert.equal(settings.role, "employee", "not locked: the person's own");
    assert.deepEqual(effectiveSettings({}, { defaults: {}, locked: [] }), DEFAULT_SETTINGS);
  });

  test("the managed schema and the sample policy name exactly the settings the extension reads", () => {
    const schema = readJson(join(ROOT, "extension", "managed-schema.json")) as { properties: { defaults: { properties: Record<string, { enum?: string[]; items?: { enum: string[] } }> }; locked: { items: { enum: string[] } } } };
    const props = schema.properties.defaults.properties;
    assert.deepEqual(Object.keys(props).sort(), [...SETTING_KEYS].sort());
    assert.deepEqual(schema.properties.locked.items.enum.sort(), [...SETTING_KEYS].sort());
    assert.deepEqual(props.role!.enum, [...ROLES]);
    assert.deepEqual(props.province!.enum, [...PROVINCES]);
    assert.deepEqual(props.gate!.enum, [...GATE_STRICTNESS]);
    assert.deepEqual(props.language!.enum, [...UI_LANGUAGES]);
    assert.deepEqual(props.sitesOff!.items!.enum, ADAPTERS.map((a) => a.id));
    const sample = readJson(join(ROOT, "docs", "extension-policy.sample.json")) as { "3rdparty": { extensions: Record<string, unknown> } };
    const policy = Object.values(sample["3rdparty"].extensions)[0] as { defaults: Record<string, unknown>; locked: string[] };
    const parsed = parseManagedPolicy(policy);
    assert.deepEqual(parsed.defaults, policy.defaults, "every default in the sample is valid");
    assert.deepEqual(parsed.locked, policy.locked);
  });

  test("the messages follow the person's choice, else the browser's language", () => {
    assert.equal(uiLang("auto", "fr-CA"), "fr");
    assert.equal(uiLang("auto", "en-CA"), "en");
    assert.equal(uiLang("en", "fr-CA"), "en");
    assert.equal(uiLang("fr", "en-US"), "fr");
  });
});
