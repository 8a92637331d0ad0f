/**
 * Every word the engine's own lists hold (lexicon terms, phrases, language hints, the gates' whole words), numbered
 * once for the life of the process. The view looks each token up here once (`TextView.ids`), and the matcher, the
 * phrase walk, the gates and the language hints read that number: a Map lookup by a token's string costs a hash and a
 * comparison of its letters, and each token used to be looked up in five maps, one after the other.
 *
 * Only lists add words. A text's words are looked up, never added, so no input can make the vocabulary grow.
 */
const ids = new Map<string, number>();
const words: string[] = [];

/** The word's number, given it on first sight: for lists, never for a text's words. */
export function wordId(word: string): number {
  let id = ids.get(word);
  if (id === undefined) {
    id = words.length;
    ids.set(word, id);
    words.push(word);
  }
  return id;
}

/** The word's number, or -1 for a word no list holds. */
export function knownId(word: string): number {
  return ids.get(word) ?? -1;
}

/** The word numbered `id`. */
export function wordOfId(id: number): string {
  return words[id]!;
}

/** How many words are numbered: a view made when there were fewer may hold -1 for a word numbered since. */
export function vocabularySize(): number {
  return words.length;
}

/**
 * A set of words read by the numbers the view gave its tokens (`tokenIds`): one array read a token where a Set of
 * strings costs a lookup. Its words are numbered when it is made, so a word numbered later is never in it.
 */
export class WordSet {
  private readonly member: boolean[] = [];
  constructor(words: Iterable<string>) {
    for (const w of words) this.member[wordId(w)] = true;
    // Holes read as undefined, but a packed array reads faster.
    for (let id = 0; id < this.member.length; id++) this.member[id] ??= false;
  }
  /** Whether the word numbered `id` is in the set (-1, a word no list holds, never is). */
  hasId(id: number): boolean {
    return id >= 0 && id < this.member.length && this.member[id]!;
  }
  has(word: string): boolean {
    return this.hasId(knownId(word));
  }
}
