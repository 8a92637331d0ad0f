import type { Lang } from "../src/core/model.js";
import { ABOUT, type Inline } from "./about-content.js";
import { counterpartPath, pageById, PAGES, SITE_NAME, SITE_STRINGS, type SitePage } from "./site.js";

function escape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function inline(parts: readonly Inline[]): string {
  return parts.map((x) => (typeof x === "string" ? escape(x) : `<a href="${escape(x.href)}">${escape(x.text)}</a>`)).join("");
}

/** The About page's sections, written whole: the page reads without scripts. */
function aboutBody(lang: Lang, version: string): string {
  return ABOUT[lang]
    .map((section) => {
      const blocks = section.blocks
        .map((b) => ("p" in b ? `      <p>${inline(b.p).replace("{version}", escape(version))}</p>` : `      <ul>\n${b.list.map((item) => `        <li>${inline(item)}</li>`).join("\n")}\n      </ul>`))
        .join("\n");
      return `    <section id="${section.id}" aria-labelledby="${section.id}-heading">\n      <h2 id="${section.id}-heading">${escape(section.heading)}</h2>\n${blocks}\n    </section>`;
    })
    .join("\n");
}

export interface ShellOptions {
  /** The package's version, shown in the footer and on the About page. */
  version?: string;
}

/**
 * One page's HTML in one language: the GC Design System header with Impartial's own name in place of the Government
 * of Canada signature (an independent tool wears no federal identity mark), the language toggle to the same page in
 * the other language and the site menu, the page's heading, lead and notice, the element its script mounts into (or
 * the whole text of a static page), and a footer of Impartial's own, not the canada.ca one. No inline script or style:
 * the CSP allows neither.
 */
export function renderShell(page: SitePage, lang: Lang, options: ShellOptions = {}): string {
  const version = options.version ?? "";
  const words = page.words[lang];
  const site = SITE_STRINGS[lang];
  const links = PAGES.map((p) => {
    const current = p.id === page.id ? " current" : "";
    return `      <gcds-nav-link href="${p.path[lang]}"${current}>${escape(p.words[lang].nav)}</gcds-nav-link>`;
  }).join("\n");
  const about = pageById("about");
  const notice = words.notice
    ? `
    <section class="notice" aria-labelledby="notice-heading">
      <h2 id="notice-heading">${escape(words.notice.heading)}</h2>
      <p>${escape(words.notice.text)}</p>
    </section>`
    : "";
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(words.title)} – ${SITE_NAME}</title>
  <link rel="icon" href="data:,">${version ? `\n  <meta name="impartial-version" content="${escape(version)}">` : ""}
  <link rel="stylesheet" href="/assets/gcds/gcds.css">
  <link rel="stylesheet" href="/assets/styles.css">
  <script type="module" src="/assets/gcds/gcds.esm.js"></script>${page.static ? "" : `\n  <script type="module" src="/assets/${page.id}.js"></script>`}
</head>
<body data-page="${page.id}">
  <gcds-header lang-href="${counterpartPath(page, lang)}" skip-to-href="#main-content">
    <div slot="signature" class="site-brand">
      <a class="site-name" href="${PAGES[0]!.path[lang]}">${SITE_NAME}</a>
      <span class="site-independent">${escape(site.independent)}</span>
    </div>
    <gcds-top-nav slot="menu" label="${escape(site.menuLabel)}" alignment="right">
      <gcds-nav-link href="${PAGES[0]!.path[lang]}" slot="home">${escape(site.home)}</gcds-nav-link>
${links}
    </gcds-top-nav>
  </gcds-header>
  <gcds-container id="main-content" main-container size="xl" centered tag="main">
    <h1>${escape(words.title)}</h1>
    <p class="lead">${escape(words.lead)}</p>${notice}${
    page.static
      ? `\n${aboutBody(lang, version)}`
      : `\n    <div id="${page.id}-app" class="app">\n      <noscript><p>${escape(words.noscript)}</p></noscript>\n    </div>`
  }
  </gcds-container>
  <footer class="site-footer">
    <div class="site-footer__inner">
      <p>${escape(site.footer)}</p>
      <p><a href="${about.path[lang]}">${escape(site.about)}</a> · <a href="${about.path[lang]}#privacy">${escape(site.privacy)}</a>${version ? ` · ${escape(site.version)} ${escape(version)}` : ""}</p>
    </div>
  </footer>
</body>
</html>
`;
}

/** Where a page's HTML file goes under the web root, e.g. "fr/revue/index.html". */
export function shellFile(page: SitePage, lang: Lang): string {
  return `${page.path[lang].slice(1)}index.html`;
}
