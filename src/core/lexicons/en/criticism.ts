import type { Lexicon } from "../../matcher.js";

/** What criticism is aimed at: one's organization, the GC, any government, its leaders and policies. */
export const govTarget: Lexicon = {
  id: "gov-target",
  lang: "en",
  source: "TBS guidance: criticism of your organization's decisions, of the GC, or of any government or its leaders, written for Impartial",
  terms: [
    "government", "governments", "the gov", "the govt", "govt", "gov't", "the feds", "feds", "federal", "ottawa bureaucrats", "bureaucrats",
    "minister", "ministers", "the minister", "prime minister", "the pm", "pm", "the premier", "premier of", "our premier", "your premier", "their premier", "premiers", "premier ford", "premier smith", "premier eby", "premier moe", "premier kinew", "premier legault", "premier houston", "premier holt", "cabinet", "parliament", "the senate",
    "politicians", "politician", "mayor", "city council", "council", "councillor", "councillors", "deputy minister", "the dm", "my dm",
    "my department", "my organization", "my organisation", "my agency", "my employer", "my ministry", "our department", "our organization",
    "our agency", "our employer", "the department", "the agency", "the employer", "our ministry", "senior management", "upper management",
    "management", "leadership", "the executives", "executives", "adm", "dg",
    "policy", "policies", "the policy", "this policy", "new policy", "the directive", "directive", "the budget", "budget", "budget cuts", "cuts",
    "the mandate", "mandate", "return to office", "return-to-office", "rto", "back to office", "office mandate", "phoenix", "phoenix pay",
    "pay system", "the program", "the programme", "program", "programs", "regulation", "regulations", "the law", "the bill", "carbon tax",
    "tax", "taxes", "scheduling system", "the system", "the new system", "reform", "decision", "decisions", "plan", "their plan", "strategy",
    "treasury board", "public service", "the public service", "workforce adjustment", "layoffs", "hiring freeze", "staffing", "the union",
    "immigration targets", "immigration levels", "president", "the president", "long-form census", "the long-form census",
  ],
};

/** Praise: said of a government or its leaders, it is still commenting on them (TBS: risky). */
export const praise: Lexicon = {
  id: "praise",
  lang: "en",
  source: "TBS guidance (commenting about our own or another jurisdiction's government or leaders is risky), written for Impartial",
  terms: [
    "great job", "good job", "did a great job", "doing a great job", "great work", "well done", "nailed it", "bravo", "kudos", "proud of",
    "best", "brilliant", "amazing", "fantastic", "excellent", "impressive", "strong leadership", "thank you", "thanks to", "love",
  ],
};

/** Scorn without a judgement word: answering an announcement with it reads as criticism. */
export const sarcasm: Lexicon = {
  id: "sarcasm",
  lang: "en",
  source: "everyday sarcasm in replies, written for Impartial",
  terms: ["yeah right", "as if", "sure they will", "sure you will", "good luck with that", "i'll believe it when i see it", "what a joke", "lol", "lmao", "smh", "here we go again", "surprise surprise", "shocker", "of course they did", "never gonna happen", "not holding my breath", "believe that when"],
};
