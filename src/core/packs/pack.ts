import type { EngineOptions } from "../engine.js";
import { GUIDANCE } from "../guidance/corpus.js";
import { MAX_TERM_WORDS, type Lexicon } from "../matcher.js";
import { BilingualError } from "../message.js";
import { CATEGORIES, LEVELS, type Category, type Level } from "../model.js";
import { normalize } from "../normalize.js";
import { defineRule, placeholders, spanText, type Message, type Rule } from "../rule.js";
import { RULES } from "../rules/index.js";
import { BUILTIN_PACKS } from "./builtin.js";
import type { Pack, PackContact, PackLexicon, PackTermRule, RuleSetting } from "./types.js";

/** A pack that cannot be used as written: the message names the pack and the field. */
export class PackError extends BilingualError {
  override name = "PackError";
}

const PACK_ID = /^[a-z0-9][a-z0-9-]*$/;
const LEXICON_ID = /^[a-z0-9][a-z0-9.:-]*$/;
const MAX_PASSAGES_PER_RULE = 50;

/**
 * How much a pack may ask, each limit generous for a department: the built-in lexicons hold 5,865 terms of at most
 * 9 words and 57 characters, in 8,753 trie nodes; the largest built-in pack has 31 terms. Past them a pack could make
 * every check slow or exhaust the memory. docs/pack.schema.json and docs/packs.md state the same numbers.
 */
export const PACK_LIMITS = {
  /** Terms in all of the pack's lexicons and term rules together. */
  terms: 10_000,
  /** Characters in one term. */
  termLength: 200,
  /** Words in one term: the matcher never looks further ahead. */
  termWords: MAX_TERM_WORDS,
  /** Trie nodes the pack's terms make: the distinct word sequences that begin a term. */
  trieNodes: 50_000,
  termRules: 200,
  lexicons: 100,
  /** Guidance statements one term rule cites. */
  citations: 20,
  contacts: 50,
  extends: 20,
  departments: 50,
  /** Characters of a name, description, message, suggestion or contact, in each language. */
  textLength: 1_000,
  /** Characters of an id: the pack's, a rule's, a lexicon's, a contact's, a department's. */
  idLength: 100,
} as const;

export type PackLimit = keyof typeof PACK_LIMITS;

/** What each limit counts, after the number: "13 words in a term". */
const LIMIT_COUNTS: Record<PackLimit, Message> = {
  terms: { en: "terms in the pack", fr: "termes dans le module" },
  termLength: { en: "characters in a term", fr: "caractères dans un terme" },
  termWords: { en: "words in a term", fr: "mots dans un terme" },
  trieNodes: { en: "trie nodes made by the pack's terms", fr: "nœuds du trie formés par les termes du module" },
  termRules: { en: "term rules", fr: "règles de termes" },
  lexicons: { en: "lexicons", fr: "lexiques" },
  citations: { en: "guidance statements cited by one rule", fr: "énoncés cités par une règle" },
  contacts: { en: "contacts", fr: "contacts" },
  extends: { en: "packs extended", fr: "modules étendus" },
  departments: { en: "departments", fr: "ministères" },
  textLength: { en: "characters in a text", fr: "caractères dans un texte" },
  idLength: { en: "characters in an id", fr: "caractères dans un id" },
};
/** Terms are matched as words by the matcher; this is the only length a `*` prefix needs (see matcher.ts). */
const MIN_PREFIX_LETTERS = 3;

/** The built-in rules, and the second opinion: `model` (all of it) or `model/<category>` may be turned off or re-levelled. */
const BUILTIN_RULE_IDS = new Set([...RULES.map((r) => r.id), "model", ...CATEGORIES.map((c) => `model/${c}`)]);
const GUIDANCE_IDS = new Set(GUIDANCE.map((g) => g.id));
const PACK_FIELDS = ["id", "name", "description", "extends", "departments", "rules", "lexicons", "termRules", "contacts"];
const TERM_RULE_FIELDS = ["id", "category", "level", "terms", "message", "guidance", "suggestion"];

type Json = Record<string, unknown>;

type Fail = (field: string, problem: Message) => never;

/**
 * Reads a pack from untrusted JSON. The first malformed field found is thrown, named (`termRules[0].guidance[1]`);
 * a well-formed pack that asks too much is refused with every limit it breaks (PACK_LIMITS), each with its first place.
 */
export function validatePack(value: unknown, where?: string): Pack {
  let at: Message = where === undefined ? { en: "pack", fr: "module" } : { en: where, fr: where };
  const fail: Fail = (field, problem) => {
    throw new PackError({ en: `${at.en}: ${field}: ${problem.en}`, fr: `${at.fr} : ${field} : ${problem.fr}` });
  };
  const breaches = new Map<PackLimit, Breach>();
  /** Whether `value` is over `limit`; the first place over each limit is kept for the message, the others counted. */
  const over = (limit: PackLimit, value: number, field: string): boolean => {
    if (value <= PACK_LIMITS[limit]) return false;
    const known = breaches.get(limit);
    if (known) known.more++;
    else breaches.set(limit, { field, value, more: 0 });
    return true;
  };
  /** An id: a non-empty string of at most PACK_LIMITS.idLength characters. */
  const idField = (v: unknown, field: string): string => {
    const s = str(v, field);
    over("idLength", s.length, field);
    return s;
  };
  const list = (v: unknown, field: string, limit: PackLimit): unknown[] => {
    const l = arr(v, field);
    over(limit, l.length, field);
    return l.slice(0, PACK_LIMITS[limit] + 1);
  };
  const trie = new TermTrie();
  let termCount = 0;
  const obj = (v: unknown, field: string): Json =>
    typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : fail(field, { en: "must be a JSON object", fr: "doit être un objet JSON" });
  const str = (v: unknown, field: string): string =>
    typeof v === "string" && v.trim() !== "" ? v : fail(field, { en: "must be a non-empty string", fr: "doit être une chaîne non vide" });
  const arr = (v: unknown, field: string): unknown[] => (Array.isArray(v) ? v : fail(field, { en: "must be a list", fr: "doit être une liste" }));
  const onlyFields = (o: Json, allowed: readonly string[], field: string) => {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) fail(field === "" ? k : `${field}.${k}`, { en: `is not a field here; the fields are ${allowed.join(", ")}`, fr: `n'est pas un champ ici; les champs sont ${allowed.join(", ")}` });
    }
  };
  const message = (v: unknown, field: string, allowed: readonly string[] = []): Message => {
    const o = obj(v, field);
    onlyFields(o, ["en", "fr"], field);
    const m = { en: str(o.en, `${field}.en`), fr: str(o.fr, `${field}.fr`) };
    for (const lang of ["en", "fr"] as const) over("textLength", m[lang].length, `${field}.${lang}`);
    for (const lang of ["en", "fr"] as const) {
      for (const p of placeholders(m[lang])) {
        if (!allowed.includes(p)) {
          const use = allowed.map((a) => `{${a}}`).join(", ");
          fail(`${field}.${lang}`, {
            en: `{${p}} is not a placeholder you can use${allowed.length ? `; use ${use}` : ""}`,
            fr: `{${p}} n'est pas un paramètre permis${allowed.length ? `; utilisez ${use}` : ""}`,
          });
        }
      }
    }
    return m;
  };
  const terms = (v: unknown, field: string): string[] => {
    const all = arr(v, field);
    if (all.length === 0) fail(field, { en: "must hold at least one term", fr: "doit contenir au moins un terme" });
    const before = termCount;
    termCount += all.length;
    if (termCount > PACK_LIMITS.terms && before <= PACK_LIMITS.terms) breaches.set("terms", { field, value: 0, more: 0 });
    // Past the limit the terms are not read: the pack is refused anyway, and reading them would cost what the limit spares.
    return all.slice(0, Math.max(0, PACK_LIMITS.terms - before)).map((t, i) => {
      const place = `${field}[${i}]`;
      if (typeof t === "string" && over("termLength", t.length, `${place} ${quoted(t)}`)) return t;
      const words = checkTerm(t, place, fail);
      if (!over("termWords", words.length, `${place} ${quoted(t as string)}`)) trie.add(words);
      return t as string;
    });
  };

  const o = obj(value, "(the pack)");
  onlyFields(o, PACK_FIELDS, "");
  const id = idField(o.id, "id");
  if (!PACK_ID.test(id)) fail("id", { en: `"${id}" must be lower-case letters, digits and hyphens`, fr: `« ${id} » doit être fait de lettres minuscules, de chiffres et de traits d'union` });
  at = { en: `${at.en} "${id}"`, fr: `${at.fr} « ${id} »` };
  const pack: Pack = { id, name: message(o.name, "name"), description: message(o.description, "description") };
  if (o.extends !== undefined) pack.extends = list(o.extends, "extends", "extends").map((e, i) => idField(e, `extends[${i}]`));
  if (o.departments !== undefined) pack.departments = list(o.departments, "departments", "departments").map((d, i) => idField(d, `departments[${i}]`).toLowerCase());

  if (o.termRules !== undefined) {
    const seen = new Set<string>();
    pack.termRules = list(o.termRules, "termRules", "termRules").map((raw, i): PackTermRule => {
      const field = `termRules[${i}]`;
      const r = obj(raw, field);
      onlyFields(r, TERM_RULE_FIELDS, field);
      const ruleId = idField(r.id, `${field}.id`);
      if (!new RegExp(`^${id}\\.[a-z0-9][a-z0-9-]*$`).test(ruleId)) {
        fail(`${field}.id`, { en: `"${ruleId}" must be "${id}.<name>" (lower-case letters, digits and hyphens)`, fr: `« ${ruleId} » doit avoir la forme « ${id}.<nom> » (lettres minuscules, chiffres et traits d'union)` });
      }
      if (seen.has(ruleId)) fail(`${field}.id`, { en: `"${ruleId}" is defined twice`, fr: `« ${ruleId} » est défini deux fois` });
      seen.add(ruleId);
      const category = str(r.category, `${field}.category`);
      if (!(CATEGORIES as readonly string[]).includes(category)) {
        fail(`${field}.category`, { en: `"${category}" is not a category; the categories are ${CATEGORIES.join(", ")}`, fr: `« ${category} » n'est pas une catégorie; les catégories sont ${CATEGORIES.join(", ")}` });
      }
      const level = checkLevel(r.level, `${field}.level`, fail);
      const guidance = list(r.guidance, `${field}.guidance`, "citations").map((g, k) => {
        const gid = str(g, `${field}.guidance[${k}]`);
        if (!GUIDANCE_IDS.has(gid)) {
          fail(`${field}.guidance[${k}]`, {
            en: `"${gid}" is not a statement of the guidance corpus (see "impartial explain" for the ids rules cite)`,
            fr: `« ${gid} » n'est pas un énoncé des lignes directrices (voyez « impartial explain » pour les ids que citent les règles)`,
          });
        }
        return gid;
      });
      if (guidance.length === 0) fail(`${field}.guidance`, { en: "must cite at least one guidance statement", fr: "doit citer au moins un énoncé des lignes directrices" });
      const rule: PackTermRule = { id: ruleId, category: category as Category, level, terms: terms(r.terms, `${field}.terms`), message: message(r.message, `${field}.message`, ["text"]), guidance };
      if (r.suggestion !== undefined) rule.suggestion = message(r.suggestion, `${field}.suggestion`);
      return rule;
    });
  }

  if (o.rules !== undefined) {
    const settings = obj(o.rules, "rules");
    const own = new Set((pack.termRules ?? []).map((r) => r.id));
    const inherited = (ruleId: string) => (pack.extends ?? []).some((e) => ruleId.startsWith(`${e}.`));
    pack.rules = {};
    for (const [ruleId, setting] of Object.entries(settings)) {
      if (!BUILTIN_RULE_IDS.has(ruleId) && !own.has(ruleId) && !inherited(ruleId)) {
        fail(`rules.${ruleId}`, { en: `there is no rule "${ruleId}"; run "impartial rules" for the ids`, fr: `il n'y a pas de règle « ${ruleId} »; lancez « impartial rules » pour les ids` });
      }
      pack.rules[ruleId] = setting === "off" ? "off" : checkLevel(setting, `rules.${ruleId}`, fail, true);
    }
  }

  if (o.lexicons !== undefined) {
    pack.lexicons = list(o.lexicons, "lexicons", "lexicons").map((raw, i): PackLexicon => {
      const field = `lexicons[${i}]`;
      const l = obj(raw, field);
      onlyFields(l, ["id", "terms", "source"], field);
      const lexId = idField(l.id, `${field}.id`);
      if (!LEXICON_ID.test(lexId)) fail(`${field}.id`, { en: `"${lexId}" must be lower-case letters, digits, dots and hyphens`, fr: `« ${lexId} » doit être fait de lettres minuscules, de chiffres, de points et de traits d'union` });
      const source = str(l.source, `${field}.source`);
      over("textLength", source.length, `${field}.source`);
      return { id: lexId, terms: terms(l.terms, `${field}.terms`), source };
    });
  }

  if (o.contacts !== undefined) {
    pack.contacts = list(o.contacts, "contacts", "contacts").map((raw, i): PackContact => {
      const field = `contacts[${i}]`;
      const c = obj(raw, field);
      onlyFields(c, ["id", "en", "fr"], field);
      const contact = { id: idField(c.id, `${field}.id`), en: str(c.en, `${field}.en`), fr: str(c.fr, `${field}.fr`) };
      for (const lang of ["en", "fr"] as const) over("textLength", contact[lang].length, `${field}.${lang}`);
      return contact;
    });
  }
  const total = breaches.get("terms");
  if (total) total.value = termCount;
  over("trieNodes", trie.nodes, "lexicons, termRules");
  if (breaches.size > 0) throw new PackError(limitsBroken(at, breaches));
  return pack;
}

/** The first place over a limit, how far over, and how many other places are over it too. */
interface Breach {
  field: string;
  value: number;
  more: number;
}

/** Every limit broken, one per line, with its first place: the pack's author fixes them all in one go. */
function limitsBroken(at: Message, breaches: ReadonlyMap<PackLimit, Breach>): Message {
  const lines = (lang: "en" | "fr") =>
    [...breaches].map(([limit, b]) => {
      const sep = lang === "fr" ? " : " : ": ";
      const more = b.more === 0 ? "" : lang === "fr" ? `; ${b.more} autres endroits la dépassent` : `; ${b.more} more places are over it`;
      return lang === "fr"
        ? `${b.field}${sep}${b.value} ${LIMIT_COUNTS[limit].fr}; au plus ${PACK_LIMITS[limit]} (limite ${limit}${more})`
        : `${b.field}${sep}${b.value} ${LIMIT_COUNTS[limit].en}; at most ${PACK_LIMITS[limit]} (limit ${limit}${more})`;
    });
  if (breaches.size === 1) return { en: `${at.en}: ${lines("en")[0]!}`, fr: `${at.fr} : ${lines("fr")[0]!}` };
  return {
    en: `${at.en}: over ${breaches.size} limits (see docs/packs.md, "Limits"):\n  ${lines("en").join("\n  ")}`,
    fr: `${at.fr} : au-delà de ${breaches.size} limites (voir docs/packs.md, « Limits ») :\n  ${lines("fr").join("\n  ")}`,
  };
}

/** A term as it is named in a message: its first 40 characters, quoted. */
function quoted(term: string): string {
  return JSON.stringify(term.length > 40 ? `${term.slice(0, 40)}…` : term);
}

/** The trie a pack's terms make, as the matcher builds it (one node per distinct sequence of words), to count its nodes. */
class TermTrie {
  private readonly root = new Map<string, Map<string, unknown>>();
  nodes = 0;
  add(words: readonly string[]): void {
    let node = this.root as Map<string, unknown>;
    for (const w of words) {
      let child = node.get(w) as Map<string, unknown> | undefined;
      if (!child) {
        node.set(w, (child = new Map()));
        this.nodes++;
      }
      node = child;
    }
  }
}

function checkLevel(v: unknown, field: string, fail: Fail, orOff = false): Level {
  if (typeof v === "string" && (LEVELS as readonly string[]).includes(v)) return v as Level;
  const levels = [...(orOff ? ["off"] : []), ...LEVELS];
  return fail(field, {
    en: `${JSON.stringify(v)} is not a level; use ${levels.map((l) => `"${l}"`).join(", ")}`,
    fr: `${typeof v === "string" ? `« ${v} »` : JSON.stringify(v)} n'est pas un niveau; utilisez ${levels.map((l) => `« ${l} »`).join(", ")}`,
  });
}

/**
 * A term is read with the text's own tokenizer: it must hold at least one word, and is never run as a pattern.
 * Returns its words as the matcher will (the last one of a `*` term is a prefix).
 */
function checkTerm(t: unknown, field: string, fail: Fail): string[] {
  if (typeof t !== "string" || t.trim() === "") return fail(field, { en: "must be a non-empty string", fr: "doit être une chaîne non vide" });
  const prefix = t.endsWith("*");
  const words = normalize(prefix ? t.slice(0, -1) : t).tokens;
  if (words.length === 0) fail(field, { en: `"${t.slice(0, 40)}" has no letters or digits to match`, fr: `« ${t.slice(0, 40)} » n'a ni lettre ni chiffre à reconnaître` });
  if (prefix && words[words.length - 1]!.norm.length < MIN_PREFIX_LETTERS) {
    fail(field, { en: `"${t}" needs at least ${MIN_PREFIX_LETTERS} letters before its *`, fr: `« ${t} » doit avoir au moins ${MIN_PREFIX_LETTERS} lettres avant son *` });
  }
  return words.map((w, k) => (prefix && k === words.length - 1 ? `${w.norm}*` : w.norm));
}

/** Finds a pack by id or by its English or French name, ignoring case. */
export function findPack(idOrName: string, available: readonly Pack[] = BUILTIN_PACKS): Pack | undefined {
  const key = idOrName.trim().toLowerCase();
  return available.find((p) => p.id === key) ?? available.find((p) => p.name.en.toLowerCase() === key || p.name.fr.toLowerCase() === key);
}

/** The packs named, each after the packs it extends, each once; a cycle or an unknown pack is an error. */
export function resolvePacks(ids: readonly string[], available: readonly Pack[] = BUILTIN_PACKS): Pack[] {
  const out: Pack[] = [];
  const done = new Set<string>();
  const visit = (idOrName: string, path: string[]) => {
    const pack = findPack(idOrName, available);
    if (!pack) {
      const ids = available.map((p) => p.id).join(", ");
      const parent = path[path.length - 1];
      throw new PackError(
        parent !== undefined
          ? { en: `pack "${parent}" extends "${idOrName}", which is not a known pack; the packs are ${ids}`, fr: `le module « ${parent} » étend « ${idOrName} », qui n'est pas un module connu; les modules sont ${ids}` }
          : { en: `"${idOrName}" is not a known pack; the packs are ${ids}`, fr: `« ${idOrName} » n'est pas un module connu; les modules sont ${ids}` },
      );
    }
    if (done.has(pack.id)) return;
    if (path.includes(pack.id)) {
      const circle = [...path, pack.id].join(" → ");
      throw new PackError({ en: `packs extend each other in a circle: ${circle}`, fr: `des modules s'étendent l'un l'autre en cercle : ${circle}` });
    }
    for (const parent of pack.extends ?? []) visit(parent, [...path, pack.id]);
    done.add(pack.id);
    out.push(pack);
  };
  for (const id of ids) visit(id, []);
  const known = new Set([...BUILTIN_RULE_IDS, ...out.flatMap((p) => (p.termRules ?? []).map((r) => r.id))]);
  for (const p of out) {
    for (const ruleId of Object.keys(p.rules ?? {})) {
      if (!known.has(ruleId)) {
        throw new PackError({ en: `pack "${p.id}": rules.${ruleId}: there is no rule "${ruleId}" in the packs it uses`, fr: `module « ${p.id} » : rules.${ruleId} : il n'y a pas de règle « ${ruleId} » dans les modules qu'il utilise` });
      }
    }
  }
  return out;
}

/** The packs for a department and the packs named: always `gc` first, then the department's, then the named ones. */
export function selectPacks(choice: { department?: string; packs?: readonly string[] }, available: readonly Pack[] = BUILTIN_PACKS): Pack[] {
  const dept = choice.department?.toLowerCase();
  const byDepartment = dept ? available.filter((p) => p.departments?.includes(dept)).map((p) => p.id) : [];
  const base = available.some((p) => p.id === "gc") ? ["gc"] : [];
  return resolvePacks([...base, ...byDepartment, ...(choice.packs ?? [])], available);
}

export interface PackEngineOptions extends EngineOptions {
  rules: readonly Rule[];
  lexicons: readonly Lexicon[];
  disabled: readonly string[];
  levels: Readonly<Record<string, Level>>;
  contacts: readonly PackContact[];
  departments: readonly string[];
}

/** What `createEngine` needs to run with these packs, in order: a later pack's setting wins over an earlier one's. */
export function engineOptionsFor(packs: readonly Pack[]): PackEngineOptions {
  const settings = new Map<string, RuleSetting>();
  const termRules = new Map<string, { rule: PackTermRule; pack: Pack }>();
  const lexicons: Lexicon[] = [];
  const contacts = new Map<string, PackContact>();
  for (const pack of packs) {
    for (const rule of pack.termRules ?? []) termRules.set(rule.id, { rule, pack });
    for (const [id, setting] of Object.entries(pack.rules ?? {})) settings.set(id, setting);
    for (const l of pack.lexicons ?? []) lexicons.push({ id: l.id, lang: "any", source: `${l.source} (pack ${pack.id})`, terms: l.terms });
    for (const c of pack.contacts ?? []) contacts.set(c.id, c);
  }
  const rules: Rule[] = [...RULES];
  for (const { rule, pack } of termRules.values()) {
    lexicons.push({ id: termLexiconId(rule.id), lang: "any", source: `the ${pack.id} pack`, terms: rule.terms });
    rules.push(termRuleToRule(rule, pack));
  }
  const disabled: string[] = [];
  const levels: Record<string, Level> = {};
  for (const [id, setting] of settings) {
    if (setting === "off") disabled.push(id);
    else levels[id] = setting;
  }
  const departments = [...new Set(packs.flatMap((p) => p.departments ?? []))];
  return { rules, lexicons, disabled, levels, contacts: [...contacts.values()], departments };
}

/** Term rules read their own list, under an id no built-in lexicon can have. */
export function termLexiconId(ruleId: string): string {
  return `pack:${ruleId}`;
}

function termRuleToRule(term: PackTermRule, pack: Pack): Rule {
  const lexicon = termLexiconId(term.id);
  const shown = term.terms.slice(0, 3).map((t) => t.slice(0, 40));
  const more = term.terms.length > shown.length ? "…" : "";
  return defineRule({
    id: term.id,
    category: term.category,
    level: term.level,
    guidance: term.guidance as unknown as readonly [string, ...string[]],
    description: {
      en: `${pack.name.en} pack: ${shown.map((t) => `“${t}”`).join(", ")}${more}`,
      fr: `Module ${pack.name.fr} : ${shown.map((t) => `« ${t} »`).join(", ")}${more}`,
    },
    messages: { hit: term.message },
    lexicons: [lexicon],
    requires: [lexicon],
    examples: { valid: [], invalid: [] },
    check({ view, hits, report }) {
      // Longest first at each start: "under embargo" and "embargo" at the same place are one passage.
      const found = [...hits.get(lexicon)].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
      let coveredTo = -1;
      let reported = 0;
      for (const h of found) {
        if (h.span[1] <= coveredTo) continue;
        coveredTo = h.span[1];
        report("hit", { span: h.span, data: { text: spanText(view, h.span) }, ...(term.suggestion ? { suggestion: term.suggestion } : {}) });
        // A common word in a long text would otherwise flood the assessment (and its quadratic dedupe): the first passages make the point.
        if (++reported === MAX_PASSAGES_PER_RULE) break;
      }
    },
  });
}

/** Identifies the packs as they stand, to add to `rulesVersion()`: stored assessments made under other packs are re-assessed. */
export function packsVersion(packs: readonly Pack[]): string {
  let h = 0x811c9dc5;
  const text = JSON.stringify(packs);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}
