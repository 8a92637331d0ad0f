import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { GUIDANCE } from "../../src/core/guidance/corpus.js";
import { AnswersError, parseAnswers, QUESTIONS, selfAssess } from "../../src/core/self-assessment.js";
import { PROFILES, renderSelfAssessmentDoc } from "../helpers/self-assessment-table.js";

const doc = join(dirname(fileURLToPath(import.meta.url)), "../../..", "docs", "self-assessment.md");

describe("the self-assessment table of profiles", () => {
  it("has at least 15 rows in both languages", () => {
    assert.ok(PROFILES.length >= 15);
    assert.ok(PROFILES.some((p) => p.lang === "fr") && PROFILES.some((p) => p.lang === "en"));
  });

  for (const p of PROFILES) {
    it(`${p.name}: ${p.level}`, () => {
      const r = selfAssess(p.answers, p.text === undefined ? { lang: p.lang } : { lang: p.lang, text: p.text });
      assert.equal(r.level, p.level);
      const [question, answer] = p.driver.split("=");
      const driver = r.drivers.find((d) => d.question === question && d.answer === answer);
      assert.ok(driver, `expected the driver ${p.driver}, got ${r.drivers.map((d) => `${d.question}=${d.answer}`).join(", ")}`);
      assert.ok(driver.guidance.quote.length > 0 && driver.why.length > 0);
      const asked = QUESTIONS.find((q) => q.id === question);
      if (asked) assert.equal(driver.questionText, asked[p.lang], "the driver speaks the user's language");
      assert.ok(r.next.some((s) => s.id === "representative") && r.next.some((s) => s.id === "pscTool"));
    });
  }

  it("is the table in docs/self-assessment.md, up to date", () => {
    const fresh = renderSelfAssessmentDoc();
    if (process.env.UPDATE_DOCS) writeFileSync(doc, fresh);
    assert.equal(readFileSync(doc, "utf8"), fresh, "docs/self-assessment.md is out of date: run UPDATE_DOCS=1 node --test dist/test/core/self-assessment.test.js");
  });
});

describe("the questionnaire", () => {
  it("cites a statement of the guidance for every question and every answer that has its own", () => {
    const ids = new Set(GUIDANCE.map((s) => s.id));
    for (const q of QUESTIONS) {
      assert.ok(ids.has(q.factor), `${q.id} cites ${q.factor}`);
      assert.ok(q.en && q.fr && q.why.en && q.why.fr, `${q.id} has both languages`);
      for (const a of q.answers) {
        assert.ok(a.en && a.fr, `${q.id}=${a.id} has both languages`);
        if (a.guidance) assert.ok(ids.has(a.guidance), `${q.id}=${a.id} cites ${a.guidance}`);
      }
    }
  });

  it("asks about every PSC factor of what to consider", () => {
    const cited = new Set(QUESTIONS.flatMap((q) => [q.factor, ...q.answers.flatMap((a) => (a.guidance ? [a.guidance] : []))]));
    for (const id of ["psc.factor.mandate", "psc.factor.platform-links", "psc.factor.direct-service", "psc.factor.influence", "psc.factor.authorities", "psc.factor.visibility", "psc.factor.official-interaction", "psc.other.online-visibility", "psc.deputy-heads", "psc.dont.work-hours-resources"]) {
      assert.ok(cited.has(id), id);
    }
  });
});

describe("what the guidance fixes", () => {
  it("a deputy head doing anything but voting is high, in the guidance's words", () => {
    const r = selfAssess({ activity: "like-share", role: "deputy-head" }, { lang: "en" });
    assert.equal(r.level, "high");
    assert.ok(r.drivers.some((d) => d.guidance.id === "psc.deputy-heads" && /other than voting/.test(d.why)));
  });

  it("seeking nomination or running is a right that needs the PSC's permission first, not a 'high risk' by itself", () => {
    for (const activity of ["seek-nomination", "candidate"]) {
      const r = selfAssess({ activity, role: "employee" }, { lang: "en" });
      assert.equal(r.permissionNeeded, true);
      assert.notEqual(r.level, "high", activity);
      assert.match(r.next[0]!.text, /^You have the right to seek nomination and to be a candidate\. The PSC requires you to request and obtain its permission/);
      const fr = selfAssess({ activity, role: "employee" }, { lang: "fr" });
      assert.match(fr.next[0]!.text, /La CFP exige que vous demandiez et obteniez sa permission/);
    }
  });

  it("running for municipal council is framed as a right with permission and leave; a deputy head's candidacy stays high", () => {
    const r = selfAssess({ activity: "candidate", role: "employee", jurisdiction: "municipal" }, { lang: "en" });
    assert.equal(r.permissionNeeded, true);
    assert.equal(r.level, "moderate");
    assert.ok(r.next.some((s) => /municipal election the PSC may require one/.test(s.text)));
    assert.equal(selfAssess({ activity: "candidate", role: "deputy-head", jurisdiction: "municipal" }, { lang: "en" }).level, "high");
  });

  it("a school board or band council is outside Part 7: no PSC permission, the Values and Ethics Code instead", () => {
    const r = selfAssess({ activity: "candidate", role: "employee", jurisdiction: "outside-part-7" }, { lang: "en" });
    assert.equal(r.permissionNeeded, false);
    assert.equal(r.outsidePart7, true);
    assert.equal(r.level, "low");
    assert.match(r.next[0]!.text, /outside Part 7/);
    assert.ok(!r.next.some((s) => /voting are open/.test(s.text)), "no word about voting for a candidacy");
    assert.equal(selfAssess({ activity: "candidate", role: "employee", jurisdiction: "outside-part-7", when: "government-device" }, { lang: "en" }).level, "high");
  });

  it("a lawn sign, a donation, a rally and nomination papers are each assessed in their own words, never as a 'like'", () => {
    for (const activity of ["sign", "donate", "attend", "nomination-papers"]) {
      for (const lang of ["en", "fr"] as const) {
        const r = selfAssess({ activity, role: "employee" }, { lang });
        assert.equal(r.level, "moderate", activity);
        assert.doesNotMatch(r.drivers[0]!.why, /\blik(e|ing)\b|aimer/i, `${activity} ${lang}: ${r.drivers[0]!.why}`);
      }
    }
  });

  it("voting or informing yourself stays low even during working hours with many followers", () => {
    const r = selfAssess({ activity: "inform", role: "executive", followers: "many", identifiable: "yes", when: "work-hours" }, { lang: "en" });
    assert.equal(r.level, "low");
    assert.ok(r.score <= 33);
  });

  it("next steps always name the political activities representative and the PSC's tool", () => {
    for (const lang of ["en", "fr"] as const) {
      const r = selfAssess({ activity: "vote", role: "employee" }, { lang });
      const texts = r.next.map((s) => s.text).join(" ");
      assert.match(texts, lang === "en" ? /political activities representative/ : /personne désignée pour les activités politiques/);
      assert.match(texts, lang === "en" ? /Political Activities Self-Assessment Tool/ : /Outil d'autoévaluation des activités politiques/);
    }
  });

  it("the words of the activity, judged by the engine, fold their findings in as drivers", () => {
    const r = selfAssess({ activity: "like-share", role: "employee" }, { lang: "en", text: "Vote Liberal on October 21!" });
    assert.equal(r.text?.level, "risky");
    assert.ok(r.drivers.some((d) => d.question === "text" && d.answer.startsWith("partisan/")));
  });

  it("scores stay within their level's band", () => {
    for (const p of PROFILES) {
      const r = selfAssess(p.answers, p.text === undefined ? { lang: p.lang } : { lang: p.lang, text: p.text });
      const band = { low: [0, 33], moderate: [34, 66], high: [67, 100] }[r.level];
      assert.ok(r.score >= band[0]! && r.score <= band[1]!, `${p.name}: ${r.score}`);
    }
  });

  it("lists the questions left unanswered", () => {
    const r = selfAssess({ activity: "comment", role: "employee" }, { lang: "en" });
    assert.ok(r.unanswered.includes("mandate") && !r.unanswered.includes("role"));
  });
});

describe("bad answers", () => {
  const problems = (json: string) => {
    try {
      parseAnswers(json);
    } catch (e) {
      assert.ok(e instanceof AnswersError);
      return e.message;
    }
    assert.fail("expected an AnswersError");
  };

  it("an unknown answer names the question and the allowed answers", () => {
    const m = problems('{"activity": "tweet", "role": "employee"}');
    assert.match(m, /question "activity": "tweet" is not an answer; allowed: "vote", "inform", "like-share"/);
  });

  it("an unknown question is named", () => {
    assert.match(problems('{"activity": "vote", "role": "employee", "salary": "high"}'), /unknown question "salary"/);
  });

  it("a missing required answer names the question", () => {
    assert.match(problems('{"activity": "vote"}'), /question "role" is not answered; allowed: "employee", "manager", "executive", "deputy-head"/);
  });

  it("each problem is given in French for a French surface, one per line of the French message", () => {
    try {
      parseAnswers('{"activity": "tweet", "salary": "high"}');
      assert.fail("expected an AnswersError");
    } catch (e) {
      assert.ok(e instanceof AnswersError);
      const fr = e.problemsIn("fr");
      assert.deepEqual(fr.slice(0, 2), [
        `question « activity » : « tweet » n'est pas une réponse; réponses permises : ${QUESTIONS[0]!.answers.map((a) => `« ${a.id} »`).join(", ")}`,
        "question inconnue « salary » : les questions sont " + QUESTIONS.map((q) => `« ${q.id} »`).join(", "),
      ]);
      assert.match(fr[2]!, /^la question « role » est sans réponse; réponses permises : « employee »/);
      assert.equal(e.text.fr, fr.join("\n"));
      assert.deepEqual(e.problems, e.problemsIn("en"));
    }
  });

  it("a text the engine refuses is named in French when the self-assessment is in French", () => {
    assert.throws(
      () => selfAssess({ activity: "comment", role: "employee" }, { lang: "fr", text: "x".repeat(100_001) }),
      (e: unknown) => e instanceof AnswersError && /^« text » : le texte compte 100001 caractères/.test(e.problemsIn("fr")[0]!),
    );
  });

  it("a non-string answer, bad action and bad JSON are refused plainly", () => {
    assert.match(problems('{"activity": 3, "role": "employee"}'), /question "activity": the answer must be a string/);
    assert.match(problems('{"activity": "vote", "role": "employee", "action": "poke"}'), /"action" must be one of/);
    assert.match(problems("{activity"), /not JSON/);
    assert.match(problems("[]"), /must be a JSON object/);
  });

  it("reads the text and the action beside the answers", () => {
    const p = parseAnswers('{"activity": "comment", "role": "manager", "text": "Bonne chance à tous", "action": "reply"}');
    assert.deepEqual(p, { answers: { activity: "comment", role: "manager" }, text: "Bonne chance à tous", action: "reply" });
  });

  it("selfAssess itself refuses answers that are not in the questionnaire", () => {
    assert.throws(() => selfAssess({ activity: "vote", role: "boss" }, { lang: "en" }), /question "role": "boss" is not an answer/);
  });
});
