import { defineRule } from "../../rule.js";
import { firstMatchNear } from "../util.js";

/** "$5000/week from home", "500 $ par jour": easy money is the bait of most spam. */
const MONEY_FROM_HOME = /(?:\$\s?\d[\d,.]*\s*[kK]?|\d[\d\s,.]*\$)\s*(?:\/|per|a|par|la|le)\s*(?:week|day|month|hour|semaine|jour|mois|heure)\b[^.!?\n]{0,20}\b(?:from home|de la maison|à la maison|de chez (?:vous|soi|toi))/i;
/** Where MONEY_FROM_HOME can end: its last words. */
const FROM_HOME = /from home|de la maison|à la maison|de chez (?:vous|soi|toi)/gi;
const SHORTENER = /^(?:https?:\/\/)?(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|ow\.ly|is\.gd|buff\.ly|cutt\.ly|rebrand\.ly)\//i;
const PRIVATE_REPLY = /^(?:écrivez-moi en privé|info en mp|dm me for details)$/;
/** How many times one word must come in a row to read as flooding rather than emphasis. */
const WORD_REPEATS = 8;

/** Chain messages, bait and bulk promotion disrupt and can put GC devices and networks at risk. */
export default defineRule({
  id: "spam/spam",
  category: "spam",
  level: "risky",
  guidance: ["csps.dont.spam"],
  description: { en: "Chain messages, click bait, follow-for-follow and link floods.", fr: "Chaînes de lettres, pièges à clics, abonnement réciproque et avalanches de liens." },
  messages: {
    cue: {
      en: "“{text}” is a mark of spam. Don't disrupt or put GC devices or networks at risk by spamming.",
      fr: "« {text} » est une marque de pourriel. Ne perturbez pas les appareils ou réseaux du GC et ne les mettez pas en danger par du pourriel.",
    },
    links: {
      en: "{count} links in one post reads as spam.",
      fr: "{count} liens dans une même publication, c'est du pourriel.",
    },
    repeated: {
      en: "“{text}” repeats the same words over and over: that reads as spam.",
      fr: "« {text} » répète les mêmes mots encore et encore : cela ressemble à du pourriel.",
    },
  },
  lexicons: ["spam-cue"],
  examples: {
    valid: [{ text: "Two great reads on program evaluation: https://example.org/a and https://example.org/b", lang: "en" }],
    invalid: [
      { text: "Click here to win a free iPhone!!! Forward this to 10 friends", lang: "en" },
      { text: "Vous avez gagné! Cliquez ici pour réclamer votre prix", lang: "fr" },
    ],
  },
  check({ view, hits, activity, report }) {
    // Following an account sends nothing to anyone: it cannot be spamming.
    if (activity.action === "follow") return;
    // "Write me privately" is how a petition or a sale gets answered, not a mark of spam by itself.
    const cue = hits.get("spam-cue").find((h) => !PRIVATE_REPLY.test(h.term.toLowerCase()));
    // A sum needs a digit: most texts never pay for the pattern.
    // The pattern is tried only near "from home" and its French forms: from every digit of a long text, it would read to the end.
    const money = cue || view.digits === 0 ? null : firstMatchNear(view.text, FROM_HOME, MONEY_FROM_HOME, 160, 40);
    if (cue) report("cue", { span: cue.span, data: { text: view.text.slice(cue.span[0], cue.span[1]) } });
    else if (money) report("cue", { span: [money.index, money.index + money[0].length], data: { text: money[0] } });
    const urls = view.urls;
    const shortened = urls.filter((u) => SHORTENER.test(u.value)).length;
    if (urls.length >= 4 || (urls.length >= 3 && shortened >= 2)) {
      report("links", { span: [urls[0]!.start, urls[urls.length - 1]!.end], data: { count: String(urls.length) } });
    }
    // The same link over and over, or one word a great many times: emphasis stops at a few ("no no no no no").
    const counts = new Map<string, number>();
    for (const u of urls) counts.set(u.norm, (counts.get(u.norm) ?? 0) + 1);
    const again = urls.find((u) => (counts.get(u.norm) ?? 0) >= 3);
    if (again) {
      report("repeated", { span: [again.start, again.end], data: { text: again.value } });
      return;
    }
    const t = view.tokens;
    for (let i = 0; i + WORD_REPEATS - 1 < t.length; i++) {
      if (t[i]!.norm.length < 2 || t[i]!.entity) continue;
      let k = 1;
      while (k < WORD_REPEATS && t[i + k]!.norm === t[i]!.norm) k++;
      if (k === WORD_REPEATS) {
        const span: [number, number] = [t[i]!.start, t[i + WORD_REPEATS - 1]!.end];
        report("repeated", { span, data: { text: view.text.slice(span[0], span[1]) } });
        break;
      }
    }
  },
});
