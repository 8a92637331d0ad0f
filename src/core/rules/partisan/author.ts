import { ledOn, partyById } from "../../knowledge/political-accounts.js";
import type { Message } from "../../message.js";
import { defineRule } from "../../rule.js";
import { authorOf, type SharedAuthor } from "../../structure/author.js";

type Act = "share" | "like" | "answer";
type Kind = "Leader" | "Party" | "Candidate";
type MessageId = `${Act}${Kind}${"" | "Election"}`;

/** The messages, built from their parts: what is done, to whose post, whether in an election period. */
const MESSAGES = ((): Record<MessageId, Message> => {
  const acts: Record<Act, { en: string; fr: string; enTail: string; frTail: string }> = {
    share: {
      en: "this shares a post by", fr: "ceci partage une publication de",
      enTail: "sharing partisan content is engaging with it, even when its words are neutral and you add no comment.",
      frTail: "partager du contenu partisan, c'est interagir avec du contenu partisan, même si ses mots sont neutres et que vous n'ajoutez aucun commentaire.",
    },
    like: {
      en: "this likes a post by", fr: "ceci aime une publication de",
      enTail: "a “like” of partisan content can be read as support or an endorsement of a political party, even without a comment.",
      frTail: "une mention « J'aime » sur du contenu partisan peut être perçue comme un appui à un parti politique, même sans commentaire.",
    },
    answer: {
      en: "this answers a post by", fr: "ceci répond à une publication de",
      enTail: "joining that conversation is engaging with partisan content.",
      frTail: "se joindre à cette conversation, c'est interagir avec du contenu partisan.",
    },
  };
  const kinds: Record<Kind, Message> = {
    Leader: { en: "a party leader's account", fr: "le compte d'un chef de parti" },
    Party: { en: "a political party's account", fr: "le compte d'un parti politique" },
    Candidate: { en: "which looks like a candidate's or a riding association's account", fr: "qui semble être le compte d'un candidat, d'une candidate ou d'une association de circonscription" },
  };
  const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  const out = {} as Record<MessageId, Message>;
  for (const act of ["share", "like", "answer"] as const) {
    for (const kind of ["Leader", "Party", "Candidate"] as const) {
      const a = acts[act];
      const k = kinds[kind];
      out[`${act}${kind}`] = { en: `${cap(a.en)} {who}, ${k.en}: ${a.enTail}`, fr: `${cap(a.fr)} {who}, ${k.fr} : ${a.frTail}` };
      out[`${act}${kind}Election`] = {
        en: `During an election period, ${a.en} {who}, ${k.en}: ${a.enTail}`,
        fr: `Pendant une période électorale, ${a.fr} {who}, ${k.fr} : ${a.frTail}`,
      };
    }
  }
  return out;
})();

/**
 * What a party, a party leader or a candidate posts is partisan content, whatever its words ("Great crowd in Sudbury
 * tonight!"): sharing, liking, quoting or answering it is engaging with partisan content, which TBS lists as risky
 * ("Is it risky?": engaging with partisan content), and the PSC names "liking" or forwarding among online political
 * activities. So: risky, in an election period or not. Not more: the guidance makes no interaction with partisan
 * content inappropriate by itself (working hours, government devices and deputy heads are partisan/context's, which
 * reads this rule's finding). A leader's post outside an election is still a party leader's content: the same level,
 * and the election period is said when there is one (the TBS scenario is a "like" during an election period).
 * Following a party or a candidate is appropriate (the rule does not run on follows), and a government account (the
 * Prime Minister's office, a department) is not a party.
 */
export default defineRule({
  id: "partisan/author",
  category: "partisan",
  level: "risky",
  guidance: ["tbs.risk.risky.partisan-content", "tbs.scenario.election-period", "psc.consider.activities"],
  description: {
    en: "Sharing, liking, quoting or answering what a party, a party leader or a candidate posted, whatever its words.",
    fr: "Partager, aimer, citer ou commenter ce qu'un parti, un chef de parti, un candidat ou une candidate a publié, quels qu'en soient les mots.",
  },
  messages: MESSAGES,
  lexicons: [],
  actions: ["post", "share", "like", "comment", "reply"],
  examples: {
    valid: [
      { text: "RT @CanadianPM: The Prime Minister will announce new support for farmers today.", action: "share", lang: "en", note: "the Prime Minister's office is the government, not a party" },
      { text: "RT @CBCNews: Polls close at 9:30 p.m. ET tonight.", action: "share", context: { electionPeriod: true }, lang: "en", note: "a news outlet is not a party" },
      { text: "Bonne fin de semaine à tous!", action: "post", lang: "fr", note: "no author" },
    ],
    invalid: [
      { text: "RT @JustinTrudeau: Great crowd in Sudbury tonight — thank you!", action: "share", context: { electionPeriod: true }, lang: "en" },
      { text: "RT @AndrewScheer: Heading to Halifax this morning.", action: "share", lang: "en" },
      { text: "RT @yfblanchet: Belle soirée à Saint-Hyacinthe, merci à tous!", action: "share", context: { electionPeriod: true }, lang: "fr" },
      { text: "Magnifique! https://x.com/BlocQuebecois/status/1234567890", action: "share", lang: "fr", note: "a quote of the party's post" },
    ],
  },
  check({ view, activity, context, report }) {
    const author = authorOf(activity, view);
    if (!author) return;
    // A post is one's own: only a retweet written as text or a quote of someone's post has another author.
    if (activity.action === "post" && author.from !== "retweet" && author.from !== "link") return;
    const data = describe(author, context.postedAt);
    if (data === undefined) return;
    const act: Act = activity.action === "like" ? "like" : activity.action === "comment" || activity.action === "reply" ? "answer" : "share";
    report(`${act}${data.kind}${context.electionPeriod === true ? "Election" : ""}`, { data: { who: data.who } });
  },
});

/**
 * The author as the messages name it, the same in both languages (placeholders hold no words of either):
 * "Justin Trudeau (@JustinTrudeau, LPC/PLC)", with the years of a leader's tenure when the post is dated outside it.
 * Undefined when the author is not partisan (a government account, an unknown one).
 */
function describe(author: SharedAuthor, postedAt: string | undefined): { who: string; kind: Kind } | undefined {
  const account = author.account;
  // The handle as the account writes it when it is a listed one.
  const listed = account?.handles.find((h) => h.handle.toLowerCase() === author.handle);
  const shown = author.handle !== undefined ? `@${listed?.handle ?? author.handle}` : undefined;
  if (account) {
    if (account.kind === "government") return undefined;
    const party = partyById(account.party);
    const details = [shown, party?.abbreviations.join("/")];
    if (account.kind === "leader" && account.period) {
      const current = postedAt === undefined ? account.period.to === undefined : ledOn(account, postedAt);
      if (!current) details.push(`${account.period.from.slice(0, 4)}–${account.period.to?.slice(0, 4) ?? ""}`);
    }
    const who = `${account.name} (${details.filter((d) => d !== undefined).join(", ")})`;
    return { who, kind: account.kind === "leader" ? "Leader" : "Party" };
  }
  if (!author.likelyCandidate) return undefined;
  const party = author.likelyCandidate === true ? undefined : author.likelyCandidate.abbreviations.join("/");
  const who = [shown, author.name].filter((d) => d !== undefined).join(" / ");
  return { who: party ? `${who} (${party})` : who, kind: "Candidate" };
}
