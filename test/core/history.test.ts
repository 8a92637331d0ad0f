import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assess } from "../../src/core/engine.js";
import { historyContext, parseProfile } from "../../src/core/history.js";

describe("judging an old post as of its own date", () => {
  it("a post made during the 2019 federal campaign is judged in an election period", () => {
    const h = historyContext("2019-10-01T15:00:00Z", {});
    assert.equal(h.context.electionPeriod, true);
    assert.equal(h.election?.id.startsWith("federal"), true);
    assert.equal(historyContext("2019-12-01T15:00:00Z", {}).context.electionPeriod, false);
  });

  it("a by-election the person adds counts like a general one", () => {
    const profile = parseProfile({ elections: [{ id: "ottawa-2022", jurisdiction: "municipal", kind: "municipal", writ: "2022-05-02", polling: "2022-10-24", name: "Ottawa municipal election 2022" }] });
    assert.equal(historyContext("2022-09-15T12:00:00Z", profile).context.electionPeriod, true);
  });

  it("the role and department of the time apply, not today's", () => {
    const profile = parseProfile({ role: "executive", department: "statcan", roles: [{ from: "2015-01-05", role: "employee", department: "esdc" }, { from: "2021-06-01", role: "executive", department: "statcan" }] });
    assert.deepEqual([historyContext("2018-03-01T12:00:00Z", profile).context.role, historyContext("2018-03-01T12:00:00Z", profile).context.department], ["employee", "esdc"]);
    assert.deepEqual([historyContext("2023-03-01T12:00:00Z", profile).context.role, historyContext("2023-03-01T12:00:00Z", profile).context.department], ["executive", "statcan"]);
  });

  it("marks posts from before joining the public service, and still judges them", () => {
    const profile = parseProfile({ joined: "2016-09-06" });
    const h = historyContext("2015-10-10T12:00:00Z", profile);
    assert.equal(h.beforeService, true);
    assert.equal(historyContext("2016-09-06T14:00:00Z", profile).beforeService, false);
    assert.equal(assess({ text: "Vote NDP on Monday!", context: h.context }).level, "risky");
  });

  it("liking a campaign post during the 2021 federal election scores higher than the same like in February 2022, when no campaign was on", () => {
    const during = assess({ text: "The Conservatives have the only credible plan.", action: "like", context: historyContext("2021-09-01T12:00:00Z", { identifiable: true }).context });
    const after = assess({ text: "The Conservatives have the only credible plan.", action: "like", context: historyContext("2022-02-01T12:00:00Z", { identifiable: true }).context });
    assert.equal(during.level, after.level);
    assert.ok(during.score > after.score);
  });

  it("refuses a bad profile, naming the field", () => {
    assert.throws(() => parseProfile({ joined: "last year" }), /profile\.joined must be a date/);
    assert.throws(() => parseProfile({ role: "boss" }), /profile\.role must be one of/);
    assert.throws(() => parseProfile({ roles: [{ from: "2020-01-01", role: "king" }] }), /profile\.roles\[0\]\.role/);
    assert.throws(() => parseProfile({ hobby: "chess" }), /profile\.hobby is not a profile field/);
    assert.throws(() => parseProfile({ jurisdictions: ["mars"] }), /profile\.jurisdictions/);
  });
});
