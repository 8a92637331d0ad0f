import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { createServer, type ImpartialServer } from "../../src/server/server.js";
import { openStore } from "../../src/store/store.js";

/** DESIGN.md: without electionPeriod in the context, the check uses postedAt (or today) and the election calendar. */

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = join(root, "bin/impartial.js");
const home = mkdtempSync(join(tmpdir(), "impartial-calendar-"));

function run(args: string[], input = "", cwd = home) {
  const env = { ...process.env, XDG_CONFIG_HOME: home, NO_COLOR: "1", LC_ALL: "", LC_MESSAGES: "", LANG: "en_CA.UTF-8" };
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", cwd, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Factor = { factor: string; note: string };
const factors = (json: string) => (JSON.parse(json) as { factors: Factor[] }).factors;
const electionNote = (json: string) => factors(json).find((f) => f.factor === "electionPeriod")?.note;

const LIKE = ["check", "--json", "--action", "like", "Vote Liberal! #elxn45"];

describe("a check judges 'now' by the election calendar", () => {
  it("liking a party's post during the 2025 federal campaign names that election, in either language", () => {
    assert.match(electionNote(run([...LIKE, "--at", "2025-04-10"]).stdout) ?? "", /election period: 2025 federal general election, from the built-in calendar/);
    const fr = run(["check", "--json", "--lang", "fr", "--action", "like", "--at", "2025-04-10", "Votez libéral!"]);
    assert.match(electionNote(fr.stdout) ?? "", /période électorale : .*fédérale.*selon le calendrier intégré/);
  });

  it("outside any writ period there is no election factor, and --no-election-period turns the calendar off", () => {
    assert.equal(electionNote(run([...LIKE, "--at", "2026-12-07"]).stdout), undefined);
    assert.equal(electionNote(run([...LIKE, "--at", "2025-04-10", "--no-election-period"]).stdout), undefined);
    const both = run([...LIKE, "--election-period", "--no-election-period"]);
    assert.equal(both.code, 64);
    assert.match(both.stderr, /not both/);
  });

  it("in a batch, each line is dated by its own postedAt; an election period said in the context wins", () => {
    const lines = [
      { id: "in", text: "Vote NDP!", action: "share", context: { postedAt: "2025-04-10T12:00:00-04:00" } },
      { id: "out", text: "Vote NDP!", action: "share", context: { postedAt: "2026-12-07T12:00:00-05:00" } },
      { id: "said", text: "Vote NDP!", action: "share", context: { postedAt: "2025-04-10T12:00:00-04:00", electionPeriod: false } },
    ];
    const r = run(["check", "--jsonl"], lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    const out = r.stdout.trim().split("\n");
    assert.deepEqual(
      out.map((l) => electionNote(l) !== undefined),
      [true, false, false],
    );
  });

  it("a profile's jurisdictions decide which provincial elections count (Quebec's 2022 campaign)", () => {
    const dir = mkdtempSync(join(home, "qc-"));
    const quebec = ["check", "--json", "--action", "like", "--at", "2022-09-15", "Votez pour la CAQ le 3 octobre!"];
    assert.match(electionNote(run(quebec, "", dir).stdout) ?? "", /Qu[ée]bec/);
    writeFileSync(join(dir, "impartial.config.json"), JSON.stringify({ profile: { jurisdictions: ["federal", "on"] } }));
    assert.equal(electionNote(run(quebec, "", dir).stdout), undefined, "an Ontarian's check does not count Quebec's election");
  });
});

describe("the API judges 'now' by the election calendar too", () => {
  let server: ImpartialServer;
  let url: string;
  const store = openStore(":memory:");
  before(async () => {
    server = createServer({ port: 0, store });
    ({ url } = await server.listen());
  });
  after(async () => {
    await server.close();
    store.close();
  });

  it("POST /api/check dates a share by its postedAt and names the election", async () => {
    const post = async (context: Record<string, unknown>) =>
      (await (await fetch(new URL("/api/check", url), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ id: "a", text: "Vote NDP!", action: "share", context }) })).json()) as { factors: Factor[] };
    const during = await post({ postedAt: "2025-04-10T12:00:00-04:00" });
    assert.match(during.factors.find((f) => f.factor === "electionPeriod")?.note ?? "", /2025 federal general election/);
    const after2026 = await post({ postedAt: "2026-12-07T12:00:00-05:00" });
    assert.equal(after2026.factors.find((f) => f.factor === "electionPeriod"), undefined);
  });
});
