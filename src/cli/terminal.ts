// Text from an export or a user is printed with everything a terminal would obey made visible: control characters
// (C0, DEL, C1, so no escape sequence — CSI, OSC, DCS… — can start), line and paragraph separators, and the bidi
// embeddings, overrides and isolates that can reorder what is shown (U+202A–U+202E, U+2066–U+2069, "Trojan Source").
// The bidi *marks* U+200E, U+200F and U+061C are left as written: right-to-left text needs them, they open no
// embedding and so cannot reorder a passage, only nudge the neutral characters beside them (Unicode TR #9, UTS #55).

export { jsonVisible } from "../core/contract.js";

/** Every character `terminalSafe` makes visible when it keeps lines: a carriage return only when no newline follows it. */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;
const UNSAFE_OR_NEWLINE = /[\u0000-\u0008\n\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  if (c === "\n") return "\\n";
  if (c === "\r") return "\\r";
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * `text` as a terminal may print it: ESC shows as `\x1b`, a right-to-left override as `\u202e`, a carriage return as
 * `\r` (it would let the rest overwrite the line). Tabs stay. Newlines stay when `lines` is "keep" (a Windows line end
 * too: CR then LF overwrites nothing), and show as `\n` when "escape", for text that must stay on one line.
 */
export function terminalSafe(text: string, lines: "keep" | "escape" = "keep"): string {
  if (lines === "keep") return text.replace(UNSAFE, visible);
  return text.replace(UNSAFE_OR_NEWLINE, visible);
}

/** One line of a listing: whitespace runs folded to a space, cut to `max` characters, then made safe. */
export function terminalLine(text: string, max: number): string {
  return terminalSafe(text.replace(/\s+/g, " ").slice(0, max), "escape");
}

