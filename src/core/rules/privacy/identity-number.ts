import { defineRule } from "../../rule.js";
import { SpanSet } from "../../spans.js";

const NINE_DIGITS = /(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{3})(?![\d-])/g;
/** A document number right after its name: "health card number 1234-567-890", "passeport : AB123456". */
const NUMBER_AFTER_NAME = /^[\s:#'’\p{L}]{0,25}?((?=[A-Z0-9 -]*\d[A-Z0-9 -]*\d[A-Z0-9 -]*\d[A-Z0-9 -]*\d[A-Z0-9 -]*\d[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9 -]{4,20}[A-Z0-9])(?![\w-])/u;
/** Dates are not document numbers (a date of birth is told apart by the words, not read here). */
const DATE = /^(?:\d{4}[-/ ]\d{1,2}[-/ ]\d{1,2}|\d{1,2}[-/ ]\d{1,2}[-/ ]\d{2,4})$/;

/** The Luhn check every Social Insurance Number passes. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Social Insurance Numbers and other identity numbers. */
export default defineRule({
  id: "privacy/identity-number",
  category: "privacy",
  level: "inappropriate",
  guidance: ["statcan.respectful.privacy", "hrsdc.risk.disclosure"],
  description: { en: "Social Insurance Numbers (checked with their checksum) and other identity numbers.", fr: "Numéros d'assurance sociale (vérifiés par leur somme de contrôle) et autres numéros d'identité." },
  messages: {
    sin: {
      en: "“{text}” looks like a Social Insurance Number. Never post one, yours or anyone else's.",
      fr: "« {text} » ressemble à un numéro d'assurance sociale. N'en publiez jamais, ni le vôtre ni celui d'une autre personne.",
    },
    document: {
      en: "“{text}” gives the number of an identity document. Never post one, yours or anyone else's.",
      fr: "« {text} » donne le numéro d'une pièce d'identité. N'en publiez jamais, ni le vôtre ni celui d'une autre personne.",
    },
  },
  lexicons: ["identity-number"],
  examples: {
    valid: [{ text: "Tracking number 123 456 789 for the parcel, finally shipped!", lang: "en", note: "fails the SIN checksum" }],
    invalid: [
      { text: "Client SIN 046 454 286, can someone check the file?", lang: "en" },
      { text: "Mon NAS c'est 046-454-286, c'est correct de l'envoyer ici?", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    const names = hits.get("identity-number");
    const named = names.length > 0;
    const reported = new SpanSet(view.text.length);
    for (const m of view.digits >= 9 ? view.text.matchAll(NINE_DIGITS) : []) {
      const digits = `${m[1]}${m[2]}${m[3]}`;
      // A Luhn-valid number is taken for a SIN when the text names one or writes it in SIN groups.
      if (!luhnValid(digits)) continue;
      const grouped = /^\d{3}[ -]\d{3}[ -]\d{3}$/.test(m[0]);
      if (!named && !grouped) continue;
      const span: [number, number] = [m.index, m.index + m[0].length];
      reported.add(span);
      report("sin", { span, data: { text: m[0] }, fix: { span, replacement: view.lang === "fr" ? "[NAS retiré]" : "[SIN removed]" } });
    }
    for (const n of names) {
      const m = NUMBER_AFTER_NAME.exec(view.text.slice(n.span[1], n.span[1] + 50));
      if (!m) continue;
      const value = m[1]!.trim();
      // Nine digits are a SIN's shape: only the checksum above decides those.
      if (DATE.test(value) || /^\d{3}[ -]?\d{3}[ -]?\d{3}$/.test(value)) continue;
      const start = n.span[1] + m[0].length - m[1]!.length;
      const span: [number, number] = [start, start + value.length];
      if (reported.overlaps(span)) continue;
      report("document", { span, data: { text: value }, fix: { span, replacement: view.lang === "fr" ? "[numéro retiré]" : "[number removed]" } });
      return;
    }
  },
});
