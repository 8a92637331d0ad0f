import { test } from "node:test";
import assert from "node:assert/strict";
import { localeLang } from "../../src/cli/lang.js";

test("a French locale makes the command line speak French; LC_ALL wins over LANG", () => {
  assert.equal(localeLang({ LANG: "fr_CA.UTF-8" }), "fr");
  assert.equal(localeLang({ LANG: "fr" }), "fr");
  assert.equal(localeLang({ LC_ALL: "en_CA.UTF-8", LANG: "fr_CA.UTF-8" }), "en");
  assert.equal(localeLang({ LC_MESSAGES: "fr_FR", LANG: "en_US" }), "fr");
});

test("no locale, C, or a word merely starting with fr is English", () => {
  assert.equal(localeLang({}), "en");
  assert.equal(localeLang({ LANG: "C.UTF-8" }), "en");
  assert.equal(localeLang({ LANG: "fries" }), "en");
});
