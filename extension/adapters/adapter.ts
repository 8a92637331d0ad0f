/**
 * What the extension knows about one site, as data: where it runs, which elements are its compose boxes, which
 * controls post or pass on someone else's post, and where such a post keeps its text and author. Structural markers
 * (roles, data attributes, an editor library's own class) rather than generated class names, which change with every
 * deploy. Anything not matched here falls back to the generic finder (textareas, contenteditable roots, role=textbox).
 */
export interface SiteAdapter {
  /** A stable id, the key of the per-site on/off setting. */
  id: string;
  /** The site's name as people know it (the same in both languages). */
  name: string;
  /** Manifest match patterns of the pages where the content script runs. */
  matches: string[];
  /** The compose boxes: selectors of an editor's root element. */
  editors: string[];
  /** Controls that publish the draft being written (Post, Reply, Send, Comment). */
  post: string[];
  /** Controls that pass someone else's post on (Repost, Share, Boost). */
  repost: string[];
  /** Controls that endorse someone else's post (Like, Favourite). */
  like: string[];
  /** Where a post shown on the page keeps its text and author, for Repost and Like. */
  shared?: { container: string; text: string; author: string };
}
