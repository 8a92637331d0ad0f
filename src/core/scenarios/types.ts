import type { GuidanceSourceId } from "../guidance/types.js";
import type { Action, Context, Level } from "../model.js";

/** A text in both official languages; French is our own translation. */
export interface Bilingual {
  en: string;
  fr: string;
}

/** One thing the learner might do in the situation, with the level the guidance gives it. */
export interface ScenarioChoice {
  /** Unique within its scenario. */
  id: string;
  /** The draft or action exactly as it would be posted (for like and share: the content liked or shared; for follow: the account). */
  text: Bilingual;
  action: Action;
  /** The post being answered, for comment and reply. */
  inReplyTo?: Bilingual;
  context: Context;
  /** The level the guidance decides, written before running the engine. */
  expected: Level;
  explanation: Bilingual;
  /** The statements the explanation rests on. */
  guidance: readonly string[];
}

export interface Scenario {
  id: string;
  sources: readonly GuidanceSourceId[];
  /** The statements the situation comes from or turns on. */
  guidance: readonly string[];
  title: Bilingual;
  situation: Bilingual;
  choices: readonly ScenarioChoice[];
  /** Questions to ask yourself: ids of guidance statements. */
  questions: readonly string[];
}
