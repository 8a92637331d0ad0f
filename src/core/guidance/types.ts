export type GuidanceSourceId =
  | "tbs-personal-use-best-practices"
  | "psc-political-activities-social-media"
  | "csps-dos-and-donts-transcript"
  | "statcan-employee-guidelines"
  | "hrsdc-using-social-media-safely-2012";

export type StatementKind =
  | "principle"
  | "appropriate"
  | "risky"
  | "inappropriate"
  | "do"
  | "dont"
  | "question"
  | "factor"
  | "scenario"
  | "scenario-question"
  | "contact";

/** The five practice situations of the TBS guidance ("Social media scenarios"). */
export type ScenarioId = "duty-of-loyalty" | "employer-policies" | "election-period" | "monetizing" | "digital-legacy";

export interface GuidanceStatement {
  /** Stable, readable, dotted: "tbs.risk.inappropriate.harassment", "psc.dont.work-hours-resources". */
  id: string;
  source: GuidanceSourceId;
  /** The section heading as written in the English source. */
  section: string;
  /** Unofficial French translation of the heading. */
  sectionFr: string;
  kind: StatementKind;
  /** Verbatim English text of the statement, trimmed, without its bullet marker. */
  en: string;
  /** Unofficial French translation. */
  fr: string;
  /** For kind scenario / scenario-question: the scenario the statement belongs to. */
  scenario?: ScenarioId;
}

export type GuidancePublisher = "TBS" | "PSC" | "CSPS" | "Statistics Canada" | "HRSDC/ESDC";

export interface GuidanceSource {
  /** The source file's name without ".txt". */
  id: GuidanceSourceId;
  titleEn: string;
  /** Unofficial unless the publisher's French title is known. */
  titleFr: string;
  publisher: GuidancePublisher;
  publisherEn: string;
  publisherFr: string;
  /** The year the text itself gives, when it gives one. */
  year?: number;
  /** Where the text is published (its English page); absent when it is no longer published. */
  url?: string;
  /** The page's official French version, where its address is known. */
  urlFr?: string;
  /** Short ids of the departments (as in a context's `department`) whose own employees the text is written for; absent: every public servant. */
  departments?: readonly string[];
}

/** Someone the guidance tells a public servant to ask or turn to. */
export interface GuidanceContact {
  id: string;
  en: string;
  fr: string;
  /** Ids of the statements that name this contact. */
  guidance: readonly string[];
  /** Only for these departments (short ids such as "statcan", "esdc"); absent means everyone. */
  departments?: readonly string[];
}
