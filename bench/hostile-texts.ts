import { makePosts } from "./posts.js";

/**
 * Texts an attacker would send, each `length` characters long (issue 10): runs of the characters the engine treats
 * specially, and the shapes that once made it slow, beside ordinary prose of the same length to compare with.
 */
export const HOSTILE_KINDS = [
  "hashes",
  "ats",
  "digits",
  "masks",
  "emoji",
  "combining",
  "mixed-scripts",
  "long-word",
  "urls",
  "political",
] as const;

export type HostileKind = (typeof HOSTILE_KINDS)[number];

/** `unit` repeated to exactly `length` UTF-16 units, never cutting a surrogate pair in two. */
export function repeatTo(unit: string, length: number): string {
  let s = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) s = s.slice(0, -1) + " ";
  return s;
}

/** Posts joined one after another up to `length`: ordinary prose, or (dense) text full of findings. */
function postsTo(length: number, dense: boolean): string {
  const posts = dense ? makePosts(Math.ceil(length / 280) + 1, 11) : makePosts(Math.ceil(length / 280) + 1, 12, "appropriate");
  return repeatTo(posts.join(" "), length);
}

export function hostileText(kind: HostileKind | "prose", length: number): string {
  switch (kind) {
    case "prose":
      return postsTo(length, false);
    case "political":
      return postsTo(length, true);
    case "hashes":
      return "#".repeat(length);
    case "ats":
      return "@".repeat(length);
    case "digits":
      return repeatTo("1234567890 ", length);
    case "masks":
      return repeatTo("f*** ", length);
    case "emoji":
      return repeatTo("😀👍🏽👩‍👩‍👧🇨🇦 ", length);
    case "combining":
      return repeatTo("e\u0301\u0300\u0302a\u0308\u0327 ", length);
    case "mixed-scripts":
      return repeatTo("Vοte Lіberal 投票 التصويت голосуйте ψηφίστε 🗳️ Votez NPD! ", length);
    case "long-word":
      return repeatTo("abcdefghij", length);
    case "urls":
      return repeatTo("https://example.com/a?b=c#d www.ndp.ca/donate bit.ly/x ", length);
  }
}
