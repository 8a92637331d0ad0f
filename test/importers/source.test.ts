import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { entryFromBuffer, listEntries, openExport, streamJsonArray, type ExportSource } from "../../src/importers/source.js";
import { ImportError, type ExportEntry } from "../../src/importers/types.js";
import { buildZip } from "./zip-fixture.js";

let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "impartial-source-"));
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readAll(entry: ExportEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of (await entry.open()) as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

async function withSource<T>(path: string, use: (source: ExportSource) => Promise<T>, limits = {}): Promise<T> {
  const source = await openExport(path, limits);
  try {
    return await use(source);
  } finally {
    await source.close();
  }
}

async function writeZip(name: string, zip: Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, zip);
  return path;
}

describe("a zip export", () => {
  test("lists its files with their paths and reads them back", async () => {
    const path = await writeZip("plain.zip", buildZip([
      { name: "data/tweets.js", data: "window.YTD.tweets.part0 = []" },
      { name: "data/account.js", data: "stored as is", store: true },
    ]));
    await withSource(path, async (source) => {
      assert.equal(source.kind, "zip");
      const entries = await listEntries(source);
      assert.deepEqual(entries.map((entry) => entry.path), ["data/tweets.js", "data/account.js"]);
      assert.equal(await readAll(entries[0]!), "window.YTD.tweets.part0 = []");
      assert.equal(await readAll(entries[1]!), "stored as is");
    });
  });

  test("skips an entry that climbs out with ../ or is absolute, with a warning, and keeps the rest", async () => {
    const path = await writeZip("evil.zip", buildZip([
      { name: "../evil.js", data: "escape" },
      { name: "/etc/evil", data: "absolute" },
      { name: "data/like.js", data: "fine" },
    ]));
    await withSource(path, async (source) => {
      const entries = await listEntries(source);
      assert.deepEqual(entries.map((entry) => entry.path), ["data/like.js"]);
      assert.equal(source.warnings.length, 2);
      assert.match(source.warnings.map((w) => w.en).join("\n"), /unsafe path.*\.\.\/evil\.js/);
      assert.match(source.warnings.map((w) => w.en).join("\n"), /absolute path: \/etc\/evil/);
    });
  });

  test("a truncated zip is a clear error naming the file", async () => {
    const whole = buildZip([{ name: "data/tweets.js", data: "x".repeat(5000) }]);
    const path = await writeZip("cut.zip", whole.subarray(0, whole.length - 30));
    await assert.rejects(openExport(path), (error: unknown) => {
      assert.ok(error instanceof ImportError);
      assert.equal(error.file, path);
      assert.match(error.message, /not a readable zip file; it may be truncated or damaged/);
      return true;
    });
  });

  test("a file named .zip that is not a zip is a clear error naming the file", async () => {
    const path = await writeZip("notes.zip", Buffer.from("these are just notes, not an archive\n"));
    await assert.rejects(openExport(path), (error: unknown) => error instanceof ImportError && error.file === path);
  });

  test("an entry that inflates past its declared size is stopped as a zip bomb", async () => {
    const path = await writeZip("liar.zip", buildZip([{ name: "data/tweets.js", data: Buffer.alloc(3_000_000, 0x20), declaredSize: 1000 }]));
    await withSource(path, async (source) => {
      const [entry] = await listEntries(source);
      await assert.rejects(readAll(entry!), (error: unknown) => {
        assert.ok(error instanceof ImportError);
        assert.equal(error.file, "data/tweets.js");
        assert.match(error.message, /inflates past its declared size of 1000 bytes.*zip bomb/);
        return true;
      });
    });
  });

  test("an entry compressed beyond the ratio limit is refused before it is inflated", async () => {
    const path = await writeZip("ratio.zip", buildZip([{ name: "zeros.json", data: Buffer.alloc(8 * 1024 * 1024) }]));
    await withSource(path, async (source) => {
      const [entry] = await listEntries(source);
      await assert.rejects(entry!.open(), /compression ratio of \d+:1, which looks like a zip bomb/);
    }, { maxCompressionRatio: 100, ratioCheckAfterBytes: 1024 * 1024 });
  });

  test("the per-file and the whole-archive byte limits stop reading", async () => {
    const path = await writeZip("big.zip", buildZip([
      { name: "a.json", data: "a".repeat(600) },
      { name: "b.json", data: "b".repeat(600) },
      { name: "c.json", data: "c".repeat(2000) },
    ]));
    await withSource(path, async (source) => {
      const [a, b, c] = await listEntries(source);
      await assert.rejects(c!.open(), /more than the 1500-byte limit for one file/);
      assert.equal((await readAll(a!)).length, 600);
      await assert.rejects(readAll(b!), /past the 1000-byte limit for everything read from it/);
    }, { maxEntryBytes: 1500, maxTotalBytes: 1000 });
  });

  test("a damaged entry fails its CRC-32 check", async () => {
    const path = await writeZip("crc.zip", buildZip([{ name: "likes.json", data: "[1,2,3]", crc: 12345 }]));
    await withSource(path, async (source) => {
      const [entry] = await listEntries(source);
      await assert.rejects(readAll(entry!), /fails its CRC-32 check/);
    });
  });
});

describe("an unpacked export folder", () => {
  test("is walked recursively with forward-slash paths", async () => {
    const root = join(dir, "folder");
    await mkdir(join(root, "data", "deep"), { recursive: true });
    await writeFile(join(root, "data", "tweets.js"), "t");
    await writeFile(join(root, "data", "deep", "like.js"), "l");
    await writeFile(join(root, "manifest.js"), "m");
    await withSource(root, async (source) => {
      assert.equal(source.kind, "folder");
      const entries = await listEntries(source);
      assert.deepEqual(entries.map((entry) => entry.path), ["data/deep/like.js", "data/tweets.js", "manifest.js"]);
      assert.equal(await readAll(entries[1]!), "t");
    });
  });

  test("does not follow a symbolic link out of the folder, but follows one inside it", async () => {
    const root = join(dir, "linked");
    const outside = join(dir, "outside-secret.txt");
    await mkdir(root, { recursive: true });
    await writeFile(outside, "not part of the export");
    await writeFile(join(root, "outbox.json"), "{}");
    await symlink(outside, join(root, "secret.txt"));
    await symlink(dir, join(root, "up"));
    await symlink(join(root, "outbox.json"), join(root, "alias.json"));
    await withSource(root, async (source) => {
      const entries = await listEntries(source);
      assert.deepEqual(entries.map((entry) => entry.path), ["alias.json", "outbox.json"]);
      assert.equal(source.warnings.length, 2);
      assert.match(source.warnings.map((w) => w.en).join("\n"), /secret\.txt: skipped a symbolic link that points outside the export folder/);
    });
  });
});

describe("a single file", () => {
  test("is an export of one entry named by the file", async () => {
    const path = join(dir, "repo.car");
    await writeFile(path, Buffer.from([0x3a, 0xa2]));
    await withSource(path, async (source) => {
      assert.equal(source.kind, "file");
      const entries = await listEntries(source);
      assert.deepEqual(entries.map((entry) => [entry.path, entry.size]), [["repo.car", 2]]);
    });
  });

  test("a path that does not exist is a clear error", async () => {
    await assert.rejects(openExport(join(dir, "missing.zip")), /missing\.zip: no such file or folder/);
  });
});

describe("streaming a JSON array", () => {
  test("reads the items of an X .js file after its window.YTD prefix and a trailing semicolon", async () => {
    const entry = entryFromBuffer("data/like.js", 'window.YTD.like.part0 = [ {"a":1}, {"b":[2]} ];\n');
    const items: unknown[] = [];
    for await (const item of streamJsonArray(entry, { javascriptPrefix: true })) items.push(item);
    assert.deepEqual(items, [{ a: 1 }, { b: [2] }]);
  });

  test("a file without an array is an error naming the file", async () => {
    const entry = entryFromBuffer("data/manifest.js", "window.__THAR_CONFIG = " + " ".repeat(5000) + "{}");
    await assert.rejects(async () => {
      for await (const _item of streamJsonArray(entry, { javascriptPrefix: true })) assert.fail("no item expected");
    }, /data\/manifest\.js \(byte 0\): does not hold a JSON array/);
  });

  test("a syntax error names the item, after the items before it were read", async () => {
    const entry = entryFromBuffer("outbox.json", '{"orderedItems":[{"id":1},{"id":2},{"id":3,]}');
    const ids: unknown[] = [];
    await assert.rejects(async () => {
      for await (const item of streamJsonArray(entry, { key: "orderedItems" })) ids.push((item as { id: number }).id);
    }, /outbox\.json \(item 2\): not valid JSON \(line 1, column 44: /);
    assert.deepEqual(ids, [1, 2]);
  });
});
