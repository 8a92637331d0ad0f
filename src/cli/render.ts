import type { Assessment, Level } from "../core/model.js";
import { citation, shownQuote } from "../core/guidance/corpus.js";
import { UI } from "./i18n.js";
import { terminalSafe as safe } from "./terminal.js";

export interface Style {
  color: boolean;
}

const CODES = { red: [31, 39], yellow: [33, 39], green: [32, 39], bold: [1, 22], dim: [2, 22], underline: [4, 24], inverse: [7, 27] } as const;
type StyleName = keyof typeof CODES;

function paint(style: Style, name: StyleName, s: string): string {
  if (!style.color) return s;
  const [open, close] = CODES[name];
  return `\u001b[${open}m${s}\u001b[${close}m`;
}

const LEVEL_COLOR: Record<Level, StyleName> = { appropriate: "green", risky: "yellow", inappropriate: "red" };

/** The text as written, with each finding's passage marked: colour on a terminal, [[brackets]] in plain output. */
export function highlight(text: string, assessment: Assessment, style: Style): string {
  const spans = assessment.findings
    .filter((f) => f.span && f.level !== "appropriate")
    .map((f) => ({ span: f.span!, level: f.level }))
    .sort((a, b) => a.span[0] - b.span[0]);
  let out = "";
  let at = 0;
  for (const { span, level } of spans) {
    if (span[0] < at) continue;
    out += safe(text.slice(at, span[0]));
    const passage = safe(text.slice(span[0], span[1]));
    out += style.color ? paint(style, LEVEL_COLOR[level], paint(style, "underline", passage)) : `[[${passage}]]`;
    at = span[1];
  }
  return out + safe(text.slice(at));
}

/** A readable report of one assessment, in the assessment's language; every text from the user or a pack made terminal-safe. */
export function renderAssessment(text: string, a: Assessment, style: Style): string {
  const ui = UI[a.lang];
  // French typography: a space before the colon, « » around quotations.
  const colon = a.lang === "fr" ? "\u00a0:" : ":";
  const lines: string[] = [];
  const linked = new Set<string>();
  const level = paint(style, LEVEL_COLOR[a.level], paint(style, "bold", ui.level[a.level].toUpperCase()));
  lines.push(`${ui.verdict}${colon} ${level}  (${ui.score} ${a.score}/100)`);
  lines.push("");
  lines.push(`  ${highlight(text, a, style).replace(/\n/g, "\n  ")}`);
  lines.push("");
  if (a.notice) lines.push(paint(style, "dim", safe(a.notice)), "");
  if (a.findings.length === 0) lines.push(ui.noFindings);
  else {
    lines.push(paint(style, "bold", `${ui.findings}${colon}`));
    for (const f of a.findings) {
      lines.push(`  ${paint(style, LEVEL_COLOR[f.level], `● ${ui.level[f.level]}`)} ${safe(f.message)} ${paint(style, "dim", `[${safe(f.rule)}]`)}`);
      for (const g of f.guidance.slice(0, 2)) {
        lines.push(paint(style, "dim", `      ${ui.guidance} (${safe(citation(g, a.lang))})${colon} ${safe(shownQuote(g, a.lang))}`));
        // The published page, under the first quotation of its source.
        if (g.url && !linked.has(g.url)) {
          linked.add(g.url);
          lines.push(paint(style, "dim", `        ${safe(g.url)}`));
        }
      }
      if (f.suggestion) lines.push(`      → ${safe(f.suggestion)}`);
    }
  }
  if (a.factors.length > 0 && a.level !== "appropriate") {
    lines.push("", paint(style, "bold", `${ui.factors}${colon}`));
    for (const f of a.factors) lines.push(`  + ${safe(f.note)}`);
  }
  if (a.rewrite) lines.push("", paint(style, "bold", `${ui.rewrite}${colon}`), `  ${safe(a.rewrite).replace(/\n/g, "\n  ")}`);
  if (a.questions.length > 0) {
    lines.push("", paint(style, "bold", `${ui.questions}${colon}`));
    for (const q of a.questions) lines.push(`  ? ${safe(q)}`);
  }
  if (a.contacts.length > 0) lines.push("", paint(style, "bold", `${ui.contacts}${colon}`), `  ${safe(a.contacts.join(" · "))}`);
  lines.push("", paint(style, "dim", ui.advice));
  if (a.lang === "fr") lines.push(paint(style, "dim", ui.unofficial));
  return lines.join("\n");
}

/** Colour when writing to a terminal, unless NO_COLOR is set (https://no-color.org). */
export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Style {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return { color: false };
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return { color: true };
  return { color: stream.isTTY === true };
}
