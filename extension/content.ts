/// <reference lib="dom" />
import { levelRank, type Action, type Assessment, type Author, type Context, type Lang, type Level } from "../src/core/model.js";
import { electionsForCheck } from "../web/check-view.js";
import { adapterFor, type SiteAdapter } from "./adapters/index.js";
import { deepActiveElement, deepTarget, editorOf, editorText, isTextField, rangeFor, readEditable, safeClosest, type Editor } from "./editors.js";
import { judge, MAX_JUDGED_CHARS } from "./judge.js";
import { adapterWithServers, loadServers } from "./servers.js";
import { DEFAULT_SETTINGS, loadSettings, uiLang, type Settings } from "./settings.js";
import { HIGHLIGHT_NAMES } from "./style.js";
import { HOST_TAG, Overlay } from "./ui.js";

/**
 * The content script: finds the compose box being written in (focusin, no polling), judges its text with the bundled
 * core a moment after the last key, shows the verdict beside it in the extension's own shadow root, underlines the
 * flagged passages without touching the editor, and holds back Post for an inappropriate draft until the person
 * chooses. Every handler fails open: whatever throws, the site goes on as if the extension were not there.
 *
 * It is not declared in the manifest: the loader (loader.ts) has the background inject it into a frame when the
 * person first focuses or presses on a compose box there, so it starts with that editor already focused, maybe
 * already typed in.
 */

/** How long after the last key the draft is judged: short enough for the verdict to follow typing (≤ 300 ms). */
const DEBOUNCE_MS = 80;

// An about:blank or srcdoc frame has its parent's origin: judge it as part of the site.
const pageUrl = /^https?:/.test(location.protocol) ? location.href : `${self.origin}/`;
/** The site's adapter; on a Mastodon server the person added, known once their list is read. */
let adapter: SiteAdapter | undefined = adapterFor(pageUrl);

let settings: Settings = DEFAULT_SETTINGS;
let lang: Lang = uiLang(settings.language, navigator.language);
let overlay: Overlay | undefined;
let active: Editor | undefined;
let latest: { text: string; assessment: Assessment } | undefined;
/** The text "Post anyway" let through; any edit clears it. */
let allowedText: string | undefined;
/** The shared post (text and author) whose Repost or Like "Go ahead anyway" let through. */
let allowedShare: string | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let frame = 0;
let observer: MutationObserver | undefined;

function enabled(): boolean {
  return !adapter || !settings.sitesOff.includes(adapter.id);
}

/** Runs a handler so that nothing it throws reaches the site: the page keeps working as without the extension. */
function safely<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch {
      // Fail open: a broken check must never break the site.
    }
  };
}

function context(): Context {
  const c: Context = {};
  if (settings.identifiable) c.identifiable = true;
  c.role = settings.role;
  if (settings.department) c.department = settings.department;
  if (electionsForCheck(new Date(), settings.province, false).length > 0) c.electionPeriod = true;
  return c;
}

function getOverlay(): Overlay {
  if (!overlay) {
    overlay = new Overlay(document);
    overlay.setLang(lang);
  }
  overlay.attach(document);
  return overlay;
}

function clearHighlights(): void {
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights?.delete(name);
}

/** Judges the active editor's text now; returns what was judged (undefined for an empty draft). */
function judgeNow(): { text: string; assessment: Assessment } | undefined {
  clearTimeout(timer);
  timer = undefined;
  const editor = active;
  if (!editor) return undefined;
  const text = editorText(editor);
  if (latest && latest.text === text) return latest;
  if (text.trim() === "") {
    latest = undefined;
    overlay?.clear();
    clearHighlights();
    return undefined;
  }
  const judged = text.length > MAX_JUDGED_CHARS ? text.slice(0, MAX_JUDGED_CHARS) : text;
  const assessment = judge({ text: judged, action: "post", context: context() }, lang);
  latest = { text, assessment };
  const ui = getOverlay();
  ui.show(assessment, judged.length < text.length ? MAX_JUDGED_CHARS : undefined);
  underline(editor, judged, assessment);
  ui.place(editor.getBoundingClientRect());
  return latest;
}

/** Underlines the flagged passages: Custom Highlights in a contenteditable, the mirror over a textarea. */
function underline(editor: Editor, text: string, assessment: Assessment): void {
  if (isTextField(editor)) {
    clearHighlights();
    if (editor instanceof HTMLTextAreaElement) getOverlay().mirrorTextarea(editor, text, assessment);
    return;
  }
  overlay?.hideMirror();
  if (!CSS.highlights) return;
  const read = readEditable(editor);
  const ranges: Record<"inappropriate" | "risky", Range[]> = { inappropriate: [], risky: [] };
  for (const f of assessment.findings) {
    if (!f.span || f.level === "appropriate") continue;
    const range = rangeFor(read, f.span);
    if (range) ranges[f.level].push(range);
  }
  for (const level of ["inappropriate", "risky"] as const) {
    if (ranges[level].length > 0) CSS.highlights.set(HIGHLIGHT_NAMES[level], new Highlight(...ranges[level]));
    else CSS.highlights.delete(HIGHLIGHT_NAMES[level]);
  }
}

function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(safely(judgeNow), DEBOUNCE_MS);
}

/**
 * Notices every change to a contenteditable's text, read-only: editors such as Lexical handle Backspace, undo and
 * paste themselves and fire no input event for them.
 */
let editorWatcher: MutationObserver | undefined;

function watchEditor(editor: Editor): void {
  editorWatcher?.disconnect();
  editorWatcher = undefined;
  if (isTextField(editor)) return;
  editorWatcher = new MutationObserver(safely(() => schedule()));
  editorWatcher.observe(editor, { subtree: true, childList: true, characterData: true });
}

function activate(editor: Editor): void {
  if (active === editor) return;
  active = editor;
  watchEditor(editor);
  latest = undefined;
  allowedText = undefined;
  overlay?.clear();
  clearHighlights();
  watchRemoval();
  if (editorText(editor).trim() !== "") schedule();
  else warmUp();
}

let warm = false;
/** Builds the engine (about 200 ms, once) while the person starts typing rather than at their first key. */
function warmUp(): void {
  if (warm) return;
  warm = true;
  // A sentence in each language, long enough for the learned second opinion: its first use decodes the model.
  const build = safely(() => {
    for (const text of ["A lovely walk by the river this morning.", "Une belle promenade au bord de la rivière ce matin."]) judge({ text, action: "post", context: context() }, lang);
  });
  if (typeof requestIdleCallback === "function") requestIdleCallback(build, { timeout: 100 });
  else setTimeout(build, 0);
}

function deactivate(): void {
  active = undefined;
  editorWatcher?.disconnect();
  editorWatcher = undefined;
  latest = undefined;
  clearTimeout(timer);
  overlay?.clear();
  clearHighlights();
  observer?.disconnect();
  observer = undefined;
}

/** Notices, without polling, when the editor being checked leaves the page (a dialog closed, a reply posted). */
function watchRemoval(): void {
  if (observer) return;
  observer = new MutationObserver(
    safely(() => {
      if (active && !active.isConnected) deactivate();
      else if (overlay && !overlay.host.isConnected && latest) overlay.attach(document);
    }),
  );
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/** The element an event really happened on, inside open and closed shadow roots. */
const realTarget = deepTarget;

/** Whether an event happened in `el`: on its composed path, or (in a closed shadow root, which the path stops at) under it. */
function within(e: Event, el: Element): boolean {
  if (e.composedPath().includes(el)) return true;
  const target = deepTarget(e);
  return target !== undefined && el.contains(target);
}

function fromOverlay(e: Event): boolean {
  return overlay !== undefined && e.composedPath().includes(overlay.host);
}

/** The first element on the event's path (through open shadow roots) matching one of `selectors`. */
function onPath(e: Event, selectors: readonly string[]): Element | undefined {
  for (const node of e.composedPath()) {
    if (node === document.body) break;
    if (node instanceof Element && selectors.some((s) => safeClosest(node, s) === node)) return node;
  }
  return undefined;
}

function gates(level: Level): boolean {
  return settings.gate !== "off" && levelRank(level) >= levelRank(settings.gate);
}

function reasonOf(assessment: Assessment): string {
  const worst = assessment.findings.find((f) => f.level === assessment.level) ?? assessment.findings[0];
  return worst?.message ?? "";
}

/** Holds back the event and asks; after "Post anyway" the same text passes on the next try. */
function holdBack(e: Event, control: Element | undefined, judged: { text: string; assessment: Assessment }): void {
  e.preventDefault();
  e.stopImmediatePropagation();
  const ui = getOverlay();
  const editor = active;
  void ui.ask({ kind: "post", level: judged.assessment.level, reason: reasonOf(judged.assessment) }).then(
    safely((goAhead: boolean) => {
      if (goAhead) {
        allowedText = judged.text;
        ui.announceAfterGate();
        if (control instanceof HTMLElement) control.focus();
      } else editor?.focus();
    }),
  );
}

/** Post (or Ctrl/Cmd+Enter) with a draft the settings gate: held back until the person chooses. */
function gatePost(e: Event, control: Element | undefined): void {
  if (!active || !active.isConnected) return;
  const judged = judgeNow();
  if (!judged || judged.text === allowedText || !gates(judged.assessment.level)) return;
  holdBack(e, control, judged);
}

/**
 * Who wrote a shared post, from the adapter's author element: the handle it shows ("@MarkJCarney", "markjcarney") or,
 * when it shows a display name ("Mark Carney"), that name and the handle its link ends with ("/profile/<handle>").
 */
function authorOfPost(el: Element | null): Author | undefined {
  if (!(el instanceof HTMLElement)) return undefined;
  const shown = (el.innerText ?? "").trim().slice(0, 300);
  if (/^@?[\w.-]+(@[\w.-]+)?$/.test(shown)) return { handle: shown };
  const link = el instanceof HTMLAnchorElement ? el : el.querySelector("a");
  const handle = link?.pathname.split("/").filter(Boolean).pop()?.replace(/^@/, "") ?? "";
  if (shown === "" && handle === "") return undefined;
  return { ...(handle ? { handle } : {}), ...(shown ? { name: shown } : {}) };
}

/** Repost, Share or Like of a post whose text and author make it risky or worse. */
function gateShare(e: Event, control: Element, action: Action): void {
  const shared = adapter?.shared;
  if (!shared || settings.gate === "off") return;
  const post = safeClosest(control, shared.container);
  if (!post) return;
  const text = (post.querySelector(shared.text) as HTMLElement | null)?.innerText ?? "";
  const author = authorOfPost(post.querySelector(shared.author));
  if (text.trim() === "" && !author) return;
  // One "Go ahead anyway" lets one step through: a Like allowed does not allow the Repost of the same post.
  const key = `${action}\n${author?.handle ?? ""}\n${author?.name ?? ""}\n${text}`;
  if (key === allowedShare) return;
  const assessment = judge({ text: text.slice(0, MAX_JUDGED_CHARS), action, context: context(), ...(author ? { author } : {}) }, lang);
  // Passing on someone else's post is held back from risky up, whatever the strictness for one's own drafts.
  if (levelRank(assessment.level) < levelRank("risky")) return;
  e.preventDefault();
  e.stopImmediatePropagation();
  const ui = getOverlay();
  void ui.ask({ kind: "share", level: assessment.level, reason: reasonOf(assessment) }).then(
    safely((goAhead: boolean) => {
      if (!goAhead) return;
      allowedShare = key;
      ui.announceAfterGate();
      if (control instanceof HTMLElement) control.focus();
    }),
  );
}

function onFocusIn(e: FocusEvent): void {
  if (!enabled() || fromOverlay(e)) return;
  const editor = editorOf(realTarget(e) ?? null, adapter);
  if (editor) activate(editor);
}

function onInput(e: Event): void {
  if (!enabled()) return;
  // An editor typed in without a focusin seen (focused before the script ran, or programmatically) is taken up here.
  if (!active || !within(e, active)) {
    const editor = editorOf(realTarget(e) ?? null, adapter);
    if (!editor) return;
    activate(editor);
  }
  allowedText = undefined;
  schedule();
}

function onClick(e: MouseEvent): void {
  if (!enabled() || fromOverlay(e) || !adapter) return;
  const post = onPath(e, adapter.post);
  if (post) return gatePost(e, post);
  const repost = onPath(e, adapter.repost);
  if (repost) return gateShare(e, repost, "share");
  const like = onPath(e, adapter.like);
  if (like) gateShare(e, like, "like");
}

function onKeyDown(e: KeyboardEvent): void {
  if (!enabled() || fromOverlay(e) || e.key !== "Enter") return;
  if ((e.ctrlKey || e.metaKey) && active && within(e, active)) return gatePost(e, undefined);
  // A post control that is a div role=button acts on Enter: the same as a click.
  if (adapter && !e.ctrlKey && !e.metaKey) {
    const post = onPath(e, adapter.post);
    if (post && !(post instanceof HTMLButtonElement)) gatePost(e, post);
  }
}

/** Keeps the chip beside the editor as the page scrolls or resizes, once per frame. */
function onViewportChange(): void {
  if (!active || !overlay || frame) return;
  frame = requestAnimationFrame(
    safely(() => {
      frame = 0;
      if (!active || !latest) return;
      overlay?.place(active.getBoundingClientRect());
      if (active instanceof HTMLTextAreaElement) overlay?.mirrorTextarea(active, latest.text.slice(0, MAX_JUDGED_CHARS), latest.assessment);
    }),
  );
}

async function start(): Promise<void> {
  // The extension's own host, if a framework copied it into another frame's markup, is left alone.
  if (document.documentElement.tagName.toLowerCase() === HOST_TAG) return;
  ({ settings } = await loadSettings());
  lang = uiLang(settings.language, navigator.language);
  if (!adapter) adapter = adapterWithServers(pageUrl, await loadServers());
  chrome.storage.onChanged.addListener(
    safely(async () => {
      ({ settings } = await loadSettings());
      adapter = adapterWithServers(pageUrl, await loadServers());
      lang = uiLang(settings.language, navigator.language);
      overlay?.setLang(lang);
      if (!enabled()) deactivate();
      else if (active) {
        latest = undefined;
        judgeNow();
      }
    }),
  );
  window.addEventListener("focusin", safely(onFocusIn), true);
  window.addEventListener("input", safely(onInput), true);
  window.addEventListener("click", safely(onClick), true);
  window.addEventListener("keydown", safely(onKeyDown), true);
  window.addEventListener("scroll", safely(onViewportChange), { capture: true, passive: true });
  window.addEventListener("resize", safely(onViewportChange), { passive: true });
  // The editor the person focused (or pressed on) before the script was injected is taken up as if focused now,
  // with whatever they typed meanwhile: judged at once, the engine built for it.
  const focused = deepActiveElement(document);
  const editor = enabled() && focused ? editorOf(focused, adapter) : undefined;
  if (editor) {
    activate(editor);
    if (latest === undefined && editorText(editor).trim() !== "") judgeNow();
  } else if (enabled()) warmUp();
}

/** Set in the frame's extension world: the content script runs once a frame, however often it is injected. */
const STARTED = "__impartialContent";
const world = globalThis as Record<string, unknown>;
if (!world[STARTED]) {
  world[STARTED] = true;
  start().catch(() => {
    // Fail open: without its settings the extension stays out of the way.
  });
}
