import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assess } from "../../../../src/core/engine.js";
import rule from "../../../../src/core/rules/work-hours/working-time.js";
import { testRule, type ValidCase } from "../../../helpers/rule-tester.js";

/** Nothing about working time here: no advice at all. */
const quiet: ValidCase[] = [
  { text: "Working from home today, the cat is my new coworker", lang: "en" },
  { text: "Got a new work phone, finally not a BlackBerry lol", lang: "en", note: "owning a device is not posting from it" },
  { text: "At my desk I keep a plant called Gerald, he's thriving", lang: "en", note: "a place, with no working time" },
  { text: "Binge-watching Netflix at my desk since 9am, nobody notices lol", lang: "en", note: "the same post on a Saturday at home: no context" },
  { text: "J'ai enfin un nouveau téléphone du travail, adieu le vieux BlackBerry", lang: "fr" },
  { text: "À mon bureau, j'ai une plante qui s'appelle Gérard", lang: "fr" },
  { text: "Pause-café avec l'équipe, on jase de nos vacances", lang: "fr" },
];

testRule(rule, {
  valid: [
    ...quiet,
    { text: "Lunch walk along the canal, beautiful day.", context: { workHours: true }, lang: "en", note: "a break during working hours" },
    { text: "Eating a sad salad at my desk on my lunch break 🥗", context: { workHours: true }, lang: "en" },
    { text: "Coffee break with the team, who else is watching the playoffs tonight?", context: { workHours: true }, lang: "en" },
    { text: "Petite marche sur l'heure du dîner au bord du canal", context: { workHours: true }, lang: "fr" },
    { text: "Je dîne à mon bureau aujourd'hui, grosse journée", context: { workHours: true }, lang: "fr" },
    { text: "Journée pizza au bureau pour fêter la fin du projet 🍕", context: { workHours: true }, lang: "fr", note: "une fête d'équipe au bureau, pas du temps de travail gaspillé" },
    { text: "Watching the budget speech on YouTube over lunch", context: { workHours: true }, lang: "en", note: "leisure on a break" },
    { text: "Beautiful morning for a run along the canal", context: { workHours: true, governmentDevice: true }, lang: "en" },
    { text: "Le ministre est incompétent, qu'il démissionne", lang: "fr", note: "no working time, no device" },
  ],
  invalid: [
    { text: "Day 3 of playing online poker on my work laptop 😎", context: { governmentDevice: true }, lang: "en", level: "risky", passage: "work laptop" },
    { text: "Posting this from my work laptop on the clock lol", lang: "en", level: "risky", passage: "work laptop" },
    { text: "Scrolling TikTok on the government network all afternoon 😅", lang: "en", level: "risky", passage: "government network" },
    { text: "Binge-watching Netflix at my desk since 9am, nobody notices lol", context: { workHours: true, governmentDevice: true }, lang: "en", level: "risky", passage: "Binge-watching" },
    { text: "Anyone else watching the World Cup stream during working hours? 👀", lang: "en", level: "risky", passage: "during working hours" },
    { text: "Quick poll: best shawarma in Ottawa?", context: { governmentDevice: true }, lang: "en", level: "appropriate" },
    { text: "Anyone watching the hockey game tonight?", context: { workHours: true }, lang: "en", level: "appropriate" },
    { text: "Scrolling TikTok for an hour now, this report can wait 😅", context: { workHours: true }, lang: "en", level: "risky", passage: "Scrolling" },
    { text: "Je publie ça de l'ordi du bureau pendant les heures de travail", lang: "fr", level: "risky", passage: "ordi du bureau" },
    { text: "Ça fait depuis 9 h que j'écoute Netflix à mon bureau, personne remarque lol", context: { workHours: true, governmentDevice: true }, lang: "fr", level: "risky", passage: "Netflix" },
    { text: "Je texte ma blonde sur mon cell du travail, oups", lang: "fr", level: "risky", passage: "cell du travail" },
    { text: "Qui regarde le match de hockey ce soir?", context: { workHours: true }, lang: "fr", level: "appropriate" },
    // What was work-hours/on-work-time: a risky activity on working time or a government device.
    { text: "The minister's new policy is a disaster, she should resign", context: { workHours: true }, lang: "en", level: "risky" },
    { text: "Partagez à 10 collègues sinon votre compte sera désactivé ce soir!", context: { governmentDevice: true }, lang: "fr", level: "risky" },
  ],
});

describe("rule work-hours/working-time gives no advice where none is due", () => {
  for (const c of quiet) {
    it(`says nothing about [${c.lang}] ${c.text}`, () => {
      const a = assess({ text: c.text, action: c.action ?? "post", context: c.context ?? {} });
      assert.deepEqual(a.findings.filter((f) => f.rule === rule.id).map((f) => f.message), []);
    });
  }
});
