import { defineRule } from "../../rule.js";

const GC_EMAIL = /[\w.+-]+@(?:[\w-]+\.)*(?:gc\.ca|canada\.ca)\b/gi;

/** GC e-mail addresses, logos and signatures in a personal account make it look official. */
export default defineRule({
  id: "official-capacity/gc-email-and-symbols",
  category: "official-capacity",
  level: "risky",
  guidance: ["tbs.official.avoid-symbols-email-names", "statcan.ownership.symbols"],
  description: { en: "GC e-mail addresses, official symbols and logos in personal use.", fr: "Adresses courriel du GC, symboles et logos officiels dans un usage personnel." },
  messages: {
    email: {
      en: "“{text}” is a Government of Canada e-mail address: in a personal account it makes you look official.",
      fr: "« {text} » est une adresse courriel du gouvernement du Canada : dans un compte personnel, elle vous donne un air officiel.",
    },
    symbol: {
      en: "“{text}”: corporate symbols and logos are for official use only.",
      fr: "« {text} » : les symboles et logos ministériels sont réservés à l'usage officiel.",
    },
  },
  lexicons: ["official-symbol"],
  examples: {
    valid: [{ text: "Contact me at sam.lee@example.com for the book club.", lang: "en" }],
    invalid: [
      { text: "Policy analyst. Reach me at sam.lee@statcan.gc.ca", action: "profile", lang: "en" },
      { text: "J'ai mis le logo du ministère sur ma bannière, ça fait pro!", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    for (const m of view.text.matchAll(GC_EMAIL)) {
      const span: [number, number] = [m.index, m.index + m[0].length];
      report("email", { span, data: { text: m[0] }, fix: { span, replacement: "" } });
    }
    const s = hits.get("official-symbol")[0];
    if (s) report("symbol", { span: s.span, data: { text: view.text.slice(s.span[0], s.span[1]) } });
  },
});
