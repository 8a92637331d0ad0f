import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { repairMojibake, repairMojibakeDeep } from "../../src/importers/encoding.js";

/** What Meta writes: every UTF-8 byte of the text as its own code unit. */
function asMetaWrites(text: string): string {
  return Buffer.from(text, "utf8").toString("latin1");
}

describe("repairing Meta's mojibake", () => {
  test("French accents come back: 'Ã©' is read as 'é'", () => {
    assert.equal(repairMojibake("Ã©"), "é");
    assert.equal(repairMojibake("Montr\u00c3\u00a9al"), "Montréal");
    for (const phrase of ["À la fête de l’équipe, où l’été s’achève", "Ça, c’est Noël à Québec", "Çà et là, naïve cœur"]) {
      assert.equal(repairMojibake(asMetaWrites(phrase)), phrase);
    }
  });

  test("emoji and flags come back: 'ð\\u009f\\u0098\\u0080' is read as 😀", () => {
    assert.equal(repairMojibake("\u00f0\u009f\u0098\u0080"), "😀");
    assert.equal(repairMojibake(asMetaWrites("Bonne fête 🇨🇦🎉")), "Bonne fête 🇨🇦🎉");
    assert.equal(repairMojibake(asMetaWrites("✌🏼️ peace")), "✌🏼️ peace");
  });

  test("real Latin-1 text that is not valid UTF-8 stays as it is", () => {
    assert.equal(repairMojibake("café"), "café");
    assert.equal(repairMojibake("Crème brûlée à Montréal"), "Crème brûlée à Montréal");
    assert.equal(repairMojibake("£5 ¿qué?"), "£5 ¿qué?");
  });

  test("plain ASCII and text already in Unicode stay as they are", () => {
    assert.equal(repairMojibake("Plain ASCII, nothing to do."), "Plain ASCII, nothing to do.");
    assert.equal(repairMojibake(""), "");
    assert.equal(repairMojibake("Déjà réparé 😀"), "Déjà réparé 😀");
    assert.equal(repairMojibake("l’équipe"), "l’équipe");
  });

  test("every string of a parsed export is repaired, keys included, other values untouched", () => {
    const parsed = { [asMetaWrites("Durée")]: [asMetaWrites("été"), 3, null, { title: asMetaWrites("Noël 🎄") }], ok: true };
    assert.deepEqual(repairMojibakeDeep(parsed), { Durée: ["été", 3, null, { title: "Noël 🎄" }], ok: true });
  });
});
