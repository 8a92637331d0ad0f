import { assess, InputError, judgeEach, MAX_TEXT_LENGTH, rulesVersion, type Batchable, type BatchItem } from "../core/engine.js";
import type { Assessment, Context, Lang } from "../core/model.js";
import type { HistoryItem } from "../importers/types.js";
import type { ReviewRow } from "./store.js";

/** What judges a history item: the built-in engine, or one configured with packs (which then carries their version). */
export type Judge = Batchable & { version?: string };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The version stored with each assessment: the rules', and the packs' when the judge was configured with some. */
export function judgeVersion(judge: Judge): string {
  return typeof judge.version === "string" ? `${rulesVersion()}+${judge.version}` : rulesVersion();
}

/**
 * Judges one history item in its context (as of its date). An item with no words (a bare like, an empty repost) has
 * nothing to judge and is appropriate; a huge one is judged on its start.
 */
export function assessItem(item: HistoryItem, context: Context, lang?: Lang, judge: Judge = assess): Assessment {
  return assessItems([{ item, context }], lang, judge)[0]!;
}

/**
 * assessItem of each, the items with words judged as one batch (judgeEach): the same answers, in less time. What the
 * engine refuses in an item is thrown, as assessItem throws it.
 */
export function assessItems(jobs: readonly { item: HistoryItem; context: Context }[], lang?: Lang, judge: Judge = assess): Assessment[] {
  const out = new Array<Assessment>(jobs.length);
  const batch: BatchItem[] = [];
  const at: number[] = [];
  jobs.forEach(({ item, context }, i) => {
    // Broken characters become U+FFFD rather than costing the whole item.
    const text = (item.text.length > MAX_TEXT_LENGTH ? item.text.slice(0, MAX_TEXT_LENGTH) : item.text).replace(LONE_SURROGATE, "\uFFFD");
    if (text.trim() === "") {
      out[i] = { level: "appropriate", score: 0, factors: [], findings: [], questions: [], contacts: [], lang: lang ?? "en", textLang: "en" };
      return;
    }
    batch.push({ activity: { text, action: item.action, context }, options: lang ? { lang } : {} });
    at.push(i);
  });
  judgeEach(judge, batch).forEach((answer, k) => {
    if (answer instanceof InputError) throw answer;
    out[at[k]!] = answer;
  });
  return out;
}

/**
 * The row with its assessment's words in `lang`. A scan stores its messages in one language; the other is made
 * by judging the item again in the context it was judged in, which gives the same findings in other words, as
 * long as the rules are the ones that judged it (`version`). Otherwise, or for a row stored without its context
 * (before Impartial kept it), or if the level came out different, the row is returned as stored.
 */
export function inLanguage(row: ReviewRow, lang: Lang, judge: Judge, version: string): ReviewRow {
  const assessed = row.assessed;
  if (!assessed || assessed.assessment.lang === lang || !assessed.context || assessed.rulesVersion !== version) return row;
  const again = assessItem(row.item, assessed.context, lang, judge);
  if (again.level !== assessed.assessment.level || again.findings.length !== assessed.assessment.findings.length) return row;
  return { ...row, assessed: { ...assessed, assessment: again } };
}
