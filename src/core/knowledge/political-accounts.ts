/**
 * The official social media accounts of Canada's federal parties and their leaders (the current ones as of
 * December 2026, and those of the 2019 and 2021 elections, since histories go back years), and of the main
 * provincial and territorial parties and their leaders.
 *
 * Why it is here: "Liking or sharing partisan content is engaging with it" (TBS, "Is it risky?"; DESIGN.md). A party's
 * or a leader's post is partisan content whoever reads it, even when its words are neutral ("Great crowd in Sudbury
 * tonight!"), so knowing who wrote what is shared, liked or answered matters as much as its words.
 *
 * What each entry is:
 * - `party`: the party's own account.
 * - `leader`: the account a party leader runs as a politician (their own, not their office's): `period` is the
 *   tenure as leader. Outside it the account is still a partisan figure's (a former or future leader, usually still an
 *   MP or a candidate), so it stays here; the rule names it "former leader".
 * - `caucus`: a party's parliamentary caucus.
 * - `government`: an office of the Crown, not a party (the Prime Minister's office account, a department's): its
 *   posts speak for the Government of Canada, and sharing them is not engaging with partisan content. They are here
 *   so that an author is recognised as *not* partisan, not left unknown.
 *   @CanadianPM (and its French twin @PMcanadien) is the Prime Minister's office account, whoever holds it: government.
 *   @JustinTrudeau and @MarkJCarney are the accounts of the men as Liberal leaders and MPs: leader.
 *
 * How far each handle is checked (`verified`): `true` only where a public page seen while writing this attributes the
 * handle to the account, with that page as `source`. The X handles of the five leaders of 2019 are the accounts the
 * tweets of the 2019 leaders' corpus were collected from (github.com/SamEdwardes/sentiment-cdn-election). Every other
 * handle is written from general knowledge of the parties' public pages and is `verified: false`: its `source` is the
 * page where it should be confirmed (the party's own site, which links its accounts). Leaders chosen after mid-2025
 * (provincial leadership races of 2025–2026) may be missing or out of date: none of them is verified.
 *
 * Candidates' own accounts are too many and too short-lived to list; `CANDIDATE_MARKERS` below gives the words with
 * which candidates usually name their accounts, read cautiously by `src/core/structure/author.ts`.
 */

export const PLATFORMS = ["x", "bluesky", "instagram", "facebook", "mastodon", "threads"] as const;
export type Platform = (typeof PLATFORMS)[number];

export type AccountKind = "party" | "leader" | "caucus" | "government";

export type Jurisdiction = "federal" | "ab" | "bc" | "mb" | "nb" | "nl" | "ns" | "nt" | "nu" | "on" | "pe" | "qc" | "sk" | "yt";

export interface Party {
  /** A short id, e.g. `lpc`, `on-pc`. */
  id: string;
  jurisdiction: Jurisdiction;
  en: string;
  fr: string;
  /** Its usual abbreviations, both languages (LPC/PLC). */
  abbreviations: readonly string[];
}

export interface AccountHandle {
  platform: Platform;
  /** As the platform shows it, without `@` (Bluesky and Mastodon: the full `user.domain` / `user@instance`). */
  handle: string;
  verified: boolean;
  /** Where the handle is (or should be) confirmed. */
  source: string;
}

export interface PoliticalAccount {
  id: string;
  kind: AccountKind;
  /** The party's id (absent for a government account). */
  party?: string;
  /** The name the account shows: a person's or the party's. */
  name: string;
  /** A leader's tenure (ISO dates; `to` absent while it lasts). */
  period?: { from: string; to?: string };
  handles: readonly AccountHandle[];
  note?: string;
}

const CORPUS_2019 = "https://github.com/SamEdwardes/sentiment-cdn-election";

export const PARTIES: readonly Party[] = [
  { id: "lpc", jurisdiction: "federal", en: "Liberal Party of Canada", fr: "Parti libéral du Canada", abbreviations: ["LPC", "PLC"] },
  { id: "cpc", jurisdiction: "federal", en: "Conservative Party of Canada", fr: "Parti conservateur du Canada", abbreviations: ["CPC", "PCC"] },
  { id: "ndp", jurisdiction: "federal", en: "New Democratic Party", fr: "Nouveau Parti démocratique", abbreviations: ["NDP", "NPD"] },
  { id: "bq", jurisdiction: "federal", en: "Bloc Québécois", fr: "Bloc Québécois", abbreviations: ["BQ"] },
  { id: "gpc", jurisdiction: "federal", en: "Green Party of Canada", fr: "Parti vert du Canada", abbreviations: ["GPC", "PVC"] },
  { id: "ppc", jurisdiction: "federal", en: "People's Party of Canada", fr: "Parti populaire du Canada", abbreviations: ["PPC"] },
  { id: "on-pc", jurisdiction: "on", en: "Progressive Conservative Party of Ontario", fr: "Parti progressiste-conservateur de l'Ontario", abbreviations: ["PCPO", "OPC"] },
  { id: "on-ndp", jurisdiction: "on", en: "Ontario NDP", fr: "NPD de l'Ontario", abbreviations: ["ONDP"] },
  { id: "on-lib", jurisdiction: "on", en: "Ontario Liberal Party", fr: "Parti libéral de l'Ontario", abbreviations: ["OLP", "PLO"] },
  { id: "on-green", jurisdiction: "on", en: "Green Party of Ontario", fr: "Parti vert de l'Ontario", abbreviations: ["GPO"] },
  { id: "qc-caq", jurisdiction: "qc", en: "Coalition Avenir Québec", fr: "Coalition avenir Québec", abbreviations: ["CAQ"] },
  { id: "qc-plq", jurisdiction: "qc", en: "Quebec Liberal Party", fr: "Parti libéral du Québec", abbreviations: ["PLQ", "QLP"] },
  { id: "qc-pq", jurisdiction: "qc", en: "Parti Québécois", fr: "Parti Québécois", abbreviations: ["PQ"] },
  { id: "qc-qs", jurisdiction: "qc", en: "Québec solidaire", fr: "Québec solidaire", abbreviations: ["QS"] },
  { id: "qc-pcq", jurisdiction: "qc", en: "Conservative Party of Quebec", fr: "Parti conservateur du Québec", abbreviations: ["PCQ"] },
  { id: "bc-ndp", jurisdiction: "bc", en: "BC NDP", fr: "NPD de la Colombie-Britannique", abbreviations: ["BCNDP"] },
  { id: "bc-con", jurisdiction: "bc", en: "Conservative Party of British Columbia", fr: "Parti conservateur de la Colombie-Britannique", abbreviations: ["BCCP"] },
  { id: "bc-green", jurisdiction: "bc", en: "BC Greens", fr: "Parti vert de la Colombie-Britannique", abbreviations: ["BCGP"] },
  { id: "ab-ucp", jurisdiction: "ab", en: "United Conservative Party", fr: "Parti conservateur uni", abbreviations: ["UCP", "PCU"] },
  { id: "ab-ndp", jurisdiction: "ab", en: "Alberta NDP", fr: "NPD de l'Alberta", abbreviations: ["ABNDP"] },
  { id: "sk-party", jurisdiction: "sk", en: "Saskatchewan Party", fr: "Parti saskatchewanais", abbreviations: ["SKP"] },
  { id: "sk-ndp", jurisdiction: "sk", en: "Saskatchewan NDP", fr: "NPD de la Saskatchewan", abbreviations: ["SKNDP"] },
  { id: "mb-ndp", jurisdiction: "mb", en: "Manitoba NDP", fr: "NPD du Manitoba", abbreviations: ["MBNDP"] },
  { id: "mb-pc", jurisdiction: "mb", en: "Progressive Conservative Party of Manitoba", fr: "Parti progressiste-conservateur du Manitoba", abbreviations: ["PCMB"] },
  { id: "ns-pc", jurisdiction: "ns", en: "Progressive Conservative Association of Nova Scotia", fr: "Parti progressiste-conservateur de la Nouvelle-Écosse", abbreviations: ["NSPC"] },
  { id: "ns-ndp", jurisdiction: "ns", en: "Nova Scotia NDP", fr: "NPD de la Nouvelle-Écosse", abbreviations: ["NSNDP"] },
  { id: "ns-lib", jurisdiction: "ns", en: "Nova Scotia Liberal Party", fr: "Parti libéral de la Nouvelle-Écosse", abbreviations: ["NSLP"] },
  { id: "nb-lib", jurisdiction: "nb", en: "New Brunswick Liberal Association", fr: "Association libérale du Nouveau-Brunswick", abbreviations: ["NBLA"] },
  { id: "nb-pc", jurisdiction: "nb", en: "Progressive Conservative Party of New Brunswick", fr: "Parti progressiste-conservateur du Nouveau-Brunswick", abbreviations: ["PCNB"] },
  { id: "nl-lib", jurisdiction: "nl", en: "Liberal Party of Newfoundland and Labrador", fr: "Parti libéral de Terre-Neuve-et-Labrador", abbreviations: ["NLLP"] },
  { id: "nl-pc", jurisdiction: "nl", en: "Progressive Conservative Party of Newfoundland and Labrador", fr: "Parti progressiste-conservateur de Terre-Neuve-et-Labrador", abbreviations: ["PCNL"] },
  { id: "pe-pc", jurisdiction: "pe", en: "Progressive Conservative Party of Prince Edward Island", fr: "Parti progressiste-conservateur de l'Île-du-Prince-Édouard", abbreviations: ["PCPEI"] },
  { id: "pe-green", jurisdiction: "pe", en: "Green Party of Prince Edward Island", fr: "Parti vert de l'Île-du-Prince-Édouard", abbreviations: ["GPPEI"] },
  { id: "yt-party", jurisdiction: "yt", en: "Yukon Party", fr: "Parti du Yukon", abbreviations: ["YP"] },
  { id: "yt-lib", jurisdiction: "yt", en: "Yukon Liberal Party", fr: "Parti libéral du Yukon", abbreviations: ["YLP"] },
];

/** A handle not confirmed while writing this: `source` is where to confirm it. */
function unverified(platform: Platform, handle: string, source: string): AccountHandle {
  return { platform, handle, verified: false, source };
}

function seen(platform: Platform, handle: string, source: string): AccountHandle {
  return { platform, handle, verified: true, source };
}

const x = (handle: string, source: string) => unverified("x", handle, source);
/**
 * A Bluesky handle, confirmed where it is shown: its profile page. Those listed were recorded as resolving to an
 * account on 2026-04-24 by a public watch-list of Canadian political accounts seen while writing this; resolving says
 * the account exists, not who runs it, so they stay unverified.
 */
const bsky = (handle: string) => unverified("bluesky", handle, `https://bsky.app/profile/${handle}`);

/** The Prime Minister's "Connect" page, which lists the Prime Minister's own accounts beside the office's. */
const PM_CONNECT = "https://www.pm.gc.ca/en/connect";

export const POLITICAL_ACCOUNTS: readonly PoliticalAccount[] = [
  // Federal parties (the 2019 and 2021 ballots' six, still the main ones in 2026).
  { id: "lpc", kind: "party", party: "lpc", name: "Liberal Party", handles: [x("liberal_party", "https://liberal.ca"), unverified("facebook", "LiberalCanada", "https://liberal.ca"), unverified("instagram", "liberalcanada", "https://liberal.ca"), bsky("liberal.bsky.social")] },
  { id: "plc", kind: "party", party: "lpc", name: "Parti libéral", handles: [x("parti_liberal", "https://liberal.ca/fr")] },
  { id: "cpc", kind: "party", party: "cpc", name: "Conservative Party", handles: [x("CPC_HQ", "https://www.conservative.ca"), unverified("facebook", "cpcpcc", "https://www.conservative.ca"), unverified("instagram", "cpc_hq", "https://www.conservative.ca")] },
  { id: "pcc", kind: "party", party: "cpc", name: "Parti conservateur", handles: [x("PCC_HQ", "https://www.conservateur.ca")] },
  { id: "ndp", kind: "party", party: "ndp", name: "NDP", handles: [x("NDP", "https://www.ndp.ca"), unverified("facebook", "NDP.NPD", "https://www.ndp.ca"), unverified("instagram", "ndpcanada", "https://www.ndp.ca"), bsky("ndp.bsky.social")] },
  { id: "npd", kind: "party", party: "ndp", name: "NPD", handles: [x("NPD_QG", "https://www.npd.ca")] },
  { id: "bq", kind: "party", party: "bq", name: "Bloc Québécois", handles: [x("BlocQuebecois", "https://www.blocquebecois.org"), unverified("facebook", "BlocQuebecois", "https://www.blocquebecois.org"), bsky("blocquebecois.bsky.social")] },
  { id: "gpc", kind: "party", party: "gpc", name: "Green Party of Canada", handles: [x("CanadianGreens", "https://www.greenparty.ca"), unverified("facebook", "GreenPartyofCanada", "https://www.greenparty.ca"), bsky("canadiangreens.bsky.social")] },
  { id: "pvc", kind: "party", party: "gpc", name: "Parti vert du Canada", handles: [x("PartiVertCanada", "https://www.partivert.ca")] },
  { id: "ppc", kind: "party", party: "ppc", name: "People's Party of Canada", handles: [x("peoplespca", "https://www.peoplespartyofcanada.ca")] },

  // Federal leaders: the 2019 and 2021 elections', and those of December 2026.
  {
    id: "justin-trudeau", kind: "leader", party: "lpc", name: "Justin Trudeau", period: { from: "2013-04-14", to: "2025-03-09" },
    handles: [seen("x", "JustinTrudeau", CORPUS_2019), seen("facebook", "JustinPJTrudeau", "https://github.com/shimspedy/sengov"), unverified("instagram", "justinpjtrudeau", "https://liberal.ca")],
    note: "His own account as Liberal leader and MP; the Prime Minister's office posts as @CanadianPM.",
  },
  {
    id: "mark-carney", kind: "leader", party: "lpc", name: "Mark Carney", period: { from: "2025-03-09" },
    handles: [x("MarkJCarney", PM_CONNECT), bsky("markcarney.bsky.social"), unverified("instagram", "markjcarney", PM_CONNECT), unverified("facebook", "MarkCarneyLiberal", PM_CONNECT)],
    note: "His own account as Liberal leader; as Prime Minister, the office posts as @CanadianPM.",
  },
  { id: "andrew-scheer", kind: "leader", party: "cpc", name: "Andrew Scheer", period: { from: "2017-05-27", to: "2020-08-24" }, handles: [seen("x", "AndrewScheer", CORPUS_2019)] },
  { id: "erin-otoole", kind: "leader", party: "cpc", name: "Erin O'Toole", period: { from: "2020-08-24", to: "2022-02-02" }, handles: [x("erinotoole", "https://www.conservative.ca")] },
  { id: "pierre-poilievre", kind: "leader", party: "cpc", name: "Pierre Poilievre", period: { from: "2022-09-10" }, handles: [x("PierrePoilievre", "https://www.conservative.ca"), unverified("instagram", "pierrepoilievre", "https://www.conservative.ca"), bsky("pierrepoilievre.bsky.social")] },
  { id: "jagmeet-singh", kind: "leader", party: "ndp", name: "Jagmeet Singh", period: { from: "2017-10-01", to: "2025-04-28" }, handles: [seen("x", "theJagmeetSingh", CORPUS_2019), unverified("instagram", "jagmeetsingh", "https://www.ndp.ca"), bsky("jagmeetsingh.bsky.social")] },
  { id: "yves-francois-blanchet", kind: "leader", party: "bq", name: "Yves-François Blanchet", period: { from: "2019-01-17" }, handles: [x("yfblanchet", "https://www.blocquebecois.org"), bsky("yfblanchet.bsky.social")] },
  { id: "elizabeth-may", kind: "leader", party: "gpc", name: "Elizabeth May", period: { from: "2006-08-26", to: "2019-11-04" }, handles: [seen("x", "ElizabethMay", CORPUS_2019), bsky("elizabethemay.bsky.social")], note: "Leader again, jointly, from 2022." },
  { id: "annamie-paul", kind: "leader", party: "gpc", name: "Annamie Paul", period: { from: "2020-10-03", to: "2021-11-10" }, handles: [x("AnnamiePaul", "https://www.greenparty.ca")] },
  { id: "maxime-bernier", kind: "leader", party: "ppc", name: "Maxime Bernier", period: { from: "2018-09-14" }, handles: [seen("x", "MaximeBernier", CORPUS_2019)] },

  // Government accounts: not parties.
  { id: "pm-office", kind: "government", name: "Prime Minister of Canada", handles: [x("CanadianPM", "https://www.pm.gc.ca"), x("PMcanadien", "https://www.pm.gc.ca/fr")], note: "The Prime Minister's office: the Government of Canada, not a party." },

  // Provincial parties and leaders (the main ones). Leaders' periods are given where known; none verified.
  { id: "on-pc", kind: "party", party: "on-pc", name: "Ontario PC Party", handles: [x("OntarioPCParty", "https://ontariopc.ca")] },
  { id: "doug-ford", kind: "leader", party: "on-pc", name: "Doug Ford", period: { from: "2018-03-10" }, handles: [x("fordnation", "https://ontariopc.ca")], note: "The Premier's office posts as @OntarioPremier (government)." },
  { id: "on-ndp", kind: "party", party: "on-ndp", name: "Ontario NDP", handles: [x("OntarioNDP", "https://www.ontariondp.ca")] },
  { id: "marit-stiles", kind: "leader", party: "on-ndp", name: "Marit Stiles", period: { from: "2023-02-04" }, handles: [x("MaritStiles", "https://www.ontariondp.ca")] },
  { id: "on-lib", kind: "party", party: "on-lib", name: "Ontario Liberals", handles: [x("OntLiberal", "https://ontarioliberal.ca")] },
  { id: "on-green", kind: "party", party: "on-green", name: "Ontario Greens", handles: [x("OntarioGreens", "https://gpo.ca")] },
  { id: "mike-schreiner", kind: "leader", party: "on-green", name: "Mike Schreiner", period: { from: "2009-11-14" }, handles: [x("MikeSchreiner", "https://gpo.ca")] },
  { id: "qc-caq", kind: "party", party: "qc-caq", name: "Coalition Avenir Québec", handles: [x("coalitionavenir", "https://coalitionavenirquebec.org")] },
  { id: "francois-legault", kind: "leader", party: "qc-caq", name: "François Legault", period: { from: "2011-11-14" }, handles: [x("francoislegault", "https://coalitionavenirquebec.org")] },
  { id: "qc-plq", kind: "party", party: "qc-plq", name: "Parti libéral du Québec", handles: [x("LiberalQuebec", "https://plq.org")] },
  { id: "qc-pq", kind: "party", party: "qc-pq", name: "Parti Québécois", handles: [x("partiquebecois", "https://pq.org")] },
  { id: "paul-st-pierre-plamondon", kind: "leader", party: "qc-pq", name: "Paul St-Pierre Plamondon", period: { from: "2020-10-09" }, handles: [x("PaulPlamondon", "https://pq.org")] },
  { id: "qc-qs", kind: "party", party: "qc-qs", name: "Québec solidaire", handles: [x("QuebecSolidaire", "https://quebecsolidaire.net")] },
  { id: "qc-pcq", kind: "party", party: "qc-pcq", name: "Parti conservateur du Québec", handles: [x("PconservateurQc", "https://www.conservateur.quebec")] },
  { id: "eric-duhaime", kind: "leader", party: "qc-pcq", name: "Éric Duhaime", period: { from: "2021-04-17" }, handles: [x("E_Duhaime", "https://www.conservateur.quebec")] },
  { id: "bc-ndp", kind: "party", party: "bc-ndp", name: "BC NDP", handles: [x("bcndp", "https://www.bcndp.ca")] },
  { id: "david-eby", kind: "leader", party: "bc-ndp", name: "David Eby", period: { from: "2022-10-21" }, handles: [x("Dave_Eby", "https://www.bcndp.ca")] },
  { id: "bc-con", kind: "party", party: "bc-con", name: "Conservative Party of BC", handles: [x("Conservative_BC", "https://www.conservativebc.ca")] },
  { id: "john-rustad", kind: "leader", party: "bc-con", name: "John Rustad", period: { from: "2023-03-31" }, handles: [x("JohnRustad", "https://www.conservativebc.ca")] },
  { id: "bc-green", kind: "party", party: "bc-green", name: "BC Greens", handles: [x("BCGreens", "https://www.bcgreens.ca")] },
  { id: "ab-ucp", kind: "party", party: "ab-ucp", name: "United Conservative Party", handles: [x("Alberta_UCP", "https://www.unitedconservative.ca")] },
  { id: "danielle-smith", kind: "leader", party: "ab-ucp", name: "Danielle Smith", period: { from: "2022-10-06" }, handles: [x("ABDanielleSmith", "https://www.unitedconservative.ca")] },
  { id: "ab-ndp", kind: "party", party: "ab-ndp", name: "Alberta NDP", handles: [x("albertaNDP", "https://www.albertandp.ca")] },
  { id: "naheed-nenshi", kind: "leader", party: "ab-ndp", name: "Naheed Nenshi", period: { from: "2024-06-22" }, handles: [x("nenshi", "https://www.albertandp.ca")] },
  { id: "sk-party", kind: "party", party: "sk-party", name: "Saskatchewan Party", handles: [x("SaskParty", "https://www.saskparty.com")] },
  { id: "scott-moe", kind: "leader", party: "sk-party", name: "Scott Moe", period: { from: "2018-01-27" }, handles: [x("PremierScottMoe", "https://www.saskparty.com")] },
  { id: "sk-ndp", kind: "party", party: "sk-ndp", name: "Saskatchewan NDP", handles: [x("Sask_NDP", "https://www.saskndp.ca")] },
  { id: "mb-ndp", kind: "party", party: "mb-ndp", name: "Manitoba NDP", handles: [x("ManitobaNDP", "https://www.todaysndp.ca")] },
  { id: "wab-kinew", kind: "leader", party: "mb-ndp", name: "Wab Kinew", period: { from: "2017-09-16" }, handles: [x("WabKinew", "https://www.todaysndp.ca")] },
  { id: "mb-pc", kind: "party", party: "mb-pc", name: "PC Manitoba", handles: [x("PCManitoba", "https://pcmanitoba.com")] },
  { id: "ns-pc", kind: "party", party: "ns-pc", name: "Nova Scotia PC Party", handles: [x("nspc", "https://pcpartyns.ca")] },
  { id: "tim-houston", kind: "leader", party: "ns-pc", name: "Tim Houston", period: { from: "2018-10-27" }, handles: [x("TimHoustonNS", "https://pcpartyns.ca")] },
  { id: "ns-ndp", kind: "party", party: "ns-ndp", name: "Nova Scotia NDP", handles: [x("NSNDP", "https://www.nsndp.ca")] },
  { id: "ns-lib", kind: "party", party: "ns-lib", name: "Nova Scotia Liberals", handles: [x("LiberalPartyNS", "https://liberal.ns.ca")] },
  { id: "nb-lib", kind: "party", party: "nb-lib", name: "New Brunswick Liberals", handles: [x("NBLiberal", "https://nbliberal.ca")] },
  { id: "susan-holt", kind: "leader", party: "nb-lib", name: "Susan Holt", period: { from: "2022-08-06" }, handles: [x("SusanHoltNB", "https://nbliberal.ca")] },
  { id: "nb-pc", kind: "party", party: "nb-pc", name: "PC New Brunswick", handles: [x("PCNB", "https://pcnb.ca")] },
  { id: "nl-lib", kind: "party", party: "nl-lib", name: "NL Liberals", handles: [x("nlliberals", "https://nlliberals.ca")] },
  { id: "nl-pc", kind: "party", party: "nl-pc", name: "PC Party of NL", handles: [x("PCPartyNL", "https://pcpartynl.ca")] },
  { id: "tony-wakeham", kind: "leader", party: "nl-pc", name: "Tony Wakeham", period: { from: "2023-10-14" }, handles: [x("TonyWakeham", "https://pcpartynl.ca")] },
  { id: "pe-pc", kind: "party", party: "pe-pc", name: "PEI PC Party", handles: [x("PEIPCParty", "https://peipc.ca")] },
  { id: "pe-green", kind: "party", party: "pe-green", name: "Green Party of PEI", handles: [x("PEIGreens", "https://www.greenparty.pe.ca")] },
  { id: "yt-party", kind: "party", party: "yt-party", name: "Yukon Party", handles: [x("yukonparty", "https://www.yukonparty.ca")] },
  { id: "currie-dixon", kind: "leader", party: "yt-party", name: "Currie Dixon", period: { from: "2020-05-23" }, handles: [x("CurrieDixon", "https://www.yukonparty.ca")] },
];

/**
 * Words with which candidates name their accounts ("Jane Doe 4 MP", "@JaneForMPP", « Marie Tremblay candidate
 * Longueuil »), folded (lower case, no accents). Written for Impartial from the forms candidates' accounts take on
 * X, Facebook and Instagram during campaigns; a name or handle that holds one is a likely candidate, no more.
 */
export const CANDIDATE_MARKERS: readonly string[] = [
  // A run for office, on their own ("4MP", "ForMPP", "PourDéputée").
  "4mp", "formp", "4mpp", "formpp", "4mla", "formla", "4mna", "formna", "4mayor", "formayor", "4council", "forcouncil",
  "pourdepute", "pourdeputee", "pourmaire", "pourmairesse", "reelect", "reelisez", "reelire",
  // A candidacy or a seat, only beside a party's name or letters ("NDP candidate", « candidate du Bloc », "Jane Doe MP, LPC").
  "candidate", "candidat", "candidats", "candidates", "candidature", "depute", "deputee", "mp", "mpp", "mla", "mna",
  "campaign", "campagne", "nominee",
];

/** Election tenures read with an account's `period`: whether a leader led the party on `date` (ISO). */
export function ledOn(account: PoliticalAccount, date: string): boolean {
  const p = account.period;
  if (!p) return true;
  const day = date.slice(0, 10);
  return day >= p.from && (p.to === undefined || day <= p.to);
}

/** A party by its id. */
export function partyById(id: string | undefined): Party | undefined {
  return id === undefined ? undefined : PARTY_BY_ID.get(id);
}

const PARTY_BY_ID = new Map(PARTIES.map((p) => [p.id, p]));
