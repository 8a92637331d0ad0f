import type { Lexicon } from "../../matcher.js";
import { accusation, firstPerson, group, groupHatePhrase, groupSmear, insult, secondPerson, slur, thirdPerson, threat, threatCue } from "./harassment.js";
import { campaignCall, governmentResource, negative, stancePositive } from "./politics.js";
import { conspiracy, departmentService, misinformationCue, sideBusiness, spamCue, sponsorship } from "./conduct.js";
import {
  classifiedObject,
  credential,
  foreknowledge,
  hush,
  internalDoc,
  notPublic,
  securityLevel,
  securityMarking,
  statData,
  insiderCue,
  comingChange,
} from "./confidential.js";
import { disclaimer, officialLooking, officialSymbol, onBehalf, publicServant } from "./official.js";
import { consent, doxxing, identityNumber, otherContact, people, selfContact, tagging } from "./privacy.js";
import { ownWork, workObject, workTime } from "./work.js";
import { govTarget, praise, sarcasm } from "./criticism.js";
import { profanity } from "./profanity.js";

/** Every French list; each has an English list of the same id, and the engine merges the two. */
export const FRENCH: Lexicon[] = [
  campaignCall, governmentResource, stancePositive, negative,
  govTarget, praise, sarcasm,
  insult, threat, threatCue, slur, group, groupSmear, groupHatePhrase, accusation, secondPerson, firstPerson, thirdPerson,
  profanity,
  securityMarking, securityLevel, classifiedObject, internalDoc, notPublic, hush, credential, statData, foreknowledge, insiderCue, comingChange,
  tagging, people, consent, doxxing, otherContact, selfContact, identityNumber,
  onBehalf, officialSymbol, officialLooking, disclaimer, publicServant,
  ownWork, workObject, workTime,
  sponsorship, sideBusiness, departmentService, conspiracy, misinformationCue, spamCue,
];
