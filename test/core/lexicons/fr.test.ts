import { test } from "node:test";
import assert from "node:assert/strict";
import { compileLexicons, matchLexicons, type Lexicon } from "../../../src/core/matcher.js";
import { normalize } from "../../../src/core/normalize.js";
import { FRENCH } from "../../../src/core/lexicons/fr/index.js";
import * as enConduct from "../../../src/core/lexicons/en/conduct.js";
import * as enConfidential from "../../../src/core/lexicons/en/confidential.js";
import * as enCriticism from "../../../src/core/lexicons/en/criticism.js";
import * as enHarassment from "../../../src/core/lexicons/en/harassment.js";
import * as enOfficial from "../../../src/core/lexicons/en/official.js";
import * as enPolitics from "../../../src/core/lexicons/en/politics.js";
import * as enPrivacy from "../../../src/core/lexicons/en/privacy.js";
import * as enProfanity from "../../../src/core/lexicons/en/profanity.js";
import * as enWork from "../../../src/core/lexicons/en/work.js";
import * as frConduct from "../../../src/core/lexicons/fr/conduct.js";
import * as frConfidential from "../../../src/core/lexicons/fr/confidential.js";
import * as frCriticism from "../../../src/core/lexicons/fr/criticism.js";
import * as frHarassment from "../../../src/core/lexicons/fr/harassment.js";
import * as frOfficial from "../../../src/core/lexicons/fr/official.js";
import * as frPolitics from "../../../src/core/lexicons/fr/politics.js";
import * as frPrivacy from "../../../src/core/lexicons/fr/privacy.js";
import * as frProfanity from "../../../src/core/lexicons/fr/profanity.js";
import * as frWork from "../../../src/core/lexicons/fr/work.js";

type LexiconModule = Record<string, unknown>;

const PAIRS: [string, LexiconModule, LexiconModule][] = [
  ["conduct", enConduct, frConduct],
  ["confidential", enConfidential, frConfidential],
  ["criticism", enCriticism, frCriticism],
  ["harassment", enHarassment, frHarassment],
  ["official", enOfficial, frOfficial],
  ["politics", enPolitics, frPolitics],
  ["privacy", enPrivacy, frPrivacy],
  ["profanity", enProfanity, frProfanity],
  ["work", enWork, frWork],
];

const isLexicon = (x: unknown): x is Lexicon => typeof x === "object" && x !== null && "id" in x && "terms" in x;

const lexiconsOf = (m: LexiconModule): [string, Lexicon][] =>
  Object.entries(m).filter((e): e is [string, Lexicon] => isLexicon(e[1]));

/** The words a term is matched by, as the matcher folds and tokenizes it; a trailing `*` stays a mark of its own. */
function foldedTerm(term: string): string {
  const prefix = term.endsWith("*");
  const words = normalize(prefix ? term.slice(0, -1) : term).tokens.map((t) => t.norm);
  return words.join(" ") + (prefix ? "*" : "");
}

test("every French list has an English list of the same export name and id, so the engine can merge them", () => {
  for (const [file, en, fr] of PAIRS) {
    for (const [name, lex] of lexiconsOf(fr)) {
      const twin = en[name];
      assert.ok(isLexicon(twin), `fr/${file}.ts exports ${name}, which en/${file}.ts does not`);
      assert.equal(lex.id, twin.id, `fr/${file}.ts ${name} has id "${lex.id}", the English one "${twin.id}"`);
    }
  }
});

test("every English list of the nine files has its French counterpart", () => {
  for (const [file, en, fr] of PAIRS) {
    for (const [name] of lexiconsOf(en)) assert.ok(isLexicon(fr[name]), `fr/${file}.ts lacks ${name}`);
  }
});

test("FRENCH lists every French lexicon once, each in French with a source line", () => {
  const exported = PAIRS.flatMap(([, , fr]) => lexiconsOf(fr).map(([, lex]) => lex));
  assert.deepEqual(new Set(FRENCH), new Set(exported));
  assert.equal(FRENCH.length, exported.length);
  for (const lex of FRENCH) {
    assert.equal(lex.lang, "fr", lex.id);
    assert.ok(lex.source.trim().length > 20, `${lex.id} needs a source line`);
  }
});

test("no French term is empty once folded and tokenized", () => {
  for (const lex of FRENCH) {
    for (const term of lex.terms) {
      assert.ok(normalize(term.replace(/\*$/, "")).tokens.length > 0, `${lex.id}: "${term}" has no words`);
    }
  }
});

test("no French list holds the same term twice, accents and case folded", () => {
  for (const lex of FRENCH) {
    const seen = new Map<string, string>();
    for (const term of lex.terms) {
      const key = foldedTerm(term);
      assert.ok(!seen.has(key), `${lex.id}: "${term}" folds like "${seen.get(key)}"`);
      seen.set(key, term);
    }
  }
});

const compiled = compileLexicons(FRENCH);

function lexiconsHit(text: string): Set<string> {
  return new Set(matchLexicons(normalize(text), compiled).map((h) => h.lexicon));
}

const SHOULD_HIT: [string, string[]][] = [
  ["T'es une vraie conne", ["insult", "second-person"]],
  ["Chu tellement niaiseux à matin", ["insult", "first-person"]],
  ["Mon boss est un gros cave", ["insult", "people"]],
  ["Espèce de m*ngolien", ["insult", "slur", "second-person"]],
  ["Quel m*ngol", ["insult"]],
  ["Ferme ta gueule, toé là", ["second-person", "profanity"]],
  ["Je sais où tu restes", ["threat", "second-person"]],
  ["Mort aux traîtres", ["threat"]],
  ["Crève donc, sale loser", ["threat", "insult"]],
  ["Sales immigrés", ["slur", "group"]],
  ["Retourne dans ton pays", ["group-hate-phrase"]],
  ["Elle a eu le poste juste parce que c'est une femme", ["group-hate-phrase"]],
  ["Les réfugiés, retournez chez vous", ["group", "group-smear"]],
  ["Ces gens-là sont tous des voleurs", ["group", "group-smear"]],
  ["Le ministre est un voleur, il devrait être en prison", ["accusation", "gov-target", "third-person"]],
  ["m*rde", ["profanity"]],
  ["c a l i s s e", ["profanity"]],
  ["T4BARN4K de trafic", ["profanity"]],
  ["Câlisse, encore de la neige", ["profanity"]],
  ["Votez NPD", ["campaign-call"]],
  ["Fière bénévole au porte-à-porte ce soir", ["campaign-call", "stance-positive"]],
  ["Je distribue des dépliants à la cafétéria du ministère", ["campaign-call", "government-resource"]],
  ["Beau travail de la première ministre", ["praise", "gov-target"]],
  ["Enfin quelqu'un avec un vrai plan", ["stance-positive"]],
  ["Le gouvernement est complètement déconnecté", ["gov-target", "negative"]],
  ["Mon ministère gaspille des millions, c'est rendu ridicule", ["gov-target", "negative"]],
  ["Le retour au bureau, ça n'a pas de bon sens", ["gov-target", "negative"]],
  ["Document Protégé B en pièce jointe", ["security-marking"]],
  ["Le breffage SECRET de demain", ["security-level", "classified-object"]],
  ["Tu l'as pas entendu de moi", ["not-public"]],
  ["Le PIB sort vendredi, attachez vos tuques", ["stat-data", "foreknowledge"]],
  ["Mon NIP est 1234", ["credential"]],
  ["J'ai identifié tout le monde sur la photo de groupe", ["tagging", "people"]],
  ["Appelez-le, voici son cell", ["other-contact"]],
  ["Voici son adresse, allez cogner chez eux", ["doxxing"]],
  ["Ma voisine laisse sa porte débarrée", ["doxxing"]],
  ["Son NAS et sa date de naissance", ["identity-number"]],
  ["Au nom du ministère, nous pouvons confirmer la nouvelle", ["on-behalf"]],
  ["Les opinions exprimées sont les miennes", ["disclaimer"]],
  ["Fonctionnaire fédérale, analyste chez Statistique Canada", ["public-servant"]],
  ["On travaille sur le projet de loi au bureau", ["own-work", "work-object", "work-time"]],
  ["Je texte de l'ordi du bureau", ["work-time"]],
  ["Utilisez mon code ÉTÉ20 pour 15 % de rabais #pub", ["sponsorship"]],
  ["Consultation gratuite, je connais le système pour votre demande d'immigration", ["side-business", "department-service"]],
  ["La terre est plate, faites vos propres recherches", ["conspiracy", "misinformation-cue"]],
  ["Cliquez ici et partagez à 10 amis", ["spam-cue"]],
];

for (const [text, expected] of SHOULD_HIT) {
  test(`« ${text} » is read as ${expected.join(", ")}`, () => {
    const hit = lexiconsHit(text);
    for (const id of expected) assert.ok(hit.has(id), `expected ${id}, got ${[...hit].join(", ")}`);
  });
}

const SHOULD_MISS: [string, string[]][] = [
  ["Chu tellement niaiseux à matin", ["second-person"]],
  ["C'est con, j'ai oublié mon lunch", ["insult"]],
  ["Ma sœur travaille au bloc opératoire", ["campaign-call", "stance-positive", "gov-target", "negative"]],
  ["J'ai un parti pris pour le chocolat", ["campaign-call", "stance-positive", "gov-target", "negative"]],
  ["Ce film est à mourir de rire", ["threat"]],
  ["Cette chaleur me tue, je suis mort de rire", ["threat"]],
  ["Chu crevé, la discussion a dégénéré, je m'attarde pas là-dessus", ["threat", "insult"]],
  ["On a mangé une raclée au hockey, une balle de tennis dans la cour", ["threat"]],
  ["Continue de te battre, lâche pas!", ["threat", "insult"]],
  ["J'ai failli me casser la gueule sur la glace, je vais te trouver un cadeau", ["threat"]],
  ["Tue-toi pas à l'ouvrage, je vais te retrouver au café", ["threat"]],
  ["Ce show était débile en tabarouette, y fait frette en titi", ["profanity"]],
  ["On habite sur un cul-de-sac", ["profanity"]],
  ["Une cave à vin et une couche épaisse de neige", ["insult"]],
  ["Mes arriérés de paie et la collecte des ordures", ["insult"]],
  ["Les Premières Nations cueillaient des plantes sauvages", ["group-smear", "slur"]],
  ["Le fléau de la violence faite aux femmes", ["group-smear"]],
  ["Le Code criminel et le casier criminel", ["accusation"]],
  ["Notre ambassadeur au concours de la fonction publique", ["sponsorship"]],
  ["Les tarifs douaniers sont garantis", ["side-business"]],
  ["Une fuite d'eau dans le sous-sol", ["internal-doc"]],
  ["Il est protégé à vie, c'est beau", ["security-marking"]],
  ["A quick nip of whisky", ["credential"]],
  ["ae", ["department-service"]],
  ["Les moutons de la ferme et la micropuce du chien", ["conspiracy"]],
];

for (const [text, absent] of SHOULD_MISS) {
  test(`« ${text} » is not read as ${absent.join(", ")}`, () => {
    const hit = lexiconsHit(text);
    for (const id of absent) assert.ok(!hit.has(id), `unexpected ${id}`);
  });
}

test("French terms stay silent on ordinary English, since the two languages' lists are merged", () => {
  const english = [
    "We got a ton of hair cut at a rate of ten an hour",
    "The trainee grabbed a quick bite before the sacrament",
    "The report identifies what we don't know and can't do",
    "It isn't as bad as the looser rules for the tanned tourists",
  ];
  const harmful = ["insult", "slur", "threat", "profanity", "negative", "second-person", "tagging", "group-smear"];
  for (const text of english) {
    const hit = lexiconsHit(text);
    for (const id of harmful) assert.ok(!hit.has(id), `"${text}" hit ${id}`);
  }
});
