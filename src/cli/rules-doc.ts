import { guidanceById } from "../core/guidance/corpus.js";
import type { Rule } from "../core/rule.js";
import { UI } from "./i18n.js";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** docs/rules.md: every rule from its own metadata (id, category, level, citations, examples), in both languages. */
export function renderRulesDoc(rules: readonly Rule[]): string {
  const out = [
    "# Rules",
    "",
    "Generated from the rules' own metadata by `src/cli/rules-doc.ts`; a test keeps it in sync",
    "(regenerate with `UPDATE_DOCS=1 node --test dist/test/cli/rules-doc.test.js`). French quotations of the guidance",
    "are unofficial translations. / Généré à partir des métadonnées des règles; les citations françaises des lignes",
    "directrices sont des traductions non officielles.",
    "",
    "| rule | category | level / niveau | guidance cited | what it finds | ce qu'elle relève |",
    "|---|---|---|---|---|---|",
  ];
  for (const r of rules) {
    out.push(`| \`${r.id}\` | ${r.category} | ${UI.en.level[r.level]} / ${UI.fr.level[r.level]} | ${r.guidance.map((g) => `\`${g}\``).join(", ")} | ${cell(r.description.en)} | ${cell(r.description.fr)} |`);
  }
  for (const r of rules) {
    out.push("", `## \`${r.id}\``, "", `${r.description.en}`, "", `*${r.description.fr}*`, "");
    for (const g of r.guidance) {
      const s = guidanceById(g);
      out.push(`> **${g}** (${s.source}, ${s.section}): “${s.en}”  `, `> *« ${s.fr} »*`, "");
    }
    if (r.alsoCites?.length) out.push(`Some findings also cite / Certains constats citent aussi : ${r.alsoCites.map((g) => `\`${g}\``).join(", ")}`, "");
    const examples = (label: string, list: Rule["examples"]["valid"]) => {
      if (list.length === 0) return;
      out.push(`**${label}**`, "");
      for (const e of list) {
        const extra = [e.action && e.action !== "post" ? e.action : "", e.context && Object.keys(e.context).length ? JSON.stringify(e.context) : "", e.inReplyTo ? `in reply to “${e.inReplyTo}”` : ""].filter(Boolean).join(" · ");
        out.push(`- [${e.lang}] ${cell(e.text)}${extra ? ` — ${cell(extra)}` : ""}${e.note ? ` (${cell(e.note)})` : ""}`);
      }
      out.push("");
    };
    examples("Reports / Relève", r.examples.invalid);
    examples("Leaves alone / Laisse passer", r.examples.valid);
  }
  return `${out.join("\n").trimEnd()}\n`;
}
