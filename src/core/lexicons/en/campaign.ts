/*
 * Taking part in a campaign, in English, at every level of government: the activities the PSC's guidance on political
 * activities names (volunteering, canvassing, fundraising, seeking a nomination or candidacy) and the words of
 * Canadian campaigns for them (door-knocking, phone banking, lawn signs, scrutineering, nomination papers). Written for Impartial.
 */

/** Work only a campaign does: with any sign of an election or a campaign, it is campaigning. */
export const EN_CAMPAIGN_WORK: readonly string[] = [
  "canvass", "canvassed", "canvassing", "canvasser", "canvassers", "door knock", "door-knock", "door knocking", "door-knocking",
  "doorknocking", "knocked on doors", "knocking on doors", "knock on doors", "knocked doors", "knocking doors", "phone bank", "phone banking",
  "phone-banking", "phonebanking", "called voters", "calling voters", "call voters", "lawn sign", "lawn signs", "yard sign", "yard signs",
  "election sign", "election signs", "campaign sign", "campaign signs", "put up signs", "putting up signs", "scrutineer", "scrutineering",
  "scrutineered", "poll agent", "nomination papers", "nomination paper", "nomination signatures", "get out the vote", "gotv", "flyering",
  "leafleting", "lit drop", "handing out flyers", "campaign office", "campaign team", "campaign manager", "campaign volunteer",
  "campaign volunteers", "volunteering on the campaign", "on the campaign trail", "campaign headquarters", "my campaign", "campaign launch",
];

/** Help that any cause gets: campaigning only beside a party, a candidate, an office or an election. */
export const EN_SUPPORT_WORK: readonly string[] = [
  "volunteer", "volunteered", "volunteering", "volunteers", "donate", "donated", "donating", "donation", "chip in", "chipped in",
  "fundraiser", "fundraising", "raise money", "raising money", "posters", "flyers", "signs", "signatures", "sign up", "join us", "join the team",
  "helped", "helping", "help out", "campaigning", "campaigned", "campaign for", "campaigning for", "working for", "organizing for",
  "rally", "rallies",
];

/** Running: the PSC requires permission before seeking a nomination or being a candidate. */
export const EN_CANDIDACY: readonly string[] = [
  "running for", "i'm running", "im running", "i am running", "run for", "seeking the nomination", "seek the nomination",
  "my candidacy", "announce my candidacy", "announcing my candidacy", "put my name forward", "putting my name forward", "throwing my hat",
  "threw my hat", "nomination race", "nomination meeting", "my nomination",
];

/** Calls to vote someone out: "vote him out", "throw the bums out". */
export const EN_VOTE_OUT: readonly string[] = [
  "vote out", "vote them out", "vote him out", "vote her out", "vote em out", "vote 'em out", "throw these bums out", "throw the bums out",
  "throw them out", "kick them out", "kick him out", "kick her out", "boot them out", "send them packing",
];

/** What makes the help political: an election, an office, a candidacy. */
export const EN_ELECTION_ANCHOR: readonly string[] = [
  "election", "elections", "by-election", "byelection", "elxn", "candidate", "candidates", "candidacy", "riding", "mayor",
  "mayoral", "city council", "councillor", "council seat", "school board", "trustee", "school trustee", "mp", "mpp", "mla",
  "mna", "parliament", "legislature", "nomination", "incumbent", "voters", "polls", "ballot", "re-elect", "reelect",
  "re-election", "reelection", "vote", "votes", "campaign", "campaigns",
];
