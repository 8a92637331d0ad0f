import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { GUIDANCE, SOURCES, guidanceById, guidanceFor, guidanceRef, shownStatement } from "../../../src/core/guidance/corpus.js";
import { assess, createEngine } from "../../../src/core/engine.js";
import { engineOptionsFor, selectPacks } from "../../../src/core/packs/pack.js";
import { LANGS, type Assessment } from "../../../src/core/model.js";
import { BUILTIN_PACKS } from "../../../src/core/packs/builtin.js";
import { RULES } from "../../../src/core/rules/index.js";
import { SCENARIOS } from "../../../src/core/scenarios.js";

/** Every statement a rule, a pack's rule or a scenario cites: what findings and the practice quote. */
const CITED = new Set<string>([
  ...RULES.flatMap((r) => [...r.guidance, ...(r.alsoCites ?? [])]),
  ...BUILTIN_PACKS.flatMap((p) => (p.termRules ?? []).flatMap((r) => r.guidance)),
  ...SCENARIOS.flatMap((s) => s.choices.flatMap((c) => c.guidance)),
]);

/** The quoted words, without the lead-in and the quotation marks. */
function quoted(shown: string, lead: string | undefined): string {
  const inner = lead ? shown.slice(lead.length + 1) : shown;
  return inner.replace(/^(?:“|«\u00a0)/, "").replace(/(?:”|\u00a0»)$/, "");
}

describe("guidance is quoted as whole sentences or marked excerpts", () => {
  it("cites statements that exist", () => {
    assert.ok(CITED.size > 50);
    for (const id of CITED) assert.doesNotThrow(() => guidanceById(id), id);
  });

  for (const lang of LANGS) {
    it(`[${lang}] every cited statement reads as a sentence, or follows a lead-in that says what it is`, () => {
      for (const id of CITED) {
        const s = guidanceById(id);
        const { form, lead, text, shown } = shownStatement(s, lang);
        const inner = quoted(shown, lead);
        assert.equal(inner, text, `${id}: the quotation marks enclose the text`);
        assert.ok(/[.?!…”»]$/u.test(shown), `${id} [${lang}] ends on neither a full stop nor a quotation mark: ${shown}`);
        assert.ok(!/:\s*$/.test(text) && !/:\s*[”»]?$/.test(shown), `${id} [${lang}] ends on a colon: ${shown}`);
        if (form === "sentence") assert.ok(/[.?!][”"»)]?$|…$/u.test(text), `${id} [${lang}] is called a sentence but does not end as one: ${text}`);
        // An excerpt is marked: by the words that introduce it, or by an ellipsis where it is cut.
        else assert.ok((lead && /:$/.test(lead)) || text.endsWith("…"), `${id} [${lang}] is an unmarked ${form}: ${shown}`);
      }
    });

    it(`[${lang}] a scenario's questions are labelled as questions, never quoted as a rule`, () => {
      const questions = GUIDANCE.filter((s) => s.kind === "scenario-question");
      assert.ok(questions.length >= 10);
      for (const s of questions) {
        const { form, lead } = shownStatement(s, lang);
        assert.equal(form, "question");
        assert.match(lead ?? "", lang === "fr" ? /^Une question que .* pose\w* dans la mise en situation « .+ »\u00a0:$/ : /^A question .* asks? in the scenario “.+”:$/, s.id);
      }
    });

    it(`[${lang}] a department's statement names the department whose employees it is for`, () => {
      for (const s of GUIDANCE.filter((x) => SOURCES.find((src) => src.id === x.source)?.departments)) {
        const { lead } = shownStatement(s, lang);
        assert.match(lead ?? "", lang === "fr" ? /Statistique Canada|RHDCC/ : /Statistics Canada|HRSDC/, `${s.id}: ${lead}`);
      }
    });
  }

  it("shows the TBS list items with their list's lead-in, in both languages", () => {
    assert.equal(shownStatement(guidanceById("tbs.risk.risky.partisan-content"), "en").shown, "The TBS best practices list as risky: “engaging with partisan content”");
    assert.equal(shownStatement(guidanceById("tbs.risk.risky.partisan-content"), "fr").shown, "Les pratiques exemplaires du SCT classent parmi les activités risquées\u00a0: «\u00a0interagir avec du contenu partisan\u00a0»");
  });

  it("joins the PSC's “consider some of these factors:” with the factors it introduces, marked as cut", () => {
    const { text, form } = shownStatement(guidanceById("psc.consider.activities"), "en");
    assert.equal(form, "excerpt");
    assert.match(text, /consider some of these factors: Your department or agency’s mandate; .*; …$/);
  });

  it("a scenario question cited by a finding reaches the finding labelled", () => {
    const ref = guidanceRef("tbs.scenario.duty-of-loyalty.q1", "en");
    assert.equal(ref.form, "question");
    assert.equal(ref.shown, "A question the TBS best practices ask in the scenario “Duty of loyalty”: “Does my post criticize my department or the GC?”");
    assert.equal(ref.quote, "Does my post criticize my department or the GC?", "quote stays the source's words");
  });
});

describe("each reference links the published source", () => {
  it("links the English page in English and the French page in French where its address is known", () => {
    assert.equal(guidanceRef("tbs.question.reputation", "en").url, "https://www.canada.ca/en/government/publicservice/values/best-practices-public-servants-using-personal-social-media.html");
    assert.equal(guidanceRef("tbs.question.reputation", "fr").url, "https://www.canada.ca/fr/gouvernement/fonctionpublique/valeurs/pratiques-exemplaires-intention-fonctionnaires-utilisation-medias-sociaux-fins-personnelles.html");
    assert.equal(guidanceRef("psc.deputy-heads", "fr").url, "https://www.canada.ca/en/public-service-commission/services/political-activities/public-servants-political-activities-social-media.html");
  });

  it("every source still published has an https address, and every statement of it carries the address", () => {
    for (const source of SOURCES.filter((s) => s.id !== "hrsdc-using-social-media-safely-2012")) {
      assert.match(source.url ?? "", /^https:\/\/www\.(?:canada\.ca|statcan\.gc\.ca|csps-efpc\.gc\.ca)\//, source.id);
      const s = GUIDANCE.find((x) => x.source === source.id)!;
      for (const lang of LANGS) assert.ok(guidanceRef(s.id, lang).url, `${s.id} [${lang}] has no link`);
    }
    assert.equal(guidanceRef("hrsdc.risk.disclosure", "en").url, undefined, "the 2012 article is no longer published");
  });
});

describe("a department's statements are for that department", () => {
  const quotes = (a: Assessment) => a.findings.flatMap((f) => f.guidance);
  const statcan = (a: Assessment) => quotes(a).filter((g) => g.source === "statcan-employee-guidelines");

  const insult = "Honestly you are a complete idiot";

  it("someone of no department, or of another, gets no Statistics Canada quotation where other guidance exists", () => {
    for (const context of [{}, { department: "esdc" }]) {
      const a = assess({ text: insult, context }, { lang: "en" });
      const f = a.findings.find((x) => x.rule === "harassment/insult");
      assert.ok(f, "an insult finding");
      assert.ok(f.guidance.length > 0, "it keeps the guidance for every public servant");
      assert.deepEqual(statcan(a), [], JSON.stringify(context));
    }
  });

  it("a Statistics Canada employee gets the Agency's own rule, after the guidance for every public servant", () => {
    const a = assess({ text: insult, context: { department: "statcan" } }, { lang: "en" });
    const f = a.findings.find((x) => x.rule === "harassment/insult")!;
    const ids = f.guidance.map((g) => g.id);
    assert.ok(ids.includes("statcan.respectful.language"), ids.join());
    assert.equal(ids.at(-1), "statcan.respectful.language", "general guidance first");
  });

  it("an engine applying Statistics Canada's pack cites the Agency's rules as to its employees", () => {
    const a = createEngine(engineOptionsFor(selectPacks({ department: "statcan" }))).assess({ text: insult }, { lang: "en" });
    assert.ok(statcan(a).length > 0);
  });

  it("when a department's rule is all the guidance there is, it is shown labelled with the department", () => {
    const a = assess({ text: "Posting this from my work laptop on the clock lol" }, { lang: "en" });
    const f = a.findings.find((x) => x.rule === "work-hours/working-time")!;
    assert.ok(f.guidance.length > 0);
    for (const g of f.guidance) assert.match(g.shown ?? "", /^Statistics Canada’s guidelines for its own employees say: “/);
  });

  it("guidanceFor keeps what it is given when no department's rule is among it", () => {
    const refs = [guidanceRef("tbs.question.reputation", "en")];
    assert.equal(guidanceFor(refs, []), refs);
    assert.equal(guidanceFor(refs, ["esdc"]), refs);
  });
});

describe("work on working time is one finding", () => {
  for (const [text, context] of [
    ["Writing this draft on the clock, the minister is an idiot", { workHours: true, governmentDevice: true }],
    ["Le ministre est un incompétent, qu'il démissionne", { workHours: true, governmentDevice: true }],
    ["Lunch walk by the canal, gorgeous day", { workHours: true, governmentDevice: true }],
  ] as const) {
    it(`one work-hours finding for: ${text}`, () => {
      const a = assess({ text, context });
      assert.equal(a.findings.filter((f) => f.category === "work-hours").length, 1, JSON.stringify(a.findings.map((f) => f.rule)));
    });
  }

  it("political activity on working time with a government device is said once by the partisan rule", () => {
    const a = assess({ text: "Vote Liberal! Posting from my work laptop", context: { workHours: true, governmentDevice: true } });
    assert.equal(a.findings.filter((f) => f.rule === "partisan/context").length, 1);
  });
});
