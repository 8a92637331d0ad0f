// A made-up history written straight into a review store (no importer, no judge): what the review page's tests list,
// triage and search, with each item's level given.
import type { Action, Assessment, Level } from "../../src/core/model.js";
import type { HistoryItem, Platform } from "../../src/importers/types.js";
import type { ImportRow, ReviewStore } from "../../src/store/store.js";

export function historyItem(platform: Platform, id: string, action: Action, createdAt: string, text: string, extra: Partial<HistoryItem> = {}): HistoryItem {
  return { platform, id, action, createdAt, text, url: `https://example.org/${platform}/${id}`, visibility: "public", sourceFile: "export", ...extra };
}

export function judged(level: Level, lang: "en" | "fr" = "en"): Assessment {
  const finding = { rule: "partisan/engaging", category: "partisan" as const, level, message: lang === "fr" ? "Activité partisane visible." : "Visible partisan activity.", guidance: [], source: "rule" as const };
  return { level, score: level === "appropriate" ? 0 : level === "risky" ? 40 : 80, factors: [], findings: level === "appropriate" ? [] : [finding], questions: [], contacts: [], lang: "en", textLang: lang };
}

export function historyRow(item: HistoryItem, level: Level, options: { electionPeriod?: boolean; textLang?: "en" | "fr" } = {}): ImportRow {
  return { item, assessment: judged(level, options.textLang), beforeService: false, rulesVersion: "test", context: { electionPeriod: options.electionPeriod ?? false } };
}

/** Own words, shares and likes at every level, a text-less Mastodon boost, and a French post with accents. */
export const MIXED_HISTORY: ImportRow[] = [
  historyRow(historyItem("x", "like-risky", "like", "2024-03-01T10:00:00.000Z", "Vote for our candidate on Monday!"), "risky"),
  historyRow(historyItem("x", "like-bad", "like", "2018-03-01T10:00:00.000Z", "Those idiots in the ministry"), "inappropriate"),
  historyRow(historyItem("x", "share-risky", "share", "2023-01-01T10:00:00.000Z", "RT @party: join the campaign"), "risky"),
  historyRow(historyItem("x", "post-risky", "post", "2015-01-01T10:00:00.000Z", "This minister is a disgrace"), "risky"),
  historyRow(historyItem("x", "post-bad", "post", "2016-01-01T10:00:00.000Z", "those idiots in my department"), "inappropriate"),
  historyRow(historyItem("x", "post-fine", "post", "2025-01-01T10:00:00.000Z", "Lovely day at the lake"), "appropriate"),
  historyRow(historyItem("x", "like-fine", "like", "2017-06-01T10:00:00.000Z", "A photo of a heron"), "appropriate"),
  historyRow(historyItem("x", "like-old", "like", "2016-06-01T10:00:00.000Z", "A good book about birds"), "appropriate"),
  historyRow(historyItem("mastodon", "boost-bare", "share", "2021-05-02T10:00:00.000Z", "https://mastodon.social/@someone/2", { url: "https://mastodon.social/@someone/2" }), "appropriate"),
  historyRow(historyItem("facebook", "fr-vote", "post", "2022-06-01T10:00:00.000Z", "Je vote aux élections fédérales, et vous?"), "risky", { electionPeriod: true, textLang: "fr" }),
];

/** Writes rows into the store as one import, as a scan would. */
export function storeRows(store: ReviewStore, rows: readonly ImportRow[], platform: Platform = "x"): void {
  const importId = store.beginImport(platform, "/tmp/made-up-export.zip", `made-up-${rows.length}-${rows[0]?.item.id ?? ""}`);
  for (let i = 0; i < rows.length; i += 1000) store.addBatch(importId, rows.slice(i, i + 1000));
  store.finishImport(importId, { count: rows.length });
}
