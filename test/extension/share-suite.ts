import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { Lang } from "../../src/core/model.js";
import { EXTENSION_STRINGS } from "../../extension/strings.js";
import { saveScreenshot, skipWithoutChromium } from "../browser/browser.js";
import { extensionReady, FIXTURE_PAGES, setPageClock, suiteBrowsers } from "./harness.js";
import { gate } from "./site-suite.js";

/** The day of a built-in election period: the federal one of 2029 (writ 2029-08-26, polling day 2029-10-15). */
const IN_ELECTION = "2029-09-15T16:00:00Z";
const ELECTION_WORDS: Record<Lang, RegExp> = { en: /election period/i, fr: /période électorale/i };

/** What the fixture's own Like and Repost handlers received. */
const received = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { liked: string[]; reposted: string[] };
    return { liked: w.liked, reposted: w.reposted };
  });

/**
 * Like and Repost (Share, Boost) on each site's shared posts: a party leader's post asks first, in an election period
 * or not (the rule partisan/author: a leader's post is partisan content whatever its words, risky either way), and in
 * one the question says so; "Go ahead anyway" lets the next click through; a friend's post never asks. On Mastodon no
 * party account is listed, so there the post's own words make it risky.
 */
export function shareSuite(lang: Lang, locale: string): void {
  // One fixture per site: x-draft is X again.
  const fixtures = FIXTURE_PAGES.filter((f) => f.name !== "x-draft");
  describe(`Like and Repost on every site, browser in ${locale}`, { skip: skipWithoutChromium() }, () => {
    const t = EXTENSION_STRINGS[lang];
    const browsers = suiteBrowsers(locale, fixtures);

    for (const fixture of fixtures) {
      test(`${fixture.site}: a leader's post asks before Like and Repost, saying so in an election period; Go ahead anyway lets the next click through; a friend's post does not ask`, async () => {
        const browser = browsers.extension;
        const page = await browser.open(fixture);
        try {
          await extensionReady(page, fixture);
          await page.locator('[data-like="friend"]').click();
          await page.locator('[data-repost="friend"]').click();
          assert.equal(await gate(page).count(), 0, "a friend's walk is passed on with no question");
          assert.deepEqual(await received(page), { liked: ["friend"], reposted: ["friend"] });

          // Today (no election in the built-in calendar): still a party leader's post.
          await page.locator('[data-like="leader"]').click();
          await gate(page).waitFor();
          if (fixture.site !== "mastodon") assert.doesNotMatch(await gate(page).innerText(), ELECTION_WORDS[lang], "no election period is claimed outside one");
          await page.getByRole("button", { name: t.gateKeepShare }).click();
          await gate(page).waitFor({ state: "detached" });
          assert.deepEqual(await received(page), { liked: ["friend"], reposted: ["friend"] }, "Cancel: the Like did not reach the site");

          // In the federal election period of 2029.
          await setPageClock(browser, page, IN_ELECTION);
          await page.locator('[data-repost="leader"]').click();
          await gate(page).waitFor();
          if (fixture.site !== "mastodon") assert.match(await gate(page).innerText(), ELECTION_WORDS[lang], "the question names the election period");
          await saveScreenshot(page, `ext-${fixture.name}-gate-share-${lang}`);
          await page.getByRole("button", { name: t.gateShare }).click();
          await gate(page).waitFor({ state: "detached" });
          assert.deepEqual((await received(page)).reposted, ["friend"], "Go ahead anyway reposts nothing by itself: the person clicks again");
          await page.locator('[data-repost="leader"]').click();
          assert.equal(await gate(page).count(), 0);
          assert.deepEqual((await received(page)).reposted, ["friend", "leader"], "the next click went through");
          // The yes was for the Repost: a Like of the same post is its own step, and asks again.
          await page.locator('[data-like="leader"]').click();
          await gate(page).waitFor();
          assert.deepEqual((await received(page)).liked, ["friend"], "the Like waits for its own answer");
        } finally {
          await page.close();
        }
      });
    }
  });
}
