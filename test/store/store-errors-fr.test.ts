import { test } from "node:test";
import assert from "node:assert/strict";
import type { Assessment } from "../../src/core/model.js";
import type { HistoryItem } from "../../src/importers/types.js";
import { messageIn } from "../../src/core/message.js";
import { StoreError, openStore, type ImportRow } from "../../src/store/store.js";

const ASSESSMENT: Assessment = { level: "appropriate", score: 0, factors: [], findings: [], questions: [], contacts: [], lang: "en", textLang: "en" };

function row(id: string, action: string): ImportRow {
  const item = { platform: "x", id, action, createdAt: "2022-01-02T00:00:00.000Z", text: "hello", visibility: "public", sourceFile: "data/tweets.js" } as HistoryItem;
  return { item, assessment: ASSESSMENT, beforeService: false, rulesVersion: "1" };
}

function storeErrorOf(run: () => unknown): StoreError {
  try {
    run();
  } catch (e) {
    assert.ok(e instanceof StoreError, String(e));
    return e;
  }
  assert.fail("expected a StoreError");
}

test("a review database problem is told in French too: an unknown item, a bad batch row", () => {
  const store = openStore(":memory:");
  try {
    const unknown = storeErrorOf(() => store.setDecision("x", "404", "delete"));
    assert.equal(messageIn(unknown, "fr"), "aucun élément x/404 dans la base de données d'examen");
    assert.equal(unknown.message, "no item x/404 in the review database");

    const id = store.beginImport("x", "/home/me/twitter.zip", "file:1:abc");
    const bad = storeErrorOf(() => store.addBatch(id, [row("1", "post"), row("bad", "tweet")]));
    assert.match(bad.text.fr, /^ligne 1 du lot \(x\/bad\) : item\.action : attendu l'une des valeurs post, .*reçu "tweet" ; le lot n'a pas été enregistré$/);
    assert.match(bad.message, /^batch row 1 \(x\/bad\): item\.action: expected one of post, .*got "tweet"; the batch was not stored$/);
  } finally {
    store.close();
  }
});
