import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../../../src/core/normalize.js";
import { alreadyOut, releaseOf } from "../../../src/core/structure/release.js";

const read = (text: string) => {
  const r = releaseOf(normalize(text));
  const show = (s: [number, number] | undefined) => s && text.slice(s[0], s[1]);
  return { pending: show(r.pending), released: show(r.released), content: show(r.content), embargo: show(r.embargo) };
};

test("a release still to come is read from the tense of the release verb, in both languages", () => {
  assert.ok(read("The new rules will be announced on Friday").pending);
  assert.ok(read("The report comes out next week").pending);
  assert.ok(read("Les nouvelles données qui sortent demain vont surprendre").pending);
  assert.ok(read("Le plan sera dévoilé la semaine prochaine").pending);
  assert.ok(read("Je vous en parle avant la publication").pending);
});

test("a release already made is not pending", () => {
  const text = "The annual report was released last week, great read";
  assert.equal(read(text).pending, undefined);
  assert.ok(alreadyOut(normalize(text)));
  assert.equal(read("Le rapport a été publié hier").pending, undefined);
});

test("a figure given beside a release to come is content; a time of day is only the schedule", () => {
  assert.equal(read("The numbers come out tomorrow and unemployment is 7.2% 😬").content, "7.2%");
  assert.equal(read("Under embargo until 8:30 tomorrow, link when it's out").content, undefined);
});
