/// <reference lib="dom" />
import type { Span } from "../src/core/model.js";
import type { SiteAdapter } from "./adapters/adapter.js";

/** A compose box: a textarea (or a text input a site's adapter names) or the root of a contenteditable region. */
export type Editor = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const SEARCH_WORDS = /\b(search|recherche|rechercher|chercher)\b/i;

function isFormField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/** The topmost element of the contenteditable region `el` is in. */
function editableRoot(el: HTMLElement): HTMLElement {
  let root = el;
  for (let parent = el.parentElement; parent?.isContentEditable; parent = parent.parentElement) root = parent;
  return root;
}

/** Search boxes, comboboxes and fields nobody can type in are never checked. */
function isExcluded(el: Element): boolean {
  if (isFormField(el) && (el.readOnly || el.disabled)) return true;
  if (el.getAttribute("aria-readonly") === "true" || el.getAttribute("aria-disabled") === "true") return true;
  const role = el.getAttribute("role");
  if (role === "combobox" || role === "searchbox" || role === "search") return true;
  if (el instanceof HTMLInputElement && el.type === "search") return true;
  if (el.closest('[role="search"], form[role="search"], search')) return true;
  const names = [el.getAttribute("aria-label"), el.getAttribute("placeholder"), el.getAttribute("name"), el.id].filter((x): x is string => !!x);
  return names.some((n) => SEARCH_WORDS.test(n));
}

/**
 * The compose box an event's target belongs to, if it is one: an element the site's adapter names, or else a
 * textarea, a contenteditable root or a role=textbox. `target` is the innermost element (composedPath()[0]), so
 * editors in open shadow roots are found too.
 */
export function editorOf(target: EventTarget | null, adapter: SiteAdapter | undefined): Editor | undefined {
  if (!(target instanceof HTMLElement)) return undefined;
  let candidate: HTMLElement | undefined;
  if (adapter) {
    for (const selector of adapter.editors) {
      const found = safeClosest(target, selector);
      if (found instanceof HTMLElement) {
        candidate = found;
        break;
      }
    }
  }
  if (!candidate) {
    if (target instanceof HTMLTextAreaElement) candidate = target;
    else if (target.isContentEditable) candidate = editableRoot(target);
    else if (target.getAttribute("role") === "textbox" && !(target instanceof HTMLInputElement)) candidate = target;
  }
  if (!candidate || isExcluded(candidate)) return undefined;
  if (!isFormField(candidate) && !candidate.isContentEditable) return undefined;
  return candidate;
}

/**
 * An element's shadow root, open or closed: a closed root is reachable from a content script only, through
 * `chrome.dom.openOrClosedShadowRoot` in Chromium and `openOrClosedShadowRoot` on the element in Firefox. Without
 * either (or if they throw), only open roots: fail open.
 */
export function shadowRootOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  try {
    const gecko = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    if (gecko) return gecko;
    const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } }).chrome?.dom;
    return dom?.openOrClosedShadowRoot?.(el) ?? null;
  } catch {
    return null;
  }
}

/**
 * The element an event really happened on: the innermost on its composed path, then, while that is the host of a
 * closed shadow root (which the composed path stops at), the element focused inside that root, or for a pointer
 * the element under it.
 */
export function deepTarget(e: Event): Element | undefined {
  const first = e.composedPath()[0];
  let el = first instanceof Element ? first : undefined;
  for (let depth = 0; el && depth < 8; depth++) {
    const root = el.shadowRoot ? null : shadowRootOf(el);
    if (!root) break;
    const inner: Element | null = root.activeElement ?? (e instanceof MouseEvent ? root.elementFromPoint(e.clientX, e.clientY) : null);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

/** The element focused in the document, through open and closed shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let focused: Element | null = doc.activeElement;
  for (let depth = 0; focused && depth < 8; depth++) {
    const inner = shadowRootOf(focused)?.activeElement;
    if (!inner) break;
    focused = inner;
  }
  return focused;
}

/** `closest` that treats a selector the browser does not support (an adapter's `:has`, say) as no match. */
export function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** The text of a contenteditable as a person reads it, with the text node each piece comes from. */
export interface EditableText {
  text: string;
  /** Each text node and the offset of its first character in `text`, in document order. */
  pieces: { node: Text; start: number }[];
}

const BLOCKS = new Set(["P", "DIV", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TR", "SECTION", "ARTICLE"]);

/** Reads a contenteditable: its text nodes in order, a line break between blocks and for each <br>. */
export function readEditable(root: HTMLElement): EditableText {
  let text = "";
  const pieces: EditableText["pieces"] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (data.length > 0) {
          pieces.push({ node: child as Text, start: text.length });
          text += data;
        }
      } else if (child instanceof HTMLElement) {
        if (child.tagName === "BR") {
          // Editors put a <br> in an empty line; it only counts between pieces of text.
          if (child.nextSibling || !BLOCKS.has(node instanceof HTMLElement ? node.tagName : "")) text += "\n";
          continue;
        }
        if (child.getAttribute("contenteditable") === "false" && child.getAttribute("aria-hidden") === "true") continue;
        const block = BLOCKS.has(child.tagName);
        if (block && text.length > 0 && !text.endsWith("\n")) text += "\n";
        walk(child);
      }
    }
  };
  walk(root);
  return { text: text.replace(/\u200b|\ufeff/g, " "), pieces };
}

/** The text of any editor. */
export function editorText(editor: Editor): string {
  return isFormField(editor) ? editor.value : readEditable(editor).text;
}

/** The DOM range covering `[start, end)` of a contenteditable's text as `readEditable` read it. */
export function rangeFor(read: EditableText, [start, end]: Span): Range | undefined {
  const at = (offset: number, atEnd: boolean): { node: Text; offset: number } | undefined => {
    for (const p of read.pieces) {
      const last = p.start + p.node.data.length;
      if (offset < last || (atEnd && offset === last)) return offset >= p.start ? { node: p.node, offset: offset - p.start } : { node: p.node, offset: 0 };
    }
    return undefined;
  };
  const from = at(start, false);
  const to = at(end, true);
  if (!from || !to) return undefined;
  const range = new Range();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed ? undefined : range;
}

export function isTextField(editor: Editor): editor is HTMLTextAreaElement | HTMLInputElement {
  return isFormField(editor);
}
