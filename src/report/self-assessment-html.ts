// The political activity self-assessment as one self-contained, printable HTML page: no script, no outside resource.
// Pure string building and no I/O, like the history report it takes its look from.

import { shownQuote, SOURCES } from "../core/guidance/corpus.js";
import type { Lang } from "../core/model.js";
import { QUESTIONS, type Answers, type SelfAssessment, type SelfAssessmentLevel } from "../core/self-assessment.js";
import { UI } from "../cli/i18n.js";
import { escapeHtml } from "./html.js";

/** Every label of the self-assessment, in the CLI and the page, in both official languages. */
export const SELF_ASSESSMENT_LABELS = {
  en: {
    level: { low: "low", moderate: "moderate", high: "high" } satisfies Record<SelfAssessmentLevel, string>,
    title: "Political activity self-assessment",
    verdict: "Level of risk",
    score: "risk score",
    yourAnswers: "Your answers",
    notAnswered: "not answered",
    text: "The activity's words",
    drivers: "What weighs",
    why: "Why",
    guidance: "Guidance",
    next: "Next steps",
    generated: "Generated",
    advice: "Impartial gives advice, not a ruling: the Public Service Commission alone investigates improper political activities. When in doubt, ask before you act.",
    local: "This page was produced on your computer: your answers did not leave it.",
    unofficial: UI.en.unofficial,
    intro: "Answer each question by its number (or its id).",
    choose: (n: number) => `Your choice (1–${n})`,
    textPrompt: "Paste the words of the post, comment or share to check them too (optional, Enter to skip)",
    notAChoice: (n: number) => `Please type a number from 1 to ${n}.`,
  },
  fr: {
    level: { low: "faible", moderate: "modéré", high: "élevé" } satisfies Record<SelfAssessmentLevel, string>,
    title: "Autoévaluation des activités politiques",
    verdict: "Niveau de risque",
    score: "cote de risque",
    yourAnswers: "Vos réponses",
    notAnswered: "sans réponse",
    text: "Le texte de l'activité",
    drivers: "Ce qui pèse",
    why: "Pourquoi",
    guidance: "Lignes directrices",
    next: "Prochaines étapes",
    generated: "Produit le",
    advice:
      "Impartial donne des conseils, pas une décision : seule la Commission de la fonction publique enquête sur les activités politiques irrégulières. En cas de doute, demandez avant d'agir.",
    local: "Cette page a été produite sur votre ordinateur : vos réponses ne l'ont pas quitté.",
    unofficial: UI.fr.unofficial,
    intro: "Répondez à chaque question par son numéro (ou son identifiant).",
    choose: (n: number) => `Votre choix (1 à ${n})`,
    textPrompt: "Collez le texte de la publication, du commentaire ou du partage pour le vérifier aussi (facultatif, Entrée pour passer)",
    notAChoice: (n: number) => `Veuillez taper un nombre de 1 à ${n}.`,
  },
} as const satisfies Record<Lang, unknown>;

const CSS = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0 auto;max-width:50rem;padding:1.5rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color:#1b1b1b;background:#fff}
h1{font-size:1.9rem;line-height:1.2;margin:0 0 .75rem;color:#26374a}
h2{font-size:1.45rem;border-bottom:3px solid #26374a;padding-bottom:.2rem;margin:2rem 0 .8rem;color:#26374a}
.meta{color:#444}
.notice{border-left:6px solid #26374a;background:#f1f4f8;padding:.6rem 1rem;margin:1rem 0}
.notice p{margin:.2rem 0}
.lede{font-size:1.2rem}
.badge{display:inline-block;padding:0 .45em;border-radius:.25em;font-weight:700;border:1px solid #1b1b1b}
.lv-high{background:#a4262c;color:#fff}
.lv-moderate{background:#f5c244;color:#1b1b1b}
.lv-low{background:#1e6b34;color:#fff}
dl.answers{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:.3rem 1rem}
dl.answers dt{font-weight:600}
dl.answers dd{margin:0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;background:#f5f5f5;border:1px solid #d0d0d0;border-radius:.25rem;padding:.5rem .75rem;unicode-bidi:isolate}
.drivers li,.next li{margin:.5rem 0}
blockquote.quote{margin:.3rem 0 .4rem .2rem;padding:.1rem .8rem;border-left:4px solid #767676;color:#333;font-size:.93rem}
blockquote.quote p{margin:0}
blockquote.quote footer{color:#444;font-size:.9em}
footer.page{margin-top:2.5rem;border-top:1px solid #767676;padding-top:.6rem;font-size:.92rem;color:#333}
@page{margin:1.6cm 1.4cm}
@media print{body{max-width:none;padding:0;font-size:10.5pt}.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}li{break-inside:avoid}}`;

export interface SelfAssessmentPageInput {
  result: SelfAssessment;
  answers: Answers;
  text?: string;
  /** ISO 8601: when the page was made. */
  generatedAt: string;
}

function colon(lang: Lang): string {
  return lang === "fr" ? "\u00a0:" : ":";
}

function sourceTitle(id: string, lang: Lang): string {
  const source = SOURCES.find((s) => s.id === id);
  return source ? (lang === "fr" ? source.titleFr : source.titleEn) : id;
}

/** The whole page, ready to write to a `.html` file. */
export function renderSelfAssessmentHtml(input: SelfAssessmentPageInput): string {
  const { result, answers } = input;
  const lang = result.lang;
  const t = SELF_ASSESSMENT_LABELS[lang];
  const c = colon(lang);
  const answered = QUESTIONS.map((q) => {
    const a = q.answers.find((x) => x.id === answers[q.id]);
    return `<dt>${escapeHtml(q[lang])}</dt><dd>${a ? escapeHtml(a[lang]) : `<span class="meta">${escapeHtml(t.notAnswered)}</span>`}</dd>`;
  });
  const drivers = result.drivers.map(
    (d) =>
      `<li><strong>${escapeHtml(d.questionText)}</strong> — ${escapeHtml(d.answerText)}<br>${escapeHtml(t.why)}${c} ${escapeHtml(d.why)}` +
      `<blockquote class="quote"><p>${escapeHtml(shownQuote(d.guidance, lang))}</p><footer>— <cite>${escapeHtml(sourceTitle(d.guidance.source, lang))}</cite>, ${escapeHtml(d.guidance.section)}</footer></blockquote></li>`,
  );
  const next = result.next.map((s) => `<li>${escapeHtml(s.text)}</li>`);
  const text = input.text ? `<h2>${escapeHtml(t.text)}</h2>\n<div class="text">${escapeHtml(input.text)}</div>` : "";
  const body = `<h1>${escapeHtml(t.title)}</h1>
<p class="meta">${escapeHtml(t.generated)}${c} <time datetime="${escapeHtml(input.generatedAt)}">${escapeHtml(input.generatedAt.slice(0, 10))}</time></p>
<div class="notice"><p>${escapeHtml(t.advice)}</p><p>${escapeHtml(t.local)}</p></div>
<p class="lede">${escapeHtml(t.verdict)}${c} <span class="badge lv-${result.level}">${escapeHtml(t.level[result.level])}</span> (${escapeHtml(t.score)} ${result.score}/100)</p>
<h2>${escapeHtml(t.drivers)}</h2>
<ul class="drivers">${drivers.join("\n")}</ul>
<h2>${escapeHtml(t.next)}</h2>
<ul class="next">${next.join("\n")}</ul>
<h2>${escapeHtml(t.yourAnswers)}</h2>
<dl class="answers">${answered.join("\n")}</dl>
${text}
<footer class="page"><p>${escapeHtml(t.advice)}</p>${lang === "fr" ? `<p>${escapeHtml(t.unofficial)}</p>` : ""}</footer>`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<style>${CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
