import type { Span } from "../model.js";
import type { TextView } from "../normalize.js";
import { firstMatch, holdsAny } from "./cheap.js";
import { perView } from "./memo.js";

/**
 * Whether a text says it is being written on working time or on government equipment: a verb of posting with a place or
 * time of work ("posting this from my cubicle", « tapée pendant la réunion »), a meeting one is in right now, or a work
 * device or network as the means. From the guidance: use social media on personal time and personal devices; follow the
 * network use policy (StatCan 2.7; PSC, no political activity during working hours or with government resources).
 * Read on the folded text with bounded gaps (issue 10).
 */
export interface WorkTimeReading {
  /** The cue, as written. */
  cue: Span | undefined;
}

const POSTING = "(?:posting|posted|typing|typed|tweeting|live-?tweeting|writing this|scrolling|on (?:twitter|x|facebook|insta|instagram|tiktok|reddit|linkedin)|publie|publiee|je publie|tape|tapee|tapes|j'ecris ca|ecrit|ecrite|je scrolle|en train de scroller|je texte)";
const AT_WORK = "(?:from (?:my|the) (?:desk|cubicle|cube|office|work ?station)|at my desk|in my cubicle|au bureau|de mon bureau|de mon poste|pendant (?:la|une|ma|notre|le) (?:\\w+ )?(?:reunion|rencontre|caucus|comite|formation|webinaire)|en pleine (?:reunion|rencontre|formation)|during (?:the|my|a|this|our) (?:\\w+ ){0,2}(?:meeting|town ?hall|all-?staff|shift|training|briefing)|in (?:a|the|my|this) (?:\\w+ )?(?:meeting|town ?hall|all-?staff)|on the clock|on company time|on government time|sur mes heures de (?:bureau|travail)|sur le temps du bureau)";
const CUE = [
    `\\b${POSTING}\\b[^.!?\\n]{0,50}?\\b${AT_WORK}`,
    `\\b${AT_WORK}\\b[^.!?\\n]{0,30}?\\b${POSTING}\\b`,
    // "in a meeting right now lol", « en pleine réunion » as the writer's own state while posting
    `\\b(?:(?:i'?m |currently |stuck )?in (?:a|the|this|my) (?:\\w+ )?(?:meeting|town ?hall|all-?staff) (?:right now|rn|atm|lol|lmao)|(?:je suis |suis )?en pleine reunion|en reunion (?:la|presentement|pis)|live-?tweeting (?:this|the|our) (?:\\w+ ){0,3}(?:meeting|town ?hall|all-?staff))`,
    // a work device or network as the means
    `\\b(?:on|from|using|with|via|over|sur|de|depuis|avec|par) (?:my|the|our|mon|ma|l'|le|la) (?:work|government|gov|office|gc) (?:laptop|phone|cell|computer|pc|tablet|blackberry|wi-?fi|network|vpn|e-?mail|account)\\b`,
    `\\b(?:sur|de|depuis|avec) (?:l'|le |la |mon |ma )(?:ordi|ordinateur|portable|laptop|cell|cellulaire|telephone|tablette|wi-?fi|reseau|vpn|courriel) (?:du|de) (?:bureau|travail|ministere|gouvernement|job)\\b`,
].map((p) => new RegExp(p));

/** Words of work places, meetings and devices, one of which every cue holds (see holdsAny). */
const WORK_WORDS = ["posting", "posted", "typing", "typed", "tweeting", "live", "writing", "scrolling", "twitter", "x", "facebook", "insta", "instagram", "tiktok", "reddit", "linkedin", "publie", "publiee", "tape", "tapee", "tapes", "ecris", "ecrit", "ecrite", "scrolle", "scroller", "texte", "meeting", "town", "townhall", "staff", "reunion", "laptop", "phone", "cell", "computer", "pc", "tablet", "blackberry", "wifi", "wi", "network", "vpn", "email", "mail", "account", "ordi", "ordinateur", "portable", "telephone", "tablette", "reseau", "courriel", "cellulaire"];

export const workTimeOf = perView((view: TextView): WorkTimeReading => {
  const m = holdsAny(view, WORK_WORDS) ? firstMatch(view, CUE, view.folded) : null;
  return { cue: m ? [view.offsets[m.index]!, view.offsets[m.index + m[0].length]!] : undefined };
});
