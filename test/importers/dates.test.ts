import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { IMPORTERS } from "../../src/importers/index.js";
import { entryFromBuffer, openExport, sourceFromEntries, UNKNOWN_DATE } from "../../src/importers/source.js";
import type { HistoryItem } from "../../src/importers/types.js";

const sharedMastodon = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/exports/mastodon-export-dealingwith");
const noShared = existsSync(sharedMastodon) ? false : "../shared/exports/mastodon-export-dealingwith is absent: the real Mastodon date check is skipped";

function note(id: string, published: string): unknown {
  return { id: `${id}/activity`, type: "Create", published, to: ["https://www.w3.org/ns/activitystreams#Public"], object: { id, type: "Note", published, content: `<p>${id}</p>`, to: ["https://www.w3.org/ns/activitystreams#Public"] } };
}

async function importAll(source: ReturnType<typeof sourceFromEntries>): Promise<HistoryItem[]> {
  const items: HistoryItem[] = [];
  for await (const item of IMPORTERS.mastodon(source)) items.push(item);
  return items;
}

describe("dates an importer cannot trust become 'date unknown'", () => {
  test("epoch 0, a date before Mastodon existed and one in the far future; a real date is kept", async () => {
    const outbox = {
      "@context": "https://www.w3.org/ns/activitystreams",
      orderedItems: [
        note("https://m.example/users/a/statuses/1", "1970-01-01T00:00:00Z"),
        note("https://m.example/users/a/statuses/2", "2009-06-01T00:00:00Z"),
        note("https://m.example/users/a/statuses/3", "2999-01-01T00:00:00Z"),
        note("https://m.example/users/a/statuses/4", "2021-05-04T10:00:00Z"),
      ],
    };
    const items = await importAll(sourceFromEntries([entryFromBuffer("outbox.json", JSON.stringify(outbox))]));
    assert.deepEqual(
      items.map((item) => item.createdAt),
      [UNKNOWN_DATE, UNKNOWN_DATE, UNKNOWN_DATE, "2021-05-04T10:00:00.000Z"],
    );
  });
});

describe("the real Mastodon sample", { skip: noShared }, () => {
  test("no item is dated 1970 or before Mastodon existed: such items are 'date unknown'", async () => {
    const source = await openExport(sharedMastodon);
    const items = await importAll(source);
    await source.close();
    const known = items.filter((item) => item.createdAt !== UNKNOWN_DATE);
    assert.deepEqual(known.filter((item) => item.createdAt < "2016"), []);
    // The ten favourites whose status URL gives no time: unknown, not 1970.
    assert.equal(items.length - known.length, 10);
  });
});
