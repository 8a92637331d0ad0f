/// <reference lib="dom" />
import type { Lang } from "../src/core/model.js";
import { langOfPath } from "./site.js";

/** This page's language, from its path. */
export function pageLang(): Lang {
  return langOfPath(location.pathname);
}

/** An element with attributes and children; text children are text nodes, never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function heading(level: 2 | 3 | 4, text: string, id?: string): HTMLElement {
  return el(`h${level}`, id ? { id } : {}, text);
}

export function checkbox(id: string, label: string): HTMLElement {
  return el("div", { class: "check-row" }, el("input", { type: "checkbox", id, name: id }), el("label", { for: id }, label));
}

/**
 * Whether the box confirming a deletion is ticked; when it is not, `message` is shown in `error`, tied to the box,
 * and the box takes the focus. Ticked, the error is cleared.
 */
export function confirmedBy(box: HTMLInputElement, error: HTMLElement, message: string): boolean {
  if (!box.checked) {
    error.textContent = message;
    error.hidden = false;
    box.setAttribute("aria-invalid", "true");
    box.setAttribute("aria-describedby", error.id);
    box.focus();
    return false;
  }
  error.hidden = true;
  box.removeAttribute("aria-invalid");
  box.removeAttribute("aria-describedby");
  return true;
}

/** The element the page's script renders into (the build puts `<div id="<page>-app">` in every page). */
export function mountPoint(id: string): HTMLElement | undefined {
  return document.getElementById(`${id}-app`) ?? undefined;
}

/**
 * Makes the header's language toggle lead to the same place in the other language: the page's hash (a guidance
 * search, a scenario) goes along. Returns the function to call after the page rewrites its hash without a
 * hashchange (history.replaceState).
 */
export function keepPlaceInLanguageToggle(): () => void {
  const header = document.querySelector("gcds-header");
  const base = header?.getAttribute("lang-href")?.split("#")[0];
  if (!header || !base) return () => {};
  const sync = () => {
    const href = `${base}${location.hash}`;
    if (header.getAttribute("lang-href") !== href) header.setAttribute("lang-href", href);
  };
  sync();
  window.addEventListener("hashchange", sync);
  return sync;
}
