import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ELECTIONS,
  ElectionEventError,
  canadianDate,
  electionPeriodAt,
  electionsAt,
  federalFixedElectionDate,
  isCalendarDate,
  parseElectionEvents,
  presumptiveFederalElection,
  thirdMondayOfOctober,
} from "../../src/core/elections.js";

test("a tweet on 2019-10-01 falls in the 2019 federal election period", () => {
  const event = electionPeriodAt("2019-10-01T15:00:00Z");
  assert.equal(event?.id, "federal-2019");
  assert.equal(event?.name.en, "2019 federal general election");
  assert.equal(event?.name.fr, "Élection générale fédérale de 2019");
});

test("a tweet the day after the 2019 federal polling day is outside any period", () => {
  assert.equal(electionPeriodAt("2019-10-22T15:00:00Z"), undefined);
});

test("the 2025 federal polling day is in the period, the day after is not", () => {
  assert.equal(electionPeriodAt("2025-04-28T23:30:00Z")?.id, "federal-2025");
  assert.equal(electionPeriodAt("2025-04-29T12:00:00Z"), undefined);
});

test("the writ day itself is in the period, the day before is not", () => {
  const federalOnly = { jurisdictions: ["federal"] };
  assert.equal(electionPeriodAt("2021-08-15", federalOnly)?.id, "federal-2021");
  assert.equal(electionPeriodAt("2021-08-14", federalOnly), undefined);
});

test("the date is read in Canada (UTC−5): 03:00 UTC on the day after polling day is still polling day", () => {
  assert.equal(canadianDate("2019-10-22T03:00:00Z"), "2019-10-21");
  assert.equal(electionPeriodAt("2019-10-22T03:00:00Z")?.id, "federal-2019");
  assert.equal(electionPeriodAt(new Date("2019-10-22T06:00:00Z")), undefined);
});

test("the 2015 campaign starts on dissolution day, 2 August", () => {
  assert.equal(electionPeriodAt("2015-08-02T18:00:00Z")?.id, "federal-2015");
});

test("the fixed date after the 2025 election is the third Monday of October 2029: 15 October", () => {
  assert.equal(federalFixedElectionDate("2025-04-28"), "2029-10-15");
  assert.equal(new Date("2029-10-15T12:00:00Z").getUTCDay(), 1);
});

test("the fixed-date rule gives the actual 2015 and 2019 polling days", () => {
  assert.equal(federalFixedElectionDate("2011-05-02"), "2015-10-19");
  assert.equal(federalFixedElectionDate("2015-10-19"), "2019-10-21");
  assert.equal(federalFixedElectionDate("2021-09-20"), "2025-10-20");
});

test("third Monday of October falls between the 15th and the 21st", () => {
  for (let year = 2000; year < 2100; year++) {
    const day = thirdMondayOfOctober(year);
    const date = new Date(`${day}T12:00:00Z`);
    assert.equal(date.getUTCDay(), 1, day);
    assert.ok(date.getUTCDate() >= 15 && date.getUTCDate() <= 21, day);
  }
});

test("the next federal election's presumptive period is the 51 days ending on the fixed date", () => {
  const next = presumptiveFederalElection("2025-04-28");
  assert.equal(next.polling, "2029-10-15");
  assert.equal(next.writ, "2029-08-26");
  assert.equal(next.confidence, "presumptive");
  assert.equal(electionPeriodAt("2029-08-26")?.id, "federal-2029-fixed");
  assert.equal(electionPeriodAt("2029-08-25"), undefined);
  assert.equal(electionPeriodAt("2029-10-15T20:00:00Z")?.id, "federal-2029-fixed");
});

test("a provincial campaign counts by default: Ontario, June 2022", () => {
  assert.equal(electionPeriodAt("2022-05-20T12:00:00Z")?.id, "on-2022");
});

test("limiting the jurisdictions leaves the others out", () => {
  assert.equal(electionPeriodAt("2022-05-20", { jurisdictions: ["federal"] }), undefined);
  assert.equal(electionPeriodAt("2022-05-20", { jurisdictions: ["federal", "on"] })?.id, "on-2022");
});

test("when a federal and a territorial campaign overlap, the federal one comes first and both are listed", () => {
  // The NWT voted on 2019-10-01, inside the 2019 federal campaign.
  const all = electionsAt("2019-09-20").map((e) => e.id);
  assert.deepEqual(all, ["federal-2019", "nt-2019"]);
});

test("a user-added municipal election is honoured, even with the default jurisdictions", () => {
  const extra = parseElectionEvents([
    {
      id: "ottawa-2022",
      jurisdiction: "municipal",
      kind: "municipal",
      writ: "2022-05-02",
      polling: "2022-10-24",
      name: { en: "Ottawa municipal election 2022", fr: "Élection municipale d’Ottawa 2022" },
    },
  ]);
  assert.equal(electionPeriodAt("2022-07-01"), undefined);
  assert.equal(electionPeriodAt("2022-07-01", { extra })?.id, "ottawa-2022");
  assert.equal(electionPeriodAt("2022-10-25", { extra }), undefined);
});

test("a user-added by-election comes before a provincial campaign on the same day", () => {
  const extra = parseElectionEvents(
    JSON.stringify({
      elections: [
        { id: "by-1", jurisdiction: "federal", kind: "by-election", writ: "2022-05-01", polling: "2022-06-20", name: "A by-election" },
      ],
    }),
  );
  assert.deepEqual(electionsAt("2022-05-20", { extra }).map((e) => e.id), ["by-1", "on-2022"]);
  assert.equal(extra[0]?.name.fr, "A by-election");
  assert.equal(extra[0]?.confidence, "verified");
});

function errorAt(json: unknown): ElectionEventError {
  try {
    parseElectionEvents(json);
  } catch (e) {
    assert.ok(e instanceof ElectionEventError, String(e));
    return e;
  }
  assert.fail("expected an ElectionEventError");
}

const good = { id: "x", jurisdiction: "municipal", kind: "municipal", writ: "2022-05-02", polling: "2022-10-24", name: "X" };

test("a bad user-added election names the field at fault", () => {
  assert.equal(errorAt([good, { ...good, id: "y", polling: "2022-13-01" }]).field, "[1].polling");
  assert.match(errorAt([{ ...good, polling: "2022-13-01" }]).message, /\[0\]\.polling: expected a date YYYY-MM-DD, got "2022-13-01"/);
  assert.equal(errorAt([{ ...good, jurisdiction: "ontario" }]).field, "[0].jurisdiction");
  assert.match(errorAt([{ ...good, jurisdiction: "ontario" }]).message, /expected one of federal, on, qc/);
  assert.equal(errorAt([{ ...good, kind: "referendum" }]).field, "[0].kind");
  assert.equal(errorAt([{ ...good, id: "" }]).field, "[0].id");
  assert.equal(errorAt([{ ...good, name: { fr: "X" } }]).field, "[0].name.en");
  assert.equal(errorAt([{ ...good, writ: "2022-11-01" }]).field, "[0].writ");
  assert.equal(errorAt([good, good]).field, "[1].id");
  assert.equal(errorAt({ elections: [{ ...good, confidence: "sure" }] }).field, "elections[0].confidence");
});

test("unreadable JSON or a non-list is refused with a clear message", () => {
  assert.match(errorAt("[{").message, /not valid JSON/);
  assert.match(errorAt({ events: [] }).message, /expected a list of elections/);
});

test("every built-in election has a real writ day no later than its polling day and a unique id", () => {
  const ids = new Set<string>();
  for (const e of ELECTIONS) {
    assert.ok(isCalendarDate(e.writ) && isCalendarDate(e.polling), e.id);
    assert.ok(e.writ <= e.polling, e.id);
    assert.ok(!ids.has(e.id), `duplicate ${e.id}`);
    ids.add(e.id);
    assert.ok(e.name.en && e.name.fr, e.id);
    if (e.confidence !== "verified") assert.ok(e.note, `${e.id} says why it is ${e.confidence}`);
  }
});

test("an unreadable date is refused rather than read as no election", () => {
  assert.throws(() => electionPeriodAt("yesterday"), /not a date: "yesterday"/);
  assert.throws(() => electionPeriodAt("2019-02-30"), /not a calendar date/);
});
