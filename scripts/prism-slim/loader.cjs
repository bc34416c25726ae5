/**
 * Rspack/webpack loader for prism-react-renderer's bundle (dist/index.js and index.mjs). That file carries Prism with
 * about forty grammars and twenty colour themes, and Docusaurus imports it into every page's main script. Building
 * those grammars (each `insertBefore` walks every grammar defined so far) was the largest piece of script work on a
 * page load after React itself: 157 ms of a 4× throttled CPU profile of the home page, which has no code at all.
 *
 * This loader keeps Prism's core and the Highlight component and drops the bundled grammars and themes. The grammars
 * the site uses are registered from prismjs by src/prism/languages.ts; the themes reach the page through
 * the site config, never through this module (only Highlight's fallback theme is referenced, kept as an empty theme).
 *
 * It fails the build when the bundle's layout is not the one it knows, so an upgrade of prism-react-renderer cannot
 * silently ship the whole file again or cut the wrong part.
 */
'use strict';

const GRAMMARS_START = '// src/prism-langs.ts\n';
const PRISM_CORE = 'var Prism = __toESM(require_prism());\n';
const THEMES_START = '// src/themes/index.ts\n';
const HIGHLIGHT_START = '// src/components/useGetLineProps.ts\n';
const INDEX_MARK = '// src/index.ts\n';

/** @param {string} source */
function slimPrismRenderer(source) {
  const grammars = source.indexOf(GRAMMARS_START);
  const core = source.indexOf(PRISM_CORE, grammars);
  const themes = source.indexOf(THEMES_START, core);
  const highlight = source.indexOf(HIGHLIGHT_START, themes);
  const themesEnd = source.lastIndexOf(INDEX_MARK, highlight);
  const known =
    grammars !== -1 &&
    core === grammars + GRAMMARS_START.length &&
    themes > core &&
    highlight > themes &&
    themesEnd > themes;
  if (!known) {
    throw new Error(
      'prism-slim: prism-react-renderer/dist has a layout this loader does not know; check scripts/prism-slim/loader.cjs',
    );
  }
  return (
    source.slice(0, core + PRISM_CORE.length) +
    '\n// Grammars and themes removed by scripts/prism-slim/loader.cjs.\n' +
    'var themes_exports = {};\n' +
    'var vsDark_default = {plain: {}, styles: []};\n\n' +
    source.slice(themesEnd)
  );
}

module.exports = function prismSlimLoader(source) {
  return slimPrismRenderer(String(source));
};
module.exports.slimPrismRenderer = slimPrismRenderer;
