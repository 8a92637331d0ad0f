import type { Activity, Assessment, Lang } from "../src/core/model.js";
import { departmentEngines } from "../src/core/packs/department-engine.js";

/** The longest draft judged as a person types: longer ones are judged on their beginning, with a notice. */
export const MAX_JUDGED_CHARS = 10_000;

const engineFor = departmentEngines();

/** The same judgement as the CLI and the pages: the bundled core, the department's packs, messages in `lang`. */
export function judge(activity: Activity, lang: Lang): Assessment {
  return engineFor(activity.context?.department).assess(activity, { lang });
}
