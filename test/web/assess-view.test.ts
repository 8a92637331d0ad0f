import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { QUESTIONS, selfAssess } from "../../src/core/self-assessment.js";
import { actionFromValue, answeredList, answerInputId, answersFromEntries, ASSESS_STRINGS, contactsOf, missingAnswers } from "../../web/assess-view.js";

/** Every key path, functions included, so a string missing in one language fails. */
function keys(o: object): string[] {
  return Object.entries(o)
    .flatMap(([k, v]) => (typeof v === "object" && v !== null ? keys(v as object).map((s) => `${k}.${s}`) : [k]))
    .sort();
}

describe("the Self-assessment page's logic", () => {
  test("the English and French pages say the same things: every string exists in both", () => {
    assert.deepEqual(keys(ASSESS_STRINGS.fr), keys(ASSESS_STRINGS.en));
    for (const lang of ["en", "fr"] as const) {
      for (const [k, v] of Object.entries(ASSESS_STRINGS[lang])) if (typeof v === "string") assert.notEqual(v.trim(), "", `${lang}.${k} is empty`);
    }
  });

  test("French strings use « » and a space before the colon", () => {
    assert.match(ASSESS_STRINGS.fr.errorMissing("Quel est votre poste?"), /« Quel est votre poste\? »/);
    assert.match(ASSESS_STRINGS.fr.levelPrefix, / :$/);
  });

  test("leaving the activity and the role out lists both, in the form's order, each linking to its first answer", () => {
    const links = missingAnswers({ mandate: "yes" }, "en");
    assert.deepEqual(links.map((l) => l.question), ["activity", "role"]);
    assert.equal(links[0]!.href, `#${answerInputId("activity", "vote")}`);
    assert.match(links[1]!.text, /What is your position\?/);
    assert.deepEqual(missingAnswers({ activity: "vote", role: "employee" }, "fr"), []);
  });

  test("the form's values become answers; unknown questions or answers are dropped rather than thrown", () => {
    const answers = answersFromEntries([
      ["activity", "like-share"],
      ["role", "chief"],
      ["text", "hello"],
      ["followers", "many"],
    ]);
    assert.deepEqual(answers, { activity: "like-share", followers: "many" });
  });

  test("the action box gives an action, or none to let the activity decide", () => {
    assert.equal(actionFromValue("share"), "share");
    assert.equal(actionFromValue(""), undefined);
    assert.equal(actionFromValue("retweet"), undefined);
  });

  test("the printed answers list every question, with the answer given or none", () => {
    const list = answeredList({ activity: "candidate", role: "deputy-head" }, "fr");
    assert.equal(list.length, QUESTIONS.length);
    const role = QUESTIONS.findIndex((q) => q.id === "role");
    assert.deepEqual(list[role], { question: "Quel est votre poste?", answer: "Administrateur général ou administratrice générale" });
    assert.equal(list[role + 1]!.answer, undefined);
  });

  test("whom to contact names the political activities representative, and the wording's contacts join without repeats", () => {
    const result = selfAssess({ activity: "comment", role: "manager" }, { lang: "en", text: "Vote Liberal! They are the only party worth supporting." });
    const contacts = contactsOf(result);
    assert.ok(contacts.some((c) => /political activities representative/i.test(c)));
    assert.equal(new Set(contacts).size, contacts.length);
    for (const c of result.text?.contacts ?? []) assert.ok(contacts.includes(c), c);
  });
});
