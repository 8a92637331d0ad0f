import { readFileSync } from "node:fs";
import { join } from "node:path";
import { prng, ROOT } from "./shared.js";


/**
 * 280-character posts made of the project's own labelled sentences (EN and FR), shuffled: dense with findings.
 * With `only: "appropriate"`, made of the sentences labelled appropriate: what most of a feed looks like.
 */
export function makePosts(count: number, seed = 42, only?: "appropriate"): string[] {
  const texts = ["cases-en.jsonl", "cases-fr.jsonl"].flatMap((f) =>
    readFileSync(join(ROOT, "test/cases", f), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; expect: { level: string | string[] } })
      .filter((c) => only === undefined || c.expect.level === only)
      .map((c) => c.text),
  );
  const rnd = prng(seed);
  const posts: string[] = [];
  while (posts.length < count) {
    let post = "";
    while (post.length < 280) post += `${post ? " " : ""}${texts[Math.floor(rnd() * texts.length)]}`;
    posts.push([...post].slice(0, 280).join(""));
  }
  return posts;
}

