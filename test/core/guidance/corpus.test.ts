import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FRENCH_IS_UNOFFICIAL, GUIDANCE, SOURCES, guidanceById } from "../../../src/core/guidance/corpus.js";
import { CONTACTS, contactById } from "../../../src/core/guidance/contacts.js";
import type { GuidanceSourceId } from "../../../src/core/guidance/types.js";

const PREFIX: Record<GuidanceSourceId, string> = {
  "tbs-personal-use-best-practices": "tbs",
  "psc-political-activities-social-media": "psc",
  "csps-dos-and-donts-transcript": "csps",
  "statcan-employee-guidelines": "statcan",
  "hrsdc-using-social-media-safely-2012": "hrsdc",
};

// The ids the rule and engine authors cite; renaming one breaks their citations.
const CITED_IDS = [
  "tbs.values-code.applies-offline", "tbs.role.visibility", "tbs.official.not-official-capacity",
  "tbs.official.disclaimer-may-not-protect", "tbs.official.avoid-symbols-email-names", "tbs.professional.resume-networking",
  "tbs.professional.conference", "tbs.professional.following", "tbs.work.factual-public", "tbs.work.authorized",
  "tbs.work.vent-internally", "tbs.history.review", "tbs.coi.outside-activities", "tbs.question.perception-criticism",
  "tbs.question.work-content", "tbs.question.reputation", "tbs.question.work-environment", "tbs.question.non-partisan",
  "tbs.question.stakeholder", "tbs.question.reliable-source", "tbs.question.hashtags", "tbs.rights.report-harassment",
  "tbs.risk.appropriate.networking", "tbs.risk.appropriate.job-opportunities", "tbs.risk.appropriate.non-work",
  "tbs.risk.risky.criticizing-organization", "tbs.risk.risky.commenting-government", "tbs.risk.risky.partisan-content",
  "tbs.risk.inappropriate.harassment", "tbs.risk.inappropriate.false-information",
  "tbs.risk.inappropriate.political-work-hours", "tbs.support.whom-to-ask",
  "psc.do.inform-yourself", "psc.dont.work-hours-resources", "psc.dont.impairs-impartiality", "psc.deputy-heads",
  "psc.consider.activities", "psc.factor.mandate", "psc.factor.platform-links", "psc.factor.direct-service",
  "psc.factor.influence", "psc.factor.duties", "psc.factor.duties-political", "psc.factor.authorities",
  "psc.factor.visibility", "psc.factor.official-interaction", "psc.other.digital-footprint",
  "psc.other.online-visibility", "psc.other.disclaimer", "psc.support.representative", "psc.support.self-assessment",
  "csps.do.shout-out", "csps.do.collaborators", "csps.do.job-leads", "csps.do.accessible-hashtag",
  "csps.do.verify-sources", "csps.dont.mistreat", "csps.dont.overshare", "csps.dont.criticize-government",
  "csps.dont.tag-partisan", "csps.dont.spam", "csps.contacts",
  "statcan.official.no-replies", "statcan.professional", "statcan.responsible", "statcan.ownership.disclaimer",
  "statcan.ownership.symbols", "statcan.respectful.language", "statcan.respectful.privacy", "statcan.brand.profanity",
  "statcan.brand.public-info", "statcan.confidentiality", "statcan.day-job.work-hours", "statcan.day-job.network-policy",
  "statcan.contact.web2social",
  "hrsdc.weigh-words", "hrsdc.risk.permanent", "hrsdc.risk.disclosure", "hrsdc.risk.identity", "hrsdc.privacy-settings",
  "hrsdc.contact",
];

const SCENARIOS = ["duty-of-loyalty", "employer-policies", "election-period", "monetizing", "digital-legacy"];

function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above the test file");
    dir = parent;
  }
  return dir;
}

const GUIDANCE_DIR = resolve(findProjectRoot(), "..", "shared", "guidance");
const SHARED_ABSENT = existsSync(GUIDANCE_DIR)
  ? false
  : `../shared is absent (no ${GUIDANCE_DIR}): cannot compare the corpus with the source texts`;

/** Straight and curly quotes count as the same, and any run of whitespace as one space. */
function normalize(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
}

function readSource(id: GuidanceSourceId): string {
  return normalize(readFileSync(join(GUIDANCE_DIR, `${id}.txt`), "utf8"));
}

test("every statement has a unique dotted id that starts with its source's short name", () => {
  const seen = new Set<string>();
  for (const statement of GUIDANCE) {
    assert.match(statement.id, /^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$/, `malformed id ${statement.id}`);
    assert.equal(statement.id.split(".")[0], PREFIX[statement.source], `${statement.id} is not from ${statement.source}`);
    assert.ok(!seen.has(statement.id), `duplicate id ${statement.id}`);
    seen.add(statement.id);
  }
});

test("every id the rule authors cite exists", () => {
  const missing = CITED_IDS.filter((id) => !GUIDANCE.some((statement) => statement.id === id));
  assert.deepEqual(missing, []);
});

test("guidanceById finds a statement and names an unknown id in its error", () => {
  assert.equal(guidanceById("psc.deputy-heads").en, "Deputy heads cannot engage in any political activity other than voting in an election.");
  assert.throws(() => guidanceById("tbs.no-such-statement"), /Unknown guidance statement id "tbs\.no-such-statement"/);
});

test("every statement quotes its source word for word", { skip: SHARED_ABSENT }, () => {
  for (const source of SOURCES) {
    const text = readSource(source.id);
    for (const statement of GUIDANCE.filter((s) => s.source === source.id)) {
      assert.ok(text.includes(normalize(statement.en)), `${statement.id} is not in ${source.id}.txt: ${statement.en}`);
      assert.ok(text.includes(normalize(statement.section)), `${statement.id}: heading "${statement.section}" is not in ${source.id}.txt`);
    }
  }
});

test("the sources are the five guidance files, each with statements", { skip: SHARED_ABSENT }, () => {
  for (const source of SOURCES) {
    assert.ok(existsSync(join(GUIDANCE_DIR, `${source.id}.txt`)), `no file for source ${source.id}`);
  }
});

test("each of the five sources has statements and a title in both languages", () => {
  assert.deepEqual(SOURCES.map((s) => s.id).sort(), Object.keys(PREFIX).sort());
  for (const source of SOURCES) {
    assert.ok(GUIDANCE.some((s) => s.source === source.id), `no statements from ${source.id}`);
    assert.ok(source.titleEn && source.titleFr && source.titleEn !== source.titleFr, `${source.id} needs EN and FR titles`);
  }
});

test("every statement and heading has French that differs from the English, marked unofficial", () => {
  assert.equal(FRENCH_IS_UNOFFICIAL, true);
  for (const statement of GUIDANCE) {
    assert.ok(statement.fr.trim().length > 0, `${statement.id} has no French`);
    assert.notEqual(statement.fr, statement.en, `${statement.id}: French is a copy of the English`);
    assert.ok(statement.sectionFr.trim() && statement.sectionFr !== statement.section, `${statement.id}: heading not translated`);
  }
});

test("a heading has the same French translation wherever it appears", () => {
  const translations = new Map<string, string>();
  for (const statement of GUIDANCE) {
    const key = `${statement.source}|${statement.section}`;
    const earlier = translations.get(key);
    if (earlier !== undefined) assert.equal(statement.sectionFr, earlier, `${statement.id}: heading translated two ways`);
    translations.set(key, statement.sectionFr);
  }
});

test("every scenario has its situation and questions numbered q1, q2, …", () => {
  const scenarios = GUIDANCE.filter((s) => s.kind === "scenario");
  assert.deepEqual(scenarios.map((s) => s.scenario).sort(), [...SCENARIOS].sort());
  for (const scenario of scenarios) {
    assert.equal(scenario.id, `tbs.scenario.${scenario.scenario}`);
    const questions = GUIDANCE.filter((s) => s.kind === "scenario-question" && s.scenario === scenario.scenario);
    assert.ok(questions.length > 0, `scenario ${scenario.scenario} has no question`);
    assert.deepEqual(questions.map((q) => q.id), questions.map((_, i) => `${scenario.id}.q${i + 1}`));
  }
  for (const statement of GUIDANCE) {
    const inScenario = statement.kind === "scenario" || statement.kind === "scenario-question";
    assert.equal(statement.scenario !== undefined, inScenario, `${statement.id}: scenario field does not match its kind`);
  }
});

test("the risk levels list three examples each, as the guidance does", () => {
  for (const level of ["appropriate", "risky", "inappropriate"] as const) {
    const examples = GUIDANCE.filter((s) => s.section === "Assessing the level of risk before posting" && s.kind === level);
    assert.equal(examples.length, 3, `${level} examples`);
  }
});

test("every contact cites existing statements, and every contact statement names a contact", () => {
  const ids = new Set(GUIDANCE.map((s) => s.id));
  const cited = new Set<string>();
  for (const contact of CONTACTS) {
    assert.ok(contact.en && contact.fr && contact.en !== contact.fr, `${contact.id} needs EN and FR names`);
    assert.ok(contact.guidance.length > 0, `${contact.id} cites no statement`);
    for (const id of contact.guidance) {
      assert.ok(ids.has(id), `${contact.id} cites unknown statement ${id}`);
      cited.add(id);
    }
    for (const department of contact.departments ?? []) assert.match(department, /^[a-z]+$/);
  }
  const uncited = GUIDANCE.filter((s) => s.kind === "contact" && !cited.has(s.id)).map((s) => s.id);
  assert.deepEqual(uncited, []);
  assert.equal(new Set(CONTACTS.map((c) => c.id)).size, CONTACTS.length, "duplicate contact id");
});

test("department contacts are only offered to their department", () => {
  assert.deepEqual(contactById("statcan-web2social").departments, ["statcan"]);
  assert.deepEqual(contactById("esdc-values-and-ethics").departments, ["esdc"]);
  assert.equal(contactById("manager").departments, undefined);
  assert.throws(() => contactById("nobody"), /Unknown contact id "nobody"/);
});

test("a quotation is cited by its source's title in the reader's language, then its section, never by a file id", async () => {
  const { citation } = await import("../../../src/core/guidance/corpus.js");
  assert.equal(citation({ source: "statcan-employee-guidelines", section: "2.7 Don’t forget your day job" }, "en"), "Social Media Guidelines for Employees (Statistics Canada), 2.7 Don’t forget your day job");
  assert.doesNotMatch(citation({ source: "psc-political-activities-social-media", section: "" }, "fr"), /psc-/);
  assert.equal(citation({ source: "unknown-text", section: "" }, "en"), "unknown-text");
});
