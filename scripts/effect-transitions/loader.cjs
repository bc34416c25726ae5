/**
 * Rspack/webpack loader for two Docusaurus modules whose first effect sets state that every page changes right after
 * hydration: @docusaurus/core's browserContext.js (`isBrowser` becomes true) and theme-common's useWindowSize.js
 * (`'ssr'` becomes `'mobile'` or `'desktop'`). Docusaurus hydrates in a transition, so React renders the page in
 * slices and the browser stays free between them; but state set in an effect is rendered at default priority, which
 * React does in one go. At phone width that re-render swaps in the phone layout (it removes the desktop doc sidebar
 * and table of contents): one main-thread task of 44–48 ms in traces of the Thai invite builder at 412 px on the
 * test machine, unthrottled, which Lighthouse's simulated phone counts four times over as blocking time. Set inside
 * `startTransition`, the same state is rendered in slices too. Only these first updates change: later resizes still
 * re-render at once.
 *
 * It fails the build when a module no longer reads as expected, so a Docusaurus upgrade cannot silently drop it.
 */
'use strict';

const {replaceOnce} = require('../lib/replace-once.cjs');

/** Per module (by its path's tail): each text it must hold exactly once, and what replaces it. */
const PATCHES = {
  'core/lib/client/browserContext.js': [
    [
      "import React, { useEffect, useState } from 'react';",
      "import React, { startTransition, useEffect, useState } from 'react';",
    ],
    ['        setIsBrowser(true);\n', '        startTransition(() => setIsBrowser(true));\n'],
  ],
  'theme-common/lib/hooks/useWindowSize.js': [
    ["import { useEffect, useState } from 'react';", "import { startTransition, useEffect, useState } from 'react';"],
    [
      "        updateWindowSize();\n        window.addEventListener('resize', updateWindowSize);",
      "        startTransition(updateWindowSize);\n        window.addEventListener('resize', updateWindowSize);",
    ],
  ],
};

/** Which patch set applies to a module path, whatever the path separator. */
function moduleKey(resourcePath) {
  const unix = String(resourcePath).split('\\').join('/');
  return Object.keys(PATCHES).find((key) => unix.endsWith(`/@docusaurus/${key}`));
}

/**
 * @param {string} source
 * @param {string} key one of the keys of PATCHES
 */
function patchEffects(source, key) {
  const message =
    `effect-transitions: @docusaurus/${key} no longer reads as this loader expects; ` +
    'check scripts/effect-transitions/loader.cjs';
  return PATCHES[key].reduce((out, [from, to]) => replaceOnce(out, from, to, message), source);
}

module.exports = function effectTransitionsLoader(source) {
  const key = moduleKey(this.resourcePath);
  if (!key) throw new Error(`effect-transitions: not a module this loader patches: ${this.resourcePath}`);
  return patchEffects(String(source), key);
};
module.exports.PATCHES = PATCHES;
module.exports.moduleKey = moduleKey;
module.exports.patchEffects = patchEffects;
