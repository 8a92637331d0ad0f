import type { TargetWord } from "../en/targets.js";

/**
 * Who a post speaks of, in French (including Quebec French and the anglicisms of federal offices): one's employer
 * and its managers, colleagues, governments and their leaders, and their decisions. Written for Impartial from the
 * French texts of the TBS and PSC guidance (« décisions de votre organisation », « tout gouvernement ou ses dirigeants »,
 * « vos collègues ») and how posts name them.
 */
export const FR_TARGETS: readonly (readonly [string, TargetWord])[] = [
  ...words("employer", [
    "mon ministère", "ma direction", "ma direction générale", "mon organisation", "mon organisme", "mon agence", "mon employeur",
    "ma division", "mon unité", "mon secteur", "ma région", "mon équipe de travail", "notre ministère", "notre direction", "notre organisation",
    "notre organisme", "notre agence", "notre employeur", "notre division", "où je travaille", "là où je travaille", "je travaille là",
    "chez nous au fédéral", "mon programme", "notre programme", "le ministère", "l'employeur", 
  ]),
  ...words("management", [
    "mon boss", "ma boss", "mon patron", "ma patronne", "mon gestionnaire", "ma gestionnaire", "mon superviseur", "ma superviseure",
    "ma superviseuse", "mon directeur", "ma directrice", "mon dg", "ma dg", "mon directeur général", "ma directrice générale", "mon sma",
    "ma sma", "le sma", "la sma", "le dg", "la dg", "mon chef d'équipe", "ma cheffe d'équipe", "mon chef", "ma cheffe", "mon nouveau boss",
    
  ]),
  ...words("leadership", [
    "la direction", "nos gestionnaires", "les gestionnaires", "la haute gestion", "la haute direction", "les boss", "les patrons", "nos boss",
    "les cadres", "nos cadres", "les hauts placés", "les bonzes", "mon sous-ministre", "le sous-ministre", "la sous-ministre",
  ]),
  ...words("colleague", [
    "mon collègue", "ma collègue", "mes collègues", "collègue", "collègues", "mon coéquipier", "ma coéquipière", 
    "le stagiaire", "la stagiaire", "mon voisin de bureau", "ma voisine de bureau", "mon voisin de cubicule",
    "les gars de la", "les gars du", "les gars de l", "les filles de la", "le monde de la", "le monde du", "les gens de la", "les gens du",
    "les rh",
  ]),
  ...words("government", [
    "le gouvernement", "gouvernement", "les gouvernements", "ce gouvernement", "le gouv", "le gvt", "ottawa devrait", "ottawa doit", "ottawa veut", "le fédéral", "les feds", 
    "l'hôtel de ville", "le conseil municipal", "la province", "le provincial", "le sénat", "sénat",
    "le parlement", "l'assemblée nationale", "le cabinet", "le conseil des ministres", "cette administration", "l'administration",
    "l'administration américaine", "la maison blanche", 
    "la caq", "caq", "la mairie",
  ]),
  ...words("polity", [
    "la ville", "la ville de", "la province", "washington", "le kremlin", "pékin", "le régime", "les états-unis", "les américains",
    "les états unis", "les usa", "la chine", "la russie", "israël", "l'iran", "l'inde", "l'alberta", "l'ontario", "le québec",
  ]),
  ...words("party", ["ce parti", "ce parti-là", "leur parti", "son parti", "l'opposition", "les partis"]),
  ...words("leader", [
    "le ministre", "la ministre", "ministre", "ce ministre", "cette ministre", "les ministres", "le premier ministre", "la première ministre",
    "premier ministre", "première ministre", "le pm", "pm", "le maire", "la mairesse", "maire", "mairesse", "le conseiller municipal",
    "la conseillère", "le président", "la présidente", "président", "les politiciens", "nos politiciens", "politiciens", "mon député",
    "ma députée", "notre député", "trump", "biden", "poutine", "putin", "modi", "macron", "xi jinping", "netanyahou", "netanyahu", "zelensky",
    "legault", "harper", "sa ministre", "son ministre",
  ]),
  ...words("policy", [
    "la politique", "cette politique", "la décision", "cette décision", "les décisions", "la réorganisation", "réorganisation", "la réorg",
    "la restructuration", "le retour au bureau", "retour au bureau", "le présentiel", "gel d'embauche", "gel des embauches", "le gel",
    "les compressions", "compressions", "les coupures", "coupures", "les coupes", "le budget", "le projet de loi", "projet de loi",
    "la loi", "loi", "l'entente", "cette entente", "nouvelle entente", "la réforme", "réforme", "le mandat", "la directive", "directive", "phénix", "phoenix",
    "le système de paye", "le système de paie", "la taxe", "la taxe carbone", "les tarifs", "la subvention", "le règlement", 
    "la stratégie", "l'annonce", "une annonce", "annonce", "le déneigement", "déneigement", "les nids de poule", "les nids-de-poule",
    "l'évaluation de classification", "la classification", "la dotation", "le réaménagement des effectifs", "les mises à pied",
  ]),
];

function words(kind: TargetWord, list: readonly string[]): (readonly [string, TargetWord])[] {
  return list.map((w) => [w, kind] as const);
}
