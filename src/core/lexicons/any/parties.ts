import type { Lexicon } from "../../matcher.js";

const SOURCE = "Elections Canada's and provincial chief electoral officers' registers of parties (names as parties use them), written for Impartial";

/** Party names and abbreviations that are never ordinary words. */
export const party: Lexicon = {
  id: "party",
  lang: "any",
  source: SOURCE,
  terms: [
    // federal
    "Liberal Party", "Liberal Party of Canada", "LPC", "PLC", "Parti libéral", "Parti libéral du Canada",
    "Conservative Party", "Conservative Party of Canada", "CPC", "PCC", "Parti conservateur", "Parti conservateur du Canada",
    "New Democratic Party", "NDP", "NPD", "Nouveau Parti démocratique", "New Democrats", "néo-démocrate", "néo-démocrates", "neo-democrats",
    "Bloc Québécois", "Bloc Quebecois", "the Bloc", "bloquiste", "bloquistes",
    "Green Party", "Green Party of Canada", "GPC", "Parti vert", "Parti vert du Canada",
    "People's Party", "People's Party of Canada", "PPC", "Parti populaire", "Parti populaire du Canada",
    "Libs", "Tories", "Tory", "Grits", "Dippers",
    "libéraux", "conservateurs", "péquiste", "péquistes", "caquiste", "caquistes",
    // acronyms that are never ordinary words, also as people type them in lower case
    "ndp", "npd", "ucp", "caq", "lpc", "plc", "pcc", "ppc",
    // provincial and territorial
    "Ontario PC", "Ontario PCs", "PC Party", "Progressive Conservative", "Progressive Conservatives", "Progressive Conservative Party", "Parti progressiste-conservateur",
    "Ontario Liberal Party", "Ontario Liberals", "Ontario NDP", "Green Party of Ontario", "New Blue Party",
    "Coalition Avenir Québec", "CAQ", "Québec solidaire", "Parti Québécois", "Parti Quebecois", "PQ", "PLQ", "Parti libéral du Québec", "Quebec Liberal Party", "Parti conservateur du Québec", "PCQ",
    "BC NDP", "BC United", "BC Liberals", "BC Liberal Party", "Conservative Party of BC", "BC Conservatives", "BC Greens",
    "United Conservative Party", "UCP", "Alberta NDP", "Alberta Party", "Wildrose",
    "Saskatchewan Party", "Sask Party", "Saskatchewan NDP", "Manitoba NDP", "Manitoba PC", "Manitoba PCs", "Manitoba Liberals",
    "Nova Scotia NDP", "Nova Scotia Liberals", "NS PC", "PC Party of Nova Scotia", "New Brunswick Liberals", "NB Liberals", "PC Party of New Brunswick",
    "Island PCs", "PEI Greens", "Liberal Party of Newfoundland and Labrador", "NL PCs", "Yukon Party", "Yukon Liberals",
    // campaign organisations
    "Liberal campaign", "Conservative campaign", "NDP campaign", "campagne libérale", "campagne conservatrice",
    // the parties' own accounts, as mentioned (@liberal_party) or followed
    "liberal_party", "CPC_HQ", "BlocQuebecois", "CanadianGreens", "peoplespca", "OntarioPCParty", "OntLiberal", "OntarioNDP",
    "AlbertaNDP", "UCPCaucus", "QuebecSolidaire", "partiquebecois", "coalitionavenir", "LiberalQuebec",
    // their websites, as linked (ndp.ca/donate)
    "ndp.ca", "npd.ca", "liberal.ca", "conservative.ca", "conservateur.ca", "greenparty.ca", "partivert.ca", "blocquebecois.org",
    "peoplespartyofcanada.ca", "quebecsolidaire.net", "pq.org", "coalitionavenirquebec.org",
    "QS",
    // municipal parties
    "Projet Montréal", "Ensemble Montréal", "Action Gatineau", "ABC Vancouver", "Vision Vancouver", "OneCity Vancouver",
  ],
};

/** Words that name a party only when written as a proper noun in a political sentence ("Vote Liberal", not "liberal amounts"). */
export const partyAmbiguous: Lexicon = {
  id: "party-ambiguous",
  lang: "any",
  source: SOURCE,
  terms: [
    "Liberal", "Liberals", "Conservative", "Conservatives", "Green", "Greens", "Bloc", "Reform", "Democrats",
    "Libéral", "Libérale", "Conservateur", "Conservatrice", "Vert", "Verts", "Solidaire", "Solidaires", "PC", "PCs",
  ],
};

/** Hashtags of parties and their campaigns, folded to one word. */
export const partyHashtag: Lexicon = {
  id: "party-hashtag",
  lang: "any",
  hashtagsOnly: true,
  source: "hashtags the parties and their supporters used in the 2015–2025 campaigns, written for Impartial",
  terms: [
    "lpc", "cpc", "ndp", "npd", "plc", "pcc", "gpc", "ppc", "blocqc", "polqc2022",
    "votendp", "voteliberal", "voteconservative", "votegreen", "votebloc", "voteppc", "votezndp", "voteznpd", "votezliberal", "votezbloc",
    "teamtrudeau", "teamcarney", "teampoilievre", "teamsingh", "teamford", "teamlegault",
    "teamblanchet", "teampspp", "teamgnd", "teameby", "teamkinew", "teamcrombie", "teamduhaime", "teammay",
    "poilievre4pm", "poilievreforpm", "carney4pm", "singh4pm", "trudeau2019", "trudeau2021", "scheer2019",
    "axethetax", "bringithome", "canadastrong", "chooseforward", "readyforbetter", "inittogether", "securethefuture",
    "fordnation", "caq2022", "qs2022", "pq2022", "ucp", "abndp", "bcndp", "onndp", "olp",
    "liberals", "conservatives", "tories", "ndpers", "notafraid",
  ],
};

/** Slogans of recent campaigns, in words. */
export const partySlogan: Lexicon = {
  id: "party-slogan",
  lang: "any",
  source: "federal and provincial campaign slogans 2015–2025, written for Impartial",
  terms: [
    "our platform", "in our platform", "read our platform", "notre plateforme", "dans notre plateforme", "a re-elected liberal government",
    "a conservative government", "a liberal government", "an ndp government", "a new democrat government", "un gouvernement conservateur",
    "un gouvernement libéral", "un gouvernement néo-démocrate", "when we form government", "quand nous formerons le gouvernement",
    "if elected", "si élu", "si élue", "once elected", "our candidates", "nos candidats", "on the campaign trail", "en campagne",
    "axe the tax", "bring it home", "real change", "forward for everyone", "in it for you", "ready for better",
    "canada strong", "not left not right forward", "secure the future", "get it done", "on avance", "orange wave", "vague orange",
    "changer pour vrai", "le changement ensemble", "continuons", "pour vrai",
  ],
};
