import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { renderShell, shellFile } from "../../web/shell.js";
import { counterpartPath, langOfPath, PAGE_IDS, pageOfPath, PAGES } from "../../web/site.js";

describe("the site's pages", () => {
  test("every page has a path in each language, French ones under /fr/, and no two pages share one", () => {
    assert.deepEqual(PAGES.map((p) => p.id), [...PAGE_IDS]);
    const paths = PAGES.flatMap((p) => [p.path.en, p.path.fr]);
    assert.equal(new Set(paths).size, paths.length);
    for (const page of PAGES) {
      assert.equal(langOfPath(page.path.en), "en", page.path.en);
      assert.equal(langOfPath(page.path.fr), "fr", page.path.fr);
      assert.match(page.path.fr, /^\/fr\/([a-z-]+\/)?$/);
    }
  });

  test("the language toggle leads to the same page in the other language, and back", () => {
    for (const page of PAGES) {
      for (const lang of ["en", "fr"] as const) {
        const other = pageOfPath(counterpartPath(page, lang));
        assert.equal(other?.page.id, page.id);
        assert.notEqual(other?.lang, lang);
      }
    }
  });

  test("a path without its final slash still names its page; an unknown path names none", () => {
    assert.equal(pageOfPath("/fr/revue")?.page.id, "review");
    assert.equal(pageOfPath("/nowhere/"), undefined);
  });

  test("both languages say the same things: every page's words have the same fields in English and French", () => {
    for (const page of PAGES) {
      const keys = (o: object) => JSON.stringify(Object.keys(o).sort());
      assert.equal(keys(page.words.fr), keys(page.words.en), page.id);
      assert.equal(keys(page.words.fr.notice ?? {}), keys(page.words.en.notice ?? {}), page.id);
      for (const lang of ["en", "fr"] as const) for (const value of Object.values(page.words[lang])) assert.ok(JSON.stringify(value).length > 4, `${page.id} ${lang} has an empty text`);
    }
  });
});

describe("renderShell", () => {
  const review = PAGES.find((p) => p.id === "review")!;

  test("declares the language, names the page in the title and links the other language's page", () => {
    const html = renderShell(review, "fr");
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /<title>Examinez votre historique[^<]* – Impartial<\/title>/);
    assert.match(html, /<gcds-header lang-href="\/review\/"/);
    assert.match(html, /<div id="review-app"/);
  });

  test("the menu lists every page in the page's language and marks the current one only", () => {
    const html = renderShell(review, "en");
    for (const page of PAGES) assert.ok(html.includes(`href="${page.path.en}"`), page.id);
    assert.deepEqual(html.match(/<gcds-nav-link[^>]* current>[^<]*/g), ['<gcds-nav-link href="/review/" current>Review your history']);
  });

  test("has no inline script or style for the CSP to refuse", () => {
    for (const page of PAGES) {
      const html = renderShell(page, "en");
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
      assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/);
    }
  });

  test("writes each page to its path's index.html", () => {
    assert.equal(shellFile(review, "fr"), "fr/revue/index.html");
    assert.equal(shellFile(PAGES[0]!, "en"), "index.html");
  });
});
