import { electionsAt, type ElectionEvent } from "./elections.js";
import { InputError, judgeEach, type AssessOptions, type Batchable, type BatchItem } from "./engine.js";
import type { Activity, Assessment } from "./model.js";

/**
 * "Now" for a check: without `electionPeriod` in its context, an activity is judged in the election period, if any,
 * that the built-in calendar (and the person's own additions) puts at its `postedAt`, or at the moment of the check.
 * The moment is given, never read here: the core stays free of clocks, and a caller can judge as of any date.
 */
export interface CalendarChoice {
  /** The moment of the check, used when the activity has no `postedAt`. */
  now: Date | string;
  /** The jurisdictions whose election periods count (default: federal, provinces and territories). */
  jurisdictions?: readonly string[];
  /** By-elections or municipal elections the person adds. */
  extra?: readonly ElectionEvent[];
}

export interface CalendarActivity {
  activity: Activity;
  /** The election the calendar put the activity in; absent when the context said, or when there is none. */
  election?: ElectionEvent;
}

export function withCalendar(activity: Activity, choice: CalendarChoice): CalendarActivity {
  if (activity.context?.electionPeriod !== undefined) return { activity };
  const at = activity.context?.postedAt ?? choice.now;
  const [election] = electionsAt(at, { ...(choice.jurisdictions ? { jurisdictions: choice.jurisdictions } : {}), ...(choice.extra ? { extra: choice.extra } : {}) });
  const context = { ...activity.context, electionPeriod: election !== undefined };
  return election ? { activity: { ...activity, context }, election } : { activity: { ...activity, context } };
}

/** How an election the calendar found is named in an answer: its id and its name in both languages. */
export function electionRef(e: ElectionEvent): { id: string; name: { en: string; fr: string }; writ: string; polling: string } {
  return { id: e.id, name: e.name, writ: e.writ, polling: e.polling };
}

/**
 * Names the election the calendar found in the assessment's election-period factor ("it is an election period: the
 * 2025 federal general election, from the built-in calendar"), so a person sees why the period counts.
 */
export function nameElection<A extends { factors: { factor: string; note: string }[]; lang: "en" | "fr" }>(assessment: A, election: ElectionEvent | undefined): A {
  if (!election) return assessment;
  const fr = assessment.lang === "fr";
  const factors = assessment.factors.map((f) =>
    f.factor === "electionPeriod" ? { ...f, note: `${f.note}${fr ? " : " : ": "}${election.name[assessment.lang]}${fr ? ", selon le calendrier intégré" : ", from the built-in calendar"}` } : f,
  );
  return { ...assessment, factors };
}

/** Which elections count for a person (a configuration's profile): its jurisdictions and the elections it adds. */
export interface ElectionChoice {
  jurisdictions?: readonly string[];
  elections?: readonly ElectionEvent[];
}

/**
 * A judge that reads the calendar first: each activity without an election period said is dated (its `postedAt`, else
 * `now()` at the moment it is judged) and the election found is named in the answer. The command line and the server
 * check through it alike.
 */
export function judgedByCalendar(judge: Batchable, choice: ElectionChoice | undefined, now: () => Date = () => new Date()): Batchable & { all: NonNullable<Batchable["all"]> } {
  const fixed = { ...(choice?.jurisdictions ? { jurisdictions: choice.jurisdictions } : {}), ...(choice?.elections ? { extra: choice.elections } : {}) };
  const one = (activity: Activity, options?: AssessOptions): Assessment => {
    const dated = withCalendar(activity, { now: now(), ...fixed });
    return nameElection(judge(dated.activity, options), dated.election);
  };
  // A batch is dated item by item, judged at once (the judge's batch form), and each election named in its answer.
  const all = (batch: readonly BatchItem[]): (Assessment | InputError)[] => {
    const dated = batch.map((item) => withCalendar(item.activity, { now: now(), ...fixed }));
    return judgeEach(
      judge,
      batch.map((item, k) => ({ activity: dated[k]!.activity, ...(item.options ? { options: item.options } : {}) })),
    ).map((answer, k) => (answer instanceof InputError ? answer : nameElection(answer, dated[k]!.election)));
  };
  return Object.assign(one, { all });
}
