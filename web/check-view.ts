export { langOfPath } from "./site.js";
export { citation } from "../src/core/guidance/corpus.js";
import { electionsAt, type ElectionEvent } from "../src/core/elections.js";
import type { Province } from "./profile.js";
import { ACTIONS, levelRank, type Action, type Finding, type Lang, type Level, type Role } from "../src/core/model.js";

/** Every string of the Check page, in both official languages: the same keys in each, checked by a test. */
export const PAGE_STRINGS = {
  en: {
    draftLabel: "Your draft",
    draftHint: "For a like or a share, paste the content you would like or share. For a follow, the account's name.",
    actionLabel: "What you plan to do",
    actions: { post: "Post", comment: "Comment", reply: "Reply", share: "Share", like: "Like", follow: "Follow", profile: "Profile bio" } satisfies Record<Action, string>,
    contextLegend: "About you (remembered in this browser only, used by every page)",
    nowLegend: "Right now (not remembered)",
    replyToLabel: "The post you are answering (optional)",
    replyToHint: "Paste it so your words are judged with what they answer.",
    authorLabel: "Who wrote what you share, like or answer (optional)",
    authorHint: "Their handle, such as @name: sharing a party's or a leader's post is engaging with partisan content, whatever its words.",
    provinceLabel: "Province or territory where you live",
    provinceNone: "Not said",
    followersError: "Write the number of followers in digits, such as 250 or 2k.",
    electionNone: "No federal, provincial or territorial election period is under way today, according to the built-in calendar.",
    electionNow: "An election period is under way today: {names}. The check takes it into account.",
    electionNotMine: "This provincial or territorial election is not where I live",
    electionOther: "Another election is under way where I live (a by-election or a municipal election)",
    todo: {
      none: "Nothing in the guidance stands against this. Post it if you are comfortable with it.",
      appropriate: "Nothing stands against this, but read the notes below before you post.",
      risky: "Think twice before you post: read why below, ask yourself the questions, and ask if you are unsure.",
      inappropriate: "Do not post this as it is: read why below, use the safer version if there is one, or ask first.",
    },
    factorsHeading: "What raises the risk here",
    factorsNone: "Nothing in your situation raises it further.",
    seeWhy: "See why",
    summaryLabel: "Verdict summary",
    undoRewrite: "Undo: bring back my draft",
    rewriteUndone: "Your draft is back.",
    identifiable: "My account shows that I work for the public service",
    roleLabel: "Your role",
    roles: { employee: "Employee", manager: "Manager", executive: "Executive", "deputy-head": "Deputy head" } satisfies Record<Role, string>,
    followersLabel: "Followers (about how many)",
    workHours: "I am working (on duty) right now",
    governmentDevice: "I am using a government device or network",
    authorized: "I am authorized to post about this work",
    colon: ": ",
    verdictHeading: "Verdict",
    verdictEmpty: "Type a draft to see its level.",
    levelPrefix: "Level:",
    level: { appropriate: "appropriate", risky: "risky", inappropriate: "inappropriate" } satisfies Record<Level, string>,
    draftShownHeading: "Your draft, with the passages of concern marked",
    findingsHeading: "Why",
    noFindings: "Nothing in the guidance stands against this.",
    aboutContext: "about the context, not a passage",
    guidance: "Guidance",
    suggestion: "Suggestion",
    questionsHeading: "Questions to ask yourself",
    contactsHeading: "If you are unsure, talk to",
    rewriteHeading: "A safer version",
    applyRewrite: "Use this version",
    rewriteApplied: "The safer version replaced your draft.",
    unofficial: "French quotations of the guidance are unofficial translations.",
    error: "This draft cannot be checked:",
  },
  fr: {
    draftLabel: "Votre ébauche",
    draftHint: "Pour un « j'aime » ou un partage, collez le contenu visé. Pour un abonnement, le nom du compte.",
    actionLabel: "Ce que vous comptez faire",
    actions: { post: "Publier", comment: "Commenter", reply: "Répondre", share: "Partager", like: "Aimer", follow: "Suivre", profile: "Biographie du profil" } satisfies Record<Action, string>,
    contextLegend: "À votre sujet (mémorisé dans ce navigateur seulement, utilisé par toutes les pages)",
    nowLegend: "En ce moment (non mémorisé)",
    replyToLabel: "La publication à laquelle vous répondez (facultatif)",
    replyToHint: "Collez-la pour que vos mots soient jugés avec ce à quoi ils répondent.",
    authorLabel: "Qui a écrit ce que vous partagez, aimez ou commentez (facultatif)",
    authorHint: "Son identifiant, comme @nom : partager la publication d'un parti ou d'un chef, c'est interagir avec du contenu partisan, quels qu'en soient les mots.",
    provinceLabel: "Province ou territoire où vous habitez",
    provinceNone: "Non précisé",
    followersError: "Écrivez le nombre de personnes abonnées en chiffres, par exemple 250 ou 2k.",
    electionNone: "Aucune période électorale fédérale, provinciale ou territoriale n'est en cours aujourd'hui, selon le calendrier intégré.",
    electionNow: "Une période électorale est en cours aujourd'hui : {names}. La vérification en tient compte.",
    electionNotMine: "Cette élection provinciale ou territoriale n'a pas lieu là où j'habite",
    electionOther: "Une autre élection a lieu là où j'habite (élection partielle ou municipale)",
    todo: {
      none: "Rien dans les lignes directrices ne s'y oppose. Publiez si vous êtes à l'aise.",
      appropriate: "Rien ne s'y oppose, mais lisez les remarques ci-dessous avant de publier.",
      risky: "Réfléchissez avant de publier : lisez pourquoi ci-dessous, posez-vous les questions et demandez conseil en cas de doute.",
      inappropriate: "Ne publiez pas ceci tel quel : lisez pourquoi ci-dessous, utilisez la version plus sûre s'il y en a une, ou demandez d'abord.",
    },
    factorsHeading: "Ce qui augmente le risque ici",
    factorsNone: "Rien dans votre situation ne l'augmente davantage.",
    seeWhy: "Voir pourquoi",
    summaryLabel: "Résumé du verdict",
    undoRewrite: "Annuler : rétablir mon ébauche",
    rewriteUndone: "Votre ébauche est rétablie.",
    identifiable: "Mon compte indique que je travaille dans la fonction publique",
    roleLabel: "Votre rôle",
    roles: { employee: "Employé ou employée", manager: "Gestionnaire", executive: "Cadre", "deputy-head": "Administrateur général ou administratrice générale" } satisfies Record<Role, string>,
    followersLabel: "Personnes abonnées (nombre approximatif)",
    workHours: "Je suis au travail (en service) en ce moment",
    governmentDevice: "J'utilise un appareil ou un réseau du gouvernement",
    authorized: "Je suis autorisé ou autorisée à publier sur ce travail",
    colon: " : ",
    verdictHeading: "Verdict",
    verdictEmpty: "Tapez une ébauche pour voir son niveau.",
    levelPrefix: "Niveau :",
    level: { appropriate: "approprié", risky: "risqué", inappropriate: "inapproprié" } satisfies Record<Level, string>,
    draftShownHeading: "Votre ébauche, avec les passages préoccupants marqués",
    findingsHeading: "Pourquoi",
    noFindings: "Rien dans les lignes directrices ne s'y oppose.",
    aboutContext: "à propos du contexte, pas d'un passage",
    guidance: "Lignes directrices",
    suggestion: "Suggestion",
    questionsHeading: "Questions à vous poser",
    contactsHeading: "En cas de doute, adressez-vous à",
    rewriteHeading: "Une version plus sûre",
    applyRewrite: "Utiliser cette version",
    rewriteApplied: "La version plus sûre a remplacé votre ébauche.",
    unofficial: "Les citations françaises des lignes directrices sont des traductions non officielles.",
    error: "Cette ébauche ne peut pas être vérifiée :",
  },
} as const;

export type PageStrings = (typeof PAGE_STRINGS)[Lang];

/** One piece of the draft as shown back: plain, or marked with the worst level of the findings covering it. */
export interface DraftSegment {
  text: string;
  level?: Level;
}

/** Splits the draft at the findings' spans; where spans overlap, the worse level marks the passage. */
export function highlightSegments(text: string, findings: readonly Pick<Finding, "span" | "level">[]): DraftSegment[] {
  const spans = findings
    .flatMap((f) => (f.span ? [{ start: Math.max(0, f.span[0]), end: Math.min(text.length, f.span[1]), level: f.level }] : []))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: DraftSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    let level: Level | undefined;
    for (const s of spans) if (s.start <= start && s.end >= end && (level === undefined || levelRank(s.level) > levelRank(level))) level = s.level;
    const last = segments[segments.length - 1];
    if (last && last.level === level) last.text += text.slice(start, end);
    else segments.push(level ? { text: text.slice(start, end), level } : { text: text.slice(start, end) });
  }
  return segments;
}

/** What a page session keeps while the tab is open, so the language toggle carries it to the other language's page. */
export interface CheckSession {
  draft: string;
  action: Action;
  inReplyTo: string;
  /** The handle of whoever wrote what is shared, liked or answered; absent from sessions saved before it existed. */
  author?: string;
}

export const SESSION_KEY = "impartial.check.session";

export function parseCheckSession(stored: string | null): CheckSession | undefined {
  if (!stored) return undefined;
  try {
    const o = JSON.parse(stored) as Partial<CheckSession>;
    if (typeof o.draft !== "string" || typeof o.inReplyTo !== "string" || !(ACTIONS as readonly unknown[]).includes(o.action)) return undefined;
    return { draft: o.draft, action: o.action as Action, inReplyTo: o.inReplyTo, ...(typeof o.author === "string" ? { author: o.author } : {}) };
  } catch {
    return undefined;
  }
}

/**
 * The election periods a check made today falls in: federal ones always; provincial and territorial ones of the
 * person's province when the profile names it, of any province when it does not, and none when they say the one
 * under way is not theirs.
 */
export function electionsForCheck(date: Date, province: Province | undefined, notMyProvince: boolean): ElectionEvent[] {
  const jurisdictions = notMyProvince ? ["federal"] : province ? ["federal", province] : undefined;
  return electionsAt(date, jurisdictions ? { jurisdictions } : {});
}
