import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { guidanceById, SOURCES } from "../../src/core/guidance/corpus.js";
import { isAction, LANGS, LEVELS } from "../../src/core/model.js";
import { judgeChoice, judgeScenario, scenarioById, SCENARIOS } from "../../src/core/scenarios.js";

const TBS_SCENARIO_IDS = ["duty-of-loyalty", "employer-policies", "election-period", "monetizing", "digital-legacy"];

describe("practice scenarios", () => {
  it("include the five TBS scenarios, their situation and questions taken from the guidance", () => {
    for (const id of TBS_SCENARIO_IDS) {
      const scenario = scenarioById(id);
      assert.ok(scenario, id);
      const statement = guidanceById(`tbs.scenario.${id}`);
      assert.equal(scenario.situation.en, statement.en);
      assert.equal(scenario.situation.fr, statement.fr);
      const own = scenario.questions.filter((q) => q.startsWith(`tbs.scenario.${id}.q`));
      assert.ok(own.length >= 2, `${id} asks its own questions`);
    }
  });

  it("include at least five more, built from the CSPS, PSC, Statistics Canada and HRSDC texts", () => {
    const more = SCENARIOS.filter((s) => !TBS_SCENARIO_IDS.includes(s.id));
    assert.ok(more.length >= 5, `${more.length} more scenarios`);
    const sources = new Set(more.flatMap((s) => s.sources));
    for (const source of ["csps-dos-and-donts-transcript", "psc-political-activities-social-media", "statcan-employee-guidelines", "hrsdc-using-social-media-safely-2012"]) {
      assert.ok(sources.has(source as never), `a scenario draws on ${source}`);
    }
  });

  it("have unique ids, and unique choice ids within each scenario", () => {
    assert.equal(new Set(SCENARIOS.map((s) => s.id)).size, SCENARIOS.length);
    for (const s of SCENARIOS) assert.equal(new Set(s.choices.map((c) => c.id)).size, s.choices.length, s.id);
  });

  it("say everything in English and in French", () => {
    for (const s of SCENARIOS) {
      const texts = [s.title, s.situation, ...s.choices.flatMap((c) => [c.text, c.explanation, ...(c.inReplyTo ? [c.inReplyTo] : [])])];
      for (const t of texts) {
        assert.ok(t.en.trim() !== "" && t.fr.trim() !== "", `${s.id}: ${JSON.stringify(t)}`);
      }
      assert.notEqual(s.situation.fr, s.situation.en, `${s.id} situation is translated`);
    }
  });

  it("cite only guidance statements that exist, and ask questions that are questions", () => {
    const known = new Set(SOURCES.map((s) => s.id));
    for (const s of SCENARIOS) {
      for (const source of s.sources) assert.ok(known.has(source), `${s.id}: ${source}`);
      for (const id of [...s.guidance, ...s.choices.flatMap((c) => c.guidance)]) assert.doesNotThrow(() => guidanceById(id), `${s.id}: ${id}`);
      for (const id of s.questions) assert.match(guidanceById(id).kind, /question/, `${s.id}: ${id}`);
      for (const c of s.choices) assert.ok(c.guidance.length > 0, `${s.id}/${c.id} explains itself with guidance`);
    }
  });

  it("offer at least two choices the guidance rates differently", () => {
    for (const s of SCENARIOS) {
      assert.ok(s.choices.length >= 2, s.id);
      assert.ok(new Set(s.choices.map((c) => c.expected)).size >= 2, `${s.id} has choices at two levels`);
      for (const c of s.choices) {
        assert.ok(isAction(c.action), `${s.id}/${c.id} action`);
        assert.ok(LEVELS.includes(c.expected), `${s.id}/${c.id} level`);
      }
    }
  });

  for (const s of SCENARIOS) {
    for (const c of s.choices) {
      it(`the engine rates "${s.id}/${c.id}" ${c.expected}, as the guidance does, in both languages`, () => {
        for (const lang of LANGS) {
          const judged = judgeChoice(s, c, lang);
          assert.equal(judged.level, c.expected, `${lang}: ${judged.text}\n${judged.findings.map((f) => `${f.rule} ${f.level}`).join("\n")}`);
          assert.equal(judged.agrees, true);
        }
      });
    }
  }

  it("judge a choice in the language asked, with the guidance quoted in that language", () => {
    const scenario = scenarioById("election-period")!;
    const choice = scenario.choices.find((c) => c.id === "like-the-campaign-post")!;
    const fr = judgeChoice(scenario, choice, "fr");
    assert.equal(fr.text, choice.text.fr);
    assert.equal(fr.explanation, choice.explanation.fr);
    assert.equal(fr.guidance[0]!.quote, guidanceById(choice.guidance[0]!).fr);
    assert.ok(fr.findings.some((f) => f.category === "partisan"), "the like is read as engaging with partisan content");
  });

  it("judge a whole scenario for the page: questions as text, every choice judged", () => {
    const judged = judgeScenario(scenarioById("digital-legacy")!, "fr");
    assert.equal(judged.unofficialTranslation, true);
    assert.equal(judged.questions[0]!.text, guidanceById("tbs.scenario.digital-legacy.q1").fr);
    assert.equal(judged.choices.length, scenarioById("digital-legacy")!.choices.length);
  });

  it("refuse a choice from another scenario", () => {
    const other = scenarioById("monetizing")!.choices[0]!;
    assert.throws(() => judgeChoice(scenarioById("digital-legacy")!, other, "en"), /not part of scenario/);
  });

  it("know no scenario by an unknown id", () => {
    assert.equal(scenarioById("no-such-scenario"), undefined);
  });
});
