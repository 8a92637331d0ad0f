import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { block, cidOf, mstKey, writeCar } from "./car-fixture.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const work = mkdtempSync(join(tmpdir(), "impartial-hostile-scan-"));

function scan(path: string) {
  const run = spawnSync(process.execPath, [join(root, "bin/impartial.js"), "scan", path, "--db", join(work, "review.db")], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, XDG_CONFIG_HOME: work, NO_COLOR: "1", LC_ALL: "", LC_MESSAGES: "", LANG: "en_CA.UTF-8" },
  });
  return { code: run.status, stderr: run.stderr };
}

describe("impartial scan on hostile exports", () => {
  test("a CAR whose tree loops ends, reads the post beside the loop and names the loop; it is not an internal error", async () => {
    const forged = cidOf(new TextEncoder().encode("a node that names itself"));
    const record = block({ $type: "app.bsky.feed.post", text: "Made maple taffy with the kids", createdAt: "2024-05-01T10:00:00.000Z" });
    const looping = { cid: forged, bytes: block({ l: forged, e: [{ p: 0, k: mstKey("app.bsky.feed.post/3kaaaaaaaaa22"), v: record.cid, t: forged }] }).bytes };
    const commit = block({ did: "did:plc:hostile", version: 3, data: forged, rev: "3kzzzzzzzzz22", prev: null, sig: new Uint8Array(64) });
    const path = join(work, "loop.car");
    writeFileSync(path, await writeCar(commit.cid, [commit, looping, record]));
    const { code, stderr } = scan(path);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /loop\.car: the repository tree is damaged: 2 links loop back to a node above them/);
  });

  test("an X archive whose tweets.js cannot be decoded exits 65 naming the file", () => {
    const dir = join(work, "x-utf32");
    mkdirSync(join(dir, "data"), { recursive: true });
    writeFileSync(join(dir, "data", "tweets.js"), Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from("w\0\0\0")]));
    const { code, stderr } = scan(dir);
    assert.equal(code, 65, stderr);
    assert.match(stderr, /data\/tweets\.js: is encoded in UTF-32/);
  });
});
