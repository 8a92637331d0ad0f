import { ledOn, partyById } from "../../knowledge/political-accounts.js";
import { defineRule } from "../../rule.js";
import { authorOf, type SharedAuthor } from "../../structure/author.js";

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
    fr: "Partager, aimer, citer ou commenter ce qu'un parti, un chef de parti ou un candidat a publié, quels qu'en soient les mots.",
  },
  messages: {
    share: {
      en: "This shares a post by {who}, {roleEn}: sharing a political party's or a candidate's content is engaging with partisan content, even when its words are neutral and you add no comment.",
      fr: "Ceci partage une publication de {who}, {roleFr} : partager le contenu d'un parti politique ou d'un candidat, c'est interagir avec du contenu partisan, même si ses mots sont neutres et que vous n'ajoutez aucun commentaire.",
    },
    like: {
      en: "This likes a post by {who}, {roleEn}: a “like” of a political party's or a candidate's content can be read as support, even without a comment.",
      fr: "Ceci aime une publication de {who}, {roleFr} : une mention « J'aime » sur le contenu d'un parti politique ou d'un candidat peut être perçue comme un appui, même sans commentaire.",
    },
    answer: {
      en: "This answers a post by {who}, {roleEn}: joining a political party's or a candidate's conversation is engaging with partisan content.",
      fr: "Ceci répond à une publication de {who}, {roleFr} : se joindre à la conversation d'un parti politique ou d'un candidat, c'est interagir avec du contenu partisan.",
    },
    shareElection: {
      en: "During an election period, this shares a post by {who}, {roleEn}: sharing a political campaign's content is engaging with partisan content, even when its words are neutral and you add no comment.",
      fr: "Pendant une période électorale, ceci partage une publication de {who}, {roleFr} : partager le contenu d'une campagne politique, c'est interagir avec du contenu partisan, même si ses mots sont neutres et que vous n'ajoutez aucun commentaire.",
    },
    likeElection: {
      en: "During an election period, this likes a post by {who}, {roleEn}: a “like” of a political campaign's post can be read as support, even without a comment.",
      fr: "Pendant une période électorale, ceci aime une publication de {who}, {roleFr} : une mention « J'aime » sur la publication d'une campagne politique peut être perçue comme un appui, même sans commentaire.",
    },
    answerElection: {
      en: "During an election period, this answers a post by {who}, {roleEn}: joining a political campaign's conversation is engaging with partisan content.",
      fr: "Pendant une période électorale, ceci répond à une publication de {who}, {roleFr} : se joindre à la conversation d'une campagne politique, c'est interagir avec du contenu partisan.",
    },
  },
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
    const election = context.electionPeriod === true;
    const kind = activity.action === "like" ? "like" : activity.action === "comment" || activity.action === "reply" ? "answer" : "share";
    report(election ? (`${kind}Election` as const) : kind, { data });
  },
});

/**
 * The author in words, in both languages (each message template reads its own): `who` is the account
 * ("Justin Trudeau (@JustinTrudeau)"), `roleEn`/`roleFr` what it is ("leader of the Liberal Party of Canada").
 * Undefined when the author is not partisan (a government account, an unknown one).
 */
function describe(author: SharedAuthor, postedAt: string | undefined): { who: string; roleEn: string; roleFr: string } | undefined {
  const account = author.account;
  // The handle as the account writes it when it is a listed one.
  const listed = account?.handles.find((h) => h.handle.toLowerCase() === author.handle);
  const shown = author.handle !== undefined ? `@${listed?.handle ?? author.handle}` : author.name!;
  if (account) {
    if (account.kind === "government") return undefined;
    const party = partyById(account.party);
    const en = party ? `the ${party.en}` : "";
    const fr = party ? frOf(party.fr) : "";
    const who = author.handle !== undefined ? `${account.name} (${shown})` : shown;
    switch (account.kind) {
      case "party":
      case "caucus":
        return { who, roleEn: `an official account of ${en}`, roleFr: `compte officiel ${fr}` };
      case "leader": {
        const current = postedAt === undefined ? account.period?.to === undefined : ledOn(account, postedAt);
        if (current) return { who, roleEn: `leader of ${en}`, roleFr: `chef ${fr}` };
        return { who, roleEn: `a past or later leader of ${en}`, roleFr: `qui a été ou sera chef ${fr}` };
      }
    }
  }
  const candidate = author.likelyCandidate;
  if (!candidate) return undefined;
  if (candidate === true) return { who: shown, roleEn: "which looks like a candidate's account", roleFr: "qui semble être le compte d'un candidat" };
  return { who: shown, roleEn: `which looks like the account of a ${candidate.en} candidate`, roleFr: `qui semble être le compte d'un candidat ${frOf(candidate.fr)}` };
}

/** « du Parti libéral », « de la Coalition avenir Québec », « de l'Association libérale… ». */
function frOf(name: string): string {
  if (/^[AEIOUÉ]/.test(name)) return `de l'${name}`;
  if (/^(?:Coalition|Association)\b/.test(name)) return `de la ${name}`;
  return `du ${name}`;
}
