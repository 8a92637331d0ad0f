import type { Hit } from "../../matcher.js";
import { fold, type TextView } from "../../normalize.js";
import { defineRule, sameSentence } from "../../rule.js";
import { readsAsOtherSwear } from "./insult.js";
import { usage } from "../../structure/quotation.js";

/** Slurs attack people for who they are, whoever they are aimed at. */
export default defineRule({
  id: "harassment/slur",
  category: "harassment",
  level: "inappropriate",
  guidance: ["tbs.risk.inappropriate.harassment", "tbs.rights.human-rights-act", "csps.dont.mistreat"],
  description: { en: "Slurs against people for their race, origin, religion, sex, orientation or disability.", fr: "Injures visant des personnes pour leur race, origine, religion, sexe, orientation ou handicap." },
  messages: {
    slur: {
      en: "“{text}” is a slur. Discrimination and hate are inappropriate; public servants respect the Canadian Human Rights Act.",
      fr: "« {text} » est une injure discriminatoire. La discrimination et la haine sont inappropriées; les fonctionnaires respectent la Loi canadienne sur les droits de la personne.",
    },
  },
  lexicons: ["slur", "profanity"],
  requires: ["slur"],
  examples: {
    valid: [
      { text: "The monkeys at the Granby zoo were adorable.", lang: "en" },
      { text: "A man called my neighbour a \"paki\" at the bus stop. Racism has no place here.", lang: "en", note: "reported to condemn it" },
      { text: "Il s'est fait traiter de « bougnoule » au dépanneur, c'est inacceptable.", lang: "fr", note: "rapporté pour le dénoncer" },
    ],
    invalid: [
      { text: "Get these f*ggots out of here.", lang: "en" },
      { text: "Encore un bougnoule qui vient profiter du système.", lang: "fr" },
    ],
  },
  check({ view, hits, report }) {
    const swears = hits.get("profanity");
    for (const s of hits.get("slur")) {
      // A mask reads as many words: "f***ing" is a swear word, not a slur.
      if (view.tokens[s.from]?.masked && readsAsOtherSwear(s, swears)) continue;
      // Words that are also animals, foods or things ("crackers and cheese", "gypsy moth") are slurs only when said of people.
      if (ALSO_ORDINARY.has(fold(s.term)) && !aimedAt(view, s)) continue;
      // A handle or a link (@hoes, a page's address) names an account; a slur reported to condemn it is not used.
      const first = view.tokens[s.from]!;
      if (first.entity === "mention" || first.entity === "url") continue;
      const use = usage(view, s);
      if (use === "condemned") continue;
      report("slur", { span: s.span, ...(use === "mentioned" ? { level: "risky" as const } : {}), data: { text: view.text.slice(s.span[0], s.span[1]) } });
    }
  },
});

const ALSO_ORDINARY = new Set([
  "ape", "apes", "monkey", "monkeys", "frog", "savages", "sauvage", "sauvages", "cracker", "crackers", "gypsy", "gypsies", "slope", "slant",
  "spook", "coon", "coons", "homo", "homos", "mick", "kraut", "spaz", "jap", "japs", "tapette", "tapettes", "fif", "fifi", "boche", "boches",
  "redskin", "redskins", "queer", "queers", "spooks", "redneck", "rednecks", "hick", "hicks", "wop", "gook", "gooks", "negro", "negroes",
  "negros", "colored", "coloreds", "cripple", "cripples", "retard", "retards", "tranny", "trannies", "uncle tom", "honky", "muzzie", "muzzies",
  "hillbilly", "hillbillies",
]);

/** Words right before a slur that aim it at people: "you monkey", "dirty apes", "those coons", "my fellow cracker". */
const AIMING = /^(?:you|u|ya|ur|yo|your|youre|dirty|filthy|stupid|dumb|lazy|fucking|fuckin|fkn|damn|those|these|them|black|white|porch|sand|dune|fellow|sale|sales|ces|gros|grosse|maudit|maudits|esti|osti)$/;
/** Slurs that name people only (not animals, foods or things): an article is aim enough ("a queer", "that redneck"). */
const PEOPLE_ONLY = new Set(["queer", "queers", "redneck", "rednecks", "hick", "hicks", "cripple", "cripples", "tranny", "trannies", "negro", "negroes", "negros", "colored", "coloreds", "honky", "wop", "gook", "gooks", "muzzie", "muzzies", "uncle tom", "white trash", "homo", "homos", "jap", "japs", "mick", "kraut", "spaz", "boche", "boches", "gypsy", "gypsies", "savages", "sauvage", "sauvages", "coon", "coons", "spook", "spooks", "hillbilly", "hillbillies"]);
const ARTICLE = /^(?:a|an|that|this|another|ol|lil|un|une|is|are|r|such|dem|da)$/;
/** After an article, the slur must stand as a noun of its own ("date a colored", "youre a queer, bye"), not modify one ("a colored pencil"). */
const NOUN_ENDS = /^(?:and|or|who|that|with|in|on|at|from|to|is|are|was|r|like|lol|lmao|smh|n|et|ou|qui|avec|est|sont)$/;
/** Words right after a slur that make it about people: "coon folk", "queers are". */
const AIMED_AFTER = /^(?:folk|folks|people|ppl|gang|kids|are|is|r|like|always|everywhere|should|need|needs|go|get|out|lover|lovers|sont|comme|dehors)$/;

/** Whether a slur that is also an ordinary word is aimed at people here. */
function aimedAt(view: TextView, hit: Hit): boolean {
  const before = view.tokens[hit.from - 1];
  const after = view.tokens[hit.to];
  // "@user: colored contacts…" quotes someone (a retweet's attribution); it does not say the word to them.
  const addressed = before?.entity === "mention" && !/^\W*:/.test(view.text.slice(before.end, view.tokens[hit.from]!.start));
  if (before && (AIMING.test(before.norm) || addressed)) return true;
  if (before && PEOPLE_ONLY.has(fold(hit.term)) && ARTICLE.test(before.norm)) {
    const standsAlone = !after || after.entity === "mention" || NOUN_ENDS.test(after.norm) || !sameSentence(view, hit.from, hit.to);
    if (standsAlone) return true;
  }
  if (after && (AIMED_AFTER.test(after.norm) || after.entity === "mention")) return true;
  // Said to someone at the end of a reply: "shut up coon", "happy birthday queer".
  return hit.to === view.tokens.length && (view.mentions.length > 0 || aboutPeople(view, hit));
}

const PEOPLE = /^(?:you|they|them|those|these|people|he|she|his|her|black|blacks|immigrants?|refugees?|guy|guys|neighbou?rs?|ils|elles|eux|ces|noirs?|immigres?|refugies?|gens|monde|gars|voisins?)$/;

/** Whether the sentence of a hit speaks of people. */
function aboutPeople(view: TextView, hit: Hit): boolean {
  return view.tokens.some((t, i) => PEOPLE.test(t.norm) && i !== hit.from && sameSentence(view, i, hit.from));
}
