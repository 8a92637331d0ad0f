import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ConfigError, configuredAssess, loadConfig, packsFromConfig, userConfigPath } from "../../src/config/config.js";
import { messageIn } from "../../src/core/message.js";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "impartial-config-"));
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(join(full, ".."), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

/** An environment whose per-user folder is inside the test's own tree, never the real one. */
const envIn = (root: string) => ({ HOME: join(root, "home"), XDG_CONFIG_HOME: join(root, "xdg") });

const PACK = JSON.stringify({
  id: "acme",
  name: { en: "Acme", fr: "Acme" },
  description: { en: "Acme staff.", fr: "Personnel d'Acme." },
  extends: ["gc"],
  termRules: [{ id: "acme.falcon", category: "confidential", level: "risky", terms: ["Project Falcon"], message: { en: "“{text}”", fr: "« {text} »" }, guidance: ["tbs.work.factual-public"] }],
});

describe("where the configuration comes from", () => {
  it("impartial.config.json is found in a folder above the working one", () => {
    const root = tree({ "project/impartial.config.json": JSON.stringify({ lang: "fr", profile: { department: "statcan", role: "manager" } }), "project/a/b/.keep": "" });
    const loaded = loadConfig({ cwd: join(root, "project/a/b"), env: envIn(root), platform: "linux" });
    assert.equal(loaded.file, join(root, "project/impartial.config.json"));
    assert.equal(loaded.config.lang, "fr");
    assert.deepEqual(loaded.config.profile, { role: "manager", department: "statcan" });
    assert.deepEqual(packsFromConfig(loaded).map((p) => p.id), ["gc", "statcan"]);
  });

  it("--config wins over the file found upward", () => {
    const root = tree({ "impartial.config.json": JSON.stringify({ lang: "fr" }), "other.json": JSON.stringify({ lang: "en" }) });
    const loaded = loadConfig({ cwd: root, configPath: "other.json", env: envIn(root), platform: "linux" });
    assert.equal(loaded.file, join(root, "other.json"));
    assert.equal(loaded.config.lang, "en");
  });

  it("a --config file that does not exist is an error naming it", () => {
    const root = tree({});
    assert.throws(() => loadConfig({ cwd: root, configPath: "missing.json", env: envIn(root), platform: "linux" }), (e: Error) => e instanceof ConfigError && e.message.includes("missing.json: no such configuration file"));
  });

  it("with no project file, the per-user file applies", () => {
    const root = tree({ "xdg/impartial/config.json": JSON.stringify({ packs: ["esdc"] }), "work/.keep": "" });
    const loaded = loadConfig({ cwd: join(root, "work"), env: envIn(root), platform: "linux" });
    assert.equal(loaded.file, join(root, "xdg/impartial/config.json"));
    assert.deepEqual(packsFromConfig(loaded).map((p) => p.id), ["gc", "esdc"]);
  });

  it("with no file anywhere, the defaults apply", () => {
    const root = tree({ "work/.keep": "" });
    const loaded = loadConfig({ cwd: join(root, "work"), env: envIn(root), platform: "linux" });
    assert.equal(loaded.file, undefined);
    assert.deepEqual(packsFromConfig(loaded).map((p) => p.id), ["gc"]);
  });

  it("the per-user file lives where each system keeps preferences", () => {
    assert.equal(userConfigPath({ env: { HOME: "/home/ana" }, platform: "linux" }), "/home/ana/.config/impartial/config.json");
    assert.equal(userConfigPath({ env: { HOME: "/home/ana", XDG_CONFIG_HOME: "/cfg" }, platform: "linux" }), "/cfg/impartial/config.json");
    assert.equal(userConfigPath({ env: { HOME: "/Users/ana" }, platform: "darwin" }), "/Users/ana/Library/Preferences/impartial/config.json");
    assert.equal(userConfigPath({ env: { APPDATA: "C:\\Users\\ana\\AppData\\Roaming" }, platform: "win32" }), "C:\\Users\\ana\\AppData\\Roaming\\impartial\\config.json");
  });
});

describe("a configuration that cannot be used says where and why", () => {
  it("bad JSON is named with the file, line and column", () => {
    const root = tree({ "impartial.config.json": '{\n  "lang": "fr",\n  "packs": [statcan]\n}' });
    assert.throws(() => loadConfig({ cwd: root, env: envIn(root), platform: "linux" }), (e: Error) => e instanceof ConfigError && e.message.startsWith(join(root, "impartial.config.json")) && /not valid JSON at line 3, column 13/.test(e.message));
  });

  it("an unknown field, a bad language and a bad profile field are named", () => {
    const check = (config: unknown, pattern: RegExp) => {
      const root = tree({ "impartial.config.json": JSON.stringify(config) });
      assert.throws(() => loadConfig({ cwd: root, env: envIn(root), platform: "linux" }), pattern);
    };
    check({ language: "fr" }, /impartial\.config\.json: language is not a configuration field/);
    check({ lang: "de" }, /impartial\.config\.json: lang must be "en" or "fr", not "de"/);
    check({ profile: { role: "boss" } }, /impartial\.config\.json: profile\.role/);
    check({ packs: ["no-such-pack"] }, /impartial\.config\.json: packs: "no-such-pack" is not a known pack/);
  });

  it("a pack file named by the config is read beside it, and its errors name the pack file and field", () => {
    const good = tree({ "impartial.config.json": JSON.stringify({ packs: ["packs/acme.json"] }), "packs/acme.json": PACK });
    const loaded = loadConfig({ cwd: good, env: envIn(good), platform: "linux" });
    assert.deepEqual(packsFromConfig(loaded).map((p) => p.id), ["gc", "acme"]);
    const bad = tree({ "impartial.config.json": JSON.stringify({ packs: ["acme.json"] }), "acme.json": PACK.replace('"confidential"', '"gossip"') });
    assert.throws(() => loadConfig({ cwd: bad, env: envIn(bad), platform: "linux" }), /acme\.json "acme": termRules\[0\]\.category: "gossip" is not a category/);
  });

  it("a French user reads the same problems in French, the file still named", () => {
    const inFrench = (config: string) => {
      const root = tree({ "impartial.config.json": config });
      try {
        loadConfig({ cwd: root, env: envIn(root), platform: "linux" });
      } catch (e) {
        assert.ok(e instanceof ConfigError);
        return messageIn(e, "fr");
      }
      return assert.fail("expected a ConfigError");
    };
    assert.match(inFrench(JSON.stringify({ lang: "de" })), /impartial\.config\.json : lang doit valoir « en » ou « fr », pas « de »$/);
    assert.match(inFrench(JSON.stringify({ packs: ["no-such-pack"] })), /impartial\.config\.json : packs : « no-such-pack » n'est pas un module connu; les modules sont gc/);
    assert.match(inFrench(JSON.stringify({ profile: { joined: "hier" } })), /impartial\.config\.json : profile\.joined doit être une date AAAA-MM-JJ, pas « hier »$/);
    assert.match(inFrench('{\n  "packs": [statcan]\n}'), /impartial\.config\.json : JSON non valide à la ligne 2, colonne 13 : /);
  });
});

describe("one assess for a run", () => {
  it("follows each activity's department, the profile's by default, and the packs named with --pack", () => {
    const root = tree({ "impartial.config.json": JSON.stringify({ profile: { department: "statcan" } }), "acme.json": PACK });
    const loaded = loadConfig({ cwd: root, env: envIn(root), platform: "linux" });
    const assess = configuredAssess(loaded, { packs: [join(root, "acme.json")] });
    const lockUp = "Off to the media lock-up, then Project Falcon.";
    const rules = (a: ReturnType<typeof assess>) => a.findings.map((f) => f.rule).sort();
    assert.deepEqual(rules(assess({ text: lockUp })), ["acme.falcon", "statcan.embargo"]);
    assert.deepEqual(rules(assess({ text: lockUp, context: { department: "esdc" } })), ["acme.falcon"]);
    assert.notEqual(assess.version, configuredAssess(loaded).version);
  });

  it("judges a batch of several departments at once with the answers it gives one by one, refusals in their places", () => {
    const root = tree({ "impartial.config.json": JSON.stringify({ profile: { department: "statcan" } }), "acme.json": PACK });
    const assess = configuredAssess(loadConfig({ cwd: root, env: envIn(root), platform: "linux" }), { packs: [join(root, "acme.json")] });
    const lockUp = "Off to the media lock-up, then Project Falcon.";
    const batch = [
      { activity: { text: lockUp } },
      { activity: { text: lockUp, context: { department: "esdc" } }, options: { lang: "fr" as const } },
      { activity: { text: "  " } },
      { activity: { text: "Votez NPD!", action: "share" as const, context: { department: "cra", electionPeriod: true } } },
      { activity: { text: "Our Project Falcon numbers come out Friday at 8:30.", context: { department: "statcan" } } },
      { activity: { text: "Vote for the Liberal candidate in my riding!", context: { electionPeriod: true } } },
    ];
    const all = assess.all(batch);
    assert.equal(all.length, batch.length);
    batch.forEach((item, i) => {
      if (i === 2) assert.ok(all[i] instanceof Error && /empty/.test(all[i]!.message));
      else assert.deepEqual(all[i], assess(item.activity, item.options));
    });
  });
});
