import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { POLITICAL_ACCOUNTS, PLATFORMS } from "../../../src/core/knowledge/political-accounts.js";
import { normalize } from "../../../src/core/normalize.js";
import { authorOf, candidateOf, normalizeHandle } from "../../../src/core/structure/author.js";

const of = (text: string, author?: { handle?: string; name?: string }) => authorOf(author ? { author } : {}, normalize(text));

describe("who wrote what is shared, liked or answered", () => {
  it("reads the author field first, its handle normalised (no @, any case), a Mastodon handle kept whole", () => {
    assert.equal(normalizeHandle("@JustinTrudeau"), "justintrudeau");
    assert.equal(normalizeHandle("  @User@Mastodon.Social "), "user@mastodon.social");
    assert.equal(of("Merci Sudbury!", { handle: "@JUSTINTRUDEAU" })?.account?.id, "justin-trudeau");
    assert.equal(of("Great night", { handle: "theJagmeetSingh" })?.account?.id, "jagmeet-singh");
    const masto = of("Bonjour", { handle: "@ndp@mastodon.social" });
    assert.equal(masto?.handle, "ndp@mastodon.social");
    assert.equal(masto?.account, undefined, "a Mastodon account is not the X account of the same name");
  });

  it("matches a display name exactly, in either language, and nothing looser", () => {
    assert.equal(of("Belle soirée", { name: "Yves-François Blanchet" })?.account?.id, "yves-francois-blanchet");
    assert.equal(of("Belle soirée", { name: "yves-francois  blanchet" })?.account?.id, "yves-francois-blanchet");
    assert.equal(of("Great night", { name: "Friends of Justin Trudeau" })?.account, undefined);
  });

  it("reads X's RT @handle: at the start, a trailing via @handle and a link to the post", () => {
    const rt = of("RT @AndrewScheer: Heading to Halifax this morning.");
    assert.deepEqual([rt?.from, rt?.account?.id], ["retweet", "andrew-scheer"]);
    assert.equal(of("Heading to Halifax this morning. via @yfblanchet")?.account?.id, "yves-francois-blanchet");
    assert.equal(of("Wow https://x.com/MaximeBernier/status/1180000000000000000")?.account?.id, "maxime-bernier");
    assert.equal(of("Magnifique! https://bsky.app/profile/markcarney.bsky.social/post/3abc")?.account?.id, "mark-carney");
    assert.equal(of("I told @JustinTrudeau RT @someone: hi"), undefined, "RT only counts at the start");
  });

  it("the explicit author wins over what the text says", () => {
    assert.equal(of("RT @AndrewScheer: hello", { handle: "@CBCNews" })?.handle, "cbcnews");
  });

  it("knows a government account from a party's: the Prime Minister's office is not the Liberal leader", () => {
    assert.equal(of("x", { handle: "@CanadianPM" })?.account?.kind, "government");
    assert.equal(of("x", { handle: "@MarkJCarney" })?.account?.kind, "leader");
  });

  it("reads a likely candidate's account from its campaign words, cautiously, in both languages", () => {
    assert.equal(candidateOf("@janedoe4mp", undefined), true);
    assert.equal(candidateOf(undefined, "Jean Roy pour député"), true);
    assert.equal(candidateOf(undefined, "Marie Tremblay, candidate du Bloc")?.valueOf() !== undefined, true);
    assert.equal((candidateOf("@OttawaCentreNDP", undefined) as { id: string }).id, "ndp");
    assert.equal((candidateOf(undefined, "Kanata Liberals") as { id: string }).id, "lpc");
    // Not enough on their own: a candidacy word without a party, party-like letters that name other things.
    assert.equal(candidateOf(undefined, "Marie Tremblay candidate"), undefined);
    assert.equal(candidateOf("@PLCAcademy", undefined), undefined);
    assert.equal(candidateOf("@PPCmarketing", undefined), undefined);
    assert.equal(candidateOf(undefined, "Liberal Arts College"), undefined);
    assert.equal(candidateOf("@informpolitics", undefined), undefined);
  });

  it("reads no further than 300 characters of a hostile handle or name", () => {
    const long = "4MP".padStart(100_000, "a");
    assert.equal(of("hi", { handle: long })?.handle?.length, 300);
  });
});

describe("the political accounts data", () => {
  it("gives every handle a platform, a source URL and says whether it was verified", () => {
    for (const a of POLITICAL_ACCOUNTS) {
      assert.ok(a.handles.length > 0, a.id);
      for (const h of a.handles) {
        assert.ok((PLATFORMS as readonly string[]).includes(h.platform), `${a.id}: ${h.platform}`);
        assert.match(h.source, /^https:\/\//, `${a.id}: ${h.handle}`);
        assert.equal(typeof h.verified, "boolean");
        assert.doesNotMatch(h.handle, /^@/);
      }
      if (a.kind === "leader") assert.match(a.period?.from ?? "", /^\d{4}-\d{2}-\d{2}$/, a.id);
    }
  });

  it("lists the 2019 leaders whose tweets the project measures, under the handles they posted from", () => {
    for (const handle of ["JustinTrudeau", "AndrewScheer", "theJagmeetSingh", "ElizabethMay", "MaximeBernier", "yfblanchet"]) {
      assert.ok(POLITICAL_ACCOUNTS.some((a) => a.kind === "leader" && a.handles.some((h) => h.platform === "x" && h.handle === handle)), handle);
    }
  });
});
