import type { Lexicon } from "../../matcher.js";

/** Party leaders and heads of government 2006–2026, by the names posts use. Surnames that are common words or names (Ford, May, Moe, Singh) appear only in full. */
export const leader: Lexicon = {
  id: "leader",
  lang: "any",
  source: "leaders of federal, provincial and territorial parties and large-city mayors, 2006–2026, written for Impartial",
  terms: [
    "Justin Trudeau", "Trudeau", "Mark Carney", "Carney", "Pierre Poilievre", "Poilievre", "Erin O'Toole", "O'Toole",
    "Andrew Scheer", "Scheer", "Stephen Harper", "Harper government", "Jagmeet Singh", "Jagmeet", "Yves-François Blanchet", "Blanchet",
    "Elizabeth May", "Annamie Paul", "Jonathan Pedneault", "Maxime Bernier", "Thomas Mulcair", "Mulcair", "Jack Layton", "Don Davies",
    "Doug Ford", "Kathleen Wynne", "Bonnie Crombie", "Marit Stiles", "Mike Schreiner", "Steven Del Duca",
    "François Legault", "Legault", "Philippe Couillard", "Dominique Anglade", "Pablo Rodriguez", "Paul St-Pierre Plamondon", "PSPP",
    "Gabriel Nadeau-Dubois", "Éric Duhaime", "Duhaime", "Ruba Ghazal",
    "David Eby", "John Horgan", "Kevin Falcon", "John Rustad", "Sonia Furstenau",
    "Danielle Smith", "Jason Kenney", "Kenney", "Rachel Notley", "Notley", "Naheed Nenshi",
    "Scott Moe", "Carla Beck", "Wab Kinew", "Kinew", "Heather Stefanson", "Brian Pallister",
    "Tim Houston", "Zach Churchill", "Claudia Chender", "Blaine Higgs", "Susan Holt", "Dennis King", "Rob Lantz",
    "Andrew Furey", "Tony Wakeham", "Ranj Pillai", "Currie Dixon", "R.J. Simpson", "P.J. Akeeagok",
    "Olivia Chow", "John Tory", "Valérie Plante", "Soraya Martinez Ferrada", "Mark Sutcliffe", "Jim Watson", "Jyoti Gondek",
    "Trudeau government", "gouvernement Trudeau", "Carney government", "gouvernement Carney", "Ford government", "gouvernement Ford",
    "gouvernement Legault", "Legault government", "Poilievre Conservatives", "Trudeau Liberals",
    // their accounts, as mentioned (@PierrePoilievre)
    "JustinTrudeau", "MarkJCarney", "PierrePoilievre", "theJagmeetSingh", "ElizabethMay", "yfblanchet", "francoislegault", "DougFordPC",
  ],
};

/** Titles that name a person holding office or running for it. */
export const office: Lexicon = {
  id: "office",
  lang: "any",
  source: "offices and candidacies in Canadian federal, provincial and municipal politics, written for Impartial",
  terms: [
    "candidate", "candidates", "candidat", "candidats",
    "MP", "MPs", "MPP", "MPPs", "MLA", "MLAs", "MNA", "MNAs", "député", "députée", "députés", "deputé",
    "party leader", "chef du parti", "chef de parti", "leadership race", "course à la chefferie",
    "riding", "circonscription", "incumbent", "nominee", "nomination race", "investiture",
    "councillor", "city councillor", "school trustee", "trustee", "conseiller municipal", "conseillère municipale", "for mayor", "à la mairie", "pour la mairie", "running for",
  ],
};
