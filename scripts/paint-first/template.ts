import stockTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html.js';

/**
 * The page template Docusaurus renders every built page with (its `ssrTemplate` option), changed in one place: the
 * site's scripts start after the browser has shown the page, not before.
 *
 * Docusaurus writes `<script src defer>` for its runtime and main bundle. A deferred script runs as soon as the
 * document is parsed, and when the bundle is already there (a fast or cached load) the browser runs it before it
 * paints: the reader of a server-rendered page looks at a blank screen while ~130 KB of script compiles and React
 * hydrates (on the 2-core test machine with Lighthouse's 4x CPU throttling, the main bundle's first run alone is a
 * 220–360 ms task). Here the bundles are fetched from the start (a low-priority preload, as a deferred script is),
 * and a small inline script appends them in order once the whole document has been parsed (what a deferred script
 * waits for) and the browser has reported the largest paint so far as shown (the first paint in a browser that
 * doesn't report largest paints); at once when the page is (or goes) hidden; after FALLBACK_MS at the latest.
 *
 * Measured on the permission calculator (Lighthouse 12, mobile, local server, 2-core machine, 2026-12-01): with the
 * stock template 6 of 7 runs put the largest contentful paint at ≈4 s, because the paragraph the reader sees first
 * was painted after the main bundle had started and Lighthouse then counts the whole bundle; with this template 5 of
 * 7 runs gave 1.7–1.8 s, and the other two were pages whose first paint came after the (then 1 s) safety net.
 * The loader first waited only for the first paint report. That can come before the parser has reached the end of
 * the page (the browser paints what it has), and scripts added with `async = false` run when they arrive, not when
 * parsing ends as deferred ones do; so it now waits for both, and for the largest paint rather than the first.
 *
 * The stock template is read from @docusaurus/core and changed by text; if its script loop ever reads differently,
 * the build fails here rather than ship a page without scripts.
 */
const STOCK_SCRIPTS = `<% it.scripts.forEach((script) => { %>
      <script src="<%= it.baseUrl %><%= script %>" defer></script>
    <% }); %>`;

/** Marks the preloads the loader runs. */
export const START_ATTRIBUTE = 'data-start';

/**
 * Fetches each bundle early without running it; the loader below runs them, in this order. Besides the runtime and
 * the main bundle these are the chunks of the page's route (scripts/page-chunks/manifest.ts). When the main bundle
 * asks for one, it has run or its script element is already in the page, so the bundle adds no request of its own.
 */
const PRELOADS = `<% it.scripts.forEach((script) => { %>
      <link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" ${START_ATTRIBUTE}>
    <% }); %>`;

/**
 * Only a safety net: the paint report comes first on every page we measured. On the test machine Lighthouse's
 * Chromium once took 1.2 s to its first paint; a 1 s net then ran the bundles first, the very case this file avoids.
 */
export const FALLBACK_MS = 3000;

/**
 * Plain ES5 so that it runs, and falls back, in any browser the site supports. `async = false` keeps the order of
 * the runtime and the main bundle. CSP: scripts/csp.mjs hashes this inline script like every other one.
 */
export const LOADER = `(function (urls) {
  var started = false;
  function start() {
    if (started) return;
    started = true;
    for (var i = 0; i < urls.length; i++) {
      var s = document.createElement('script');
      s.src = urls[i];
      s.async = false;
      document.head.appendChild(s);
    }
  }
  try {
    if (document.visibilityState !== 'visible') return start();
    var parsed = document.readyState !== 'loading';
    // The largest paint so far if the browser reports it, else the first paint; without either, parsing is enough.
    var types = PerformanceObserver.supportedEntryTypes;
    var paintType =
      types.indexOf('largest-contentful-paint') >= 0 ? 'largest-contentful-paint' : types.indexOf('paint') >= 0 ? 'paint' : '';
    var painted = paintType === '';
    var startWhenBoth = function () {
      if (parsed && painted) setTimeout(start, 0);
    };
    if (!painted) {
      new PerformanceObserver(function (list, observer) {
        observer.disconnect();
        painted = true;
        startWhenBoth();
      }).observe({type: paintType, buffered: true});
    }
    if (parsed) startWhenBoth();
    else
      document.addEventListener('DOMContentLoaded', function () {
        parsed = true;
        startWhenBoth();
      });
    // A hidden page paints nothing until it is shown again.
    document.addEventListener('visibilitychange', start);
    setTimeout(start, ${FALLBACK_MS});
  } catch (e) {
    start();
  }
})`;

/**
 * The loader reads its list from the preloads above it, so the inline script is the same on every page (one hash
 * for the Content-Security-Policy, scripts/csp.mjs), however many chunks a page lists. `getAttribute` keeps each URL
 * as written, which is how the bundler's chunk loader recognises a script element that is already there.
 */
export const LOADER_TAG = `<script>${LOADER}([].map.call(document.querySelectorAll('link[${START_ATTRIBUTE}]'), function (link) {
  return link.getAttribute('href');
}))</script>`;

/** Rewrites Docusaurus' template text; throws when its script loop isn't the one this was written against. */
export function paintFirstTemplate(stock: string): string {
  if (stock.split(STOCK_SCRIPTS).length !== 2) {
    throw new Error(
      'paint-first: the Docusaurus page template no longer has the script loop this site rewrites; read ' +
        'scripts/paint-first/template.ts against @docusaurus/core/lib/ssg/ssgTemplate.html.js',
    );
  }
  // Before the stylesheets: an inline script after a stylesheet would wait for it to download.
  const withLoader = stock.replace(
    '<% it.stylesheets.forEach(',
    `${PRELOADS}\n    ${LOADER_TAG}\n    <% it.stylesheets.forEach(`,
  );
  return withLoader.replace(STOCK_SCRIPTS, '');
}

/** The stock template of the installed @docusaurus/core, rewritten. */
export function siteTemplate(): string {
  return paintFirstTemplate(stockTemplate);
}
