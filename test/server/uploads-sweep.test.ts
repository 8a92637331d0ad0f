import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ScanJobs, sweepStaleUploads } from "../../src/server/scan-jobs.js";
import { openStore } from "../../src/store/store.js";

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

function folders(root: string, pid: number): void {
  for (const name of [`impartial-upload-${pid}-dead01`, `impartial-upload-${process.pid}-live01`, "impartial-upload-Ab12Cd", "someone-elses-folder"]) {
    mkdirSync(join(root, name));
    writeFileSync(join(root, name, "twitter.zip"), "a whole export");
  }
}

test("the uploads a dead server left behind are deleted; a live server's, older ones and others' folders are not", async () => {
  const root = mkdtempSync(join(tmpdir(), "impartial-sweep-"));
  try {
    const pid = deadPid();
    folders(root, pid);
    assert.deepEqual(await sweepStaleUploads(root), [`impartial-upload-${pid}-dead01`]);
    assert.deepEqual(readdirSync(root).sort(), ["impartial-upload-Ab12Cd", `impartial-upload-${process.pid}-live01`, "someone-elses-folder"].sort());
    assert.deepEqual(await sweepStaleUploads(join(root, "missing")), [], "no folder, nothing to do");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("a server sweeps its upload folder when it starts", async () => {
  const root = mkdtempSync(join(tmpdir(), "impartial-sweep-"));
  const store = openStore(":memory:");
  try {
    const pid = deadPid();
    folders(root, pid);
    await new ScanJobs({ store, uploadRoot: root }).swept;
    assert.ok(!readdirSync(root).includes(`impartial-upload-${pid}-dead01`));
    assert.ok(readdirSync(root).includes(`impartial-upload-${process.pid}-live01`));
  } finally {
    store.close();
    rmSync(root, { recursive: true, force: true });
  }
});
