import type { Lang } from "../src/core/model.js";
import { counterpartPath, PAGES, SITE_NAME, SITE_STRINGS, type SitePage } from "./site.js";

function escape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * One page's HTML in one language: the GC Design System header (with the language toggle to the same page in the
 * other language and the site menu), the page's heading, lead and notice, the element its script mounts into, and the
 * footer. No inline script or style: the CSP allows neither.
 */
export function renderShell(page: SitePage, lang: Lang): string {
  const words = page.words[lang];
  const site = SITE_STRINGS[lang];
  const links = PAGES.map((p) => {
    const current = p.id === page.id ? " current" : "";
    return `      <gcds-nav-link href="${p.path[lang]}"${current}>${escape(p.words[lang].nav)}</gcds-nav-link>`;
  }).join("\n");
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
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/assets/gcds/gcds.css">
  <link rel="stylesheet" href="/assets/styles.css">
  <script type="module" src="/assets/gcds/gcds.esm.js"></script>
  <script type="module" src="/assets/${page.id}.js"></script>
</head>
<body data-page="${page.id}">
  <gcds-header lang-href="${counterpartPath(page, lang)}" skip-to-href="#main-content">
    <gcds-top-nav slot="menu" label="${escape(site.menuLabel)}" alignment="right">
      <gcds-nav-link href="${PAGES[0]!.path[lang]}" slot="home">${escape(site.home)}</gcds-nav-link>
${links}
    </gcds-top-nav>
  </gcds-header>
  <gcds-container id="main-content" main-container size="xl" centered tag="main">
    <h1>${escape(words.title)}</h1>
    <p class="lead">${escape(words.lead)}</p>${notice}
    <div id="${page.id}-app" class="app">
      <noscript><p>${escape(words.noscript)}</p></noscript>
    </div>
  </gcds-container>
  <gcds-footer display="compact"></gcds-footer>
</body>
</html>
`;
}

/** Where a page's HTML file goes under the web root, e.g. "fr/revue/index.html". */
export function shellFile(page: SitePage, lang: Lang): string {
  return `${page.path[lang].slice(1)}index.html`;
}
