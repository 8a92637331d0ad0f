import type { Lexicon } from "../../matcher.js";

/** Hashtags tied to a cause, a protest or a contested campaign: their associations need research before use. */
export const causeHashtag: Lexicon = {
  id: "cause-hashtag",
  lang: "any",
  hashtagsOnly: true,
  source: "TBS (are you using hashtags or phrases? research them to avoid unintended associations); hashtags of Canadian protest movements and campaigns 2015–2025, written for Impartial",
  terms: [
    "freedomconvoy", "freedomconvoy2022", "convoy2022", "truckersforfreedom", "holdtheline", "honkhonk", "nomorelockdowns", "nomandates",
    "defundthepolice", "defundcbc", "stopthesteal", "maga", "trudeaumustgo", "carneymustgo", "fordmustgo", "legaultdehors", "notmyprimeminister",
    "notmypm", "fucktrudeau", "fuckpoilievre", "wexit", "albertaindependence", "sovereigntyact", "cancelcanadaday", "idlenomore",
    "shutdowncanada", "landback", "istandwithisrael", "freepalestine", "ceasefirenow", "allivesmatter", "alllivesmatter", "bluelivesmatter",
    "whitelivesmatter", "savethechildren", "endthemandates", "nodigitalid", "stopc11", "stopc18", "stopc63", "stopbill21", "loi21", "bill96",
    "loi96", "unitenotdivide", "boycottisrael", "boycottamerica", "elbowsup", "buycanadian", "returntooffice", "rtorevolt", "fixphoenix",
    "convoidelaliberte", "convoidelaliberte2022", "convoiliberte", "klaxonnez", "touteslesviescomptent", "trudeaudehors", "dehorstrudeau",
    "striketogether", "psacstrong", "psacstrike", "psacongreve", "afpcengreve", "afpcstrike", "onstrike", "engreve", "deportthemall",
    "dehorslesimmigrants", "massdeportations", "remigration",
  ],
};

/** Hashtags of political conversation: joining them is commenting on governments and politics. */
export const politicsHashtag: Lexicon = {
  id: "politics-hashtag",
  lang: "any",
  hashtagsOnly: true,
  source: "Canadian political hashtags, written for Impartial",
  terms: [
    "cdnpoli", "canpoli", "onpoli", "polqc", "qcpol", "bcpoli", "abpoli", "ableg", "skpoli", "mbpoli", "nspoli", "nbpoli", "peipoli", "nlpoli",
    "ykpoli", "nwtpoli", "polcan", "polfed", "elxn42", "elxn43", "elxn44", "elxn45", "elxn46", "elxn2025", "cdnvotes", "canadavotes",
    "qp", "qpcanada", "hoc", "cdnparl", "ottawapoli", "topoli", "mtlpoli", "yegpoli", "yycpoli", "vanpoli",
  ],
};
