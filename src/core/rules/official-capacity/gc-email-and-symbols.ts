import { defineRule } from "../../rule.js";
import { emailMatches } from "../util.js";

const GC_EMAIL = /[\w.+-]+@(?:[\w-]+\.)*(?:gc\.ca|canada\.ca)\b/gi;
/** Public role mailboxes (questions@canada.ca) belong to programs, not to the person posting. */
const ROLE_MAILBOX = /^(?:info|questions?|media|medias|communications?|contact|jobs?|careers?|emplois?|recrutement|rsvp|events?|evenements?|support|webmaster|enquiries|renseignements)[\w.-]*@/i;
/** Where a symbol becomes the account's own: a banner, a profile picture, a signature. */
const ON_THE_ACCOUNT = /\b(?:banner|header|avatar|profile (?:pic|picture|photo)|pfp|cover (?:photo|image)|my (?:page|bio|account|channel|profile)|signature|letterhead|banni[eè]re|photo de profil|image de profil|mon profil|ma page|ma bio|mon compte|ma cha[iî]ne|en-t[eê]te|photo de couverture)\b/i;

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
  check({ view, hits, activity, report }) {
    for (const m of view.hasAt ? emailMatches(view.text, GC_EMAIL) : []) {
      if (ROLE_MAILBOX.test(m[0])) continue;
      const span: [number, number] = [m.index, m.index + m[0].length];
      report("email", { span, data: { text: m[0] }, fix: { span, replacement: "" } });
    }
    // Naming a symbol ("the coat of arms on the library doors") is not using it: it counts on the account itself.
    const s = hits.get("official-symbol")[0];
    if (s && (activity.action === "profile" || ON_THE_ACCOUNT.test(view.text))) report("symbol", { span: s.span, data: { text: view.text.slice(s.span[0], s.span[1]) } });
  },
});
