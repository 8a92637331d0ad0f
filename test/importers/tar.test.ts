import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { detectPlatform } from "../../src/importers/detect.js";
import { IMPORTERS } from "../../src/importers/index.js";
import { listEntries, openExport, type ExportLimits } from "../../src/importers/source.js";
import { ImportError, type ExportEntry, type HistoryItem } from "../../src/importers/types.js";
import { buildTar, buildTarGz, type TarEntrySpec } from "./tar-fixture.js";
import { buildZip } from "./zip-fixture.js";

const here = dirname(fileURLToPath(import.meta.url));
const fixture = join(here, "../../../test/fixtures/mastodon/export");
const sharedMastodon = resolve(here, "../../../../shared/exports/mastodon-export-dealingwith");
const noShared = existsSync(sharedMastodon) ? false : "../shared/exports/mastodon-export-dealingwith is absent: the real .tar.gz comparison is skipped";

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "impartial-tar-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, bytes: Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function readAll(entry: ExportEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of (await entry.open()) as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

async function importFile(path: string, limits: Partial<ExportLimits> = {}): Promise<{ kind: string; items: HistoryItem[]; warnings: string[] }> {
  const source = await openExport(path, limits);
  try {
    const platform = await detectPlatform(source);
    assert.equal(platform, "mastodon");
    const items: HistoryItem[] = [];
    for await (const item of IMPORTERS.mastodon(source)) items.push(item);
    return { kind: source.kind, items, warnings: source.warnings.map((warning) => warning.en) };
  } finally {
    await source.close();
  }
}

async function fixtureFiles(folder: string): Promise<TarEntrySpec[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith(".json")).sort();
  return Promise.all(names.map(async (name) => ({ name, data: await readFile(join(folder, name)) })));
}

describe("a Mastodon export as a .tar.gz", () => {
  test("imports the same items as the same files zipped, and as a plain .tar", async () => {
    const files = await fixtureFiles(fixture);
    const zipped = await importFile(await write("archive.zip", buildZip(files.map((file) => ({ name: file.name, data: file.data as Buffer })))));
    const gz = await importFile(await write("archive.tar.gz", buildTarGz(files)));
    const plain = await importFile(await write("archive.tar", buildTar(files)));
    assert.equal(gz.kind, "tar");
    assert.ok(zipped.items.length > 3, "the fixture has items to compare");
    assert.deepEqual(gz.items, zipped.items);
    assert.deepEqual(plain.items, zipped.items);
    assert.deepEqual(gz.warnings, []);
  });

  test("is recognised by its gzip bytes whatever its name, and read in any order its files come", async () => {
    const files = (await fixtureFiles(fixture)).reverse();
    const zipped = await importFile(await write("order.zip", buildZip(files.map((file) => ({ name: file.name, data: file.data as Buffer })))));
    const renamed = await importFile(await write("upload-1234", buildTarGz(files.map((file) => ({ ...file, name: `./archive/${file.name}` })))));
    assert.deepEqual(renamed.items.map((item) => item.id), zipped.items.map((item) => item.id));
  });
});

describe("a hostile tar", () => {
  test("skips entries that climb out with ../, are absolute or are links, with a warning, and keeps the rest", async () => {
    const path = await write("evil.tar.gz", buildTarGz([
      { name: "../../evil.json", data: "escape" },
      { name: "/etc/evil.json", data: "absolute" },
      { name: "outbox.json", type: "2", linkname: "/etc/passwd" },
      { name: "likes.json", type: "1", linkname: "../../secret" },
      { name: "media/", type: "5" },
      { name: "media/fine.json", data: "fine" },
    ]));
    const source = await openExport(path);
    try {
      const entries = await listEntries(source);
      assert.deepEqual(entries.map((entry) => entry.path), ["media/fine.json"]);
      assert.equal(await readAll(entries[0]!), "fine");
      const warnings = source.warnings.map((warning) => warning.en).join("\n");
      assert.match(warnings, /unsafe path \(invalid relative path: \.\.\/\.\.\/evil\.json\)/);
      assert.match(warnings, /unsafe path \(absolute path: \/etc\/evil\.json\)/);
      assert.match(warnings, /skipped outbox\.json, a link inside the archive/);
      assert.match(warnings, /skipped likes\.json, a link inside the archive/);
      assert.equal(source.warnings.every((warning) => warning.fr.length > 0), true);
    } finally {
      await source.close();
    }
  });

  test("a .tar.gz cut in its first file is a clear error naming the archive", async () => {
    const whole = buildTarGz([{ name: "outbox.json", data: randomBytes(100_000) }]);
    const path = await write("cut-early.tar.gz", whole.subarray(0, 30_000));
    await assert.rejects(openExport(path), (error: unknown) => {
      assert.ok(error instanceof ImportError);
      assert.match(error.message, /^cut-early\.tar\.gz: ends too soon in outbox\.json, after \d+ of its 100000 bytes: the archive is truncated; download it again$/);
      assert.match(error.text.fr, /l'archive est tronquée/);
      return true;
    });
  });

  test("a .tar.gz cut further on keeps the files before the cut, and the file it cut says where", async () => {
    const likes = JSON.stringify({ orderedItems: ["https://example.social/@a/1"] });
    const whole = buildTarGz([{ name: "likes.json", data: likes }, { name: "media/photo.jpg", data: randomBytes(200_000) }]);
    const path = await write("cut-late.tar.gz", whole.subarray(0, 120_000));
    const source = await openExport(path);
    try {
      const entries = await listEntries(source);
      assert.deepEqual(entries.map((entry) => entry.path), ["likes.json", "media/photo.jpg"]);
      assert.match(source.warnings[0]!.en, /^cut-late\.tar\.gz: ends too soon in media\/photo\.jpg, after \d+ of its 200000 bytes: the archive is truncated/);
      assert.equal(await readAll(entries[0]!), likes);
      await assert.rejects(readAll(entries[1]!), /^ImportError: media\/photo\.jpg \(byte \d+\): ends after \d+ of its 200000 bytes: the archive is truncated/);
    } finally {
      await source.close();
    }
  });

  test("a plain .tar cut short is a clear error too", async () => {
    const whole = buildTar([{ name: "outbox.json", data: "x".repeat(5000) }]);
    await assert.rejects(openExport(await write("cut.tar", whole.subarray(0, 3000))), /^ImportError: cut\.tar: ends too soon in outbox\.json, after \d+ of its 5000 bytes/);
  });

  test("gzip that is not a tar is refused as damaged", async () => {
    await assert.rejects(openExport(await write("notatar.tar.gz", gzipSync(Buffer.from("just text, no tar headers ".repeat(40))))), /notatar\.tar\.gz: is not a readable tar archive; it may be damaged/);
  });

  test("a gzip bomb is stopped by the compression ratio, and by the limit on everything unpacked", async () => {
    const bomb = await write("bomb.tar.gz", buildTarGz([{ name: "outbox.json", data: Buffer.alloc(32 * 1024 * 1024) }]));
    await assert.rejects(openExport(bomb, { ratioCheckAfterBytes: 1024 * 1024, maxCompressionRatio: 100 }), /bomb\.tar\.gz \(byte \d+\): unpacks more than 100:1, which looks like a gzip bomb; reading stopped/);
    await assert.rejects(openExport(bomb, { maxTotalBytes: 4 * 1024 * 1024 }), /unpacks past the 4194304-byte limit for one archive; reading stopped/);
  });

  test("an archive of more headers than any export holds is stopped", async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ name: `f${i}.json`, data: "{}" }));
    const source = await openExport(await write("many.tar.gz", buildTarGz(many)), { maxEntries: 20 });
    try {
      assert.equal((await listEntries(source)).length, 20);
      assert.match(source.warnings[0]!.en, /holds more than 20 files, more than any export; reading stopped/);
    } finally {
      await source.close();
    }
  });

  test("a file larger than the limit for one file is refused when opened", async () => {
    const source = await openExport(await write("big.tar", buildTar([{ name: "outbox.json", data: "x".repeat(2000) }])), { maxEntryBytes: 1000 });
    try {
      const [entry] = await listEntries(source);
      await assert.rejects(entry!.open(), /outbox\.json: declares 2000 bytes, more than the 1000-byte limit for one file/);
    } finally {
      await source.close();
    }
  });
});

describe("the real Mastodon sample packed as a .tar.gz", { skip: noShared }, () => {
  test("gives as many items of each kind as the unpacked folder", async () => {
    const packed = await importFile(await write("dealingwith.tar.gz", buildTarGz(await fixtureFiles(sharedMastodon))));
    const folder = await importFile(sharedMastodon);
    const count = (items: HistoryItem[]) => items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [item.action]: (counts[item.action] ?? 0) + 1 }), {});
    assert.equal(packed.items.length, folder.items.length);
    assert.deepEqual(count(packed.items), count(folder.items));
  });
});
