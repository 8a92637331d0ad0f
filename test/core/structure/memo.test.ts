import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../../../src/core/normalize.js";
import { perView } from "../../../src/core/structure/memo.js";

test("an analysis runs once per text, whoever asks, and again for another text", () => {
  let runs = 0;
  const words = perView((view) => {
    runs++;
    return view.tokens.length;
  });
  const a = normalize("Three little words");
  const b = normalize("Two words");
  assert.equal(words(a), 3);
  assert.equal(words(a), 3);
  assert.equal(runs, 1);
  assert.equal(words(b), 2);
  assert.equal(runs, 2);
});

test("an analysis whose answer is undefined is still not run twice", () => {
  let runs = 0;
  const nothing = perView(() => {
    runs++;
    return undefined;
  });
  const view = normalize("Anything");
  nothing(view);
  nothing(view);
  assert.equal(runs, 1);
});
