import type { Lexicon } from "../../matcher.js";

const SOURCE = "TBS (keep posts about your work factual; work content must be authorized) and HRSDC (weigh your words), written for Impartial";

/** Saying what one is doing at work. */
export const ownWork: Lexicon = {
  id: "own-work",
  lang: "en",
  source: SOURCE,
  terms: [
    "answering your questions about", "answering questions about", "ask me anything about", "ama about", "i'll answer your questions on",
    "i'm working on", "i am working on", "im working on", "we're working on", "we are working on", "my team is working on", "our team is working on",
    "working on the new", "at work today", "at work", "in a meeting today", "today's meeting", "in our meeting", "my files", "my file",
    "the file i", "a case i'm handling", "my caseload", "my client", "my clients", "one of my clients", "a client came in", "a client called",
    "i'm drafting", "i am drafting", "i'm writing the", "the memo i", "the briefing i", "my director told us", "we were told",
    "management told us", "we found out today", "at the office", "in the office today", "our project", "my project",
    "drafting the", "i'm building the", "building the", "spent today reviewing", "spent the day reviewing", "spent today processing",
    "spent the day processing", "processed the", "with a client", "on the phone with a client", "client came in", "client came in today",
  ],
};

/** Things of work that posts should only discuss when public and authorized. */
export const workObject: Lexicon = {
  id: "work-object",
  lang: "en",
  source: SOURCE,
  terms: [
    "census", "survey", "surveys", "questionnaire",
    "policy", "program", "programme", "regulation", "regulations", "legislation", "bill", "memo", "briefing", "submission", "file", "files",
    "case", "cases", "client", "clients", "audit", "report", "system", "application", "applications", "investigation", "contract", "procurement",
    "budget", "numbers", "funding", "restructuring", "reorganization", "reorg", "layoffs", "cuts", "decision", "announcement", "minister",
    "minister's", "talking points", "tax returns", "claim", "claims",
  ],
};

/** Working time and government equipment. */
export const workTime: Lexicon = {
  id: "work-time",
  lang: "en",
  source: "PSC (no political activity during working hours or with government resources, including mobile devices) and StatCan 2.7, written for Impartial",
  terms: [
    "work phone", "work laptop", "work computer", "work device", "work account", "government phone", "government laptop", "government device",
    "government network", "department network", "office network", "work network", "blackberry", "on the clock", "on company time",
    "on government time", "during work hours", "during working hours", "during business hours", "while at work", "at my desk", "from my desk",
    "from the office", "at the office", "work email", "work e-mail",
  ],
};
