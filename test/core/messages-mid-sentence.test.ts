import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assess } from "../../src/core/engine.js";
import { midSentence } from "../../src/core/rules/util.js";

describe("a passage named mid-sentence in a message", () => {
  it("loses the capital its determiner had only for opening the writer's sentence, in both languages", () => {
    assert.equal(midSentence("The minister"), "the minister");
    assert.equal(midSentence("Our department"), "our department");
    assert.equal(midSentence("Le ministre"), "le ministre");
    assert.equal(midSentence("L'Agence du revenu"), "l'Agence du revenu");
    assert.equal(midSentence("L’Agence"), "l’Agence");
  });

  it("keeps names and words that only begin like a determiner", () => {
    for (const name of ["Pierre Poilievre", "Theresa", "Thesis", "Lesage", "Canada Revenue Agency", "Mark Carney", "Lac-Mégantic", "Therapy"]) assert.equal(midSentence(name), name);
  });

  it("reads naturally in the check's message", () => {
    const [finding] = assess({ text: "The minister is an idiot." }, { lang: "en" }).findings.filter((f) => f.rule.startsWith("criticism/"));
    assert.ok(finding, "the criticism is found");
    assert.match(finding.message, /criticizes the minister/);
  });
});
