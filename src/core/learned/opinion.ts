import { hasReadableText } from "../remedies.js";
import { CATEGORIES, type Action, type Category, type Context, type Level, type Span } from "../model.js";
import type { HitIndex } from "../matcher.js";
import { francAll } from "franc-min";
import type { TextView } from "../normalize.js";
import type { Message } from "../message.js";
import { defineRule, type Rule } from "../rule.js";
import { loadClassifier, ModelDataError, type Classifier, type ModelOpinion } from "./classifier.js";
import { MODEL } from "./weights.js";

/**
 * How the learned second opinion (classifier.ts) joins the rules. A rule's finding stays as it is, cited. Where the
 * model sees a kind of harm no rule found, it adds a finding of that category, worded as what it is ("this reads
 * like … — learned from examples, not a rule"), citing the category's guidance and pointing at the words that weighed
 * most. Its level comes from its confidence and the category: every category can be risky; only where the guidance
 * makes the thing itself inappropriate (harassment, disclosing non-public information, false information) does a
 * confident opinion say inappropriate. The thresholds are calibrated on the blind dev split
 * (`node dist/train/calibrate.js`), never on the test split.
 */

export interface SecondOpinionOptions {
  /** The probability of some harm (1 − p(appropriate)) from which the model adds a finding. */
  risky: number;
  /** …and the probability of its most probable category from which it names that category. */
  category: number;
  /** The probability of the category itself from which a finding in a category the guidance calls inappropriate is inappropriate. */
  inappropriate: number;
}

/** Calibrated on the blind dev split; see docs/measurements.md for the figures behind them. */
export const SECOND_OPINION: SecondOpinionOptions = { risky: 0.5, category: 0.7, inappropriate: 0.9 };

/** The categories whose harm the guidance names inappropriate in itself ("Assessing the level of risk"). */
const SEVERE = new Set<Category>(["harassment", "confidential", "misinformation"]);

/**
 * Actions whose text the model can read as the person's words or the content they pass on. A follow's text names an
 * account, not content: the model was not trained on that.
 */
const READS: ReadonlySet<Action> = new Set<Action>(["post", "comment", "reply", "share", "like", "profile"]);

const CATEGORY_WORDS: Record<Category, Message> = {
  harassment: { en: "harassment, hate or a threat", fr: "du harcèlement, de la haine ou une menace" },
  profanity: { en: "profanity", fr: "de la vulgarité" },
  partisan: { en: "partisan political content", fr: "du contenu politique partisan" },
  criticism: { en: "criticism of a government, its leaders or your organization", fr: "une critique d'un gouvernement, de ses dirigeants ou de votre organisation" },
  confidential: { en: "information that is not public", fr: "de l'information qui n'est pas publique" },
  privacy: { en: "someone else's personal information", fr: "des renseignements personnels d'une autre personne" },
  "official-capacity": { en: "speaking in an official capacity", fr: "une prise de parole à titre officiel" },
  "work-content": { en: "content about your own work", fr: "du contenu sur votre propre travail" },
  "conflict-of-interest": { en: "a possible conflict of interest (sponsorship, selling, monetizing)", fr: "un possible conflit d'intérêts (commandite, vente, monétisation)" },
  misinformation: { en: "a false or unsupported claim", fr: "une affirmation fausse ou non fondée" },
  hashtag: { en: "a hashtag tied to a cause or a campaign", fr: "un mot-clic associé à une cause ou à une campagne" },
  workplace: { en: "venting about colleagues or managers", fr: "un défoulement au sujet de collègues ou de gestionnaires" },
  "work-hours": { en: "activity during working hours or on government equipment", fr: "une activité pendant les heures de travail ou sur de l'équipement du gouvernement" },
  spam: { en: "spam", fr: "du pourriel" },
};

/**
 * What each category's finding cites: the guidance statement of the category's first built-in rule that applies to
 * everyone (a department's own statements, such as Statistics Canada's, are not quoted to people elsewhere).
 */
function categoryGuidance(rules: readonly Rule[]): Map<Category, [string, ...string[]]> {
  const out = new Map<Category, [string, ...string[]]>();
  for (const rule of rules) {
    if (out.has(rule.category)) continue;
    const general = rule.guidance.filter((id) => !id.startsWith("statcan.") && !id.startsWith("hrsdc."));
    if (general.length > 0) out.set(rule.category, [general[0]!]);
  }
  return out;
}

/** One pseudo-rule per category, so that the model's findings are rendered, deduplicated and capped like any other. */
export function modelRules(rules: readonly Rule[]): Map<Category, Rule> {
  const cites = categoryGuidance(rules);
  const out = new Map<Category, Rule>();
  for (const category of CATEGORIES) {
    const words = CATEGORY_WORDS[category];
    out.set(
      category,
      defineRule({
        id: `model/${category}`,
        category,
        level: "risky",
        guidance: cites.get(category) ?? ["tbs.values-code.outside-work"],
        description: {
          en: `The learned second opinion: text that reads like ${words.en}.`,
          fr: `Le deuxième avis appris : un texte qui ressemble à ${words.fr}.`,
        },
        messages: {
          reads: {
            en: `This reads like ${words.en}, to a model learned from examples, not a rule ({confidence} sure). Read it again with the guidance below in mind.`,
            fr: `Ceci ressemble à ${words.fr}, selon un modèle appris à partir d'exemples et non une règle (certitude de {confidence}). Relisez-le en gardant à l'esprit les lignes directrices ci-dessous.`,
          },
        },
        lexicons: [],
        examples: { valid: [], invalid: [] },
        check() {},
      }),
    );
  }
  return out;
}

/**
 * What a category is about, by the guidance's own definitions: criticism is of an organization, a government or its
 * leaders; partisan content is about parties, candidates and campaigns; venting is about colleagues or managers;
 * work-hours is about when and on what one posts; work content is one's own work; official capacity is speaking for
 * or looking like the GC; a hashtag finding needs a hashtag; privacy is about someone else. The model names such a
 * category only when the text (or the context) holds what it is about, read by the rules' lexicons: a bag of words
 * cannot tell a debate watched from a side taken, but it needs the debate to be there ("Killer workout", "Bloc Party at
 * Bluesfest" and "Beautiful sunset over the Ottawa River" read as harm to it without). Categories whose harm is the
 * words themselves (harassment, confidential, misinformation, conflict of interest, spam) need nothing more.
 */
const ABOUT: Partial<Record<Category, readonly string[]>> = {
  partisan: ["party", "party-ambiguous", "leader", "party-hashtag", "party-slogan", "campaign-call", "politics-hashtag", "office"],
  criticism: ["gov-target", "leader", "office", "party", "gc-org", "department-service", "own-work", "work-object"],
  workplace: ["colleague", "workplace-grievance", "work-object", "own-work"],
  "work-hours": ["work-time", "government-resource"],
  "work-content": ["own-work", "work-object"],
  "official-capacity": ["on-behalf", "official-symbol", "official-looking"],
  privacy: ["people", "other-contact", "doxxing", "identity-number", "tagging", "consent"],
};

/**
 * Left to the rules. Profanity: they read it well (recall 0.96 on the blind test split), masked and spelled out, and
 * the model's idea of it is the register of the abusive corpora, not swearing ("Killer workout this morning").
 * Hashtags: the harm is a tag's association with a cause or campaign, which one researches (the rules' list says where
 * each comes from); to the model every community tag looked alike (#SemaineDeLaFonctionPublique, #FMG2024).
 * Partisan content: the guidance turns on taking part or taking a side, not on the topic, and to a bag of words
 * "Tuned in to the town hall with the candidates tonight" (appropriate, as watching debates is) reads 88% partisan; the
 * rules read parties, leaders, candidates' accounts, slogans and calls, and took no appropriate post for partisan on
 * the dev split.
 */
const RULES_ONLY = new Set<Category>(["profanity", "hashtag", "partisan"]);

/** Every lexicon the gate reads: the engine checks at start-up that each exists. */
export const ABOUT_LEXICONS: readonly string[] = [...new Set(Object.values(ABOUT).flat())];

export function isAbout(category: Category, view: TextView, hits: HitIndex, context: Context, author: boolean): boolean {
  if (RULES_ONLY.has(category)) return false;
  const needs = ABOUT[category];
  if (needs === undefined) return true;
  if (category === "work-hours" && (context.workHours || context.governmentDevice)) return true;
  if (category === "partisan" && author) return true;
  if (category === "privacy" && view.mentions.length > 0) return true;
  for (const id of needs) if (hits.has(id)) return true;
  return false;
}

export interface ModelFinding {
  category: Category;
  level: Level;
  probability: number;
  span?: Span;
}

/** The model loaded once: a model that does not load (corrupt, truncated, wrong classes) leaves the rules alone. */
let loaded: Classifier | null | undefined;
export function defaultClassifier(): Classifier | null {
  if (loaded === undefined) {
    try {
      loaded = loadClassifier(MODEL);
    } catch (e) {
      if (!(e instanceof ModelDataError)) throw e;
      loaded = null;
    }
  }
  return loaded;
}

/**
 * Languages people in Canada commonly write besides English and French (Statistics Canada's most common non-official
 * mother tongues), for franc to choose among: a short, informal English or French text must not be taken for one of
 * the hundreds of languages franc knows.
 */
const LANGUAGES = ["eng", "fra", "spa", "por", "deu", "ita", "nld", "pol", "tgl", "vie", "cmn", "arb", "rus", "ukr", "pan", "urd", "fas", "hin", "kor", "jpn", "tur"];

/**
 * Whether the text is in neither English nor French. Most texts hold several of either language's commonest words and
 * are settled at once; only a text of several words with almost none of them is given to franc (a trigram language
 * identifier, far slower), which must find another language clearly likelier than both (English and French each
 * below 0.85 of the best score: short Quebec French with anglicisms scores 0.89–0.99 as French even when franc's first
 * guess is Turkish). The model learned from English and French only, so such a text is left to the rules. In doubt,
 * the model reads it.
 */
/**
 * Whether the text is prose the model can read: words, at least half of what it holds. A flood of digits, links,
 * mentions or emoji is no sentence the model learned from, and repeated features push a linear model to certainty
 * (100,000 digits read as harassment): such a text is left to the rules.
 */
export function readable(view: TextView): boolean {
  // A text that is only links is no prose, even where the tokenizer did not take a link for one (an unknown top-level domain).
  return view.words >= 2 && view.words * 2 >= view.tokens.length && hasReadableText(view.text);
}

export function neitherLanguage(view: TextView): boolean {
  if (view.words < 4 || view.langHints * 8 >= view.words) return false;
  const scores = francAll(view.text.slice(0, 2_000), { minLength: 10, only: LANGUAGES });
  const [best] = scores[0] ?? ["und", 0];
  if (best === "und") return false;
  for (const [code, score] of scores) if ((code === "eng" || code === "fra") && score >= 0.85) return false;
  return true;
}

/**
 * The model's finding for a text, if it sees a harm whose category no rule found (`found`: the categories the rules
 * found at risky or worse). `folded`: the text as the features read it, when the view made it (TextView.modelFold).
 */
export function secondOpinion(
  classifier: Classifier,
  text: string,
  action: Action,
  found: ReadonlySet<Category>,
  about: (category: Category) => boolean,
  options: SecondOpinionOptions = SECOND_OPINION,
  folded?: string,
): ModelFinding | undefined {
  if (!READS.has(action)) return undefined;
  const o: ModelOpinion = classifier.judge(text, { folded });
  if (1 - o.appropriate < options.risky || o.probability < options.category || found.has(o.category) || !about(o.category)) return undefined;
  // Judged again for the words that weighed most, only for the few texts it has something to say about.
  const span = classifier.judge(text, { span: true, folded }).span;
  const level: Level = SEVERE.has(o.category) && o.probability >= options.inappropriate ? "inappropriate" : "risky";
  const finding: ModelFinding = { category: o.category, level, probability: o.probability };
  if (span) finding.span = span;
  return finding;
}
