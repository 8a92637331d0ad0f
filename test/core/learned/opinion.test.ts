import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createEngine } from "../../../src/core/engine.js";
import type { Classifier, ModelOpinion } from "../../../src/core/learned/classifier.js";
import { SECOND_OPINION } from "../../../src/core/learned/opinion.js";
import type { Activity, Category } from "../../../src/core/model.js";

/** A classifier that always sees the same thing, so the tests are about how its opinion joins the rules. */
function sees(category: Category, probability: number, span?: [number, number]): Classifier & { calls: number } {
  const c = {
    version: "stub",
    calls: 0,
    judge(): ModelOpinion {
      c.calls++;
      return { appropriate: 1 - probability, category, probability, ...(span ? { span } : {}) };
    },
  };
  return c;
}

const harmless: Activity = { text: "Made maple taffy with the kids this weekend, what a mess!" };

describe("the learned second opinion in the engine", () => {
  test("where only the model sees harm, it adds one finding that says it was learned, cites the category's guidance and points at the words", () => {
    const engine = createEngine({ classifier: sees("harassment", 0.97, [5, 10]) });
    const a = engine.assess(harmless);
    assert.equal(a.level, "inappropriate", "a confident opinion of harassment is inappropriate, as the guidance calls harassment");
    assert.equal(a.findings.length, 1);
    const f = a.findings[0]!;
    assert.equal(f.source, "model");
    assert.equal(f.rule, "model/harassment");
    assert.equal(f.category, "harassment");
    assert.deepEqual(f.span, [5, 10]);
    assert.match(f.message, /learned from examples, not a rule/);
    assert.match(f.message, /97% sure/);
    assert.ok(f.guidance.length > 0 && f.guidance.every((g) => g.quote.length > 0 && !g.id.startsWith("statcan.")), "cites a statement that applies to everyone");
    const fr = engine.assess({ text: "On a fait de la tire d'érable avec les enfants, quel beau dégât!" });
    assert.match(fr.findings[0]!.message, /appris à partir d'exemples et non une règle \(certitude de 97 %\)/);
  });

  test("a less confident opinion, or one in a category the guidance does not call inappropriate in itself, is risky", () => {
    assert.equal(createEngine({ classifier: sees("harassment", SECOND_OPINION.inappropriate - 0.05) }).assess(harmless).level, "risky");
    assert.equal(createEngine({ classifier: sees("spam", 0.99) }).assess(harmless).level, "risky");
  });

  test("below the thresholds the model says nothing", () => {
    assert.equal(createEngine({ classifier: sees("harassment", SECOND_OPINION.risky - 0.05) }).assess(harmless).findings.length, 0);
  });

  test("a category the rules already found is not repeated by the model, and rules' findings say source rule", () => {
    const engine = createEngine({ classifier: sees("harassment", 0.99) });
    const a = engine.assess({ text: "You are a worthless idiot and everyone at work knows it." });
    assert.ok(a.findings.length > 0);
    assert.ok(a.findings.every((f) => f.source === "rule"), JSON.stringify(a.findings.map((f) => f.rule)));
  });

  test("profanity is the rules' alone: the model's idea of it is the abusive corpora's register", () => {
    assert.equal(createEngine({ classifier: sees("profanity", 0.99) }).assess({ text: "Killer workout this morning, legs are toast 💪" }).findings.length, 0);
  });

  test("hashtags are the rules' alone: a tag's harm is its association, which one researches", () => {
    assert.equal(createEngine({ classifier: sees("hashtag", 0.99) }).assess({ text: "Belle journée au Festival de montgolfières #FMG2024" }).findings.length, 0);
  });

  // The last: a Mastodon favourite as its export gives it, a link whose top-level domain the tokenizer does not know.
  test("a flood of digits, links or emoji is no prose: the model does not read it", () => {
    const stub = sees("harassment", 0.99);
    const engine = createEngine({ classifier: stub });
    for (const text of ["1234 ".repeat(500), "https://example.com/a ".repeat(100), "🎉 ".repeat(300), "@someone @other hi", "https://other.example/users/b/statuses/110000000000000002"]) engine.assess({ text, action: "like" });
    assert.equal(stub.calls, 0);
  });

  test("criticism, partisan content and venting need what they are about in the text: the model cannot invent a government to criticize", () => {
    const engine = createEngine({ classifier: sees("criticism", 0.99) });
    assert.equal(engine.assess(harmless).findings.length, 0);
    const about = engine.assess({ text: "The government announced its new housing plan this morning." });
    assert.ok(about.findings.some((f) => f.source === "model" && f.category === "criticism"), JSON.stringify(about.findings));
    const venting = createEngine({ classifier: sees("workplace", 0.99) });
    assert.equal(venting.assess({ text: "What a week. Going for a run to clear my head." }).findings.length, 0);
    assert.equal(venting.assess({ text: "What a week with my manager. Going for a run to clear my head." }).findings[0]?.source, "model");
  });

  test("partisan content is the rules' alone: watching a town hall with the candidates is appropriate, as watching debates is", () => {
    const engine = createEngine({ classifier: sees("partisan", 0.99) });
    assert.equal(engine.assess({ text: "Tuned in to the town hall with the candidates tonight.", context: { electionPeriod: true } }).level, "appropriate");
  });

  test("the rules alone when asked: secondOpinion false, disabled model or one category of it, no classifier", () => {
    for (const options of [{ secondOpinion: false as const }, { disabled: ["model"] }, { disabled: ["model/harassment"] }]) {
      const stub = sees("harassment", 0.99);
      assert.equal(createEngine({ ...options, classifier: stub }).assess(harmless).findings.length, 0, JSON.stringify(options));
    }
    assert.equal(createEngine({ classifier: null }).assess(harmless).findings.length, 0, "a model that did not load leaves the rules");
  });

  test("a follow's text names an account: the model does not read it", () => {
    const stub = sees("harassment", 0.99);
    assert.equal(createEngine({ classifier: stub }).assess({ text: "Some Account", action: "follow" }).findings.length, 0);
    assert.equal(stub.calls, 0);
  });

  test("a text in neither English nor French gets the rules alone and says so, in the reader's language", () => {
    const stub = sees("harassment", 0.99);
    const engine = createEngine({ classifier: stub });
    const a = engine.assess({ text: "Hoy fuimos al mercado con mi abuela y compramos frutas" }, { lang: "en" });
    assert.equal(a.findings.length, 0);
    assert.equal(stub.calls, 0);
    assert.match(a.notice ?? "", /neither English nor French: only the rules checked it/);
    assert.match(engine.assess({ text: "Heute waren wir mit meiner Oma auf dem Markt" }, { lang: "fr" }).notice ?? "", /ni en anglais ni en français/);
    assert.equal(engine.assess(harmless).notice, undefined);
    assert.equal(engine.assess({ text: "Bravo!" }).notice, undefined, "too short to tell");
    for (const text of ["Great game tonight! Go Sens go! Amazing goal by Stützle", "Ostie de bonne game hier soir", "Tabarnak quelle game incroyable hier soir", "Bonne fête à ma belle maman adorée"]) {
      assert.equal(engine.assess({ text }).notice, undefined, `${text}: informal English or French, with few of their commonest words`);
    }
  });

  test("the shipped model, on everyday life, adds nothing", () => {
    const engine = createEngine();
    for (const text of ["Made pancakes with my kids this morning.", "On est allés aux pommes en famille dimanche, super journée!"]) {
      const a = engine.assess({ text });
      assert.deepEqual(a.findings.filter((f) => f.source === "model"), [], text);
    }
  });
});
