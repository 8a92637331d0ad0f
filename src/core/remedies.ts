// What a person can do about one item of their history, by platform and action, and what each step is called there:
// a like is unliked, not deleted; a share is undone; a bio is edited, never deleted; only some platforms let an old
// post be edited or hidden. The review page, the CLI and the reports all name decisions through this table.
//
// The stored decisions stay the four of the review database (keep, delete, edit, make-private); this table says which
// of them an item is offered and what "delete" or "make private" means for it. What each platform allows is as its
// help pages described it in 2026 (noted beside each); platforms change this often, so the page says "where the
// platform allows it" rather than promising.

import type { Action } from "./model.js";
import type { Platform } from "../importers/types.js";
import type { Message } from "./message.js";

export const DECISION_VALUES = ["keep", "delete", "edit", "make-private"] as const;
export type DecisionValue = (typeof DECISION_VALUES)[number];

/** Where an item's action puts it in the review: the person's own words first, then what they passed on, then what they reacted to. */
export type ItemGroup = "own" | "shared" | "reacted";

export function itemGroup(action: Action): ItemGroup {
  if (action === "share") return "shared";
  if (action === "like" || action === "follow") return "reacted";
  return "own";
}

/** The order of the groups in the attention view, as SQL over `i.action`: own words 0, shares 1, likes and follows 2. */
export const GROUP_RANK_SQL = "CASE i.action WHEN 'share' THEN 1 WHEN 'like' THEN 2 WHEN 'follow' THEN 2 ELSE 0 END";

// Editing an old post: X allows edits for an hour after posting (subscribers only), Threads for 15 minutes, Bluesky
// not at all; Mastodon, Facebook, Instagram (captions), LinkedIn and Reddit (text posts and comments) allow it.
export const EDITABLE: readonly Platform[] = ["mastodon", "facebook", "instagram", "linkedin", "reddit"];
// Hiding one post without deleting it: Facebook changes its audience to "Only me", Instagram archives it. X protects a
// whole account, not one post; Mastodon, Bluesky, Threads, LinkedIn and Reddit offer no per-post way after posting.
export const HIDEABLE: readonly Platform[] = ["facebook", "instagram"];

/** The decisions an item of this platform and action can be given, in the order the page shows them. */
export function decisionsFor(platform: Platform, action: Action): DecisionValue[] {
  switch (action) {
    case "like":
    case "follow":
    case "share":
      return ["keep", "delete"];
    case "profile":
      return ["keep", "edit"];
    default: {
      const offered: DecisionValue[] = ["keep", "delete"];
      if (EDITABLE.includes(platform)) offered.push("edit");
      if (HIDEABLE.includes(platform)) offered.push("make-private");
      return offered;
    }
  }
}

/** Whether a decision can be given to an item of this platform and action. */
export function offers(platform: Platform, action: Action, decision: DecisionValue): boolean {
  return decisionsFor(platform, action).includes(decision);
}

/** The items of a decision's offer as SQL over `i.platform` and `i.action` (the review database's columns). */
export function offeredSql(decision: DecisionValue): string {
  const list = (platforms: readonly Platform[]) => platforms.map((p) => `'${p}'`).join(", ");
  const words = "i.action IN ('post', 'comment', 'reply')";
  if (decision === "keep") return "1";
  if (decision === "delete") return "i.action <> 'profile'";
  if (decision === "edit") return `(i.action = 'profile' OR (${words} AND i.platform IN (${list(EDITABLE)})))`;
  return `(${words} AND i.platform IN (${list(HIDEABLE)}))`;
}

/** A step's name as a button ("Unlike") and as a to-do ("Unlike it" is said by the list's heading, so the same words serve). */
export function decisionName(decision: DecisionValue, platform: Platform, action: Action): Message {
  if (decision === "keep") return { en: "Keep", fr: "Conserver" };
  if (decision === "edit") return action === "profile" ? { en: "Edit bio", fr: "Modifier la biographie" } : { en: "Edit", fr: "Modifier" };
  if (decision === "make-private")
    return platform === "instagram" ? { en: "Archive", fr: "Archiver" } : platform === "facebook" ? { en: "Change audience to Only me", fr: "Changer l'audience pour « Moi uniquement »" } : { en: "Make private", fr: "Rendre privé" };
  switch (action) {
    case "like":
      return platform === "mastodon" ? { en: "Unfavourite", fr: "Retirer des favoris" } : { en: "Unlike", fr: "Ne plus aimer" };
    case "follow":
      return { en: "Unfollow", fr: "Ne plus suivre" };
    case "share":
      return platform === "mastodon" ? { en: "Undo boost", fr: "Annuler le partage" } : platform === "x" || platform === "bluesky" || platform === "threads" || platform === "linkedin" ? { en: "Undo repost", fr: "Annuler la republication" } : { en: "Undo share", fr: "Annuler le partage" };
    case "profile":
      return { en: "Edit bio", fr: "Modifier la biographie" };
    default:
      return { en: "Delete", fr: "Supprimer" };
  }
}

/** What the person did, as a verb in the past ("liked on 2019-03-05", not "posted"). */
export function actionVerb(action: Action): Message {
  switch (action) {
    case "post":
      return { en: "posted", fr: "publié" };
    case "comment":
      return { en: "commented", fr: "commenté" };
    case "reply":
      return { en: "replied", fr: "répondu" };
    case "share":
      return { en: "shared", fr: "partagé" };
    case "like":
      return { en: "liked", fr: "aimé" };
    case "follow":
      return { en: "followed", fr: "suivi" };
    case "profile":
      return { en: "profile bio", fr: "biographie du profil" };
  }
}

/**
 * Whether an item's text has anything to read besides links: a Mastodon favourite or boost carries only the URL of
 * someone else's post, which the export does not include, so Impartial cannot say whether it was appropriate.
 */
export function hasReadableText(text: string): boolean {
  // Only a text with "://" holds a link to take out: the others are read as they are, without a pass to replace.
  return /[\p{L}\p{N}]/u.test(text.includes("://") ? text.replace(/\b(?:https?|at):\/\/\S*/giu, " ") : text);
}
