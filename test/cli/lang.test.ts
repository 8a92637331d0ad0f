import { test } from "node:test";
import assert from "node:assert/strict";
import { UsageError } from "../../src/cli/errors.js";
import { chooseLang, localeLang, reportLang } from "../../src/cli/lang.js";

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

test("--lang wins over the locale, written either way, but not after -- where words are text", () => {
  const french = { LANG: "fr_CA.UTF-8" };
  assert.equal(chooseLang(["rules", "--lang", "en"], french), "en");
  assert.equal(chooseLang(["rules", "--lang=en"], french), "en");
  assert.equal(chooseLang(["rules"], french), "fr");
  assert.equal(chooseLang(["check", "--", "--lang", "en"], french), "fr");
});

test("a bad --lang is a usage error, reported in the locale's language", () => {
  assert.throws(() => chooseLang(["--lang", "de"], {}), (e: unknown) => e instanceof UsageError && /--lang must be en or fr, not "de"/.test(e.message) && e.text.fr === "--lang doit valoir en ou fr, et non « de »");
  assert.equal(reportLang(["--lang", "de"], { LANG: "fr_CA.UTF-8" }), "fr");
});
