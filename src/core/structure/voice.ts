import type { Span } from "../model.js";
import type { TextView } from "../normalize.js";
import { execIn, firstMatch, holdsAny } from "./cheap.js";
import { perView } from "./memo.js";

/**
 * Whose voice a text speaks in: a label that makes it look official, the writer naming their GC job to lend weight to
 * what follows, and the writer describing their own current work. From the guidance: personal posts must not look
 * official or speak on behalf of the employer without authorization (TBS, "Official capacity"); posts specifically
 * about one's current work must be authorized, factual and public (TBS). Read on the folded text, bounded gaps (issue 10).
 */
export interface VoiceReading {
  /** "OFFICIAL UPDATE:", « Mise à jour officielle », "official statement from …". */
  officialLabel: Span | undefined;
  /** The writer names their GC job ("je suis agente à Service Canada", "as a director at Health Canada", "as someone who works in federal …"). */
  employee: Span | undefined;
  /** The writer tells readers what to do or believe on that strength ("je vous le dis", "trust me", "take it from me"). */
  authority: Span | undefined;
  /** The writer describes their own current work ("the deck I'm presenting to the DM", « mon équipe a développé », "my own program"). */
  ownWork: Span | undefined;
}

const OFFICIAL_LABEL = /\b(?:official (?:update|statement|announcement|notice|news|release|communication|position|word)|mise a jour officielle|declaration officielle|communique officiel|annonce officielle|avis officiel|position officielle)\b/;
const ROLE = "(?:agent|agente|officer|director|directeur|directrice|manager|gestionnaire|analyst|analyste|advisor|conseiller|conseillere|inspector|inspecteur|inspectrice|auditor|verificateur|verificatrice|economist|economiste|scientist|scientifique|employee|employe|employee|fonctionnaire|public servant|adjoint|adjointe|coordonnateur|coordonnatrice|chef|team lead|spokesperson|porte-parole|policy analyst|program officer|agent de programme|agente de programme|collections officer|cadre|executive|dg|dm|adm|sma)";
const EMPLOYEE = [
    `\\b(?:(?:as an?|as the|speaking as an?|en tant que|comme|je suis|j'suis|chu|i'?m an?|i am an?)\\s+|en tant qu')(?:\\w+\\s+){0,2}${ROLE}\\s+(?:(?:a|au|a la|aux|chez|at|for|with|in|de|du|of)\\s+)`,
    `\\b(?:je travaille|j'travaille|i work|i'?ve worked)\\s+(?:a|au|a la|aux|pour|chez|at|for|in)\\s+(?:le |la |l')?`,
    `\\b(?:as (?:someone|somebody|a person) who works (?:in|at|for)|moi qui travaille (?:a|au|pour|dans))\\s+`,
].map((p) => new RegExp(p));
/** What follows the job to make it an institutional claim: a GC body, "federal", "government". */
const GC_AFTER = /^(?:\w+\s+){0,3}?(?:l'|le |la |les )?(?:service canada|health canada|sante canada|statistics canada|statistique canada|statcan|cra|arc|esdc|edsc|ircc|cbsa|asfc|transport canada|transports canada|environment and climate change canada|environnement et changement climatique canada|eccc|dfo|mpo|dnd|mdn|defen[cs]e|pspc|spac|tbs|sct|psc|cfp|the (?:federal )?government|le gouvernement|gouvernement (?:du canada|federal)|federal\w*|the department|the ministry|le ministere|\w+ canada)\b/;
const AUTHORITY = /\b(?:je vous (?:le )?dis|je te (?:le )?dis|croyez-moi|crois-moi|fiez-vous a moi|i'?m telling you|i can tell you|trust me|take it from me|believe me|i only trust|je peux vous dire|je vous confirme|i can confirm)\b/;
/** What a team at work builds or drafts: a thing of policy or of a program, not a snow fort. */
const WORK_THING = "(?:model|modele|tool|outil|system|systeme|policy|politique|app|application|dashboard|tableau de bord|algorithm|algorithme|prototype|program|programme|framework|cadre|strategy|strategie|regulations?|reglements?|submission|memo|memoire|note|briefing|breffage|proposal|proposition|options?)\\b";
const OWN_WORK = [
    `\\b(?:i'?m|i am|we'?re|we are)\\s+(?:presenting|briefing|drafting|writing|finalizing|finalising|reviewing|designing|building|developing)\\s+(?:\\w+\\s+){0,4}(?:deck|memo|briefing|submission|policy|program|proposal|options?|regulations?|framework|strategy|model|report|analysis)\\b`,
    `\\b(?:deck|memo|briefing note|submission|slides|presentation)\\s+(?:i'?m|i am|we'?re|we are)\\s+(?:presenting|drafting|writing|giving|finalizing|finalising)`,
    `\\b(?:my|our) own (?:program|programme|policy|file|files|project|department)\\b`,
    `\\b(?:mon|notre) (?:equipe|unite|direction) (?:a|vient de|va) (?:developpe|concu|cree|bati|redige|prepare|developper|concevoir|creer|rediger|preparer)\\w*\\s+(?:\\w+\\s+){0,3}${WORK_THING}`,
    `\\b(?:my|our) (?:team|unit|branch|directorate) (?:built|developed|designed|drafted|wrote|is building|is developing|is drafting)\\s+(?:\\w+\\s+){0,3}${WORK_THING}`,
    `\\b(?:je (?:presente|redige|prepare|finalise|travaille sur)|on (?:presente|redige|prepare|finalise|travaille sur))\\s+(?:\\w+\\s+){0,4}(?:memoire|note|presentation|breffage|politique|programme|proposition|options?|reglement|strategie|modele|rapport|analyse|dossier)\\b`,
].map((p) => new RegExp(p));

function spanOf(view: TextView, m: RegExpExecArray | null): Span | undefined {
  return m ? [view.offsets[m.index]!, view.offsets[m.index + m[0].length]!] : undefined;
}

/** Words each reading needs one of (see holdsAny). */
const LABEL_WORDS = ["official", "officiel"];
const EMPLOYEE_WORDS = ["agent", "agente", "officer", "director", "directeur", "directrice", "manager", "gestionnaire", "analyst", "analyste", "advisor", "conseiller", "conseillere", "inspector", "inspecteur", "inspectrice", "auditor", "verificateur", "verificatrice", "economist", "economiste", "scientist", "scientifique", "employee", "employe", "fonctionnaire", "servant", "adjoint", "adjointe", "coordonnateur", "coordonnatrice", "chef", "lead", "spokesperson", "porte-parole", "cadre", "executive", "dg", "dm", "adm", "sma", "travaille", "work", "worked", "someone", "somebody", "person"];
const AUTHORITY_WORDS = ["dis", "croy", "crois", "fiez", "telling", "tell you", "trust", "take it from", "believe", "je peux vous", "confirm"];
const WORK_WORDS = ["present", "brief", "draft", "writ", "finaliz", "finalis", "review", "design", "build", "develop", "deck", "memo", "submission", "slides", "own ", "equipe", "unite", "direction", "team", "unit", "branch", "redige", "prepare", "finalise", "travaille sur"];

export const voiceOf = perView((view: TextView): VoiceReading => {
  const f = view.folded;
  const e = holdsAny(view, EMPLOYEE_WORDS) ? firstMatch(view, EMPLOYEE, f) : null;
  // The job counts only when a GC body follows it: "I'm a manager at a bakery" lends no public office.
  const rest = e ? GC_AFTER.exec(f.slice(e.index + e[0].length, e.index + e[0].length + 80)) : null;
  const employee: Span | undefined = e && rest ? [view.offsets[e.index]!, view.offsets[e.index + e[0].length + rest[0].length]!] : undefined;
  return {
    officialLabel: holdsAny(view, LABEL_WORDS) ? spanOf(view, execIn(view, OFFICIAL_LABEL, f)) : undefined,
    employee,
    authority: employee && holdsAny(view, AUTHORITY_WORDS) ? spanOf(view, execIn(view, AUTHORITY, f)) : undefined,
    ownWork: holdsAny(view, WORK_WORDS) ? spanOf(view, firstMatch(view, OWN_WORK, f)) : undefined,
  };
});
