// Hand-built review rows for the report tests: small, realistic, English and French, with findings on passages.

import type { Category, Finding, GuidanceRef, Lang, Level } from "../../src/core/model.js";
import type { HistoryItem } from "../../src/importers/types.js";
import type { Decision, ReviewCounts, ReviewRow } from "../../src/store/store.js";

export interface FindingSpec {
  /** The passage of the text the finding points at; its first occurrence gives the span. */
  passage?: string;
  category: Category;
  level: Level;
  rule: string;
  message: string;
  guidance?: GuidanceRef[];
  suggestion?: string;
}

export const PARTISAN_RISKY: GuidanceRef = {
  id: "tbs.risk.risky.partisan-content",
  source: "tbs-personal-use-best-practices",
  section: "Assessing the level of risk before posting",
  quote: "engaging with partisan content",
};

export const HARASSMENT_INAPPROPRIATE: GuidanceRef = {
  id: "tbs.risk.inappropriate.harassment",
  source: "tbs-personal-use-best-practices",
  section: "Assessing the level of risk before posting",
  quote: "bullying/harassment, discrimination",
};

export const CRITICISM_RISKY: GuidanceRef = {
  id: "tbs.risk.risky.commenting-government",
  source: "tbs-personal-use-best-practices",
  section: "Assessing the level of risk before posting",
  quote: "commenting about our own or another jurisdiction’s government or leaders",
};

export function findingOn(text: string, spec: FindingSpec): Finding {
  const finding: Finding = {
    rule: spec.rule,
    category: spec.category,
    level: spec.level,
    message: spec.message,
    guidance: spec.guidance ?? [],
    source: "rule",
  };
  if (spec.passage !== undefined) {
    const start = text.indexOf(spec.passage);
    if (start < 0) throw new Error(`fixture: "${spec.passage}" is not in "${text}"`);
    finding.span = [start, start + spec.passage.length];
  }
  if (spec.suggestion) finding.suggestion = spec.suggestion;
  return finding;
}

export interface RowSpec {
  id: string;
  text: string;
  createdAt: string;
  level: Level;
  findings?: FindingSpec[];
  platform?: HistoryItem["platform"];
  action?: HistoryItem["action"];
  url?: string;
  lang?: Lang;
  score?: number;
  beforeService?: boolean;
  decision?: Decision;
  note?: string;
  inReplyTo?: string;
}

const LEVEL_ORDER: Level[] = ["appropriate", "risky", "inappropriate"];

export function reviewRow(spec: RowSpec): ReviewRow {
  const findings = (spec.findings ?? []).map((f) => findingOn(spec.text, f));
  const item: HistoryItem = {
    platform: spec.platform ?? "x",
    id: spec.id,
    action: spec.action ?? "post",
    createdAt: spec.createdAt,
    text: spec.text,
    visibility: "public",
    sourceFile: "data/tweets.js",
  };
  if (spec.url !== undefined) item.url = spec.url;
  if (spec.inReplyTo !== undefined) item.inReplyTo = spec.inReplyTo;
  const lang = spec.lang ?? "en";
  const row: ReviewRow = {
    item,
    beforeService: spec.beforeService ?? false,
    importId: 1,
    firstSeen: "2025-01-10T09:00:00.000Z",
    lastSeen: "2025-01-10T09:00:00.000Z",
    assessed: {
      assessment: {
        level: spec.level,
        score: spec.score ?? LEVEL_ORDER.indexOf(spec.level) * 30 + 10,
        factors: [],
        findings,
        questions: [],
        contacts: [],
        lang,
        textLang: lang,
      },
      categories: [...new Set(findings.map((f) => f.category))],
      rulesVersion: "test",
      assessedAt: "2025-01-10T09:00:00.000Z",
    },
  };
  if (spec.decision) {
    row.decision = { decision: spec.decision, decidedAt: "2025-01-12T15:30:00.000Z" };
    if (spec.note !== undefined) row.decision.note = spec.note;
  }
  return row;
}

/** The counts the store would return for these rows. */
export function countsOf(rows: readonly ReviewRow[]): ReviewCounts {
  const counts: ReviewCounts = {
    total: rows.length,
    byLevel: { appropriate: 0, risky: 0, inappropriate: 0 },
    byCategory: {},
    byPlatform: {},
    byYear: {},
    byDecision: { keep: 0, delete: 0, edit: 0, "make-private": 0, undecided: 0 },
  };
  for (const row of rows) {
    const a = row.assessed;
    if (a) counts.byLevel[a.assessment.level]++;
    for (const c of a?.categories ?? []) counts.byCategory[c] = (counts.byCategory[c] ?? 0) + 1;
    counts.byPlatform[row.item.platform] = (counts.byPlatform[row.item.platform] ?? 0) + 1;
    const year = row.item.createdAt.slice(0, 4);
    counts.byYear[year] = (counts.byYear[year] ?? 0) + 1;
    counts.byDecision[row.decision?.decision ?? "undecided"]++;
  }
  return counts;
}

/** A small history in both languages: two inappropriate, three risky, two appropriate. */
export function sampleHistory(): ReviewRow[] {
  return [
    reviewRow({
      id: "1188000000000000001",
      text: "Vote Conservative on October 21! Our riding needs a change.",
      createdAt: "2019-10-15T18:04:00.000Z",
      level: "risky",
      url: "https://x.com/jtremblay/status/1188000000000000001",
      findings: [
        {
          passage: "Vote Conservative on October 21!",
          category: "partisan",
          level: "risky",
          rule: "partisan/campaign-call",
          message: "“Vote Conservative” asks people to support a party: that is political activity.",
          guidance: [PARTISAN_RISKY],
        },
      ],
    }),
    reviewRow({
      id: "1400000000000000002",
      text: "My manager is a useless idiot and everyone on my team knows it.",
      createdAt: "2021-05-03T12:30:00.000Z",
      level: "inappropriate",
      url: "https://x.com/jtremblay/status/1400000000000000002",
      decision: "delete",
      note: "Delete before my promotion board",
      findings: [
        {
          passage: "My manager is a useless idiot",
          category: "workplace",
          level: "risky",
          rule: "workplace/venting",
          message: "Venting about your manager in public reflects on your workplace.",
          guidance: [CRITICISM_RISKY],
        },
        {
          passage: "useless idiot",
          category: "harassment",
          level: "inappropriate",
          rule: "harassment/insult",
          message: "“idiot” is insulting language that would not be acceptable in the workplace.",
          guidance: [HARASSMENT_INAPPROPRIATE],
          suggestion: "Leave the insult out.",
        },
      ],
    }),
    reviewRow({
      id: "109876543210",
      text: "Ce ministre est un incompétent, tabarnak. Le gouvernement nous ment encore.",
      createdAt: "2022-02-11T20:15:00.000Z",
      level: "risky",
      platform: "mastodon",
      action: "post",
      lang: "fr",
      url: "https://mastodon.social/@jtremblay/109876543210",
      findings: [
        {
          passage: "Ce ministre est un incompétent",
          category: "criticism",
          level: "risky",
          rule: "criticism/government",
          message: "« Ce ministre est un incompétent » critique un ministre : on pourrait y lire une critique du gouvernement.",
          guidance: [{ ...CRITICISM_RISKY, section: "Évaluer le niveau de risque avant de publier", quote: "faire des commentaires sur notre gouvernement ou celui d’une autre administration ou sur leurs dirigeants" }],
        },
        {
          passage: "tabarnak",
          category: "profanity",
          level: "risky",
          rule: "profanity/profanity",
          message: "« tabarnak » est un langage qui ne serait pas acceptable au travail.",
        },
      ],
    }),
    reviewRow({
      id: "fb-3344",
      text: "Sharing: the Bloc candidate's rally is on Saturday, everyone come!",
      createdAt: "2015-09-20T14:00:00.000Z",
      level: "risky",
      platform: "facebook",
      action: "share",
      beforeService: true,
      findings: [
        {
          passage: "the Bloc candidate's rally",
          category: "partisan",
          level: "risky",
          rule: "partisan/share",
          message: "Sharing a campaign event is engaging with partisan content.",
          guidance: [PARTISAN_RISKY],
        },
      ],
    }),
    reviewRow({
      id: "1500000000000000003",
      text: "Here is the embargoed labour force survey before release: unemployment hits 7.2%.",
      createdAt: "2023-01-05T13:00:00.000Z",
      level: "inappropriate",
      url: "https://x.com/jtremblay/status/1500000000000000003",
      findings: [
        {
          passage: "embargoed labour force survey before release",
          category: "confidential",
          level: "inappropriate",
          rule: "confidential/embargoed",
          message: "Embargoed figures are not public: disclosing them is inappropriate.",
          guidance: [
            {
              id: "statcan.confidentiality.secure",
              source: "statcan-employee-guidelines",
              section: "2.6 Remember that confidentiality is important",
              quote: "take the appropriate measures to ensure that confidential statistical information remains secure.",
            },
          ],
        },
      ],
    }),
    reviewRow({
      id: "1600000000000000004",
      text: "Great conference on open data in Ottawa today!",
      createdAt: "2023-06-01T16:00:00.000Z",
      level: "appropriate",
      url: "https://x.com/jtremblay/status/1600000000000000004",
      decision: "keep",
    }),
    reviewRow({
      id: "ln-77",
      text: "Nous recrutons des analystes à Statistique Canada.",
      createdAt: "2024-03-14T10:00:00.000Z",
      level: "appropriate",
      platform: "linkedin",
      lang: "fr",
    }),
  ];
}
