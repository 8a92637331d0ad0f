import type { Lexicon } from "../matcher.js";
import * as parties from "./any/parties.js";
import * as leaders from "./any/leaders.js";
import * as departments from "./any/departments.js";
import * as workplace from "./any/workplace.js";
import * as enPolitics from "./en/politics.js";
import * as enCriticism from "./en/criticism.js";
import * as enHarassment from "./en/harassment.js";
import * as enProfanity from "./en/profanity.js";
import * as enConfidential from "./en/confidential.js";
import * as enPrivacy from "./en/privacy.js";
import * as enOfficial from "./en/official.js";
import * as enWork from "./en/work.js";
import * as enConduct from "./en/conduct.js";
import * as enHashtags from "./en/hashtags.js";
import { FRENCH } from "./fr/index.js";

const lexiconsOf = (mod: Record<string, unknown>): Lexicon[] =>
  Object.values(mod).filter((v): v is Lexicon => typeof v === "object" && v !== null && "terms" in v && "id" in v);

/** Every built-in word list, English, French and language-neutral; lists sharing an id are merged when compiled. */
export const LEXICONS: readonly Lexicon[] = [
  ...[parties, leaders, departments, workplace].flatMap(lexiconsOf),
  ...[enPolitics, enCriticism, enHarassment, enProfanity, enConfidential, enPrivacy, enOfficial, enWork, enConduct, enHashtags].flatMap(lexiconsOf),
  ...FRENCH,
];
