import { assess } from "./engine.js";
import { guidanceById, guidanceRef } from "./guidance/corpus.js";
import type { Action, Activity, Context, Finding, GuidanceRef, Lang, Level } from "./model.js";
import { MORE_SCENARIOS } from "./scenarios/more.js";
import { TBS_SCENARIOS } from "./scenarios/tbs.js";
import type { Scenario, ScenarioChoice } from "./scenarios/types.js";

export type { Bilingual, Scenario, ScenarioChoice } from "./scenarios/types.js";

/** The five TBS practice situations first, then those built from the other four texts. */
export const SCENARIOS: readonly Scenario[] = Object.freeze([...TBS_SCENARIOS, ...MORE_SCENARIOS]);

const BY_ID = new Map(SCENARIOS.map((s) => [s.id, s]));

export function scenarioById(id: string): Scenario | undefined {
  return BY_ID.get(id);
}

/** The engine's judgement of one choice, beside what the guidance decides. */
export interface JudgedChoice {
  id: string;
  text: string;
  action: Action;
  inReplyTo?: string;
  context: Context;
  expected: Level;
  level: Level;
  /** The engine reached the level the guidance gives. */
  agrees: boolean;
  findings: Finding[];
  rewrite?: string;
  explanation: string;
  guidance: GuidanceRef[];
}

export interface ScenarioQuestion {
  id: string;
  text: string;
}

/** A scenario in one language with every choice judged: what `practice --json` prints and the page shows. */
export interface JudgedScenario {
  id: string;
  lang: Lang;
  sources: string[];
  title: string;
  situation: string;
  questions: ScenarioQuestion[];
  guidance: GuidanceRef[];
  choices: JudgedChoice[];
  /** French quotations of the guidance are our own translation. */
  unofficialTranslation: boolean;
}

export function choiceActivity(choice: ScenarioChoice, lang: Lang): Activity {
  const activity: Activity = { text: choice.text[lang], action: choice.action, context: choice.context };
  if (choice.inReplyTo) activity.inReplyTo = choice.inReplyTo[lang];
  return activity;
}

export function guidanceQuote(id: string, lang: Lang): GuidanceRef {
  return guidanceRef(id, lang);
}

export function judgeChoice(scenario: Scenario, choice: ScenarioChoice, lang: Lang): JudgedChoice {
  if (!scenario.choices.includes(choice)) throw new Error(`choice "${choice.id}" is not part of scenario "${scenario.id}"`);
  const activity = choiceActivity(choice, lang);
  const assessment = assess(activity, { lang });
  const judged: JudgedChoice = {
    id: choice.id,
    text: activity.text,
    action: choice.action,
    context: choice.context,
    expected: choice.expected,
    level: assessment.level,
    agrees: assessment.level === choice.expected,
    findings: assessment.findings,
    explanation: choice.explanation[lang],
    guidance: choice.guidance.map((id) => guidanceQuote(id, lang)),
  };
  if (activity.inReplyTo !== undefined) judged.inReplyTo = activity.inReplyTo;
  if (assessment.rewrite !== undefined) judged.rewrite = assessment.rewrite;
  return judged;
}

export function judgeScenario(scenario: Scenario, lang: Lang): JudgedScenario {
  return {
    id: scenario.id,
    lang,
    sources: [...scenario.sources],
    title: scenario.title[lang],
    situation: scenario.situation[lang],
    questions: scenario.questions.map((id) => ({ id, text: lang === "fr" ? guidanceById(id).fr : guidanceById(id).en })),
    guidance: scenario.guidance.map((id) => guidanceQuote(id, lang)),
    choices: scenario.choices.map((c) => judgeChoice(scenario, c, lang)),
    unofficialTranslation: lang === "fr",
  };
}
