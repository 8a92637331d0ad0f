import type { Lexicon } from "../../matcher.js";

/** Federal organizations by short id, with the English and French names and abbreviations posts use. */
export const DEPARTMENTS: Record<string, readonly string[]> = {
  gc: ["Government of Canada", "Gouvernement du Canada", "GC", "GoC", "federal government", "gouvernement fédéral", "federal public service", "fonction publique fédérale", "the public service", "la fonction publique", "Canada.ca"],
  statcan: ["Statistics Canada", "Statistique Canada", "StatCan", "StatsCan", "Stats Can", "StatCan_eng", "StatCan_fra", "Statistique Can"],
  esdc: ["Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC", "Service Canada", "HRSDC", "RHDCC"],
  cra: ["Canada Revenue Agency", "Agence du revenu du Canada", "CRA", "ARC"],
  tbs: ["Treasury Board", "Treasury Board Secretariat", "Treasury Board of Canada Secretariat", "Conseil du Trésor", "Secrétariat du Conseil du Trésor", "TBS", "SCT"],
  psc: ["Public Service Commission", "Commission de la fonction publique", "PSC", "CFP"],
  ircc: ["Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"],
  hc: ["Health Canada", "Santé Canada"],
  phac: ["Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC", "ASPC"],
  dnd: ["National Defence", "Department of National Defence", "Défense nationale", "ministère de la Défense nationale", "DND", "MDN", "Canadian Armed Forces", "Forces armées canadiennes", "CAF", "FAC"],
  gac: ["Global Affairs Canada", "Affaires mondiales Canada", "GAC", "AMC"],
  fin: ["Finance Canada", "Department of Finance", "ministère des Finances", "Finances Canada"],
  justice: ["Justice Canada", "Department of Justice", "ministère de la Justice"],
  pspc: ["Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC"],
  ised: ["Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "ISED", "ISDE"],
  eccc: ["Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "Environment Canada", "Environnement Canada"],
  dfo: ["Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "MPO"],
  tc: ["Transport Canada", "Transports Canada"],
  nrcan: ["Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "RNCan"],
  aafc: ["Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC", "AAC"],
  pch: ["Canadian Heritage", "Patrimoine canadien", "PCH"],
  isc: ["Indigenous Services Canada", "Services aux Autochtones Canada", "ISC", "SAC"],
  cirnac: ["Crown-Indigenous Relations and Northern Affairs Canada", "Relations Couronne-Autochtones et Affaires du Nord Canada", "CIRNAC", "RCAANC"],
  cbsa: ["Canada Border Services Agency", "Agence des services frontaliers du Canada", "CBSA", "ASFC"],
  rcmp: ["Royal Canadian Mounted Police", "Gendarmerie royale du Canada", "RCMP", "GRC"],
  csis: ["Canadian Security Intelligence Service", "Service canadien du renseignement de sécurité", "CSIS", "SCRS"],
  cse: ["Communications Security Establishment", "Centre de la sécurité des télécommunications", "CSE", "CST"],
  pco: ["Privy Council Office", "Bureau du Conseil privé", "PCO", "BCP"],
  ps: ["Public Safety Canada", "Sécurité publique Canada"],
  parks: ["Parks Canada", "Parcs Canada"],
  vac: ["Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "ACC"],
  elections: ["Elections Canada", "Élections Canada"],
  csc: ["Correctional Service Canada", "Service correctionnel du Canada", "CSC", "SCC"],
  ssc: ["Shared Services Canada", "Services partagés Canada", "SSC", "SPC"],
  cfia: ["Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments", "CFIA", "ACIA"],
  infc: ["Infrastructure Canada"],
  wage: ["Women and Gender Equality Canada", "Femmes et Égalité des genres Canada", "WAGE", "FEGC"],
  csps: ["Canada School of Public Service", "École de la fonction publique du Canada", "CSPS", "EFPC"],
};

export const departmentOf = new Map<string, string>();
for (const [id, names] of Object.entries(DEPARTMENTS)) for (const n of names) departmentOf.set(n, id);

export const gcOrg: Lexicon = {
  id: "gc-org",
  lang: "any",
  source: "the Federal Identity Program's applied titles and abbreviations of federal organizations, written for Impartial",
  terms: Object.values(DEPARTMENTS).flat(),
};
