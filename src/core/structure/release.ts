import type { Span } from "../model.js";
import type { TextView } from "../normalize.js";
import { execIn, firstGated, firstMatch, type Gated, holdsAny } from "./cheap.js";
import { perView } from "./memo.js";

/**
 * Whether a text speaks of something not yet made public, and whether it gives away what it holds. The guidance: only
 * post information that is already public (TBS, "keep posts factual and public"; CSPS, "don't overshare"); disclosing
 * non-public information is inappropriate (TBS, "Assessing the level of risk"); StatCan releases nothing before The
 * Daily (StatCan 2.6). Release cues are the tense and aspect of release verbs (will be announced, comes out tomorrow,
 * « sera annoncé », « qui sortent demain »), "not yet" and "before" frames, and embargoes, read on the folded text.
 */
export interface ReleaseReading {
  /** A release or announcement that has not happened yet ("announced next week", « avant la publication »). */
  pending: Span | undefined;
  /** An embargo named ("embargoed until 8:30", « sous embargo »). */
  embargo: Span | undefined;
  /** Words saying it is already out ("released last week", « publié hier », "now online"). */
  released: Span | undefined;
  /** What it holds, given away: a figure, an option, a verdict on it, or a copy offered ("I've got the speaking notes"). */
  content: Span | undefined;
  /** A nudge that one knows and should not say (🤫, psst, « entre nous »). */
  hint: Span | undefined;
  /** An offer of inside information ("inside scoop", "DM me for a preview", « vous l'avez lu ici en premier »). */
  inside: Span | undefined;
}

const RELEASE_VERB_EN = "(?:announc|releas|publish|tabl|unveil|launch|rolled out|roll out|made public|go(?:es)? live|drop)\\w*";
const DAY_EN = "(?:tomorrow|tonight|later today|next (?:week|month|year|monday|tuesday|wednesday|thursday|friday)|on (?:monday|tuesday|wednesday|thursday|friday)|this (?:afternoon|friday|week)|in (?:a|two|three|\\d+) (?:days?|weeks?))";
const DAY_FR = "(?:demain|ce soir|lundi|mardi|mercredi|jeudi|vendredi|la semaine prochaine|le mois prochain|l'an prochain|bientot|sous peu|dans (?:deux|trois|\\d+) (?:jours|semaines))";

/** Future or pending release, in the folded text (lower case, no accents, straight apostrophes). Bounded gaps only. */
/** Release verbs and the words of "not yet", each alternative with the words it cannot match without (see firstGated). */
const R_EN = ["announc", "releas", "publish", "publication", "tabl", "unveil", "launch", "roll", "made", "live", "drop", "come", "comes", "coming", "out"];
const R_EN_PUBLIC = [...R_EN, "public", "official"];
const FR_VERBS = ["sort", "sortir", "sortent", "sortira", "sortiront", "annonc", "publi", "depos", "devoil", "diffus", "rendu", "lanc", "offici", "parai", "parait", "paraissent", "l'annonce"];
const DAYS_EN = ["tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "next"];
const FR_DATA = ["chiffres", "donnees", "estimations", "resultats", "statistiques", "taux", "annonce", "budget", "rapport", "indice"];
const NOT_YET = ["out", "public", "announced", "released", "published", "tabled"];
const PENDING: Gated[] = [
  [R_EN, new RegExp(`\\b(?:will|'ll|gonna|going to|set to|about to|due to|expected to|scheduled to)\\s+(?:be\\s+|get\\s+)?(?:${RELEASE_VERB_EN}|come out|go out)`)],
  [R_EN, new RegExp(`\\b(?:comes? out|coming out|(?:announcement|release|tabling|launch|unveiling|publication)s?\\s+(?:is|are|will be|comes?)|${RELEASE_VERB_EN}|out)\\s+(?:\\w+\\s+){0,2}${DAY_EN}\\b`)],
  [R_EN_PUBLIC, new RegExp(`\\b(?:before|until|till) (?:it'?s|it is|it gets|they'?re|they are|they get|the|its|their) (?:${RELEASE_VERB_EN}|public|out|official)`)],
  [R_EN_PUBLIC, new RegExp(`\\bwhen (?:it|they|this|that|the \\w+) (?:comes? out|goes? (?:out|live|public)|(?:is|are|gets?) (?:${RELEASE_VERB_EN}|made public))`)],
  [FR_VERBS, new RegExp(`\\bquand (?:ca|ce|il|elle|ils|elles|le \\w+|la \\w+) (?:va |vont )?(?:sortir|sortira|sortiront|sort|sortent|sera (?:annonce|publie|depose|rendu public|devoile)\\w*)`)],
  [DAYS_EN, new RegExp(`\\b(?:tomorrow's|monday's|tuesday's|wednesday's|thursday's|friday's|next week's|next month's)\\s+(?:\\w+\\s+){0,2}(?:numbers|data|figures|report|release|announcement|budget|results|estimates|stats)\\b`)],
  [FR_DATA, new RegExp(`\\b(?:chiffres|donnees|estimations|resultats|statistiques|taux|annonce|budget|rapport|indice)\\s+(?:\\w+\\s+){0,3}(?:de |du |d')?${DAY_FR}\\b`)],
  [NOT_YET, new RegExp(`\\bnot (?:yet )?(?:out|public|announced|released|published|tabled)(?: yet)?\\b`)],
  [NOT_YET, new RegExp(`\\b(?:isn't|aren't|hasn't been|haven't been) (?:out|public|announced|released|published|tabled)(?: yet)?\\b`)],
  [FR_VERBS, new RegExp(`\\b(?:va|vont|sera|seront|devrait|devraient|doit|doivent|s'en vient|s'en viennent)\\s+(?:etre\\s+|se faire\\s+)?(?:sortir|sorti|annonce|publie|depose|devoile|diffuse|rendu public|rendue publique|lance|officialise)\\w*`)],
  [FR_VERBS, new RegExp(`\\b(?:sort|sortent|sortira|sortiront|parait|paraitra|paraissent|annonce\\w*|publie\\w*|depose\\w*|devoile\\w*|diffuse\\w*|l'annonce est|la publication est|la diffusion est)\\s+(?:\\w+\\s+){0,2}${DAY_FR}\\b`)],
  [["avant"], new RegExp(`\\bavant (?:la publication|l'annonce|le depot|la diffusion|la sortie|le lancement|que (?:ce |ca |ce soit |ca soit |ce ne soit |ca ne soit )?(?:sorte|soit public|soit annonce|soit publie|devienne public))`)],
  [["encore"], new RegExp(`\\bpas encore (?:public|publique|publie|publiee|sorti|sortie|annonce|annoncee|diffuse|officiel)\\w*`)],
];
const EMBARGO = /\b(?:embargo(?:ed)?|sous embargo|under embargo|embargue\w*)\b/;
/** Already out: said in the past or as available now. */
const RELEASED = [
    `\\b(?:was|were|has been|have been|got|just|finally) (?:${RELEASE_VERB_EN}|out)`,
    `\\bcame out\\b`,
    `\\b(?:is|are) (?:now )?(?:out|online|live|available|public)\\b`,
    `\\b(?:out now|now (?:out|online|live|available|public))\\b`,
    `\\b(?:released|announced|published|tabled|unveiled) (?:last|yesterday|this morning|earlier|today)\\b`,
    `\\b(?:a|ont) ete (?:annonce|publie|depose|devoile|diffuse|rendu)\\w*`,
    `\\b(?:est|sont) (?:maintenant |enfin )?(?:sorti|en ligne|public|publie|disponible)\\w*`,
    `\\b(?:publie|annonce|depose|diffuse|devoile|sorti)e?s? (?:hier|ce matin|la semaine derniere|aujourd'hui|plus tot)\\b`,
    `\\bdeja (?:public|publique|sorti|sortie|en ligne|publie)\\w*`,
].map((p) => new RegExp(p));
/** A time of day is a schedule, not a figure: "8:30", « 8 h 30 », "10 am". */
const TIME = /^\d{1,2}(?:\s?[:h]\s?\d{2})?\s?(?:am|pm|h)?$/;
/**
 * What a non-public thing holds, given away: a figure with its unit, an option, the verdict one already knows, a copy in
 * hand or its parts (slides, speaking notes, scenarios), what a draft says.
 */
const CONTENT = new RegExp(
  [
    `(?:\\$\\s?\\d|\\b\\d[\\d,.]*\\s?(?:%|\\$|m\\b|k\\b|g\\$|m\\$|millions?|milliards?|billions?|soldats|soldiers|troops|jobs|emplois|postes|positions|people|personnes|employees|employes|fonctionnaires))`,
    `\\boption [a-d1-4]\\b`,
    `\\b(?:controversial|controverse\\w*|bad news|good news|won't be pretty|brutal|massive|huge cuts|cuts|layoffs|coupes|compressions|mises a pied|catastroph\\w*|depasse\\w*|exceeds?|surpass\\w*|record)\\b`,
    `\\b(?:i'?ve got|i have|i got|j'ai|on a) (?:the |les |le |la |a |an |une |un )?(?:copy|copie|speaking notes|notes d'allocution|deck|slides|memo|draft|ebauche|document|numbers|chiffres|details|details|list|liste)`,
    `\\b(?:slides? \\d|speaking notes|notes d'allocution|cost scenarios|scenarios de couts|the draft says|the memo says|le document de travail|la note interne|note interne|internal memo|cabinet memo|memoire au cabinet|the numbers are|les chiffres sont)\\b`,
  ].join("|"),
);
/** What a draft or memo is said to hold ("the draft says", « la note dit que »). */
const REPORTS_CONTENT = /\b(?:says|say|shows|show|recommends|proposes|suggests|reveals|confirms|dit|disent|montre|montrent|propose|recommande|prevoit|revele|confirme)\b/;
const HINT = /(?:🤫|🤐|\bpsst\b|\bshh+\b|\bchut\b|\bentre nous\b|\bbetween us\b|\bkeep (?:it|this) quiet\b|\bget ready\b|\bpreparez[- ]vous\b|\bpreparez vos\b|\bbrace yourselves\b|\bstay tuned\b.*🤫)/u;
const INSIDE = /\b(?:inside scoop|insider info\w*|inside info\w*|the scoop|le scoop|un scoop|a preview|un apercu|sneak peek|sneak preview|first look|avant-gout|heard it here first|read it here first|lu ici en premier|su ici en premier|appris ici en premier|dm me for|dm me if you want|ecrivez-moi pour|ecris-moi pour|texte-moi pour)\b/;

function spanOf(view: TextView, m: RegExpExecArray | null): Span | undefined {
  if (!m) return undefined;
  return [view.offsets[m.index]!, view.offsets[m.index + m[0].length]!];
}

/** The first figure-or-other content cue that is not a time of day. */
function contentIn(view: TextView): Span | undefined {
  const re = new RegExp(CONTENT.source, "g");
  for (let m = re.exec(view.folded), seen = 0; m !== null && seen < 32; m = re.exec(view.folded), seen++) {
    if (TIME.test(m[0].trim())) continue;
    return spanOf(view, m);
  }
  return undefined;
}

/** Words without one of which no release cue, preview offer or hint can be read (see holdsAny). */
const RELEASE_WORDS = ["announc", "releas", "publi", "tabl", "unveil", "launch", "roll", "live", "drop", "come", "coming", "not", "isn't", "aren't", "hasn't", "haven't", "before", "until", "till", "when", "sort", "parai", "annonc", "depos", "devoil", "diffus", "lance", "officiel", "official", "avant", "embarg", "quand", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "next", "chiffres", "donnees", "estimations", "resultats", "statistiques", "taux", "budget", "rapport", "indice", "va", "vont", "sera", "seront", "devrait", "devraient", "doit", "doivent", "vient", "viennent", "pas", "will", "gonna", "going", "set", "about", "due", "expected", "scheduled", "ll", "tonight", "later", "week", "weeks", "days", "afternoon", "made", "public", "this"];
const INSIDE_WORDS = ["scoop", "insider", "inside", "preview", "sneak", "first", "apercu", "avant-gout", "premier", "dm me", "ecri", "texte-moi"];
const HINT_WORDS = ["🤫", "🤐", "psst", "shh", "chut", "entre nous", "between us", "quiet", "get ready", "prepar", "brace"];

export const releaseOf = perView((view: TextView): ReleaseReading => {
  const f = view.folded;
  const releaseWords = holdsAny(view, RELEASE_WORDS);
  const pending = releaseWords ? spanOf(view, firstGated(view, PENDING, f)) : undefined;
  const embargo = releaseWords ? spanOf(view, execIn(view, EMBARGO, f)) : undefined;
  const inside = holdsAny(view, INSIDE_WORDS) ? spanOf(view, execIn(view, INSIDE, f)) : undefined;
  // Whether it is out already matters only beside a release cue or an offer of it.
  const released = releaseWords && (pending || embargo || inside) ? spanOf(view, firstMatch(view, RELEASED, f)) : undefined;
  const content = pending || embargo || inside ? contentIn(view) : undefined;
  const hint = pending || embargo || inside ? (holdsAny(view, HINT_WORDS) ? spanOf(view, execIn(view, HINT, f)) : undefined) : undefined;
  return { pending, embargo, released, content, hint, inside };
});

/** Whether a text says something is out already ("released last week", « publié hier »), asked apart from a release cue. */
export const alreadyOut = perView((view: TextView): boolean => (firstMatch(view, RELEASED, view.folded) !== null));

/** Whether a text says what an internal document holds ("the draft says", « la note interne propose »). */
export const reportsContent = perView((view: TextView): boolean => REPORTS_CONTENT.test(view.folded));
