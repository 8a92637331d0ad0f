export { langOfPath } from "./site.js";
export { citation } from "../src/core/guidance/corpus.js";
import { ACTIONS, levelRank, ROLES, type Action, type Context, type Finding, type Lang, type Level, type Role } from "../src/core/model.js";

/** Every string of the Check page, in both official languages: the same keys in each, checked by a test. */
export const PAGE_STRINGS = {
  en: {
    draftLabel: "Your draft",
    draftHint: "For a like or a share, paste the content you would like or share. For a follow, the account's name.",
    actionLabel: "What you plan to do",
    actions: { post: "Post", comment: "Comment", reply: "Reply", share: "Share", like: "Like", follow: "Follow", profile: "Profile bio" } satisfies Record<Action, string>,
    contextLegend: "About you (remembered in this browser only)",
    identifiable: "My account shows that I work for the public service",
    roleLabel: "Your role",
    roles: { employee: "Employee", manager: "Manager", executive: "Executive", "deputy-head": "Deputy head" } satisfies Record<Role, string>,
    followersLabel: "Followers (about how many)",
    departmentLabel: "Department",
    departmentNone: "Other or not listed",
    electionPeriod: "An election period is under way",
    workHours: "I am working (on duty) right now",
    governmentDevice: "I am using a government device or network",
    authorized: "I am authorized to post about this work",
    colon: ": ",
    verdictHeading: "Verdict",
    verdictEmpty: "Type a draft to see its level.",
    levelPrefix: "Level:",
    level: { appropriate: "appropriate", risky: "risky", inappropriate: "inappropriate" } satisfies Record<Level, string>,
    score: "Risk score within the level",
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
    contextLegend: "À votre sujet (mémorisé dans ce navigateur seulement)",
    identifiable: "Mon compte indique que je travaille dans la fonction publique",
    roleLabel: "Votre rôle",
    roles: { employee: "Employé ou employée", manager: "Gestionnaire", executive: "Cadre", "deputy-head": "Administrateur général ou administratrice générale" } satisfies Record<Role, string>,
    followersLabel: "Abonnés (nombre approximatif)",
    departmentLabel: "Ministère",
    departmentNone: "Autre ou absent de la liste",
    electionPeriod: "Une période électorale est en cours",
    workHours: "Je suis au travail (en service) en ce moment",
    governmentDevice: "J'utilise un appareil ou un réseau du gouvernement",
    authorized: "Je suis autorisé ou autorisée à publier sur ce travail",
    colon: " : ",
    verdictHeading: "Verdict",
    verdictEmpty: "Tapez une ébauche pour voir son niveau.",
    levelPrefix: "Niveau :",
    level: { appropriate: "approprié", risky: "risqué", inappropriate: "inapproprié" } satisfies Record<Level, string>,
    score: "Cote de risque dans le niveau",
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

/** What the page remembers between visits: the action and the context controls, never the draft. */
export interface Profile {
  action: Action;
  context: Context;
}

export const PROFILE_KEY = "impartial.profile";

/** Reads a stored profile, keeping only the values the engine accepts: a stale or edited entry never breaks the page. */
export function parseProfile(stored: string | null): Profile {
  const profile: Profile = { action: "post", context: {} };
  if (!stored) return profile;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return profile;
  }
  if (typeof value !== "object" || value === null) return profile;
  const o = value as { action?: unknown; context?: unknown };
  if ((ACTIONS as readonly unknown[]).includes(o.action)) profile.action = o.action as Action;
  const c = (typeof o.context === "object" && o.context !== null ? o.context : {}) as Record<string, unknown>;
  for (const key of ["identifiable", "electionPeriod", "workHours", "governmentDevice", "authorized"] as const) {
    if (typeof c[key] === "boolean") profile.context[key] = c[key];
  }
  if ((ROLES as readonly unknown[]).includes(c.role)) profile.context.role = c.role as Role;
  if (typeof c.followers === "number" && Number.isInteger(c.followers) && c.followers >= 0) profile.context.followers = c.followers;
  if (typeof c.department === "string" && /^[a-z0-9-]{1,32}$/.test(c.department)) profile.context.department = c.department;
  return profile;
}

/** The followers box as a number: blank or unreadable means "not said", not zero. */
export function parseFollowers(raw: string): number | undefined {
  const digits = raw.replace(/[\s,.\u00a0\u202f]/g, "");
  if (!/^\d{1,10}$/.test(digits)) return undefined;
  return Number(digits);
}

