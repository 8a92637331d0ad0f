/// <reference lib="dom" />
import type { Assessment, Lang, Level } from "../src/core/model.js";
import { highlightSegments } from "../web/check-view.js";
import { el, heading } from "../web/dom.js";
import { guidanceBlock } from "../web/guidance-quote.js";
import { EXTENSION_STRINGS, fill, typeset, type ExtensionStrings } from "./strings.js";
import { HOST_CSS } from "./style.js";

/** The one element the extension adds to a page: everything it shows lives in this element's shadow root. */
export const HOST_TAG = "impartial-check";

/** What the person is asked when a Post (or a Repost or Like) is held back. */
export interface GateQuestion {
  kind: "post" | "share";
  level: Level;
  reason: string;
}

/**
 * The verdict chip, its panel, the gate's dialog and the textarea mirror, in one shadow-root host appended to the page
 * when a compose box is first focused. Nothing here touches the site's own elements.
 */
export class Overlay {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly chip: HTMLButtonElement;
  private readonly live: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly dialog: HTMLDialogElement;
  private readonly mirror: HTMLElement;
  private lang: Lang = "en";
  private t: ExtensionStrings = EXTENSION_STRINGS.en;
  private assessment: Assessment | undefined;
  private truncatedAt: number | undefined;
  private announced = "";
  private answer: ((goAhead: boolean) => void) | undefined;
  /**
   * The words of the chip and of the live region, as text nodes whose data changes. Adding or removing a node anywhere
   * in the document, even in this shadow root, ends the browser's open typing step (Chromium groups the keys typed
   * since the last such change into one Ctrl+Z): a verdict shown between two keys must not split the person's undo.
   */
  private readonly chipMark: Text;
  private readonly chipLabel: Text;
  private readonly chipMore: Text;
  private readonly liveText: Text;

  constructor(doc: Document) {
    this.host = doc.createElement(HOST_TAG);
    this.root = this.host.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HOST_CSS);
    this.root.adoptedStyleSheets = [sheet];
    [this.chipMark, this.chipLabel, this.chipMore, this.liveText] = [0, 1, 2, 3].map(() => doc.createTextNode("")) as [Text, Text, Text, Text];
    this.chip = el(
      "button",
      { type: "button", class: "chip", "aria-expanded": "false", "aria-controls": "impartial-panel", hidden: "" },
      el("span", { class: "mark", "aria-hidden": "true" }, this.chipMark),
      this.chipLabel,
      el("span", { class: "visually-hidden" }, this.chipMore),
    );
    this.live = el("div", { class: "visually-hidden", "aria-live": "polite", "aria-atomic": "true" }, this.liveText);
    this.panel = el("section", { id: "impartial-panel", class: "panel", "aria-labelledby": "impartial-panel-heading", hidden: "" });
    this.dialog = el("dialog", { "aria-labelledby": "impartial-gate-title", "aria-describedby": "impartial-gate-body" });
    this.mirror = el("div", { class: "mirror", "aria-hidden": "true", hidden: "" });
    this.root.append(this.mirror, this.chip, this.live, this.panel, this.dialog);
    this.chip.addEventListener("click", () => this.togglePanel());
    // Escape closes the panel from the chip or from inside it, and leaves the focus on the chip.
    this.root.addEventListener("keydown", (e) => {
      if ((e as KeyboardEvent).key === "Escape" && !this.panel.hidden) {
        this.togglePanel(false);
        this.chip.focus();
      }
    });
    // Escape (or the browser closing the dialog) means "Keep editing". The close event comes a task later: if the
    // next question has opened the dialog again meanwhile, it is not that question's answer.
    this.dialog.addEventListener("close", () => {
      if (!this.dialog.open) this.settle(false);
    });
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.t = EXTENSION_STRINGS[lang];
    if (this.assessment) this.show(this.assessment, this.truncatedAt);
  }

  /** Attaches the host to the page if the page (or a framework re-rendering it) has not got it. */
  attach(doc: Document): void {
    if (!this.host.isConnected) (doc.body ?? doc.documentElement).append(this.host);
  }

  /** Shows a verdict on the chip (and in the panel if open); announces it when the level changed. */
  show(assessment: Assessment, truncatedAt?: number): void {
    this.assessment = assessment;
    this.truncatedAt = truncatedAt;
    const level = this.t.level[assessment.level];
    const open = this.chip.getAttribute("aria-expanded") === "true";
    this.chip.dataset.level = assessment.level;
    // The name is the visible words and then, for a screen reader, whose verdict it is and that it opens the reasons.
    this.chipMark.data = assessment.level === "appropriate" ? "✓" : "!";
    this.chipLabel.data = `${this.t.levelPrefix} ${level}`;
    this.chipMore.data = ` — ${this.t.chipMore}`;
    this.chip.hidden = false;
    const announcement = fill(this.t.announce, { level });
    if (announcement !== this.announced) {
      this.announced = announcement;
      this.liveText.data = announcement;
    }
    if (open) this.renderPanel();
  }

  /** Hides everything: the editor went away or was emptied. */
  clear(): void {
    this.assessment = undefined;
    this.announced = "";
    this.chip.hidden = true;
    this.panel.hidden = true;
    this.chip.setAttribute("aria-expanded", "false");
    this.mirror.hidden = true;
    this.liveText.data = "";
  }

  /** Places the chip at the editor's lower right corner, and the panel above or below it. */
  place(rect: DOMRect): void {
    const chipWidth = this.chip.offsetWidth || 160;
    const x = Math.max(4, Math.min(rect.right - chipWidth - 4, innerWidth - chipWidth - 4));
    const y = Math.max(4, Math.min(rect.bottom + 4, innerHeight - 36));
    this.chip.style.left = `${x}px`;
    this.chip.style.top = `${y}px`;
    const panelLeft = Math.max(8, Math.min(x + chipWidth - 420, innerWidth - 428));
    this.panel.style.left = `${panelLeft}px`;
    const below = y + 36;
    if (below + 200 < innerHeight) {
      this.panel.style.top = `${below}px`;
      this.panel.style.bottom = "";
    } else {
      this.panel.style.top = "";
      this.panel.style.bottom = `${innerHeight - y + 4}px`;
    }
  }

  /** The textarea's flagged passages, underlined in a copy of its text laid exactly over it (the textarea itself is untouched). */
  mirrorTextarea(field: HTMLTextAreaElement | HTMLInputElement, text: string, assessment: Assessment | undefined): void {
    const flagged = assessment?.findings.filter((f) => f.span && f.level !== "appropriate") ?? [];
    if (flagged.length === 0) {
      this.mirror.hidden = true;
      this.fillMirror([]);
      return;
    }
    const style = getComputedStyle(field);
    const rect = field.getBoundingClientRect();
    const copied = ["font", "letterSpacing", "wordSpacing", "lineHeight", "textTransform", "textIndent", "tabSize", "direction", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft", "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "borderStyle", "boxSizing"] as const;
    for (const p of copied) this.mirror.style[p] = style[p];
    Object.assign(this.mirror.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    const pieces: { text: string; level?: Level }[] = highlightSegments(text, flagged);
    // A trailing newline takes no line in a div as it does in a textarea.
    if (text.endsWith("\n")) pieces.push({ text: " " });
    this.fillMirror(pieces);
    this.mirror.hidden = false;
    this.mirror.scrollTop = field.scrollTop;
    this.mirror.scrollLeft = field.scrollLeft;
  }

  /**
   * Lays `pieces` into the mirror's nodes, plain text and marks in turn, changing their text and levels rather than the
   * nodes themselves (see chipMark): nodes are only ever added, when a draft has more passages than any before it.
   */
  private fillMirror(pieces: readonly { text: string; level?: Level }[]): void {
    const laid: { text: string; level?: Level }[] = [];
    for (const p of pieces) {
      // Even places hold plain text, odd ones marks: an empty piece between two of a kind.
      if ((laid.length % 2 === 1) !== (p.level !== undefined)) laid.push({ text: "" });
      laid.push(p);
    }
    const nodes = this.mirror.childNodes;
    while (nodes.length < laid.length) this.mirror.append(nodes.length % 2 === 0 ? this.host.ownerDocument.createTextNode("") : el("mark", {}, this.host.ownerDocument.createTextNode("")));
    nodes.forEach((node, i) => {
      const piece = laid[i];
      const text = (node instanceof HTMLElement ? node.firstChild : node) as Text;
      text.data = piece?.text ?? "";
      if (!(node instanceof HTMLElement)) return;
      if (piece?.level) node.dataset.level = piece.level;
      else delete node.dataset.level;
    });
  }

  hideMirror(): void {
    this.mirror.hidden = true;
  }

  /**
   * Asks whether to go ahead with a held-back Post, Repost or Like; resolves true for "Post anyway". Focus returns to
   * `returnTo` either way (the person then clicks again, or goes on editing).
   */
  ask(question: GateQuestion): Promise<boolean> {
    this.settle(false);
    const t = this.t;
    const level = t.level[question.level];
    const post = question.kind === "post";
    const keep = el("button", { type: "button", class: "primary", autofocus: "" }, post ? t.gateKeep : t.gateKeepShare);
    const go = el("button", { type: "button" }, post ? t.gatePost : t.gateShare);
    // Answered in the click itself, not on the dialog's close event (a later task): a click on Post right after
    // "Post anyway" must find the answer already given.
    keep.addEventListener("click", () => this.answerWith(false));
    go.addEventListener("click", () => this.answerWith(true));
    this.dialog.replaceChildren(
      el("h2", { id: "impartial-gate-title" }, post ? t.gateTitle : t.gateShareTitle),
      el("p", { id: "impartial-gate-body" }, typeset(fill(post ? t.gateBody : t.gateShareBody, { level, reason: question.reason }), this.lang)),
      el("div", { class: "buttons" }, keep, go),
    );
    this.dialog.showModal();
    return new Promise((resolve) => (this.answer = resolve));
  }

  /** Says, politely, that the next click goes through. */
  announceAfterGate(): void {
    this.liveText.data = this.t.gateAfter;
  }

  private answerWith(goAhead: boolean): void {
    this.settle(goAhead);
    this.dialog.close();
  }

  private settle(goAhead: boolean): void {
    const answer = this.answer;
    this.answer = undefined;
    answer?.(goAhead);
  }

  private togglePanel(open = this.chip.getAttribute("aria-expanded") !== "true"): void {
    this.chip.setAttribute("aria-expanded", String(open));
    if (open) this.renderPanel();
    this.panel.hidden = !open;
  }

  private renderPanel(): void {
    const a = this.assessment;
    if (!a) return;
    const t = this.t;
    const lang = this.lang;
    const close = el("button", { type: "button", class: "action close" }, t.close);
    close.addEventListener("click", () => {
      this.togglePanel(false);
      this.chip.focus();
    });
    const parts: HTMLElement[] = [close, heading(2, t.panelHeading, "impartial-panel-heading"), el("p", {}, `${t.levelPrefix} ${t.level[a.level]}. ${a.findings.length === 0 ? t.todo.none : t.todo[a.level]}`)];
    if (this.truncatedAt !== undefined) parts.push(el("p", { class: "hint" }, fill(t.truncated, { count: this.truncatedAt.toLocaleString(lang === "fr" ? "fr-CA" : "en-CA") })));
    if (a.notice) parts.push(el("p", { class: "hint" }, a.notice));
    if (a.findings.length > 0) {
      const list = el("ol", {});
      for (const f of a.findings) {
        const item = el("li", { "data-level": f.level }, el("p", {}, el("strong", {}, `${t.level[f.level]}${t.colon}`), typeset(f.message, lang)));
        for (const g of f.guidance) item.append(guidanceBlock(g, lang, `${t.guidance}${t.colon}`));
        list.append(item);
      }
      parts.push(heading(3, t.findingsHeading), list);
      if (lang === "fr") parts.push(el("p", { class: "hint" }, t.unofficial));
    }
    if (a.questions.length > 0) parts.push(heading(3, t.questionsHeading), el("ul", {}, ...a.questions.map((q) => el("li", {}, q))));
    if (a.contacts.length > 0) parts.push(heading(3, t.contactsHeading), el("ul", {}, ...a.contacts.map((c) => el("li", {}, c))));
    if (a.rewrite !== undefined) {
      const rewrite = a.rewrite;
      const status = el("p", { class: "hint", role: "status" });
      const copy = el("button", { type: "button", class: "action primary" }, t.copy);
      copy.addEventListener("click", () => {
        navigator.clipboard.writeText(rewrite).then(
          () => (status.textContent = t.copied),
          () => (status.textContent = t.copyFailed),
        );
      });
      parts.push(heading(3, t.rewriteHeading), el("p", { class: "rewrite" }, rewrite), copy, status);
    }
    this.panel.replaceChildren(...parts);
  }
}
