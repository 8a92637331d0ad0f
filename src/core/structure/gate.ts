// The words a pattern cannot match without, read from its source (GatedPattern in cheap.ts): the structure analyses'
// patterns are mostly alternatives of phrases, tried at every position of every text, while most texts hold none of
// their words.

// The reader: a pattern's source as alternatives of sequences of items, each item read for what it needs.

/** What an item tells: the word lists it needs, and whether a token starts right after it (or `same`: as before it). */
interface Reading {
  needs: Set<string>[];
  /** A token starts after the item: true, false, or "same" as before it (a zero-width assertion). */
  after: boolean | "same";
}

/** Marks that split tokens (the view's tokenizer keeps letters, digits and `@ $ ! | * # _ • ·` together). */
const SPLITS = new Set([..." \t\n'\"-,.:;?()[]/&%+=<>«»“”‘’…"]);
/** Characters that are a pattern's syntax where they stand unescaped, not the characters themselves. */
const SYNTAX = new Set([..."()[]{}.?*+|^$\\"]);
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** Whether a character written escaped (`\s`, `\n`, `\.`, `\-`) is a space or a splitting mark. */
const splitsEscaped = (e: string | undefined) => e === "s" || e === "n" || e === "t" || e === "r" || (e !== undefined && SPLITS.has(e));

/** How many lists a gate keeps: the most telling first (see looseness). */
const MAX_NEEDS = 3;

/** Words too common to tell a text apart (the articles, pronouns and prepositions of either language). */
const COMMON = new Set(
  ("a an the to of in on at by for from with as is are be it its i im we you he she they my our your his her their this that these those not no or and " +
    "all so if do just get has have will me us them one out up " +
    "j je tu il elle on nous vous ils elles le la les l un une des de d du au aux a en et ou y ne pas ce c ca cette ces mon ma mes ton ta " +
    "son sa ses notre nos votre vos leur leurs qui que qu pour par sur dans avec est sont plus tout tous").split(" "),
);

/**
 * How often a list of words lets a text through, roughly, to sort by: a common word lets most texts through, a short
 * one many, a whole word of four letters or more (`=agent`) fewer than a four-letter start ("agen": agenda, agency).
 */
function looseness(list: ReadonlySet<string>): number {
  let sum = 0;
  for (const key of list) {
    const exact = key.startsWith("=");
    const w = exact ? key.slice(1) : key;
    // A whole word: the longer, the rarer ("servant" before "public").
    sum += COMMON.has(w) ? 100 : w.length === 1 ? 30 : w.length === 2 ? 10 : w.length === 3 ? 3 : exact ? 4 / w.length : 1;
  }
  return sum;
}

function moreTelling(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return looseness(a) - looseness(b) || a.size - b.size;
}

/**
 * The words a pattern cannot match without, read from the pattern itself: most patterns of the structure analyses are
 * alternatives of phrases ("from (?:my|the) (?:desk|cubicle)"), tried at every position of every text, while most texts
 * hold none of their words. A gate is a list of word lists, each of which the match needs a word of ("from"; "my" or
 * "the"; "desk" or "cubicle"): holdsAny answers each in one array read, and the pattern runs only if all say yes.
 *
 * A word is required where the pattern puts a run of letters or digits at the start of a token (after `\b`, a space or a
 * mark that splits tokens, or at the start of a branch that comes there) and the match cannot go around it (no `?`,
 * `*`, `{0,n}`, no branch without one). The token's first four letters are then the run's, or the whole run when it is
 * shorter and a split follows it. Anything the reader does not understand (classes, `\w+`, back-references, letters
 * outside ASCII) requires nothing, so an unreadable pattern runs on every text, as before. Like holdsAny's own lists,
 * this trusts that a word starting after `\b` starts a token: a word glued to a symbol the tokenizer keeps in words
 * (`x*desk`) or to a letter outside ASCII is the exception.
 */
export function gateOf(source: string): string[][] {
  const parser = new Parser(source);
  const needs = parser.alternatives(false, false).needs;
  if (parser.at !== source.length) return [];
  return [...needs]
    .sort(moreTelling)
    .slice(0, MAX_NEEDS)
    .map((list) => [...list]);
}

class Parser {
  at = 0;
  constructor(private readonly s: string) {}

  /**
   * Alternatives up to `)` or the end: each needs one of the words one of its lists gives, merged. `splitAfter`: a
   * split surely follows them, so a short word ending a branch is a whole token.
   */
  alternatives(startsToken: boolean, splitAfter: boolean): Reading {
    const branches: Reading[] = [this.sequence(startsToken, splitAfter)];
    while (this.s[this.at] === "|") {
      this.at++;
      branches.push(this.sequence(startsToken, splitAfter));
    }
    if (branches.length === 1) return branches[0]!;
    // Each branch gives its most telling list; a branch that needs nothing makes the whole need nothing.
    const after = branches.every((b) => b.after === true);
    const merged = new Set<string>();
    for (const b of branches) {
      if (b.needs.length === 0) return { needs: [], after };
      const best = b.needs.reduce((x, y) => (moreTelling(y, x) < 0 ? y : x));
      for (const w of best) merged.add(w);
    }
    return { needs: [merged], after };
  }

  /** Items up to `|`, `)` or the end: each item's needs, all of them; runs of letters read as words. */
  private sequence(startsToken: boolean, splitAfter: boolean): Reading {
    const needs: Set<string>[] = [];
    let boundary = startsToken;
    let after: boolean | "same" = "same";
    while (this.at < this.s.length && this.s[this.at] !== "|" && this.s[this.at] !== ")") {
      const c = this.s.charCodeAt(this.at);
      if (isWordCode(c) && this.quantifierAt(this.at + 1) === undefined) {
        // A run of letters and digits, none of them quantified (the last one's quantifier belongs to it alone).
        let end = this.at;
        while (end < this.s.length && isWordCode(this.s.charCodeAt(end)) && this.quantifierAt(end + 1) === undefined) end++;
        const run = this.s.slice(this.at, end);
        this.at = end;
        const splitFollows = this.splitFollowsAt(this.at, splitAfter);
        // A run between a token's start and a split is that whole token; one that goes on is known by its start.
        if (boundary && splitFollows) needs.push(new Set([`=${run}`]));
        else if (boundary && run.length >= 4) needs.push(new Set([run.slice(0, 4)]));
        boundary = false;
        after = false;
        continue;
      }
      const item = this.item(boundary, splitAfter);
      if (item.after !== "same") boundary = item.after;
      after = item.after === "same" ? after : item.after;
      needs.push(...item.needs);
    }
    return { needs, after: after === "same" ? startsToken : after };
  }

  /**
   * The quantifier at `k` (just after an atom), if one is there: how many characters it takes, its lazy `?` included,
   * and the fewest times it lets its atom match.
   */
  private quantifierAt(k: number): { length: number; min: number } | undefined {
    const s = this.s;
    let length: number;
    let min: number;
    if (s[k] === "?" || s[k] === "*") [length, min] = [1, 0];
    else if (s[k] === "+") [length, min] = [1, 1];
    else if (s[k] === "{") {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(k));
      if (!m) return undefined;
      [length, min] = [m[0].length, Number(m[1])];
    } else return undefined;
    if (s[k + length] === "?") length++;
    return { length, min };
  }

  /** Whether a quantifier at `k` lets its atom match nothing. */
  private optionalAt(k: number): boolean {
    return this.quantifierAt(k)?.min === 0;
  }

  /**
   * Whether a split surely comes at `k`: `\b`, `\s`, a space or a splitting mark, not optional; at the end of a branch,
   * what `splitAfter` says of what follows the branch.
   */
  private splitFollowsAt(k: number, splitAfter: boolean): boolean {
    const s = this.s;
    if (k >= s.length || s[k] === "|" || s[k] === ")") return splitAfter;
    if (s[k] === "\\") return s[k + 1] === "b" || (splitsEscaped(s[k + 1]) && !this.optionalAt(k + 2));
    return SPLITS.has(s[k]!) && !SYNTAX.has(s[k]!) && !this.optionalAt(k + 1);
  }

  /** Where the class opening at `k` ends (past its `]`), skipping escapes; -1 if it does not. */
  private classEnd(k: number): number {
    const s = this.s;
    k++;
    if (s[k] === "^") k++;
    if (s[k] === "]") k++;
    while (k < s.length && s[k] !== "]") k += s[k] === "\\" ? 2 : 1;
    return k < s.length ? k + 1 : -1;
  }

  /** One atom and its quantifier; `splitAfter` as for the sequence it ends, if it does. */
  private item(boundary: boolean, splitAfter: boolean): Reading {
    const s = this.s;
    const c = s[this.at]!;
    let atom: Reading;
    if (c === "(") {
      this.at++;
      let lookaround = false;
      if (s[this.at] === "?") {
        if (s[this.at + 1] === ":") this.at += 2;
        else if (s[this.at + 1] === "=" || s[this.at + 1] === "!") {
          this.at += 2;
          lookaround = true;
        } else if (s[this.at + 1] === "<" && (s[this.at + 2] === "=" || s[this.at + 2] === "!")) {
          this.at += 3;
          lookaround = true;
        } else if (s[this.at + 1] === "<") {
          // A named group: (?<name>…)
          const close = s.indexOf(">", this.at);
          if (close < 0) return this.fail();
          this.at = close + 1;
        } else return this.fail();
      }
      // What follows the group, past its quantifier: a split there ends every branch's last word.
      const close = this.closing(this.at);
      if (close < 0) return this.fail();
      const followed = this.quantifierAt(close + 1) === undefined && this.splitFollowsAt(close + 1, splitAfter);
      const inner = this.alternatives(boundary, followed);
      if (s[this.at] !== ")") return this.fail();
      this.at++;
      // A lookaround matches nothing: it needs nothing and leaves the place as it was.
      atom = lookaround ? { needs: [], after: "same" } : inner;
    } else if (c === "[") {
      // A class: skipped to its closing bracket.
      const end = this.classEnd(this.at);
      if (end < 0) return this.fail();
      this.at = end;
      atom = { needs: [], after: false };
    } else if (c === "\\") {
      const e = s[this.at + 1];
      if (e === undefined) return this.fail();
      this.at += 2;
      if (e === "b") return { needs: [], after: true };
      if (e === "B") return { needs: [], after: "same" };
      if (e === "u" || e === "x" || e === "p" || e === "P" || e === "k" || e === "c" || /\d/.test(e)) {
        // Escapes with a body (\u{…}, \uXXXX, \xXX, \p{…}, \k<…>, \cX, back-references): skipped.
        if (s[this.at] === "{") this.at = s.indexOf("}", this.at) + 1 || s.length;
        else if (e === "k" && s[this.at] === "<") this.at = s.indexOf(">", this.at) + 1 || s.length;
        else if (e === "c") this.at++;
        else {
          const most = e === "u" ? 4 : e === "x" ? 2 : Infinity;
          const hex = e === "u" || e === "x" ? /[0-9a-fA-F]/ : /[0-9]/;
          for (let k = 0; k < most && this.at < s.length && hex.test(s[this.at]!); k++) this.at++;
        }
        atom = { needs: [], after: false };
      } else atom = { needs: [], after: splitsEscaped(e) };
    } else if (c === "^") {
      this.at++;
      return { needs: [], after: true };
    } else if (c === "$") {
      this.at++;
      return { needs: [], after: "same" };
    } else {
      this.at++;
      atom = { needs: [], after: SPLITS.has(c) && !SYNTAX.has(c) };
    }
    return this.quantified(atom, boundary);
  }

  /** Where the group whose body starts at `k` closes, past classes and escapes; -1 if it does not. */
  private closing(k: number): number {
    const s = this.s;
    let depth = 0;
    while (k < s.length) {
      const c = s[k];
      if (c === "\\") k += 2;
      else if (c === "[") {
        k = this.classEnd(k);
        if (k < 0) return -1;
      } else if (c === "(") {
        depth++;
        k++;
      } else if (c === ")") {
        if (depth === 0) return k;
        depth--;
        k++;
      } else k++;
    }
    return -1;
  }

  /** The atom under its quantifier, if any: one that may match nothing needs nothing. */
  private quantified(atom: Reading, boundary: boolean): Reading {
    const q = this.quantifierAt(this.at);
    if (q === undefined) return atom;
    this.at += q.length;
    return q.min === 0 ? { needs: [], after: atom.after === true && boundary } : atom;
  }

  /** Stops reading: what is left is not understood, so the pattern needs nothing. */
  private fail(): Reading {
    this.at = Number.MAX_SAFE_INTEGER;
    return { needs: [], after: false };
  }
}
