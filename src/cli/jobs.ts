import { defaultJobs } from "../store/judge-pool.js";
import { UsageError } from "./errors.js";

/** `--jobs N`: threads that judge, the reading one included; one per core when not given. */
export function jobsOf(given: string | undefined): number {
  if (given === undefined) return defaultJobs();
  if (!/^\d{1,3}$/.test(given) || Number(given) < 1 || Number(given) > 64) throw new UsageError({ en: `--jobs must be a whole number from 1 to 64, not "${given}"`, fr: `--jobs doit être un nombre entier de 1 à 64, et non « ${given} »` });
  return Number(given);
}
