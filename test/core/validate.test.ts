import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { InputError } from "../../src/core/engine.js";
import { messageIn } from "../../src/core/message.js";
import { parseActivity, parseContext } from "../../src/core/validate.js";

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
