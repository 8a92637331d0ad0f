import { guidanceFor, guidanceRef } from "./guidance/corpus.js";
import { LEXICONS } from "./lexicons/index.js";
import { compileLexicons, HitIndex, matchLexicons, type CompiledLexicons, type Lexicon } from "./matcher.js";
import {
  ACTIONS,
  type Action,
  levelRank,
  type Category,
  maxLevel,
  type Activity,
  type Assessment,
  type Context,
  type Finding,
  type FindingSource,
  type GuidanceRef,
  type Lang,
  type Level,
  type RiskFactor,
} from "./model.js";
import { normalize, type TextView } from "./normalize.js";
import { BilingualError } from "./message.js";
import { formatMessage, type Fix, type Message, type ReportOptions, type Rule, type RuleContext } from "./rule.js";
import { RULES } from "./rules/index.js";
import { SpanSet } from "./spans.js";
import { questionsFor, contactsFor } from "./advice.js";
import type { Classifier } from "./learned/classifier.js";
import { ABOUT_LEXICONS, defaultClassifier, isAbout, modelRules, neitherLanguage, readable, SECOND_OPINION, secondOpinion, type SecondOpinionOptions } from "./learned/opinion.js";
import { MODEL } from "./learned/weights.js";

export interface EngineOptions {
  rules?: readonly Rule[];
  /** Extra lexicons (packs); merged with the built-in ones by id. */
  lexicons?: readonly Lexicon[];
  /** Rule ids to turn off. */
  disabled?: readonly string[];
  /** A different level for a rule's findings. */
  levels?: Readonly<Record<string, Level>>;
  /** Whom else to ask (packs): listed after the built-in contacts whenever there is a finding. */
  contacts?: readonly Message[];
  /** The departments whose packs are applied: their own rules are cited as to one of their employees (guidanceFor). */
  departments?: readonly string[];
  /**
   * The learned second opinion's thresholds, or false for the rules alone. `disabled` may also name `model` (all of
   * it) or `model/<category>` (one category of it).
   */
  secondOpinion?: SecondOpinionOptions | false;
  /** The classifier to consult (tests); by default the built-in model, or none when it does not load. */
  classifier?: Classifier | null;
}

export interface AssessOptions {
  /** The language of messages; by default the language of the text. */
  lang?: Lang;
}

/** A finding before its message is rendered: what the engine keeps while it works. */
interface RawFinding {
  rule: Rule;
  messageId: string;
  options: ReportOptions;
  level: Level;
  source: FindingSource;
}

export const MAX_TEXT_LENGTH = 100_000;

const NEITHER_LANGUAGE: Record<Lang, string> = {
  en: "This text seems to be in neither English nor French: only the rules checked it, since the learned second opinion reads those two languages only.",
  fr: "Ce texte ne semble être ni en anglais ni en français : seules les règles l'ont vérifié, puisque le deuxième avis appris ne lit que ces deux langues.",
};

/** The text cannot be judged as given: the message says what is wrong. */
export class InputError extends BilingualError {
  override name = "InputError";
}

/** One activity of a batch (`Engine.assessAll`), with its own options. */
export interface BatchItem {
  activity: Activity;
  options?: AssessOptions;
}

export interface Engine {
  assess(activity: Activity, options?: AssessOptions): Assessment;
  assessAll(batch: readonly BatchItem[]): (Assessment | InputError)[];
  readonly rules: readonly Rule[];
}

export function createEngine(options: EngineOptions = {}): Engine {
  const disabled = new Set(options.disabled ?? []);
  const rules = (options.rules ?? RULES).filter((r) => !disabled.has(r.id));
  const compiled: CompiledLexicons = compileLexicons([...LEXICONS, ...(options.lexicons ?? [])]);
  for (const rule of rules) {
    for (const id of rule.lexicons) if (!compiled.ids.has(id)) throw new Error(`rule ${rule.id} reads the unknown lexicon "${id}"`);
    for (const id of rule.requires ?? []) if (!rule.lexicons.includes(id)) throw new Error(`rule ${rule.id} requires the lexicon "${id}" it does not read`);
  }
  for (const id of ABOUT_LEXICONS) if (!compiled.ids.has(id)) throw new Error(`the second opinion reads the unknown lexicon "${id}"`);
  const levels = options.levels ?? {};
  const extraContacts = options.contacts ?? [];
  const packDepartments = options.departments ?? [];
  const opinion = options.secondOpinion === false || disabled.has("model") ? undefined : (options.secondOpinion ?? SECOND_OPINION);
  const classifier = opinion === undefined ? null : options.classifier === undefined ? defaultClassifier() : options.classifier;
  const byCategory = modelRules(rules);
  for (const [category, rule] of byCategory) if (disabled.has(rule.id)) byCategory.delete(category);
  // Which rules run for which action, worked out once.
  const byAction = new Map(ACTIONS.map((a) => [a, rules.filter((r) => !r.actions || r.actions.includes(a))]));
  const textRulesFor = new Map(ACTIONS.map((a) => [a, byAction.get(a)!.filter((r) => r.stage !== "context")]));
  const contextRulesFor = new Map(ACTIONS.map((a) => [a, byAction.get(a)!.filter((r) => r.stage === "context")]));

  // Each rule's place in `rules`, and for each action whether it runs (text rules and context rules alike).
  const runsFor = new Map(ACTIONS.map((a) => [a, rules.map((r) => byAction.get(a)!.includes(r))]));

  /** One activity on its way through the rules: its view, its hits, and the findings so far. */
  interface Job {
    activity: Activity;
    action: Action;
    context: Context;
    view: TextView;
    hits: HitIndex;
    raw: RawFinding[];
    ctx: RuleContext<string>;
    /** The rule running now, which `report` files findings under. */
    current: Rule;
    /** Why the second opinion did not read the text, when it says so. */
    notice: string | undefined;
    /** For each rule of `rules`, whether it runs for this action. */
    runs: readonly boolean[];
  }

  /** The activity checked and its text's view: the first step, which an activity that cannot be judged stops at. */
  function read(activity: Activity): TextView {
    validate(activity);
    return normalize(activity.text);
  }

  function start(activity: Activity, view: TextView): Job {
    const action = activity.action ?? "post";
    const context: Context = activity.context ?? {};
    const hits = new HitIndex(matchLexicons(view, compiled), compiled.ids);
    const raw: RawFinding[] = [];
    let replyTo: RuleContext<string>["replyTo"];
    const answered = activity.inReplyTo;
    if (answered && answered.trim() !== "" && answered.length <= MAX_TEXT_LENGTH && (action === "reply" || action === "comment")) {
      const replyView = normalize(answered);
      replyTo = { view: replyView, hits: new HitIndex(matchLexicons(replyView, compiled), compiled.ids) };
    }
    // One context object serves every rule in turn: rules run synchronously and never keep it.
    const job: Job = {
      activity,
      action,
      context,
      view,
      hits,
      raw,
      current: rules[0]!,
      notice: undefined,
      runs: runsFor.get(action)!,
      ctx: {
        view,
        hits,
        // Activity's fields, written out: spreading the caller's object cost about half a microsecond.
        activity: { text: activity.text, action, inReplyTo: activity.inReplyTo, author: activity.author, context: activity.context },
        context,
        replyTo,
        findings: [],
        report(messageId, opts = {}) {
          const rule = job.current;
          if (!(messageId in rule.messages)) throw new Error(`rule ${rule.id}: unknown message id "${messageId}"`);
          raw.push({ rule, messageId, options: opts, level: levels[rule.id] ?? opts.level ?? rule.level, source: "rule" });
        },
      },
    };
    return job;
  }

  function run(job: Job, rule: Rule): void {
    if (!mayFind(rule, job.hits)) return;
    job.current = rule;
    rule.check(job.ctx);
  }

  /** Context rules read the text rules' findings: given to them once the text rules are done. */
  function toContextStage(job: Job): void {
    (job.ctx as { findings: RuleContext<string>["findings"] }).findings = job.raw.map((f) => ({ category: f.rule.category, level: f.level, rule: f.rule.id }));
  }

  /** The learned second opinion, once the rules are done: a finding of its own where it reads what they missed. */
  function secondOpinionOf(job: Job, assessOptions: AssessOptions): void {
    const { activity, action, context, view, hits, raw } = job;
    const lang = assessOptions.lang ?? view.lang;
    if (classifier && readable(view)) {
      if (neitherLanguage(view)) job.notice = NEITHER_LANGUAGE[lang];
      else {
        const found = new Set<Category>();
        for (const f of raw) if (f.level !== "appropriate") found.add(f.rule.category);
        const about = (c: Category) => isAbout(c, view, hits, context, activity.author !== undefined);
        const m = secondOpinion(classifier, activity.text, action, found, about, opinion, view.modelFold);
        const rule = m && byCategory.get(m.category);
        if (m && rule) {
          const confidence = lang === "fr" ? `${Math.round(m.probability * 100)} %` : `${Math.round(m.probability * 100)}%`;
          raw.push({ rule, messageId: "reads", options: { ...(m.span ? { span: m.span } : {}), data: { confidence } }, level: levels[rule.id] ?? m.level, source: "model" });
        }
      }
    }
  }

  function finish(job: Job, assessOptions: AssessOptions): Assessment {
    const { activity, context, view, raw, notice } = job;
    const full = job.ctx.activity;
    const lang = assessOptions.lang ?? view.lang;
    // Level, score, questions and contacts weigh every finding; only the findings listed are capped.
    const all = dedupe(raw, activity.text.length).sort(byPlaceThenLevel);
    const level = all.reduce<Level>((acc, f) => maxLevel(acc, f.level), "appropriate");
    const { score, factors } = riskScore(level, all, full, context, lang);
    const categories = new Set(all.filter((f) => f.level !== "appropriate").map((f) => f.rule.category));
    const { findings, omitted } = capped(all, lang, context.department ? [context.department, ...packDepartments] : packDepartments);
    const assessment: Assessment = {
      level,
      score,
      factors,
      findings,
      questions: questionsFor(categories, full, lang),
      contacts: all.length > 0 ? withExtraContacts(contactsFor(categories, context, lang), extraContacts, lang) : [],
      lang,
      textLang: view.lang,
    };
    if (omitted > 0) assessment.omitted = omitted;
    if (notice !== undefined) assessment.notice = notice;
    const rewrite = applyFixes(activity.text, raw, lang);
    if (rewrite !== undefined && rewrite.trim() !== "" && rewrite !== activity.text) assessment.rewrite = rewrite;
    return assessment;
  }

  function assess(activity: Activity, assessOptions: AssessOptions = {}): Assessment {
    const job = start(activity, read(activity));
    for (const rule of textRulesFor.get(job.action)!) run(job, rule);
    const contextRules = contextRulesFor.get(job.action)!;
    if (contextRules.length > 0) {
      toContextStage(job);
      for (const rule of contextRules) run(job, rule);
    }
    secondOpinionOf(job, assessOptions);
    return finish(job, assessOptions);
  }

  /**
   * `assess` of each item, the same answers (an activity that cannot be judged gets its InputError, and the others go
   * on), worked step by step and rule by rule over all of them instead of activity by activity: each step's code and
   * tables stay in the processor's caches while it reads many texts, where one text through every rule evicted them.
   * Measured on the bench's posts, 64 at a time: 15-18% less time than `assess` one by one.
   */
  function assessAll(batch: readonly BatchItem[]): (Assessment | InputError)[] {
    const out: (Assessment | InputError)[] = new Array<Assessment | InputError>(batch.length);
    const views: TextView[] = [];
    const at: number[] = [];
    for (let i = 0; i < batch.length; i++) {
      try {
        views.push(read(batch[i]!.activity));
        at.push(i);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        out[i] = e;
      }
    }
    const jobs = views.map((view, k) => start(batch[at[k]!]!.activity, view));
    const optionsOf = (k: number) => batch[at[k]!]!.options ?? {};
    const stage = (context: boolean) => {
      for (let r = 0; r < rules.length; r++) {
        const rule = rules[r]!;
        if ((rule.stage === "context") !== context) continue;
        for (const job of jobs) if (job.runs[r]) run(job, rule);
      }
    };
    stage(false);
    // As assess does: the text rules' findings are handed over only where a context rule will read them.
    for (const job of jobs) if (contextRulesFor.get(job.action)!.length > 0) toContextStage(job);
    stage(true);
    for (let k = 0; k < jobs.length; k++) secondOpinionOf(jobs[k]!, optionsOf(k));
    for (let k = 0; k < jobs.length; k++) out[at[k]!] = finish(jobs[k]!, optionsOf(k));
    return out;
  }

  return { assess, assessAll, rules };
}

/** A rule that requires lexicons the text does not hit cannot find anything there: it is not run. */
function mayFind(rule: Rule, hits: HitIndex): boolean {
  const required = rule.requires;
  if (required === undefined) return true;
  for (let k = 0; k < required.length; k++) if (hits.has(required[k]!)) return true;
  return false;
}

/** A pack's contact already named by the built-in ones (same words) is not listed twice. */
function withExtraContacts(builtIn: string[], extra: readonly Message[], lang: Lang): string[] {
  if (extra.length === 0) return builtIn;
  const out = [...builtIn];
  for (const c of extra) if (!out.includes(c[lang])) out.push(c[lang]);
  return out;
}

function validate(activity: Activity): void {
  if (typeof activity.text !== "string") throw new InputError({ en: "the text is missing: give the words to check", fr: "le texte manque : donnez les mots à vérifier" });
  if (activity.text.trim() === "") throw new InputError({ en: "the text is empty: there is nothing to check", fr: "le texte est vide : il n'y a rien à vérifier" });
  checkText(activity.text, { en: "the text", fr: "le texte" });
  // What a reply answers is read the same way, so it is held to the same bounds.
  if (activity.inReplyTo !== undefined) {
    if (typeof activity.inReplyTo !== "string") throw new InputError({ en: "inReplyTo must be the text being answered", fr: "inReplyTo doit être le texte auquel on répond" });
    checkText(activity.inReplyTo, { en: "the text being answered (inReplyTo)", fr: "le texte auquel on répond (inReplyTo)" });
  }
}

function checkText(text: string, what: { en: string; fr: string }): void {
  if (text.length > MAX_TEXT_LENGTH) {
    throw new InputError({
      en: `${what.en} is ${text.length} characters long; the most Impartial checks at once is ${MAX_TEXT_LENGTH}`,
      fr: `${what.fr} compte ${text.length} caractères; Impartial en vérifie au plus ${MAX_TEXT_LENGTH} à la fois`,
    });
  }
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (wellFormed && wellFormed.call(text)) return;
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  if (lone) {
    throw new InputError({
      en: `${what.en} has a broken character (a lone UTF-16 surrogate) at offset ${lone.index}`,
      fr: `${what.fr} contient un caractère brisé (un demi-code UTF-16 isolé) à la position ${lone.index}`,
    });
  }
}

/** The same rule reporting the same passage twice says it once; a context finding without a span is kept once per rule. */
function dedupe(raw: RawFinding[], textLength: number): RawFinding[] {
  // Keyed by rule, message and span as numbers (a string per finding made garbage of a long text's thousands); `out`
  // keeps the order in which each key was first seen.
  const seen = new Map<Rule, Map<string, Map<number, number>>>();
  let out: RawFinding[] = [];
  for (const f of raw) {
    const span = f.options.span;
    const place = span ? span[0] * (textLength + 1) + span[1] : -1;
    let byMessage = seen.get(f.rule);
    if (!byMessage) seen.set(f.rule, (byMessage = new Map()));
    let byPlace = byMessage.get(f.messageId);
    if (!byPlace) byMessage.set(f.messageId, (byPlace = new Map()));
    const at = byPlace.get(place);
    if (at === undefined) {
      byPlace.set(place, out.length);
      out.push(f);
    } else if (levelRank(f.level) > levelRank(out[at]!.level)) out[at] = f;
  }
  // The very same passage reported by two rules of one category at one level is said once, by the first rule (e.g.
  // "#VoteNDP" as a campaign call and as a party's hashtag): the reader sees one reason per passage and category.
  const samePlace = new Map<string, Map<number, Level>>();
  let twice: Set<RawFinding> | undefined;
  for (const f of out) {
    const span = f.options.span;
    if (!span) continue;
    let byPlace = samePlace.get(f.rule.category);
    if (!byPlace) samePlace.set(f.rule.category, (byPlace = new Map()));
    const place = span[0] * (textLength + 1) + span[1];
    if (byPlace.get(place) === f.level) (twice ??= new Set()).add(f);
    else if (!byPlace.has(place) || levelRank(f.level) > levelRank(byPlace.get(place)!)) byPlace.set(place, f.level);
  }
  if (twice) out = out.filter((f) => !twice.has(f));
  // A passage already reported at a higher level by another rule of the same category is not repeated lower. Swept
  // from the highest level down, each category's higher passages in a SpanSet: no finding is compared with every other.
  // Only a category found at two levels or more can hide anything.
  const levelsOf = new Map<string, Level>();
  const mixed = new Set<string>();
  for (const f of out) {
    const l = levelsOf.get(f.rule.category);
    if (l === undefined) levelsOf.set(f.rule.category, f.level);
    else if (l !== f.level) mixed.add(f.rule.category);
  }
  if (mixed.size === 0) return out;
  const byLevel = out.filter((f) => f.options.span !== undefined && mixed.has(f.rule.category)).sort((a, b) => levelRank(b.level) - levelRank(a.level));
  const higher = new Map<string, SpanSet>();
  const hidden = new Set<RawFinding>();
  for (let i = 0; i < byLevel.length; ) {
    let j = i;
    while (j < byLevel.length && byLevel[j]!.level === byLevel[i]!.level) j++;
    for (let k = i; k < j; k++) {
      const f = byLevel[k]!;
      if (higher.get(f.rule.category)?.covers(f.options.span!)) hidden.add(f);
    }
    for (let k = i; k < j; k++) {
      const f = byLevel[k]!;
      let set = higher.get(f.rule.category);
      if (!set) higher.set(f.rule.category, (set = new SpanSet(textLength)));
      set.add(f.options.span!);
    }
    i = j;
  }
  return hidden.size === 0 ? out : out.filter((f) => !hidden.has(f));
}

/** At most this many findings of one rule are listed: ordinary posts never come near it (issue 10). */
export const MAX_FINDINGS_PER_RULE = 20;
/** At most this many findings of one text are listed, the worst first, so that an answer's size is bounded. */
export const MAX_FINDINGS_PER_TEXT = 100;
/** A passage quoted in a message is cut to this many characters. */
export const MAX_QUOTE = 1_000;

/**
 * The findings listed, sorted, within the caps. The last finding listed of a rule that found more says how many more
 * (`more`, and a sentence in its message); `omitted` counts every finding left out.
 */
function capped(all: RawFinding[], lang: Lang, departments: readonly string[]): { findings: Finding[]; omitted: number } {
  if (all.length <= MAX_FINDINGS_PER_RULE) return { findings: all.map((f) => render(f, lang, departments)), omitted: 0 };
  const perRule = new Map<Rule, number>();
  const kept: RawFinding[] = [];
  const left = new Map<Rule, number>();
  for (const f of all) {
    const n = perRule.get(f.rule) ?? 0;
    perRule.set(f.rule, n + 1);
    if (n < MAX_FINDINGS_PER_RULE && kept.length < MAX_FINDINGS_PER_TEXT) kept.push(f);
    else left.set(f.rule, (left.get(f.rule) ?? 0) + 1);
  }
  const findings = kept.map((f) => render(f, lang, departments));
  for (let k = findings.length - 1; k >= 0 && left.size > 0; k--) {
    const more = left.get(kept[k]!.rule);
    if (more === undefined) continue;
    left.delete(kept[k]!.rule);
    const f = findings[k]!;
    f.more = more;
    f.message = `${f.message} ${moreLikeIt(more, lang)}`;
  }
  return { findings, omitted: all.length - kept.length };
}

/** "And 212 more like it." / « Et 212 autres semblables. » */
export function moreLikeIt(count: number, lang: Lang): string {
  if (lang === "fr") return count === 1 ? "Et 1 autre semblable." : `Et ${count} autres semblables.`;
  return `And ${count} more like it.`;
}

/** A finding in `lang`; its guidance is the rule's and the report's, a department's own rules kept for that department (guidanceFor). */
function render(f: RawFinding, lang: Lang, departments: readonly string[]): Finding {
  const template = f.rule.messages[f.messageId]!;
  const cited = f.options.guidance ? [...ruleGuidance(f.rule, lang), ...f.options.guidance.map((id) => guidanceRef(id, lang))] : ruleGuidance(f.rule, lang);
  const finding: Finding = {
    rule: f.rule.id,
    category: f.rule.category,
    level: f.level,
    message: formatMessage(template[lang], quotes(f.options.data), f.rule.id),
    guidance: guidanceFor(cited, departments),
    source: f.source,
  };
  if (f.options.span) finding.span = f.options.span;
  const suggestion = suggestionOf(f.options, lang);
  if (suggestion) finding.suggestion = suggestion;
  return finding;
}

/** The message's values with passages longer than MAX_QUOTE cut, so that a long text cannot make a long message. */
function quotes(data: Record<string, string> | undefined): Record<string, string> | undefined {
  if (data === undefined) return undefined;
  let long = false;
  for (const k in data) if (data[k]!.length > MAX_QUOTE) long = true;
  if (!long) return data;
  const out: Record<string, string> = {};
  for (const k in data) out[k] = data[k]!.length > MAX_QUOTE ? `${data[k]!.slice(0, MAX_QUOTE)}…` : data[k]!;
  return out;
}

function suggestionOf(options: ReportOptions, lang: Lang): string | undefined {
  if (options.suggestion) return options.suggestion[lang];
  const fix = options.fix;
  if (!fix) return undefined;
  if ("append" in fix) return lang === "fr" ? `Ajoutez : « ${fix.append.fr} »` : `Add: "${fix.append.en}"`;
  if (fix.replacement === "") return lang === "fr" ? "Retirez ce passage." : "Remove this passage.";
  return lang === "fr" ? `Remplacez par : « ${fix.replacement} »` : `Replace with: "${fix.replacement}"`;
}

/** A rule's own guidance, rendered once per language (shared, frozen: findings never change it). */
const ruleRefs = { en: new WeakMap<Rule, GuidanceRef[]>(), fr: new WeakMap<Rule, GuidanceRef[]>() };
function ruleGuidance(rule: Rule, lang: Lang): GuidanceRef[] {
  let refs = ruleRefs[lang].get(rule);
  if (!refs) {
    refs = rule.guidance.map((id) => guidanceRef(id, lang));
    ruleRefs[lang].set(rule, refs);
  }
  return refs;
}

function byPlaceThenLevel(a: RawFinding, b: RawFinding): number {
  if (a.level !== b.level) return levelRank(b.level) - levelRank(a.level);
  const sa = a.options.span ? a.options.span[0] : Number.MAX_SAFE_INTEGER;
  const sb = b.options.span ? b.options.span[0] : Number.MAX_SAFE_INTEGER;
  const ra = a.rule.id;
  const rb = b.rule.id;
  return sa - sb || (ra < rb ? -1 : ra > rb ? 1 : 0);
}

const BASE_SCORE: Record<Level, number> = { appropriate: 0, risky: 34, inappropriate: 67 };

/** Visibility and timing raise the risk within a level (PSC "Other considerations"; TBS "Be mindful of your role"). */
function riskScore(level: Level, findings: readonly RawFinding[], activity: Activity & { action: string }, context: Context, lang: Lang) {
  const factors: RiskFactor[] = [];
  const fr = lang === "fr";
  const political = findings.some((f) => (f.rule.category === "partisan" || f.rule.category === "criticism") && f.level !== "appropriate");
  const add = (factor: RiskFactor["factor"], weight: number, en: string, frText: string) => factors.push({ factor, weight, note: fr ? frText : en });
  if (context.identifiable) add("identifiable", 6, "your account shows you are a public servant", "votre compte montre que vous êtes fonctionnaire");
  const roleWeight = { employee: 0, manager: 4, executive: 8, "deputy-head": 12 } as const;
  if (context.role && roleWeight[context.role] > 0) {
    add("role", roleWeight[context.role], `a ${context.role} role carries more weight, visibility and scrutiny`, `un rôle de ${roleFr(context.role)} a plus de poids, de visibilité et attire plus l'attention`);
  }
  if (typeof context.followers === "number" && context.followers >= 500) {
    const weight = Math.min(12, Math.round(3 * Math.log10(context.followers / 100)));
    add("followers", weight, `${context.followers} followers widen the audience`, `${context.followers} personnes abonnées élargissent l'auditoire`);
  }
  if (context.electionPeriod && political) add("electionPeriod", 8, "it is an election period", "c'est une période électorale");
  if (context.workHours && findings.length > 0) add("workHours", 3, "during working hours", "pendant les heures de travail");
  if (context.governmentDevice && findings.length > 0) add("governmentDevice", 3, "on a government device", "sur un appareil du gouvernement");
  if ((activity.action === "share" || activity.action === "like") && findings.length > 0) {
    add("action", 3, `a ${activity.action} passes the content on as your endorsement`, `${activity.action === "like" ? "une mention « J'aime »" : "un partage"} transmet le contenu comme votre appui`);
  }
  if (level === "appropriate") {
    return { score: Math.min(33, factors.reduce((s, f) => s + Math.round(f.weight / 2), 0)), factors: findings.length > 0 ? factors : [] };
  }
  const worst = findings.filter((f) => f.level === level).length;
  const raw = BASE_SCORE[level] + Math.min(6, (worst - 1) * 3) + factors.reduce((s, f) => s + f.weight, 0);
  return { score: Math.min(level === "risky" ? 66 : 100, raw), factors };
}

function roleFr(role: string): string {
  return { employee: "employé ou employée", manager: "gestionnaire", executive: "cadre", "deputy-head": "administrateur général ou administratrice générale" }[role] ?? role;
}

/** Applies every concrete edit that does not overlap another; returns undefined when there is none. */
function applyFixes(text: string, raw: RawFinding[], lang: Lang): string | undefined {
  const edits: { span: [number, number]; replacement: string }[] = [];
  const appends: Message[] = [];
  const taken = new SpanSet(text.length);
  for (const f of raw) {
    const fix: Fix | undefined = f.options.fix;
    if (!fix) continue;
    if ("append" in fix) appends.push(fix.append);
    else if (!taken.overlaps(fix.span)) {
      taken.add(fix.span);
      edits.push({ span: fix.span, replacement: fix.replacement });
    }
  }
  if (edits.length === 0 && appends.length === 0) return undefined;
  // The edits do not overlap: the text is rebuilt once, in order, not copied once per edit.
  edits.sort((a, b) => a.span[0] - b.span[0]);
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.span[0]), e.replacement);
    at = Math.max(at, e.span[1]);
  }
  parts.push(text.slice(at));
  // Whitespace before punctuation goes; the lookbehind starts each try at the beginning of a run, so a long run is read once.
  let out = parts.join("").replace(/[ \t]{2,}/g, " ").replace(/(?<!\s)\s+([,.!?;:])/g, "$1").trim();
  for (const a of new Set(appends.map((m) => m[lang]))) out = `${out}${/[.!?]$/.test(out) ? "" : "."} ${a}`;
  return out;
}

/**
 * Identifies the rules as they stand: stored assessments made under another version are candidates for re-assessment.
 * A hash of every rule's id, level and guidance, and every lexicon's terms.
 */
export function rulesVersion(rules: readonly Rule[] = RULES, lexicons: readonly Lexicon[] = LEXICONS): string {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  };
  for (const r of rules) feed(`${r.id}|${r.level}|${r.guidance.join(",")};`);
  for (const l of lexicons) feed(`${l.id}:${l.terms.join("|")};`);
  // The second opinion judges too: a new model or new thresholds are a new version.
  feed(`model:${MODEL.version}:${SECOND_OPINION.risky}:${SECOND_OPINION.category}:${SECOND_OPINION.inappropriate};`);
  return (h >>> 0).toString(16).padStart(8, "0");
}

let defaultEngine: Engine | undefined;

/** Judges one activity with the built-in rules and lexicons, compiled once on first use. */
export function assess(activity: Activity, options?: AssessOptions): Assessment {
  defaultEngine ??= createEngine();
  return defaultEngine.assess(activity, options);
}

/** Judges a batch with the built-in rules and lexicons: `assess` of each, rule by rule over all (Engine.assessAll). */
export function assessAll(batch: readonly BatchItem[]): (Assessment | InputError)[] {
  defaultEngine ??= createEngine();
  return defaultEngine.assessAll(batch);
}

/** A judge of one activity that may also judge a batch at once (`all`), with the answers it gives one by one. */
export type Batchable = ((activity: Activity, options?: AssessOptions) => Assessment) & { all?: (batch: readonly BatchItem[]) => (Assessment | InputError)[] };

// The built-in judge's batch form, for callers handed `assess` itself as their judge.
(assess as Batchable).all = assessAll;

/**
 * Items a batch form judges at once (judgeEach): enough for each step's code to stay in the caches over many texts
 * (64 gave 15-18% less time than one by one on the bench's posts; 16 and 32 gave less). A batch's texts live until it is
 * done, and more garbage outlives the young generation: a scan peaks 25-42 MB higher than one by one
 * (docs/measurements.md, "Issue 15, fifth stop").
 */
export const JUDGED_AT_ONCE = 64;

/**
 * Each item judged: by the judge's batch form where it has one, JUDGED_AT_ONCE at a time, else one by one. Either way
 * an item the engine refuses gets its InputError in its place, and the others are judged.
 */
export function judgeEach(judge: Batchable, batch: readonly BatchItem[]): (Assessment | InputError)[] {
  const all = judge.all;
  if (all) {
    if (batch.length <= JUDGED_AT_ONCE) return all(batch);
    const out: (Assessment | InputError)[] = [];
    for (let i = 0; i < batch.length; i += JUDGED_AT_ONCE) out.push(...all(batch.slice(i, i + JUDGED_AT_ONCE)));
    return out;
  }
  return batch.map(({ activity, options }) => {
    try {
      return judge(activity, options);
    } catch (e) {
      if (e instanceof InputError) return e;
      throw e;
    }
  });
}

