// The triage routes of the review API (issue 13), as the page calls them: bulk decisions by keys or by filter, undo
// as one step, the log of changes, saved rules, the to-do list with its ticks and its downloads; and what they refuse.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type ImpartialServer } from "../../src/server/server.js";
import { openStore, type ReviewStore } from "../../src/store/store.js";
import { seedTriage } from "../helpers/triage-history.js";

let server: ImpartialServer;
let store: ReviewStore;
let base = "";

before(async () => {
  store = seedTriage(openStore(":memory:"));
  server = createServer({ port: 0, store });
  base = (await server.listen()).url.replace(/\/$/, "");
});

after(async () => {
  await server.close();
  store.close();
});

interface Reply {
  status: number;
  json: Record<string, unknown>;
}

async function post(path: string, body: unknown, lang = "en"): Promise<Reply> {
  const res = await fetch(`${base}${path}?lang=${lang}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function get(path: string): Promise<Reply & { text: string; headers: Headers }> {
  const res = await fetch(`${base}${path}`);
  const text = await res.text();
  let json: Record<string, unknown> = {};
  if ((res.headers.get("content-type") ?? "").includes("json")) json = JSON.parse(text) as Record<string, unknown>;
  return { status: res.status, json, text, headers: res.headers };
}

/** Each item's decision, by id. */
const decisions = () => Object.fromEntries(store.query({ limit: 100 }).map((r) => [r.item.id, r.decision?.decision ?? null]));

/** Clears every decision, rule and tick between tests: each starts from the seeded history. */
function reset(): void {
  store.decideMany({ selection: {} }, null);
  for (const r of store.rules()) store.deleteRule(r.id);
}

describe("POST /api/review/bulk and /api/review/undo", () => {
  test("decides every item a filter selects as one change, skipping those that cannot take it; undo puts them back in one step", async () => {
    reset();
    const bulk = await post("/api/review/bulk", { filter: { action: ["like", "share"], before: "2019-01-01" }, decision: "delete", note: "old" });
    assert.equal(bulk.status, 200, JSON.stringify(bulk.json));
    const change = bulk.json.change as { id: number; changed: number; skipped: number };
    assert.deepEqual([change.changed, change.skipped], [2, 0], "like-1 and like-2; the 1970 boost has no date, so is never before");
    assert.equal(bulk.json.left, 2, "post-bad and reply-1 still need attention");
    assert.equal(decisions()["like-2"], "delete");
    const edit = await post("/api/review/bulk", { keys: [{ platform: "x", id: "post-bad" }, { platform: "x", id: "like-1" }, { platform: "mastodon", id: "fav-1" }], decision: "edit" });
    assert.deepEqual([(edit.json.change as { changed: number }).changed, (edit.json.change as { skipped: number }).skipped], [0, 3], "X posts cannot be edited, likes never");
    const undone = await post("/api/review/undo", { change: change.id });
    assert.equal(undone.status, 200);
    assert.equal(undone.json.restored, 2);
    assert.equal(decisions()["like-2"], null);
    const changes = await get("/api/review/changes");
    const listed = changes.json.changes as { id: number; undoneAt?: string; description: { en: string; fr: string } }[];
    assert.ok(listed.find((c) => c.id === change.id)?.undoneAt, "the undone change is marked");
    assert.match(listed.find((c) => c.id === change.id)?.description.fr ?? "", /^delete : tout ce qui correspond à /);
  });

  test("clear removes decisions; a note given replaces the items' notes", async () => {
    reset();
    await post("/api/review/bulk", { keys: [{ platform: "x", id: "like-1" }], decision: "delete", note: "n1" });
    assert.equal(store.getItem("x", "like-1")?.decision?.note, "n1");
    const cleared = await post("/api/review/bulk", { keys: [{ platform: "x", id: "like-1" }], decision: "clear" });
    assert.equal(cleared.status, 200);
    assert.equal(decisions()["like-1"], null);
  });

  test("refuses an unknown field, a bad date, a search with no word, 10,001 keys, both or neither target, in the language asked", async () => {
    const cases: [unknown, RegExp, RegExp][] = [
      [{ filter: { action: "like" }, decision: "delete", extra: 1 }, /"extra" is not a field here/, /« extra » n'est pas un champ accepté ici/],
      [{ filter: { colour: "red" }, decision: "delete" }, /colour/, /colour/],
      [{ filter: { before: "2019-02-30x" }, decision: "delete" }, /before must be a date \(YYYY-MM-DD\)/, /before doit être une date \(AAAA-MM-JJ\)/],
      [{ filter: { search: "###" }, decision: "delete" }, /search needs at least one word/, /search demande au moins un mot/],
      [{ keys: Array.from({ length: 10_001 }, (_, i) => ({ platform: "x", id: String(i) })), decision: "keep" }, /"keys" must be a list of 1 to 10,000 items/, /« keys » doit être une liste de 1 à 10 000 éléments/],
      [{ keys: [], decision: "keep" }, /"keys" must be a list of 1 to 10,000 items/, /« keys » doit être une liste/],
      [{ keys: [{ platform: "x", id: "like-1" }], filter: {}, decision: "keep" }, /give either "keys" or "filter"/, /donnez « keys » ou « filter »/],
      [{ decision: "keep" }, /give either "keys" or "filter"/, /donnez « keys » ou « filter »/],
      [{ keys: [{ platform: "myspace", id: "1" }], decision: "keep" }, /keys\[0\] must be/, /keys\[0\] doit être/],
      [{ filter: {}, decision: "unlike" }, /"decision" must be one of keep, delete, edit, make-private/, /« decision » doit être l'une des valeurs/],
    ];
    for (const [body, en, fr] of cases) {
      const reply = await post("/api/review/bulk", body);
      assert.equal(reply.status, 400, JSON.stringify(body).slice(0, 80));
      assert.match(String(reply.json.error), en);
      assert.match(String((await post("/api/review/bulk", body, "fr")).json.error), fr);
    }
  });

  test("undo refuses a change that does not exist or was undone, and says when there is nothing to undo", async () => {
    reset();
    const missing = await post("/api/review/undo", { change: 9999 });
    assert.equal(missing.status, 404);
    assert.match(String(missing.json.error), /no change 9999/);
    assert.equal((await post("/api/review/undo", { change: "last" })).status, 400);
    assert.match(String((await post("/api/review/undo", { latest: true })).json.error), /"latest" is not a field here/);
    const made = (await post("/api/review/bulk", { keys: [{ platform: "x", id: "like-1" }], decision: "keep" })).json.change as { id: number };
    assert.equal((await post("/api/review/undo", { change: made.id })).status, 200);
    const twice = await post("/api/review/undo", { change: made.id }, "fr");
    assert.equal(twice.status, 400);
    assert.match(String(twice.json.error), /a déjà été annulé/);
  });
});

describe("/api/review/rules", () => {
  test("adds a rule, applies it now, lists it and deletes it; its decisions stay", async () => {
    reset();
    const added = await post("/api/review/rules", { filter: { action: "like", before: "2019-01-01" }, decision: "delete", note: "old likes" });
    assert.equal(added.status, 200, JSON.stringify(added.json));
    assert.equal((added.json.change as { changed: number }).changed, 2);
    const rules = (await get("/api/review/rules")).json.rules as { id: number; selection: { action: string; before: string }; decision: string; note: string }[];
    assert.equal(rules.length, 1);
    assert.deepEqual([rules[0]!.selection.before, rules[0]!.decision, rules[0]!.note], ["2019-01-01", "delete", "old likes"]);
    const deleted = await post("/api/review/rules", { delete: rules[0]!.id });
    assert.deepEqual(deleted.json.rules, []);
    assert.equal(decisions()["like-1"], "delete");
  });

  test("refuses an unknown field, a bad filter, an unknown rule", async () => {
    assert.match(String((await post("/api/review/rules", { filter: { action: "like" }, decision: "delete", when: "now" })).json.error), /"when" is not a field here/);
    const badDate = await post("/api/review/rules", { filter: { after: "01/01/2019" }, decision: "delete" }, "fr");
    assert.equal(badDate.status, 400);
    assert.match(String(badDate.json.error), /after doit être une date/);
    assert.equal((await post("/api/review/rules", { filter: { search: "###" }, decision: "delete" })).status, 400);
    assert.equal((await post("/api/review/rules", { filter: "likes", decision: "delete" })).status, 400);
    const unknown = await post("/api/review/rules", { delete: 4242 });
    assert.equal(unknown.status, 404);
    assert.match(String(unknown.json.error), /no rule 4242/);
  });
});

describe("/api/review/todo and its downloads", () => {
  test("lists every decision but keep with progress; a tick is kept and counted", async () => {
    reset();
    await post("/api/review/bulk", { keys: [{ platform: "x", id: "like-1" }, { platform: "x", id: "post-bad" }, { platform: "mastodon", id: "fav-1" }], decision: "delete" });
    await post("/api/review/bulk", { keys: [{ platform: "x", id: "reply-1" }], decision: "keep" });
    const todo = await get("/api/review/todo");
    assert.deepEqual([todo.json.done, todo.json.total], [0, 3]);
    const ticked = await post("/api/review/todo", { platform: "x", id: "like-1", done: true });
    assert.equal(ticked.status, 200);
    assert.deepEqual([ticked.json.done, ticked.json.total], [1, 3]);
    assert.ok((ticked.json.entry as { doneAt?: string }).doneAt);
    const x = await get("/api/review/todo?platform=x");
    assert.deepEqual([x.json.done, x.json.total], [1, 2]);
    assert.equal((await get("/api/review/todo?platform=myspace")).status, 400);
    const kept = await post("/api/review/todo", { platform: "x", id: "reply-1", done: true });
    assert.equal(kept.status, 400);
    assert.match(String(kept.json.error), /not on the to-do list/);
    assert.match(String((await post("/api/review/todo", { platform: "x", id: "like-1", done: "yes" })).json.error), /"done" must be true or false/);
    assert.match(String((await post("/api/review/todo", { platform: "x", id: "like-1", done: true, all: true })).json.error), /"all" is not a field here/);
  });

  test("todo.html is a self-contained printable page with ticks and progress; todo.csv has a done column", async () => {
    reset();
    await post("/api/review/bulk", { keys: [{ platform: "x", id: "like-1" }, { platform: "x", id: "post-bad" }], decision: "delete" });
    await post("/api/review/todo", { platform: "x", id: "post-bad", done: true });
    const html = await get("/api/review/todo.html?lang=fr");
    assert.equal(html.status, 200);
    assert.equal(html.headers.get("content-disposition"), 'attachment; filename="impartial-todo-fr.html"');
    assert.match(String(html.headers.get("content-security-policy")), /default-src 'none'; style-src 'sha256-/);
    assert.match(html.text, /<h1>Liste de tâches<\/h1>/);
    assert.match(html.text, /1 sur 2 faites/);
    assert.match(html.text, /<h3>Ne plus aimer \(0 sur 1 faites\)<\/h3>/);
    assert.equal((html.text.match(/ checked>/g) ?? []).length, 1);
    const csv = await get("/api/review/todo.csv");
    assert.equal(csv.headers.get("content-disposition"), 'attachment; filename="impartial-todo-en.csv"');
    const lines = csv.text.trim().split("\r\n");
    assert.equal(lines[0], "platform,id,action,step,decision,created at,url,text,note,decided at,done,done at");
    const raw = new Uint8Array(await (await fetch(`${base}/api/review/todo.csv`)).arrayBuffer());
    assert.deepEqual([...raw.slice(0, 3)], [0xef, 0xbb, 0xbf], "a byte order mark for spreadsheets");
    assert.match(lines.find((l) => l.startsWith("x,post-bad,")) ?? "", /,true,\d{4}-/);
    assert.match(lines.find((l) => l.startsWith("x,like-1,")) ?? "", /^x,like-1,like,Unlike,delete,.*,false,$/);
    assert.equal((await get("/api/review/todo.csv?platform=x")).status, 400, "the downloads take lang only");
  });

  test("the checklist downloads still list what is to be deleted, a like said as liked", async () => {
    reset();
    await post("/api/review/bulk", { keys: [{ platform: "x", id: "like-1" }], decision: "delete" });
    const html = await get("/api/review/checklist.html");
    assert.equal(html.status, 200);
    assert.match(html.text, /<strong>Done<\/strong> — liked <time/);
    assert.match((await get("/api/review/checklist.csv")).text, /\r\nx,like-1,like,2018-06-01T10:00:00\.000Z,/);
  });
});

describe("GET /api/review with the new filters", () => {
  test("the attention view, unchecked items, search and bad input", async () => {
    reset();
    const attention = await get("/api/review?attention=true&sort=attention");
    assert.deepEqual((attention.json.items as { id: string }[]).map((i) => i.id), ["post-bad", "reply-1", "like-1", "like-2"]);
    const unchecked = await get("/api/review?level=unchecked");
    assert.deepEqual((unchecked.json.items as { id: string; state: string }[]).map((i) => i.state), ["unchecked", "unchecked"]);
    assert.deepEqual(((await get("/api/review?search=election")).json.items as { id: string }[]).map((i) => i.id), ["reply-1"], "typed without its accent");
    assert.equal((await get("/api/review?search=%23%23%23")).status, 400);
    assert.equal((await get("/api/review?before=2019-1-1")).status, 400);
    assert.equal((await get("/api/review?colour=red")).status, 400);
  });
});
