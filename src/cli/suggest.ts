/**
 * "Did you mean …?" for a mistyped command, option or value: the closest known word within a few edits (insertions,
 * deletions, substitutions and swaps of neighbours), or nothing when none is close enough to be a likely typo.
 */
export function closest(word: string, choices: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  // A third of the word's length, at least one and at most three edits: "chek" → "check", never "x" → "scan".
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const choice of choices) {
    const d = distance(w, choice.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = choice;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance, giving up (returning `cap`) once every path costs at least `cap`. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin >= cap) return cap;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length]!, cap);
}

/** " Did you mean "x"?" / « Vouliez-vous dire « x »? » for a guess, or nothing without one. */
export function meant(guess: string | undefined): { en: string; fr: string } {
  if (guess === undefined) return { en: "", fr: "" };
  return { en: ` Did you mean "${guess}"?`, fr: ` Vouliez-vous dire « ${guess} »?` };
}

/** The closest of `choices` to `word`, said as "Did you mean …?", or nothing. */
export function didYouMean(word: string, choices: readonly string[]): { en: string; fr: string } {
  return meant(closest(word, choices));
}
