import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { messageIn } from "../../src/core/message.js";
import { streamJsonItems } from "../../src/importers/json-stream.js";
import { importLinkedIn } from "../../src/importers/linkedin.js";
import { importMastodon } from "../../src/importers/mastodon.js";
import { entryFromBuffer, openExport, sourceFromEntries } from "../../src/importers/source.js";
import { ImportError } from "../../src/importers/types.js";

async function failureOf(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (error) {
    assert.ok(error instanceof ImportError, String(error));
    return error;
  }
  assert.fail("expected an ImportError");
}

async function drain(items: AsyncIterable<unknown>): Promise<void> {
  for await (const item of items) void item;
}

describe("an export problem said in French", () => {
  test("a damaged outbox names the file and the item in French, and still in English", async () => {
    const activity = `{"id":"https://m.example/a/1","type":"Create","object":{"id":"https://m.example/s/1","type":"Note","published":"2024-01-01T00:00:00Z","to":["as:Public"],"content":"<p>n1</p>"}}`;
    const source = sourceFromEntries([entryFromBuffer("outbox.json", `{"orderedItems":[${activity},{"id": oops}]}`)]);
    const error = await failureOf(() => drain(importMastodon(source)));
    assert.match(messageIn(error, "fr"), /^outbox\.json \(élément 1\) : JSON non valide \(ligne 1, colonne \d+ : .+\) ; 1 élément a été lu avant$/);
    assert.match(messageIn(error, "en"), /^outbox\.json \(item 1\): not valid JSON \(line 1, column \d+: .+\); 1 items were read before it$/);
    assert.equal(error.position, "item 1");
  });

  test("a JSON file that breaks says the line and column in French", async () => {
    const error = await failureOf(() => drain(streamJsonItems(entryFromBuffer("likes.json", '{\n  "likes": []\n}\n}'), { arrays: ["likes"] })));
    assert.match(error.text.fr, /^likes\.json \(élément 0\) : JSON non valide \(ligne 4, colonne 1 : /);
    assert.equal(error.position, "item 0");
  });

  test("several bad rows are summed up in French after the first, with its line", async () => {
    const csv = "Date,Link,Message\n2024-01-01 10:00:00,https://www.linkedin.com/x,Kept\n2024-13-45 99:00:00,https://www.linkedin.com/y,Bad date\n2024-13-46 99:00:00,https://www.linkedin.com/z,Bad date too\n";
    const error = await failureOf(() => drain(importLinkedIn([entryFromBuffer("Comments.csv", csv)])));
    assert.match(error.text.fr, /^Comments\.csv \(ligne 3\) : cette ligne n'a pas de Date lisible ; ligne ignorée \(et 1 autre problème dans cette exportation\)$/);
    assert.match(error.message, /^Comments\.csv \(line 3\): this row has no readable Date; row skipped \(and 1 more problem in this export\)$/);
  });

  test("an export that is not there is named in French", async () => {
    const missing = join(tmpdir(), "impartial-no-such-export.zip");
    const error = await failureOf(() => openExport(missing));
    assert.equal(error.text.fr, `${missing} : aucun fichier ni dossier de ce nom`);
  });
});
