import type { Rule } from "../rule.js";
import campaignCall from "./partisan/campaign-call.js";
import partyStance from "./partisan/party-stance.js";
import campaignWork from "./partisan/campaign-work.js";
import engaging from "./partisan/engaging.js";
import partisanContext from "./partisan/context.js";
import partisanAuthor from "./partisan/author.js";
import government from "./criticism/government.js";
import abuseTowardGc from "./criticism/abuse-toward-gc.js";
import venting from "./workplace/venting.js";
import insult from "./harassment/insult.js";
import threat from "./harassment/threat.js";
import slur from "./harassment/slur.js";
import groupHate from "./harassment/group-hate.js";
import defamation from "./harassment/defamation.js";
import profanity from "./profanity/profanity.js";
import securityMarking from "./confidential/security-marking.js";
import notPublic from "./confidential/not-public.js";
import credentials from "./confidential/credentials.js";
import statcanRelease from "./confidential/statcan-release.js";
import preRelease from "./confidential/pre-release.js";
import respondents from "./confidential/respondents.js";
import contactDetails from "./privacy/contact-details.js";
import homeAddress from "./privacy/home-address.js";
import identityNumber from "./privacy/identity-number.js";
import photosWithoutConsent from "./privacy/photos-without-consent.js";
import exposure from "./privacy/exposure.js";
import onBehalf from "./official-capacity/on-behalf.js";
import gcEmailAndSymbols from "./official-capacity/gc-email-and-symbols.js";
import profile from "./official-capacity/profile.js";
import statcanReplies from "./official-capacity/statcan-replies.js";
import officialVoice from "./official-capacity/official-voice.js";
import ownWork from "./work-content/own-work.js";
import workDescribed from "./work-content/work-described.js";
import sponsorship from "./conflict-of-interest/sponsorship.js";
import sideBusiness from "./conflict-of-interest/side-business.js";
import paidOffer from "./conflict-of-interest/paid-offer.js";
import falseClaim from "./misinformation/false-claim.js";
import unreliableSource from "./misinformation/unreliable-source.js";
import claim from "./misinformation/claim.js";
import causeHashtag from "./hashtag/cause-hashtag.js";
import accessibleHashtag from "./hashtag/accessible-hashtag.js";
import workingTime from "./work-hours/working-time.js";
import spam from "./spam/spam.js";
import bulk from "./spam/bulk.js";

/** Every built-in rule. Context-stage rules run after the text rules, whatever their place here. */
export const RULES: readonly Rule[] = [
  campaignCall, partyStance, campaignWork, engaging, partisanContext,
  government, abuseTowardGc, venting,
  insult, threat, slur, groupHate, defamation, profanity,
  securityMarking, notPublic, credentials, statcanRelease, preRelease, respondents,
  contactDetails, homeAddress, identityNumber, photosWithoutConsent, exposure,
  onBehalf, gcEmailAndSymbols, profile, statcanReplies, officialVoice,
  ownWork, workDescribed, sponsorship, sideBusiness, paidOffer, falseClaim, unreliableSource, claim,
  causeHashtag, accessibleHashtag, workingTime, spam, bulk, partisanAuthor,
] as Rule[];
