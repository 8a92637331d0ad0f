import { guidanceById } from "./guidance/corpus.js";
import { contactById, CONTACTS } from "./guidance/contacts.js";
import type { Action, Category, Context, Lang } from "./model.js";

/** The guidance's own questions to ask yourself, by what was found. */
const QUESTIONS: Partial<Record<Category, readonly string[]>> = {
  partisan: ["tbs.question.non-partisan", "tbs.scenario.election-period.q2"],
  criticism: ["tbs.question.perception-criticism", "tbs.scenario.duty-of-loyalty.q2", "tbs.scenario.employer-policies.q4"],
  workplace: ["tbs.question.work-environment", "tbs.scenario.employer-policies.q3"],
  harassment: ["tbs.scenario.employer-policies.q2", "tbs.scenario.duty-of-loyalty.q3"],
  profanity: ["tbs.scenario.employer-policies.q2", "tbs.question.reputation"],
  confidential: ["tbs.question.work-content"],
  "work-content": ["tbs.question.work-content", "tbs.scenario.employer-policies.q1"],
  "official-capacity": ["tbs.question.work-content", "tbs.question.stakeholder"],
  "conflict-of-interest": ["tbs.scenario.monetizing.q1", "tbs.scenario.monetizing.q2", "tbs.scenario.monetizing.q3"],
  misinformation: ["tbs.question.reliable-source"],
  hashtag: ["tbs.question.hashtags"],
  privacy: ["tbs.question.reputation"],
  spam: ["tbs.question.reputation"],
  "work-hours": ["tbs.question.non-partisan"],
};

/** Whom to ask, by what was found; the manager and the values and ethics office fit every doubt. */
const CONTACTS_BY_CATEGORY: Partial<Record<Category, readonly string[]>> = {
  partisan: ["political-activities-representative", "public-service-commission"],
  "work-hours": ["political-activities-representative"],
  criticism: ["employee-assistance-program", "ombuds", "informal-conflict-management"],
  workplace: ["employee-assistance-program", "ombuds", "informal-conflict-management"],
  "official-capacity": ["communications-team"],
  "work-content": ["communications-team"],
  confidential: ["communications-team"],
  "conflict-of-interest": ["senior-official-conflict-of-interest"],
  misinformation: ["communications-team"],
};

export function questionsFor(categories: ReadonlySet<Category>, activity: { action: Action }, lang: Lang): string[] {
  const ids = new Set<string>();
  for (const c of categories) for (const id of QUESTIONS[c] ?? []) ids.add(id);
  if ((activity.action === "like" || activity.action === "share") && categories.has("partisan")) ids.add("tbs.scenario.election-period.q1");
  if ((activity.action === "like" || activity.action === "share") && categories.has("criticism")) ids.add("tbs.scenario.duty-of-loyalty.q5");
  if (categories.size > 0) ids.add("tbs.question.reputation");
  return [...ids].map((id) => guidanceById(id)[lang]);
}

export function contactsFor(categories: ReadonlySet<Category>, context: Context, lang: Lang): string[] {
  const ids = new Set<string>(["manager", "values-and-ethics-office"]);
  for (const c of categories) for (const id of CONTACTS_BY_CATEGORY[c] ?? []) ids.add(id);
  const dept = context.department;
  if (dept) {
    for (const c of CONTACTS) {
      if (!c.departments?.includes(dept)) continue;
      // A department's own office stands beside the general one; StatCan's communications contacts fit public-facing doubts.
      ids.add(c.id);
    }
  }
  return [...ids].filter((id) => !contactById(id).departments || (dept !== undefined && contactById(id).departments!.includes(dept))).map((id) => contactById(id)[lang]);
}
