import { createEngine, type Engine } from "../src/core/engine.js";
import type { Activity, Assessment, Lang } from "../src/core/model.js";
import { engineOptionsFor, selectPacks } from "../src/core/packs/pack.js";

/** The longest draft judged as a person types: longer ones are judged on their beginning, with a notice. */
export const MAX_JUDGED_CHARS = 10_000;

/** One engine per department's packs, built on first use: building compiles the lexicons (about 200 ms). */
const engines = new Map<string, Engine>();

function engineFor(department: string | undefined): Engine {
  const key = department ?? "";
  let engine = engines.get(key);
  if (!engine) engines.set(key, (engine = createEngine(engineOptionsFor(selectPacks(department ? { department } : {})))));
  return engine;
}

/** The same judgement as the CLI and the pages: the bundled core, the department's packs, messages in `lang`. */
export function judge(activity: Activity, lang: Lang): Assessment {
  return engineFor(activity.context?.department).assess(activity, { lang });
}
