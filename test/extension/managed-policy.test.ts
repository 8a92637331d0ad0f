import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { axeViolations, saveScreenshot, skipWithoutChromium } from "../browser/browser.js";
import { CHROME_BUILD, FIXTURE_PAGES, launchWithExtension, posted, ROOT, storeSettings, unpackedExtensionId } from "./harness.js";
import { chip, gate } from "./site-suite.js";

/**
 * A department's policy, as Chromium on Linux reads it: a JSON file in /etc/chromium/policies/managed whose
 * "3rdparty" block gives the extension its chrome.storage.managed. The policy is docs/extension-policy.sample.json's,
 * given to a copy of the extension at its own path (so its own id): the other test files' extension, running at the same
 * time, is not under it. Writing there needs root, as CI has (it installs the browsers with apt); elsewhere the test
 * is skipped and says why.
 */
const POLICY_DIR = "/etc/chromium/policies/managed";

function policyDirWritable(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function skipReason(): string | false {
  const chromium = skipWithoutChromium();
  if (chromium) return chromium;
  if (policyDirWritable() || process.env.CI) return false;
  return `${POLICY_DIR} is not writable by this user: the managed-policy test needs root (CI runs it)`;
}

/** The sample policy's settings for the extension: what a department would deploy. */
function samplePolicy(): { defaults: Record<string, unknown>; locked: string[] } {
  const sample = JSON.parse(readFileSync(join(ROOT, "docs", "extension-policy.sample.json"), "utf8")) as { "3rdparty": { extensions: Record<string, { defaults: Record<string, unknown>; locked: string[] }> } };
  return sample["3rdparty"].extensions.EXTENSION_ID!;
}

const RISKY = "Vote for the Liberal candidate in my riding this Saturday!";

describe("a department's managed policy", { skip: skipReason() }, () => {
  test("its defaults apply, its locked settings cannot be changed from the options page or by storage, and the site follows it", async () => {
    const policy = samplePolicy();
    assert.deepEqual(policy.locked, ["department", "gate"], "the sample locks the department and the gate");
    assert.equal(policy.defaults.gate, "risky");
    const copy = mkdtempSync(join(tmpdir(), "impartial-ext-managed-"));
    cpSync(CHROME_BUILD, copy, { recursive: true });
    const id = unpackedExtensionId(copy);
    assert.ok(policyDirWritable(), `${POLICY_DIR} must be writable (root) for this test`);
    const file = join(POLICY_DIR, `impartial-test-${id}.json`);
    writeFileSync(file, JSON.stringify({ "3rdparty": { extensions: { [id]: policy } } }));
    const mastodon = FIXTURE_PAGES.find((f) => f.site === "mastodon")!;
    const browser = await launchWithExtension(copy, "en-CA", [mastodon]);
    try {
      assert.equal(browser.extensionId, id);
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
      await options.getByRole("heading", { level: 1, name: "Impartial: settings" }).waitFor();
      // The locked settings say so and cannot be used; the unlocked default is set and stays the person's to change.
      assert.equal(await options.getByText("Set by your department: you cannot change it here.").count(), 2);
      const department = options.getByLabel("Department or agency");
      assert.equal(await department.isDisabled(), true, "the department is locked");
      assert.match(await department.inputValue(), /Health Canada|hc/i, "the department's default is shown");
      const riskyChoice = options.locator('input[name="gate"][value="risky"]');
      assert.equal(await riskyChoice.isChecked(), true, "the gate's default is the policy's");
      assert.equal(await riskyChoice.isDisabled(), true, "the gate is locked");
      const identifiable = options.getByLabel("My account shows that I work for the public service");
      assert.equal(await identifiable.isChecked(), true, "an unlocked default applies");
      assert.equal(await identifiable.isDisabled(), false, "and stays the person's to change");
      assert.deepEqual(await axeViolations(options), []);
      await saveScreenshot(options, "ext-options-managed-en");
      await options.close();

      // Even settings written straight into storage do not undo a lock: a risky draft is still held back.
      await storeSettings(browser, { gate: "off", department: "esdc" });
      const page = await browser.open(mastodon);
      await page.locator(mastodon.editor).click();
      await page.locator(mastodon.editor).pressSequentially(RISKY);
      await chip(page).and(page.locator("[data-level=risky]")).waitFor();
      await page.locator(mastodon.post).click();
      await gate(page).waitFor();
      assert.deepEqual(await posted(page), [], "the department's gate (risky) holds back a risky draft, whatever storage says");
      assert.deepEqual(browser.foreign, []);
    } finally {
      await browser.close();
      rmSync(file, { force: true });
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
