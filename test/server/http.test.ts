import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { answerLang } from "../../src/server/http.js";

describe("the language of an error answer", () => {
  test("?lang=fr or ?lang=en decides, whatever the browser prefers", () => {
    assert.equal(answerLang("/api/review?lang=fr", "en-CA,en;q=0.9"), "fr");
    assert.equal(answerLang("/api/review?level=risky&lang=en", "fr-CA"), "en");
  });

  test("a French Canadian browser gets French: fr-CA,fr;q=0.9,en;q=0.8", () => {
    assert.equal(answerLang("/api/review", "fr-CA,fr;q=0.9,en;q=0.8"), "fr");
  });

  test("a browser that prefers English gets English even when it also reads French", () => {
    assert.equal(answerLang("/api/review", "en-CA,en;q=0.9,fr-CA;q=0.8"), "en");
  });

  test("q-values decide, not the order they are written in", () => {
    assert.equal(answerLang("/", "en;q=0.4, fr;q=0.7"), "fr");
    assert.equal(answerLang("/", "fr;q=0.5,EN"), "en", "no q means 1, and case does not matter");
  });

  test("languages other than English and French are passed over for the first of the two", () => {
    assert.equal(answerLang("/", "de-DE,de;q=0.9,fr;q=0.5,en;q=0.3"), "fr");
  });

  test("q=0 means not wanted, and a malformed q makes its entry unusable", () => {
    assert.equal(answerLang("/", "fr;q=0,en;q=0.1"), "en");
    assert.equal(answerLang("/", "fr;q=high,en;q=0.1"), "en");
    assert.equal(answerLang("/", "fr;q=2,en;q=0.1"), "en");
  });

  test("a ?lang= that is neither en nor fr falls back to Accept-Language", () => {
    assert.equal(answerLang("/api/check?lang=de", "fr"), "fr");
  });

  test("no usable preference at all is English", () => {
    assert.equal(answerLang("/", undefined), "en");
    assert.equal(answerLang(undefined, ""), "en");
    assert.equal(answerLang("/", "*"), "en");
    assert.equal(answerLang("/", "de,es;q=0.5"), "en");
  });
});
