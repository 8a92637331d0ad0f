import { sentenceOf, type TextView } from "../../normalize.js";
import { defineRule } from "../../rule.js";
import type { Hit } from "../../matcher.js";
import { fold } from "../../normalize.js";
import { byToken, groupBy, heldByLonger } from "../util.js";
import { properName, verbUse } from "../../structure/figurative.js";
import { usage } from "../../structure/quotation.js";

/** First-person words that, right after an insult, turn it on oneself: "dumb of me", "idiot I am". */
const SELF_AFTER = new Set(["me", "myself", "i am", "i'm", "im", "moi", "moi-meme", "je suis"]);

/** Whether a masked insult also reads as a swear word that is not the same word. */
export function readsAsOtherSwear(hit: Hit, swears: readonly Hit[]): boolean {
  let bySpan = swearsBySpan.get(swears);
  if (!bySpan) swearsBySpan.set(swears, (bySpan = groupBy(swears, (p) => `${p.span[0]},${p.span[1]}`)));
  const same = bySpan.get(`${hit.span[0]},${hit.span[1]}`) ?? [];
  return same.length > 0 && !same.some((p) => fold(p.term) === fold(hit.term));
}

/** The swear words of a text by their span, worked out once per text (the list is the text's own). */
const swearsBySpan = new WeakMap<readonly Hit[], Map<string, Hit[]>>();

const ALSO_FOR_THINGS = new Set([
  // French "en retard", "un retard" (late, a delay) fold to the English slur.
  "retard", "retards", "cow", "heifer",
  "garbage", "trash", "pathetic", "useless", "ugly", "disgusting", "ignorant", "incompetent", "worthless", "spineless", "brainless", "stupid",
  "dumb", "pos", "minable", "minables", "debile", "debiles", "laide", "incompetente", "incompetents", "incompetentes",
]);

/** Insults aimed at a person. "I'm so dumb" aims at no one else and is left alone. */
export default defineRule({
  id: "harassment/insult",
  category: "harassment",
  level: "inappropriate",
  guidance: ["tbs.risk.inappropriate.harassment", "csps.dont.mistreat", "statcan.respectful.language"],
  description: {
    en: "Insults aimed at a person: the person addressed, someone named, or someone pointed at.",
    fr: "Insultes visant une personne : la personne à qui l'on s'adresse, une personne nommée ou désignée.",
  },
  messages: {
    aimed: {
      en: "“{text}” insults a person: bullying and harassment are inappropriate, online as at work.",
      fr: "« {text} » insulte une personne : l'intimidation et le harcèlement sont inappropriés, en ligne comme au travail.",
    },
    loose: {
      en: "“{text}” is insulting language that would not be acceptable in the workplace.",
      fr: "« {text} » est un langage insultant qui ne serait pas acceptable au travail.",
    },
  },
  lexicons: ["insult", "second-person", "first-person", "third-person", "profanity", "gov-target"],
  requires: ["insult"],
  actions: ["post", "comment", "reply", "share", "like", "profile"],
  examples: {
    valid: [
      { text: "I'm so dumb, I left my lunch on the bus again.", lang: "en" },
      { text: "Je suis tellement niaiseuse, j'ai oublié mes clés.", lang: "fr" },
      { text: "It's so easy to fool yourself with data.", lang: "en", note: "a verb, not the noun" },
      { text: "Doubt creeps in before every launch.", lang: "en", note: "a verb, not the noun" },
      { text: "Someone called me an idiot on the bus today. This has to stop.", lang: "en", note: "reported to condemn it" },
      { text: "Il m'a traité d'imbécile devant tout le monde, c'est inacceptable.", lang: "fr", note: "rapporté pour le dénoncer" },
      { text: "The new Mayor of Toronto is an idiot and a hypocrite, can't stand her", action: "reply", lang: "en", note: "criticism of an elected official, weighed by the criticism rules" },
      { text: "Le ministre est un clown pis il devrait démissionner.", lang: "fr", note: "critique d'un élu" },
    ],
    invalid: [
      { text: "You're a worthless moron, block me already", action: "comment", lang: "en" },
      { text: "T'es une vraie conne, dégage.", lang: "fr" },
      { text: "@jmartin what an idiot", action: "reply", lang: "en" },
      { text: "Mon patron est un esti de cave, y comprend rien à rien", lang: "fr", note: "sacre + de + nom" },
      { text: "Hahaha she deserved it, ugly cow", action: "comment", lang: "en", note: "said to its subject at the end of a comment" },
    ],
  },
  check({ view, hits, activity, report }) {
    const insults = hits.get("insult");
    if (insults.length === 0) return;
    const self = hits.get("first-person");
    const pointers: Hit[] = [...hits.get("second-person"), ...hits.get("third-person")];
    const addressed = activity.action === "reply" || activity.action === "comment" || view.mentions.length > 0;
    const swears = hits.get("profanity");
    // Indexes by sentence and by token, so that no insult is weighed against every other hit of a long text.
    const held = heldByLonger(view, insults, (h) => h.to - h.from);
    const selfFirst = new Map<number, number>();
    for (const s of self) {
      const at = sentenceOf(view, s.from);
      if (!(selfFirst.get(at)! <= s.from)) selfFirst.set(at, s.from);
    }
    const selfAt = byToken(self);
    const pointed = new Set(pointers.map((p) => sentenceOf(view, p.from)));
    // "The new Mayor is an idiot", « le ministre est un clown »: name-calling of an elected official is criticism of a
    // public figure (the criticism rules weigh it), not harassment of a person.
    const officials = new Set(hits.get("gov-target").filter((h) => OFFICE.test(h.term)).map((h) => sentenceOf(view, h.from)));
    for (const ins of insults) {
      if (held.has(ins)) continue;
      // A mask reads as many words: "f***ing" is a swear word, not "fool"; "c*n" is still "con".
      if (view.tokens[ins.from]?.masked && readsAsOtherSwear(ins, swears)) continue;
      // "fool yourself", "doubt creeps in": the letters of an insult used as a verb; "@hoes", "Dick Bell": names.
      if (verbUse(view, ins) || properName(view, ins)) continue;
      // "Someone called me a ___, this has to stop": an insult reported to condemn it is not used; quoted alone, it is repeated.
      const use = usage(view, ins);
      if (use === "condemned") continue;
      if (officials.has(sentenceOf(view, ins.from)) && !addressedTo(view)) continue;
      if (fold(ins.term) === "karen" && !/\b(?:a|such a|total|full)\s+$/i.test(view.text.slice(Math.max(0, ins.span[0] - 12), ins.span[0]))) continue;
      // "I'm so dumb", "so dumb of me", "what an idiot I am": said of oneself.
      const sentence = sentenceOf(view, ins.from);
      const selfAfter = (at: number) => (selfAt.get(at) ?? []).some((s) => SELF_AFTER.has(fold(s.term)) && sentenceOf(view, s.from) === sentence);
      const aimedAtSelf = ((selfFirst.get(sentence) ?? Infinity) < ins.from || selfAfter(ins.to) || selfAfter(ins.to + 1)) && !pointed.has(sentence);
      if (aimedAtSelf) continue;
      const aimed = addressed || pointed.has(sentence) || namedBefore(view, ins);
      // Words that also judge things ("that show is garbage", "the Yankees are trash") insult only when said straight to or of a person.
      // …unless it is the last word of a comment or reply, said to or of its subject: "she deserved it, ugly cow".
      const lastWord = (activity.action === "reply" || activity.action === "comment") && ins.to >= view.tokens.length && vocative(view, ins);
      if (ALSO_FOR_THINGS.has(fold(ins.term)) && !saidOfPerson(view, ins) && !lastWord) continue;
      // "Karen" is a meme as much as an insult: a mark against civility, not harassment.
      const full = aimed && use === "used" && fold(ins.term) !== "karen";
      report(full ? "aimed" : "loose", { span: ins.span, level: full ? "inappropriate" : "risky", data: { text: view.text.slice(ins.span[0], ins.span[1]) } });
    }
  },
});

/** "…, ugly cow", "…, trash": a word said to someone after a comma, or after an adjective of contempt. */
function vocative(view: TextView, ins: Hit): boolean {
  const prev = view.tokens[ins.from - 1];
  if (!prev) return false;
  return /,\s*$/.test(view.text.slice(prev.end, view.tokens[ins.from]!.start)) || /^(?:ugly|fat|stupid|dumb|old|dirty|filthy|lazy|sale|gros|grosse|vieille|vieux|maudite?)$/.test(prev.norm);
}

/** Elected and appointed offices among the government targets. */
const OFFICE = /^(?:the |la |le |our |notre |new )?(?:mayor|maire|mairesse|minister|ministre|premier|première ministre|premier ministre|prime minister|pm|councillor|conseiller|conseillère|mp|député|députée|senator|sénateur|sénatrice|politicians?|politiciens?|politicienne)/i;

/** Whether the text is said straight to someone (a mention), which makes it harassment of that person whatever their office. */
function addressedTo(view: TextView): boolean {
  return view.mentions.length > 0;
}

/** Pronouns and mentions that, right before a word (with a copula and a few intensifiers between), say it of a person. */
const PERSON_BEFORE = /(?:^|\s)(?:@\w+|you|u|ur|youre|you're|you are|he's|she's|hes|shes|he is|she is|they're|theyre|they are|t'es|tu es|vous êtes|il est|elle est|t'es|ch't'un|what a|such a|you little|you stupid|you fucking|t'es un|t'es une|espèce de|esti de|maudit)\s+(?:(?:a|an|so|such|really|total|complete|fucking|fkn|piece of|bunch of|un|une|vraiment|tellement|gros|grosse|ben|vraie|vrai)\s+)*$/i;

/** Whether an insult is said straight to or of a person ("you're trash", "@mike garbage", "what a pathetic man"). */
function saidOfPerson(view: TextView, ins: Hit): boolean {
  if (PERSON_BEFORE.test(view.text.slice(Math.max(0, ins.span[0] - 40), ins.span[0]))) return true;
  const after = view.text.slice(ins.span[1], ins.span[1] + 30);
  return /^\s*(?:man|woman|guy|girl|person|human|people|@\w+|bitch|bastard|type|gars|fille|personne|monde)\b/i.test(after);
}

/** Capitalized words that open sentences without naming anyone. */
const NOT_NAMES = new Set(["The", "This", "That", "These", "Those", "My", "Our", "Your", "It", "What", "Le", "La", "Les", "Ce", "Cette", "Mon", "Ma", "Notre", "Il", "Elle"]);

/** "Mark is an idiot", "Kevin from accounting is a slob", "Jean est un imbécile": a name, a few words, then "is/est". */
function namedBefore(view: { text: string }, ins: Hit): boolean {
  const before = view.text.slice(Math.max(0, ins.span[0] - 60), ins.span[0]);
  const m = /(\p{Lu}\p{Ll}+)(?:\s\p{Lu}\p{Ll}+)?(?:\s+\p{Ll}+){0,3}\s+(?:is|was|are|est|était|c'est)\s+(?:a|an|such|the|un|une|le|la|vraiment|so|totally|lazy|fat|real|vrai|vraie|gros|grosse|\s)*$/u.exec(before);
  return m !== null && !NOT_NAMES.has(m[1]!);
}
