import { defineRule } from "../../rule.js";
import { emailMatches } from "../util.js";
import type { Span } from "../../model.js";
import { partitionPoint } from "../../sorted.js";
import { testIn } from "../../structure/cheap.js";

const PHONE = /(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\s*[2-9]\d{2}\s*\)|[2-9]\d{2})[\s.-]?[2-9]\d{2}[\s.-]?\d{4}(?![\w])/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;
/** Addresses that reach a role, not a person: jobs@, info@, recrutement@. */
const ROLE_MAILBOX = /^(jobs?|careers?|hr|rh|info|contact|recrutement|emplois?|admin|media|medias|communications|support|hello|bonjour|questions|rsvp|events?|evenements?)@/i;
const GC_DOMAIN = /@(?:[\w-]+\.)*(?:gc\.ca|canada\.ca)$/i;
/** A sale or a business advertises its own line: "Selling my bike … Text 613…", « Je vends mon kayak », « sa petite entreprise ». */
const FOR_SALE = /\b(?:selling|for sale|obo|je vends|on vend|a vendre|negociable)\b/;
/** A business's line is public by purpose, whoever's business it is. */
const BUSINESS = /\b(?:my|our|his|her|their|mon|ma|notre|son|sa|leur|petite|small|new|nouvelle) (?:small |new |own |nouvelle |petite )?(?:business|company|entreprise|compagnie)\b/;
/** A bare call to contact, with no one named: the number is the writer's or the business's ("Text 613…", « Texto au 819… »). */
const BARE_CALL = /(?:^|[.!?:;,]\s*|\s)(?:text|txt|call|phone|cell|tel|texto|textez|appelez|telephonez|tel\.?|cell\.?)\s*(?:au\s*|at\s*|:\s*)?$/i;
/** The number or address is a person's private line, or a colleague's: sharing it is not risky but inappropriate. */
const PRIVATE_LINE = /\b(?:personal|perso|personnel|personnelle|home number|cell|cellulaire|gmail|hotmail|coworker|co-worker|colleague|collegue|collegues|de la compta|from accounting)\b/;

/** Other people's phone numbers and e-mail addresses. The person's own, and role mailboxes, are theirs to share. */
export default defineRule({
  id: "privacy/contact-details",
  category: "privacy",
  level: "risky",
  guidance: ["statcan.respectful.privacy", "hrsdc.risk.disclosure"],
  description: { en: "Other people's phone numbers and e-mail addresses.", fr: "Numéros de téléphone et adresses courriel d'autres personnes." },
  messages: {
    phone: {
      en: "“{text}” looks like someone's phone number. Don't share information about other people without their explicit consent.",
      fr: "« {text} » ressemble au numéro de téléphone de quelqu'un. Ne diffusez pas d'information sur d'autres personnes sans leur consentement explicite.",
    },
    email: {
      en: "“{text}” looks like someone's e-mail address. Don't share information about other people without their explicit consent.",
      fr: "« {text} » ressemble à l'adresse courriel de quelqu'un. Ne diffusez pas d'information sur d'autres personnes sans leur consentement explicite.",
    },
  },
  lexicons: ["self-contact", "other-contact", "doxxing"],
  examples: {
    valid: [
      { text: "Questions? Reach me at 613-555-0142 after 5.", lang: "en" },
      { text: "Envoyez votre CV à recrutement@exemple.ca avant vendredi.", lang: "fr" },
    ],
    invalid: [
      { text: "Call Denise from accounting at 613-555-0199, she'll sort you out", lang: "en" },
      { text: "Voici le courriel perso de mon collègue : marc.roy@gmail.com", lang: "fr" },
    ],
  },
  check({ view, hits, activity, report }) {
    // A phone number needs ten digits and an e-mail address an @: most posts have neither.
    if (view.digits < 10 && !view.hasAt) return;
    const own = hits.get("self-contact");
    const pointed = hits.get("doxxing").length > 0;
    // Someone else's details are never the writer's own, whatever "call me" appears elsewhere.
    const others = pointed || hits.get("other-contact").length > 0;
    // A colleague's or a private line, named as someone else's, is other people's personal information: inappropriate.
    const level = pointed || (others && testIn(view, PRIVATE_LINE)) ? "inappropriate" : "risky";
    const advertised = !pointed && ((!others && testIn(view, FOR_SALE)) || testIn(view, BUSINESS));
    // A bio describes its owner: the numbers in it are theirs.
    const ownByDefault = activity.action === "profile" && !others;
    // "Call me at …": the writer's own words end less than 30 characters before the number. Ends sorted, found by halves.
    const ownEnds = others ? [] : own.map((o) => o.span[1]).sort((a, b) => a - b);
    const isOwn = (span: Span) => ownByDefault || (!others && span[0] - (lastAtMost(ownEnds, span[0]) ?? -Infinity) < 30);
    const removal = (span: Span, fr: boolean) => ({ span, replacement: fr ? "[coordonnées retirées]" : "[contact removed]" });
    const emails = (view.hasAt ? emailMatches(view.text, EMAIL) : []).map((m) => ({ text: m[0], span: [m.index, m.index + m[0].length] as Span }));
    const roleMailboxes = emails.filter((e) => ROLE_MAILBOX.test(e.text));
    // A phone beside a role mailbox (info@, jobs@) is the organization's line, not a person's.
    const mailboxStarts = roleMailboxes.map((e) => e.span[0]);
    const besideMailbox = (span: Span) => {
      const before = lastAtMost(mailboxStarts, span[0]);
      const after = firstAbove(mailboxStarts, span[0]);
      return (before !== undefined && span[0] - before < 60) || (after !== undefined && after - span[0] < 60);
    };
    for (const m of view.digits >= 10 ? view.text.matchAll(PHONE) : []) {
      const span: Span = [m.index, m.index + m[0].length];
      if (isOwn(span) || advertised || (!others && besideMailbox(span))) continue;
      if (!others && BARE_CALL.test(view.text.slice(Math.max(0, span[0] - 16), span[0]))) continue;
      report("phone", { span, data: { text: m[0] }, level, fix: removal(span, view.lang === "fr") });
    }
    for (const e of emails) {
      if (ROLE_MAILBOX.test(e.text) || GC_DOMAIN.test(e.text) || isOwn(e.span)) continue;
      report("email", { span: e.span, data: { text: e.text }, level, fix: removal(e.span, view.lang === "fr") });
    }
  },
});

/** The greatest of sorted numbers that is at most `x`. */
function lastAtMost(sorted: readonly number[], x: number): number | undefined {
  const lo = partitionPoint(sorted, (v) => v <= x);
  return lo > 0 ? sorted[lo - 1] : undefined;
}

/** The least of sorted numbers greater than `x`. */
function firstAbove(sorted: readonly number[], x: number): number | undefined {
  return sorted[partitionPoint(sorted, (v) => v <= x)];
}
