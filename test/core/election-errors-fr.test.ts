import { test } from "node:test";
import assert from "node:assert/strict";
import { ElectionEventError, parseElectionEvents } from "../../src/core/elections.js";

function errorOf(json: unknown): ElectionEventError {
  try {
    parseElectionEvents(json);
  } catch (e) {
    assert.ok(e instanceof ElectionEventError, String(e));
    return e;
  }
  assert.fail("expected an ElectionEventError");
}

test("a bad user-added election is explained in French, naming the field", () => {
  const good = { id: "x", jurisdiction: "municipal", kind: "municipal", writ: "2022-05-02", polling: "2022-10-24", name: "X" };
  const date = errorOf([{ ...good, polling: "2022-13-01" }]);
  assert.equal(date.text.fr, '[0].polling : attendu une date AAAA-MM-JJ, reçu "2022-13-01"');
  assert.equal(date.message, '[0].polling: expected a date YYYY-MM-DD, got "2022-13-01"');
  assert.match(errorOf("[{").text.fr, /^\(fichier\) : JSON non valide/);
});
