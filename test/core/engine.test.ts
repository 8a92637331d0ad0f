import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assess, createEngine, InputError, MAX_TEXT_LENGTH } from "../../src/core/engine.js";
import { messageIn } from "../../src/core/message.js";
import type { Activity } from "../../src/core/model.js";

const level = (a: Activity) => assess(a).level;

describe("what the guidance fixes, whatever the words", () => {
  it("political activity during working hours is inappropriate", () => {
    assert.equal(level({ text: "Vote Liberal! #elxn45", context: { electionPeriod: true } }), "risky");
    assert.equal(level({ text: "Vote Liberal! #elxn45", context: { electionPeriod: true, workHours: true } }), "inappropriate");
  });

  it("political activity at work is inappropriate in French too, party written in lower case as French does", () => {
    assert.equal(level({ text: "Votez libéral! #elxn45", context: { workHours: true } }), "inappropriate");
    assert.equal(level({ text: "Votez libéral le 28 avril!" }), "risky");
    assert.equal(level({ text: "Un esprit libéral, ouvert à toutes les idées." }), "appropriate");
  });

  it("political activity with a government device is inappropriate", () => {
    assert.equal(level({ text: "Vote Liberal! #elxn45", context: { governmentDevice: true } }), "inappropriate");
  });

  it("a deputy head may do nothing political but vote", () => {
    assert.equal(level({ text: "Donate to my friend's NDP campaign: ndp.ca/donate", context: { role: "deputy-head" } }), "inappropriate");
    assert.equal(level({ text: "Don't forget to vote on Monday!", context: { role: "deputy-head" } }), "appropriate");
  });

  it("following a party is appropriate; liking its campaign post is risky", () => {
    assert.equal(level({ text: "New Democratic Party (@NDP)", action: "follow" }), "appropriate");
    assert.equal(level({ text: "The Conservatives have the only credible economic plan. #cdnpoli", action: "like", context: { electionPeriod: true } }), "risky");
  });

  it("watching debates and encouraging people to vote are appropriate", () => {
    assert.equal(level({ text: "Je vais regarder le débat des chefs ce soir pour me faire une idée.", context: { electionPeriod: true } }), "appropriate");
    assert.equal(level({ text: "Tuned in to the town hall with the candidates tonight.", context: { electionPeriod: true } }), "appropriate");
  });

  it("networking, job opportunities and life outside work are appropriate", () => {
    for (const text of ["Job alert: my team is looking for two junior developers, posting closes Friday.", "Made maple taffy with the kids this weekend, total success.", "Spent two great days at the Canadian Evaluation Society conference."]) {
      assert.equal(level({ text }), "appropriate", text);
    }
  });

  it("harassment and false information are inappropriate", () => {
    assert.equal(level({ text: "You're a worthless moron, block me already", action: "comment" }), "inappropriate");
    assert.equal(level({ text: "Vaccines contain tracking chips, the government admitted it." }), "inappropriate");
  });
});

describe("the assessment", () => {
  it("points every finding at its passage as written, even after emoji", () => {
    const text = "🎉🎉 Once again my organization made a terrible decision.";
    const a = assess({ text });
    const f = a.findings.find((x) => x.category === "criticism")!;
    assert.equal(text.slice(f.span![0], f.span![1]), "my organization made a terrible");
  });

  it("quotes the guidance each finding applies, in the message language", () => {
    const en = assess({ text: "Vote Liberal!" });
    assert.ok(en.findings[0]!.guidance.some((g) => g.quote === "engaging with partisan content"));
    const fr = assess({ text: "Vote Liberal!" }, { lang: "fr" });
    assert.equal(fr.lang, "fr");
    assert.ok(fr.findings[0]!.message.includes("activité politique"));
    assert.ok(fr.findings[0]!.guidance[0]!.quote !== en.findings[0]!.guidance[0]!.quote);
  });

  it("answers in the text's language by default", () => {
    assert.equal(assess({ text: "Votez NPD pour un vrai changement !" }).lang, "fr");
    assert.equal(assess({ text: "Vote NDP for real change!" }).lang, "en");
  });

  it("asks the guidance's questions and names whom to contact for what it found", () => {
    const a = assess({ text: "The Conservatives have the only credible economic plan.", action: "like", context: { electionPeriod: true } });
    assert.ok(a.questions.includes("Could my like be interpreted as support or an endorsement of a political party?"));
    assert.ok(a.contacts.some((c) => /political activities representative/i.test(c)));
    const none = assess({ text: "Beautiful sunset over the Ottawa River tonight." });
    assert.deepEqual([none.findings, none.questions, none.contacts], [[], [], []]);
  });

  it("names the department's own contact for StatCan staff", () => {
    const a = assess({ text: "I'm speaking for Statistics Canada when I say these numbers are right.", context: { department: "statcan" } });
    assert.ok(a.contacts.some((c) => /Web2Social|Communications Division/.test(c)), a.contacts.join(" | "));
  });

  it("raises the risk score within a level for visibility and an election period, and says why", () => {
    const base = assess({ text: "The premier of Alberta should resign." });
    const visible = assess({ text: "The premier of Alberta should resign.", context: { identifiable: true, role: "executive", followers: 20000, electionPeriod: true } });
    assert.equal(base.level, visible.level);
    assert.ok(visible.score > base.score);
    assert.deepEqual(visible.factors.map((f) => f.factor).sort(), ["electionPeriod", "followers", "identifiable", "role"]);
    assert.ok(visible.score <= 66, "visibility raises the risk within its level, not past it");
  });

  it("offers a safer rewrite where a concrete one exists", () => {
    const phone = assess({ text: "Call Denise from accounting at 613-555-0199, she'll sort you out" });
    assert.equal(phone.rewrite, "Call Denise from accounting at [contact removed], she'll sort you out");
    const bio = assess({ text: "Policy analyst at ESDC. Cyclist.", action: "profile" });
    assert.equal(bio.rewrite, "Policy analyst at ESDC. Cyclist. Views are my own.");
    assert.ok(bio.findings.some((f) => /may not protect you/.test(f.message)), "says a disclaimer does not remove the risk");
    assert.equal(assess({ text: "You're a worthless moron", action: "reply" }).rewrite, undefined);
  });

  it("gives one reason per passage and category: #VoteNDP is a campaign call, said once", () => {
    for (const text of ["Big day tomorrow #VoteNDP", "Grosse journée demain #VotezNPD"]) {
      const a = assess({ text });
      const onTag = a.findings.filter((f) => f.span && text.slice(f.span[0], f.span[1]).startsWith("#Vot"));
      assert.equal(onTag.length, 1, `${text}: ${a.findings.map((f) => f.rule).join(", ")}`);
      assert.equal(onTag[0]!.category, "partisan");
    }
  });

  it("drops the party hashtag in the rewrite", () => {
    const a = assess({ text: "Great turnout at the BBQ today #VoteNDP" });
    assert.equal(a.level, "risky");
    assert.equal(a.rewrite, "Great turnout at the BBQ today");
  });
});

describe("bad input", () => {
  it("refuses empty and blank text with a clear message", () => {
    assert.throws(() => assess({ text: "" }), (e: unknown) => e instanceof InputError && /empty/.test(e.message));
    assert.throws(() => assess({ text: " \n\t " }), InputError);
  });

  it("refuses text over the size limit, saying the limit", () => {
    assert.throws(() => assess({ text: "a".repeat(MAX_TEXT_LENGTH + 1) }), (e: unknown) => e instanceof InputError && e.message.includes(String(MAX_TEXT_LENGTH)));
  });

  it("a text over the size limit is refused in French too, with the limit", () => {
    assert.throws(
      () => assess({ text: "a".repeat(MAX_TEXT_LENGTH + 1) }),
      (e: unknown) => e instanceof InputError && messageIn(e, "fr") === `le texte compte ${MAX_TEXT_LENGTH + 1} caractères; Impartial en vérifie au plus ${MAX_TEXT_LENGTH} à la fois`,
    );
  });

  it("refuses a lone surrogate, saying where it is", () => {
    assert.throws(() => assess({ text: "abc\uD800def" }), (e: unknown) => e instanceof InputError && /offset 3/.test(e.message));
  });

  it("holds the text being answered to the same bounds: size, broken characters, a string", () => {
    const reply = (inReplyTo: unknown) => () => assess({ text: "Totally agree!", action: "reply", inReplyTo: inReplyTo as string });
    assert.throws(reply("x".repeat(MAX_TEXT_LENGTH + 1)), (e: unknown) => e instanceof InputError && /^the text being answered \(inReplyTo\) is 100001 characters long/.test(e.message));
    assert.throws(reply("abc\uDC00"), (e: unknown) => e instanceof InputError && messageIn(e, "fr") === "le texte auquel on répond (inReplyTo) contient un caractère brisé (un demi-code UTF-16 isolé) à la position 3");
    assert.throws(reply(42), (e: unknown) => e instanceof InputError && /inReplyTo must be the text being answered/.test(e.message));
    assert.equal(assess({ text: "Totally agree!", action: "reply", inReplyTo: "" }).level, "appropriate", "an empty original is no error");
  });

  it("judges HTML as text and never runs it", () => {
    const a = assess({ text: "<script>alert('you idiot')</script>" });
    assert.equal(a.findings[0]?.category, "harassment");
  });

  it("a rule reporting an unknown message id is a programming error, caught at once", () => {
    const engine = createEngine({
      rules: [{ id: "spam/bad", category: "spam", level: "risky", guidance: ["csps.dont.spam"], description: { en: "x", fr: "y" }, messages: { a: { en: "a", fr: "b" } }, lexicons: [], examples: { valid: [], invalid: [] }, check: (ctx) => ctx.report("nope") }],
    });
    assert.throws(() => engine.assess({ text: "hello" }), /unknown message id "nope"/);
  });

  it("a rule reading an unknown lexicon fails when the engine is built", () => {
    assert.throws(() => createEngine({ rules: [{ id: "spam/bad", category: "spam", level: "risky", guidance: ["csps.dont.spam"], description: { en: "x", fr: "y" }, messages: {}, lexicons: ["no-such-list"], examples: { valid: [], invalid: [] }, check: () => undefined }] }), /unknown lexicon "no-such-list"/);
  });

  it("turns rules off and overrides their level by configuration", () => {
    const off = createEngine({ disabled: ["profanity/profanity"] });
    assert.equal(off.assess({ text: "Damn, missed the bus" }).level, "appropriate");
    const stricter = createEngine({ levels: { "profanity/profanity": "inappropriate" } });
    assert.equal(stricter.assess({ text: "Damn, missed the bus" }).level, "inappropriate");
  });
});
