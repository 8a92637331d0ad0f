/**
 * Who a post speaks of, in English: one's own employer and its managers, colleagues, governments and their leaders,
 * and the decisions they make. Written for Impartial from the TBS guidance's categories (criticism of "your
 * organization's decisions", of "any government or its leaders"; venting about "colleagues") and how posts name them.
 */
export const EN_TARGETS: readonly (readonly [string, TargetWord])[] = [
  // one's own employer and its units
  ...words("employer", [
    "my department", "my dept", "my org", "my organization", "my organisation", "my agency", "my employer", "my ministry", "my branch",
    "my directorate", "my division", "my unit", "my sector", "my region", "our department", "our dept", "our org", "our organization",
    "our organisation", "our agency", "our employer", "our branch", "our directorate", "our division", "our ministry", "where i work",
    "the place i work", "my own program", "my own department", "my program", "our program", "the department", "the employer", 
  ]),
  // people who manage one
  ...words("management", [
    "my manager", "my boss", "my supervisor", "my director", "my director general", "my dg", "my adm", "my dm", "my team lead",
    "my team leader", "my executive", "my exec", "my new manager", "my new boss", "my old boss", "our manager", "our boss", "our director",
    "our dg", "our adm", "our dm", "our team lead", "the adm", "the dg",
  ]),
  // the people who lead one's organization, together: their decisions are the organization's
  ...words("leadership", [
    "senior management", "upper management", "senior leadership", "the management", "the executives", "our executives", "the higher ups",
    "the higher-ups", "higher ups", "the brass", "middle management", "management team", "our leadership",
  ]),
  // people one works with
  ...words("colleague", [
    "my coworker", "my coworkers", "my co-worker", "my co-workers", "my colleague", "my colleagues", "coworker", "coworkers", "co-worker",
    "co-workers", "colleague", "colleagues", "my cubicle neighbour", "my cubicle neighbor", "my deskmate", "the new hire", "the intern",
    "people on my team", "people in my unit", "the guys in it", "the it guys", "the folks in hr", "the people in hr", "hr",
    "my office mate", "my officemate", "the clowns in",
  ]),
  // governments, legislatures and their seats, here and abroad
  ...words("government", [
    "the government", "government", "governments", "the gov", "the govt", "govt", "gov't", "the feds", "feds", "federal government",
    "the federal government", "ottawa should", "ottawa needs to", "ottawa wants", "queen's park", "city hall", "the provincial government",
    "the senate", "senate", "parliament", "the house of commons", "cabinet", "the cabinet", "this administration", 
    "the us administration", "the american administration", "the white house", 
    "this government", "their government", 
  ]),
  // places and seats of power that stand for a government when judged
  ...words("polity", [
    "city of", "the city of", "the province", "the us", "the u.s.", "the usa", "the states", "the americans", "america", "washington",
    "the kremlin", "beijing", "the regime", "the ccp", "china", "russia", "israel", "iran", "india", "alberta", "ontario", "quebec",
  ]),
  // a party spoken of without its name
  ...words("party", ["that party", "this party", "their party", "his party", "her party", "the party's platform", "the opposition"]),
  // people who lead a government
  ...words("leader", [
    "the minister", "minister", "ministers", "the prime minister", "prime minister", "the pm", "pm", "the premier", "premiers",
    "the mayor", "mayor", "councillor", "my councillor", "the president", "president", "politicians", "politician", "our mp", "my mp",
    "the deputy minister", "trump", "donald trump", "biden", "joe biden", "putin", "vladimir putin", "modi", "narendra modi", "macron",
    "emmanuel macron", "harper", "stephen harper", "xi", "xi jinping", "netanyahu", "starmer", "meloni", "milei", "erdogan", "zelensky", "kamala harris", "obama",
    "premier ford", "premier smith", "premier eby", "premier moe", "premier kinew", "premier legault", "premier houston", "premier holt",
  ]),
  // decisions, policies, programs and laws
  ...words("policy", [
    "policy", "policies", "the policy", "this policy", "this decision", "their decision", "reorg", "reorganization", "reorganisation", "restructuring",
    "return to office", "return-to-office", "rto", "the rto", "office mandate", "hiring freeze", "budget cuts", "cuts", "the budget", 
    "city council", "bill c", "the law", "this law", "the reform", "reform", "the mandate", "mandate",
    "the directive", "directive", "phoenix", "phoenix pay system", "pay system", "carbon tax", "the tax", "tariffs", "subsidy", "the subsidy",
    "regulations", "their plan", "the strategy", "the announcement", "announcement", "the rollout", "rollout", "the new system",
    "the agreement", "this agreement", "the new agreement", "workforce adjustment", "layoffs", "job cuts", "the response",
  ]),
];

/** `polity`: a place that stands for its government ("the US", "la Ville de Montréal"); praise of it is not commenting on a government. */
export type TargetWord = "party" | "employer" | "management" | "leadership" | "colleague" | "government" | "polity" | "leader" | "policy";

function words(kind: TargetWord, list: readonly string[]): (readonly [string, TargetWord])[] {
  return list.map((w) => [w, kind] as const);
}
