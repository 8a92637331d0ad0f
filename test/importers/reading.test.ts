import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { readingLabel } from "../../src/cli/progress.js";
import { IMPORTERS } from "../../src/importers/index.js";
import { fractionRead, trackReading } from "../../src/importers/reading.js";
import { entryFromBuffer, listEntries, openExport, sourceFromEntries } from "../../src/importers/source.js";
import { ImportError } from "../../src/importers/types.js";
import { buildZip } from "./zip-fixture.js";

function tweetsJs(n: number): string {
  const records = Array.from({ length: n }, (_, i) => `{"tweet":{"id_str":"${1000 + i}","created_at":"Mon May 06 10:00:00 +0000 2024","full_text":"Walking by the river, day ${i}"}}`);
  return `window.YTD.tweets.part0 = [${records.join(",\n")}]`;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}

test("each file's bytes are counted as they are read, and pass through unchanged", async () => {
  const text = tweetsJs(3000);
  const { source, position } = trackReading(sourceFromEntries([entryFromBuffer("data/tweets.js", text)]));
  assert.equal(position(), undefined, "nothing opened yet");
  const [entry] = await listEntries(source);
  const stream = await entry!.open();
  assert.deepEqual(position(), { file: "data/tweets.js", bytesRead: 0, bytes: Buffer.byteLength(text) });
  const body = await readAll(stream);
  assert.equal(body.toString("utf8"), text, "the same bytes");
  assert.equal(position()!.bytesRead, Buffer.byteLength(text));
  assert.equal(fractionRead(position()!), 1);
});

test("an importer reads a tracked zip exactly as an untracked one, and the position follows its files", async () => {
  const dir = await mkdtemp(join(tmpdir(), "impartial-reading-"));
  try {
    const zip = join(dir, "twitter.zip");
    await writeFile(zip, buildZip([{ name: "data/account.js", data: 'window.YTD.account.part0 = [{"account":{"username":"pat"}}]' }, { name: "data/tweets.js", data: tweetsJs(2000) }]));
    const plain: string[] = [];
    for await (const item of IMPORTERS.x(await openExport(zip))) plain.push(item.id);
    const tracked = trackReading(await openExport(zip));
    const fractions: number[] = [];
    const ids: string[] = [];
    for await (const item of IMPORTERS.x(tracked.source)) {
      ids.push(item.id);
      const p = tracked.position()!;
      if (p.file === "data/tweets.js") fractions.push(fractionRead(p)!);
    }
    assert.deepEqual(ids, plain);
    assert.equal(ids.length, 2000);
    assert.ok(fractions.length > 0 && fractions[0]! < 1, "the fraction is known while tweets.js is read");
    assert.deepEqual(fractions, [...fractions].sort((a, b) => a - b), "never backwards");
    await tracked.source.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a reader's error reaches the importer unchanged, with its position", async () => {
  const broken = new ImportError({ en: "the zip ends in the middle of this file", fr: "le zip se termine au milieu de ce fichier" }, "data/tweets.js");
  const entry = { path: "data/tweets.js", size: 10_000, open: async () => Readable.from((async function* () {
    yield Buffer.from("window.YTD.tweets.part0 = [");
    throw broken;
  })()) };
  const { source } = trackReading(sourceFromEntries([entry]));
  const [tracked] = await listEntries(source);
  await assert.rejects(readAll(await tracked!.open()), (e: unknown) => e === broken);
});

test("a reader the importer stops reading early is closed", async () => {
  let destroyed = false;
  const entry = { path: "big.json", open: async () => {
    const stream = Readable.from((function* () {
      for (let i = 0; i < 1_000; i++) yield Buffer.alloc(64 * 1024, 32);
    })());
    stream.on("close", () => (destroyed = true));
    return stream;
  } };
  const { source, position } = trackReading(sourceFromEntries([entry]));
  const [tracked] = await listEntries(source);
  const stream = await tracked!.open();
  for await (const _chunk of stream) break;
  await new Promise((r) => setImmediate(r));
  assert.ok(destroyed, "the source stream is closed with the counter");
  assert.equal(fractionRead(position()!), undefined, "no size, no fraction");
});

test("the terminal's progress names the file and how far, in each language", () => {
  assert.equal(readingLabel(undefined, "en"), "");
  assert.equal(readingLabel({ file: "data/tweets.js", bytesRead: 450, bytes: 1000 }, "en"), " · tweets.js 45%");
  assert.equal(readingLabel({ file: "data/tweets.js", bytesRead: 450, bytes: 1000 }, "fr"), " · tweets.js 45\u00a0%");
  assert.equal(readingLabel({ file: "outbox.json", bytesRead: 450 }, "fr"), " · outbox.json");
});
