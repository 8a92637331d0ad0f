import { test } from "node:test";
import assert from "node:assert/strict";
import { BilingualError, messageIn } from "../../src/core/message.js";

test("a bilingual error says its message in the language asked for, and is English as a plain Error", () => {
  const e = new BilingualError({ en: "the file is empty", fr: "le fichier est vide" });
  assert.equal(messageIn(e, "fr"), "le fichier est vide");
  assert.equal(messageIn(e, "en"), "the file is empty");
  assert.equal(e.message, "the file is empty");
  assert.equal(messageIn(new Error("plain"), "fr"), "plain");
});
