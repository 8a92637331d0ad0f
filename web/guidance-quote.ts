/// <reference lib="dom" />
import { citation, shownQuote } from "../src/core/guidance/corpus.js";
import type { GuidanceRef, Lang } from "../src/core/model.js";
import { el } from "./dom.js";

export const QUOTE_STRINGS = {
  en: { published: "Read the published text" },
  fr: { published: "Lire le texte publié" },
} as const satisfies Record<Lang, { published: string }>;

/**
 * A finding's or an answer's guidance as every page shows it: the quotation as the corpus says to show it (a whole
 * sentence, or marked with its lead-in), where it comes from, and a link to the published page when there is one (an
 * ordinary link the reader may follow; the page itself requests nothing from it). `prefix` goes before the citation.
 */
export function guidanceBlock(g: GuidanceRef, lang: Lang, prefix = ""): HTMLElement {
  const source = el("p", { class: "source" }, `${prefix}${citation(g, lang)}`);
  if (g.url) source.append(" — ", el("a", { href: g.url, class: "guidance-link", hreflang: g.url.includes("/fr/") ? "fr" : "en" }, QUOTE_STRINGS[lang].published));
  return el("blockquote", g.url ? { cite: g.url, "data-form": g.form ?? "sentence" } : { "data-form": g.form ?? "sentence" }, el("p", {}, shownQuote(g, lang)), source);
}
