import { test } from "node:test";
import assert from "node:assert/strict";
import { assess } from "../../../src/core/engine.js";
import { normalize } from "../../../src/core/normalize.js";
import { isQuoted, negatedAt, quotation } from "../../../src/core/structure/quotation.js";

const categories = (text: string) => assess({ text, action: "post" }).findings.map((f) => `${f.category}:${f.level}`);

test("quotation marks of every kind hold what is quoted, apostrophes do not open a quote", () => {
  const view = normalize("Il a dit « dégage » puis “go away” mais l'hostie n'est pas 'quoted' here");
  const at = (w: string) => view.text.indexOf(w);
  assert.ok(isQuoted(view, [at("dégage"), at("dégage") + 6]));
  assert.ok(isQuoted(view, [at("go away"), at("go away") + 7]));
  assert.ok(!isQuoted(view, [at("hostie"), at("hostie") + 6]));
});

test("the object of a reporting verb is reported, and condemnation is read outside the quotes", () => {
  const en = normalize("Someone called me a loser on the bus. This has to stop.");
  assert.ok(en.tokens.some((t, i) => t.norm === "loser" && quotation(en).reported.has(i)));
  assert.ok(quotation(en).condemns);
  const fr = normalize("Il m'a crié « t'es raciste » dans la rue");
  assert.ok(!quotation(fr).condemns, "the quoted speaker's words are not the writer's condemnation");
});

test("negation reaches a few words back within its sentence", () => {
  const view = normalize("I would never hurt anyone. I will hurt you.");
  const hurts = view.tokens.flatMap((t, i) => (t.norm === "hurt" ? [i] : []));
  assert.equal(negatedAt(view, hurts[0]!), true);
  assert.equal(negatedAt(view, hurts[1]!), false);
});

test("reporting an insult to condemn it is not insulting, in both languages", () => {
  assert.deepEqual(categories("Someone called me an idiot on the bus today. This has to stop."), []);
  assert.deepEqual(categories("Il m'a traité d'imbécile devant tout le monde, c'est inacceptable."), []);
  assert.ok(categories("You're an idiot.").includes("harassment:inappropriate"));
});

test("a word named in quotes is not swearing, a quoted passage shared is", () => {
  assert.deepEqual(categories("Mon fils de 4 ans a appris le mot « merde » à la garderie."), []);
  assert.ok(categories("\"quit being such a pussy and grow a pair\" lol").some((c) => c.startsWith("profanity")));
});
