import type { Span } from "../../model.js";
import { defineRule } from "../../rule.js";
import { bulkOf } from "../../structure/bulk.js";

/** Chain letters with a threat, bait in a government's name, and messages sent to everyone, above all through work channels. */
export default defineRule({
  id: "spam/bulk",
  category: "spam",
  level: "risky",
  guidance: ["csps.dont.spam", "statcan.day-job.network-policy"],
  description: {
    en: "Chain letters, bait in the government's name, and mass sending through work contacts.",
    fr: "Chaînes de lettres, appâts au nom du gouvernement et envois massifs aux contacts du travail.",
  },
  messages: {
    chain: {
      en: "“{text}” is a chain letter with a threat. Don't disrupt or put GC devices or networks at risk by spamming.",
      fr: "« {text} » est une chaîne de lettres avec une menace. Ne perturbez pas les appareils ou réseaux du GC et ne les mettez pas en danger par du pollupostage.",
    },
    impersonation: {
      en: "“{text}” is bait that borrows a government's name. Don't pass on phishing: it puts people and GC networks at risk.",
      fr: "« {text} » est un appât qui emprunte le nom d'un gouvernement. Ne relayez pas d'hameçonnage : cela met en danger les gens et les réseaux du GC.",
    },
    mass: {
      en: "“{text}” sends to everyone. Don't spam your contacts, and never through work channels.",
      fr: "« {text} » s'adresse à tout le monde. N'inondez pas vos contacts, et jamais par les canaux du travail.",
    },
  },
  lexicons: [],
  examples: {
    valid: [
      { text: "Thanks everyone who came to my retirement party, it meant the world 💙", lang: "en" },
      { text: "Je partage la recette à tous ceux qui me l'ont demandée 😋", lang: "fr" },
    ],
    invalid: [
      { text: "Send this to 10 coworkers or your e-mail account will be suspended tonight!!!", lang: "en" },
      { text: "Cliquez ici pour réclamer votre remboursement de l'ARC 👉 arc-retour.info", lang: "fr" },
      { text: "J'envoie le lien de ma levée de fonds à tout le monde dans mon carnet d'adresses du travail!", lang: "fr" },
    ],
  },
  check({ view, activity, report }) {
    if (activity.action === "follow") return;
    const b = bulkOf(view);
    const text = (s: Span) => view.text.slice(s[0], s[1]);
    if (b.chain) {
      report("chain", { span: b.chain, level: "inappropriate", data: { text: text(b.chain) } });
      return;
    }
    if (b.impersonation) {
      report("impersonation", { span: b.impersonation, level: "inappropriate", data: { text: text(b.impersonation) } });
      return;
    }
    const mass = b.mass ?? (b.workChannel && /\b(?:tout le monde|everyone|everybody|all|tous)\b/.test(view.folded) ? b.workChannel : undefined);
    // Everyone reached through the work address book is the GC network put to private use.
    if (mass) report("mass", { span: mass, level: b.workChannel ? "inappropriate" : "risky", data: { text: text(mass) } });
  },
});
