import { defineRule } from "../../rule.js";

const VALUE_AFTER = /^\s*(?:is|:|=|est|c'est|->)\s*(\S{3,}(?:\s*\/\s*\S{3,})?)/i;
/** "password for the shared account is …", "mot de passe du wifi du bureau : …". */
const CONNECTED_VALUE = /^\s*(?:(?:for|of|to|at|on|in|du|de|des|pour|au|aux|à)\s+(?:the\s+|our\s+|my\s+|le\s+|la\s+|l'|notre\s+|mon\s+)?[\p{L}\d\s'-]{0,30}?)?(?:is|:|=|est|c'est|->)\s*(\S{3,}(?:\s*\/\s*\S{3,})?)/iu;
/** Punctuation that ends the sentence, not the secret ("!" often belongs to a password, so it stays). */
const TRAILING_PUNCTUATION = /[.,;:?)»"]+$/;

/** A value that reads like a secret: digits, symbols or inner capitals, not an ordinary word ("my password is expired!"); "user / pass" counts. */
function looksSecret(value: string): boolean {
  const v = value.replace(/[.,;:!?)»"]+$/, "");
  return v.length >= 3 && (/[^\p{L}]/u.test(v) || /\p{Ll}\p{Lu}/u.test(v));
}
const TOKEN = /\b(?:ghp_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|sk-[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16}|xox[abp]-[A-Za-z0-9-]{10,})\b/;

/** Passwords, access codes and keys written out. */
export default defineRule({
  id: "confidential/credentials",
  category: "confidential",
  level: "inappropriate",
  guidance: ["csps.dont.overshare", "statcan.day-job.network-policy"],
  description: { en: "Passwords, codes and access keys.", fr: "Mots de passe, codes et clés d'accès." },
  messages: {
    credential: {
      en: "“{text}” gives away a credential. Never post passwords, codes or keys.",
      fr: "« {text} » dévoile un identifiant d'accès. Ne publiez jamais de mots de passe, de codes ou de clés.",
    },
  },
  lexicons: ["credential"],
  examples: {
    valid: [{ text: "Reminder: change your password every few months!", lang: "en" }],
    invalid: [
      { text: "The wifi password for the 4th floor is Maple2024!", lang: "en" },
      { text: "Le mot de passe du portail : Castor#99", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    for (const c of hits.get("credential")) {
      const after = view.text.slice(c.span[1], c.span[1] + 60);
      const m = [CONNECTED_VALUE.exec(after), VALUE_AFTER.exec(after)].find((v) => v !== null && looksSecret(v[1]!));
      if (!m) continue;
      const span: [number, number] = [c.span[0], c.span[1] + m[0].length - (m[1]!.length - m[1]!.replace(TRAILING_PUNCTUATION, "").length)];
      report("credential", { span, data: { text: view.text.slice(span[0], span[1]) }, fix: { span, replacement: "" } });
      return;
    }
    const t = TOKEN.exec(view.text);
    if (t) {
      const span: [number, number] = [t.index, t.index + t[0].length];
      report("credential", { span, data: { text: t[0].slice(0, 8) + "…" }, fix: { span, replacement: "" } });
    }
  },
});
