import type { Lexicon } from "../../matcher.js";

/**
 * Mots inacceptables au travail (StatCan 2.4) : sacres québécois et jurons français, avec leurs graphies ; reconnus aussi
 * masqués (m*rde) ou épelés (m e r d e). Les jurons adoucis (tabarouette, mautadit, câline, torrieu) n'y sont pas :
 * ils sont acceptables au travail.
 */
export const profanity: Lexicon = {
  id: "profanity",
  lang: "fr",
  source: "sacres du français québécois et jurons du français courant, avec leurs graphies sur les réseaux sociaux, rédigé pour Impartial",
  maskable: true,
  maskVisible: 1,
  terms: [
    "tabarnak", "tabarnac", "tabarnack", "tabarnaque", "tabernak", "tabernac", "tabarnacle", "tbk", "tabarnaquer",
    "câlisse", "câlice", "câliss", "câlisser", "décâlisser", "s'en câlisse",
    "crisse", "criss", "krisse", "crisser", "crissement", "décrisser", "christ de", "en christ", "mon christ",
    "ostie", "osti", "hostie", "estie", "esti", "astie", "ostique", "ostie de", "estie de",
    "ciboire", "cibouère", "ciboère", "sacramant", "en sacrament", "en sacrement", "mon sacrament", "calvaire", "viarge", "viarges",
    "maudit", "maudite", "maudits", "maudites",
    "merde", "marde", "merdique", "merdier", "de la marde", "d'la marde", "emmerde", "emmerder", "emmerdant", "emmerdante", "emmerdeur",
    "emmerdeuse", "putain", "ptn", "putain de", "pute", "putes", "bordel", "bordel de merde", "chier", "va chier", "fait chier",
    "chiant", "chiante", "chiants", "chieux", "foutre", "va te faire foutre", "rien à foutre", "foutu", "foutue", "foutus",
    "fucké", "fuckée", "fuckés", "full fucké", "nique", "niquer", "nique ta mère", "ntm", "fdp", "fils de pute", "tg", "ftg", "ta gueule",
    "ferme ta gueule", "ta yeule", "enculé", "enculés", "enculer", "enfoiré", "enfoirés", "connard", "connards", "connasse", "salope",
    "salopes", "salaud", "trou de cul", "trou d'cul", "mon cul", "lèche-cul", "couilles", "plotte", "branleur", "branleuse",
    "bâtard", "mange de la marde",
  ],
};
