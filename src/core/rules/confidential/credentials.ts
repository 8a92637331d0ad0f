import { defineRule } from "../../rule.js";
import { secretsOf } from "../../structure/secrets.js";

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
      { text: "new vpn pw is Birch!Lake77, writing it here so I stop forgetting", lang: "en" },
      { text: "Le code de la porte du 2e c'est encore 9031#, si vous oubliez votre carte", lang: "fr" },
    ],
  },
  check({ view, report }) {
    const secret = secretsOf(view)[0];
    if (!secret) return;
    const text = view.text.slice(secret.span[0], secret.span[1]);
    // A long key is named by its start: the message should not repeat the whole secret.
    const shown = text.length > 60 ? text.slice(0, 8) + "…" : text;
    report("credential", { span: secret.span, data: { text: shown }, fix: { span: secret.value, replacement: "" } });
  },
});
