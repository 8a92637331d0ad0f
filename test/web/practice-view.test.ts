import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { SCENARIOS } from "../../src/core/scenarios.js";
import { decodeHashId, describeContext, engineText, levelFromValue, nextScenarioId, outcomeText, PRACTICE_STRINGS, quoted, scenarioFromHash, scoreAnswers, sourceTitles } from "../../web/practice-view.js";

function keys(o: object): string[] {
  return Object.entries(o)
    .flatMap(([k, v]) => (typeof v === "object" && v !== null ? keys(v as object).map((s) => `${k}.${s}`) : [k]))
    .sort();
}

describe("the Practice page's logic", () => {
  test("the English and French pages say the same things: every string exists in both", () => {
    assert.deepEqual(keys(PRACTICE_STRINGS.fr), keys(PRACTICE_STRINGS.en));
  });

  test("a link to #duty-of-loyalty opens that scenario; an empty or unknown hash opens none", () => {
    assert.equal(scenarioFromHash("#duty-of-loyalty")?.id, "duty-of-loyalty");
    assert.equal(scenarioFromHash(""), undefined);
    assert.equal(scenarioFromHash("#"), undefined);
    assert.equal(scenarioFromHash("#no-such-thing"), undefined);
    assert.equal(decodeHashId("#caf%C3%A9"), "café");
    assert.equal(decodeHashId("#%E0"), "%E0");
  });

  test("next scenario goes down the list and back to the first after the last", () => {
    assert.equal(nextScenarioId(SCENARIOS[0]!.id), SCENARIOS[1]!.id);
    assert.equal(nextScenarioId(SCENARIOS[SCENARIOS.length - 1]!.id), SCENARIOS[0]!.id);
  });

  test("only the three levels count as an answer", () => {
    assert.equal(levelFromValue("risky"), "risky");
    assert.equal(levelFromValue(null), undefined);
    assert.equal(levelFromValue("bad"), undefined);
  });

  test("the score counts matches among the choices answered, as the CLI does; a skipped choice is neither right nor wrong", () => {
    const choices = [
      { id: "a", expected: "risky" as const },
      { id: "b", expected: "inappropriate" as const },
      { id: "c", expected: "appropriate" as const },
    ];
    const score = scoreAnswers(choices, { a: "risky", b: "risky" });
    assert.deepEqual(
      score.choices.map((c) => c.outcome),
      ["right", "wrong", "skipped"],
    );
    assert.deepEqual([score.right, score.answered, score.total], [1, 2, 3]);
    assert.equal(PRACTICE_STRINGS.en.score(score.right, score.answered, score.total), "You matched the guidance on 1 of 2 answered (3 choices).");
  });

  test("a wrong answer says what the guidance gives and what was said", () => {
    const [, wrong] = scoreAnswers([{ id: "a", expected: "risky" }, { id: "b", expected: "inappropriate" }], { a: "risky", b: "appropriate" }).choices;
    assert.equal(outcomeText(wrong!, "en"), "Not quite: the guidance rates it inappropriate; you said appropriate.");
    assert.equal(outcomeText(wrong!, "fr"), "Pas tout à fait : les lignes directrices le jugent inapproprié; vous avez répondu approprié.");
  });

  test("the engine's level is shown beside the guidance's, and a disagreement is owned", () => {
    assert.equal(engineText({ level: "risky", expected: "risky" }, "fr"), "Impartial le juge aussi risqué.");
    assert.equal(engineText({ level: "appropriate", expected: "risky" }, "en"), "Impartial rates it appropriate, but the guidance says risky: Impartial gets this one wrong.");
  });

  test("a choice's context is described in words, or said to be none", () => {
    assert.equal(describeContext({}, "en"), "none given");
    assert.equal(describeContext({ identifiable: true, role: "deputy-head", electionPeriod: true }, "en"), "your account shows you are a public servant · role: deputy head · election period");
    assert.match(describeContext({ workHours: true, governmentDevice: true }, "fr"), /pendant les heures de travail · sur un appareil du gouvernement/);
  });

  test("a choice's department is named in the page's language, never shown by its id", () => {
    assert.equal(describeContext({ department: "esdc" }, "fr"), "ministère ou organisme : Emploi et Développement social Canada (EDSC)");
    assert.equal(describeContext({ department: "esdc" }, "en"), "department: Employment and Social Development Canada (ESDC)");
    assert.doesNotMatch(describeContext({ department: "statcan", identifiable: true }, "fr"), /statcan/);
  });

  test("every scenario names the texts it comes from by title, and French quotes use « »", () => {
    for (const s of SCENARIOS) for (const [i, title] of sourceTitles(s, "fr").entries()) assert.notEqual(title, s.sources[i], `${s.id}: the source ${title} has a title`);
    assert.deepEqual(sourceTitles({ sources: ["psc-political-activities-social-media"] }, "en"), ["Public servants, political activities and social media"]);
    assert.equal(quoted("Bonjour", "fr"), "«\u00a0Bonjour\u00a0»");
  });
});
