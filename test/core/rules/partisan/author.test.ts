import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assess } from "../../../../src/core/engine.js";
import rule from "../../../../src/core/rules/partisan/author.js";
import { testRule } from "../../../helpers/rule-tester.js";

const election = { electionPeriod: true };

testRule(rule, {
  valid: [
    { text: "Great crowd in Sudbury tonight!", action: "follow", author: { handle: "@JustinTrudeau" }, lang: "en", note: "following a party or leader is fine" },
    { text: "Suivez le compte pour les nouvelles de la campagne", action: "follow", author: { handle: "@BlocQuebecois" }, lang: "fr", note: "s'abonner est permis" },
    { text: "New support for farmers announced today.", action: "share", author: { handle: "@CanadianPM" }, context: election, lang: "en", note: "the PM's office is the government" },
    { text: "Les bureaux de vote ferment à 21 h 30.", action: "share", author: { handle: "@ElectionsCan_F", name: "Élections Canada" }, context: election, lang: "fr" },
    { text: "Fun run on Sunday, everyone welcome!", action: "like", author: { handle: "@PLCAcademy" }, lang: "en", note: "letters that are not a party" },
    { text: "Je pense la même chose", action: "reply", author: { handle: "@marie_t", name: "Marie Tremblay candidate" }, lang: "fr", note: "a candidacy word without a party is not enough" },
    { text: "Great crowd in Sudbury tonight!", action: "post", author: { handle: "@JustinTrudeau" }, lang: "en", note: "on a post, the author is oneself" },
    { text: "Article intéressant https://x.com/RadioCanadaInfo/status/1180000000000000002", action: "share", context: election, lang: "fr", note: "a news outlet's post" },
    { text: "Ça vaut la peine de lire ça via @LeDevoir", action: "share", lang: "fr", note: "credited to a newspaper" },
  ],
  invalid: [
    { text: "Great crowd in Sudbury tonight — thank you!", action: "share", author: { handle: "@JustinTrudeau" }, context: election, lang: "en" },
    { text: "Our plan for families is on the website.", action: "like", author: { name: "Pierre Poilievre" }, lang: "en", note: "by display name, outside an election" },
    { text: "Bonne fête nationale à tous!", action: "like", author: { handle: "@yfblanchet" }, lang: "fr", note: "a leader's neutral post outside an election is still a leader's" },
    { text: "Thanks for the question!", action: "reply", author: { handle: "@janedoe4mp" }, context: election, lang: "en", note: "answering a likely candidate" },
    { text: "On se voit samedi!", action: "comment", author: { handle: "@ndp_kanata", name: "Kanata NDP" }, lang: "fr" },
    { text: "Belle journée au marché!", action: "share", author: { handle: "@PCC_HQ" }, context: election, lang: "fr" },
    { text: "RT @theJagmeetSingh: On my way to Burnaby.", action: "share", context: election, lang: "en", level: "risky" },
    { text: "RT @MaximeBernier: Merci Beauce!", action: "post", lang: "fr", note: "a retweet written as a post" },
    { text: "So true. https://twitter.com/PierrePoilievre/status/1180000000000000001", action: "post", lang: "en", note: "a quote tweet is a share" },
  ],
});

describe("partisan/author says whose post it is, and when", () => {
  it("names the account and the election period, in English and in French", () => {
    const en = assess({ text: "Great crowd in Sudbury tonight!", action: "share", author: { handle: "@justintrudeau" }, context: { electionPeriod: true, postedAt: "2019-10-01T12:00:00Z" } });
    const f = en.findings.find((x) => x.rule === "partisan/author");
    assert.equal(f?.level, "risky");
    assert.match(f?.message ?? "", /^During an election period, this shares a post by Justin Trudeau \(@JustinTrudeau, LPC\/PLC\), a party leader's account/);
    const fr = assess({ text: "Belle soirée!", action: "like", author: { handle: "@yfblanchet" }, context: { electionPeriod: true } }, { lang: "fr" });
    assert.match(fr.findings.find((x) => x.rule === "partisan/author")?.message ?? "", /^Pendant une période électorale, ceci aime une publication de Yves-François Blanchet \(@yfblanchet, BQ\), le compte d'un chef de parti/);
  });

  it("a leader's account after the tenure is still a party leader's, with its years, and still risky", () => {
    const a = assess({ text: "Thanks, Papineau!", action: "share", author: { handle: "@JustinTrudeau" }, context: { postedAt: "2025-06-01T12:00:00Z" } });
    const f = a.findings.find((x) => x.rule === "partisan/author");
    assert.equal(f?.level, "risky");
    assert.match(f?.message ?? "", /Justin Trudeau \(@JustinTrudeau, LPC\/PLC, 2013–2025\), a party leader's account/);
  });

  it("is made inappropriate on working time by partisan/context, as any partisan finding is", () => {
    const a = assess({ text: "Belle soirée!", action: "like", author: { handle: "@BlocQuebecois" }, context: { workHours: true } });
    assert.equal(a.level, "inappropriate");
  });
});
