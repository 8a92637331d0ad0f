import { assess } from "../core/engine.js";
import { citation } from "../core/guidance/corpus.js";
import { guidanceById } from "../core/guidance/corpus.js";
import type { Lang } from "../core/model.js";
import { RULES } from "../core/rules/index.js";
import { UI } from "./i18n.js";
import { UsageError } from "./errors.js";

/** `impartial rules`: every rule with its category, level and citation. */
export function listRules(lang: Lang, json: boolean): string {
  if (json) return JSON.stringify(RULES.map((r) => ({ id: r.id, category: r.category, level: r.level, guidance: r.guidance, description: r.description[lang] })), null, 2);
  const width = Math.max(...RULES.map((r) => r.id.length));
  const rows = RULES.map((r) => `${r.id.padEnd(width)}  ${UI[lang].level[r.level].padEnd(13)}  ${r.guidance.join(", ")}\n${" ".repeat(width + 2)}${r.description[lang]}`);
  return `${rows.join("\n")}\n\n${RULES.length} rules.`;
}

/** `impartial explain RULE`: one rule, what it cites, and its examples judged live. */
export function explainRule(id: string, lang: Lang): string {
  const rule = RULES.find((r) => r.id === id || r.id.endsWith(`/${id}`));
  if (!rule) throw new UsageError({ en: `no rule "${id}". Run "impartial rules" to list them.`, fr: `aucune règle « ${id} ». Lancez « impartial rules » pour les lister.` });
  const ui = UI[lang];
  const out = [`${rule.id} (${rule.category}, ${ui.level[rule.level]})`, rule.description[lang], "", `${ui.guidance}:`];
  for (const g of rule.guidance) {
    const s = guidanceById(g);
    out.push(`  ${g} — ${citation({ source: s.source, section: lang === "fr" ? s.sectionFr : s.section }, lang)}`, `    “${s[lang]}”`);
  }
  const show = (label: string, examples: typeof rule.examples.valid) => {
    out.push("", label);
    for (const ex of examples) {
      const a = assess({ text: ex.text, action: ex.action ?? "post", context: ex.context ?? {}, ...(ex.inReplyTo ? { inReplyTo: ex.inReplyTo } : {}) }, { lang });
      const own = a.findings.filter((f) => f.rule === rule.id);
      out.push(`  [${ex.lang}] ${ex.text}${ex.action && ex.action !== "post" ? ` (${ex.action})` : ""}${ex.context && Object.keys(ex.context).length ? ` ${JSON.stringify(ex.context)}` : ""}`);
      out.push(`      → ${own.length ? own.map((f) => `${ui.level[f.level]}: ${f.message}`).join(" / ") : lang === "fr" ? "aucun constat de cette règle" : "no finding from this rule"}`);
    }
  };
  show(lang === "fr" ? "Exemples conformes :" : "Examples it leaves alone:", rule.examples.valid);
  show(lang === "fr" ? "Exemples relevés :" : "Examples it reports:", rule.examples.invalid);
  return out.join("\n");
}
