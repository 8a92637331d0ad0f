import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");

interface GlossaryRow {
  english: string;
  french: string;
  rejected: string[];
  allowed: string[];
}

/** The rows of every table in docs/glossary.md that has a "Rejected" column: the doc is the only list. */
function readGlossary(markdown: string): GlossaryRow[] {
  const rows: GlossaryRow[] = [];
  let header: string[] | undefined;
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("|")) {
      header = undefined;
      continue;
    }
    const cells = line.slice(1, line.trimEnd().endsWith("|") ? line.trimEnd().length - 1 : undefined).split("|").map((c) => c.trim());
    if (!header) {
      header = cells;
      continue;
    }
    if (cells.every((c) => /^-*$/.test(c)) || !header.includes("Rejected")) continue;
    const cell = (name: string) => cells[header!.indexOf(name)] ?? "";
    rows.push({ english: cell("English"), french: cell("French in Impartial"), rejected: quotedIn(cell("Rejected")), allowed: quotedIn(cell("Allowed")) });
  }
  return rows;
}

const quotedIn = (cell: string) => [...cell.matchAll(/«\s*([^»]+?)\s*»/g)].map((m) => m[1]!);

/** Case-folded, with typographic apostrophes and no-break spaces read as plain ones; accents are kept. */
const fold = (s: string) => s.normalize("NFC").replace(/[’‘]/g, "'").replace(/[\u00a0\u202f]/g, " ").toLocaleLowerCase("fr");

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A whole word or phrase: no letter or digit right before or after it. */
const wordPattern = (phrase: string, flags = "u") => new RegExp(`(?<![\\p{L}\\p{N}])${escape(fold(phrase))}(?![\\p{L}\\p{N}])`, flags);

interface Matcher {
  rejected: { variant: string; pattern: RegExp }[];
  allowed: RegExp[];
}

function matcherOf(rows: readonly GlossaryRow[]): Matcher {
  const allowed = rows.flatMap((r) => r.allowed);
  return {
    rejected: rows.flatMap((r) => r.rejected.map((variant) => ({ variant, pattern: wordPattern(variant) }))),
    // Longest first, so "un candidat ou une candidate" goes before "candidat ou candidate" can split it.
    allowed: [...new Set(allowed)].sort((a, b) => b.length - a.length).map((a) => wordPattern(a, "gu")),
  };
}

/** The rejected variants a string uses, once its allowed phrases are taken out. */
function rejectedIn(text: string, matcher: Matcher): string[] {
  let s = fold(text);
  for (const a of matcher.allowed) s = s.replace(a, (m) => " ".repeat(m.length));
  return matcher.rejected.filter((r) => r.pattern.test(s)).map((r) => r.variant);
}

const glossary = readGlossary(readFileSync(join(root, "docs", "glossary.md"), "utf8"));
const matcher = matcherOf(glossary);

/** Where the interface's words live; what is left out is explained in docs/glossary.md. */
const SCANNED = ["web", "src/cli", "src/server", "src/report", "src/store", "src/importers", "src/core"];
const LEFT_OUT = ["src/core/lexicons", "src/core/structure", "src/core/organizations.ts", "src/core/guidance/corpus.ts", "src/core/learned/weights.ts"];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = `${dir}/${name}`;
    if (LEFT_OUT.includes(path)) continue;
    if (statSync(join(root, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (path.endsWith(".ts")) out.push(path);
  }
  return out;
}

/** A French word, letter or punctuation mark: a string without any is not French and is not checked. */
const FRENCH = /[àâçéèêëîïôûùüÿœæ«»]|\b(les|des|une|du|vous|votre|vos|est|pas|aux|ou|qui|que|dans|sur|pour|avec|cette|sont|ne)\b/i;

interface UiString {
  file: string;
  line: number;
  text: string;
}

const propertyName = (node: ts.Node) => (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : undefined);

/** Whether an object literal is a sample activity (a rule's example, a scenario's choice): its text is a draft. */
const isSampleActivity = (node: ts.Node) => ts.isObjectLiteralExpression(node) && node.properties.some((p) => propertyName(p) === "action");

/**
 * The French string literals of a source file. Read from the source rather than imported: the strings are built in
 * tables, in functions, in ternaries and in rule metadata, and a page's module needs a DOM to load; the parser sees
 * them all, and template literals are read with "…" where a value goes.
 */
function frenchStrings(file: string): UiString[] {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), "utf8"), ts.ScriptTarget.Latest, true);
  const found: UiString[] = [];
  const add = (node: ts.Node, text: string) => {
    if (FRENCH.test(text)) found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    const name = propertyName(node);
    if (name === "en" || name === "terms" || name === "examples") return;
    if ((name === "text" || name === "inReplyTo") && isSampleActivity(node.parent)) return;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node)) add(node, node.text);
    else if (ts.isTemplateExpression(node)) add(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join("…"));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("docs/glossary.md", () => {
  it("names a French term for every concept, with the variants it rejects", () => {
    assert.ok(glossary.length >= 50, `only ${glossary.length} rows read from the glossary`);
    for (const row of glossary) assert.ok(row.english !== "" && row.french !== "", `a row without its English or French: ${JSON.stringify(row)}`);
    const concepts = glossary.map((r) => r.english).join(" | ");
    for (const concept of ["review", "self-assessment", "scenario", "designated political activities representative", "followers", "deputy head", "department", "finding"])
      assert.ok(concepts.includes(concept), `no row for ${concept}`);
  });

  it("does not reject its own French terms", () => {
    for (const row of glossary) assert.deepEqual(rejectedIn(row.french, matcher), [], `${row.english}: « ${row.french} » uses a variant the glossary rejects`);
  });
});

describe("the glossary's matcher", () => {
  it("finds a calque, whatever the case", () => {
    assert.deepEqual(rejectedIn("Les questions marquées « obligatoire » DOIVENT ÊTRE RÉPONDUES.", matcher).includes("doivent être répondues"), true);
  });

  it("finds 'revue' for review but leaves the idiom « passer en revue » and other words alone", () => {
    assert.ok(rejectedIn("la base de revue de cet ordinateur", matcher).includes("revue"));
    assert.deepEqual(rejectedIn("Passez-la en revue avant de la republier.", matcher), []);
    assert.deepEqual(rejectedIn("Révision de la protection de l'environnement", matcher), []);
  });

  it("takes a masculine form alone as a rejected variant, and the full doublet as right", () => {
    assert.ok(rejectedIn("rôle : employé", matcher).includes("employé"));
    assert.deepEqual(rejectedIn("Employé ou employée", matcher), []);
    assert.ok(rejectedIn("Un administrateur général ne peut exercer aucune activité politique.", matcher).includes("administrateur général"));
    assert.deepEqual(rejectedIn("un parti, un candidat ou une candidate", matcher), []);
    assert.ok(rejectedIn("les employé·e·s", matcher).length > 0);
  });

  it("reads a typographic apostrophe as a plain one", () => {
    assert.deepEqual(rejectedIn("Le Programme d’aide aux employés de votre organisation", matcher), []);
  });
});

describe("the interface's French", () => {
  const strings = SCANNED.flatMap(sourceFiles).flatMap(frenchStrings);

  it("is read from every part of the interface", () => {
    assert.ok(strings.length > 1000, `only ${strings.length} French strings found: the collector is broken`);
    const files = new Set(strings.map((s) => s.file));
    for (const file of ["web/site.ts", "web/practice-view.ts", "src/cli/i18n.ts", "src/server/server.ts", "src/core/self-assessment.ts", "src/core/guidance/contacts.ts", "src/core/rules/partisan/engaging.ts"])
      assert.ok(files.has(file), `no French string read from ${file}`);
  });

  it("uses the glossary's terms, never a variant it rejects", () => {
    const offences = strings.flatMap((s) => rejectedIn(s.text, matcher).map((variant) => `${s.file}:${s.line}: « ${variant} » in “${s.text.length > 160 ? `${s.text.slice(0, 160)}…` : s.text}”`));
    assert.deepEqual(offences, [], `French strings that use a variant docs/glossary.md rejects:\n${offences.join("\n")}`);
  });
});
