import { HIGH_POINTS, QUESTIONS, selfAssess, type SelfAssessmentLevel } from "../../src/core/self-assessment.js";
import type { Lang } from "../../src/core/model.js";

export interface Profile {
  name: string;
  lang: Lang;
  answers: Record<string, string>;
  text?: string;
  level: SelfAssessmentLevel;
  /** A driver the result must give, as "question=answer" (or "text=rule-id"). */
  driver: string;
  /** Why this outcome, in a sentence, from the guidance. */
  because: string;
}

const base = { role: "employee" } as const;

export const PROFILES: readonly Profile[] = [
  {
    name: "a deputy head liking a post",
    lang: "en",
    answers: { activity: "like-share", role: "deputy-head" },
    level: "high",
    driver: "role=deputy-head",
    because: "Deputy heads cannot engage in any political activity other than voting.",
  },
  {
    name: "un administrateur général qui commente",
    lang: "fr",
    answers: { activity: "comment", role: "deputy-head", followers: "few" },
    level: "high",
    driver: "role=deputy-head",
    because: "Deputy heads cannot engage in any political activity other than voting.",
  },
  {
    name: "a deputy head voting",
    lang: "en",
    answers: { activity: "vote", role: "deputy-head" },
    level: "low",
    driver: "activity=vote",
    because: "Voting is the one political activity open to deputy heads.",
  },
  {
    name: "an employee voting",
    lang: "en",
    answers: { ...base, activity: "vote" },
    level: "low",
    driver: "activity=vote",
    because: "Voting is open to every public servant.",
  },
  {
    name: "an employee following a party",
    lang: "en",
    answers: { ...base, activity: "inform", identifiable: "yes", followers: "many" },
    level: "low",
    driver: "activity=inform",
    because: "Following parties or candidates is informing yourself as a voter, one of the PSC's dos.",
  },
  {
    name: "une employée qui regarde un débat en période électorale",
    lang: "fr",
    answers: { ...base, activity: "inform", election: "yes" },
    level: "low",
    driver: "activity=inform",
    because: "Watching debates is informing yourself as a voter.",
  },
  {
    name: "an employee liking a campaign post, nothing else raising the risk",
    lang: "en",
    answers: { ...base, activity: "like-share", mandate: "no", "direct-service": "no", identifiable: "no", followers: "few" },
    level: "moderate",
    driver: "activity=like-share",
    because: "Liking is engaging with partisan content, which the TBS puts under Risky whatever the lack of comment.",
  },
  {
    name: "a manager with authorities, identifiable, at a department whose mandate is a platform issue, sharing a campaign post during an election",
    lang: "en",
    answers: { activity: "like-share", role: "manager", mandate: "yes", authorities: "yes", identifiable: "yes", election: "yes" },
    level: "high",
    driver: "mandate=yes",
    because:
      "Four PSC factors point the same way: the mandate is linked to a platform issue, the manager holds authorities, is visible as a public servant, and a share is an endorsement during an election.",
  },
  {
    name: "the same manager, not identifiable and without authorities",
    lang: "en",
    answers: { activity: "like-share", role: "manager", mandate: "yes", authorities: "no", identifiable: "no", election: "yes" },
    level: "moderate",
    driver: "mandate=yes",
    because: "The mandate link and the election raise the risk, but the share is not yet clearly perceived as impairing impartiality: ask first.",
  },
  {
    name: "an executive with many followers commenting on a leader",
    lang: "en",
    answers: { activity: "comment", role: "executive", followers: "many", identifiable: "yes" },
    level: "high",
    driver: "followers=many",
    because: "A senior, identifiable role and a large following make a comment on a leader highly visible.",
  },
  {
    name: "un cadre avec beaucoup de personnes abonnées qui commente un chef",
    lang: "fr",
    answers: { activity: "comment", role: "executive", followers: "many", identifiable: "yes" },
    level: "high",
    driver: "role=executive",
    because: "A senior, identifiable role and a large following make a comment on a leader highly visible.",
  },
  {
    name: "an employee seeking a party's nomination",
    lang: "en",
    answers: { ...base, activity: "seek-nomination" },
    level: "moderate",
    driver: "activity=seek-nomination",
    because: "A right, exercised with the PSC's permission first: the result leads with the permission, not with a risk level.",
  },
  {
    name: "un employé qui se porte candidat, au service du public",
    lang: "fr",
    answers: { ...base, activity: "candidate", "direct-service": "yes" },
    level: "moderate",
    driver: "activity=candidate",
    because: "A right, exercised with the PSC's permission first, and leave without pay for a federal, provincial or territorial election.",
  },
  {
    name: "an employee running for municipal council",
    lang: "en",
    answers: { ...base, activity: "candidate", jurisdiction: "municipal" },
    level: "moderate",
    driver: "activity=candidate",
    because: "Running municipally is a right; the PSC's permission is needed, and it may require leave.",
  },
  {
    name: "une employée candidate à un conseil scolaire",
    lang: "fr",
    answers: { ...base, activity: "candidate", jurisdiction: "outside-part-7" },
    level: "low",
    driver: "activity=candidate",
    because: "School boards and band councils are outside Part 7: the Values and Ethics Code applies, not the PSC's permission.",
  },
  {
    name: "an employee with a lawn sign",
    lang: "en",
    answers: { ...base, activity: "sign" },
    level: "moderate",
    driver: "activity=sign",
    because: "A sign shows support to neighbours: a political activity the PSC names, open to an employee with little visibility.",
  },
  {
    name: "un employé qui fait un don à un parti",
    lang: "fr",
    answers: { ...base, activity: "donate" },
    level: "moderate",
    driver: "activity=donate",
    because: "A contribution is a political activity, and contributors' names can be published.",
  },
  {
    name: "an employee sharing a campaign post during working hours",
    lang: "en",
    answers: { ...base, activity: "like-share", when: "work-hours" },
    level: "high",
    driver: "when=work-hours",
    because: "No political activity during working hours.",
  },
  {
    name: "une employée qui fait du bénévolat de campagne avec son appareil du gouvernement",
    lang: "fr",
    answers: { ...base, activity: "campaign", when: "government-device" },
    level: "high",
    driver: "when=government-device",
    because: "No political activity using government resources, including mobile devices.",
  },
  {
    name: "an employee canvassing on their own time, no direct service, few followers",
    lang: "en",
    answers: { ...base, activity: "campaign", "direct-service": "no", influence: "none", followers: "few", when: "own-time" },
    level: "moderate",
    driver: "activity=campaign",
    because: "Campaigning is a political activity: open to an employee with little visibility, but worth weighing and asking about.",
  },
  {
    name: "a policy analyst with significant influence and official dealings with the groups, creating content",
    lang: "en",
    answers: { ...base, activity: "create", influence: "significant", "official-dealings": "yes" },
    level: "high",
    driver: "official-dealings=yes",
    because: "Influence over decisions and official dealings with those involved make the content likely to be perceived as impairing impartiality.",
  },
  {
    name: "un employé au service du public qui aime une publication, ministère lié à la plateforme",
    lang: "fr",
    answers: { ...base, activity: "like-share", "direct-service": "yes", mandate: "yes" },
    level: "moderate",
    driver: "mandate=yes",
    because: "The mandate link and direct service raise the risk of a like, without making it high on their own.",
  },
  {
    name: "an employee sharing a post that reads \"Vote Liberal\", judged from its words",
    lang: "en",
    answers: { ...base, activity: "like-share", when: "own-time" },
    text: "Vote Liberal on October 21!",
    level: "moderate",
    driver: "activity=like-share",
    because: "The engine finds the words partisan (risky); the answers add nothing higher.",
  },
  {
    name: "an employee commenting with an insult to a party leader, judged from its words",
    lang: "en",
    answers: { ...base, activity: "comment" },
    text: "The Conservative leader is a liar and a traitor, all of them are vermin",
    level: "high",
    driver: "text=harassment/insult",
    because: "The engine finds harassment in the words (inappropriate), which raises the self-assessment to high.",
  },
];

/** The table as Markdown, for docs/self-assessment.md. */
export function renderSelfAssessmentDoc(profiles: readonly Profile[] = PROFILES): string {
  const label = (q: string, a: string, lang: Lang) => {
    const question = QUESTIONS.find((x) => x.id === q);
    return question?.answers.find((x) => x.id === a)?.[lang] ?? a;
  };
  const lines = [
    "# Political activity self-assessment: worked profiles",
    "",
    "Generated from `test/helpers/self-assessment-table.ts` by `test/core/self-assessment.test.ts`; do not edit by hand.",
    "Regenerate with `UPDATE_DOCS=1 node --test dist/test/core/self-assessment.test.js`.",
    "",
    "Levels: **low** (voting, informing yourself), **moderate** (any support or opposition: the TBS puts engaging with partisan",
    `content under Risky), **high** (the PSC factors add up to ${HIGH_POINTS} points or more, or a fixed point of the guidance:`,
    "deputy head, working hours or government resources). Seeking nomination or being a candidate is a right that needs the PSC's permission first: the result leads with that. School boards and band councils are outside Part 7.",
    "",
    "| profile | lang | answers | text | level | score | a driver | why |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const p of profiles) {
    const r = selfAssess(p.answers, p.text === undefined ? { lang: p.lang } : { lang: p.lang, text: p.text });
    const answers = Object.entries(p.answers)
      .map(([q, a]) => `${q}: ${label(q, a, p.lang)}`)
      .join("; ");
    const [dq, da] = p.driver.split("=");
    const cell = (s: string) => s.replace(/\|/g, "\\|");
    lines.push(`| ${cell(p.name)} | ${p.lang} | ${cell(answers)} | ${cell(p.text ?? "")} | ${r.level} | ${r.score} | \`${dq}\` = \`${da}\` | ${cell(p.because)} |`);
  }
  return `${lines.join("\n")}\n`;
}
