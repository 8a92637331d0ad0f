import { GUIDANCE, SOURCES } from "../src/core/guidance/corpus.js";
import type { GuidanceSource, GuidanceSourceId, GuidanceStatement } from "../src/core/guidance/types.js";
import { LEVELS, type Lang, type Level } from "../src/core/model.js";
import { fold } from "../src/core/normalize.js";
import type { Message, Rule } from "../src/core/rule.js";
import { RULES } from "../src/core/rules/index.js";
import { BUILTIN_PACKS } from "../src/core/packs/builtin.js";

/** Every string of the Guidance page, in both official languages: the same keys in each, checked by a test. */
export const GUIDANCE_STRINGS = {
  en: {
    searchLabel: "Search the guidance",
    searchHint: "Words in English or French, the id of a statement or of a rule, or a section's name. Accents and capitals do not matter.",
    filtersLegend: "Filters",
    sourceLabel: "Source document",
    sourceAll: "All five documents",
    levelLabel: "Level of risk the statement describes",
    levelAll: "Any level, or none",
    level: { appropriate: "appropriate", risky: "risky", inappropriate: "inappropriate" } satisfies Record<Level, string>,
    levelPrefix: "Level:",
    ruleFilter: "Showing only the statements cited by the rule {rule}.",
    clearRule: "Show the statements of every rule",
    clearAll: "Clear the search and filters",
    countAll: "{total} statements.",
    countOne: "1 statement of {total} matches.",
    countSome: "{n} statements of {total} match.",
    countNone: "No statement matches. Try other words or clear the filters.",
    statementsHeading: "Statements",
    publishedBy: "Published by",
    readPublished: "Read the published text",
    notPublished: "No page publishes it any more.",
    departmentOnly: "Written for the employees of {department} only.",
    statementId: "Id:",
    appliedBy: "Applied by:",
    noRule: "No rule applies this statement yet.",
    ruleLinkHint: "Show the statements this rule cites",
    packRule: "A rule of the {pack} pack, for its employees only",
    unofficial: "Unofficial translation.",
    unofficialNote: "French quotations of the guidance are unofficial translations.",
    contactsHeading: "Whom to ask",
    contactsLead: "The people and offices the guidance tells you to turn to when you are unsure.",
    contactOnly: "Only for:",
    contactNamedIn: "Named in:",
    colon: ": ",
  },
  fr: {
    searchLabel: "Chercher dans les lignes directrices",
    searchHint: "Des mots en français ou en anglais, l'identifiant d'un énoncé ou d'une règle, ou le nom d'une section. Les accents et les majuscules ne comptent pas.",
    filtersLegend: "Filtres",
    sourceLabel: "Document source",
    sourceAll: "Les cinq documents",
    levelLabel: "Niveau de risque que décrit l'énoncé",
    levelAll: "Tout niveau, ou aucun",
    level: { appropriate: "approprié", risky: "risqué", inappropriate: "inapproprié" } satisfies Record<Level, string>,
    levelPrefix: "Niveau :",
    ruleFilter: "Seuls les énoncés cités par la règle {rule} sont affichés.",
    clearRule: "Afficher les énoncés de toutes les règles",
    clearAll: "Effacer la recherche et les filtres",
    countAll: "{total} énoncés.",
    countOne: "1 énoncé sur {total} correspond.",
    countSome: "{n} énoncés sur {total} correspondent.",
    countNone: "Aucun énoncé ne correspond. Essayez d'autres mots ou effacez les filtres.",
    statementsHeading: "Énoncés",
    publishedBy: "Source :",
    readPublished: "Lire le texte publié",
    notPublished: "Aucune page ne le publie plus.",
    departmentOnly: "Écrit pour le personnel de {department} seulement.",
    statementId: "Identifiant :",
    appliedBy: "Appliqué par :",
    noRule: "Aucune règle n'applique encore cet énoncé.",
    ruleLinkHint: "Afficher les énoncés que cite cette règle",
    packRule: "Une règle du module {pack}, pour son personnel seulement",
    unofficial: "Traduction non officielle.",
    unofficialNote: "Les citations françaises des lignes directrices sont des traductions non officielles.",
    contactsHeading: "À qui s'adresser",
    contactsLead: "Les personnes et les bureaux vers lesquels les lignes directrices vous dirigent en cas de doute.",
    contactOnly: "Seulement pour :",
    contactNamedIn: "Nommé dans :",
    colon: " : ",
  },
} as const;

export type GuidanceStrings = (typeof GUIDANCE_STRINGS)[Lang];

/** A rule as the page names it: built-in rules by their description, a pack's term rules by their pack. */
export interface RuleRef {
  id: string;
  title: Message;
  guidance: readonly string[];
}

/** The statements a rule cites: those it applies always, then those some of its findings add. */
export function citedBy(rule: Pick<Rule, "guidance" | "alsoCites">): string[] {
  return [...new Set([...rule.guidance, ...(rule.alsoCites ?? [])])];
}

/** The built-in rules and the term rules of the built-in packs, each with the statements it cites. */
export function allRules(): RuleRef[] {
  const builtin = RULES.map((r) => ({ id: r.id, title: r.description, guidance: citedBy(r) }));
  const fromPacks = BUILTIN_PACKS.flatMap((pack) =>
    (pack.termRules ?? []).map((r) => ({
      id: r.id,
      title: {
        en: GUIDANCE_STRINGS.en.packRule.replace("{pack}", pack.name.en),
        fr: GUIDANCE_STRINGS.fr.packRule.replace("{pack}", pack.name.fr),
      },
      guidance: r.guidance,
    })),
  );
  return [...builtin, ...fromPacks];
}

/** One statement with the rules that apply it and its text folded once for searching. */
export interface IndexedStatement {
  statement: GuidanceStatement;
  rules: RuleRef[];
  level: Level | undefined;
  searchable: string;
}

/** Case, accents, look-alike letters and curly apostrophes do not count when matching. */
export function foldForSearch(s: string): string {
  return fold(s.replace(/[’‘ʼ]/g, "'")).replace(/\s+/g, " ");
}

/** The level a statement itself describes, for the statements of the guidance's risk scale. */
export function statementLevel(statement: GuidanceStatement): Level | undefined {
  return (LEVELS as readonly string[]).includes(statement.kind) ? (statement.kind as Level) : undefined;
}

/** Every statement of the corpus, in corpus order, each with the rules citing it. */
export function indexStatements(statements: readonly GuidanceStatement[] = GUIDANCE, rules: readonly RuleRef[] = allRules()): IndexedStatement[] {
  const byStatement = new Map<string, RuleRef[]>();
  for (const rule of rules) {
    for (const id of rule.guidance) {
      const list = byStatement.get(id) ?? [];
      if (!list.includes(rule)) list.push(rule);
      byStatement.set(id, list);
    }
  }
  return statements.map((statement) => {
    const citing = byStatement.get(statement.id) ?? [];
    const words = [statement.id, statement.en, statement.fr, statement.section, statement.sectionFr, ...citing.map((r) => r.id)];
    return { statement, rules: citing, level: statementLevel(statement), searchable: foldForSearch(words.join(" \u0000 ")) };
  });
}

/** What the reader narrowed the list to; empty strings mean "no filter". */
export interface GuidanceFilter {
  query: string;
  source: GuidanceSourceId | "";
  level: Level | "";
  rule: string;
}

export const NO_FILTER: GuidanceFilter = { query: "", source: "", level: "", rule: "" };

/** Every word of the query must appear somewhere in the statement, its id, its section (either language) or its rules' ids. */
export function matches(entry: IndexedStatement, filter: GuidanceFilter): boolean {
  if (filter.source && entry.statement.source !== filter.source) return false;
  if (filter.level && entry.level !== filter.level) return false;
  if (filter.rule && !entry.rules.some((r) => r.id === filter.rule)) return false;
  const words = foldForSearch(filter.query).trim().split(" ").filter(Boolean);
  return words.every((w) => entry.searchable.includes(w));
}

export function filterStatements(entries: readonly IndexedStatement[], filter: GuidanceFilter): IndexedStatement[] {
  return entries.filter((e) => matches(e, filter));
}

export interface SectionGroup {
  section: string;
  sectionFr: string;
  entries: IndexedStatement[];
}

export interface SourceGroup {
  source: GuidanceSource;
  sections: SectionGroup[];
}

/** Statements grouped by document (in the corpus's order of documents) then by section, empty groups left out. */
export function groupBySource(entries: readonly IndexedStatement[], sources: readonly GuidanceSource[] = SOURCES): SourceGroup[] {
  const groups: SourceGroup[] = [];
  for (const source of sources) {
    const sections: SectionGroup[] = [];
    for (const entry of entries) {
      if (entry.statement.source !== source.id) continue;
      let group = sections.find((s) => s.section === entry.statement.section);
      if (!group) sections.push((group = { section: entry.statement.section, sectionFr: entry.statement.sectionFr, entries: [] }));
      group.entries.push(entry);
    }
    if (sections.length > 0) groups.push({ source, sections });
  }
  return groups;
}

/** The count the live region announces. */
export function resultsCount(shown: number, total: number, filtered: boolean, lang: Lang): string {
  const t = GUIDANCE_STRINGS[lang];
  const template = !filtered ? t.countAll : shown === 0 ? t.countNone : shown === 1 ? t.countOne : t.countSome;
  return template.replace("{n}", String(shown)).replace("{total}", String(total));
}

export function isFiltered(filter: GuidanceFilter): boolean {
  return filter.query.trim() !== "" || filter.source !== "" || filter.level !== "" || filter.rule !== "";
}

const HASH_KEYS = ["q", "source", "level", "rule"] as const;

/** `#rule=partisan/engaging&q=vote`: slashes stay readable, everything else is percent-encoded. */
export function formatHash(filter: GuidanceFilter): string {
  const values: Record<(typeof HASH_KEYS)[number], string> = { q: filter.query, source: filter.source, level: filter.level, rule: filter.rule };
  const parts = HASH_KEYS.filter((k) => values[k] !== "").map((k) => `${k}=${encodeURIComponent(values[k]).replace(/%2F/gi, "/")}`);
  return parts.length ? `#${parts.join("&")}` : "";
}

/** Reads a hash back into a filter, dropping values that name no document, level or rule: a stale link shows everything. */
export function parseHash(hash: string, rules: readonly RuleRef[] = allRules(), sources: readonly GuidanceSource[] = SOURCES): GuidanceFilter {
  const filter: GuidanceFilter = { ...NO_FILTER };
  for (const part of hash.replace(/^#/, "").split("&")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    let value: string;
    try {
      value = decodeURIComponent(part.slice(eq + 1).replace(/\+/g, " "));
    } catch {
      continue;
    }
    const key = part.slice(0, eq);
    if (key === "q") filter.query = value;
    else if (key === "source" && sources.some((s) => s.id === value)) filter.source = value as GuidanceSourceId;
    else if (key === "level" && (LEVELS as readonly string[]).includes(value)) filter.level = value as Level;
    else if (key === "rule" && rules.some((r) => r.id === value)) filter.rule = value;
  }
  return filter;
}

/** The id an HTML element of a statement carries, so contacts and links can point at it. */
export function statementAnchor(id: string): string {
  return `statement-${id}`;
}
