import { test } from "node:test";
import assert from "node:assert/strict";
import { EncodedLines } from "../../src/store/encoded-lines.js";

test("lines encoded one by one come out as the same UTF-8 as their text joined, then the buffer is empty", () => {
  const lines = new EncodedLines();
  const text = ['{"id":1,"message":"Élection : « votez »"}\n', '{"id":2,"emoji":"🇨🇦","escaped":"\\u202e"}\n', "plain\n"];
  for (const line of text) lines.push(line);
  assert.equal(lines.bytes, Buffer.byteLength(text.join("")));
  assert.deepEqual(lines.take(), Buffer.from(text.join("")));
  assert.equal(lines.bytes, 0);
  assert.equal(lines.take().length, 0, "nothing pushed since: an empty buffer");
});
