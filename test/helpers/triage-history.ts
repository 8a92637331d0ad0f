// A small stored history for the review's triage tests (CLI, server, reports): likes and a boost the export gives only
// as a link ("not checked"), one dated 1970 by the export (date unknown), own posts, a reply in French, a bio.
import type { Action, Assessment, Level } from "../../src/core/model.js";
import type { HistoryItem, Platform } from "../../src/importers/types.js";
import type { ImportRow, ReviewStore } from "../../src/store/store.js";

export function triageItem(platform: Platform, id: string, action: Action, createdAt: string, text: string): HistoryItem {
  return { platform, id, action, createdAt, text, url: `https://example.org/${platform}/${id}`, visibility: "public", sourceFile: "export" };
}

export function triageAssessment(level: Level): Assessment {
  return {
    level,
    score: level === "appropriate" ? 0 : level === "risky" ? 40 : 80,
    factors: [],
    findings: level === "appropriate" ? [] : [{ rule: "partisan/support", category: "partisan", level, message: "This supports a party.", guidance: [], source: "rule" as const }],
    questions: [],
    contacts: [],
    lang: "en",
    textLang: "en",
  };
}

const row = (it: HistoryItem, level: Level): ImportRow => ({ item: it, assessment: triageAssessment(level), beforeService: false, rulesVersion: "1" });

/** Seven items: 2 not checked (a Mastodon favourite and a boost dated 1970), 4 risky or worse, 1 appropriate. */
export const TRIAGE_HISTORY: readonly ImportRow[] = [
  row(triageItem("mastodon", "fav-1", "like", "2021-05-01T10:00:00.000Z", "https://mastodon.social/@someone/1"), "appropriate"),
  row(triageItem("mastodon", "boost-1", "share", "1970-01-01T00:00:00.000Z", "https://mastodon.social/@someone/2"), "appropriate"),
  row(triageItem("x", "like-1", "like", "2018-06-01T10:00:00.000Z", "Vote for our candidate!"), "risky"),
  row(triageItem("x", "like-2", "like", "2017-06-01T10:00:00.000Z", "Join the campaign rally"), "risky"),
  row(triageItem("x", "post-bad", "post", "2016-01-01T10:00:00.000Z", "those idiots in my department"), "inappropriate"),
  row(triageItem("x", "reply-1", "reply", "2019-03-01T10:00:00.000Z", "Belle élection partielle, votez bleu"), "risky"),
  row(triageItem("x", "post-ok", "post", "2020-01-01T10:00:00.000Z", "Lovely walk by the canal"), "appropriate"),
];

/** Stores TRIAGE_HISTORY as one finished import; returns the store. */
export function seedTriage(store: ReviewStore): ReviewStore {
  const importId = store.beginImport("x", "/tmp/export", "triage-fp");
  store.addBatch(importId, TRIAGE_HISTORY);
  store.finishImport(importId, { count: TRIAGE_HISTORY.length });
  return store;
}
