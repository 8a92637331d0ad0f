import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { InputError } from "../../src/core/engine.js";
import { messageIn } from "../../src/core/message.js";
import { checkJsonDepth, idOrNull, MAX_JSON_DEPTH, parseActivity, parseAuthor, parseContext, parseId } from "../../src/core/validate.js";

describe("reading untrusted input", () => {
  it("accepts every context field of DESIGN.md", () => {
    const c = { identifiable: true, role: "manager", followers: 120, department: "statcan", electionPeriod: false, workHours: true, governmentDevice: false, authorized: true, postedAt: "2025-04-01T12:00:00Z" };
    assert.deepEqual(parseContext(c), c);
  });

  it("names the field and what it expected", () => {
    assert.throws(() => parseContext({ role: "boss" }), /context\.role must be one of employee, manager, executive, deputy-head, not "boss"/);
    assert.throws(() => parseContext({ followers: -3 }), /context\.followers must be a whole number/);
    assert.throws(() => parseContext({ workHours: "yes" }), /context\.workHours must be true or false/);
    assert.throws(() => parseContext({ mood: "happy" }), /context\.mood is not a context field/);
    assert.throws(() => parseContext([]), /context must be an object, not a list/);
  });

  it("reads an activity and refuses unknown actions", () => {
    assert.deepEqual(parseActivity({ text: "hi", action: "like" }), { text: "hi", action: "like" });
    assert.throws(() => parseActivity({ text: "hi", action: "retweet" }), /"action" must be one of post, comment, reply, share, like, follow, profile, not "retweet"/);
    assert.throws(() => parseActivity({ action: "post" }), /"text" field is missing/);
    assert.throws(() => parseActivity("hi"), /expected a JSON object/);
  });

  it("says what is wrong in French for a French surface, naming the field as written", () => {
    assert.throws(
      () => parseActivity({ text: "salut", action: "retweet" }),
      (e: unknown) => e instanceof InputError && messageIn(e, "fr") === "« action » doit être l'une des valeurs post, comment, reply, share, like, follow, profile, pas « retweet »",
    );
    assert.throws(() => parseContext({ role: "patron" }), (e: unknown) => e instanceof InputError && /^context\.role doit être l'une des valeurs employee, .* pas « patron »$/.test(messageIn(e, "fr")));
  });
});

describe("JSON nesting and ids", () => {
  const nested = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;

  it("JSON nested to the bound is read; one level more is refused with where it passed it", () => {
    assert.doesNotThrow(() => checkJsonDepth(nested(MAX_JSON_DEPTH)));
    assert.throws(() => checkJsonDepth(nested(MAX_JSON_DEPTH + 1)), (e: unknown) => e instanceof InputError && /^the JSON is nested more than 32 levels deep \(at character 33\)/.test(messageIn(e, "en")));
    assert.throws(() => checkJsonDepth(`{"a": ${nested(100_000)}}`), (e: unknown) => e instanceof InputError && /^le JSON est imbriqué sur plus de 32 niveaux \(au caractère 38\)/.test(messageIn(e, "fr")));
  });

  it("brackets inside strings, escaped quotes among them, are text and not nesting", () => {
    assert.doesNotThrow(() => checkJsonDepth(JSON.stringify({ text: "[".repeat(1000), other: '\\"{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{' })));
    assert.throws(() => checkJsonDepth(`{"text": "a\\"", "x": ${nested(40)}}`), InputError);
  });

  it("an id is a string or a finite number of bounded length; anything else is refused, and an error line echoes null", () => {
    assert.equal(parseId("c1"), "c1");
    assert.equal(parseId(7), 7);
    assert.equal(parseId(undefined), null);
    assert.throws(() => parseId({ a: 1 }), (e: unknown) => e instanceof InputError && messageIn(e, "en") === '"id" must be a string or a number, not an object');
    assert.throws(() => parseId("x".repeat(257)), (e: unknown) => e instanceof InputError && messageIn(e, "fr") === "« id » peut contenir au plus 256 caractères, et non 257");
    assert.throws(() => parseActivity({ id: [1], text: "hello" }), InputError);
    assert.equal(idOrNull({ id: [1], text: "hello" }), null);
    assert.equal(idOrNull({ id: "c2" }), "c2");
    assert.equal(idOrNull("not an object"), null);
  });
});

describe("reading the author of what is shared, liked or answered", () => {
  it("keeps a handle and a name, and ignores an absent or null author", () => {
    assert.deepEqual(parseActivity({ text: "hi", action: "share", author: { handle: "@JustinTrudeau", name: "Justin Trudeau" } }).author, { handle: "@JustinTrudeau", name: "Justin Trudeau" });
    assert.equal(parseActivity({ text: "hi", author: null }).author, undefined);
    assert.deepEqual(parseAuthor({ handle: "@ndp@mastodon.social" }), { handle: "@ndp@mastodon.social" });
  });

  it("names the field and what it expected, in both languages", () => {
    const fr = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return messageIn(e, "fr");
      }
      return "";
    };
    assert.throws(() => parseActivity({ text: "hi", author: "@bob" }), /"author" must be an object such as \{"handle": "@user", "name": "…"\}, not "@bob"/);
    assert.match(fr(() => parseActivity({ text: "hi", author: "@bob" })), /« author » doit être un objet/);
    assert.throws(() => parseActivity({ text: "hi", author: { handle: 42 } }), (e: unknown) => e instanceof InputError && /author\.handle must be a string, not number 42/.test(e.message));
    assert.match(fr(() => parseAuthor({ name: ["x"] })), /author\.name doit être une chaîne de caractères, pas une liste/);
    assert.throws(() => parseAuthor({ handle: "x".repeat(301) }), /author\.handle may hold at most 300 characters, not 301/);
    assert.match(fr(() => parseAuthor({ name: "x".repeat(301) })), /author\.name peut contenir au plus 300 caractères/);
    assert.throws(() => parseAuthor({ handle: "@a", url: "https://x.com/a" }), /author\.url is not a field of the author; the fields are handle, name/);
    assert.doesNotThrow(() => parseAuthor({ handle: "x".repeat(300) }));
  });
});
