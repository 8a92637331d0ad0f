import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize } from "../../../src/core/normalize.js";
import { campaignActsOf } from "../../../src/core/structure/campaign.js";

const acts = (text: string) => campaignActsOf(normalize(text)).map((a) => `${a.kind}${a.anchor ? "" : " (unanchored)"}`);

test("campaign work at every level of government is tied to its election", () => {
  assert.deepEqual(acts("Canvassing for our candidate in the by-election tonight"), ["campaign-work"]);
  assert.deepEqual(acts("Du porte-à-porte pour la mairie ce soir"), ["campaign-work"]);
  assert.deepEqual(acts("Lawn signs are going up for Maria Lopez"), ["campaign-work"]);
  assert.deepEqual(acts("Je me présente au conseil municipal cet automne"), ["candidacy"]);
});

test("help any cause gets is not campaigning without a party, a candidate or an election", () => {
  assert.deepEqual(acts("Volunteered at the shelter, then donated to the food bank's campaign."), ["support (unanchored)", "support (unanchored)"]);
  assert.deepEqual(acts("Volunteering for the candidate in my riding this weekend."), ["support"]);
});

test("a call to vote someone out is an election call by itself", () => {
  assert.deepEqual(acts("Vote them out!"), ["vote-out"]);
});
