import type { Span } from "../model.js";
import type { TextView } from "../normalize.js";
import { execIn, holdsAny } from "./cheap.js";
import { perView } from "./memo.js";

/**
 * Whether a text is sent in bulk or baits its readers: chain letters with a threat, prize and refund bait dressed as a
 * government message, and sending to everyone one knows (through work channels above all). From the guidance: don't
 * disrupt or put GC devices or networks at risk by spamming (CSPS); ESDC's and the Canadian Anti-Fraud Centre's
 * descriptions of chain letters, phishing and government-impersonation scams (refund and prize bait). Read on the folded
 * text with bounded gaps (issue 10).
 */
export interface BulkReading {
  /** "Forward to 10 colleagues or your account will be deactivated": a chain with a threat or a promise. */
  chain: Span | undefined;
  /** Bait that borrows a government's name ("claim your CRA refund", "free iPad from the Government of Canada"). */
  impersonation: Span | undefined;
  /** Prize or click bait ("you've won a $1000 gift card, click the link"). */
  bait: Span | undefined;
  /** Sent to everyone: all-staff, the whole address book, « tous vos contacts ». */
  mass: Span | undefined;
  /** Through a work channel: the work address book, the all-staff list, a work e-mail. */
  workChannel: Span | undefined;
}

const CHAIN = /\b(?:forward|send|share|transferez|transfere|envoyez|envoie|partagez|partage)\s+(?:this |ce message |ca )?(?:to|with|a)\s+(?:\d+|ten|five|dix|cinq)\s+(?:\w+\s+){0,1}(?:colleagues|coworkers|friends|people|contacts|collegues|amis|personnes)\b[^\n]{0,80}?\b(?:or|otherwise|sinon|ou)\b[^\n]{0,60}?\b(?:deactivat\w*|disabled|suspended|deleted|closed|bad luck|desactive\w*|suspendu\w*|supprime\w*|ferme\w*|malchance)/;
const BAIT = /\b(?:click here|click the link|claim your|win a free|you'?ve won|you have won|get your|cliquez ici|clique ici|cliquez sur le lien|reclamez|reclamer votre|gagnez|vous avez gagne|obtenez votre)\b/;
const GOVERNMENT = /\b(?:government of canada|gouvernement du canada|federal government|gouvernement federal|cra|arc|canada revenue|agence du revenu|service canada|it security|securite informatique|the gc|du gc|gc-|statcan|ircc|canada post|postes canada|remboursement de l'(?:arc|impot)|(?:cra|tax) refund)\b/;
const RECIPIENTS = "(?:(?:to|a) (?:the )?all[- ]staff\\b(?! (?:meeting|call|town))|everyone in my (?:\\w+ )?(?:address book|contacts)|all (?:my|your|of my|of your) contacts|reply[- ]all|everyone i know|tous (?:vos|tes|mes) contacts|tout le monde dans mon carnet|tout mon carnet d'adresses|toute la liste|liste de distribution)";
/** A sending verb, then everyone as the recipients (thanking "all my contacts" sends nothing). */
const MASS = new RegExp(`\\b(?:send|sent|sending|forward\\w*|shar\\w*|add|adding|e-?mail\\w*|blast\\w*|spam\\w*|envo\\w*|partag\\w*|transf\\w*|ajout\\w*|invit\\w*)\\b[^.!?\\n]{0,60}?\\b${RECIPIENTS}`);
const WORK_CHANNEL = /\b(?:work (?:e-?mail|address book|contacts|distribution list)|(?:to|a) (?:the )?all[- ]staff\b(?! (?:meeting|call|town))|carnet d'adresses (?:du|de) (?:travail|bureau|ministere)|courriel (?:du|de) (?:travail|bureau)|liste de distribution (?:du|de) (?:ministere|bureau|travail|direction)|outlook (?:du|de) (?:travail|bureau))\b/;

function spanOf(view: TextView, m: RegExpExecArray | null): Span | undefined {
  return m ? [view.offsets[m.index]!, view.offsets[m.index + m[0].length]!] : undefined;
}

/** Words each reading needs one of (see holdsAny). */
const CHAIN_WORDS = ["forward", "send", "share", "transf", "envo", "partag"];
const BAIT_WORDS = ["click", "claim", "win ", "won", "get your", "clique", "reclam", "gagn", "obtenez"];
const MASS_WORDS = ["staff", "contacts", "address book", "reply", "everyone i know", "carnet", "liste", "e-mail", "email", "courriel", "outlook"];

export const bulkOf = perView((view: TextView): BulkReading => {
  const f = view.folded;
  const bait = holdsAny(view, BAIT_WORDS) ? execIn(view, BAIT, f) : null;
  const government = bait ? execIn(view, GOVERNMENT, f) : null;
  let impersonation: Span | undefined;
  if (bait && government) {
    const a = spanOf(view, bait)!;
    const b = spanOf(view, government)!;
    impersonation = [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
  }
  const massWords = holdsAny(view, MASS_WORDS);
  return {
    chain: holdsAny(view, CHAIN_WORDS) ? spanOf(view, execIn(view, CHAIN, f)) : undefined,
    impersonation,
    bait: spanOf(view, bait),
    mass: massWords ? spanOf(view, execIn(view, MASS, f)) : undefined,
    workChannel: massWords ? spanOf(view, execIn(view, WORK_CHANNEL, f)) : undefined,
  };
});
