import type { Span } from "../model.js";
import { sentenceOf, type TextView } from "../normalize.js";
import { countSteps } from "../work.js";
import { perView } from "./memo.js";
import { negatedAt } from "./quotation.js";

/**
 * Threats read from their structure, in English and French (Quebec forms and joual included): an intent or a call
 * (I'll, I'm gonna, someone should; je vais, j'vais, m'as, on devrait, qqn devrait) + a verb of physical harm + a human
 * target, within a few words of one another in one sentence; the passive wish ("should be lined up and shot", « devraient
 * être pendus »); and veiled threats (knowing where someone lives or works and when they leave; "we'll find you").
 * Figures of speech fail the target test ("kill this presentation", "killing it", « tuer le temps »), negation drops a
 * threat ("I would never hurt…"), and a threat reported by its victim ("he threatened to…") is not the writer's.
 * What counts as a threat: the Criminal Code, s. 264.1 (uttering threats: death or bodily harm), and the TBS and CSPS
 * guidance (threats are never okay).
 */
export interface Threat {
  span: Span;
  /** "violence": harm stated with intent; "veiled": a warning that implies it; "weak": words that threaten only beside others. */
  kind: "violence" | "veiled" | "weak";
}

type Seq = readonly string[];

/** Intent, will or a call to act, as token sequences (the text is tokenised at apostrophes: "i'll" is "i" "ll"). */
const INTENT: readonly Seq[] = [
  ["i", "ll"], ["ill"], ["i", "will"], ["i", "m", "gonna"], ["im", "gonna"], ["gonna"], ["gon"], ["finna"], ["imma"], ["ima"], ["i", "ma"],
  ["going", "to"], ["i", "d"], ["i", "would"], ["we", "ll"], ["we", "will"], ["want", "to"], ["wanna"], ["should"], ["someone", "needs", "to"],
  ["somebody", "needs", "to"], ["need", "to"], ["needs", "to"], ["let", "s"], ["lets"], ["ought", "to"], ["gotta"], ["about", "to"], ["will"],
  ["je", "vais"], ["j", "vais"], ["jvais"], ["je", "vas"], ["j", "vas"], ["m", "as"], ["mas"], ["on", "va"], ["on", "vas"], ["vais"], ["va"],
  ["on", "devrait"], ["devrait"], ["devraient"], ["faudrait"], ["faut"], ["il", "faut"], ["je", "veux"], ["j", "veux"], ["chu", "pour"],
  ["vous", "allez"], ["tu", "vas"], ["allez"], ["vas"], ["veux"], ["qqn", "devrait"], ["quelqu", "un", "devrait"],
];

/** Verbs of physical harm, in the forms that follow an intent (base forms, Quebec spellings). */
const HARM = new Set([
  "kill", "murder", "shoot", "stab", "beat", "punch", "hurt", "smash", "break", "choke", "strangle", "slap", "hit", "bash", "burn", "hang",
  "lynch", "bury", "cut", "gut", "rape", "run", "knock", "curb", "stomp", "kick", "slit", "snap", "crack", "end", "shank", "pop", "whoop",
  "beat", "drown", "torch", "behead", "execute", "eliminate", "exterminate", "gas", "attack", "jump", "fight",
  "tuer", "frapper", "casser", "peter", "battre", "planter", "poignarder", "tirer", "egorger", "etrangler", "buter", "defoncer", "demolir",
  "pendre", "fusiller", "abattre", "gifler", "claquer", "ecraser", "bruler", "cogner", "tabasser", "assommer", "massacrer", "crever",
  "descendre", "eliminer", "exterminer", "violer", "crisser", "sacrer", "calisser", "donner", "mettre", "sauter", "arranger", "regler",
  "faire",
]);
/** Of those, the ones that threaten only with a body part or a beating after them ("break your legs", « crisser une volée »). */
const NEEDS_OBJECT = new Set(["break", "smash", "crack", "snap", "cut", "run", "knock", "pop", "hit", "beat", "casser", "peter", "defoncer", "demolir", "crisser", "sacrer", "calisser", "donner", "mettre", "sauter", "arranger", "regler", "faire", "claquer", "ecraser", "descendre", "tirer", "end", "jump", "fight", "battre"]);
/** Body parts, beatings and fates: the objects that make a verb of force a threat to a person. */
const BODY = new Set([
  "face", "head", "skull", "neck", "legs", "leg", "arms", "arm", "teeth", "jaw", "nose", "knees", "ribs", "throat", "ass",
  "gueule", "yeule", "face", "tete", "dents", "jambes", "bras", "nez", "gorge", "cou", "machoire", "genoux", "yeux", "volee", "raclee",
  "claque", "baffe", "taloche", "mornifle", "beigne", "poing", "pied", "peau", "portrait", "compte", "balle", "bullet", "cul",
  "mal", "dessus", "death", "senseless",
]);
/** Passive participles of harm, after a wish ("should be shot", « devraient être pendus »). */
const HARMED = new Set([
  "shot", "killed", "hanged", "hung", "punched", "beaten", "lynched", "stabbed", "executed", "gassed", "murdered", "burned", "burnt",
  "strangled", "slapped", "exterminated", "eliminated", "tortured", "raped",
  "tue", "tues", "tuee", "tuees", "pendu", "pendus", "pendue", "pendues", "fusille", "fusilles", "abattu", "abattus", "battu", "battus",
  "frappe", "frappes", "execute", "executes", "gaze", "gazes", "brule", "brules", "elimine", "elimines", "extermine", "extermines",
]);
const PASSIVE_CUES: readonly Seq[] = [
  ["should", "be"], ["should", "get"], ["should", "all", "be"], ["need", "to", "be"], ["needs", "to", "be"], ["deserve", "to", "be"],
  ["deserves", "to", "be"], ["deserve", "to", "get"], ["deserves", "to", "get"], ["ought", "to", "be"], ["must", "be"], ["oughta", "be"],
  ["devrait", "etre"], ["devraient", "etre"], ["meriterait", "d", "etre"], ["meritent", "d", "etre"], ["merite", "d", "etre"],
  ["faudrait", "qu", "ils", "soient"], ["doivent", "etre"], ["doit", "etre"],
];

/** People as the object of harm, after the verb: pronouns, people's nouns, possessives before a body part. */
const HUMAN_AFTER = new Set([
  "you", "u", "ya", "yall", "him", "her", "them", "em", "everyone", "everybody", "whoever", "anyone", "people", "ppl", "his", "your", "ur",
  "their", "yo", "that", "this", "these", "those", "all", "y", "ta", "sa", "leur", "leurs", "tes", "ses", "vous", "toi", "lui", "eux",
]);
/** Words that after "that/this/these" make a person ("that guy", "this bitch"); other nouns are things ("this presentation"). */
const PERSON_NOUNS = new Set([
  "guy", "guys", "man", "men", "woman", "women", "girl", "bitch", "bastard", "idiot", "loser", "dude", "kid", "people", "ppl", "clown", "prick",
  "moron", "cop", "cops", "ref", "referee", "reporter", "mayor", "minister", "immigrants", "refugees", "muslims", "jews", "gays", "fag",
  "person", "asshole", "snitch", "rat", "traitor", "traitors", "boss", "manager", "coworker", "neighbour", "neighbor", "family", "kids",
  "children", "wife", "husband", "mom", "mother", "dad", "father", "son", "daughter", "gars", "fille", "femme", "famille", "enfants", "chum", "blonde",
]);
/** Possessives: a person's body or family follows ("break your legs", "kill your family"); other nouns are things ("hurt your chances"). */
const POSSESSIVES = new Set(["his", "your", "ur", "their", "yo", "her", "ta", "sa", "leur", "leurs", "tes", "ses", "votre", "vos"]);
/** Cues that stand alone only after a subject that can act: "inflation will hurt them" is no threat, "I will" or "someone should" is. */
const NEEDS_SUBJECT = new Set(["will", "should", "va", "vas", "vais", "allez", "veux", "devrait", "devraient", "need", "needs", "going", "want", "let", "gotta", "about", "gonna", "gon", "finna", "imma", "ima", "wanna"]);
const SUBJECTS = new Set(["i", "we", "you", "u", "someone", "somebody", "they", "ill", "im", "je", "j", "on", "tu", "qqn", "m", "nous", "vous", "ils", "un", "quelqu", "y", "ya", "ppl", "people", "everyone", "me", "moi", "ma", "m"]);
/** Of those, the ones a tweet opens with, without a subject: "gonna kill u", "imma punch him". */
const OPENING_CUES = new Set(["gonna", "gon", "finna", "imma", "ima", "wanna"]);
/** French object clitics before the verb that stand for a person (« te », « lui », « vous »); « le/la/les » only before verbs that need a person. */
const CLITIC_PERSON = new Set(["te", "t", "vous", "lui", "leur", "toi"]);
const CLITIC_ANY = new Set(["le", "la", "les", "l"]);
const PERSON_ONLY_VERBS = new Set(["kill", "murder", "tuer", "frapper", "poignarder", "egorger", "etrangler", "buter", "pendre", "fusiller", "abattre", "gifler", "tabasser", "assommer", "massacrer", "violer", "eliminer", "exterminer", "cogner"]);

/**
 * French present tense of a threat said as done already: « je te tue », « je lui casse la gueule », « j'te pète la face ».
 * The present form, by its infinitive.
 */
const PRESENT: Record<string, string> = {
  tue: "tuer", casse: "casser", pete: "peter", frappe: "frapper", plante: "planter", defonce: "defoncer", crisse: "crisser", calisse: "calisser",
  sacre: "sacrer", fais: "faire", mets: "mettre", donne: "donner", demolis: "demolir", arrange: "arranger", regle: "regler", egorge: "egorger",
  etrangle: "etrangler", bute: "buter", descends: "descendre", tire: "tirer", tabasse: "tabasser", assomme: "assommer", claque: "claquer",
};

/** Veiled threats: knowing where someone lives or works. */
const KNOW: readonly Seq[] = [["i", "know"], ["we", "know"], ["i", "found", "out"], ["je", "sais"], ["j", "sais"], ["jsais"], ["on", "sait"], ["je", "connais"], ["j", "connais"], ["on", "connait"]];
const WHERE = new Set(["where", "which", "when", "what", "ou", "quand", "quel", "quelle", "a", "ton", "ta", "ou", "your"]);
const PERSON_SUBJECT = new Set(["you", "u", "he", "she", "they", "your", "ur", "tu", "t", "il", "elle", "vous", "ils", "ton", "ta", "tes"]);
const WHEREABOUTS = new Set([
  "live", "lives", "work", "works", "leave", "leaves", "park", "parks", "sleep", "sleeps", "go", "goes", "kids", "school", "address", "building",
  "reste", "restes", "habite", "habites", "travailles", "travaille", "sors", "sort", "pars", "part", "stationnes", "dors", "vis", "adresse",
  "enfants", "ecole", "bureau", "char", "auto", "maison", "job", "office", "house", "car", "family", "famille", "blonde", "chum", "wife", "husband",
]);
/** Warnings that threaten when a time or place follows ("watch your back", « fais attention à toi »). */
const WARNINGS: readonly Seq[] = [
  ["watch", "your", "back"], ["watch", "yourself"], ["watch", "out"], ["be", "careful"], ["sleep", "with", "one", "eye", "open"],
  ["fais", "attention", "a", "toi"], ["faites", "attention", "a", "vous"], ["surveille", "tes", "arrieres"], ["prends", "garde"],
  ["fais", "ben", "attention"], ["watch", "ur", "back"],
];
const WHEN_WHERE = new Set([
  "when", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "after", "leave", "parking",
  "quand", "ce", "soir", "demain", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "sortiras", "sors", "sortir",
  "stationnement", "apres", "know", "sais", "where", "ou",
]);
/** Finding someone: "we'll find you", « je vais te retrouver », ended there or by "and"/« pis ». */
const FIND = new Set(["find", "finding", "track", "trouver", "retrouver", "pogner", "poigner", "attraper", "catch"]);
const ENDS_CLAUSE = new Set(["and", "pis", "puis", "et", "so", "then", "lol", "soon", "bientot"]);
/** Words that threaten only beside other hostility: "you'll regret this", « tu vas le regretter », "you'll pay". */
const WEAK: readonly Seq[] = [
  ["you", "ll", "regret"], ["you", "will", "regret"], ["tu", "vas", "le", "regretter"], ["vous", "allez", "le", "regretter"],
  ["tu", "vas", "regretter"], ["you", "ll", "pay"], ["tu", "vas", "payer"], ["tu", "vas", "me", "le", "payer"], ["ca", "coute"],
  ["t", "es", "fini"], ["t", "es", "mort"],
];
/** Reporting another's threat: "he threatened to…", « il a menacé de… », "she said she'd…". */
const REPORTED = new Set(["threatened", "threatening", "threatens", "menace", "menacee", "menacait", "menacer", "menaces", "said", "told", "dit", "ecrit", "wrote"]);

function seqAt(view: TextView, i: number, seq: Seq): number {
  const t = view.tokens;
  for (let k = 0; k < seq.length; k++) if (t[i + k]?.norm !== seq[k]) return -1;
  return i + seq.length;
}

function byFirst(seqs: readonly Seq[]): Map<string, Seq[]> {
  const m = new Map<string, Seq[]>();
  for (const s of seqs) m.set(s[0]!, [...(m.get(s[0]!) ?? []), s]);
  return m;
}
const INTENT_BY = byFirst(INTENT);
const PASSIVE_BY = byFirst(PASSIVE_CUES);
const KNOW_BY = byFirst(KNOW);
const WARNING_BY = byFirst(WARNINGS);
const WEAK_BY = byFirst(WEAK);

/** The end (exclusive) of the longest sequence of `index` starting at token i, or -1. */
function matchAt(view: TextView, i: number, index: Map<string, Seq[]>): number {
  const seqs = index.get(view.tokens[i]!.norm);
  if (seqs === undefined) return -1;
  let end = -1;
  for (const s of seqs) end = Math.max(end, seqAt(view, i, s));
  return end;
}

/**
 * Words without one of which no threat is read: the harm verbs and participles, finding, knowing, the warnings' and the
 * weak threats' own words. The threat rule requires them (a lexicon, lexicons/en/harassment.ts `threat-cue`), so that
 * the engine skips it on the many texts that hold none.
 */
export const THREAT_CUES: readonly string[] = [
  ...new Set([
    // Verbs that need a body part or a beating after them are gated by that object, which is rarer than they are.
    ...[...HARM].filter((v) => !NEEDS_OBJECT.has(v)), "beat", "knock", ...BODY, ...FIND, ...HARMED,
    ...Object.keys(PRESENT).filter((v) => !NEEDS_OBJECT.has(PRESENT[v]!)), "know", "found", "sais", "jsais", "sait", "connais", "connait",
    "watch", "careful", "sleep", "attention", "arrieres", "garde", "regret", "regretter", "pay", "payer", "coute", "fini", "mort",
  ]),
];

/** Every word any part of the analysis starts from: the other tokens, most of any text, are passed over at once. */
const STARTS = new Set<string>([
  ...[INTENT_BY, PASSIVE_BY, KNOW_BY, WARNING_BY, WEAK_BY].flatMap((m) => [...m.keys()]),
  ...HARM, ...FIND, ...HARMED, ...REPORTED, ...Object.keys(PRESENT),
]);

const INTENT_REACH = 5;
const TARGET_REACH = 4;

export const threats = perView((view: TextView): Threat[] => {
  const out: Threat[] = [];
  const t = view.tokens;
  const n = t.length;
  // Where each intent, passive cue and reported threat ends, by token: the verbs after them look back a few tokens.
  const intentEnds = new Map<number, number>();
  const passiveEnds = new Map<number, number>();
  let reportedAt = -Infinity;
  const sentence = (i: number) => sentenceOf(view, i);
  for (let i = 0; i < n; i++) {
    if (!STARTS.has(t[i]!.norm) || t[i]!.entity === "url") continue;
    const e = matchAt(view, i, INTENT_BY);
    if (e > 0) intentEnds.set(e, i);
    const p = matchAt(view, i, PASSIVE_BY);
    if (p > 0) passiveEnds.set(p, i);
    const k = matchAt(view, i, KNOW_BY);
    if (k > 0) veiledKnow(view, i, k, out);
    const w = matchAt(view, i, WARNING_BY);
    if (w > 0 && !negatedAt(view, i)) {
      const s = sentence(i);
      let timed = false;
      for (let j = w; j < Math.min(n, w + 8) && !timed; j++) timed = WHEN_WHERE.has(t[j]!.norm) && sentence(j) <= s + 1;
      for (let j = Math.max(0, i - 8); j < i && !timed; j++) timed = (t[j]!.norm === "know" || t[j]!.norm === "sais") && sentence(j) >= s - 1;
      if (timed) out.push({ span: [t[i]!.start, t[w - 1]!.end], kind: "veiled" });
    }
    const wk = matchAt(view, i, WEAK_BY);
    if (wk > 0 && !negatedAt(view, i)) out.push({ span: [t[i]!.start, t[wk - 1]!.end], kind: "weak" });
    if (REPORTED.has(t[i]!.norm)) reportedAt = i;
    const present = PRESENT[t[i]!.norm];
    if (present !== undefined && i >= 2 && (CLITIC_PERSON.has(t[i - 1]!.norm) || CLITIC_ANY.has(t[i - 1]!.norm)) && /^(?:je|j|m|on)$/.test(t[i - 2]!.norm)) {
      const end = !negatedAt(view, i - 2) ? targetOf(view, i, i - 2, present) : -1;
      if (end > 0) out.push({ span: [t[i - 2]!.start, t[end - 1]!.end], kind: "violence" });
      continue;
    }
    if (!HARM.has(t[i]!.norm) && !FIND.has(t[i]!.norm) && !HARMED.has(t[i]!.norm)) continue;
    // A wish in the passive: "ppl like u should be lined up and shot", « ils devraient être pendus ».
    if (HARMED.has(t[i]!.norm)) {
      for (let j = i; j >= Math.max(0, i - INTENT_REACH); j--) {
        const at = passiveEnds.get(j);
        if (at === undefined || sentence(at) !== sentence(i) || negatedAt(view, at)) continue;
        if (humanBefore(view, at)) out.push({ span: [t[at]!.start, t[i]!.end], kind: "violence" });
        break;
      }
      continue;
    }
    // An intent a few words before: "I'll break", "I'm gonna fucking kill", « je vais te casser », « m'as y crisser ».
    let cue = -1;
    for (let j = i; j >= Math.max(0, i - INTENT_REACH); j--) {
      const at = intentEnds.get(j);
      if (at !== undefined && sentence(at) === sentence(i)) {
        cue = at;
        break;
      }
    }
    if (cue < 0 || negatedAt(view, cue) || negatedAt(view, i, 2) || !actor(view, cue)) continue;
    // Another's threat, reported ("he threatened to kill me", « il a menacé de me frapper »), is not the writer's.
    if (reportedAt >= cue - 4 && sentence(Math.max(0, reportedAt)) === sentence(i)) continue;
    const end = targetOf(view, i, cue);
    if (end > 0) out.push({ span: [t[cue]!.start, t[end - 1]!.end], kind: FIND.has(t[i]!.norm) ? "veiled" : "violence" });
  }
  countSteps(n * 4);
  return out;
});

/** Whether an intent cue has someone to act: a subject before a bare "will"/"should"/« va », or a cue a tweet opens with. */
function actor(view: TextView, cue: number): boolean {
  const t = view.tokens;
  const w = t[cue]!.norm;
  if (!NEEDS_SUBJECT.has(w)) return true;
  const prev = t[cue - 1];
  const opens = view.sentenceStarts[sentenceOf(view, cue)] === cue;
  if (opens || !prev) return OPENING_CUES.has(w);
  if (SUBJECTS.has(prev.norm) || prev.entity === "mention") return true;
  // "Someone should", "Kevin will": a name before it; "the economy will" has none.
  return /^\p{Lu}\p{Ll}/u.test(view.text.slice(prev.start, prev.end)) && view.sentenceStarts[sentenceOf(view, cue - 1)] !== cue - 1;
}

/** The end (exclusive) of a threat's human target after the verb at `i`, or -1 when its object is a thing or nothing. */
function targetOf(view: TextView, i: number, cue: number, verb = view.tokens[i]!.norm): number {
  const t = view.tokens;
  const s = sentenceOf(view, i);
  const inSentence = (j: number) => j < t.length && sentenceOf(view, j) === s;
  // French clitics between the cue and the verb: « je vais te casser… », « m'as lui crisser… ».
  let clitic: "person" | "any" | undefined;
  for (let j = cue; j < i; j++) {
    if (CLITIC_PERSON.has(t[j]!.norm)) clitic = "person";
    else if (CLITIC_ANY.has(t[j]!.norm) && clitic === undefined) clitic = "any";
  }
  if (FIND.has(verb)) {
    // "we'll find you", « je vais te retrouver pis… »: the person, then nothing more of the clause.
    const after = t[i + 1];
    const objectAfter = after && inSentence(i + 1) && /^(?:you|u|ya|him|her|them|toi)$/.test(after.norm) ? i + 2 : -1;
    const close = (j: number) => j >= t.length || !inSentence(j) || ENDS_CLAUSE.has(t[j]!.norm) || /[,;:]/.test(view.text.slice(t[j - 1]!.end, t[j]!.start));
    if (objectAfter > 0 && close(objectAfter)) return objectAfter;
    if (clitic === "person" && close(i + 1)) return i + 1;
    return -1;
  }
  const needsObject = NEEDS_OBJECT.has(verb);
  let personSeen = false;
  for (let j = i + 1; j < Math.min(t.length, i + 1 + TARGET_REACH) && inSentence(j); j++) {
    const w = t[j]!.norm;
    // "beat you up", "knock him out": a particle that makes the blow; "hit you up" (get in touch) is none.
    if ((w === "up" || w === "out") && personSeen && (verb === "beat" || verb === "knock")) return j + 1;
    if (BODY.has(w) && (clitic === "person" || personSeen || possessiveBefore(view, j, i))) return j + 1;
    if (/^(?:you|u|ya|him|her|them|em)$/.test(w)) {
      // "shoot you an email", "get you a coffee": the person receives something, no harm is done to them.
      if (/^(?:a|an|the|some|my|our|this|that|back|un|une|des)$/.test(t[j + 1]?.norm ?? "")) return -1;
      personSeen = true;
      if (needsObject) continue;
      return j + 1;
    }
    if (POSSESSIVES.has(w)) {
      const next = t[j + 1];
      if (next && inSentence(j + 1) && PERSON_NOUNS.has(next.norm)) return j + 2;
      continue;
    }
    if (needsObject) continue;
    if (t[j]!.entity === "mention") return j + 1;
    if (HUMAN_AFTER.has(w)) {
      if (w === "that" || w === "this" || w === "these" || w === "those" || w === "all" || w === "y") {
        const next = t[j + 1];
        if (next && inSentence(j + 1) && (PERSON_NOUNS.has(next.norm) || /^\p{Lu}/u.test(view.text.slice(next.start, next.end)))) return j + 2;
        continue;
      }
      return j + 1;
    }
    if (PERSON_NOUNS.has(w) || (j === i + 1 && /^\p{Lu}\p{Ll}/u.test(view.text.slice(t[j]!.start, t[j]!.end)))) return j + 1;
    // An article or a thing ends the search: "kill this presentation", "kill the lights", « tuer le temps ».
    if (/^(?:it|the|a|an|time|le|la|les|un|une|du|des|temps|ca)$/.test(w)) break;
  }
  if (clitic === "person" && !needsObject) return i + 1;
  if (clitic === "any" && PERSON_ONLY_VERBS.has(verb)) return i + 1;
  return -1;
}

/** "break your legs", « péter sa gueule », « casser la gueule » with a person clitic: a possessive or article before the body part. */
function possessiveBefore(view: TextView, j: number, verb: number): boolean {
  for (let k = verb + 1; k < j; k++) if (/^(?:your|ur|his|her|their|yo|ta|sa|tes|ses|leur|leurs|votre|vos)$/.test(view.tokens[k]!.norm)) return true;
  return false;
}

/** Whether a person or a group is the subject before a passive wish: "ppl like u should be…", "these people should be…". */
function humanBefore(view: TextView, at: number): boolean {
  const s = sentenceOf(view, at);
  for (let k = at - 1; k >= Math.max(view.sentenceStarts[s]!, at - 8); k--) {
    const w = view.tokens[k]!;
    if (w.entity === "mention") return true;
    if (/^(?:you|u|he|she|they|them|people|ppl|everyone|anyone|whoever|who|all|men|women|immigrants|refugees|muslims|jews|gays|liberals|conservatives|politicians|traitors|il|elle|ils|elles|vous|tu|eux|gens|monde|immigres|immigrants|refugies|musulmans|juifs|politiciens|traitres)$/.test(w.norm)) return true;
    if (/^\p{Lu}\p{Ll}/u.test(view.text.slice(w.start, w.end)) && k !== view.sentenceStarts[s]) return true;
  }
  return false;
}

/** "I know where you live", « je sais où tu restes », "I know which building you work in and what time you leave". */
function veiledKnow(view: TextView, i: number, end: number, out: Threat[]): void {
  const t = view.tokens;
  if (negatedAt(view, i)) return;
  const s = sentenceOf(view, i);
  if (!WHERE.has(t[end]?.norm ?? "")) return;
  for (let j = end; j < Math.min(t.length, end + 8) && sentenceOf(view, j) === s; j++) {
    if (PERSON_SUBJECT.has(t[j]!.norm) && WHEREABOUTS.has(t[j + 1]?.norm ?? "")) {
      out.push({ span: [t[i]!.start, t[j + 1]!.end], kind: "veiled" });
      return;
    }
    if (PERSON_SUBJECT.has(t[j]!.norm) && WHEREABOUTS.has(t[j + 2]?.norm ?? "") && sentenceOf(view, j + 2) === s) {
      out.push({ span: [t[i]!.start, t[j + 2]!.end], kind: "veiled" });
      return;
    }
  }
}
