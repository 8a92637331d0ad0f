import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assess } from "../../src/core/engine.js";
import { dateOrNull, dayOrUnknown, isKnownDate, plausibleDate, UNKNOWN_DATE } from "../../src/core/dates.js";
import { historyContext, parseProfile } from "../../src/core/history.js";

const NOW = Date.parse("2026-12-07T12:00:00Z");

describe("an item's date: known, or 'date unknown' when impossible", () => {
  it("keeps a real date, as ISO 8601 UTC", () => {
    assert.equal(plausibleDate("mastodon", "2019-04-01T02:36:39Z", NOW), "2019-04-01T02:36:39.000Z");
    assert.equal(plausibleDate("x", "2006-03-21T20:50:14Z", NOW), "2006-03-21T20:50:14.000Z");
  });

  it("epoch 0, a date before the platform opened, the far future and nonsense are unknown", () => {
    assert.equal(plausibleDate("mastodon", "1970-01-01T00:00:00.000Z", NOW), undefined);
    assert.equal(plausibleDate("mastodon", "2012-05-01T00:00:00Z", NOW), undefined, "Mastodon opened in 2016");
    assert.equal(plausibleDate("threads", "2022-12-31T00:00:00Z", NOW), undefined, "Threads opened in 2023");
    assert.equal(plausibleDate("facebook", "2003-06-01T00:00:00Z", NOW), undefined, "Facebook opened in 2004");
    assert.equal(plausibleDate("x", "2999-01-01T00:00:00Z", NOW), undefined);
    assert.equal(plausibleDate("x", "not a date", NOW), undefined);
    assert.equal(plausibleDate("x", undefined, NOW), undefined);
  });

  it("a date a few hours ahead (another time zone, a clock off) is kept", () => {
    assert.equal(plausibleDate("bluesky", "2026-12-07T20:00:00Z", NOW), "2026-12-07T20:00:00.000Z");
  });

  it("is shown as 'date unknown' / « date inconnue », and given to JSON as null, never as 1970", () => {
    assert.equal(isKnownDate(UNKNOWN_DATE), false);
    assert.equal(dayOrUnknown(UNKNOWN_DATE, "en"), "date unknown");
    assert.equal(dayOrUnknown(UNKNOWN_DATE, "fr"), "date inconnue");
    assert.equal(dayOrUnknown("2019-10-01T15:00:00.000Z", "fr"), "2019-10-01");
    assert.equal(dateOrNull(UNKNOWN_DATE), null);
    assert.equal(dateOrNull("2019-10-01T15:00:00.000Z"), "2019-10-01T15:00:00.000Z");
  });
});

describe("an item whose date is unknown is never judged as inside an election period", () => {
  it("even when the profile adds an election over 1970", () => {
    const profile = parseProfile({ role: "manager", elections: [{ id: "old", jurisdiction: "municipal", kind: "municipal", writ: "1969-12-01", polling: "1970-02-01", name: "An election around the epoch" }] });
    const h = historyContext(UNKNOWN_DATE, profile);
    assert.equal(h.context.electionPeriod, false);
    assert.equal(h.election, undefined);
    assert.equal(h.context.postedAt, undefined);
    assert.equal(h.beforeService, false);
    assert.equal(h.context.role, "manager", "the person's role now applies");
  });

  it("so a partisan like with no date is risky, not raised as during a campaign", () => {
    const h = historyContext(UNKNOWN_DATE, {});
    const result = assess({ text: "Vote NDP on Monday!", action: "like", context: h.context });
    assert.equal(result.level, "risky");
  });
});
