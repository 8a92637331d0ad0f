import { ACTIONS, CATEGORIES, LANGS, LEVELS, ROLES } from "../core/model.js";
import { QUESTIONS, SELF_ASSESSMENT_LEVELS } from "../core/self-assessment.js";
import { PLATFORMS } from "../importers/types.js";
import { DECISIONS, REVIEW_STATES, SORTS } from "../store/store.js";
import { FEEDBACK_VERDICTS, MAX_REASON_LENGTH } from "../store/feedback.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: json(ref("Error")) });

/** Refusals every POST route can give before its own handler runs. */
const POST_ERRORS = {
  "400": error("The body is not JSON, is nested more than 32 levels deep, or a field is wrong; the message names the problem"),
  "403": error("A request from another site (Origin or Sec-Fetch-Site)"),
  "413": error("The body is larger than 1 MB"),
  "415": error("The body is not sent as application/json"),
  "421": error("The Host header is not this server's own (DNS rebinding)"),
};

/** How every error answer picks its language, said once for the whole API. */
const ERRORS_LANG =
  "Error messages are in English or French: the request's ?lang= when it is en or fr, else the first of en or fr in its Accept-Language header (by q-value), else English.";

const LANG_PARAM = { name: "lang", in: "query", required: false, description: "Language of the messages; by default the text's own", schema: { enum: [...LANGS] } };

const SCHEMAS = {
  Error: {
    type: "object",
    required: ["error"],
    description: ERRORS_LANG,
    properties: { error: { type: "string", description: "What was wrong and what to send instead, in the language of the request (?lang, else Accept-Language, else English)" } },
  },
  Context: {
    type: "object",
    additionalProperties: false,
    properties: {
      identifiable: { type: "boolean", description: "The account shows the person is a public servant" },
      role: { enum: [...ROLES] },
      followers: { type: "integer", minimum: 0 },
      department: { type: "string", pattern: "^[a-z][a-z0-9-]{0,31}$", examples: ["statcan", "esdc", "cra"] },
      electionPeriod: { type: "boolean" },
      workHours: { type: "boolean" },
      governmentDevice: { type: "boolean" },
      authorized: { type: "boolean", description: "Authorized to post about this work" },
      postedAt: { type: "string", format: "date-time" },
    },
  },
  CheckInput: {
    type: "object",
    description: "One input of the batch contract (DESIGN.md)",
    required: ["text"],
    properties: {
      id: { type: ["string", "number"], maxLength: 256, description: "Returned as given with the result" },
      text: { type: "string", minLength: 1, maxLength: 100_000 },
      action: { enum: [...ACTIONS], default: "post" },
      inReplyTo: { type: ["string", "null"], description: "The text being answered (comment, reply)" },
      author: {
        type: ["object", "null"],
        description: "Whoever wrote what is shared, liked, quoted or answered (X's `RT @handle:` form says the same)",
        additionalProperties: false,
        properties: {
          handle: { type: "string", maxLength: 300, description: "The account's handle, with or without its leading @ (@user@instance on Mastodon)" },
          name: { type: "string", maxLength: 300, description: "The name the account shows" },
        },
      },
      context: ref("Context"),
    },
  },
  GuidanceRef: {
    type: "object",
    required: ["id", "source", "section", "quote"],
    properties: { id: { type: "string" }, source: { type: "string" }, section: { type: "string" }, quote: { type: "string" } },
  },
  Finding: {
    type: "object",
    required: ["rule", "category", "level", "message", "guidance"],
    properties: {
      rule: { type: "string" },
      category: { enum: [...CATEGORIES] },
      level: { enum: [...LEVELS] },
      message: { type: "string" },
      span: { type: "array", items: { type: "integer" }, minItems: 2, maxItems: 2, description: "[start, end) UTF-16 offsets into the text" },
      guidance: { type: "array", items: ref("GuidanceRef") },
      suggestion: { type: "string" },
      more: { type: "integer", minimum: 1, description: "How many more findings of the same rule were left out (findings are capped per rule and per text)" },
    },
  },
  CheckResult: {
    type: "object",
    description: "One output of the batch contract (DESIGN.md)",
    required: ["id", "level", "score", "factors", "findings", "questions", "contacts", "lang"],
    properties: {
      id: { type: ["string", "number", "null"] },
      level: { enum: [...LEVELS] },
      score: { type: "integer", minimum: 0, maximum: 100 },
      factors: { type: "array", items: { type: "object", properties: { factor: { type: "string" }, weight: { type: "number" }, note: { type: "string" } } } },
      findings: { type: "array", items: ref("Finding") },
      questions: { type: "array", items: { type: "string" } },
      contacts: { type: "array", items: { type: "string" } },
      rewrite: { type: "string" },
      lang: { enum: [...LANGS] },
      omitted: { type: "integer", minimum: 1, description: "How many findings the caps left out of findings" },
    },
  },
  CheckError: {
    type: "object",
    description: "An input that could not be judged; the rest of the batch goes on",
    required: ["id", "error", "index"],
    properties: { id: { type: ["string", "number", "null"], description: "Null when the input had no usable id" }, error: { type: "string" }, index: { type: "integer", minimum: 0, description: "Its position in items, from 0" } },
  },
  BatchRequest: { type: "object", required: ["items"], properties: { items: { type: "array", maxItems: 1000, items: ref("CheckInput") } } },
  BatchResponse: {
    type: "object",
    required: ["results"],
    properties: { results: { type: "array", description: "One per item, in order", items: { oneOf: [ref("CheckResult"), ref("CheckError")] } } },
  },
  SelfAssessmentAnswers: {
    type: "object",
    required: ["activity", "role"],
    properties: {
      ...Object.fromEntries(QUESTIONS.map((q) => [q.id, { enum: q.answers.map((a) => a.id), description: q.en }])),
      text: { type: "string", description: "The words of the activity, judged by the same engine" },
      action: { enum: [...ACTIONS] },
    },
    additionalProperties: false,
  },
  SelfAssessment: {
    type: "object",
    required: ["level", "score", "drivers", "next", "unanswered", "lang", "answers"],
    properties: {
      level: { enum: [...SELF_ASSESSMENT_LEVELS] },
      score: { type: "integer", minimum: 0, maximum: 100 },
      drivers: { type: "array", items: { type: "object" } },
      next: { type: "array", items: { type: "object" } },
      unanswered: { type: "array", items: { type: "string" } },
      text: ref("CheckResult"),
      lang: { enum: [...LANGS] },
      answers: { type: "object", additionalProperties: { type: "string" } },
    },
  },
  ReviewItem: {
    type: "object",
    properties: {
      platform: { enum: [...PLATFORMS] },
      id: { type: "string" },
      action: { enum: [...ACTIONS] },
      createdAt: { type: "string", format: "date-time" },
      url: { type: ["string", "null"] },
      text: { type: "string" },
      level: { enum: [...LEVELS, null] },
      categories: { type: "array", items: { enum: [...CATEGORIES] } },
      findings: { type: "array", items: ref("Finding") },
      lang: { enum: ["en", "fr", null], description: "The language of the findings' messages" },
      textLang: { enum: ["en", "fr", null], description: "The language the text appears to be written in" },
      beforeService: { type: "boolean" },
      decision: { enum: [...DECISIONS, null] },
      note: { type: ["string", "null"] },
      decidedAt: { type: ["string", "null"], format: "date-time" },
      doneAt: { type: ["string", "null"], format: "date-time", description: "When the item was ticked done on the to-do list" },
      state: { enum: [...REVIEW_STATES, null], description: "The level, or unchecked: the export gave no text to read (only a link) and nothing was found, so it is not called appropriate" },
      readable: { type: "boolean", description: "The item has text besides links" },
      engagement: { type: ["integer", "null"], minimum: 0, description: "Liked and reposted by others this many times, where the export says (X)" },
      offered: { type: "array", items: { enum: [...DECISIONS] }, description: "The decisions this item can be given on its platform (a like: keep, delete = unlike; a bio: keep, edit)" },
    },
  },
  ReviewList: {
    type: "object",
    required: ["total", "counts", "items"],
    properties: {
      total: { type: "integer" },
      counts: { type: "object", description: "By level (unchecked items apart, in unchecked), category, platform, year, year then level (byYearLevel, with unchecked) and decision" },
      left: { type: "integer", minimum: 0, description: "Undecided items at risky or worse in the whole history, whatever the filter" },
      items: { type: "array", items: ref("ReviewItem") },
    },
  },
  Change: {
    type: "object",
    required: ["id", "madeAt", "description", "changed"],
    description: "One change of decisions, undone as one step by POST /api/review/undo",
    properties: {
      id: { type: "integer", minimum: 1 },
      madeAt: { type: "string", format: "date-time" },
      description: { type: "object", required: ["en", "fr"], properties: { en: { type: "string" }, fr: { type: "string" } } },
      changed: { type: "integer", minimum: 0, description: "Items whose decision it set or cleared" },
      skipped: { type: "integer", minimum: 0, description: "Items selected that cannot take the decision (a bio is not deleted, a like is not edited); only when made" },
      ruleId: { type: "integer", minimum: 1, description: "The rule that made it" },
      undoneAt: { type: "string", format: "date-time", description: "When it was undone" },
    },
  },
  Selection: {
    type: "object",
    additionalProperties: false,
    description: "The review's filters as JSON, checked as GET /api/review's query (lists may be given as arrays)",
    properties: {
      level: { oneOf: [{ type: "string" }, { type: "array", items: { enum: [...REVIEW_STATES] } }] },
      category: { enum: [...CATEGORIES] },
      platform: { enum: [...PLATFORMS] },
      year: { oneOf: [{ type: "integer" }, { enum: ["unknown"] }] },
      undecided: { type: "boolean" },
      decision: { enum: [...DECISIONS] },
      search: { type: "string", maxLength: 500 },
      action: { oneOf: [{ type: "string" }, { type: "array", items: { enum: [...ACTIONS] } }] },
      group: { enum: ["own", "shared", "reacted"] },
      attention: { type: "boolean" },
      before: { type: "string", format: "date" },
      after: { type: "string", format: "date" },
      electionPeriod: { type: "boolean" },
      engagementAtLeast: { type: "integer", minimum: 0 },
    },
  },
  Rule: {
    type: "object",
    required: ["id", "createdAt", "selection", "decision"],
    description: "A saved triage rule: the items its selection keeps that have no decision get its decision, now and at every later import; it never replaces a decision",
    properties: { id: { type: "integer", minimum: 1 }, createdAt: { type: "string", format: "date-time" }, selection: ref("Selection"), decision: { enum: [...DECISIONS] }, note: { type: "string" } },
  },
  TodoEntry: {
    type: "object",
    required: ["platform", "id", "action", "decision", "createdAt", "text", "decidedAt"],
    properties: {
      platform: { enum: [...PLATFORMS] },
      id: { type: "string" },
      action: { enum: [...ACTIONS] },
      decision: { enum: DECISIONS.filter((d) => d !== "keep") },
      url: { type: "string" },
      createdAt: { type: "string", format: "date-time" },
      text: { type: "string" },
      note: { type: "string" },
      decidedAt: { type: "string", format: "date-time" },
      doneAt: { type: "string", format: "date-time", description: "Present once ticked done" },
    },
  },
  Todo: {
    type: "object",
    required: ["entries", "done", "total"],
    description: "What the person decided to do (every decision but keep), by platform, then decision, then date",
    properties: { entries: { type: "array", items: ref("TodoEntry") }, done: { type: "integer", minimum: 0 }, total: { type: "integer", minimum: 0 } },
  },
  ScanUpload: {
    type: "object",
    required: ["export"],
    properties: {
      export: { type: "string", format: "binary", description: "The export as downloaded (zip), or one file of it such as tweets.js" },
      platform: { enum: [...PLATFORMS], description: "Detected from the content when absent" },
      joined: { type: "string", format: "date", description: "The day you joined the public service; earlier items are marked" },
      role: { enum: [...ROLES] },
      department: { type: "string", pattern: "^[a-z][a-z0-9-]{0,31}$" },
      identifiable: { enum: ["true", "false"] },
      lang: { enum: [...LANGS], description: "Language of the stored messages; by default the text's own" },
    },
  },
  ScanJob: {
    type: "object",
    required: ["id", "status", "file", "platform", "itemsRead", "counts", "warnings", "startedAt"],
    properties: {
      id: { type: "string", format: "uuid" },
      status: { enum: ["running", "done", "failed"] },
      file: { type: "string", description: "The uploaded file's name" },
      platform: { enum: [...PLATFORMS, null], description: "Null until detected" },
      itemsRead: { type: "integer", minimum: 0, description: "Items judged and stored so far" },
      counts: { type: "object", description: "Items so far by level", properties: Object.fromEntries(LEVELS.map((l) => [l, { type: "integer", minimum: 0 }])) },
      reading: {
        type: "object",
        required: ["file"],
        description: "While running: the file of the export being read, and how far into it when its size is known",
        properties: { file: { type: "string" }, percent: { type: "integer", minimum: 0, maximum: 100 } },
      },
      warnings: { type: "array", items: { type: "string" }, maxItems: 20, description: "What the importer skipped or could not read (unsafe zip entries, unreadable records), in the upload's language: the first 20" },
      warningCount: { type: "integer", minimum: 1, description: "How many warnings there were in all, when there were any" },
      error: { type: "string", description: "Why a failed job stopped, naming the file and the position (an export that gives no items fails, saying what it looked like); the items read before it stay stored" },
      cancelled: { type: "boolean", description: "True when the job was cancelled (DELETE /api/scan/{id}); it is then failed, and what it stored stays" },
      cancelling: { type: "boolean", description: "True while a cancel asked for is under way" },
      startedAt: { type: "string", format: "date-time" },
      finishedAt: { type: "string", format: "date-time" },
    },
  },
  FeedbackInput: {
    type: "object",
    description: "A \"this finding looks wrong\" report: the draft checked, the finding, and what the person thinks of it. Kept in the review database on this computer, never sent.",
    required: ["lang", "text", "finding", "verdict"],
    properties: {
      lang: { enum: [...LANGS], description: "The language of the page the finding was shown in" },
      action: { enum: [...ACTIONS], default: "post" },
      text: { type: "string", minLength: 1, maxLength: 100_000, description: "The draft checked" },
      inReplyTo: { type: ["string", "null"] },
      author: { type: ["object", "null"], properties: { handle: { type: "string" }, name: { type: "string" } } },
      context: ref("Context"),
      finding: {
        type: "object",
        required: ["rule", "category", "level", "message"],
        additionalProperties: false,
        properties: {
          rule: { type: "string", maxLength: 100 },
          category: { enum: [...CATEGORIES] },
          level: { enum: [...LEVELS] },
          message: { type: "string", maxLength: 2000 },
          span: { type: ["array", "null"], items: { type: "integer", minimum: 0 }, minItems: 2, maxItems: 2, description: "[start, end) in text" },
          source: { enum: ["rule", "model"], default: "rule" },
        },
      },
      verdict: { enum: [...FEEDBACK_VERDICTS], description: "What the finding should have been" },
      reason: { type: "string", maxLength: MAX_REASON_LENGTH },
    },
  },
  FeedbackReport: {
    description: "A stored report: the input, with the quoted passage taken from the draft at the span; one line of the JSONL export",
    allOf: [
      ref("FeedbackInput"),
      { type: "object", required: ["id", "createdAt"], properties: { id: { type: "integer", minimum: 1 }, createdAt: { type: "string", format: "date-time" }, rulesVersion: { type: "string" }, finding: { type: "object", properties: { passage: { type: "string" } } } } },
    ],
  },
  DecisionRequest: {
    type: "object",
    required: ["platform", "id", "decision"],
    additionalProperties: false,
    properties: { platform: { enum: [...PLATFORMS] }, id: { type: "string" }, decision: { enum: [...DECISIONS, "clear"] }, note: { type: "string", maxLength: 2000 } },
  },
};

const download = (summary: string, media: string, what: string, selects = false) => ({
  get: {
    summary,
    parameters: [...(selects ? SELECTION_FILTERS : []), { ...LANG_PARAM, description: "Language of the headings and labels; English by default" }],
    responses: {
      "200": {
        description: `${what}, sent as an attachment (Content-Disposition) to save`,
        headers: { "Content-Disposition": { description: 'attachment; filename="impartial-…"', schema: { type: "string" } } },
        content: { [media]: { schema: { type: "string" } } },
      },
      "400": error(selects ? "A filter is wrong, lang is not en or fr, or another parameter was given" : "lang is not en or fr, or another parameter was given"),
      "503": error("No review database is open"),
    },
  },
});

const filter = (name: string, schema: unknown, description: string) => ({ name, in: "query", required: false, schema, description });

/** The filters that select part of the history: the review list's and the reports'. */
const SELECTION_FILTERS = [
  filter("level", { type: "string" }, `${REVIEW_STATES.join(", ")}; several comma-separated. unchecked: items with no text to read (only a link), never counted as appropriate`),
  filter("category", { enum: [...CATEGORIES] }, "Items with a finding of this category"),
  filter("platform", { enum: [...PLATFORMS] }, "Items from this platform"),
  filter("year", { oneOf: [{ type: "integer" }, { enum: ["unknown"] }] }, "Items created in this year (UTC), or unknown: the items whose date is unknown"),
  filter("undecided", { enum: ["true", "false"] }, "Only items without a decision"),
  filter("decision", { enum: [...DECISIONS] }, "Only items given this decision"),
  filter("search", { type: "string", maxLength: 500 }, "Words the text must hold (full-text: each word a prefix, accents folded, all required); at least one letter or digit"),
  filter("action", { type: "string" }, `${ACTIONS.join(", ")}; several comma-separated`),
  filter("group", { enum: ["own", "shared", "reacted"] }, "own: posts, replies, comments, bios; shared: shares and boosts; reacted: likes and follows"),
  filter("attention", { enum: ["true", "false"] }, "What needs attention: undecided items at risky or worse"),
  filter("before", { type: "string", format: "date" }, "Created before this day (YYYY-MM-DD), exclusive; items whose date is unknown are never before nor after"),
  filter("after", { type: "string", format: "date" }, "Created on or after this day (YYYY-MM-DD)"),
  filter("electionPeriod", { enum: ["true", "false"] }, "Judged as made during an election period, or not"),
  filter("engagementAtLeast", { type: "integer", minimum: 0 }, "Liked and reposted by others at least this many times (where the export says: X)"),
];

/** The OpenAPI 3.1 description of every route, built from the same constants the server validates with. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "Impartial",
      version: "1",
      description: `Checks social media activity against the Government of Canada guidance for public servants. Advice, not a ruling. Local only: the server answers on loopback and refuses other sites. ${ERRORS_LANG}`,
    },
    servers: [{ url: "/" }],
    paths: {
      "/api/openapi.json": { get: { summary: "This document", responses: { "200": { description: "The OpenAPI document", content: json({ type: "object" }) } } } },
      "/api/check": {
        post: {
          summary: "Judge one activity",
          parameters: [LANG_PARAM],
          requestBody: { required: true, content: json(ref("CheckInput")) },
          responses: { "200": { description: "The assessment", content: json(ref("CheckResult")) }, ...POST_ERRORS },
        },
      },
      "/api/check/batch": {
        post: {
          summary: "Judge up to 1,000 activities; a bad item gets an error and the rest go on",
          parameters: [LANG_PARAM],
          requestBody: { required: true, content: json(ref("BatchRequest")) },
          responses: { "200": { description: "One result per item, in order", content: json(ref("BatchResponse")) }, ...POST_ERRORS, "413": error("The body is larger than 1 MB, or its texts (text and inReplyTo) hold more than 500,000 characters together") },
        },
      },
      "/api/assess": {
        post: {
          summary: "Political activity self-assessment (PSC factors)",
          parameters: [LANG_PARAM],
          requestBody: { required: true, content: json(ref("SelfAssessmentAnswers")) },
          responses: { "200": { description: "Low, moderate or high, with what weighs and next steps", content: json(ref("SelfAssessment")) }, ...POST_ERRORS },
        },
      },
      "/api/scan": {
        post: {
          summary: "Upload a platform export to scan; its items go to the review database (one scan at a time)",
          requestBody: { required: true, content: { "multipart/form-data": { schema: ref("ScanUpload") } } },
          responses: {
            "202": {
              description: "The job started; follow it at the Location given",
              headers: { Location: { description: "/api/scan/{id}", schema: { type: "string" } } },
              content: json({ type: "object", required: ["job"], properties: { job: ref("ScanJob") } }),
            },
            "400": error("A field is wrong, the file is missing, or the multipart body cannot be read"),
            "403": POST_ERRORS["403"],
            "408": error("The upload stalled for 60 s, or arrived slower than 32 KiB/s on average after its first 20 s"),
            "409": error("Another scan is running: wait until it is done or failed"),
            "413": error("The export is larger than the server accepts (2 GiB by default)"),
            "415": error("The body is not sent as multipart/form-data"),
            "421": POST_ERRORS["421"],
            "503": error("No review database is open"),
          },
        },
      },
      "/api/scan/{id}": {
        get: {
          summary: "The progress of an upload's scan",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": { description: "The job: running, done or failed, with the items read so far by level", content: json(ref("ScanJob")) },
            "404": error("No such job on this server"),
            "503": error("No review database is open"),
          },
        },
        delete: {
          summary: "Cancel an upload's scan: it stops reading, keeps what it stored (the import is marked interrupted; uploading the export again finishes it), and the answer is the job once it has ended. A job already ended is answered as it is",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": { description: "The job, ended: failed with cancelled true and an error saying how many items stay stored", content: json(ref("ScanJob")) },
            "403": POST_ERRORS["403"],
            "404": error("No such job on this server"),
            "503": error("No review database is open"),
          },
        },
      },
      "/api/review": {
        get: {
          summary: "Stored history items, worst first",
          parameters: [
            ...SELECTION_FILTERS,
            filter("sort", { enum: [...SORTS], default: "level" }, "attention: own words, then shares, then likes, each worst first then newest; level: worst first then newest; newest; oldest; platform; engagement"),
            filter("limit", { type: "integer", maximum: 1000, default: 50 }, "Page size"),
            filter("offset", { type: "integer", minimum: 0 }, "Items to skip"),
            { ...LANG_PARAM, description: "Language of the items' messages and of an error message (en or fr): an item stored in the other language is judged again in the context it was judged in; without it, the items are as stored" },
          ],
          responses: {
            "200": { description: "A page of items with counts over the whole selection", content: json(ref("ReviewList")) },
            "400": error("A filter is wrong"),
            "503": error("No review database is open"),
          },
        },
      },
      "/api/review/report.html": download("The printable review report of the risky and inappropriate items: of the whole history, or of what the filters select (the report names them)", "text/html", "A self-contained HTML page (no script; its own CSP)", true),
      "/api/review/report.csv": download("Every stored item (or every item the filters select) with its level, categories and decision, for a spreadsheet", "text/csv", "RFC 4180 CSV with a UTF-8 byte order mark", true),
      "/api/review/checklist.html": download("The deletion checklist: the items marked delete, with links, to tick off", "text/html", "A self-contained HTML page (no script; its own CSP)"),
      "/api/review/checklist.csv": download("The deletion checklist as CSV", "text/csv", "RFC 4180 CSV with a UTF-8 byte order mark"),
      "/api/review/todo.html": download("The to-do list, printable: by platform and step as the platform names it (Unlike, Undo boost, Delete, Edit bio…), with direct links, ticks and progress", "text/html", "A self-contained HTML page (no script; its own CSP)"),
      "/api/review/todo.csv": download("The to-do list as CSV, with the step's name, a done column (true or false) and when it was done", "text/csv", "RFC 4180 CSV with a UTF-8 byte order mark"),
      "/api/review/bulk": {
        post: {
          summary: "One decision for many items: the keys given, or every item a filter selects; logged as one change, undone in one step",
          requestBody: {
            required: true,
            content: json({
              type: "object",
              required: ["decision"],
              additionalProperties: false,
              description: "Exactly one of keys or filter",
              properties: {
                keys: { type: "array", minItems: 1, maxItems: 10_000, items: { type: "object", required: ["platform", "id"], properties: { platform: { enum: [...PLATFORMS] }, id: { type: "string", minLength: 1 } } } },
                filter: ref("Selection"),
                decision: { enum: [...DECISIONS, "clear"], description: "clear removes the items' decisions" },
                note: { type: ["string", "null"], maxLength: 2000, description: "Replaces the items' notes; without it each keeps its own" },
              },
            }),
          },
          responses: {
            "200": { description: "The change (with how many items it changed and skipped) and what is left to look at", content: json({ type: "object", required: ["change", "left"], properties: { change: ref("Change"), left: { type: "integer", minimum: 0 } } }) },
            ...POST_ERRORS,
            "503": error("No review database is open"),
          },
        },
      },
      "/api/review/undo": {
        post: {
          summary: "Undo a change of decisions (the latest not yet undone by default) in one step; items decided again since are left as they are",
          requestBody: { required: true, content: json({ type: "object", additionalProperties: false, properties: { change: { type: "integer", minimum: 1 } } }) },
          responses: {
            "200": {
              description: "The change undone, how many items were put back and how many kept (decided again since)",
              content: json({ type: "object", required: ["change", "restored", "kept", "left"], properties: { change: ref("Change"), restored: { type: "integer", minimum: 0 }, kept: { type: "integer", minimum: 0 }, left: { type: "integer", minimum: 0 } } }),
            },
            ...POST_ERRORS,
            "404": error("No such change"),
            "409": error("There is no change to undo"),
            "503": error("No review database is open"),
          },
        },
      },
      "/api/review/changes": {
        get: {
          summary: "The changes of decisions, newest first (the latest 50), those undone marked",
          responses: { "200": { description: "The changes", content: json({ type: "object", required: ["changes"], properties: { changes: { type: "array", items: ref("Change") } } }) }, "503": error("No review database is open") },
        },
      },
      "/api/review/rules": {
        get: {
          summary: "The saved triage rules",
          responses: { "200": { description: "The rules, oldest first", content: json({ type: "object", required: ["rules"], properties: { rules: { type: "array", items: ref("Rule") } } }) }, "503": error("No review database is open") },
        },
        post: {
          summary: "Save a rule and apply it now to the items it selects that have no decision ({filter, decision, note}), or delete one ({delete: id}: the decisions it made stay)",
          requestBody: {
            required: true,
            content: json({
              oneOf: [
                { type: "object", required: ["filter", "decision"], additionalProperties: false, properties: { filter: ref("Selection"), decision: { enum: [...DECISIONS] }, note: { type: ["string", "null"], maxLength: 2000 } } },
                { type: "object", required: ["delete"], additionalProperties: false, properties: { delete: { type: "integer", minimum: 1 } } },
              ],
            }),
          },
          responses: {
            "200": {
              description: "The rules; after an add, the rule, the change it made now, and what is left to look at",
              content: json({ type: "object", required: ["rules"], properties: { rule: ref("Rule"), change: ref("Change"), rules: { type: "array", items: ref("Rule") }, left: { type: "integer", minimum: 0 } } }),
            },
            ...POST_ERRORS,
            "404": error("No such rule"),
            "503": error("No review database is open"),
          },
        },
      },
      "/api/review/todo": {
        get: {
          summary: "The to-do list: every decision but keep, with its link and tick",
          parameters: [filter("platform", { enum: [...PLATFORMS] }, "Only this platform's steps")],
          responses: { "200": { description: "The to-do list and its progress", content: json(ref("Todo")) }, "400": error("platform is not one of the platforms"), "503": error("No review database is open") },
        },
        post: {
          summary: "Tick one entry done, or untick it; ticks are kept in the review database",
          requestBody: { required: true, content: json({ type: "object", required: ["platform", "id", "done"], additionalProperties: false, properties: { platform: { enum: [...PLATFORMS] }, id: { type: "string", minLength: 1 }, done: { type: "boolean" } } }) },
          responses: {
            "200": { description: "The progress of the whole list and the entry as it is now", content: json({ type: "object", required: ["done", "total", "entry"], properties: { done: { type: "integer", minimum: 0 }, total: { type: "integer", minimum: 0 }, entry: { oneOf: [ref("TodoEntry"), { type: "null" }] } } }) },
            ...POST_ERRORS,
            "503": error("No review database is open"),
          },
        },
      },
      "/api/review/forget": {
        post: {
          summary: "Delete what is stored of one platform, or all of it, leaving no trace of its text in the database's files",
          requestBody: {
            required: true,
            content: json({ type: "object", required: ["confirm"], additionalProperties: false, properties: { confirm: { const: true }, platform: { enum: [...PLATFORMS, null] } } }),
          },
          responses: {
            "200": { description: "How many items were deleted", content: json({ type: "object", required: ["deleted", "platform"], properties: { deleted: { type: "integer", minimum: 0 }, platform: { enum: [...PLATFORMS, null] } } }) },
            ...POST_ERRORS,
            "409": error("A scan is running"),
            "503": error("No review database is open"),
          },
        },
      },
      "/api/feedback": {
        get: {
          summary: "The \"this finding looks wrong\" reports kept in the review database, newest first",
          responses: {
            "200": { description: "The reports", content: json({ type: "object", required: ["total", "reports"], properties: { total: { type: "integer", minimum: 0 }, reports: { type: "array", items: ref("FeedbackReport") } } }) },
            "403": error("A request from another site (Sec-Fetch-Site)"),
            "503": error("No review database is open"),
          },
        },
      },
      "/api/feedback/report": {
        post: {
          summary: "Keep a \"this finding looks wrong\" report (never sent anywhere)",
          // No other field is accepted; said here rather than in the schema, which FeedbackReport extends.
          requestBody: { required: true, content: json({ allOf: [ref("FeedbackInput")], unevaluatedProperties: false }) },
          responses: { "201": { description: "The report as stored", content: json(ref("FeedbackReport")) }, ...POST_ERRORS, "503": error("No review database is open") },
        },
      },
      "/api/feedback/export.jsonl": {
        get: {
          summary: "Every report as JSON lines (one FeedbackReport a line, oldest first), to give to a values and ethics office or the project if the person chooses",
          parameters: [{ ...LANG_PARAM, description: "Language of an error answer" }],
          responses: {
            "200": {
              description: "JSON lines sent as an attachment (Content-Disposition) to save",
              headers: { "Content-Disposition": { description: 'attachment; filename="impartial-feedback.jsonl"', schema: { type: "string" } } },
              content: { "application/x-ndjson": { schema: { type: "string" } } },
            },
            "400": error("A parameter other than lang was given"),
            "403": error("A request from another site (Sec-Fetch-Site)"),
            "503": error("No review database is open"),
          },
        },
      },
      "/api/feedback/delete": {
        post: {
          summary: "Delete one report, or every one",
          requestBody: {
            required: true,
            content: json({ oneOf: [{ type: "object", required: ["id"], additionalProperties: false, properties: { id: { type: "integer", minimum: 1 } } }, { type: "object", required: ["all", "confirm"], additionalProperties: false, properties: { all: { const: true }, confirm: { const: true } } }] }),
          },
          responses: {
            "200": { description: "How many reports were deleted", content: json({ type: "object", required: ["deleted"], properties: { deleted: { type: "integer", minimum: 0 } } }) },
            ...POST_ERRORS,
            "404": error("No report with this id"),
            "503": error("No review database is open"),
          },
        },
      },
      "/api/review/decision": {
        post: {
          summary: "Record (or clear) what the person decided for an item",
          requestBody: { required: true, content: json(ref("DecisionRequest")) },
          responses: {
            "200": { description: "The item with its decision, and left: the undecided items at risky or worse in the whole history", content: json({ allOf: [ref("ReviewItem"), { type: "object", properties: { left: { type: "integer", minimum: 0 } } }] }) },
            ...POST_ERRORS,
            "404": error("No such item in the review database"),
            "503": error("No review database is open"),
          },
        },
      },
    },
    components: { schemas: SCHEMAS },
  };
}
